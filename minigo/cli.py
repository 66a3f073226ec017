"""The minigo command: build, run, repl, version, help.

Exit statuses follow the go command: 0 success, 1 a compile error or an unusable
input, 2 a usage error; a bug inside minigo is reported in one line as an internal
compiler error with status 3 (the traceback only with MINIGO_DEBUG=1), never as a
raw Python traceback.  `run` replaces this process with the program (execv), so the
program's stdout, stderr and exit status are exactly its own.  Every command runs on
a thread with a big stack (bigstack.py), so that deep programs do not exhaust it;
one too deep even for that is an error with status 1, not a crash.

Only this module and minigo.errors are imported at start; the compiler is imported
when a command needs it.
"""
from __future__ import annotations

import os
import sys
import traceback

import minigo
from minigo.bigstack import run_on_big_stack
from minigo.errors import CompileErrors, ToolchainError

USAGE = """\
minigo compiles Go programs to static native executables.

Usage:

\tminigo <command> [arguments]

The commands are:

\tbuild    compile Go files into an executable
\t         minigo build prog.go [more.go ...] [-o output] [--emit=llvm|asm]
\trun      compile and run a program
\t         minigo run prog.go [more.go ...] [arguments...]
\trepl     an interactive Go session
\tversion  print minigo's version
\thelp     print this help

A folder (".", "./cmd/tool"; "." when nothing is named) is a package; its imports
resolve in the module whose go.mod encloses it, then in minigo's stdlib.
--emit=llvm also writes the optimised LLVM IR to <output>.ll, --emit=asm the
assembly to <output>.s, beside the executable.
"""


class UsageError(Exception):
    """A command line minigo cannot act on; the message is printed as is."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def parse_build_arguments(arguments: list[str]) -> tuple[list[str], str | None, str | None]:
    """build's arguments -> (go files, output or None, emit kind or None)."""
    files, output, emit = [], None, None
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        index += 1
        if not argument.startswith("-") or argument == "-":
            files.append(argument)
            continue
        name, has_value, value = argument.lstrip("-").partition("=")
        if name not in ("o", "emit"):
            raise UsageError(f"minigo build: flag provided but not defined: {argument}")
        if not has_value:
            if index >= len(arguments):
                raise UsageError(f"minigo build: flag needs an argument: {argument}")
            value = arguments[index]
            index += 1
        if name == "o":
            output = value
        elif value in ("llvm", "asm"):
            emit = value
        else:
            raise UsageError(f"minigo build: --emit must be llvm or asm, not {value!r}")
    return files, output, emit


def check_targets(command: str, targets: list[str]) -> list[str]:
    """The program the arguments name, as the go command takes them: .go files of one
    package, or one package folder ("." when there is nothing)."""
    if not targets:
        return ["."]
    if len(targets) == 1 and not targets[0].endswith(".go"):
        return targets
    for name in targets:
        if not name.endswith(".go"):
            raise UsageError(f"minigo {command}: named files must be .go files: {name}", status=1)
    return targets


def command_build(arguments: list[str]) -> int:
    targets, output, emit = parse_build_arguments(arguments)
    from minigo import build as driver

    driver.build(check_targets("build", targets), output, emit)
    return 0


def command_run(arguments: list[str]) -> int:
    split = 0
    while split < len(arguments) and arguments[split].endswith(".go"):
        split += 1
    if split == 0 and arguments and not arguments[0].startswith("-"):
        split = 1          # a package: `minigo run . args...`
    targets, program_arguments = arguments[:split], arguments[split:]
    if not targets:
        raise UsageError("minigo run: no go files listed", status=1)
    from minigo import build as driver

    executable = driver.executable_for_run(check_targets("run", targets))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(executable, [executable] + program_arguments)
    return 0   # not reached


def command_version(arguments: list[str]) -> int:
    print(f"minigo version {minigo.__version__} ({minigo.GO_VERSION} subset) linux/amd64")
    return 0


def command_help(arguments: list[str]) -> int:
    sys.stdout.write(USAGE)
    return 0


def command_repl(arguments: list[str]) -> int:
    if arguments:
        raise UsageError("minigo repl: takes no arguments")
    from minigo import repl

    return repl.main(arguments)


COMMANDS = {
    "build": command_build,
    "run": command_run,
    "version": command_version,
    "help": command_help,
    "repl": command_repl,
}


def dispatch(argv: list[str]) -> int:
    if not argv:
        return command_repl([])
    command = COMMANDS.get(argv[0])
    if command is None:
        if argv[0] in ("-h", "-help", "--help"):
            return command_help([])
        raise UsageError(f"minigo {argv[0]}: unknown command\nRun 'minigo help' for usage.")
    return command(argv[1:])


def describe_os_error(error: OSError) -> str:
    """Go's wording: `open x.go: no such file or directory`."""
    reason = error.strerror or str(error)
    reason = reason[:1].lower() + reason[1:]
    if error.filename is None:
        return reason
    return f"open {error.filename}: {reason}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        from minigo.link import cache
        cache.keep_bytecode()
        if not argv or argv[0] == "repl":
            return dispatch(argv)       # on the main thread, where Ctrl-C arrives
        return run_on_big_stack(dispatch, argv)
    except CompileErrors as errors:
        print(errors.render(), file=sys.stderr)
        return 1
    except ToolchainError as error:
        print(str(error), file=sys.stderr)
        return 1
    except UsageError as error:
        print(str(error), file=sys.stderr)
        return error.status
    except OSError as error:
        print(f"minigo: {describe_os_error(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except RecursionError:
        # Deeper than the big stack allows (bigstack.py); gc's own limit is its
        # 1 GB goroutine stack, beyond which it crashes.
        print("minigo: program too deeply nested: the compiler ran out of stack", file=sys.stderr)
        return 1
    except MemoryError:
        print("minigo: out of memory compiling the program", file=sys.stderr)
        return 1
    except Exception as error:   # a bug in minigo, never the user's fault
        summary = f"{type(error).__name__}: {error}".strip().splitlines()[0]
        print(f"minigo: internal compiler error: {summary}", file=sys.stderr)
        if os.environ.get("MINIGO_DEBUG") == "1":
            traceback.print_exc()
        return 3
