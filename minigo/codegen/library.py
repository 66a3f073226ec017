# Calls into the library package minigo supplies before its stdlib is Go source:
# math (fmt, strconv, os and errors are Go source now, in stdlib/).
#
# Design: a library function is a types.Func with no declaration; its link_name
# ('math.Sqrt') picks the lowering here.  math functions with an exact hardware
# instruction become LLVM intrinsics (sqrt, fabs, floor, ceil, trunc), which LLVM
# can vectorise and fold.
#
# A lowering reads its operands from a LibraryCall (library_call.py): the call's
# expressions as written, or values computed already (f(g()), a deferred call's
# bound arguments, a library function's own body), so no syntax is ever made up to
# reuse it; lower_call is the entry for such calls, call_library for written ones.
#
# Invariant: every lowering returns the value call_expression promises: None, a
# register value, or the literal struct of the signature's results (so a
# multi-valued library call works like any other).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.library_call import LibraryCall


def call_library(fc: FunctionCompiler, e: ast.CallExpr, func: ts.Func, receiver):
    """The call e of library function func, as the source wrote it."""
    return lower_call(fc, LibraryCall.written(fc, e, func.type), func, receiver)


def lower_call(fc: FunctionCompiler, call: LibraryCall, func: ts.Func, receiver):
    """A call of library function (or method, with its receiver argument) func."""
    handler = _HANDLERS.get(func.link_name) or _MATH_INTRINSICS.get(func.link_name)
    if handler is None:
        unsupported(call.node, f"{func.link_name or func.name}")
    if isinstance(handler, str):
        return _math_intrinsic(fc, call, handler)
    if receiver is not None:
        return handler(fc, call, receiver)
    return handler(fc, call)


def lowered_names() -> set[str]:
    """The link name of every library function and method lowered here."""
    return set(_HANDLERS) | set(_MATH_INTRINSICS)


# ---------------------------------------------------------------- math

_MATH_INTRINSICS = {
    "math.Sqrt": "llvm.sqrt", "math.Abs": "llvm.fabs", "math.Floor": "llvm.floor",
    "math.Ceil": "llvm.ceil", "math.Trunc": "llvm.trunc", "math.Copysign": "llvm.copysign",
    # libm's log and exp: IEEE special cases as Go's; finite results within an ulp of Go's
    # (which has its own algorithms), usually the same bits.
    "math.Log": "llvm.log", "math.Exp": "llvm.exp",
}


def _math_intrinsic(fc: FunctionCompiler, call: LibraryCall, intrinsic: str):
    arguments = [call.value_as(fc, index, ts.FLOAT64) for index in range(len(call))]
    return fc.builder.call(_float_intrinsic(fc, intrinsic, len(arguments)), arguments)


def _float_intrinsic(fc: FunctionCompiler, intrinsic: str, arity: int) -> ir.Function:
    """The float64 overload of an LLVM intrinsic (its signature given: llvmlite only
    knows the shape of some of them)."""
    signature = ir.FunctionType(lt.F64, [lt.F64] * arity)
    return fc.module.declare_intrinsic(intrinsic, [lt.F64], signature)


def _math_inf(fc: FunctionCompiler, call: LibraryCall):
    sign = call.value_as(fc, 0, ts.INT)
    negative = fc.builder.icmp_signed("<", sign, i64(0))
    return fc.builder.select(negative, ir.Constant(lt.F64, float("-inf")), ir.Constant(lt.F64, float("inf")))


def _math_nan(fc: FunctionCompiler, call: LibraryCall):
    """gc's NaN, whose bits math.Float64bits shows: 0x7FF8000000000001."""
    return ir.Constant(lt.I64, 0x7FF8000000000001).bitcast(lt.F64)


def _math_is_nan(fc: FunctionCompiler, call: LibraryCall):
    x = call.value_as(fc, 0, ts.FLOAT64)
    return fc.builder.fcmp_unordered("uno", x, x)


def _math_is_inf(fc: FunctionCompiler, call: LibraryCall):
    b = fc.builder
    x = call.value_as(fc, 0, ts.FLOAT64)
    sign = call.value_as(fc, 1, ts.INT)
    positive = b.fcmp_ordered("==", x, ir.Constant(lt.F64, float("inf")))
    negative = b.fcmp_ordered("==", x, ir.Constant(lt.F64, float("-inf")))
    want_positive = b.icmp_signed(">=", sign, i64(0))
    want_negative = b.icmp_signed("<=", sign, i64(0))
    return b.or_(b.and_(positive, want_positive), b.and_(negative, want_negative))


def _math_extreme(intrinsic: str, infinity: float):
    """math.Max (llvm.maximum, infinity +Inf) or math.Min (llvm.minimum, -Inf).  The
    intrinsics already order -0 below +0 and propagate NaN; Go's functions differ in
    one case: an infinite operand in the function's direction wins even over NaN."""
    def lower(fc: FunctionCompiler, call: LibraryCall):
        b = fc.builder
        x = call.value_as(fc, 0, ts.FLOAT64)
        y = call.value_as(fc, 1, ts.FLOAT64)
        result = b.call(_float_intrinsic(fc, intrinsic, 2), [x, y])
        limit = ir.Constant(lt.F64, infinity)
        either_is_limit = b.or_(b.fcmp_ordered("==", x, limit), b.fcmp_ordered("==", y, limit))
        return b.select(either_is_limit, limit, result)
    return lower


def _math_pow(fc: FunctionCompiler, call: LibraryCall):
    """libm's pow has Go's special cases (IEEE 754's); Go then takes x**0.5 as Sqrt(x)
    and x**-0.5 as 1/Sqrt(x) for finite non-zero x, which can differ from pow in the
    last bit, so those two are done as Go does.  Other inexact powers are libm's,
    correctly rounded, where Go's own algorithm may be an ulp off."""
    b = fc.builder
    x = call.value_as(fc, 0, ts.FLOAT64)
    y = call.value_as(fc, 1, ts.FLOAT64)
    power = b.call(_float_intrinsic(fc, "llvm.pow", 2), [x, y])
    root = b.call(_float_intrinsic(fc, "llvm.sqrt", 1), [x])
    magnitude = b.call(_float_intrinsic(fc, "llvm.fabs", 1), [x])
    finite_nonzero = b.and_(b.fcmp_ordered("<", magnitude, ir.Constant(lt.F64, float("inf"))),
                            b.fcmp_ordered("!=", x, ir.Constant(lt.F64, 0.0)))
    half = b.and_(finite_nonzero, b.fcmp_ordered("==", y, ir.Constant(lt.F64, 0.5)))
    minus_half = b.and_(finite_nonzero, b.fcmp_ordered("==", y, ir.Constant(lt.F64, -0.5)))
    result = b.select(half, root, power)
    return b.select(minus_half, b.fdiv(ir.Constant(lt.F64, 1.0), root), result)


def _math_bits(from_type: ts.Type, to_llvm: ir.Type):
    """math.Float64bits and its kin: the same bits seen as the other type."""
    def lower(fc: FunctionCompiler, call: LibraryCall):
        return fc.builder.bitcast(call.value_as(fc, 0, from_type), to_llvm)
    return lower


def _math_mod(fc: FunctionCompiler, call: LibraryCall):
    x = call.value_as(fc, 0, ts.FLOAT64)
    y = call.value_as(fc, 1, ts.FLOAT64)
    return fc.builder.frem(x, y)


_HANDLERS = {
    "math.Inf": _math_inf,
    "math.NaN": _math_nan,
    "math.IsNaN": _math_is_nan,
    "math.IsInf": _math_is_inf,
    "math.Mod": _math_mod,
    "math.Float64bits": _math_bits(ts.FLOAT64, lt.I64),
    "math.Float64frombits": _math_bits(ts.UINT64, lt.F64),
    "math.Float32bits": _math_bits(ts.FLOAT32, lt.I32),
    "math.Float32frombits": _math_bits(ts.UINT32, lt.F32),
    "math.Pow": _math_pow,
    "math.Max": _math_extreme("llvm.maximum", float("inf")),
    "math.Min": _math_extreme("llvm.minimum", float("-inf")),
}
