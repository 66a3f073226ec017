"""Running the compiler on a thread with a big stack.

Every stage of the pipeline recurses on the program's nesting: the parser's tree
builder, the checker and codegen walk expressions and statements recursively (a
generated `x + x + ... + x` of 10,000 terms is a tree 10,000 deep), and LLVM's passes
recurse in C on the IR they are given (one function of 30,000 statements overflowed
the main thread's 8 MiB stack with a segfault).  So cli.main runs the whole command on
one thread whose stack is STACK_BYTES, with Python's recursion limit raised to
RECURSION_LIMIT; llvmlite's calls run on the calling thread, so LLVM gets the same
stack.

The stack is reserved address space, not memory: only the pages a deep program
touches are ever committed.  The recursion limit is sized against the stack so that
Python raises RecursionError (reported as a clean "too deeply nested" error) well
before the C stack can overflow: a Python call costs at most a few hundred bytes of C
stack when it goes through C (3.11 runs plain Python-to-Python calls without any),
and RECURSION_LIMIT * BYTES_PER_LEVEL_BUDGET stays within half the stack, leaving the
other half to LLVM.
"""
from __future__ import annotations

import sys
import threading

STACK_BYTES = 1 << 30                 # 1 GiB reserved (Linux allows up to the address space)
BYTES_PER_LEVEL_BUDGET = 2048         # C stack allowed per Python recursion level
RECURSION_LIMIT = STACK_BYTES // 2 // BYTES_PER_LEVEL_BUDGET   # 262,144 levels


def run_on_big_stack(function, *arguments):
    """function(*arguments) on a fresh thread with a STACK_BYTES stack and the raised
    recursion limit; returns its result or re-raises its exception here."""
    outcome: dict = {}

    def body():
        try:
            outcome["result"] = function(*arguments)
        except BaseException as error:   # handed to the calling thread as is
            outcome["error"] = error

    previous_stack = threading.stack_size()
    previous_limit = sys.getrecursionlimit()
    threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(max(previous_limit, RECURSION_LIMIT))
    try:
        try:
            worker = threading.Thread(target=body, name="minigo-compiler", daemon=True)
            worker.start()
        finally:
            threading.stack_size(previous_stack)   # threads started later get the default
        worker.join()
    finally:
        sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
