"""Concurrency programs (testdata/conc_*.go) under several scheduler sizes.

test_programs.py already runs every program with the default GOMAXPROCS; here each conc_
program runs with GOMAXPROCS=1 (one P: every interleaving comes from blocking, yielding and
preemption) and GOMAXPROCS=4 (more Ps than the machine's cores: real parallelism and work
stealing), compared with the same goldens from real Go.  Each program is built once per
session.  The stress test (marker `stress`, deselected by default; run it with
`pytest -m stress`) repeats every run STRESS_REPEATS times to shake out rare races.
"""

import subprocess

import pytest

from conftest import golden
from test_programs import describe_difference

PROCESSOR_COUNTS = (1, 4)
STRESS_REPEATS = 20
PROGRAMS = sorted(golden.TESTDATA.glob("conc_*.go"))


@pytest.fixture(scope="session")
def concurrency_binaries(tmp_path_factory, build_program):
    """program -> its executable, built on first request."""
    directory = tmp_path_factory.mktemp("concurrency")
    built: dict = {}

    def binary_for(program):
        if program not in built:
            binary = directory / program.stem
            result = build_program(program.name, binary, program.parent)
            if result.returncode != 0:
                pytest.fail(f"{program.name}: build failed:\n{result.stderr}", pytrace=False)
            built[program] = binary
        return built[program]
    return binary_for


def run_with_processors(binary, program, processors: int, cwd):
    env = golden.run_environment()
    env["GOMAXPROCS"] = str(processors)
    try:
        return subprocess.run([str(binary), *golden.program_args(program)], cwd=cwd, env=env,
                              capture_output=True, timeout=golden.RUN_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{program.name} (GOMAXPROCS={processors}) ran longer than "
                    f"{golden.RUN_TIMEOUT_SECONDS} s", pytrace=False)


def check_run(program, binary, processors: int, cwd) -> None:
    result = run_with_processors(binary, program, processors, cwd)
    actual = golden.run_record(result.stdout, result.stderr, result.returncode)
    expected = golden.read_run_record(program)
    problems = [describe_difference(suffix, expected.get(suffix, b""), actual.get(suffix, b""))
                for suffix in golden.RUN_GOLDEN_SUFFIXES if expected.get(suffix) != actual.get(suffix)]
    if problems:
        pytest.fail(f"{program.name} with GOMAXPROCS={processors} differs from Go:\n"
                    + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize("processors", PROCESSOR_COUNTS, ids=lambda n: f"procs{n}")
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_concurrent_program(program, processors, concurrency_binaries, tmp_path):
    check_run(program, concurrency_binaries(program), processors, tmp_path)


@pytest.mark.stress
@pytest.mark.parametrize("processors", PROCESSOR_COUNTS, ids=lambda n: f"procs{n}")
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_concurrent_program_repeatedly(program, processors, concurrency_binaries, tmp_path):
    binary = concurrency_binaries(program)
    for _ in range(STRESS_REPEATS):
        check_run(program, binary, processors, tmp_path)


def test_there_are_concurrency_programs():
    assert len(PROGRAMS) >= 10
