"""Signals from outside (issue 13's os/signal): a program that waits for SIGTERM or Ctrl-C
(SIGINT) on a signal.Notify channel receives the one the driver sends once the program has
printed "ready", and shuts down cleanly; a program that never called Notify is killed by
SIGINT, as a gc-built one is (a shell would show exit status 130).

The driver waits for the "ready" line (select with a generous bound, so a hang fails rather
than blocks the suite), sends the signal and compares stdout and the exit status.  Both
programs run at GOMAXPROCS=1: the goroutine waiting for the signal must not keep the only P.
The same driver runs gc's build of each program where go is installed.
"""
from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess

import pytest

NOTIFIED = """package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, os.Interrupt)
	done := make(chan bool)
	go func() {
		s := <-c
		fmt.Println("got", s)
		done <- true
	}()
	fmt.Println("ready")
	<-done
	fmt.Println("cleaned up")
}
"""

UNHANDLED = """package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println("ready")
	time.Sleep(time.Hour)
	fmt.Fprintln(os.Stderr, "SIGINT did not kill")
}
"""

BOUND_SECONDS = 60

CASES = {
    # name: (program, signal sent, expected stdout, expected return code)
    "sigterm_notified": (NOTIFIED, signal.SIGTERM, "ready\ngot terminated\ncleaned up\n", 0),
    "sigint_notified": (NOTIFIED, signal.SIGINT, "ready\ngot interrupt\ncleaned up\n", 0),
    "sigint_unhandled": (UNHANDLED, signal.SIGINT, "ready\n", -signal.SIGINT),
}


def run_and_signal(binary, sig) -> tuple[str, int, str]:
    process = subprocess.Popen([str(binary)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, GOMAXPROCS="1"))
    try:
        ready, _, _ = select.select([process.stdout], [], [], BOUND_SECONDS)
        assert ready, "the program never printed its ready line"
        first = process.stdout.readline()
        process.send_signal(sig)
        process.wait(timeout=BOUND_SECONDS)
        rest = process.stdout.read()
        errors = process.stderr.read()
    finally:
        process.kill()
        process.wait()
    return (first + rest).decode(), process.returncode, errors.decode()


def build(builder, tmp_path, name, program):
    (tmp_path / f"{name}.go").write_text(program)
    result = builder(f"{name}.go", tmp_path / name, tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / name


@pytest.mark.parametrize("case", CASES)
def test_signal_from_outside(case, build_program, tmp_path):
    program, sig, stdout, returncode = CASES[case]
    binary = build(build_program, tmp_path, case, program)
    out, code, errors = run_and_signal(binary, sig)
    assert (out, code) == (stdout, returncode), errors


@pytest.mark.skipif(shutil.which("go") is None, reason="go is not installed")
@pytest.mark.parametrize("case", CASES)
def test_gc_behaves_the_same(case, tmp_path):
    from conftest import build_with_go
    program, sig, stdout, returncode = CASES[case]
    binary = build(lambda *args: build_with_go(*args), tmp_path, case, program)
    out, code, errors = run_and_signal(binary, sig)
    assert (out, code) == (stdout, returncode), errors
