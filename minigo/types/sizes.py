"""Go's sizes, alignments and field offsets on amd64 (gc's rules, which equal LLVM's
natural layout for the LLVM types codegen/types.py gives Go types): what codegen lays
values out by and what unsafe.Sizeof, Alignof and Offsetof fold into constants.

One known difference from gc: gc pads a struct whose last field has size zero (so that
a pointer to that field cannot point past the object); minigo lays it out without
that byte, so Sizeof(struct{a int64; b struct{}}) is 8 here and 16 with gc."""
from __future__ import annotations

from minigo.types import typesystem as ts

WORD = 8


def align_of(t: ts.Type) -> int:
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        if u.info & ts.STRING:
            return WORD
        if u.info & ts.COMPLEX:
            return u.size // 2
        return max(1, min(u.size, WORD))
    if isinstance(u, ts.Array):
        return align_of(u.elem)
    if isinstance(u, ts.Struct):
        return max([align_of(f.type) for f in u.fields], default=1)
    if isinstance(u, ts.Tuple):
        return max([align_of(v.type) for v in u.vars], default=1)
    return WORD


def size_of(t: ts.Type) -> int:
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        return u.size
    if isinstance(u, ts.Array):
        return u.length * size_of(u.elem)
    if isinstance(u, ts.Struct):
        # One size_of per field: asking field_offsets and then the last field's size
        # again doubled the work at every level of nesting (2**depth).
        end = 0
        for f in u.fields:
            end = round_up(end, align_of(f.type)) + size_of(f.type)
        return round_up(end, align_of(u))
    if isinstance(u, ts.Slice):
        return 3 * WORD
    if isinstance(u, ts.Interface):
        return 2 * WORD
    if isinstance(u, ts.Tuple):
        return size_of(ts.Struct(list(u.vars)))
    return WORD


def field_offsets(struct: ts.Struct) -> list[int]:
    offsets = []
    offset = 0
    for f in struct.fields:
        offset = round_up(offset, align_of(f.type))
        offsets.append(offset)
        offset += size_of(f.type)
    return offsets


def round_up(n: int, align: int) -> int:
    return (n + align - 1) // align * align
