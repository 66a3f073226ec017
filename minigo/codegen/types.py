# Go types lowered to LLVM types, with Go's sizes and alignments on amd64.
#
# Design: every Go value has one *memory* form, the LLVM type it has in a variable,
# a struct field, an array element or a heap object.  Its *register* form is the
# same type except for bool, which is i8 in memory (one byte, as Go and C lay it
# out, and a regular type for LLVM's vectoriser) and i1 in registers (what
# comparisons produce and branches take).  Aggregates hold their fields in memory
# form, so only a top-level bool ever changes shape: load/store and
# extract/insert go through to_register()/to_memory().
#
# Values bigger than BIG_VALUE bytes never exist as LLVM aggregates (LLVM's code
# generator takes minutes over an 80 KB first-class array): their register form is
# an i8* to a private copy in the frame (a fresh temporary each time the value is
# read), stores and loads of them are memcpys, and functions take them by that
# pointer and return them through a hidden out-pointer (function_type).
#
# Allocation flags (allocation_flags) are runtime_abi's TYPE_FLAG_*.
#
# Invariants: all Go pointers (and maps, chans, funcs, unsafe.Pointer) are i8*;
# users bitcast at the point of use, which costs nothing with LLVM's opaque
# pointers and keeps recursive types ('type Node struct{next *Node}') trivially
# finite.  Struct layout is LLVM's natural layout, which equals Go's on amd64, so
# size_of/offsets computed here agree with the module's DataLayout.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.types import typesystem as ts
# Go's amd64 sizes, alignments and field offsets live with the types, where
# unsafe.Sizeof/Alignof/Offsetof fold them into constants.
from minigo.types.sizes import WORD, align_of, field_offsets, round_up, size_of  # noqa: F401
from minigo.codegen import runtime_abi

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I16 = ir.IntType(16)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F32 = ir.FloatType()
F64 = ir.DoubleType()
VOID = ir.VoidType()
POINTER = I8.as_pointer()
STRING = ir.LiteralStructType([POINTER, I64])
SLICE = ir.LiteralStructType([POINTER, I64, I64])
INTERFACE = ir.LiteralStructType([POINTER, POINTER])


# By reflect kind (byte and rune are their own Basic objects with uint8's and int32's kind).
_BASIC_BY_KIND = {
    1: I8, 2: I64, 3: I8, 4: I16, 5: I32, 6: I64, 7: I64, 8: I8, 9: I16, 10: I32, 11: I64,
    12: I64, 13: F32, 14: F64, 15: ir.LiteralStructType([F32, F32]),
    16: ir.LiteralStructType([F64, F64]), 24: STRING, 26: POINTER,
}
# Untyped kinds (kind 0), for constants that stand alone.
_UNTYPED = {
    "untyped nil": POINTER, "untyped bool": I8, "untyped int": I64, "untyped rune": I32,
    "untyped float": F64, "untyped string": STRING,
}


def _basic_type(basic: ts.Basic) -> ir.Type:
    if basic.kind:
        return _BASIC_BY_KIND[basic.kind]
    return _UNTYPED[basic.name]


_POINTER_SHAPED = (ts.Pointer, ts.Map, ts.Chan, ts.Signature)


def memory_type(t: ts.Type) -> ir.Type:
    """The LLVM type of a Go value stored in memory."""
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        return _basic_type(u)
    if isinstance(u, _POINTER_SHAPED):
        return POINTER
    if isinstance(u, ts.Slice):
        return SLICE
    if isinstance(u, ts.Interface):
        return INTERFACE
    if isinstance(u, ts.Array):
        return ir.ArrayType(memory_type(u.elem), u.length)
    if isinstance(u, ts.Struct):
        return ir.LiteralStructType([memory_type(f.type) for f in u.fields])
    if isinstance(u, ts.Tuple):
        return ir.LiteralStructType([memory_type(v.type) for v in u.vars])
    raise TypeError(f"no LLVM type for {t}")


def register_type(t: ts.Type) -> ir.Type:
    """The LLVM type of a Go value held in a register (an SSA value)."""
    if is_bool(t):
        return I1
    if is_big(t):
        return POINTER
    return memory_type(t)


BIG_VALUE = 128


def is_big(t: ts.Type) -> bool:
    """Held in memory, never as an LLVM aggregate value (see the file comment)."""
    u = ts.underlying(t)
    return isinstance(u, (ts.Array, ts.Struct)) and size_of(t) > BIG_VALUE


def is_bool(t: ts.Type) -> bool:
    u = ts.underlying(t)
    return isinstance(u, ts.Basic) and bool(u.info & ts.BOOLEAN)


def is_pointer_shaped(t: ts.Type) -> bool:
    """Held in an interface's data word directly rather than through a heap copy."""
    u = ts.underlying(t)
    return isinstance(u, _POINTER_SHAPED) or (isinstance(u, ts.Basic) and u.kind == 26)


def to_register(builder: ir.IRBuilder, t: ts.Type, value: ir.Value) -> ir.Value:
    if is_bool(t) and value.type == I8:
        return builder.trunc(value, I1)
    return value


def to_memory(builder: ir.IRBuilder, t: ts.Type, value: ir.Value) -> ir.Value:
    if is_bool(t) and value.type == I1:
        return builder.zext(value, I8)
    return value


def function_type(signature: ts.Signature) -> ir.FunctionType:
    """Parameters in register form (a big one as a pointer to the caller's copy,
    which the callee copies); no result is void, one result is its register form,
    several results are a literal struct of their register forms; results with a
    big one among them are written through a hidden first parameter pointing at
    their memory form (a single value, or a struct of them) and the function is void."""
    parameters = [register_type(v.type) for v in signature.params.vars]
    if signature.recv is not None:
        parameters.insert(0, register_type(signature.recv.type))
    if returns_in_memory(signature.results):
        parameters.insert(0, POINTER)
    return ir.FunctionType(result_type(signature.results), parameters)


def returns_in_memory(results: ts.Tuple) -> bool:
    return any(is_big(v.type) for v in results.vars)


def results_memory_type(results: ts.Tuple) -> ts.Type:
    """The Go type whose memory the hidden out-pointer points at."""
    return results.vars[0].type if len(results.vars) == 1 else results


def result_type(results: ts.Tuple) -> ir.Type:
    if len(results.vars) == 0 or returns_in_memory(results):
        return VOID
    if len(results.vars) == 1:
        return register_type(results.vars[0].type)
    return ir.LiteralStructType([register_type(v.type) for v in results.vars])


def has_pointers(t: ts.Type) -> bool:
    """Whether values of t hold pointers the GC must see (runtime TYPE_FLAG_NO_POINTERS)."""
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        return bool(u.info & ts.STRING) or u.kind == runtime_abi.KIND_UNSAFE_POINTER or u is ts.UNTYPED_NIL
    if isinstance(u, ts.Array):
        return u.length > 0 and has_pointers(u.elem)
    if isinstance(u, ts.Struct):
        return any(has_pointers(f.type) for f in u.fields)
    return True


def allocation_flags(t: ts.Type) -> int:
    """The flags every runtime_alloc of a t (or of an array of t) passes."""
    return 0 if has_pointers(t) else runtime_abi.TYPE_FLAG_NO_POINTERS
