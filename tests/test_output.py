"""Printed output reaches the file descriptor at once, as gc's unbuffered os.Stdout.

Each fmt.Print call is one write(2), so a program killed by a signal (`timeout -s TERM`)
leaves everything it printed before the kill in its output file, and a program writing
to a pipe shows its progress while it runs.  The program prints, then sleeps long; the
test waits (up to a deadline) for the output to arrive, so it never guesses with a sleep
of its own.  It cannot learn the program is done printing any other way: a message on
stderr would have flushed a stdout buffer, hiding the very fault this test looks for.
"""
import os
import signal
import subprocess
import time

import pytest

LINES = 10
DEADLINE_SECONDS = 3

PRINT_THEN_SLEEP = f"""\
package main

import (
	"fmt"
	"time"
)

func main() {{
	for i := 1; i <= {LINES}; i++ {{
		fmt.Println("line", i)
	}}
	fmt.Printf("%s %d\\n", "printf", {LINES})
	time.Sleep(20 * time.Second)
	fmt.Println("not reached")
}}
"""

EXPECTED = "".join(f"line {i}\n" for i in range(1, LINES + 1)) + f"printf {LINES}\n"


@pytest.fixture(scope="module")
def sleeper(tmp_path_factory, build_program):
    directory = tmp_path_factory.mktemp("output")
    (directory / "sleeper.go").write_text(PRINT_THEN_SLEEP)
    executable = directory / "sleeper"
    built = build_program("sleeper.go", executable, directory)
    assert built.returncode == 0, built.stderr
    return executable


def read_file_until(path, expected):
    """The file's text once it holds `expected`, or at the deadline."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while True:
        text = path.read_text()
        if text == expected or time.monotonic() > deadline:
            return text
        time.sleep(0.02)


def test_output_before_sigterm_reaches_the_file(sleeper, tmp_path):
    output = tmp_path / "out.txt"
    with output.open("wb") as stdout:
        process = subprocess.Popen([sleeper], stdout=stdout)
        try:
            printed = read_file_until(output, EXPECTED)
            process.send_signal(signal.SIGTERM)
            status = process.wait(timeout=DEADLINE_SECONDS)
        finally:
            process.kill()
            process.wait()
    assert status == -signal.SIGTERM
    assert printed == EXPECTED
    assert output.read_text() == EXPECTED


def test_output_through_a_pipe_shows_while_the_program_runs(sleeper):
    process = subprocess.Popen([sleeper], stdout=subprocess.PIPE)
    try:
        os.set_blocking(process.stdout.fileno(), False)
        deadline = time.monotonic() + DEADLINE_SECONDS
        received = b""
        while len(received) < len(EXPECTED) and time.monotonic() < deadline:
            received += process.stdout.read() or b""
            time.sleep(0.02)
        assert received.decode() == EXPECTED
        assert process.poll() is None, "the program is still sleeping"
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
