"""The system C toolchain: finding `cc` and running it.

minigo needs a C compiler twice: once to build the runtime archive (cached), and at
every build to link the program statically.  $CC is honoured (it may carry flags,
e.g. "ccache gcc"); otherwise `cc` on PATH.  A missing compiler is a ToolchainError
with one sentence saying what to install, never a traceback.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess

from minigo.errors import ToolchainError

MISSING_COMPILER = (
    "minigo needs a C compiler to link: install gcc (apt-get install gcc) or set CC"
)


def c_compiler() -> list[str]:
    """The C compiler command as an argument list; raises ToolchainError if absent."""
    command = shlex.split(os.environ.get("CC", "")) or ["cc"]
    executable = shutil.which(command[0])
    if executable is None:
        raise ToolchainError(MISSING_COMPILER)
    return [executable] + command[1:]


def compiler_identity(command: list[str]) -> str:
    """A cheap stand-in for the compiler's version in cache keys: the resolved
    executable with its size and modification time (an upgrade changes them)."""
    resolved = os.path.realpath(command[0])
    status = os.stat(resolved)
    return f"{' '.join([resolved] + command[1:])}|{status.st_size}|{status.st_mtime_ns}"


def run_tool(command: list[str], what: str) -> None:
    """Run a toolchain command; its failure is an internal error of minigo (the
    inputs are minigo's own), reported with the tool's own message."""
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        output = result.stdout.decode(errors="replace").strip()
        raise RuntimeError(f"{what} failed ({shlex.join(command)}):\n{output}")
