"""stdlib/ checked with real Go (tests/stdlib_gc.py does the work): every testdata/stdlib program, built against our packages, must behave as its goldens from gc's; the
sources must be gofmt-formatted, document every exported top-level name, and the unicode tables
must be what their generator writes. Skipped where no Go toolchain is installed.

The same programs are also built with the compiler under test, as tests/test_programs.py builds
testdata/*.go, and must give the same goldens: a program minigo cannot build fails."""

import pathlib
import re
import shutil
import subprocess
import sys

import pytest

from test_programs import check_program

ROOT = pathlib.Path(__file__).resolve().parent.parent
STDLIB = ROOT / "stdlib"

PROGRAMS = sorted((ROOT / "testdata" / "stdlib").glob("*.go"))


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_stdlib_program(program, golden_scheme, build_program, tmp_path):
    built = build_program(program.name, tmp_path / program.stem, program.parent)
    check_program(program, golden_scheme, lambda *_: built, tmp_path)  # built above, once


needs_go = pytest.mark.skipif(shutil.which("go") is None, reason="needs the Go toolchain")


@needs_go
def test_stdlib_programs_match_gc():
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "stdlib_gc.py")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


@needs_go
def test_stdlib_is_gofmt_formatted():
    done = subprocess.run(["gofmt", "-l", str(STDLIB), str(ROOT / "tests" / "stdlib_gc")],
                          capture_output=True, text=True)
    assert done.stdout == "" and done.returncode == 0, "not gofmt-formatted:\n" + done.stdout + done.stderr


# Exported functions, types, variables and constants, and methods of exported types (those of
# unexported types are not part of the API).
EXPORTED_DECLARATION = re.compile(r"^(?:func (?:\((?:\w+ )?\*?[A-Z]\w*\) )?|type |var |const )([A-Z]\w*)")


@needs_go
def test_exported_names_are_documented():
    undocumented = []
    for path in sorted(STDLIB.rglob("*.go")):
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            match = EXPORTED_DECLARATION.match(line)
            if match and (i == 0 or not lines[i - 1].startswith("//")):
                undocumented.append(f"{path.relative_to(ROOT)}:{i + 1}: {match.group(1)}")
    assert not undocumented, "exported names without a doc comment:\n" + "\n".join(undocumented)


# Tables of facts that a committed generator writes (package folder, generator, output file).
GENERATED_TABLES = [("unicode", "maketables.go", "tables.go"), ("math/rand", "maketables.go", "tables.go"),
                    ("html", "maketables.go", "entities.go"), ("strconv", "maketables.go", "isprint.go")]


@needs_go
@pytest.mark.parametrize("package, generator, output", GENERATED_TABLES, ids=[t[0] for t in GENERATED_TABLES])
def test_tables_are_generated(package, generator, output):
    done = subprocess.run(["go", "run", f"stdlib/{package}/_gen/{generator}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (STDLIB / package / output).read_text(), \
        f"stdlib/{package}/{output} differs from what _gen/{generator} writes"


def test_pi_tables_are_generated():
    """internal/pibits's tables of 4/π and 1/π are what its Python generator prints."""
    done = subprocess.run([sys.executable, "stdlib/internal/pibits/_gen/pi_bits.py"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout in (STDLIB / "internal" / "pibits" / "pibits.go").read_text()
