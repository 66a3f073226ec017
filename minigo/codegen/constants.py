# Exact Go constants (the checker's Python int/Fraction/float/str/bool/ComplexValue) to LLVM constants.
#
# Design: constants arrive exact and representable in their type (the checker
# rejects overflow), so lowering only rounds floats and reinterprets integers as
# two's complement of the type's width.  float32 values are rounded once, from the
# exact value, never through float64 (double rounding would differ from gc).
# Strings become private unnamed_addr byte arrays shared by content; a string
# value is {pointer to the bytes, length} and "" is {null, 0}.
from __future__ import annotations

import math
import struct
from fractions import Fraction

import llvmlite.ir as ir

from minigo.types import typesystem as ts
from minigo.codegen import complexes
from minigo.codegen import types as lt


def constant(program, value, t: ts.Type) -> ir.Constant:
    """The register-form LLVM constant for Go constant `value` of type t."""
    t = ts.default_type(t)
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        if u.info & ts.BOOLEAN:
            return ir.Constant(lt.I1, int(bool(value)))
        if u.info & ts.STRING:
            return program.string_constant(string_bytes(value))
        if u.info & ts.INTEGER:
            return integer(lt.memory_type(u), exact_integer(value))
        if u.info & ts.FLOAT:
            return floating(u, value)
        if u.info & ts.COMPLEX:
            return complexes.constant(value, u, floating)
        if u is ts.UNTYPED_NIL or u is ts.UNSAFE_POINTER:
            return ir.Constant(lt.POINTER, None)
    if value is None:
        return ir.Constant(lt.register_type(t), None)
    raise TypeError(f"constant {value!r} of type {t}")


def memory_constant(program, value, t: ts.Type) -> ir.Constant:
    """As constant(), in memory form (a bool is an i8)."""
    c = constant(program, value, t)
    if c.type == lt.I1:
        return ir.Constant(lt.I8, int(bool(value)))
    return c


def zero(t: ts.Type) -> ir.Constant:
    return ir.Constant(lt.register_type(t), None)


def integer(llvm_type: ir.IntType, value: int) -> ir.Constant:
    width = llvm_type.width
    value &= (1 << width) - 1
    if value >= 1 << (width - 1):
        value -= 1 << width
    return ir.Constant(llvm_type, value)


def i64(value: int) -> ir.Constant:
    return integer(lt.I64, value)


def exact_integer(value) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return value.numerator // value.denominator
    if isinstance(value, float):
        return int(value)
    raise TypeError(f"integer constant {value!r}")


def floating(basic: ts.Basic, value) -> ir.Constant:
    if basic.size == 4 or basic is ts.FLOAT32:
        return ir.Constant(lt.F32, round_to_float32(value))
    return ir.Constant(lt.F64, to_float64(value))


def to_float64(value) -> float:
    if isinstance(value, float):
        return value
    return float(Fraction(value))   # Fraction -> float rounds correctly to nearest


def round_to_float32(value) -> float:
    """The float32 nearest to the exact value (ties to even), as a Python float."""
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return value
    exact = Fraction(value)
    guess = _as_float32(float(exact))
    candidates = [c for c in (_float32_step(guess, -1), guess, _float32_step(guess, 1))
                  if not math.isinf(c) and not math.isnan(c)]
    if not candidates:
        return guess
    return min(candidates, key=lambda c: (abs(Fraction(c) - exact), _float32_bits(c) & 1))


def _as_float32(x: float) -> float:
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _float32_bits(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


def _float32_step(x: float, direction: int) -> float:
    """The float32 next to x towards +inf (direction 1) or -inf (-1)."""
    if math.isinf(x):
        return x
    if x == 0:
        tiny = struct.unpack("<f", struct.pack("<I", 1))[0]
        return tiny * direction
    bits = _float32_bits(x)
    away_from_zero = (x > 0) == (direction > 0)
    bits += 1 if away_from_zero else -1
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def string_bytes(value) -> bytes:
    """Go strings are byte strings; the checker hands str (or bytes for invalid UTF-8)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return value.encode("utf-8", errors="surrogateescape")
