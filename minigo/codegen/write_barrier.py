# The write barrier: the one place where a store of a pointer-holding Go value
# into memory that may be the heap gets one.
#
# Design: every store of a Go value goes through FunctionCompiler.store (and every
# clearing of one through zero_memory); those two call guarded() here.  The
# collector stops the world today, so it needs no barrier, and by default none is
# compiled in.  Built with MINIGO_WRITE_BARRIER=1 in the environment (part of the
# compiler's cache fingerprint, link/cache.py), each such store whose target is
# not a stack slot of this function becomes
#     if (runtime_write_barrier_enabled) {
#         runtime_write_barrier(slot, size);   // the old pointers
#         store;
#         runtime_write_barrier(slot, size);   // the new ones
#     } else
#         store;
# so a concurrent collector can shade both (gc.c; a no-op now).  What stays
# outside codegen: stores the runtime's C code makes (map slots, channel buffers,
# growslice's copy), which a concurrent collector would route through the same
# runtime function.
#
# Cost, measured with the barrier compiled in and the flag clear, is in the design
# comment of minigo/runtime/gc.c: up to 8% CPU (slice_append) and 5.7% more code,
# so it stays compiled out until a concurrent collector needs it.
from __future__ import annotations

import os
from typing import Callable

import llvmlite.ir as ir

from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import runtime_abi
from minigo.codegen.constants import i64

SWITCH = "MINIGO_WRITE_BARRIER"     # "1" at build time compiles the barrier in
FLAG = "runtime_write_barrier_enabled"


def compiled_in() -> bool:
    return os.environ.get(SWITCH) == "1"


def _on_this_stack(pointer: ir.Value) -> bool:
    """pointer is (a cast of, or an element of) one of this function's stack slots."""
    while isinstance(pointer, (ir.CastInstr, ir.GEPInstr)):
        pointer = pointer.operands[0]
    return isinstance(pointer, ir.AllocaInstr)


def _flag(module: ir.Module) -> ir.GlobalVariable:
    existing = module.globals.get(FLAG)
    if existing is not None:
        return existing
    variable = ir.GlobalVariable(module, runtime_abi.llvm_type(runtime_abi.RUNTIME_GLOBALS[FLAG]), FLAG)
    variable.linkage = "external"
    variable.align = 8
    return variable


def guarded(fc, pointer: ir.Value, t: ts.Type, store: Callable[[], None]) -> None:
    """Runs store(), which writes a t at pointer, behind the barrier if it needs one."""
    if not compiled_in() or not lt.has_pointers(t) or _on_this_stack(pointer):
        store()
        return
    b = fc.builder
    flag = b.load_atomic(_flag(fc.module), "monotonic", 8)
    enabled = b.icmp_unsigned("!=", flag, ir.Constant(flag.type, 0))
    with b.if_else(enabled, likely=False) as (barrier, plain):
        with barrier:
            slot, size = fc.raw(pointer), i64(lt.size_of(t))
            fc.runtime("runtime_write_barrier", slot, size)
            store()
            fc.runtime("runtime_write_barrier", slot, size)
        with plain:
            store()
