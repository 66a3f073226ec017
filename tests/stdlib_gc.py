#!/usr/bin/env python3
"""Checks minigo's standard library (stdlib/) against gc's, with real Go.

Until minigo can import stdlib/ itself, real Go is the only compiler that can run these packages, so
this script makes it do so: it copies stdlib/ into a temporary Go module `minigostd` (stdlib/strings
becomes minigostd/strings, and imports between our packages are rewritten to match), then builds
every program of testdata/stdlib/ with its imports of our packages rewritten the same way, runs it,
and compares the run with the goldens beside the program. Those goldens come from the same program
built against Go's own packages (testdata/regen.py's scheme), so a match means our package behaves
as gc's for everything the program prints. Once minigo has its package loader, its test runner can
run the same programs unchanged, `import "strings"` resolving to stdlib/strings.

Functions that stdlib/ declares without a body (minigo supplies them; see stdlib/README.md) cannot
be built by gc: for this check only, they are deleted from the package's files and the files of
tests/stdlib_gc/overlay/PACKAGE/ added, which define them over Go's own packages.

    python3 tests/stdlib_gc.py            check every program (exit status 1 on any difference)
    python3 tests/stdlib_gc.py NAME ...   check some, by name without .go
    python3 tests/stdlib_gc.py --regen    rewrite testdata/stdlib's goldens from Go's own packages
    python3 tests/stdlib_gc.py --keep     also print the temporary module's folder and keep it
"""

import importlib.util
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
STDLIB = ROOT / "stdlib"
PROGRAMS = ROOT / "testdata" / "stdlib"
OVERLAY = pathlib.Path(__file__).resolve().parent / "stdlib_gc" / "overlay"
MODULE = "minigostd"
GOMOD = f"module {MODULE}\n\ngo 1.19\n"


def load_golden_scheme():
    """testdata/regen.py is the one definition of how a run is recorded; use it, not a copy."""
    spec = importlib.util.spec_from_file_location("regen", ROOT / "testdata" / "regen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scheme = load_golden_scheme()


# stdlib/ packages only minigo can build: interfaces to minigo's C runtime (bodyless
# functions over its scheduler, collector and tracebacks) or written over its type
# descriptors (reflect).  An overlay would only restate gc's own, so programs (and our other
# packages importing them) built with gc use gc's package; the goldens are gc's anyway, and
# tests/test_stdlib_gc.py runs the same programs built by minigo against ours.
MINIGO_ONLY = {"runtime", "runtime/debug", "reflect"}


def our_packages() -> set[str]:
    """Import paths of stdlib/'s packages: every folder holding a .go file Go would compile
    (but MINIGO_ONLY)."""
    return {str(f.parent.relative_to(STDLIB)) for f in STDLIB.rglob("*.go")
            if is_package_file(f)}


def is_package_file(path: pathlib.Path) -> bool:
    """Go ignores files and folders whose names start with `_` or `.` (generators live there);
    this check leaves out the MINIGO_ONLY packages."""
    parts = path.relative_to(STDLIB).parts
    return not any(part.startswith(("_", ".")) for part in parts) and \
        "/".join(parts[:-1]) not in MINIGO_ONLY


IMPORT_PATH = re.compile(r'^(\s*(?:import\s+)?(?:[\w.]+\s+)?)"([^"]+)"', re.M)


def rewrite_imports(source: str, packages: set[str]) -> str:
    """Points the imports of our packages at the module's copy. Import paths appear only in import
    declarations at the start of a line (single or grouped, maybe named), which the pattern asks;
    a string literal elsewhere starts with other text."""
    def replace(match):
        path = match.group(2)
        if path in packages and _in_import_block(source, match.start()):
            return f'{match.group(1)}"{MODULE}/{path}"'
        return match.group(0)
    return IMPORT_PATH.sub(replace, source)


def _in_import_block(source: str, offset: int) -> bool:
    """Whether offset lies in the file's import declarations (before the first other declaration)."""
    head = source[:offset]
    return re.search(r"^(func|type|var|const)\b", head, re.M) is None


def build_module(folder: pathlib.Path) -> set[str]:
    packages = our_packages()
    (folder / "go.mod").write_text(GOMOD)
    for path in STDLIB.rglob("*.go"):
        if not is_package_file(path) or str(path.parent.relative_to(STDLIB)) not in packages:
            continue
        target = folder / path.relative_to(STDLIB)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite_imports(path.read_text(), packages))
    for path in OVERLAY.rglob("*.go"):
        target = folder / path.relative_to(OVERLAY)
        for ours in target.parent.glob("*.go"):
            ours.write_text(BODYLESS_FUNCTION.sub("", ours.read_text()))
        # overlays are written over Go's own packages (sync's over Go's sync, internal/
        # syscall's over Go's syscall and os/signal): their imports stay Go's
        target.write_text(path.read_text())
    return packages


# a function declared without a body (one line, as gofmt leaves it), which an overlay supplies:
# no brace on the line but those of interface{} (a one-line function's body has one)
BODYLESS_FUNCTION = re.compile(r"^func \w+\((?:[^{\n]|interface\{\})*\n", re.M)


def check_program(source: pathlib.Path, module: pathlib.Path, packages: set[str]) -> list[str]:
    """Differences between the program's run against our packages and its goldens."""
    command = module / "cmd" / source.stem
    command.mkdir(parents=True)
    (command / "main.go").write_text(rewrite_imports(source.read_text(), packages))
    binary = module / "bin" / source.stem
    built = subprocess.run(["go", "build", "-o", str(binary), f"./cmd/{source.stem}"],
                           cwd=module, capture_output=True, text=True)
    if built.returncode != 0:
        return [f"does not build against stdlib/:\n{built.stderr}"]
    with tempfile.TemporaryDirectory(prefix="minigo-stdgc-run-") as run_dir:
        result = scheme.run_binary(binary, scheme.program_args(source), pathlib.Path(run_dir))
    actual = scheme.run_record(result.stdout, result.stderr, result.returncode)
    expected = scheme.read_run_record(source)
    problems = []
    for suffix in scheme.RUN_GOLDEN_SUFFIXES:
        if expected.get(suffix) != actual.get(suffix):
            problems.append(first_difference(suffix, expected.get(suffix, b""), actual.get(suffix, b"")))
    return problems


def first_difference(suffix: str, expected: bytes, actual: bytes) -> str:
    want, got = expected.splitlines(), actual.splitlines()
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else b"<end>"
        g = got[i] if i < len(got) else b"<end>"
        if w != g:
            return f"{suffix} line {i + 1}: gc {w!r}\n{' ' * len(suffix)}       ours {g!r}"
    return f"{suffix}: gc {expected!r}, ours {actual!r}"


def programs(names: list[str]) -> list[pathlib.Path]:
    found = sorted(PROGRAMS.glob("*.go"))
    if names:
        found = [p for p in found if p.stem in names]
        missing = set(names) - {p.stem for p in found}
        if missing:
            raise SystemExit(f"no such program in testdata/stdlib: {', '.join(sorted(missing))}")
    return found


def main(argv: list[str]) -> int:
    regen = "--regen" in argv
    keep = "--keep" in argv
    names = [a for a in argv if not a.startswith("--")]
    selected = programs(names)
    if regen:
        for source in selected:
            print(scheme.regenerate_run(source))
        return 0
    module = pathlib.Path(tempfile.mkdtemp(prefix="minigo-stdgc-"))
    try:
        packages = build_module(module)
        vetted = subprocess.run(["go", "vet", "./..."], cwd=module, capture_output=True, text=True)
        failures = 0
        if vetted.returncode != 0:
            print(f"go vet of stdlib/ failed:\n{vetted.stderr}")
        for source in selected:
            problems = check_program(source, module, packages)
            print(f"{source.stem}: {'ok' if not problems else 'DIFFERS'}")
            for problem in problems:
                print("  " + problem.replace("\n", "\n  "))
            failures += bool(problems)
        print(f"{len(selected) - failures} of {len(selected)} programs match gc")
        return 1 if failures or vetted.returncode != 0 else 0
    finally:
        if keep:
            print("module kept in", module)
        else:
            shutil.rmtree(module)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
