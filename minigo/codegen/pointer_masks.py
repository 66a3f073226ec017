# Pointer masks: which words of a heap object the collector scans (runtime.h).
#
# Design: every runtime_alloc (and runtime_growslice) takes the pointer mask of the
# type it allocates instead of a "has pointers" flag.  A mask is a constant global
# "gcmask:<type key>" of i64 words: [stride, bits...]: stride is the type's size in
# words and bit i (bit i % 64 of bits[i / 64]) says word i of a value holds a
# pointer.  A type all of whose words are pointers (*T, func, map, chan, a struct
# of pointers) gets CONSERVATIVE, stride 1: the runtime puts those in dense spans
# that need no bitmap (malloc.c).  An allocation of n values repeats
# the mask every stride words, so an array's mask is its element's and arrays
# are stripped before a mask is built.  A type without pointers passes null: the
# object lands in a noscan span the collector never looks into.
#
# Invariants: a word the mask leaves out never holds a heap pointer (it is an
# integer, a float, a length, or padding); when in doubt a mask says "pointer"
# (a type this file does not know, or a value so big that its mask would be
# huge, gets CONSERVATIVE: every word, the scan gc.c did before masks).  The
# first word of an interface (a type descriptor or an itab) never points into
# the heap, but is scanned anyway: cheap, and it keeps the rule simple.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.types import typesystem as ts
from minigo.codegen import types as lt

WORD = 8
MAX_MASK_WORDS = 1 << 16        # past this many words, a value is scanned whole
CONSERVATIVE = "gcmask:conservative"


def pointer_bits(t: ts.Type) -> int:
    """Bit i set: word i of a t holds a pointer (or may: see CONSERVATIVE)."""
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        return 1 if lt.has_pointers(u) else 0
    if isinstance(u, (ts.Pointer, ts.Map, ts.Chan, ts.Signature, ts.Slice)):
        return 1
    if isinstance(u, ts.Interface):
        return 0b11
    if isinstance(u, ts.Array):
        element = pointer_bits(u.elem)
        stride = lt.size_of(u.elem) // WORD
        bits = 0
        if element:
            for index in range(u.length):
                bits |= element << (index * stride)
        return bits
    if isinstance(u, (ts.Struct, ts.Tuple)):
        struct = u if isinstance(u, ts.Struct) else ts.Struct(list(u.vars))
        bits = 0
        for f, offset in zip(struct.fields, lt.field_offsets(struct)):
            bits |= pointer_bits(f.type) << (offset // WORD)
        return bits
    return (1 << max(1, lt.size_of(t) // WORD)) - 1


def allocation_mask(fc, t: ts.Type) -> ir.Constant:
    """The i8* mask runtime_alloc takes for a t (or an array of t): null for no pointers."""
    while isinstance(ts.underlying(t), ts.Array) and lt.has_pointers(t):
        t = ts.underlying(t).elem
    return value_mask(fc.program, t)


def value_mask(program, t: ts.Type) -> ir.Constant:
    """One t's mask (its descriptor's pointer_mask): null for no pointers."""
    if not lt.has_pointers(t):
        return ir.Constant(lt.POINTER, None)
    words = lt.size_of(t) // WORD
    if words > MAX_MASK_WORDS:
        return _conservative(program.module)
    bits = pointer_bits(t)
    if bits == (1 << words) - 1:
        return _conservative(program.module)   # every word: a dense span, no bitmap
    key = "gcmask:" + program.descriptors.key(t)
    return _mask_global(program.module, key, words, bits)


def conservative_mask(fc) -> ir.Constant:
    """Every word may be a pointer: for memory whose layout has no Go type."""
    return _conservative(fc.module)


def _conservative(module: ir.Module) -> ir.Constant:
    return _mask_global(module, CONSERVATIVE, 1, 1)


def no_pointers() -> ir.Constant:
    return ir.Constant(lt.POINTER, None)


def _mask_global(module: ir.Module, name: str, stride: int, bits: int) -> ir.Constant:
    existing = module.globals.get(name)
    if existing is None:
        words = [stride] + [(bits >> (64 * i)) & (2 ** 64 - 1) for i in range((stride + 63) // 64)]
        array_type = ir.ArrayType(lt.I64, len(words))
        existing = ir.GlobalVariable(module, array_type, name)
        existing.linkage = "linkonce_odr"
        existing.global_constant = True
        existing.align = 8
        existing.initializer = ir.Constant(array_type, words)
    return existing.bitcast(lt.POINTER)
