"""The build driver: Go source files to a static executable, stage by stage.

build() runs the pipeline the folders are named after: minigo.packages finds the
program's packages (the command line's files or folder and what they import, in
dependency order), minigo.syntax parses each file, minigo.types checks each package
against its imports, minigo.codegen makes one LLVM module per package, and
minigo.link optimises each, emits objects and links them with the cached runtime
archive into a `-static` executable.  Each imported package's object comes from the
package cache (link/pkgcache.py: keyed by its sources, the compiler and its imports'
keys), so an edit of the main package compiles only the main package; importers get
available_externally copies of imported packages' small functions, so inlining
across packages is kept.  --emit llvm/asm still makes one module of the whole
program.  Executables are made in the cache, keyed by the sources and the compiler,
so `minigo run` of an unchanged program starts at once and `minigo build` of one is
a copy (build() copies from there; executable_for_run() runs it).

Separate compilation, measured (CPU seconds, MINIGO_TIMINGS=1, a program importing
strings, strconv and unicode (with io, unicode/utf8), its main file edited between
builds so the executable cache misses): one module of everything 4.0-4.6 s per
build; per package, warm 0.50 s (check of the imports from their cached parse 0.25,
main's codegen + LLVM 0.05, linking in the inline headers 0.02), cold 5.0 s against
5.8 s (same machine, side by side; packages are compiled one after the other, the
large ones no longer split across cores).  hello world (fmt only, no Go package
imported) 0.06 s either way.  Run time: main.main of the string_build benchmark
makes the same calls as from one module (the Builder's methods, strconv.Itoa,
strings.Contains inlined); string_build and map_churn minigo/gc unchanged within noise.

A large main package (parts.STREAM_MIN_LINES lines of function bodies) is streamed:
codegen forks a process once the first STREAM_SHARE of the body lines are lowered,
which finishes and LLVM-compiles those functions while the parent lowers the rest
and then compiles part 0 (link/parts.py Stream); before, the second core idled
through the whole front end.  Measured on the 20,514-line program
(benchmarks/gen_big_program.py 512), CPU seconds per stage, load 11-16 (8 helpers on
2 cores: wall time meant nothing), 2 runs each, streamed against the earlier split
after codegen (MINIGO_LLVM_STREAM=0): parse 0.77 / 0.79, check 0.36 / 0.36, codegen
1.78 / 1.67; part 0 (IR text, LLVM parse, -O2, machine code) 7.4 / 8.6; the other
part 8.7 (0.16 finishing its functions) / 7.7.  Critical path: the front end up to
the fork (about 2.1) then the child (8.7), against the whole front end (2.8) then
part 0 (8.6): about 10.7 against 11.6 s at that load, the parts ending within 0.2 s
of each other (the split after codegen left part 0 8 s behind its child).

Heavy modules (llvmlite, lark, the compiler stages) are imported only when used, so
that a warm `minigo build` of a small program stays under half a second.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path

from minigo import packages
from minigo.errors import CompileErrors, PackagesErrors
from minigo.link import cache, link_executable, place_executable, timings
from minigo.link import parts as llvm_parts
from minigo.link.toolchain import c_compiler, compiler_identity

EMIT_KINDS = {"llvm": ".ll", "asm": ".s"}


def load(targets: list[str]) -> packages.Program:
    """The program named on the command line: .go files, or one package (a folder or
    an import path)."""
    if len(targets) == 1 and packages.is_package_target(targets[0]):
        return packages.load_package(targets[0])
    return packages.load_files(targets)


def compile_to_ir(paths: list[str], sources: list[bytes], require_main: bool = False):
    """compile_program_to_ir for the files `paths` with these contents."""
    return compile_program_to_ir(packages.load_files(paths, sources), require_main)


def compile_program_to_ir(program: packages.Program, require_main: bool = False):
    """Front end and codegen: an llvmlite.ir.Module, None for a package other than main
    (checked and compiled, with nothing to link, as `go build` does), or CompileErrors
    for the program.  require_main (`go run`): a package other than main is an error,
    whatever else is wrong with it.  Packages are checked in dependency order
    (check_program)."""
    from minigo import codegen

    main = program.main
    checked = check_main_program(program, require_main)
    package = checked[main.path]
    with timings.stage("codegen"):
        imported = [checked[p.path] for p in program.packages if p is not main]
        module = codegen.generate(package, package.files, imported)
    return module if package.name == "main" else None


def check_main_program(program: packages.Program, require_main: bool) -> dict:
    """check_program, after the error that comes first: require_main (`go run`) and a
    package other than main."""
    from minigo.errors import NO_POS, CompileError

    main = program.main
    if require_main and any(header.package != "main" for header in main.headers):
        raise CompileErrors([CompileError(NO_POS, f"package {main.path} is not a main package")])
    return check_program(program)


def check_program(program: packages.Program) -> dict:
    """Every package checked, dependencies first: import path -> types.Package.  As
    the go command does, a package whose imports failed is not checked, and the
    errors of every package that failed are reported."""
    checked: dict = {}
    failed: dict[str, CompileErrors] = {}
    for source_package in program.packages:
        if any(path not in checked for path in source_package.imports):
            continue
        try:
            checked[source_package.path] = _check(source_package, checked,
                                                  is_main=source_package is program.main)
        except CompileErrors as errors:
            failed[source_package.path] = errors
    if len(failed) == 1:
        raise next(iter(failed.values()))
    if failed:   # in the order of their paths (the go command's, with -p 1)
        raise PackagesErrors([failed[path] for path in sorted(failed)])
    return checked


def _check(source_package: packages.SourcePackage, checked: dict, is_main: bool):
    """The checked types.Package of one source package, or CompileErrors.  gc
    type-checks unless the parser itself failed (scanner errors do not stop it), and
    reports the parser's and the checker's errors together."""
    from minigo import types

    source_package.parse(cached=not is_main)
    errors = list(source_package.parse_errors)
    package = None
    if source_package.parsed_all:
        link_path = None if source_package.path == packages.COMMAND_LINE_PATH else source_package.path
        if is_main and source_package.name == "main":
            link_path = "main"
        imports = {path: checked[path] for path in source_package.imports}
        try:
            with timings.stage("check"):
                package = types.check_package(source_package.trees, link_path, imports,
                                              from_stdlib=source_package.standard)
        except CompileErrors as type_errors:
            errors.extend(type_errors.errors)
    if errors:
        raise CompileErrors(errors)
    return package


def build(targets: list[str], output: str | None, emit: str | None = None) -> None:
    """Compile the program `targets` names (.go files of one package, or one package
    folder such as "." or "./cmd/tool") into the executable `output` (a package other
    than main is only checked and compiled, as by `go build`); with emit="llvm" or
    "asm", also write the optimised IR or assembly beside it, to output + .ll/.s.
    Without emit the executable comes from the cache when the inputs and the compiler
    are unchanged (as for `minigo run`), and goes into it."""
    if emit is not None and emit not in EMIT_KINDS:
        raise ValueError(f"unknown emit kind {emit!r}")
    cc = c_compiler()
    program = load(targets)
    output = output_path(program, targets, output)
    if emit is None:
        executable = _cached_executable(program, cc, for_run=False)
        if executable is not None:
            with timings.stage("copy to output"):
                place_executable(Path(executable), output, keep=True)
    else:
        _build_program(program, output, emit, cc)
    timings.report()


def output_path(program: packages.Program, targets: list[str], output: str | None) -> str:
    """Where the executable goes: -o's file, or the go command's name for it (the first
    file's, or the package's) in the -o folder or the working directory."""
    if output is not None and not os.path.isdir(output):
        return output
    return os.path.join(output or ".", packages.executable_name(program, targets[0]))


@contextmanager
def _cycle_collector_paused():
    """A build makes millions of long-lived objects (syntax tree, types, IR) and almost
    no cyclic garbage, so Python's cycle collector, which runs every few hundred
    allocations and traverses them all, costs a 20,000-line program 40% of its front
    end (6.2 s CPU -> 3.9 s without it) and frees nothing; peak RSS grows by 4%
    without it.  The build's objects are then frozen (never traversed): collecting them
    at process exit cost another 1.5 s.  A later build in the same process unfreezes
    and collects them first, so they are not kept for good."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _build_program(program: packages.Program, output: str, emit: str | None,
                   cc: list[str], for_run: bool = False) -> bool:
    """Build `output`; False when the package is not main and there is nothing to link
    (for_run: `go run`'s error instead)."""
    from minigo.link import objects

    with _cycle_collector_paused():
        if emit is None:
            return _build_separately(program, output, cc, for_run)
        ir_module = compile_program_to_ir(program, require_main=for_run)
        if ir_module is None:
            return False
        module = objects.optimised_module(ir_module)
        if emit == "llvm":
            Path(output + EMIT_KINDS[emit]).write_text(str(module))
        elif emit == "asm":
            Path(output + EMIT_KINDS[emit]).write_text(objects.emit_assembly(module))
        link_executable(lambda work: [objects.write_object(module, work / "prog.o")], output, cc)
        return True


def _build_separately(program: packages.Program, output: str, cc: list[str],
                      for_run: bool) -> bool:
    """Build `output` from one object per package: each imported package's from the
    package cache (link/pkgcache.py), made there if missing, and the main package's."""
    from minigo import codegen
    from minigo.link import objects, pkgcache

    checked = check_main_program(program, for_run)
    main_package = checked[program.main.path]
    identity = compiler_identity(cc)
    keys: dict[str, str] = {}
    package_objects = []
    headers: list[str] = []
    for source_package in program.packages[:-1]:
        keys[source_package.path] = key = pkgcache.package_key(source_package, keys, identity)
        package = checked[source_package.path]
        earlier = [checked[p.path] for p in program.packages[:program.packages.index(source_package)]]

        def compile_module(package=package, earlier=earlier):
            with timings.stage("codegen"):
                return codegen.generate(package, package.files, earlier, separate=True)
        path, header = pkgcache.package_object(key, compile_module, list(headers))
        package_objects.append(path)
        headers.append(header)
    imported = [checked[p.path] for p in program.packages[:-1]]
    if main_package.name != "main":
        with timings.stage("codegen"):
            codegen.generate(main_package, main_package.files, imported, separate=True)
        return False        # checked and compiled, nothing to link (as `go build`)
    with _stream(main_package.files, headers) as stream:
        with timings.stage("codegen"):
            ir_module = codegen.generate(main_package, main_package.files, imported, separate=True,
                                         checkpoint=stream.checkpoint if stream else None)
        link_executable(
            lambda work: objects.write_objects(ir_module, work, headers, stream) + package_objects,
            output, cc)
    return True


@contextmanager
def _stream(files, headers: list[str]):
    """A parts.Stream for a large main package (LLVM starts on its first functions
    while codegen lowers the rest), else None."""
    count = llvm_parts.stream_count(files)
    if count < 2:
        yield None
        return
    stream = llvm_parts.Stream(count, headers)
    try:
        yield stream
    finally:
        stream.close()


def executable_for_run(targets: list[str]) -> str:
    """The path of an executable for `targets`, built into the cache unless it is there."""
    executable = _cached_executable(load(targets), c_compiler(), for_run=True)
    timings.report()
    return executable


def _cached_executable(program: packages.Program, cc: list[str], for_run: bool) -> str | None:
    """The cached executable for the program, built unless it is there; None for a
    package other than main when not for_run (checked and compiled, nothing to link).
    The key is every file of every package of the program, the module's path and the
    compiler."""
    parts: list[bytes | str] = [cache.compiler_fingerprint(), compiler_identity(cc),
                                llvm_parts.forced_count(), llvm_parts.forced_stream()]
    for path, source in program.sources():
        parts += [path, os.path.abspath(path), source]
    parts.append(program.module.path if program.module else "")   # in every link name
    name = packages.executable_name(program, ".") or "main"
    runs = cache.cache_dir() / "run"
    executable = runs / cache.digest(*parts) / name
    if executable.exists():
        with timings.stage("cache hit"):
            os.utime(executable.parent)   # in use: keep it from being pruned
    else:
        cache.prune(runs)
        temporary = cache.temporary_path(executable)
        if not _build_program(program, str(temporary), None, cc, for_run=for_run):
            return None
        cache.publish(temporary, executable)
    return str(executable)
