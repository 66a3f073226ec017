# The bodies of stdlib/math's functions that are one machine instruction.
#
# Design: stdlib/math is Go, but a few of its functions are single instructions
# on amd64 that gc's compiler emits inline (Sqrt, Abs, Copysign, and the fma and
# roundings under FMA, Floor, Ceil and Trunc, which check for NaNs and large values
# first, in Go) or are a reinterpretation of bits (Float64bits and its kin, which Go
# writes with unsafe).  stdlib/math declares them without a body and lists them in
# runtime_abi.BODYLESS_INTRINSICS; each body here is the LLVM intrinsic (or bitcast)
# alone, so LLVM inlines it into its callers, across packages too, folds it and
# vectorises it as it would its own: a loop calling math.Sqrt compiles to sqrtsd.
# All of them are exact operations (IEEE 754's correctly rounded sqrt and fma,
# exact roundings to an integer, sign manipulations), so they give gc's bits.
#
# Handlers take (fc, call) like sync_lowering's and return the result value.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.codegen import types as lt
from minigo.codegen.function import FunctionCompiler
from minigo.codegen.library_call import LibraryCall


def _float_intrinsic(name: str):
    """A float64 operation lowered to the LLVM intrinsic `name` of its arity."""
    def lower(fc: FunctionCompiler, call: LibraryCall):
        arguments = [call.argument(fc, index) for index in range(len(call))]
        signature = ir.FunctionType(lt.F64, [lt.F64] * len(arguments))
        intrinsic = fc.module.declare_intrinsic(name, [lt.F64], signature)
        return fc.builder.call(intrinsic, arguments)
    return lower


def _reinterpret(fc: FunctionCompiler, call: LibraryCall):
    """Float64bits, Float64frombits, Float32bits, Float32frombits: the same bits as
    the result's type."""
    result_type = lt.register_type(call.signature.results.vars[0].type)
    return fc.builder.bitcast(call.argument(fc, 0), result_type)


FLOAT_OPERATIONS = {
    "sqrt": _float_intrinsic("llvm.sqrt"),
    "fabs": _float_intrinsic("llvm.fabs"),
    "floor": _float_intrinsic("llvm.floor"),
    "ceil": _float_intrinsic("llvm.ceil"),
    "trunc": _float_intrinsic("llvm.trunc"),
    "copysign": _float_intrinsic("llvm.copysign"),
    "fma": _float_intrinsic("llvm.fma"),
    "reinterpret": _reinterpret,
}
