# Strings: {i8* bytes, i64 length}, immutable, shared freely.
#
# Design: indexing and len are inline (bounds checked); equality is inline (length
# compare, then memcmp, which LLVM turns into a few loads when one side is a short
# constant); ordering, concatenation and conversions call the runtime.  range over
# a string decodes ASCII inline and calls runtime_decoderune only for multi-byte
# runes, as gc does.
#
# Invariant: a string's bytes are never written after the string is made, so
# substrings and conversions to string may share memory with their source where
# Go allows it (s[i:j] shares; string([]byte) copies, in the runtime).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.codegen import types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler


def pointer(fc: FunctionCompiler, s: ir.Value) -> ir.Value:
    return fc.builder.extract_value(s, 0)


def length(fc: FunctionCompiler, s: ir.Value) -> ir.Value:
    return fc.builder.extract_value(s, 1)


def make(fc: FunctionCompiler, data: ir.Value, size: ir.Value) -> ir.Value:
    s = fc.builder.insert_value(ir.Constant(lt.STRING, None), fc.raw(data), 0)
    return fc.builder.insert_value(s, size, 1)


def index(fc: FunctionCompiler, s: ir.Value, position: ir.Value) -> ir.Value:
    """s[position] as an i8 (a byte), bounds checked."""
    fc.bounds_check(position, length(fc, s))
    address = fc.builder.gep(pointer(fc, s), [position], inbounds=True)
    return fc.builder.load(address)


def concatenate(fc: FunctionCompiler, x: ir.Value, y: ir.Value) -> ir.Value:
    return fc.runtime("runtime_concatstrings", pointer(fc, x), length(fc, x),
                      pointer(fc, y), length(fc, y))


def compare(fc: FunctionCompiler, x: ir.Value, y: ir.Value) -> ir.Value:
    """-1, 0 or 1 as an i64."""
    return fc.runtime("runtime_cmpstring", pointer(fc, x), length(fc, x),
                      pointer(fc, y), length(fc, y))


def equal(fc: FunctionCompiler, x: ir.Value, y: ir.Value) -> ir.Value:
    b = fc.builder
    same_length = b.icmp_unsigned("==", length(fc, x), length(fc, y))
    compare_bytes = fc.new_block("string_bytes")
    done = fc.new_block("string_equal")
    before = b.block
    b.cbranch(same_length, compare_bytes, done)
    fc.start(compare_bytes)
    difference = fc.runtime("memcmp", pointer(fc, x), pointer(fc, y), length(fc, x))
    bytes_equal = b.icmp_signed("==", difference, ir.Constant(lt.I32, 0))
    after_compare = b.block
    b.branch(done)
    fc.start(done)
    return fc.merge(([ir.Constant(lt.I1, 0)], before), ([bytes_equal], after_compare))[0]


def decode_rune(fc: FunctionCompiler, s: ir.Value, position: ir.Value) -> tuple[ir.Value, ir.Value]:
    """The rune starting at byte `position` (an i32) and the index after it (an i64);
    position must be in range."""
    b = fc.builder
    byte = b.load(b.gep(pointer(fc, s), [position], inbounds=True))
    ascii_rune = b.zext(byte, lt.I32)
    ascii_next = b.add(position, i64(1))
    ascii_block = b.block
    is_ascii = b.icmp_unsigned("<", byte, ir.Constant(lt.I8, 0x80))
    multibyte = fc.new_block("multibyte_rune")
    done = fc.new_block("rune_decoded")
    b.cbranch(is_ascii, done, multibyte)
    fc.start(multibyte)
    packed = fc.runtime("runtime_decoderune", pointer(fc, s), length(fc, s), position)
    decoded_rune = b.trunc(packed, lt.I32)
    decoded_next = b.lshr(packed, i64(32))
    multibyte_end = b.block
    b.branch(done)
    fc.start(done)
    rune, following = fc.merge(([ascii_rune, ascii_next], ascii_block),
                               ([decoded_rune, decoded_next], multibyte_end))
    return rune, following
