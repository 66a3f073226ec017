"""Stack overflow at gc's limit (issue 9): an endless recursion ends with gc's two lines and
exit status 2, in a goroutine, in main, and in the runtime's own recursion (fmt printing a
slice that holds itself).

The golden scheme cannot record these runs (gc prints `runtime: sp=0x...` lines that vary
before its key line), so the key lines are checked here.  Each run grows a stack to 1 GB
(1e9 bytes, the real limit: segments are added until their sizes reach it) and so takes a
few seconds; gc's take longer.
"""
import os
import pathlib
import subprocess

import pytest

OVERFLOW_TIMEOUT_SECONDS = 120

PROGRAMS = {
    "goroutine": """package main

import "fmt"

func endless(n int) int {
	return endless(n+1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- endless(0) }()
	fmt.Println(<-done)
}
""",
    "main": """package main

import "fmt"

type big struct{ a [64]int }

func endless(b big) int {
	b.a[3]++
	return endless(b) + b.a[5]
}

func main() {
	fmt.Println(endless(big{}))
}
""",
    "fmt_cycle": """package main

import "fmt"

func main() {
	done := make(chan string)
	go func() {
		s := []interface{}{nil}
		s[0] = s
		done <- fmt.Sprint(s)
	}()
	fmt.Println(len(<-done))
}
""",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_endless_recursion_is_gcs_stack_overflow(name, tmp_path, build_program):
    source = tmp_path / f"{name}.go"
    source.write_text(PROGRAMS[name])
    binary = tmp_path / name
    built = build_program(source.name, binary, tmp_path)
    assert built.returncode == 0, built.stderr
    done = subprocess.run([str(binary)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=OVERFLOW_TIMEOUT_SECONDS)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert "runtime: goroutine stack exceeds 1000000000-byte limit" in lines, done.stderr[:2000]
    assert "fatal error: stack overflow" in lines, done.stderr[:2000]
    assert lines.index("fatal error: stack overflow") > lines.index(
        "runtime: goroutine stack exceeds 1000000000-byte limit")


SHALLOW_AGAIN = """package main

import (
	"fmt"
	"time"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { done <- depth(2000000) }()
		<-done
	}
	go func() {
		depth(2000000)
		fmt.Println("shallow")
		time.Sleep(3 * time.Second)
		done <- 1
	}()
	<-done
}
"""

MIB = 1024


def status_kib(pid, key):
    """A memory figure of the process from any of its threads' status (the main thread
    may have ended while others run: its own status then has no memory lines)."""
    for task in sorted(pathlib.Path(f"/proc/{pid}/task").iterdir()):
        for line in (task / "status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {key} in /proc/{pid}/task/*/status")


def test_a_stack_that_was_deep_gives_its_memory_back(tmp_path, build_program):
    """Goroutines recurse 2 M calls deep (32 MB of stack each); those that exit
    return their segments' pages, and one that is alive but shallow again keeps at most
    one spare segment: its RSS falls far below its peak."""
    if os.environ.get("MINIGO_TEST_COMPILER") == "go-standin":
        # gc shrinks stacks and returns their pages at its next collections; without
        # runtime.GC or debug.FreeOSMemory in minigo yet, the program cannot ask for one
        pytest.skip("gc gives stack memory back at a collection, not when a goroutine exits")
    source = tmp_path / "shallow.go"
    source.write_text(SHALLOW_AGAIN)
    binary = tmp_path / "shallow"
    built = build_program(source.name, binary, tmp_path)
    assert built.returncode == 0, built.stderr
    process = subprocess.Popen([str(binary)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline() == "shallow\n"
        peak, now = status_kib(process.pid, "VmHWM"), status_kib(process.pid, "VmRSS")
    finally:
        process.wait(timeout=OVERFLOW_TIMEOUT_SECONDS)
    assert process.returncode == 0
    assert peak > 24 * MIB, (peak, now)     # 2 M frames of 16 bytes: 32 MB of stack
    assert now < peak / 3, (peak, now)
