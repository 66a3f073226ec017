# Slice expressions s[low:high] and s[low:high:max] on strings, slices, arrays and
# pointers to arrays, and the slice value helpers shared with builtins.
#
# Design: bounds are checked in Go's order with Go's panic forms (runtime.h's
# `which` codes): the upper bounds against length or capacity first, then each
# bound against the next.  Every check is an unsigned compare, so a negative bound
# fails it as a huge one.  Checks on constant bounds fold away in LLVM.
#
# Invariant: when the result is empty to its capacity (new cap 0), the data pointer
# stays at the operand's start instead of pointing one past its end, so no value
# ever holds a pointer beyond the object it came from (the GC relies on that).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unsupported

# runtime_panic_slice's `which`
HIGH_WITH_LENGTH, HIGH_WITH_CAPACITY, LOW_ABOVE_HIGH = 0, 1, 2
MAX_WITH_CAPACITY, HIGH_ABOVE_MAX, LOW_ABOVE_HIGH_3 = 3, 4, 5


def make_slice(fc: FunctionCompiler, data: ir.Value, length: ir.Value, capacity: ir.Value) -> ir.Value:
    b = fc.builder
    s = b.insert_value(ir.Constant(lt.SLICE, None), fc.raw(data), 0)
    s = b.insert_value(s, length, 1)
    return b.insert_value(s, capacity, 2)


def slice_expression(fc: FunctionCompiler, e: ast.SliceExpr) -> ir.Value:
    u = ts.underlying(e.x.type)
    if isinstance(u, ts.Basic) and u.info & ts.STRING:
        return _slice_string(fc, e)
    if isinstance(u, ts.Slice):
        s = fc.value(e.x)
        b = fc.builder
        return _slice_memory(fc, e, b.extract_value(s, 0), b.extract_value(s, 1),
                             b.extract_value(s, 2), u.elem, is_array=False)
    if isinstance(u, ts.Pointer):
        data = fc.value(e.x)
        fc.nil_check(data)
        array = ts.underlying(u.elem)
    elif isinstance(u, ts.Array):
        data = fc.address(e.x)
        array = u
    else:
        unsupported(e, f"slicing {e.x.type}")
    length = i64(array.length)
    return _slice_memory(fc, e, fc.raw(data), length, length, array.elem, is_array=True)


def _bound(fc: FunctionCompiler, e, default: ir.Value) -> ir.Value:
    if e is None:
        return default
    return fc.index_value(e)


def _at_most(fc: FunctionCompiler, smaller: ir.Value, larger: ir.Value, which: int,
             x: ir.Value, y: ir.Value) -> None:
    ok = fc.builder.icmp_unsigned("<=", smaller, larger)
    fc.check(ok, "runtime_panic_slice", i64(which), x, y)


def _slice_string(fc: FunctionCompiler, e: ast.SliceExpr) -> ir.Value:
    b = fc.builder
    s = fc.value(e.x)
    length = b.extract_value(s, 1)
    low = _bound(fc, e.low, i64(0))
    high = _bound(fc, e.high, length)
    if e.high is not None:
        _at_most(fc, high, length, HIGH_WITH_LENGTH, high, length)
    _at_most(fc, low, high, LOW_ABOVE_HIGH, low, high)
    new_length = b.sub(high, low)
    data = _advance(fc, b.extract_value(s, 0), low, ts.BYTE, new_length)
    result = b.insert_value(ir.Constant(lt.STRING, None), data, 0)
    return b.insert_value(result, new_length, 1)


def _slice_memory(fc: FunctionCompiler, e: ast.SliceExpr, data, length, capacity, elem,
                  is_array: bool) -> ir.Value:
    b = fc.builder
    low = _bound(fc, e.low, i64(0))
    if e.slice3:
        high = _bound(fc, e.high, None)
        maximum = _bound(fc, e.max, None)
        _at_most(fc, maximum, capacity, MAX_WITH_CAPACITY, maximum, capacity)
        _at_most(fc, high, maximum, HIGH_ABOVE_MAX, high, maximum)
        _at_most(fc, low, high, LOW_ABOVE_HIGH_3, low, high)
    else:
        high = _bound(fc, e.high, length)
        maximum = capacity
        if e.high is not None:
            which = HIGH_WITH_LENGTH if is_array else HIGH_WITH_CAPACITY
            _at_most(fc, high, capacity, which, high, capacity)
        _at_most(fc, low, high, LOW_ABOVE_HIGH, low, high)
    new_capacity = b.sub(maximum, low)
    new_data = _advance(fc, data, low, elem, new_capacity)
    return make_slice(fc, new_data, b.sub(high, low), new_capacity)


def _advance(fc: FunctionCompiler, data: ir.Value, low: ir.Value, elem: ts.Type,
             remaining: ir.Value) -> ir.Value:
    """&data[low], or data itself when nothing remains (never one past the end)."""
    if isinstance(low, ir.Constant) and low.constant == 0:
        return fc.raw(data)
    b = fc.builder
    moved = fc.raw(fc.element_pointer(data, elem, low))
    empty = b.icmp_unsigned("==", remaining, i64(0))
    return b.select(empty, fc.raw(data), moved)
