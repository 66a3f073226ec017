"""The package loader: from the command line's files, folder or import path to every
package of the program, each parsed once, ordered by imports, with the go command's
errors.

What a package is.  The files named on the command line form one package (gc's
`command-line-arguments`), in the order given, all from one folder.  Otherwise a
package is a folder: all its .go files sorted by name, except _test.go files, files
whose name starts with `_` or `.`, files whose name ends in _GOOS, _GOARCH or
_GOOS_GOARCH for another system, and files whose `//go:build` line excludes
linux/amd64 (!, &&, || and parentheses over the tags minigo satisfies).  The loader
reads only each file's header (package clause and imports, read_header), as the go
command does; the full parse comes later, package by package (SourcePackage.parse).

How an import path resolves, first match wins:
  1. the user's module: the go.mod of the main package's folder or of the nearest
     enclosing folder (of the working directory when the command line names an import
     path) gives the module path (`module example.com/m`); the path itself is the
     module root, "example.com/m/sub" the folder <module root>/sub;
  2. a package minigo/types/library.py declares (none now: RUNTIME_LIBRARY is empty), lowered
     by codegen onto the C runtime, until its Go replacement in stdlib/ is complete
     (a partial stdlib/errors or stdlib/strconv must not hide what the runtime has);
  3. minigo's standard library in Go: the folder stdlib_dir()/p/q for "p/q";
  4. otherwise the go command's error: `package foo/bar is not in GOROOT (...)` for a
     path whose first element has no dot, `no required module provides package ...`
     for one that has.
A standard package Go has and minigo lacks (GO_STD_PACKAGES) is left to the type
checker, which reports it as not supported yet.  A stdlib/ package (standard) may
declare functions without a body: the runtime supplies them (codegen/bodyless.py).  A
stdlib/ folder holding only subpackages (container, for container/list) falls through.  A path with an
`internal` element is importable only from the folder holding its last one, or below
(internal_visible).

Order.  Packages are visited depth first from the main package, imports in the order
of their files' import declarations; a package is listed after everything it imports
(Program.packages: dependencies first, the main package last).  That is the order of
type checking (each package against its imports' checked scopes) and of
initialisation: each package's variables then its init()s, imported packages first,
main.main last.  A path met again while it is being visited is an import cycle,
reported with the chain of imports as the go command prints it.

Caching.  The driver (build.py) caches the whole executable, keyed by every source
file of the program (Program.sources()) and the compiler.  Below that, the parse of
each imported package (its trees and parse errors, pickled) is cached, keyed by its
files' names and contents and the compiler: editing the main package re-parses only
it.  Type checking, codegen and LLVM still run over the whole program; per-package
caching of export data and optimised bitcode would key each package by its sources,
the compiler and its imports' keys.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import minigo
from minigo.errors import NO_POS, CompileError, CompileErrors, Pos

GOOS, GOARCH = "linux", "amd64"
GOROOT_SOURCES = "/usr/lib/go-1.19/src"      # where gc's messages say std packages live
COMMAND_LINE_PATH = "command-line-arguments"
GO_MINOR_VERSION = 19

# The packages minigo/types/library.py declares and the C runtime implements, named here
# so that the loader need not import the checker (tests/test_packages.py checks the two
# agree).  They win over a stdlib/ folder of the same path until that folder replaces
# them whole and leaves this list.
RUNTIME_LIBRARY = frozenset("""
""".split())

# Go 1.19's standard library packages (importable ones): one minigo lacks is left to the
# checker, which reports it `not supported yet` rather than Go's "not in GOROOT".
GO_STD_PACKAGES = frozenset("""
    archive/tar archive/zip bufio bytes compress/bzip2 compress/flate compress/gzip compress/lzw
    compress/zlib container/heap container/list container/ring context crypto crypto/aes
    crypto/boring crypto/cipher crypto/des crypto/dsa crypto/ecdsa crypto/ed25519
    crypto/elliptic crypto/hmac crypto/md5 crypto/rand crypto/rc4 crypto/rsa crypto/sha1
    crypto/sha256 crypto/sha512 crypto/subtle crypto/tls crypto/tls/fipsonly crypto/x509
    crypto/x509/pkix database/sql database/sql/driver debug/buildinfo debug/dwarf debug/elf
    debug/gosym debug/macho debug/pe debug/plan9obj embed encoding encoding/ascii85
    encoding/asn1 encoding/base32 encoding/base64 encoding/binary encoding/csv encoding/gob
    encoding/hex encoding/json encoding/pem encoding/xml errors expvar flag fmt go/ast go/build
    go/build/constraint go/constant go/doc go/doc/comment go/format go/importer go/parser
    go/printer go/scanner go/token go/types hash hash/adler32 hash/crc32 hash/crc64 hash/fnv
    hash/maphash html html/template image image/color image/color/palette image/draw image/gif
    image/jpeg image/png index/suffixarray io io/fs io/ioutil log log/syslog math math/big
    math/bits math/cmplx math/rand mime mime/multipart mime/quotedprintable net net/http
    net/http/cgi net/http/cookiejar net/http/fcgi net/http/httptest net/http/httptrace
    net/http/httputil net/http/pprof net/mail net/netip net/rpc net/rpc/jsonrpc net/smtp
    net/textproto net/url os os/exec os/signal os/user path path/filepath plugin reflect regexp
    regexp/syntax runtime runtime/asan runtime/cgo runtime/debug runtime/metrics runtime/msan
    runtime/pprof runtime/race runtime/trace sort strconv strings sync sync/atomic syscall
    syscall/js testing testing/fstest testing/iotest testing/quick text/scanner text/tabwriter
    text/template text/template/parse time time/tzdata unicode unicode/utf16 unicode/utf8 unsafe
""".split())

KNOWN_OS = frozenset("""aix android darwin dragonfly freebsd hurd illumos ios js linux nacl
    netbsd openbsd plan9 solaris windows zos""".split())
KNOWN_ARCH = frozenset("""386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64
    mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64
    wasm""".split())
SATISFIED_TAGS = frozenset({GOOS, GOARCH, "unix", "gc", "minigo"} |
                           {f"go1.{minor}" for minor in range(1, GO_MINOR_VERSION + 1)})


@dataclass
class FileHeader:
    """What the loader reads of a file: its package clause and imports, as the go
    command reads them, without parsing the rest."""
    package: str
    imports: list[tuple[str, Pos]]     # (import path, position of the path literal)


@dataclass(eq=False)
class SourcePackage:
    """One package of the program: its import path, its files (in gc's order)."""
    path: str                                   # import path ('example.com/m/sub', 'strings')
    folder: Optional[Path]                      # None for command-line files
    filenames: list[str]                        # as positions show them
    sources: list[bytes]
    headers: list[FileHeader] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)   # source packages imported, by path
    trees: list = field(default_factory=list)   # ast.File of each file that parsed (parse())
    parse_errors: list = field(default_factory=list)
    standard: bool = False                      # from minigo's stdlib/

    @property
    def name(self) -> str:
        return self.headers[0].package if self.headers else ""

    @property
    def parsed_all(self) -> bool:
        return len(self.trees) == len(self.filenames)

    def parse(self, cached: bool = False) -> None:
        """Parses every file (once): trees and parse_errors, as gc reports them.
        cached: the trees come from, or go to, the parse cache (for imported packages,
        which change less often than the one being worked on)."""
        from minigo import syntax
        from minigo.link import timings

        if self.trees or self.parse_errors:
            return
        if cached and load_parsed(self):
            return
        for filename, source in zip(self.filenames, self.sources):
            with timings.stage("parse"):
                tree, errors = syntax.parse_file_with_errors(filename, source)
            self.parse_errors.extend(errors)
            if tree is not None:
                self.trees.append(tree)
        if cached:
            store_parsed(self)


@dataclass
class Module:
    path: str        # 'example.com/m'
    root: Path


@dataclass
class Program:
    packages: list[SourcePackage]   # dependencies first, the main package last
    module: Optional[Module]

    @property
    def main(self) -> SourcePackage:
        return self.packages[-1]

    def sources(self) -> list[tuple[str, bytes]]:
        """(file, contents) of every file of the program, for the build cache's key."""
        return [(name, source) for package in self.packages
                for name, source in zip(package.filenames, package.sources)]


# ---------------------------------------------------------------- entry points

def load_files(paths: list[str], sources: Optional[list[bytes]] = None) -> Program:
    """The program whose main package is the files `paths` (command-line order)."""
    folders = [os.path.dirname(os.path.normpath(path)) or "." for path in paths]
    for folder in folders[1:]:
        if folder != folders[0]:
            raise CompileErrors([CompileError(NO_POS, "named files must all be in one "
                                                      f"directory; have {folders[0]} and {folder}")])
    if sources is None:
        sources = [read_file(path) for path in paths]
    folder = Path(paths[0]).resolve().parent if paths else Path.cwd()
    package = SourcePackage(COMMAND_LINE_PATH, None, list(paths), list(sources))
    return Loader(find_module(folder)).load(package)


def load_package(target: str) -> Program:
    """The program whose main package `target` names: a folder when it is rooted as the
    go command wants ('.', './cmd/tool', '../x', '/abs'), else an import path
    ('example.com/m/cmd/tool', 'minigotest/greet') resolved as imports are, from the
    module of the working directory."""
    if not target or is_rooted(target):
        return load_folder(target or ".")
    loader = Loader(find_module(Path.cwd()))
    folder = loader.module_folder(target)
    standard = folder is None
    folder = folder or loader.stdlib_folder(target)
    if folder is None or not folder.is_dir():
        raise CompileErrors([CompileError(NO_POS, loader.missing_message(target))])
    package = loader.folder_package(target, folder)
    if package is None:
        raise CompileErrors([CompileError(NO_POS, f"no Go files in {folder.resolve()}")])
    package.standard = standard
    return loader.load(package)


def plain_path(path: str) -> bool:
    """An import path that can name a folder: no empty, `.` or `..` element (so it
    never leaves the module or stdlib/)."""
    return all(element not in ("", ".", "..") for element in path.split("/"))


def is_rooted(target: str) -> bool:
    return target in (".", "..") or target.startswith(("./", "../", "/"))


def load_folder(target: str) -> Program:
    """The program whose main package is the folder `target` ('.', './cmd/tool')."""
    folder = Path(target or ".")
    if not folder.is_dir():
        raise CompileErrors([CompileError(NO_POS, f"stat {folder.resolve()}: directory not found")])
    module = find_module(folder.resolve())
    loader = Loader(module)
    package = loader.folder_package(folder_import_path(folder.resolve(), module), folder)
    if package is None:
        raise CompileErrors([CompileError(NO_POS, f"no Go files in {folder.resolve()}")])
    return loader.load(package)


def read_file(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def is_package_target(argument: str) -> bool:
    """Whether a command-line argument names a folder (a package) rather than .go files."""
    return not argument.endswith(".go")


def executable_name(program: Program, target: str) -> str:
    """The go command's name for the executable: the last element of the main package's
    import path (a module's root package is named after the module), or of its folder."""
    package = program.main
    if package.folder is None:
        return Path(package.filenames[0]).stem
    if package.path != COMMAND_LINE_PATH:
        return package.path.rsplit("/", 1)[-1]
    return Path(target).resolve().name


# ---------------------------------------------------------------- stdlib/ in transition

# ---------------------------------------------------------------- the parse cache

def parsed_entry(package: SourcePackage) -> Path:
    """Where a package's parse result is cached: keyed by its files' names and
    contents and by the compiler."""
    from minigo.link import cache

    parts = [cache.compiler_fingerprint()]
    for filename, source in zip(package.filenames, package.sources):
        parts += [filename, source]
    return cache.cache_dir() / "parse" / cache.digest(*parts) / "files.pickle"


def load_parsed(package: SourcePackage) -> bool:
    """Fills trees and parse_errors from the cache; False on a miss."""
    import pickle
    from minigo.link import timings

    entry = parsed_entry(package)
    try:
        file = open(entry, "rb")
    except OSError:
        return False
    with file, timings.stage("parse cache hit"):
        try:
            package.trees, package.parse_errors = pickle.load(file)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
                RecursionError):
            package.trees, package.parse_errors = [], []
            return False
    os.utime(entry.parent)        # in use: keep it from being pruned
    return True


def store_parsed(package: SourcePackage) -> None:
    """Caches the parse result (a tree too deep to pickle is simply not cached)."""
    import pickle
    from minigo.link import cache, timings

    entry = parsed_entry(package)
    with timings.stage("parse cache store"):
        cache.prune(entry.parent.parent)
        temporary = cache.temporary_path(entry)
        try:
            with open(temporary, "wb") as file:
                pickle.dump((package.trees, package.parse_errors), file, protocol=pickle.HIGHEST_PROTOCOL)
        except (RecursionError, pickle.PicklingError, OSError):
            temporary.unlink(missing_ok=True)
            return
        cache.publish(temporary, entry)


# ---------------------------------------------------------------- modules

MODULE_LINE = re.compile(r"^\s*module\s+(\S+)", re.MULTILINE)


def find_module(folder: Path) -> Optional[Module]:
    """The module enclosing folder: the nearest go.mod at or above it."""
    for candidate in [folder, *folder.parents]:
        go_mod = candidate / "go.mod"
        if go_mod.is_file():
            match = MODULE_LINE.search(go_mod.read_text(encoding="utf-8", errors="replace"))
            if match is not None:
                return Module(match.group(1).strip('"`'), candidate)
    return None


def folder_import_path(folder: Path, module: Optional[Module]) -> str:
    """A folder's import path inside its module (command-line-arguments outside one)."""
    if module is None:
        return COMMAND_LINE_PATH
    try:
        relative = folder.relative_to(module.root)
    except ValueError:
        return COMMAND_LINE_PATH
    return module.path if relative == Path(".") else f"{module.path}/{relative.as_posix()}"


# ---------------------------------------------------------------- build constraints

def file_matches_system(filename: str) -> bool:
    """Go's file name rules: name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go."""
    stem = filename[:-len(".go")]
    parts = stem.split("_")
    if len(parts) >= 3 and parts[-2] in KNOWN_OS and parts[-1] in KNOWN_ARCH:
        return parts[-2] == GOOS and parts[-1] == GOARCH
    if len(parts) >= 2:
        if parts[-1] in KNOWN_OS:
            return parts[-1] == GOOS
        if parts[-1] in KNOWN_ARCH:
            return parts[-1] == GOARCH
    return True


BUILD_LINE = re.compile(rb"^//go:build\s+(.*?)\s*$")
CONSTRAINT_TOKEN = re.compile(r"\s*(\(|\)|!|&&|\|\||[A-Za-z0-9_.]+)")


def build_constraint_holds(source: bytes) -> bool:
    """The file's `//go:build` line (before the package clause) holds for linux/amd64."""
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith(b"package ") or stripped == b"package":
            return True
        match = BUILD_LINE.match(stripped)
        if match is not None:
            return _evaluate_constraint(match.group(1).decode("utf-8", "replace"))
    return True


def _evaluate_constraint(text: str) -> bool:
    """A small recursive-descent evaluation: or := and {|| and}; and := not {&& not};
    not := ! not | ( or ) | tag.  A malformed line excludes nothing."""
    tokens = []
    position = 0
    while position < len(text.rstrip()):
        match = CONSTRAINT_TOKEN.match(text, position)
        if match is None:
            return True
        tokens.append(match.group(1))
        position = match.end()
    index = 0

    def peek():
        return tokens[index] if index < len(tokens) else None

    def take():
        nonlocal index
        index += 1
        return tokens[index - 1]

    def either():
        value = both()
        while peek() == "||":
            take()
            value = both() or value
        return value

    def both():
        value = negation()
        while peek() == "&&":
            take()
            value = negation() and value
        return value

    def negation():
        token = take() if peek() is not None else ""
        if token == "!":
            return not negation()
        if token == "(":
            value = either()
            if peek() == ")":
                take()
            return value
        return token in SATISFIED_TAGS

    return either()


# ---------------------------------------------------------------- the loader

class Loader:
    def __init__(self, module: Optional[Module]):
        self.module = module
        self.by_path: dict[str, Optional[SourcePackage]] = {}   # None: not a source package
        self.ordered: list[SourcePackage] = []
        self.visiting: list[str] = []
        self.errors: list[CompileError] = []

    def load(self, main: SourcePackage) -> Program:
        self.read_headers(main)
        conflict = self.package_name_conflict(main)
        if conflict is not None:
            raise CompileErrors([CompileError(NO_POS, conflict)])
        self.by_path[main.path] = main
        self.visit(main)
        if self.errors:
            raise CompileErrors(self.errors)
        return Program(self.ordered, self.module)

    # -------------------------------------------------------- folders and files

    def folder_package(self, path: str, folder: Path) -> Optional[SourcePackage]:
        """The package in folder (None if it has no Go files for linux/amd64)."""
        names = sorted(entry.name for entry in folder.iterdir()
                       if entry.name.endswith(".go") and entry.is_file()
                       and not entry.name.endswith("_test.go")
                       and not entry.name.startswith(("_", "."))
                       and file_matches_system(entry.name))
        filenames, sources = [], []
        for name in names:
            source = read_file(str(folder / name))
            if build_constraint_holds(source):
                filenames.append(display_path(folder / name))
                sources.append(source)
        if not filenames:
            return None
        return SourcePackage(path, folder, filenames, sources)

    def package_name_conflict(self, package: SourcePackage) -> Optional[str]:
        """go's `found packages a (a.go) and b (b.go) in DIR`."""
        named = [(f, h.package) for f, h in zip(package.filenames, package.headers) if h.package]
        if not named:
            return None      # no readable package clause: the parser says why
        first_file, first = named[0]
        for filename, name in named[1:]:
            if name != first:
                return (f"found packages {first} ({Path(first_file).name}) and "
                        f"{name} ({Path(filename).name}) in "
                        f"{Path(filename).resolve().parent}")
        return None

    # -------------------------------------------------------- imports

    def visit(self, package: SourcePackage) -> None:
        self.visiting.append(package.path)
        for header in package.headers:
            for path, at in header.imports:
                self.follow_import(package, path, at)
        self.visiting.pop()
        self.ordered.append(package)

    def read_headers(self, package: SourcePackage) -> None:
        package.headers = [read_header(name, source)
                           for name, source in zip(package.filenames, package.sources)]

    def follow_import(self, importer: SourcePackage, path: str, at: Pos) -> None:
        from minigo.syntax.literals import valid_import_path

        if not valid_import_path(path):
            return              # the parser reports it, as the go command's reader does
        if path in self.visiting:
            self.report_cycle(path)
            return
        first_time = path not in self.by_path
        if first_time and not self.admit(path, at):
            return
        imported = self.by_path[path]
        if imported is None:
            return
        if not internal_visible(imported, importer):     # checked for every importer
            self.report_with_chain(f"\t{at}: use of internal package {path} not allowed")
            return
        if first_time:
            self.visit(imported)
        if path not in importer.imports:
            importer.imports.append(path)

    def admit(self, path: str, at: Pos) -> bool:
        """Resolves a path met for the first time (by_path[path]: its SourcePackage, or
        None for a library package); False when it cannot be imported (reported)."""
        self.by_path[path] = None
        imported = self.resolve(path, at)
        if imported is None:
            return True
        self.by_path[path] = imported
        self.read_headers(imported)
        conflict = self.package_name_conflict(imported)
        if conflict is not None:
            self.error(at, conflict)
            return False
        if imported.name == "main":
            self.error(at, f'import "{path}" is a program, not an importable package')
            return False
        return True

    def resolve(self, path: str, at: Pos) -> Optional[SourcePackage]:
        """The source package for an import path, or None: a library.py package, one the
        checker reports as not supported, or a missing one (reported here).  (Every
        library.py package is a standard one: importing minigo.types here would cost a
        warm build of hello world a fifth of its time.)"""
        folder = self.module_folder(path)
        if folder is not None and folder.is_dir():
            package = self.folder_package(path, folder)
            if package is None:
                self.error(at, f"no Go files in {folder.resolve()}")
            return package
        if path in RUNTIME_LIBRARY:
            return None
        folder = self.stdlib_folder(path)
        if folder is not None:
            package = self.folder_package(path, folder)
            if package is not None:      # else a folder of subpackages only (container)
                package.standard = True
                return package
        if path in GO_STD_PACKAGES:      # library.py's, or one the checker reports
            return None
        self.error(at, self.missing_message(path))
        return None

    @staticmethod
    def stdlib_folder(path: str) -> Optional[Path]:
        """minigo's standard library folder for path, if it has one."""
        if not plain_path(path):
            return None
        folder = minigo.stdlib_dir() / path
        return folder if folder.is_dir() else None

    def module_folder(self, path: str) -> Optional[Path]:
        module = self.module
        if module is None or not plain_path(path):
            return None
        if path == module.path:
            return module.root
        if path.startswith(module.path + "/"):
            return module.root / path[len(module.path) + 1:]
        return None

    def missing_message(self, path: str) -> str:
        if "." not in path.split("/", 1)[0]:
            return f"package {path} is not in GOROOT ({GOROOT_SOURCES}/{path})"
        if self.module is None:
            return (f"no required module provides package {path}: go.mod file not found in "
                    "current directory or any parent directory; see 'go help modules'")
        return f"no required module provides package {path}; to add it:\n\tgo get {path}"

    def report_cycle(self, path: str) -> None:
        self.report_with_chain(f"\timports {path}: import cycle not allowed")

    def report_with_chain(self, last_line: str) -> None:
        """An error the go command prints under the chain of imports from the main package."""
        chain = self.visiting
        lines = [f"package {chain[0]}"] + [f"\timports {p}" for p in chain[1:]] + [last_line]
        self.errors.append(CompileError(NO_POS, "\n".join(lines)))

    def error(self, at: Pos, message: str) -> None:
        self.errors.append(CompileError(at, message))


# ---------------------------------------------------------------- reading headers

HEADER_TOKEN = re.compile(rb"""
      (?P<space>[ \t\r\n]+|//[^\n]*|/\*.*?\*/)
    | (?P<string>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
    | (?P<word>[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*|\.)
    | (?P<punct>[();])
    """, re.VERBOSE | re.DOTALL)


HEADER_END = frozenset({b"func", b"var", b"const", b"type"})   # declarations after the imports


def read_header(filename: str, source: bytes) -> FileHeader:
    """The package clause and import declarations at the top of a Go file, read token
    by token as the go command does; reading stops at the first other token (a file
    the parser rejects is reported by the parser later)."""
    tokens = list(_header_tokens(filename, source))
    package = ""
    imports: list[tuple[str, Pos]] = []
    index = 0
    if len(tokens) >= 2 and tokens[0][0] == b"package":
        package = tokens[1][0].decode("utf-8", "replace")
        index = 2
    while index < len(tokens):
        text = tokens[index][0]
        if text == b";":
            index += 1
        elif text == b"import":
            index = _read_import(tokens, index + 1, imports)
        else:
            break
    return FileHeader(package, imports)


def _read_import(tokens, index: int, imports: list) -> int:
    """One import declaration from tokens[index] (after `import`); the index after it."""
    grouped = index < len(tokens) and tokens[index][0] == b"("
    if grouped:
        index += 1
    while index < len(tokens):
        text, at = tokens[index]
        if grouped and text == b")":
            return index + 1
        if text[:1] in (b'"', b"`"):
            imports.append((_unquote(text), at))
            if not grouped:
                return index + 1
        elif text not in (b";",) and not (text[:1].isalpha() or text in (b".", b"_")) \
                and not text[:1] == b"_":
            return index
        index += 1
    return index


def _unquote(literal: bytes) -> str:
    body = literal[1:-1].decode("utf-8", "replace")
    if literal[:1] == b"`":
        return body
    return re.sub(r"\\(.)", r"\1", body)


def _header_tokens(filename: str, source: bytes):
    """(token, position) pairs of the header, with Go's automatic semicolons reduced
    to what the header needs (a newline after a string or `)` ends a declaration)."""
    position, line, line_start = 0, 1, 0
    while position < len(source):
        match = HEADER_TOKEN.match(source, position)
        if match is None:
            return
        kind, text = match.lastgroup, match.group()
        if text in HEADER_END:
            return
        if kind == "space":
            newlines = text.count(b"\n")
            if newlines:
                line += newlines
                line_start = position + text.rindex(b"\n") + 1
        else:
            yield text, Pos(filename, line, position - line_start + 1)
        position = match.end()


def internal_visible(imported: SourcePackage, importer: SourcePackage) -> bool:
    """Go's rule for a path with an `internal` element: only code in the folder holding
    the last such element, or below it, may import it."""
    elements = imported.path.split("/")
    if "internal" not in elements or imported.folder is None:
        return True
    last = len(elements) - 1 - elements[::-1].index("internal")
    parent = imported.folder.resolve().parents[len(elements) - last - 1]
    if importer.folder is not None:
        importer_folder = importer.folder.resolve()
    else:
        importer_folder = Path(importer.filenames[0]).resolve().parent
    return importer_folder == parent or parent in importer_folder.parents


def display_path(path: Path) -> str:
    """A file's name as the go command shows it: relative to the working directory or
    absolute, whichever is shorter."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return relative if len(relative) < len(absolute) else absolute
