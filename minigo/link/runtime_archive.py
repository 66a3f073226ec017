"""Builds the C runtime (minigo/runtime/*.c, *.S) into libminigo_rt.a, once.

The archive is cached under a key made of the runtime's sources, the C compiler's
identity and the flags, so editing the runtime or upgrading gcc rebuilds it and
nothing else does.  The files compile in parallel (one process per file).  Flags:
-O2 with frame pointers kept (tracebacks walk them), no strict aliasing, no FMA
contraction (gc does not fuse a*b+c), no _FORTIFY_SOURCE (it rejects the
setjmp-based defer frames to come), no PIE (executables are linked -static), and
-pthread (the scheduler's Ms are threads).  Linking needs nothing more for threads:
glibc 2.34 and later keep pthreads in libc itself.  (Tracebacks tell Go code from the
runtime's by the section codegen puts the Go code in, not by where the runtime lies.)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from minigo.link import cache
from minigo.link.toolchain import compiler_identity, run_tool


RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
ARCHIVE_NAME = "libminigo_rt.a"
CFLAGS = [
    "-O2", "-fno-strict-aliasing", "-fno-omit-frame-pointer", "-ffp-contract=off",
    "-fno-pie", "-U_FORTIFY_SOURCE", "-std=gnu11", "-pthread",
    "-Werror=implicit-function-declaration",     # a missing prototype links as an int call
]


def runtime_sources() -> list[Path]:
    return sorted(list(RUNTIME_DIR.glob("*.c")) + list(RUNTIME_DIR.glob("*.S")))


def archive_key(cc: list[str]) -> str:
    parts: list[bytes | str] = [compiler_identity(cc), " ".join(CFLAGS)]
    for path in sorted(RUNTIME_DIR.glob("*")):
        if path.suffix in (".c", ".h", ".S"):
            parts += [path.name, path.read_bytes()]
    return cache.digest(*parts)


def runtime_archive(cc: list[str]) -> Path:
    """The path of the cached runtime archive, building it first if needed."""
    archives = cache.cache_dir() / "runtime"
    archive = archives / archive_key(cc) / ARCHIVE_NAME
    if not archive.exists():
        cache.prune(archives)
        with _progress("building the minigo runtime (once)"):
            _build_archive(cc, archive)
    return archive


def _build_archive(cc: list[str], archive: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="minigo-rt-") as work:
        objects = []
        processes = []
        for source in runtime_sources():
            obj = Path(work) / (source.stem + ".o")
            objects.append(obj)
            command = cc + CFLAGS + ["-c", str(source), "-o", str(obj)]
            processes.append((command, subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)))
        for command, process in processes:
            output, _ = process.communicate()
            if process.returncode != 0:
                raise RuntimeError(f"compiling the runtime failed ({' '.join(command)}):\n"
                                   + output.decode(errors="replace"))
        temporary = cache.temporary_path(archive)
        run_tool([_binutil(cc, "ar"), "rcs", str(temporary)] + [str(o) for o in objects],
                 "archiving the runtime")
        cache.publish(temporary, archive)


def _binutil(cc: list[str], name: str) -> str:
    """`ar` beside the C compiler if there (a cross or versioned gcc), else on PATH."""
    sibling = Path(shutil.which(cc[0]) or cc[0]).with_name(name)
    if sibling.exists():
        return str(sibling)
    return shutil.which(name) or name


class _progress:
    """A spinner on stderr while slow one-time work runs, only on a terminal."""

    def __init__(self, message: str):
        self.message = message
        self.status = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            self.status = Console(stderr=True).status(f"minigo: {self.message}…")
            self.status.__enter__()
        return self

    def __exit__(self, *exc):
        if self.status is not None:
            self.status.__exit__(*exc)
        return False
