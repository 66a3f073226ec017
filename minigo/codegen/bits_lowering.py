# The bodies of stdlib/math/bits's intrinsic functions: one LLVM instruction each.
#
# Design: the word operations big-number, hashing and float-formatting code is built
# on (Mul64's 128-bit product, Add64/Sub64 with carries, Div64's 128-by-64 division,
# the bit counts, rotations and reversals) are declared without a body in
# stdlib/math/bits and listed in runtime_abi.BODYLESS_INTRINSICS, as sync/atomic's
# are; bodyless.py gives each the body built here: an i128 multiply, add or subtract,
# x86-64's divq, or LLVM's ctlz/cttz/ctpop/fshl/bitreverse/bswap intrinsics.  The
# small functions are inlined into their callers, across packages too (the package
# cache's inline headers), so `hi, lo := bits.Mul64(x, y)` is one mulq where it is
# written, as under gc, which treats these functions as intrinsics too.
#
# Measured (a loop of Mul64, Add64, LeadingZeros64, TrailingZeros64, OnesCount64 and
# RotateLeft64; 200M iterations): Go bodies 1.68 s, these 0.87 s; gc 0.89 s.
#
# Invariant: Div64's checks (zero divisor, quotient overflow) stay in Go, before the
# private div128 it calls: divq faults on both, so div128 may only be reached with
# y > hi.  Handlers return what library.call_library promises: a register value or
# the struct of several results.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.codegen.function import FunctionCompiler
from minigo.codegen.library_call import LibraryCall

I64 = ir.IntType(64)
I128 = ir.IntType(128)


def _operands(fc: FunctionCompiler, call: LibraryCall) -> list[ir.Value]:
    return [call.argument(fc, index) for index in range(len(call))]


def _pair(fc: FunctionCompiler, first: ir.Value, second: ir.Value) -> ir.Value:
    """The two results as the function's result struct."""
    result_type = fc.function.ftype.return_type
    pair = fc.builder.insert_value(ir.Constant(result_type, ir.Undefined), first, 0)
    return fc.builder.insert_value(pair, second, 1)


def _split(fc: FunctionCompiler, wide: ir.Value) -> tuple[ir.Value, ir.Value]:
    """(high, low) 64-bit halves of an i128."""
    b = fc.builder
    return b.trunc(b.lshr(wide, ir.Constant(I128, 64)), I64), b.trunc(wide, I64)


def _mul64(fc: FunctionCompiler, call: LibraryCall):
    x, y = _operands(fc, call)
    b = fc.builder
    hi, lo = _split(fc, b.mul(b.zext(x, I128), b.zext(y, I128)))
    return _pair(fc, hi, lo)


def _add64(fc: FunctionCompiler, call: LibraryCall):
    """sum and carry out of x + y + carry (carry 0 or 1): the i128 sum's two halves."""
    x, y, carry = (fc.builder.zext(v, I128) for v in _operands(fc, call))
    b = fc.builder
    out, total = _split(fc, b.add(b.add(x, y), carry))
    return _pair(fc, total, out)


def _sub64(fc: FunctionCompiler, call: LibraryCall):
    """difference and borrow out of x - y - borrow: a borrow leaves the i128 negative."""
    x, y, borrow = (fc.builder.zext(v, I128) for v in _operands(fc, call))
    b = fc.builder
    difference = b.sub(b.sub(x, y), borrow)
    negative = b.trunc(b.lshr(difference, ir.Constant(I128, 127)), I64)
    return _pair(fc, b.trunc(difference, I64), negative)


def _div128(fc: FunctionCompiler, call: LibraryCall):
    """(hi:lo) / y and its remainder by one divq; the caller has checked y > hi."""
    hi, lo, y = _operands(fc, call)
    pair = ir.LiteralStructType([I64, I64])
    divq = ir.InlineAsm(ir.FunctionType(pair, [I64, I64, I64]), "divq $4",
                        "={rax},={rdx},{rax},{rdx},r,~{dirflag},~{fpsr},~{flags}")
    result = fc.builder.call(divq, [lo, hi, y])
    b = fc.builder
    return _pair(fc, b.extract_value(result, 0), b.extract_value(result, 1))


def _intrinsic(fc: FunctionCompiler, name: str, *arguments: ir.Value) -> ir.Value:
    """A call of the LLVM intrinsic overloaded on the first argument's integer type."""
    word = arguments[0].type
    signature = ir.FunctionType(word, [argument.type for argument in arguments])
    function = fc.module.declare_intrinsic(name, [word], signature)
    return fc.builder.call(function, list(arguments))


def _len64(fc: FunctionCompiler, call: LibraryCall):
    (x,) = _operands(fc, call)
    zeros = _intrinsic(fc, "llvm.ctlz", x, ir.Constant(ir.IntType(1), 0))
    return fc.builder.sub(ir.Constant(I64, 64), zeros)


def _trailing_zeros64(fc: FunctionCompiler, call: LibraryCall):
    (x,) = _operands(fc, call)
    return _intrinsic(fc, "llvm.cttz", x, ir.Constant(ir.IntType(1), 0))


def _ones_count64(fc: FunctionCompiler, call: LibraryCall):
    (x,) = _operands(fc, call)
    return _intrinsic(fc, "llvm.ctpop", x)


def _rotate_left(fc: FunctionCompiler, call: LibraryCall):
    """x rotated by k mod the width: fshl takes the amount modulo the width itself."""
    x, k = _operands(fc, call)
    amount = fc.builder.trunc(k, x.type) if x.type.width < 64 else k
    return _intrinsic(fc, "llvm.fshl", x, x, amount)


def _reverse64(fc: FunctionCompiler, call: LibraryCall):
    (x,) = _operands(fc, call)
    return _intrinsic(fc, "llvm.bitreverse", x)


def _reverse_bytes64(fc: FunctionCompiler, call: LibraryCall):
    (x,) = _operands(fc, call)
    return _intrinsic(fc, "llvm.bswap", x)


BIT_OPERATIONS = {"Mul64": _mul64, "Add64": _add64, "Sub64": _sub64, "div128": _div128,
                  "Len64": _len64, "TrailingZeros64": _trailing_zeros64,
                  "OnesCount64": _ones_count64, "RotateLeft64": _rotate_left,
                  "RotateLeft32": _rotate_left, "Reverse64": _reverse64,
                  "ReverseBytes64": _reverse_bytes64}
