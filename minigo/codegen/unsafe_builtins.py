# unsafe.Add and unsafe.Slice (Sizeof, Alignof and Offsetof are constants the checker
# folded: types/unsafe_builtins.py).
#
# Design: unsafe.Pointer is an i8* like every Go pointer (codegen/types.py), so Add is
# one byte-wise getelementptr and the conversions *T <-> unsafe.Pointer cost nothing
# (conversions.convert; uintptr <-> Pointer are ptrtoint/inttoptr there).  Slice checks
# its operands as gc's runtime.unsafeslice does, with the same panics, and builds the
# slice header {ptr, len, len} in place: nothing is allocated.
#
# Invariant: a pointer made by Add stays an i8* value the collector sees in the frame
# or in a pointer word of the heap (pointer masks count unsafe.Pointer as a pointer).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import conversions, slicing
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler
from minigo.codegen.library_call import CallOperands

LEN_OUT_OF_RANGE = "runtime error: unsafe.Slice: len out of range"
NIL_WITH_LENGTH = "runtime error: unsafe.Slice: ptr is nil and len is not zero"


def _length(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    """The second operand (any integer type) as i64."""
    return conversions.integer_to_i64(fc, call.value(fc, 1), call.type_of(1))


def add(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    """unsafe.Add(ptr, len): ptr moved by len bytes."""
    pointer = call.value_as(fc, 0, ts.UNSAFE_POINTER)
    return fc.builder.gep(pointer, [_length(fc, call)])


def slice_of(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    """unsafe.Slice(ptr, len): the slice of len elements from ptr, checked as gc checks it."""
    b = fc.builder
    pointer = fc.raw(call.value(fc, 0))
    length = _length(fc, call)
    fc.check_message(b.icmp_signed(">=", length, i64(0)), LEN_OUT_OF_RANGE)
    is_nil = b.icmp_unsigned("==", pointer, ir.Constant(lt.POINTER, None))
    size = lt.size_of(ts.underlying(call.type_of(0)).elem)
    if size == 0:
        nil_with_length = b.and_(is_nil, b.icmp_signed(">", length, i64(0)))
        fc.check_message(b.not_(nil_with_length), NIL_WITH_LENGTH)
    else:
        # len*size must neither overflow nor run past the top of the address space
        # (gc's `mem > -uintptr(ptr)`), which for a nil ptr is any len but 0
        overflows = b.icmp_unsigned(">", length, i64((2 ** 64 - 1) // size))
        room = b.sub(i64(0), b.ptrtoint(pointer, lt.I64))
        past_end = b.icmp_unsigned(">", b.mul(length, i64(size)), room)
        bad = b.or_(overflows, past_end)
        fc.check_message(b.not_(b.and_(bad, is_nil)), NIL_WITH_LENGTH)
        fc.check_message(b.not_(bad), LEN_OUT_OF_RANGE)
    return slicing.make_slice(fc, pointer, length, length)


HANDLERS = {"Add": add, "Slice": slice_of}
