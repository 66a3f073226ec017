"""Big and deeply nested generated programs (tests/generated_inputs.py) build and run right.

The default test builds one program holding every kind at a size past where the compiler
used to fail (a RecursionError at a few hundred levels, element-by-element literals, a
quadratic string scan), so the whole set costs one build.  The `stress` tests build each
kind at full size (ten times the sizes that failed, the 20,000-element literal, the 10 MB
string, the 30,000-statement function), one program each.

The expected output is computed by the generator; MINIGO_CHECK_GENERATED_WITH_GO=1 also
builds the default program with gc and checks that gc prints the same.
"""
import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
import generated_inputs  # noqa: E402

RUN_TIMEOUT_SECONDS = 60

# Each past the size that failed before (in parentheses), small enough to build fast.
DEFAULT_SIZES = [
    ("add_chain", 400),              # RecursionError at ~260 terms
    ("string_concat", 600),          # 500
    ("and_chain", 1200),             # 1000
    ("else_if_chain", 600),          # 500
    ("nested_calls", 600),           # 500
    ("nested_func_literals", 120),   # 100
    ("nested_for_loops", 260),       # 250
    ("nested_composite", 300),       # 253
    ("nested_array_literal", 300),   # 253
    ("long_line", 70_000),           # a debug location's column overflowed 16 bits
    ("nested_blocks", 400),
    ("long_function", 500),
    ("big_slice_literal", 3000),
    ("big_string", 200_000),
]

# Ten times the sizes that failed, and the big inputs of issue 8.
STRESS_SIZES = [
    ("add_chain", 3000),
    ("string_concat", 5000),
    ("and_chain", 10000),
    ("else_if_chain", 5000),
    ("nested_calls", 5000),
    ("nested_func_literals", 3000),
    ("nested_for_loops", 1000),
    ("nested_composite", 2530),
    ("nested_array_literal", 2530),
    ("long_line", 1_000_000),
    ("nested_blocks", 200_000),
    ("long_function", 30000),
    ("big_slice_literal", 20000),
    ("big_string", 10_000_000),
]


def build_and_run(build_program, tmp_path, kinds_and_sizes):
    source, stdout, stderr = generated_inputs.generate(kinds_and_sizes)
    (tmp_path / "generated.go").write_text(source)
    binary = tmp_path / "generated"
    built = build_program("generated.go", binary, tmp_path)
    assert built.returncode == 0, f"build failed with status {built.returncode}:\n{built.stderr}"
    run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS)
    assert (run.returncode, run.stdout, run.stderr) == (0, stdout, stderr)


def test_generated_programs(build_program, tmp_path):
    build_and_run(build_program, tmp_path, DEFAULT_SIZES)


@pytest.mark.skipif(os.environ.get("MINIGO_CHECK_GENERATED_WITH_GO") != "1",
                    reason="checks the generator against gc when asked")
def test_generator_expectations_match_gc(tmp_path):
    source, stdout, stderr = generated_inputs.generate(DEFAULT_SIZES)
    (tmp_path / "generated.go").write_text(source)
    run = subprocess.run(["go", "run", "generated.go"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=600)
    assert (run.returncode, run.stdout, run.stderr) == (0, stdout, stderr)


@pytest.mark.stress
@pytest.mark.parametrize("kind,size", STRESS_SIZES, ids=[f"{k}-{s}" for k, s in STRESS_SIZES])
def test_full_size_generated_program(build_program, tmp_path, kind, size):
    build_and_run(build_program, tmp_path, [(kind, size)])


# ---------------------------------------------------------------- the big-stack thread

def test_llvm_runs_on_the_big_stack_thread(monkeypatch, tmp_path):
    """LLVM's passes recurse in C (one function of 30,000 statements overflowed the main
    thread's 8 MiB stack), so optimisation and object emission must run on the thread
    bigstack.py starts, as every other stage does."""
    import threading
    from minigo import bigstack, cli
    from minigo.link import objects

    threads = []
    for name in ("optimised_module", "emit_object"):
        original = getattr(objects, name)

        def recording(*arguments, original=original, name=name):
            threads.append((name, threading.current_thread().name, bigstack.on_big_stack()))
            return original(*arguments)
        monkeypatch.setattr(objects, name, recording)
    source, _, _ = generated_inputs.generate([("add_chain", 3)])
    (tmp_path / "small.go").write_text(source)
    assert cli.main(["build", str(tmp_path / "small.go"), "-o", str(tmp_path / "small")]) == 0
    assert threads == [("optimised_module", "minigo-compiler", True),
                       ("emit_object", "minigo-compiler", True)]


def test_too_deep_for_the_stack_is_a_clean_error(monkeypatch, capsys):
    """Beyond what the big stack allows, RecursionError is reported in one line with
    status 1, never as an internal error or a crash."""
    from minigo import bigstack, cli

    def bottomless(argv):
        return bottomless(argv)
    monkeypatch.setattr(cli, "dispatch", bottomless)
    monkeypatch.setattr(bigstack, "MAX_RECURSION_LIMIT", 20_000)   # to fail fast
    assert cli.main(["build", "deep.go"]) == 1
    assert capsys.readouterr().err == \
        "minigo: program too deeply nested: the compiler ran out of stack\n"


def test_out_of_memory_is_a_clean_error(monkeypatch, capsys):
    from minigo import cli

    def exhausting(argv):
        raise MemoryError()
    monkeypatch.setattr(cli, "dispatch", exhausting)
    assert cli.main(["build", "huge.go"]) == 1
    assert capsys.readouterr().err == "minigo: out of memory compiling the program\n"
