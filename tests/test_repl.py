"""The REPL (issue 12), driven as a user would: `python -m minigo repl` with a script on
stdin (not a terminal: no prompts, results on stdout, errors and panics on stderr,
status 1 if any input failed).

Each session costs a process and one compile per input (the session host itself is
built once into the user cache and reused), so each test runs one session with many
inputs.  The expected values are the issue's format (`42 // int`, %v of the value,
%+v of structs, %q of strings); the program :write saves is also run by real Go
when it is installed, which checks that what the session printed is what Go prints.
"""
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SESSION_TIMEOUT_SECONDS = 300


def environment() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("MINIGO_DEBUG", None)
    return env


def repl(script: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minigo", "repl"], input=script, cwd=cwd,
                          env=environment(), capture_output=True, text=True,
                          timeout=SESSION_TIMEOUT_SECONDS)


STATE_SCRIPT = """\
import "fmt"
x := 40 + 2
x
"hi"
[]int{1, 2}
type Point struct{ X, Y int }
func (p Point) Sum() int { return p.X + p.Y }
p := Point{3, 4}
p
p.Sum()
&p
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }
p.Scale(2)
p
fmt.Println("printed once")
const K = 10
K * x
var names []string
names = append(names, "a", "b")
names
m := map[string]int{"a": 1}
m["b"] = 2
m
func add(a, b int) int { return a + b }
add(x, 1)
func add(a, b int) int { return a * b }
add(x, 2)
func divmod(a, b int) (int, int) { return a / b, a % b }
divmod(17, 5)
x = x + 1
x
f := func() int { return x * 2 }
f()
unused := 7
func main() { fmt.Println("a main of its own") }
main()
"end"
"""

STATE_OUTPUT = """\
42 // int
"hi" // string
[1 2] // []int
{X:3 Y:4} // main.Point
7 // int
&{X:3 Y:4} // *main.Point
{X:6 Y:8} // main.Point
printed once
420 // int
[a b] // []string
map[a:1 b:2] // map[string]int
43 // int
84 // int
3 // int
2 // int
43 // int
86 // int
a main of its own
"end" // string
"""


def test_values_types_declarations_and_state(tmp_path):
    session = repl(STATE_SCRIPT, tmp_path)
    assert session.stdout == STATE_OUTPUT, session.stderr
    assert session.returncode == 0, session.stderr
    assert "add redefined" in session.stderr


FAILURES_SCRIPT = """\
import "fmt"
x := 1
y := undefined + 1
import "nosuch"
var a []int
a[5]
var p *struct{ X int }
p.X
func boom() {
\tpanic("boom")
}
boom()
go func() { var s []int; _ = s[3] }()
import "time"
time.Sleep(200 * time.Millisecond)
x += 1
fmt.Println("alive", x)
"""


def test_errors_and_panics_return_to_the_prompt(tmp_path):
    session = repl(FAILURES_SCRIPT, tmp_path)
    assert session.stdout == "alive 2\n", session.stderr
    assert session.returncode == 1
    errors = session.stderr
    assert "1:6: undefined: undefined\n" in errors
    assert "package nosuch is not in GOROOT" in errors
    assert "panic: runtime error: index out of range [5] with length 0\n" in errors
    assert "panic: runtime error: invalid memory address or nil pointer dereference\n" in errors
    assert "panic: boom\n\ngoroutine " in errors
    assert "main.boom(" in errors
    assert "panic: runtime error: index out of range [3] with length 0\n" in errors
    assert "created by main.main" in errors      # the background goroutine's trace


GOROUTINES_SCRIPT = """\
import "fmt"
import "time"
ch := make(chan int)
done := make(chan bool)
go func() { for v := range ch { fmt.Println("got", v) }; done <- true }()
ch <- 1
ch <- 2
go func() { time.Sleep(300 * time.Millisecond); fmt.Println("late") }()
time.Sleep(time.Second)
close(ch)
<-done
fmt.Println("after")
"""


def test_goroutines_run_between_inputs(tmp_path):
    session = repl(GOROUTINES_SCRIPT, tmp_path)
    assert session.stdout == "got 1\ngot 2\nlate\ntrue // bool\nafter\n", session.stderr
    assert session.returncode == 0, session.stderr


IMPORTS_SCRIPT = """\
import "strings"
strings.Repeat("ab", 2)
import (
\t"strconv"
\t"unicode"
)
strconv.Itoa(12) + "!"
unicode.IsUpper('Q')
total := 0
for i := 0; i < 4; i++ {
\ttotal += i
}
total
func fib(n int) int {
\tif n < 2 {
\t\treturn n
\t}
\treturn fib(n-1) + fib(n-2)
}
fib(20)
:type fib
:type total * 2.0
:doc strings.Index
:ir
:asm
:clear
total
:nosuchcommand
"""


def test_imports_multiline_and_commands(tmp_path):
    session = repl(IMPORTS_SCRIPT, tmp_path)
    lines = session.stdout.splitlines()
    assert lines[:7] == ['"abab" // string', '"12!" // string', "true // bool", "6 // int",
                         "6765 // int", "func(int) int", "int"], session.stderr
    assert "func Index(s, substr string) int" in session.stdout
    # :ir of the last input, fib(20): it calls the fib an earlier input defined
    assert 'define void @"main.main$' in session.stdout
    assert 'declare i64 @"main.fib$' in session.stdout
    assert '"main.main$' in session.stdout and "\tret" in session.stdout    # :asm
    assert "1:1: undefined: total" in session.stderr              # after :clear
    assert "unknown command :nosuchcommand" in session.stderr
    assert session.returncode == 1


WRITE_SCRIPT = """\
import "fmt"
type T struct{ A string; B []int }
func (t T) Len() int { return len(t.B) }
t := T{"x", []int{1, 2, 3}}
t
t.Len()
for i := range t.B {
\tt.B[i] *= 10
}
fmt.Println(t.B)
n := 2.5
n * 2
"""


def test_write_saves_a_program_printing_what_the_session_printed(tmp_path):
    program = tmp_path / "session.go"
    session = repl(WRITE_SCRIPT + f":write {program}\n", tmp_path)
    assert session.returncode == 0, session.stderr
    assert session.stdout == '{A:x B:[1 2 3]} // main.T\n3 // int\n[10 20 30]\n5 // float64\n'
    ran = subprocess.run([sys.executable, "-m", "minigo", "run", str(program)], cwd=tmp_path,
                         env=environment(), capture_output=True, text=True, timeout=300)
    assert (ran.returncode, ran.stdout) == (0, session.stdout), ran.stderr
    if shutil.which("go"):      # Go itself prints the same: the formats are Go's
        by_go = subprocess.run(["go", "run", str(program)], cwd=tmp_path, capture_output=True,
                               text=True, timeout=300, env=dict(os.environ, GO111MODULE="off"))
        assert (by_go.returncode, by_go.stdout) == (0, session.stdout), by_go.stderr


REDEFINITIONS_SCRIPT = """\
import "fmt"
func f() int { return 1 }
x := f()
fmt.Println("x", x)
func f() int { return 2 }
fmt.Println("f", f(), x)
var a []int
a[3]
fmt.Println("before the panic"); var p *int; fmt.Println(*p)
x := "now a string"
x
x := len(x)
x
const K = 3
func g() int { return K * f() }
g()
const K = 5
g()
K
type T struct{ A int }
func (t T) Get() int { return t.A }
t := T{4}
t.Get()
func (t T) Get() int { return t.A * 10 }
t.Get()
type T struct{ A, B int }
T{1, 2}
defer fmt.Println("deferred: runs when the input ends"); fmt.Println("body")
fmt.Println("last")
"""

REDEFINITIONS_OUTPUT = """\
x 1
f 2 1
before the panic
"now a string" // string
12 // int
6 // int
6 // int
5 // int
4 // int
40 // int
{A:1 B:2} // main.T
body
deferred: runs when the input ends
last
"""


def test_write_keeps_earlier_versions_and_inputs_that_panicked(tmp_path):
    """:write of a session that redefined functions, variables (with another type),
    constants, types and methods, and had inputs that panicked: the program prints
    what the session printed, in order, and shows the panics on stderr."""
    program = tmp_path / "session.go"
    session = repl(REDEFINITIONS_SCRIPT + f":write {program}\n", tmp_path)
    assert session.returncode == 1          # inputs panicked
    assert session.stdout == REDEFINITIONS_OUTPUT, session.stderr
    ran = subprocess.run([sys.executable, "-m", "minigo", "run", str(program)], cwd=tmp_path,
                         env=environment(), capture_output=True, text=True, timeout=300)
    assert (ran.returncode, ran.stdout) == (0, session.stdout), ran.stderr
    assert ran.stderr == ("panic: runtime error: index out of range [3] with length 0\n"
                          "panic: runtime error: invalid memory address or nil pointer "
                          "dereference\n")
    if shutil.which("go"):
        by_go = subprocess.run(["go", "run", str(program)], cwd=tmp_path, capture_output=True,
                               text=True, timeout=300, env=dict(os.environ, GO111MODULE="off"))
        assert (by_go.returncode, by_go.stdout) == (0, session.stdout), by_go.stderr


FATAL_SCRIPT = """\
import ("fmt"; "os")
func f() int { return 7 }
type P struct{ X int }
func (p P) Twice() int { return 2 * p.X }
x := 5
func deep(n int) int { return deep(n+1) + 1 }
deep(0)
fmt.Println("after", f(), x, P{4}.Twice())
m := map[int]int{}
for i := 0; i < 2; i++ { go func() { for j := 0; ; j++ { m[j] = j } }() }; for { m[-1]++ }
x = 9
fmt.Println("again", f(), x)
os.Exit(3)
fmt.Println("never")
"""


def test_fatal_errors_restart_the_host_and_os_exit_ends_the_session(tmp_path):
    """A fatal error (stack overflow, concurrent map writes) prints gc's report and the
    session goes on in a new host that has the session's definitions (variables back
    to their zero values); os.Exit(3) ends the REPL with status 3."""
    session = repl(FATAL_SCRIPT, tmp_path)
    assert session.returncode == 3, session.stderr
    assert session.stdout == "after 7 0 8\nagain 7 9\n", session.stderr
    assert "runtime: goroutine stack exceeds 1000000000-byte limit\n" \
           "runtime: sp=" in session.stderr
    assert "fatal error: stack overflow\n\ngoroutine " in session.stderr
    assert "fatal error: concurrent map writes\n" in session.stderr
    assert session.stderr.count("the session host died of that fatal error; a new one has "
                                "the session's definitions") == 2


OLD_VERSIONS_SCRIPT = """\
const K = 3
const K = K + 1
K
const K = K * 2
K
const (A = iota; B)
const B = B * 10
B
const F = 1.5
const F = F / 3
F
const S string = "a\\"b"
S := S + "!"
S
func f() int { return 4 }
f := f() * 10
f
type T int
type T struct{ Old T }
type L struct{ next *L }
func fact(n int) int { if n == 0 { return 1 }; return n * fact(n-1) }
func fact(n int) int { if n <= 1 { return 1 }; return n * fact(n-1) }
fact(5)
"""

OLD_VERSIONS_OUTPUT = """\
4 // int
8 // int
10 // int
0.5 // float64
"a\\"b!" // string
40 // int
120 // int
"""


def test_redefinitions_that_use_the_old_version(tmp_path):
    """A constant redefined in terms of itself (`const K = K + 1`) and a constant or
    function replaced by a variable (`S := S + "!"`, `f := f() * 10`) use the old
    version, as `x := x + 1` does; a type or function that names itself is Go's
    recursion (an error for a struct holding itself, with positions in the input)."""
    program = tmp_path / "session.go"
    session = repl(OLD_VERSIONS_SCRIPT + f":write {program}\n", tmp_path)
    assert session.stdout == OLD_VERSIONS_OUTPUT, session.stderr
    assert "1:6: invalid recursive type T\n\t1:6: T refers to\n\t1:6: T\n" in session.stderr
    assert session.returncode == 1
    ran = subprocess.run([sys.executable, "-m", "minigo", "run", str(program)], cwd=tmp_path,
                         env=environment(), capture_output=True, text=True, timeout=300)
    assert (ran.returncode, ran.stdout) == (0, session.stdout), ran.stderr


def read_until(stream, text: str, timeout: float) -> str:
    """What the process wrote on `stream` until `text` appeared (or the time ran out)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while text.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], 0.1)
        if ready:
            chunk = os.read(stream.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
    return seen.decode()


def test_ctrl_c_interrupts_a_busy_loop_and_the_session_goes_on(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "minigo", "repl"], cwd=tmp_path,
                               env=environment(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        process.stdin.write(b'import "fmt"\nn := 0\nfmt.Println("looping"); for { n++ }\n')
        process.stdin.flush()
        assert "looping" in read_until(process.stdout, "looping", SESSION_TIMEOUT_SECONDS)
        process.send_signal(signal.SIGINT)
        output, errors = process.communicate(b'fmt.Println("after", n > 0)\n',
                                             timeout=SESSION_TIMEOUT_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
    assert output.decode() == "after true\n", errors.decode()   # "looping" was read above
    assert "panic: interrupted" in errors.decode()


class Terminal:
    """The REPL on a pseudo-terminal, as a user at a terminal runs it."""

    def __init__(self, cwd: Path, data: Path):
        import pty
        env = dict(environment(), XDG_DATA_HOME=str(data), TERM="dumb", NO_COLOR="1")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:       # the child: the REPL with the terminal as its stdin/stdout
            os.chdir(cwd)
            os.execve(sys.executable, [sys.executable, "-m", "minigo"], env)

    def read_until(self, text: str) -> str:
        seen = b""
        deadline = time.monotonic() + SESSION_TIMEOUT_SECONDS
        while text.encode() not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
        return seen.decode(errors="replace")

    def type(self, text: str, until: str = ">>> ") -> str:
        os.write(self.fd, text.encode())
        return self.read_until(until)

    def finish(self) -> int:
        os.write(self.fd, b"\x04")      # Ctrl-D
        self.read_until("\n")
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def test_terminal_prompts_completion_history_and_ctrl_c(tmp_path):
    terminal = Terminal(tmp_path, tmp_path / "data")
    try:
        assert terminal.read_until(">>> ").endswith(">>> ")
        terminal.type('import "strings"\n')
        # Tab completes a package member; the rest of the line follows it
        assert terminal.type('strings.Repea\t("ab", 2)\n').split("\r\n")[-2] == '"abab" // string'
        assert terminal.type("func f() int {\n", until="... ").endswith("... ")   # continuation
        terminal.type("return 7 }\n")
        assert "7 // int\r\n>>> " in terminal.type("f()\n")
        assert terminal.type("var answer = 42\n") .endswith(">>> ")
        assert "42 // int" in terminal.type("ans\t\n")       # a session name completes
        terminal.type("type Point struct{ X, Yonder int }\n")
        terminal.type("func (p Point) Norm() int { return p.X + p.Yonder }\n")
        terminal.type("pt := &Point{1, 2}\n")
        assert "2 // int" in terminal.type("pt.Yo\t\n")      # a field completes after x.
        assert "3 // int" in terminal.type("pt.No\t()\n")    # and a method
        terminal.type('println("looping"); for {}\n', until="looping\r\n")
        interrupted = terminal.type("\x03")                    # Ctrl-C
        assert "panic: interrupted" in interrupted and interrupted.endswith(">>> ")
        assert "2 // int" in terminal.type("1 + 1\n")
        assert terminal.finish() == 0
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    history = (tmp_path / "data" / "minigo" / "repl_history").read_text()
    assert 'import "strings"' in history and 'println("looping"); for {}' in history


TRACE_LINES_SCRIPT = """\
func pick(a []int) int {
\ti := len(a) + 2
\treturn a[i]
}
type T struct{ p *int }
func (t T) Get() int {
\tn := 1
\treturn *t.p + n
}
for i := 0; i < 1; i++ {
\tpick([]int{1})
}
T{}.Get()
"""


def test_panic_traces_show_the_inputs_lines(tmp_path):
    """Frames in code typed at the prompt name the line that panicked, inside the input
    that declared the function (each input is its own inputN.go)."""
    session = repl(TRACE_LINES_SCRIPT, tmp_path)
    assert session.returncode == 1
    errors = session.stderr
    assert "panic: runtime error: index out of range [3] with length 1\n" in errors
    assert re.search(r"main\.pick\(.*\)\n\t\S*input1\.go:3 \+0x", errors), errors
    assert re.search(r"main\.main\(\)\n\t\S*input4\.go:2 \+0x", errors), errors
    assert re.search(r"main\.T\.Get\(.*\)\n\t\S*input3\.go:3 \+0x", errors), errors
    assert re.search(r"main\.main\(\)\n\t\S*input5\.go:1 \+0x", errors), errors


SHADOWING_SCRIPT = """\
x := 3
x := []int{x, x + 1}
x
x := len(x) * 10
x
var (
\ta = 1
\tb = a + x
\tc string
)
b
c
var d, e = 5, "s"
e
var (
\tx = []string{"n"}[0] + e
)
x
const (
\tK = iota
\tL
)
L
type (
\tA int
\tB []A
)
B{1}
import (
\t"strings"
\t"strconv"
)
strconv.Itoa(len(strings.Repeat("a", 3)))
"""

SHADOWING_OUTPUT = """\
[3 4] // []int
20 // int
21 // int
"" // string
"s" // string
"ns" // string
1 // int
[1] // main.B
"3" // string
"""


def test_redeclaring_with_another_type_and_grouped_declarations(tmp_path):
    """`x := f(x)` changing x's type reads the old x on the right (as Go's shadowing
    would); var/const/type/import groups declare each of their names."""
    session = repl(SHADOWING_SCRIPT, tmp_path)
    assert session.stdout == SHADOWING_OUTPUT, session.stderr
    assert session.returncode == 0, session.stderr


GOEXIT_GENERICS_COMPLEX_SCRIPT = """\
import "fmt"
import "runtime"
func() { defer fmt.Println("deferred"); runtime.Goexit() }()
"after Goexit"
func Map[T, U any](s []T, f func(T) U) []U {
\tvar r []U
\tfor _, v := range s {
\t\tr = append(r, f(v))
\t}
\treturn r
}
Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) })
type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
var st Stack[string]
st.Push("a")
st
Map([]float64{1.5}, func(f float64) float64 { return f * 2 })
(1+2i)
c := complex(3, 4)
c * c
real(c)
complex64(c)
import "math/cmplx"
cmplx.Abs(c)
"""

GOEXIT_GENERICS_COMPLEX_OUTPUT = """\
deferred
"after Goexit" // string
[2 4] // []string
{items:[a]} // main.Stack[string]
[3] // []float64
(1+2i) // complex128
(-7+24i) // complex128
3 // float64
(3+4i) // complex64
5 // float64
"""


def test_goexit_generics_and_complex_numbers(tmp_path):
    """runtime.Goexit ends the input (its deferred calls run) and the prompt comes
    back; generic functions and types declared at the prompt are instantiated by later
    inputs; complex values print as Go prints them."""
    session = repl(GOEXIT_GENERICS_COMPLEX_SCRIPT, tmp_path)
    assert session.stdout == GOEXIT_GENERICS_COMPLEX_OUTPUT, session.stderr
    assert session.returncode == 0, session.stderr


def test_ctrl_c_cancels_a_blocked_input_which_unwinds(tmp_path):
    """Ctrl-C on an input parked in a wait (channel, select, nil channel, sleep, mutex,
    WaitGroup) wakes that goroutine, which runs its deferred calls and ends; goroutines
    the input started keep running, and the session goes on with no goroutine left."""
    terminal = Terminal(tmp_path, tmp_path / "data")
    cancelled = "interrupted (the input was blocked: its wait was cancelled"

    def interrupt(line: str) -> str:
        # "blocking" printed (not echoed): the input runs, about to wait
        terminal.type('println("block" + "ing"); ' + line, until="blocking\r\n")
        time.sleep(0.2)
        return terminal.type("\x03")

    try:
        terminal.read_until(">>> ")
        terminal.type('import ("fmt"; "runtime"; "sync"; "time")\n')
        terminal.type("n0 := runtime.NumGoroutine()\n")
        assert cancelled in interrupt("<-make(chan int)\n")
        assert cancelled in interrupt("select {}\n")
        assert cancelled in interrupt("time.Sleep(time.Hour)\n")
        assert cancelled in interrupt("var nilc chan int; nilc <- 1\n")
        terminal.type("c := make(chan int)\n")
        assert cancelled in interrupt("select { case <-c: case c <- 1: }\n")
        # a locked mutex; the deferred Unlock of another one runs
        terminal.type("var mu, held sync.Mutex\n")
        terminal.type("mu.Lock()\n")
        out = interrupt('held.Lock(); defer held.Unlock(); defer fmt.Println("deferred ran"); '
                        'mu.Lock()\n')
        assert cancelled in out and "deferred ran" in out
        assert "held free\r\n" in terminal.type('held.Lock(); held.Unlock(); println("held", "free")\n')
        assert cancelled in interrupt("var wg sync.WaitGroup; wg.Add(1); wg.Wait()\n")
        # a goroutine the input started is not the input's: it stays, and is served later
        assert cancelled in interrupt("go func() { fmt.Println(\"got\", <-c) }(); <-c\n")
        assert "1 // int" in terminal.type("runtime.NumGoroutine() - n0\n")
        assert "got 7" in terminal.type("c <- 7; time.Sleep(50 * time.Millisecond)\n")
        assert "0 // int" in terminal.type("runtime.NumGoroutine() - n0\n")
        # the wait queues and timers still work
        assert "5\r\n" in terminal.type("go func() { c <- 5 }(); println(<-c)\n")
        terminal.type("time.Sleep(time.Millisecond)\n")
        terminal.type("mu.Unlock(); mu.Lock(); mu.Unlock()\n")
        assert '"ok" // string' in terminal.type('"ok"\n')
        assert terminal.finish() == 0
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_terminal_fatal_error_redefinition_write_and_os_exit(tmp_path):
    """At a terminal: a fatal error shows gc's report, then the prompt of a new host that
    still has the session's definitions; :write after a redefinition; os.Exit(4) ends
    the REPL with status 4."""
    terminal = Terminal(tmp_path, tmp_path / "data")
    try:
        terminal.read_until(">>> ")
        terminal.type('import ("fmt"; "os")\n')
        terminal.type("func f() int { return 1 }\n")
        terminal.type('fmt.Println("f is", f())\n')
        terminal.type("func f() int { return 2 }\n")
        terminal.type('fmt.Println("f is", f())\n')
        terminal.type("func down(n int) int { return down(n+1) + 1 }\n")
        died = terminal.type("down(0)\n", until="variables reset to their zero values")
        if ">>> " not in died.split("zero values")[-1]:     # the prompt after the note
            died += terminal.read_until(">>> ")
        assert "fatal error: stack overflow" in died
        assert "the session host died of that fatal error" in died
        assert "2 // int" in terminal.type("f()\n")
        assert "wrote" in terminal.type(f":write {tmp_path / 'w.go'}\n")
        terminal.type("os.Exit(4)\n", until="\n")
        _, status = os.waitpid(terminal.pid, 0)
        os.close(terminal.fd)
        assert os.waitstatus_to_exitcode(status) == 4
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    ran = subprocess.run([sys.executable, "-m", "minigo", "run", str(tmp_path / "w.go")],
                         cwd=tmp_path, env=environment(), capture_output=True, text=True,
                         timeout=300)
    assert (ran.returncode, ran.stdout) == (0, "f is 1\nf is 2\n2 // int\n"), ran.stderr
