"""End-to-end tests: every program in testdata/ is built by the compiler under test, run, and
compared with the goldens recorded from real Go by testdata/regen.py (scheme: testdata/README.md).

Each program is built once (one subprocess) and every recorded aspect of its run is checked in the
same test, so a failure lists all of its differences at once.
"""

import difflib
import shutil
import subprocess

import pytest

DIFF_LINE_LIMIT = 60


def describe_difference(label: str, expected: bytes, actual: bytes) -> str:
    expected_lines = expected.decode("utf-8", "replace").splitlines(keepends=True)
    actual_lines = actual.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(expected_lines, actual_lines, "expected" + label,
                                     "actual" + label))
    if len(diff) > DIFF_LINE_LIMIT:
        diff = diff[:DIFF_LINE_LIMIT] + [f"... {len(diff) - DIFF_LINE_LIMIT} more diff lines\n"]
    if not diff:  # differs only in bytes that decode alike, or in a final newline
        diff = [f"expected{label} {expected!r}\n", f"actual{label}   {actual!r}\n"]
    return "".join(line if line.endswith("\n") else line + "\n" for line in diff)


def test_program(run_program, golden_scheme, build_program, tmp_path):
    check_program(run_program, golden_scheme, build_program, tmp_path)


# Programs with tracebacks (DWARF line tables, the function table), goroutines, closures,
# interfaces, package variables and init: what a module split into parts must keep.
SPLIT_PROGRAMS = ["panic_traceback_frames", "conc_goroutine_panic", "defer_repanic",
                  "panic_package_init", "iface_evaluator", "closure_recursive",
                  "method_values", "map_interface_keys", "package_vars", "typeswitch_json"]


@pytest.mark.parametrize("name", SPLIT_PROGRAMS)
def test_program_split_in_llvm_parts(name, golden_scheme, build_program, tmp_path, monkeypatch):
    """Large modules are optimised and compiled in parts (minigo/link/parts.py); forcing a
    split of small programs into three checks that the parts link into the same behaviour."""
    monkeypatch.setenv("MINIGO_LLVM_PARTS", "3")
    monkeypatch.setenv("MINIGO_TIMINGS", "1")
    # A copy in a fresh folder, with its goldens: the executable cache is keyed by the
    # file's absolute path too, so the split build really runs each time (a second run
    # with an unchanged compiler used to find it cached and never split anything).
    copy = tmp_path / "src" / f"{name}.go"
    copy.parent.mkdir()
    for original in golden_scheme.TESTDATA.glob(f"{name}.*"):
        shutil.copyfile(original, copy.with_suffix(original.suffix))
    built = check_program(copy, golden_scheme, build_program, tmp_path)
    if build_program.__name__ == "build_with_minigo":
        assert "part 2 (child)" in built.stderr, "the build was not split:\n" + built.stderr


@pytest.mark.parametrize("name", SPLIT_PROGRAMS)
def test_program_streamed_in_llvm_parts(name, golden_scheme, build_program, tmp_path, monkeypatch):
    """The parts of a large main package are forked while codegen still lowers the rest
    (parts.Stream); forcing that for small programs, in three parts, checks that parts
    cut at codegen's checkpoints link into the same behaviour."""
    monkeypatch.setenv("MINIGO_LLVM_STREAM", "1")
    test_program_split_in_llvm_parts(name, golden_scheme, build_program, tmp_path, monkeypatch)


def check_program(run_program, golden_scheme, build_program, tmp_path):
    """Builds and runs testdata/`run_program` and compares its run with Go's goldens."""
    binary = tmp_path / run_program.stem
    built = build_program(golden_scheme.build_target(run_program), binary,
                          golden_scheme.build_folder(run_program))
    if built.returncode != 0:
        pytest.fail(f"{run_program.name}: build failed with status {built.returncode}:\n"
                    + built.stderr, pytrace=False)
    try:
        result = golden_scheme.run_binary(binary, golden_scheme.program_args(run_program), tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{run_program.name} ran longer than {golden_scheme.RUN_TIMEOUT_SECONDS} s",
                    pytrace=False)
    actual = golden_scheme.run_record(result.stdout, result.stderr, result.returncode)
    expected = golden_scheme.read_run_record(run_program)
    problems = [describe_difference(suffix, expected.get(suffix, b""), actual.get(suffix, b""))
                for suffix in golden_scheme.RUN_GOLDEN_SUFFIXES
                if expected.get(suffix) != actual.get(suffix)]
    frames_golden = run_program.with_suffix(golden_scheme.FRAMES_SUFFIX)
    if frames_golden.exists():
        problem = golden_scheme.frames_problem(frames_golden.read_text().splitlines(),
                                               golden_scheme.traceback_frames(result.stderr))
        if problem:
            problems.append(problem)
    if problems:
        pytest.fail(f"{run_program.name} differs from Go:\n" + "\n".join(problems), pytrace=False)
    return built


def test_compile_error(compile_error_program, golden_scheme, build_program, tmp_path):
    check_compile_errors(compile_error_program, golden_scheme, build_program, tmp_path)


def test_module(module_program, golden_scheme, build_program, tmp_path):
    """A module folder (testdata/modules/NAME/): built with `build TARGET` inside it and
    run, or, when Go refuses it, its messages compared."""
    if module_program.with_suffix(golden_scheme.ERRORS_SUFFIX).exists():
        check_compile_errors(module_program, golden_scheme, build_program, tmp_path)
    else:
        check_program(module_program, golden_scheme, build_program, tmp_path)


def check_compile_errors(program, golden_scheme, build_program, tmp_path):
    binary = tmp_path / program.stem
    built = build_program(golden_scheme.build_target(program), binary,
                          golden_scheme.build_folder(program))
    expected = golden_scheme.read_errors(program)
    actual = golden_scheme.hide_folder(built.stderr.splitlines(), golden_scheme.build_folder(program))
    if actual != expected:
        pytest.fail(f"{program.relative_to(golden_scheme.TESTDATA)}: messages differ from Go's:\n"
                    + describe_difference(".errors", "\n".join(expected).encode(),
                                          "\n".join(actual).encode()), pytrace=False)
    assert built.returncode == 1, f"exit status {built.returncode}, want 1"
    assert not binary.exists(), "a failed build must not leave an executable"


def test_every_program_has_goldens(golden_scheme):
    missing = [p.name for p in golden_scheme.run_programs() if not p.with_suffix(".out").exists()]
    missing += ["compile_errors/" + p.name for p in golden_scheme.compile_error_programs()
                if not p.with_suffix(golden_scheme.ERRORS_SUFFIX).exists()]
    missing += ["modules/" + p.name for p in golden_scheme.module_programs()
                if not p.with_suffix(".out").exists()
                and not p.with_suffix(golden_scheme.ERRORS_SUFFIX).exists()]
    assert not missing, "programs without goldens (run testdata/regen.py): " + ", ".join(missing)


def test_goldens_are_well_formed(golden_scheme):
    problems = []
    for program in golden_scheme.run_programs():
        record = golden_scheme.read_run_record(program)
        status = record.get(".exitcode")
        if status is not None and (not status.strip().isdigit() or int(status) == 0):
            problems.append(f"{program.stem}.exitcode holds {status!r}, want a non-zero status")
        key = record.get(".err")
        if key is not None and not key.startswith(tuple(
                p.encode() for p in golden_scheme.KEY_LINE_PREFIXES)):
            problems.append(f"{program.stem}.err holds {key!r}, want a panic or fatal error line")
    for program in golden_scheme.compile_error_programs():
        path = program.with_suffix(golden_scheme.ERRORS_SUFFIX)
        if path.exists() and not golden_scheme.read_errors(program):
            problems.append(f"compile_errors/{path.name} is empty: the program must not compile")
    assert not problems, "\n".join(problems)


def test_no_orphan_goldens(golden_scheme):
    orphans = [path.name for suffix in golden_scheme.RUN_GOLDEN_SUFFIXES
               for path in golden_scheme.TESTDATA.glob("*" + suffix)
               if not path.with_suffix(".go").exists()]
    orphans += ["compile_errors/" + path.name
                for path in golden_scheme.COMPILE_ERRORS.glob("*" + golden_scheme.ERRORS_SUFFIX)
                if not path.with_suffix(".go").exists()]
    orphans += ["modules/" + path.name for path in golden_scheme.module_goldens()
                if not path.with_suffix("").is_dir()]
    assert not orphans, "goldens without a program: " + ", ".join(orphans)
