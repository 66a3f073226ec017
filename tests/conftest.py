"""Shared fixtures: the compiler under test, and the golden scheme from testdata/regen.py.

The compiler is minigo (`python -m minigo build FILE -o OUT`, one subprocess per program). Setting
MINIGO_TEST_COMPILER=go-standin swaps in real `go build`, its messages normalised the way
testdata/regen.py records them, so that the harness and the goldens can be checked against Go
itself while minigo is unfinished: every test must pass with the stand-in.
"""

import dataclasses
import importlib.util
import os
import pathlib
import subprocess
import sys

import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTDATA = REPO_ROOT / "testdata"
COMPILER_VARIABLE = "MINIGO_TEST_COMPILER"
STANDIN = "go-standin"
BUILD_TIMEOUT_SECONDS = 300
# cmd/go reports a failed build with status 2; the compiler proper (and so minigo) with 1.
GO_BUILD_FAILED = 2
COMPILE_ERROR_STATUS = 1


def load_golden_scheme():
    spec = importlib.util.spec_from_file_location("minigo_golden_scheme", TESTDATA / "regen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


golden = load_golden_scheme()


@dataclasses.dataclass
class BuildResult:
    returncode: int
    stderr: str


def build_with_minigo(source: str, output: pathlib.Path, cwd: pathlib.Path) -> BuildResult:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "minigo", "build", source, "-o", str(output)],
                          cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=BUILD_TIMEOUT_SECONDS)
    return BuildResult(done.returncode, done.stderr)


def build_with_go(source: str, output: pathlib.Path, cwd: pathlib.Path) -> BuildResult:
    done = golden.go_build(cwd / source, output, cwd)
    lines = golden.normalise_go_build_errors(done.stderr)
    returncode = COMPILE_ERROR_STATUS if done.returncode == GO_BUILD_FAILED else done.returncode
    return BuildResult(returncode, "".join(line + "\n" for line in lines))


BUILDERS = {"minigo": build_with_minigo, STANDIN: build_with_go}


def pytest_generate_tests(metafunc):
    """A test taking `run_program` runs once per testdata/*.go, `compile_error_program` once per
    testdata/compile_errors/*.go, `module_program` once per testdata/modules/*/ (ids are the
    program names)."""
    for argument, programs in (("run_program", golden.run_programs()),
                               ("compile_error_program", golden.compile_error_programs()),
                               ("module_program", golden.module_programs())):
        if argument in metafunc.fixturenames:
            metafunc.parametrize(argument, programs, ids=[p.stem for p in programs])


@pytest.fixture(scope="session")
def golden_scheme():
    """testdata/regen.py as a module: how goldens are recorded and how programs are run."""
    return golden


@pytest.fixture(scope="session")
def build_program():
    """build_program(source relative to cwd, output path, cwd) -> BuildResult."""
    name = os.environ.get(COMPILER_VARIABLE, "minigo")
    if name not in BUILDERS:
        pytest.fail(f"{COMPILER_VARIABLE}={name!r}: expected one of {sorted(BUILDERS)}")
    return BUILDERS[name]
