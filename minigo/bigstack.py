"""Running the compiler on a thread with a big stack.

Every stage of the pipeline recurses on the program's nesting: the parser's tree
builder, the checker and codegen walk expressions and statements recursively (a
generated `x + x + ... + x` of 30,000 terms is a tree 30,000 deep), and LLVM's
passes recurse in C on the IR they are given.  The main thread's 8 MiB stack and
Python's default limit of 1,000 frames gave RecursionErrors at a few hundred levels.
So cli.main runs the whole command on one thread whose stack is the first of
STACK_SIZES that the system grants, with Python's recursion limit raised in
proportion to it; llvmlite's calls run on the calling thread, so LLVM gets the same
stack.

The stack is reserved address space, not memory: only the pages a deep program
touches are ever committed.  The recursion limit leaves BYTES_PER_LEVEL of C stack
to every Python frame, so that Python raises RecursionError (reported by the CLI as
a clean error) before the C stack can overflow: a Python-to-Python call uses no C
stack in 3.11, one made through C (a callback, a constructor) a few hundred bytes,
and the worst measured (a sort key that recurses) about 3.5 KB.
"""
from __future__ import annotations

import sys
import threading

STACK_SIZES = (4 << 30, 1 << 30, 256 << 20)   # tried in turn; 4 GiB where allowed
BYTES_PER_LEVEL = 4096                       # C stack allowed per Python frame
MAX_RECURSION_LIMIT = 1_000_000

_BIG_STACK_THREAD_NAME = "minigo-compiler"


def recursion_limit_for(stack_bytes: int) -> int:
    return min(MAX_RECURSION_LIMIT, stack_bytes // BYTES_PER_LEVEL)


def on_big_stack() -> bool:
    """Whether this thread is the one run_on_big_stack started (whose recursion
    limit is already as high as its stack allows)."""
    return threading.current_thread().name == _BIG_STACK_THREAD_NAME


def run_on_big_stack(function, *arguments):
    """function(*arguments) on a fresh thread with a big stack and a recursion limit
    to match; returns its result or re-raises its exception here."""
    outcome: dict = {}

    def body():
        try:
            outcome["result"] = function(*arguments)
        except BaseException as error:   # handed to the calling thread as is
            outcome["error"] = error

    previous_limit = sys.getrecursionlimit()
    try:
        _start_with_big_stack(body, previous_limit).join()
    finally:
        sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _start_with_big_stack(body, previous_limit: int) -> threading.Thread:
    """Starts body on a thread with the biggest stack of STACK_SIZES the system
    grants (strict overcommit may refuse 4 GiB), the recursion limit set first."""
    previous_stack = threading.stack_size()
    try:
        for size in STACK_SIZES:
            threading.stack_size(size)
            sys.setrecursionlimit(max(previous_limit, recursion_limit_for(size)))
            worker = threading.Thread(target=body, name=_BIG_STACK_THREAD_NAME, daemon=True)
            try:
                worker.start()
                return worker
            except (RuntimeError, MemoryError):   # "can't start new thread"
                continue
    finally:
        threading.stack_size(previous_stack)   # threads started later get the default
    sys.setrecursionlimit(previous_limit)
    worker = threading.Thread(target=body, name=_BIG_STACK_THREAD_NAME + "-small", daemon=True)
    worker.start()
    return worker
