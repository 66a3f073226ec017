# complex64 and complex128 values: their constants, arithmetic, comparison,
# conversions, the complex/real/imag builtins and println's form.
#
# Design: a complex value is the LLVM struct {float, float} or {double, double}
# (types.py), real part first, in registers and in memory alike; Go lays it out the
# same way.  + - * are fieldwise float operations with no fast-math flags, so each
# rounds as gc's do on amd64 (x*y is (ac-bd) + (ad+bc)i, no fused multiply-add;
# complex64's in float64, rounded once at the end, as gc widens it).
# Division is the runtime's runtime_complex128div (gc's algorithm, NaN and infinity
# fix-ups included); complex64 divides in complex128 and rounds back, as gc does.
# == is both parts ordered-equal, so a NaN part makes values unequal.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.types import constants as exact
from minigo.types import typesystem as ts
from minigo.codegen import types as lt


def part_type(t: ts.Type) -> ts.Basic:
    """float32 for complex64, float64 for complex128."""
    return ts.FLOAT32 if ts.underlying(t).size == 8 else ts.FLOAT64


def constant(value, t: ts.Type, floating) -> ir.Constant:
    """The LLVM constant of an exact complex (or real) constant value of type t;
    floating(basic, part) lowers one part."""
    value = exact.as_complex(value)
    parts = part_type(t)
    return ir.Constant(lt.register_type(t), [floating(parts, value.re), floating(parts, value.im)])


def make(b: ir.IRBuilder, t: ts.Type, re: ir.Value, im: ir.Value) -> ir.Value:
    v = ir.Constant(lt.register_type(t), ir.Undefined)
    return b.insert_value(b.insert_value(v, re, 0), im, 1)


def parts(b: ir.IRBuilder, v: ir.Value):
    return b.extract_value(v, 0), b.extract_value(v, 1)


def operate(fc, op: str, x: ir.Value, y: ir.Value, t: ts.Type) -> ir.Value:
    b = fc.builder
    a, bi = parts(b, x)
    c, d = parts(b, y)
    if op == "+":
        return make(b, t, b.fadd(a, c), b.fadd(bi, d))
    if op == "-":
        return make(b, t, b.fsub(a, c), b.fsub(bi, d))
    if op == "*":
        return multiply(b, a, bi, c, d, t)
    if op == "/":
        return divide(fc, x, y, t)
    raise AssertionError(op)


def multiply(b: ir.IRBuilder, a, bi, c, d, t: ts.Type) -> ir.Value:
    """(a+bi)(c+di) = (ac-bd) + (ad+bc)i; complex64 parts are widened to float64
    for it and the result rounded back, as gc computes it (less cancellation)."""
    narrow = part_type(t) is ts.FLOAT32
    if narrow:
        a, bi, c, d = (b.fpext(v, lt.F64) for v in (a, bi, c, d))
    re = b.fsub(b.fmul(a, c), b.fmul(bi, d))
    im = b.fadd(b.fmul(a, d), b.fmul(bi, c))
    if narrow:
        re, im = b.fptrunc(re, lt.F32), b.fptrunc(im, lt.F32)
    return make(b, t, re, im)


def divide(fc, x: ir.Value, y: ir.Value, t: ts.Type) -> ir.Value:
    b = fc.builder
    narrow = part_type(t) is ts.FLOAT32
    words = []
    for v in (x, y):
        for part in parts(b, v):
            words.append(b.fpext(part, lt.F64) if narrow else part)
    quotient = fc.runtime("runtime_complex128div", *words)
    if not narrow:
        return quotient
    re, im = parts(b, quotient)
    return make(b, t, b.fptrunc(re, lt.F32), b.fptrunc(im, lt.F32))


def negate(b: ir.IRBuilder, x: ir.Value, t: ts.Type) -> ir.Value:
    re, im = parts(b, x)
    return make(b, t, b.fneg(re), b.fneg(im))


def equal(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    a, bi = parts(b, x)
    c, d = parts(b, y)
    return b.and_(b.fcmp_ordered("==", a, c), b.fcmp_ordered("==", bi, d))


def convert(b: ir.IRBuilder, v: ir.Value, source: ts.Type, target: ts.Type) -> ir.Value:
    """complex64 <-> complex128 (each part widened or rounded)."""
    if ts.underlying(source).size == ts.underlying(target).size:
        return v
    re, im = parts(b, v)
    if ts.underlying(target).size == 16:
        return make(b, target, b.fpext(re, lt.F64), b.fpext(im, lt.F64))
    return make(b, target, b.fptrunc(re, lt.F32), b.fptrunc(im, lt.F32))


# ---------------------------------------------------------------- builtins

def builtin_complex(fc, call) -> ir.Value:
    """complex(re, im) on a builtins CallOperands (written, or g's two results)."""
    re = call.value_as(fc, 0, call.type_of(0))
    im = call.value_as(fc, 1, call.type_of(1))
    return make(fc.builder, call.node.type, re, im)


def builtin_real(fc, call) -> ir.Value:
    return fc.builder.extract_value(call.value(fc, 0), 0)


def builtin_imag(fc, call) -> ir.Value:
    return fc.builder.extract_value(call.value(fc, 0), 1)


def print_value(fc, v: ir.Value, print_text) -> None:
    """println's form, as gc's printcomplex: (+1.000000e+000+2.000000e+000i)."""
    b = fc.builder
    print_text("(")
    for part in parts(b, v):
        fc.runtime("runtime_printfloat", b.fpext(part, lt.F64) if part.type == lt.F32 else part)
    print_text("i)")
