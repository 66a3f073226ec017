# Conversions: explicit T(x), and the implicit ones of assignability (to interfaces).
#
# Design: integer resizing follows the *source* signedness (sext/zext), float ->
# integer reproduces what gc's amd64 code computes, including out-of-range and NaN
# inputs, which the spec leaves to the implementation (measured against go 1.19):
#   int64, int, uint32      cvttsd2sq: in range -> truncation, else 0x8000000000000000
#                           (uint32 keeps the low 32 bits of that)
#   int32                   cvttsd2sl: in range -> truncation, else 0x80000000
#   int8/16, uint8/16       low bits of the int32 conversion
#   uint64, uint, uintptr   x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63
# LLVM's fptosi is poison out of range, so each conversion selects between the
# fptosi (used only when in range) and gc's sentinel.
# Boxing a value into an interface stores its descriptor and either the value
# itself (pointer-shaped types) or a pointer to a heap copy (runtime.h).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import complexes, interfaces
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, is_nil, unsupported

TWO_TO_63 = float(2 ** 63)
TWO_TO_31 = float(2 ** 31)


def implicit(fc: FunctionCompiler, v: ir.Value, from_type: ts.Type, to_type: ts.Type) -> ir.Value:
    """The conversion assignability implies: only conversions to an interface change
    bits (interfaces.py: boxing, itabs, interface to interface)."""
    if ts.is_interface(to_type) and not ts.identical(from_type, to_type):
        return interfaces.convert(fc, v, from_type, to_type)
    return v


def box(fc: FunctionCompiler, v: ir.Value, t: ts.Type) -> ir.Value:
    """An interface {descriptor, data} holding v of concrete type t."""
    t = ts.default_type(t)
    descriptor = fc.program.descriptors.descriptor(t)
    if lt.is_pointer_shaped(t):
        data = fc.raw(v)
    else:
        data = fc.heap_alloc(t)
        fc.store(v, data, t)
    result = fc.builder.insert_value(ir.Constant(lt.INTERFACE, None), descriptor, 0)
    return fc.builder.insert_value(result, data, 1)


def conversion_call(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    """T(x) that is not a constant."""
    x = e.args[0]
    if is_nil(x):
        return ir.Constant(lt.register_type(e.type), None)
    return convert(fc, fc.value(x), x.type, e.type, e)


def convert(fc: FunctionCompiler, v: ir.Value, from_type: ts.Type, to_type: ts.Type, node) -> ir.Value:
    b = fc.builder
    source = ts.underlying(ts.default_type(from_type))
    target = ts.underlying(to_type)
    if isinstance(target, ts.Interface):
        return implicit(fc, v, from_type, to_type)
    if _is_basic(source, ts.INTEGER) and _is_basic(target, ts.INTEGER):
        return resize_integer(fc, v, source, lt.memory_type(target))
    if _is_basic(source, ts.INTEGER) and _is_basic(target, ts.FLOAT):
        float_type = lt.memory_type(target)
        return b.uitofp(v, float_type) if source.info & ts.UNSIGNED else b.sitofp(v, float_type)
    if _is_basic(source, ts.FLOAT) and _is_basic(target, ts.FLOAT):
        if source.size == target.size:
            return v
        return b.fpext(v, lt.F64) if target.size == 8 else b.fptrunc(v, lt.F32)
    if _is_basic(source, ts.FLOAT) and _is_basic(target, ts.INTEGER):
        return float_to_integer(fc, v, target)
    if _is_basic(target, ts.STRING):
        return _to_string(fc, v, source, node)
    if _is_basic(source, ts.STRING) and isinstance(target, ts.Slice):
        return _string_to_slice(fc, v, target, node)
    if _is_basic(source, ts.COMPLEX) and _is_basic(target, ts.COMPLEX):
        return complexes.convert(b, v, source, target)
    if isinstance(source, ts.Basic) and source.kind == 26 and _is_basic(target, ts.INTEGER):
        return b.ptrtoint(v, lt.I64)
    if _is_basic(source, ts.INTEGER) and isinstance(target, ts.Basic) and target.kind == 26:
        return b.inttoptr(v, lt.POINTER)
    if lt.register_type(source) == lt.register_type(target):
        return v
    unsupported(node, f"conversion from {from_type} to {to_type}")


def _is_basic(t: ts.Type, info: int) -> bool:
    return isinstance(t, ts.Basic) and bool(t.info & info)


def resize_integer(fc: FunctionCompiler, v: ir.Value, source: ts.Type, target: ir.IntType) -> ir.Value:
    width = v.type.width
    if target.width == width:
        return v
    if target.width < width:
        return fc.builder.trunc(v, target)
    if ts.is_unsigned(source):
        return fc.builder.zext(v, target)
    return fc.builder.sext(v, target)


def integer_to_i64(fc: FunctionCompiler, v: ir.Value, t: ts.Type) -> ir.Value:
    return resize_integer(fc, v, ts.default_type(t), lt.I64)


def float_to_integer(fc: FunctionCompiler, v: ir.Value, target: ts.Basic) -> ir.Value:
    b = fc.builder
    x = b.fpext(v, lt.F64) if v.type == lt.F32 else v
    unsigned = bool(target.info & ts.UNSIGNED)
    size = target.size
    if size == 8 and unsigned:
        return _unsigned_64(fc, x)
    if size == 8 or (size == 4 and unsigned):
        return b.trunc(_truncate_64(fc, x), lt.I32) if size == 4 else _truncate_64(fc, x)
    result32 = _truncate_32(fc, x)
    if size == 4:
        return result32
    return b.trunc(result32, lt.memory_type(target))


def _in_range(fc: FunctionCompiler, x: ir.Value, low: float, high: float) -> ir.Value:
    """low < x < high, false for NaN."""
    b = fc.builder
    above = b.fcmp_ordered(">", x, ir.Constant(lt.F64, low))
    below = b.fcmp_ordered("<", x, ir.Constant(lt.F64, high))
    return b.and_(above, below)


def _truncate_64(fc: FunctionCompiler, x: ir.Value) -> ir.Value:
    b = fc.builder
    valid = b.and_(b.fcmp_ordered(">=", x, ir.Constant(lt.F64, -TWO_TO_63)),
                   b.fcmp_ordered("<", x, ir.Constant(lt.F64, TWO_TO_63)))
    return b.select(valid, b.fptosi(x, lt.I64), i64(-2 ** 63))


def _truncate_32(fc: FunctionCompiler, x: ir.Value) -> ir.Value:
    b = fc.builder
    valid = _in_range(fc, x, -TWO_TO_31 - 1.0, TWO_TO_31)
    return b.select(valid, b.fptosi(x, lt.I32), ir.Constant(lt.I32, -2 ** 31))


def _unsigned_64(fc: FunctionCompiler, x: ir.Value) -> ir.Value:
    b = fc.builder
    small = b.fcmp_ordered("<", x, ir.Constant(lt.F64, TWO_TO_63))
    low = _truncate_64(fc, x)
    high = b.or_(_truncate_64(fc, b.fsub(x, ir.Constant(lt.F64, TWO_TO_63))), i64(-2 ** 63))
    return b.select(small, low, high)


def _to_string(fc: FunctionCompiler, v: ir.Value, source: ts.Type, node) -> ir.Value:
    if _is_basic(source, ts.STRING):
        return v
    if _is_basic(source, ts.INTEGER):
        # uint64 values above MaxInt64 arrive negative: not runes either (U+FFFD)
        return fc.runtime("runtime_intstring", integer_to_i64(fc, v, source))
    if isinstance(source, ts.Slice):
        data = fc.builder.extract_value(v, 0)
        length = fc.builder.extract_value(v, 1)
        element = ts.underlying(source.elem)
        if element.kind == 8:
            return fc.runtime("runtime_slicebytetostring", data, length)
        if element.kind == 5:
            return fc.runtime("runtime_slicerunetostring", data, length)
    unsupported(node, f"conversion from {source} to string")


def _string_to_slice(fc: FunctionCompiler, v: ir.Value, target: ts.Slice, node) -> ir.Value:
    element = ts.underlying(target.elem)
    names = {8: "runtime_stringtoslicebyte", 5: "runtime_stringtoslicerune"}
    if not isinstance(element, ts.Basic) or element.kind not in names:
        unsupported(node, f"conversion from string to {target}")
    out = fc.stack_slot(lt.SLICE)
    fc.runtime(names[element.kind], fc.raw(out), fc.builder.extract_value(v, 0),
               fc.builder.extract_value(v, 1))
    return fc.builder.load(out)
