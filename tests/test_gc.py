"""The garbage collector (minigo/runtime/gc.c), end to end.

The gc_*.go programs in testdata/ keep live data reachable only through one kind of root each (a
blocked goroutine's stack, a channel buffer, a sleeping goroutine, a closure, a map value, an
interface, a global, a deferred call's arguments) while making garbage.  test_programs.py runs
them as they are; here they run again with GOGC=1, which collects thousands of times, and must
still print Go's output.  gc_reuse must run in bounded memory (peak RSS of the child), since it
allocates over 300 MB in total, and with GOGC=off under GOMEMLIMIT too.  GODEBUG=gctrace=1 must print gc's one-line format.

The stress test (marker `stress`, deselected by default) runs every testdata program with
MINIGO_GCSTRESS=STRESS_EVERY (50, or $MINIGO_TEST_GCSTRESS), which collects at every
STRESS_EVERY-th allocation whatever the heap size, and compares with the same goldens.
"""

import os
import re
import subprocess
import sys

import pytest

from conftest import golden
from test_programs import describe_difference

ROOT_PROGRAMS = sorted(golden.TESTDATA.glob("gc_roots_*.go"))
REUSE_PROGRAM = golden.TESTDATA / "gc_reuse.go"
REUSE_PEAK_RSS_LIMIT_KB = 100 * 1024       # minigo needs ~14 MB; without reuse over 300 MB
STRESS_EVERY = int(os.environ.get("MINIGO_TEST_GCSTRESS", "50"))
TRACE_LINE = re.compile(
    r"gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, "
    r"[\d.]+\+[\d.]+/[\d.]+/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, "
    r"\d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?")


def built(program, tmp_path, build_program):
    binary = tmp_path / program.stem
    result = build_program(program.name, binary, program.parent)
    if result.returncode != 0:
        pytest.fail(f"{program.name}: build failed:\n{result.stderr}", pytrace=False)
    return binary


def run_with(binary, program, cwd, **settings):
    env = golden.run_environment()
    env.update(settings)
    try:
        return subprocess.run([str(binary), *golden.program_args(program)], cwd=cwd, env=env,
                              capture_output=True, timeout=golden.RUN_TIMEOUT_SECONDS * 4)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{program.name} with {settings} ran longer than "
                    f"{golden.RUN_TIMEOUT_SECONDS * 4} s", pytrace=False)


def check_against_goldens(program, result, label):
    actual = golden.run_record(result.stdout, result.stderr, result.returncode)
    expected = golden.read_run_record(program)
    problems = [describe_difference(suffix, expected.get(suffix, b""), actual.get(suffix, b""))
                for suffix in golden.RUN_GOLDEN_SUFFIXES if expected.get(suffix) != actual.get(suffix)]
    if problems:
        pytest.fail(f"{program.name} with {label} differs from Go:\n" + "\n".join(problems),
                    pytrace=False)


@pytest.mark.parametrize("program", ROOT_PROGRAMS, ids=[p.stem for p in ROOT_PROGRAMS])
def test_roots_survive_many_collections(program, tmp_path, build_program):
    binary = built(program, tmp_path, build_program)
    result = run_with(binary, program, tmp_path, GOGC="1", GODEBUG="gctrace=1")
    collections = [line for line in result.stderr.decode().splitlines() if TRACE_LINE.fullmatch(line)]
    assert len(collections) >= 100, f"only {len(collections)} collections: the test proves little"
    result.stderr = b"".join(line + b"\n" for line in result.stderr.splitlines()
                             if not TRACE_LINE.fullmatch(line.decode()))
    check_against_goldens(program, result, "GOGC=1")


# Linux counts a parent's resident set in the peak RSS of a child it forks (exec keeps the
# old image's high-water mark), so the program is started by a small Python process of its
# own, not by pytest, which is big; that process reports the peak on stderr.
PEAK_RSS_REPORTER = (
    "import os, subprocess, sys\n"
    "process = subprocess.Popen(sys.argv[1:])\n"
    "_, status, usage = os.wait4(process.pid, 0)\n"
    "sys.stderr.write(f'{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}')\n")


def reuse_peak_rss_kb(tmp_path, build_program, **settings) -> int:
    """Runs gc_reuse (checking its output) and returns its peak RSS."""
    binary = built(REUSE_PROGRAM, tmp_path, build_program)
    env = golden.run_environment()
    env.update(settings)
    result = subprocess.run([sys.executable, "-c", PEAK_RSS_REPORTER, str(binary)], cwd=tmp_path,
                            env=env, capture_output=True, timeout=golden.RUN_TIMEOUT_SECONDS * 4)
    status, peak_kb = (int(word) for word in result.stderr.split())
    assert status == 0
    assert result.stdout == REUSE_PROGRAM.with_suffix(".out").read_bytes()
    return peak_kb


def test_freed_memory_is_reused(tmp_path, build_program):
    peak_kb = reuse_peak_rss_kb(tmp_path, build_program)
    assert peak_kb < REUSE_PEAK_RSS_LIMIT_KB, f"peak RSS {peak_kb} KB: freed memory is not reused"


def test_memory_limit_bounds_the_heap_without_gogc(tmp_path, build_program):
    # GOGC=off alone would never collect (over 300 MB); the soft limit still does
    peak_kb = reuse_peak_rss_kb(tmp_path, build_program, GOGC="off", GOMEMLIMIT="48MiB")
    assert peak_kb < 64 * 1024, f"peak RSS {peak_kb} KB with GOMEMLIMIT=48MiB"


def test_gctrace_prints_gc_format(tmp_path, build_program):
    program = golden.TESTDATA / "gc_roots_values.go"
    binary = built(program, tmp_path, build_program)
    result = run_with(binary, program, tmp_path, GODEBUG="gctrace=1")
    lines = result.stderr.decode().splitlines()
    assert lines and all(TRACE_LINE.fullmatch(line) for line in lines), lines[:5]
    assert [int(line.split()[1]) for line in lines] == list(range(1, len(lines) + 1))
    assert lines[-1].endswith(" (forced)"), "runtime.GC() is the last collection"


def test_gogc_off_never_collects(tmp_path, build_program):
    program = golden.TESTDATA / "gc_roots_runtime.go"
    binary = built(program, tmp_path, build_program)
    result = run_with(binary, program, tmp_path, GOGC="off", GODEBUG="gctrace=1")
    assert result.stderr == b""
    check_against_goldens(program, result, "GOGC=off")


RUN_PROGRAMS = sorted(golden.run_programs())


@pytest.mark.stress
@pytest.mark.parametrize("program", RUN_PROGRAMS, ids=[p.stem for p in RUN_PROGRAMS])
def test_program_under_gc_stress(program, tmp_path, build_program):
    binary = built(program, tmp_path, build_program)
    result = run_with(binary, program, tmp_path, MINIGO_GCSTRESS=str(STRESS_EVERY))
    check_against_goldens(program, result, f"MINIGO_GCSTRESS={STRESS_EVERY}")
