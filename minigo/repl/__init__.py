"""The REPL: `minigo` with no arguments, or `minigo repl`.

Every input is compiled by minigo's own compiler to native code, linked into the
running session and run once; nothing typed earlier is ever run again.

Design, chosen by measurement.  The runtime (an M:N scheduler with threads of its
own, signal handlers that turn faults into panics, a collector that scans goroutine
stacks and the section mg_globals) must not run inside the Python process, whose own
threads, signals and memory it knows nothing of.  So a session is two processes:
  - this one (Python) reads inputs, keeps the session's definitions and compiles
    each input (session.py: one Go file per input, the earlier definitions carried
    as declarations, symbols versioned per input) to a position-independent shared
    object (host.py);
  - the session host (runtime/repl/host.c: the whole runtime plus a small loader,
    built once and cached) dlopen()s each object with RTLD_GLOBAL, registers its
    globals with the collector and its function table with tracebacks, and runs its
    entry function on a goroutine; goroutines an input started keep running
    between inputs, a panic ends only its goroutine, Ctrl-C becomes a panic at the
    running input's next safepoint.
Ctrl-C on an input parked in a wait (a channel, select, sync's locks and WaitGroup,
time.Sleep, a nil channel, select{}) ends the wait: the host asks the runtime to wake
that goroutine, and only it (runtime/waitq.c, cancellable waits), which unwinds as
runtime.Goexit does (its deferred calls run: a deferred Unlock frees its lock); the
goroutines it started keep running.  An input that blocks forever is not a deadlock
at the prompt (a later input may still send): it waits for Ctrl-C.
A fatal error (stack overflow, concurrent map writes, a runtime fault) kills the host
after gc's report; a new host loads the session's packages and inputs' objects again,
none run, so every definition is back and variables hold their zero values (one dim
line says so).  os.Exit(n) ends the REPL with status n, as it ends a program.
:write's program runs every input in order and prints what the session printed
(session.Session.program: earlier versions of redefined names as NAME_vN; inputs that
panicked under a recover that shows the panic on stderr).
The other option, DESIGN.md §3's in-process MCJIT, would put the runtime inside
Python (its threads, signal handlers and collector running among Python's); what it
would save is the link and the dlopen of each input, measured here at about 10 ms
(`ld -shared` of a small input; through the `cc` driver it was 50 ms) of an input's
50-60 ms: not worth giving up a sound runtime.

Figures (2 cores shared with other work, load average 15-22 while measured; warm
caches; timing with `:time`, memory from /proc/PID/status):
  - per input, Enter to result, `x := 40 + i` 100 times: median 50-61 ms, p90
    64-96 ms; of it, parse and check 15 ms, codegen 7, LLVM -O2 and machine code
    12, ld 10, the run < 1 ms.  (cc -shared instead of ld: median 121 ms.)
  - start: `minigo repl` with nothing to read 0.43-0.65 s; to the first input's
    result 0.94-1.25 s (lark, llvmlite, the worker's fork).
  - a compute loop typed at the prompt (a function summing i*i%7 over 3e8 i,
    timed inside Go, 7 runs x 3 sessions) median 947 ms, the same in a built
    program 892 ms: 1.06x (inputs are PIC; the build is not).
  - memory: the REPL's RSS 76 MB after 100 inputs and after 400 (LLVM's leak is
    left in the code worker, host.py's CodeWorker); the host's 3.7 MB after 100,
    9.0 MB after 400, 19.8 MB after 1,000 inputs: each loaded input keeps about
    17 KB (its pages, its link map), as objects are never unloaded (later inputs
    and running goroutines may use their code).

When stdin is not a terminal, inputs are read from it without prompts or colours,
and the exit status is 1 if any input failed (compile error, panic), else 0 (or n
after os.Exit(n)).
"""
from __future__ import annotations

import os
import sys
import time

PROMPT = ">>> "
CONTINUATION = "... "


def needs_more(text: str) -> bool:
    """Whether the input is incomplete: a bracket, a raw string or a block comment
    still open (strings and comments skipped)."""
    depth = 0
    index = 0
    length = len(text)
    while index < length:
        character = text[index]
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        elif character in "\"'":
            index += 1
            while index < length and text[index] != character and text[index] != "\n":
                index += 2 if text[index] == "\\" else 1
        elif character == "`":
            end = text.find("`", index + 1)
            if end < 0:
                return True
            index = end
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = length if end < 0 else end
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            if end < 0:
                return True
            index = end + 1
        index += 1
    stripped = text.rstrip()
    return depth > 0 or stripped.endswith((",", "+", "-", "*", "/", "&&", "||", "=", "("))


class Console:
    """Reads inputs, runs them through the session and the host, prints what Python
    must print (errors, notes); the inputs print their own results."""

    def __init__(self, interactive: bool):
        from minigo.repl import commands, host, session

        self.interactive = interactive
        self.host = host.Host()
        self.session = session.Session(self.host.folder)
        self.failed = False
        self.exit_status = None     # set by os.Exit(n) in an input: the REPL ends with n
        self.timing = False
        self.last = None            # the last Compiled input (:ir, :asm)
        self.transcript: list = []     # the Compiled inputs that ran (:print, :write)
        self.commands = commands.Commands(self)
        self.editor = None
        if interactive:
            from minigo.repl import editing
            self.editor = editing.LineEditor(self)

    # ------------------------------------------------------------ output

    def error(self, text: str) -> None:
        sys.stdout.flush()
        if self.interactive and not os.environ.get("NO_COLOR"):
            from rich.console import Console as RichConsole
            from rich.text import Text
            RichConsole(stderr=True, highlight=False).print(Text(text, style="red"))
        else:
            print(text, file=sys.stderr, flush=True)

    def note(self, text: str) -> None:
        """One dim line (redefinitions, timings)."""
        sys.stdout.flush()
        if self.interactive and not os.environ.get("NO_COLOR"):
            from rich.console import Console as RichConsole
            from rich.text import Text
            RichConsole(stderr=True, highlight=False).print(Text(text, style="dim"))
        else:
            print(text, file=sys.stderr, flush=True)

    # ------------------------------------------------------------ reading

    def read_input(self) -> str | None:
        """One complete input (several lines while it is incomplete); None at end."""
        lines: list[str] = []
        while True:
            line = self._read_line(PROMPT if not lines else CONTINUATION)
            if line is None:
                return "\n".join(lines) if lines else None
            lines.append(line)
            text = "\n".join(lines)
            if not text.strip():
                lines.clear()
                continue
            if text.lstrip().startswith(":") or not needs_more(text):
                return text

    def _read_line(self, prompt: str) -> str | None:
        if self.editor is not None:
            return self.editor.read(prompt)
        line = sys.stdin.readline()
        if not line:
            return None
        return line.rstrip("\n")

    # ------------------------------------------------------------ the loop

    def run(self) -> int:
        try:
            while True:
                try:
                    text = self.read_input()
                except KeyboardInterrupt:
                    print()
                    continue
                if text is None:
                    break
                if text.lstrip().startswith(":"):
                    if not self.commands.run(text.strip()) or self.exit_status is not None:
                        break
                    continue
                try:
                    self.evaluate(text)
                except KeyboardInterrupt:       # while compiling: the input is dropped
                    self.error("interrupted")
                    self.failed = True
                if self.exit_status is not None:
                    break
        finally:
            if self.editor is not None:
                self.editor.save()
            self.host.close()
        sys.stdout.flush()
        if self.exit_status is not None:
            return self.exit_status
        return 1 if self.failed and not self.interactive else 0

    def evaluate(self, text: str) -> bool:
        """Compiles and runs one input; False if it failed."""
        from minigo.errors import CompileErrors
        from minigo.repl.host import HostDied, HostError, HostExited
        from minigo.repl import session
        from minigo.repl.session import InputError, versioned_text

        started = time.perf_counter()
        try:
            compiled = self.session.compile(text)
            self.host.load_packages(compiled.packages, self.session.checked)
            compiled.ir_text = versioned_text(str(compiled.module), compiled.module.repl_versions)
            library = self.host.build_input(compiled.number, compiled.ir_text, compiled.packages)
            compiled_at = time.perf_counter()
            status = self.host.run(library, compiled.entry or "-")
        except CompileErrors as errors:
            self.error("\n".join(session.error_text(e) for e in errors.errors))
            self.failed = True
            return False
        except RecursionError:
            self.error("input too deeply nested: the compiler ran out of stack")
            self.failed = True
            return False
        except HostExited as exited:        # os.Exit(n) ends the REPL with status n
            self.exit_status = exited.status
            return False
        except HostDied:
            self.failed = True
            self.revive()
            return False
        except (InputError, HostError) as error:
            self.error(str(error))
            self.failed = True
            if isinstance(error, HostError) and self.host.process.poll() is not None:
                self.error("the session ended; starting a new one")
                self.reset()
            return False
        except Exception as error:      # a bug in minigo: said in one line, the session goes on
            summary = f"{type(error).__name__}: {error}".strip().splitlines()[0]
            self.error(f"minigo: internal compiler error: {summary}")
            if os.environ.get("MINIGO_DEBUG") == "1":
                import traceback
                traceback.print_exc()
            self.failed = True
            return False
        compiled.module = None              # kept, it would grow the session by 0.1 MB an input
        if self.last is not None:
            self.last.ir_text = ""          # only the last input's (:ir, :asm)
        self.last = compiled
        for name in compiled.replaced:
            self.note(f"{name} redefined")
        for name in self.session.commit(compiled):
            self.note(f"{name} dropped: a type it uses was redefined")
        # :write keeps every input, with how it ran (session.program says what it makes
        # of one that panicked or was interrupted)
        compiled.status = "I" if self.host.interrupted and status == "P" else status
        self.transcript.append(compiled)
        self.host.inputs.append(library)    # loaded again if the host dies (revive)
        if status == "I":
            self.error("interrupted (the input was blocked: its wait was cancelled "
                       "and its deferred calls ran)")
        if status == "B":
            self.error("interrupted (the input could not be stopped; it keeps running)")
        if self.timing:
            finished = time.perf_counter()
            self.note(f"compile {1000 * (compiled_at - started):.0f} ms, "
                      f"run {1000 * (finished - compiled_at):.0f} ms")
        if status != "D":
            self.failed = True
        return status == "D"

    def revive(self) -> None:
        """After a fatal error (its report is on stderr): a new host with the session."""
        from minigo.repl.host import HostDied, HostError
        for attempt in range(3):
            try:
                self.host.revive()
            except HostDied:
                continue                # a package's init died again: try once more
            except HostError as error:
                break
            self.note("the session host died of that fatal error; a new one has the "
                      "session's definitions, with variables reset to their zero values")
            return
        self.error("the session ended; starting a new one")
        self.reset()

    def reset(self) -> None:
        from minigo.repl import session
        self.host.restart()
        self.session = session.Session(self.host.folder)
        self.transcript.clear()
        self.last = None


def main(arguments: list[str]) -> int:
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    console = Console(interactive)
    if interactive:
        print(f"minigo REPL: Go compiled to native code, input by input. :help for commands.")
    return console.run()
