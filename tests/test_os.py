"""System calls release the P: a goroutine blocked reading a pipe on stdin leaves the
others running, even at GOMAXPROCS=1 (issue 10's runtime boundary).

The program below starts a reader of os.Stdin, yields so that it blocks in read(2),
then computes and prints "others ran" on the only P; the driver writes to the pipe only
after reading that line.  If the blocked reader kept the P, the line would never come
and the run would time out.  The same driver runs the compiler under test and, where
go is installed, gc, and both must print the same.
"""
from __future__ import annotations

import os
import select
import shutil
import subprocess

import pytest

PROGRAM = """package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	got := make(chan string)
	go func() {
		buf := make([]byte, 64)
		n, err := os.Stdin.Read(buf)
		got <- fmt.Sprintf("read %d %v %q", n, err, buf[:n])
		n, err = os.Stdin.Read(buf)
		got <- fmt.Sprintf("read %d %v", n, err)
	}()
	runtime.Gosched() // the reader runs and blocks in read(2)
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += i % 7
	}
	fmt.Println("others ran", sum)
	fmt.Println(<-got)
	fmt.Println(<-got)
}
"""
EXPECTED = 'others ran 29999994\nread 6 <nil> "hello\\n"\nread 0 EOF\n'
TIMEOUT_SECONDS = 20


def run_with_blocked_stdin(binary) -> str:
    """The program's stdout; fails if its first line does not come while stdin is
    still open and empty."""
    process = subprocess.Popen([str(binary)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=dict(os.environ, GOMAXPROCS="1"))
    try:
        ready, _, _ = select.select([process.stdout], [], [], TIMEOUT_SECONDS)
        assert ready, "nothing ran while a goroutine was blocked reading stdin"
        first = process.stdout.readline()
        process.stdin.write(b"hello\n")
        process.stdin.close()
        process.wait(timeout=TIMEOUT_SECONDS)
        rest = process.stdout.read()
        errors = process.stderr.read()
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, errors.decode()
    return (first + rest).decode()


def build(build_program, tmp_path):
    (tmp_path / "blocked_read.go").write_text(PROGRAM)
    result = build_program("blocked_read.go", tmp_path / "blocked_read", tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "blocked_read"


def test_a_goroutine_blocked_on_stdin_leaves_the_others_running(build_program, tmp_path):
    binary = build(build_program, tmp_path)
    assert run_with_blocked_stdin(binary) == EXPECTED


@pytest.mark.skipif(shutil.which("go") is None, reason="go is not installed")
def test_gc_prints_the_same(tmp_path):
    from conftest import build_with_go
    binary = build(lambda *args: build_with_go(*args), tmp_path)
    assert run_with_blocked_stdin(binary) == EXPECTED
