"""The last stage: LLVM objects to a static executable.

link_executable() links a program's objects with the cached runtime archive
(runtime_archive.py) into a `-static` executable using the system C compiler;
objects.py optimises a module and emits its objects (parts.py splits a large one
across cores); cache.py keeps executables and the runtime keyed by their inputs.
The driver that runs the whole pipeline is minigo/build.py.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from minigo.link import timings
from minigo.link.toolchain import run_tool


def link_executable(write_objects, output: str, cc: list[str]) -> None:
    """Link the objects write_objects(folder) writes (returning their paths) with the
    runtime.  The executable is linked in a scratch folder and then put at `output`
    (place_executable), so a destination that cannot be written is an OSError naming it."""
    from minigo.link.runtime_archive import runtime_archive

    archive = runtime_archive(cc)
    with tempfile.TemporaryDirectory(prefix="minigo-") as work:
        program_objects = [str(path) for path in write_objects(Path(work))]
        linked = Path(work) / "a.out"
        with timings.stage("link"):
            run_tool(cc + ["-static", "-no-pie", "-o", str(linked), *program_objects,
                           str(archive), "-lm"], "linking")
        place_executable(linked, output, keep=False)


def place_executable(executable: Path, output: str, keep: bool) -> None:
    """Puts `executable` at `output`: moved there (copied if `keep`), except that an
    existing `output` that is not a regular file or a folder (a device such as
    /dev/null, a FIFO) is written through and never replaced or re-moded, so `-o
    /dev/null` discards the executable as it does for go build."""
    try:
        special = not stat.S_ISREG(os.stat(output).st_mode) and not os.path.isdir(output)
    except OSError:
        special = False     # absent (or unreachable: the move below says why)
    if special:
        with open(executable, "rb") as source, open(output, "wb") as destination:
            shutil.copyfileobj(source, destination)
    elif keep:
        shutil.copy(executable, output)
    else:
        shutil.move(str(executable), output)
