"""Per-stage times of one build, printed to stderr when MINIGO_TIMINGS=1.

    MINIGO_TIMINGS=1 python -m minigo build prog.go

prints one line per stage (wall seconds, and the process's CPU seconds in it) and a
total, so a slow build says where its time went.  The LLVM stages of a build split
into parts (parts.py) are those of part 0; each other part, made in a child process,
is one line of the child's CPU seconds ("part N (child)", with when it ran), followed by
its own stages, indented (not counted in the total), and "wait for parts" is the wall
time part 0 then waited.  Without the variable, stage() costs one dict lookup.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager

_records: list[tuple[str, float, float]] = []
DETAIL = "  "   # a record whose name starts so is one stage of a child's (not summed)


def enabled() -> bool:
    return os.environ.get("MINIGO_TIMINGS") == "1"


@contextmanager
def stage(name: str):
    """Times the enclosed block as stage `name` (when enabled)."""
    if not enabled():
        yield
        return
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        _records.append((name, time.perf_counter() - wall, time.process_time() - cpu))


def record(name: str, wall: float, cpu: float) -> None:
    """Records a stage timed elsewhere (a child process's CPU time, say)."""
    if enabled():
        _records.append((name, wall, cpu))


def records() -> list[tuple[str, float, float]]:
    """The stages recorded so far (a child part sends them to its parent)."""
    return list(_records)


def report() -> None:
    """Prints and forgets the stages recorded so far (when enabled)."""
    if not enabled() or not _records:
        return
    lines = [f"minigo: {name:<16} {wall:7.3f} s wall {cpu:7.3f} s cpu" for name, wall, cpu in _records]
    total_wall = sum(record[1] for record in _records if not record[0].startswith(DETAIL))
    total_cpu = sum(record[2] for record in _records if not record[0].startswith(DETAIL))
    lines.append(f"minigo: {'total':<16} {total_wall:7.3f} s wall {total_cpu:7.3f} s cpu")
    print("\n".join(lines), file=sys.stderr)
    _records.clear()
