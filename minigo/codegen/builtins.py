# The builtin functions: len cap append copy make new print println panic complex real imag.
#
# Design: len and cap read slice/string words inline; append grows through
# runtime_growslice only when the new length exceeds the capacity (one unsigned
# compare on the fast path) and then writes the new elements in place; copy is a
# memmove of min(len) elements; make([]T, n, c) checks its sizes as gc's
# makeslice does (same panics) and allocates with the element type's pointer flag.
# print/println write through the runtime's print primitives, to stderr, as gc's.
#
# Invariant: every allocation here passes the element type's pointer mask
# (pointer_masks.py), so the GC scans only the words that hold pointers.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import complexes, conversions, maps, slicing
from minigo.codegen import channels, pointer_masks
from minigo.codegen import defer as deferral
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, is_nil, unparen, unsupported

MAX_ALLOC = 1 << 48      # gc's maxAlloc on linux/amd64


def call_builtin(fc: FunctionCompiler, e: ast.CallExpr):
    fun = unparen(e.fun)
    name = fun.obj.name if getattr(fun, "obj", None) is not None else fun.name
    handler = _HANDLERS.get(name)
    if handler is None:
        unsupported(e, f"builtin {name}")
    return handler(fc, fc.spread_results(e))


def _len(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    return _length_or_capacity(fc, e, 1)


def _cap(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    return _length_or_capacity(fc, e, 2)


def _length_or_capacity(fc: FunctionCompiler, e: ast.CallExpr, word: int) -> ir.Value:
    x = e.args[0]
    u = ts.underlying(x.type)
    if isinstance(u, ts.Pointer):
        u = ts.underlying(u.elem)
    if isinstance(u, ts.Array):
        fc.value(x)          # evaluated for its effects only
        return i64(u.length)
    if isinstance(u, (ts.Slice, ts.Basic)):
        return fc.builder.extract_value(fc.value(x), word)
    if isinstance(u, ts.Map):
        return maps.length(fc, fc.value(x))
    if isinstance(u, ts.Chan):
        return channels.length_or_capacity(fc, fc.value(x), word)
    unsupported(e, f"len/cap of {x.type}")


def _new(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    return fc.heap_alloc(e.args[0].type)


def _make(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    t = e.args[0].type
    u = ts.underlying(t)
    if isinstance(u, ts.Map):
        return maps.make(fc, e)
    if isinstance(u, ts.Chan):
        return channels.make(fc, e)
    if not isinstance(u, ts.Slice):
        unsupported(e, "channels")
    length = fc.index_value(e.args[1])
    capacity = fc.index_value(e.args[2]) if len(e.args) > 2 else length
    return make_slice_of(fc, u.elem, length, capacity, check_capacity=len(e.args) > 2)


def make_slice_of(fc: FunctionCompiler, elem: ts.Type, length: ir.Value, capacity: ir.Value,
                  check_capacity: bool = True) -> ir.Value:
    b = fc.builder
    size = lt.size_of(elem)
    most = i64(MAX_ALLOC // size if size else 2 ** 63 - 1)
    length_ok = b.icmp_unsigned("<=", length, most)
    _check_or_panic(fc, length_ok, "runtime error: makeslice: len out of range")
    if check_capacity:
        capacity_ok = b.and_(b.icmp_unsigned("<=", capacity, most),
                             b.icmp_unsigned("<=", length, capacity))
        _check_or_panic(fc, capacity_ok, "runtime error: makeslice: cap out of range")
    data = fc.heap_alloc(elem, capacity)
    return slicing.make_slice(fc, data, length, capacity)


def _check_or_panic(fc: FunctionCompiler, ok: ir.Value, message: str) -> None:
    fc.check(ok, "runtime_panic_message", *fc.program.string_words(message.encode()))


# ---------------------------------------------------------------- append and copy

def _append(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    slice_type = e.type
    elem = ts.underlying(slice_type).elem
    s = fc.value_as(e.args[0], slice_type)
    if e.has_ellipsis:
        source = e.args[1]
        source_value = fc.value_as(source, source.type) if not is_nil(source) \
            else ir.Constant(lt.SLICE, None)
        data = fc.builder.extract_value(source_value, 0)
        count = fc.builder.extract_value(source_value, 1)
        grown, old_length = grow(fc, s, count, elem)
        destination = fc.element_pointer(fc.builder.extract_value(grown, 0), elem, old_length)
        fc.copy_memory(destination, data, fc.builder.mul(count, i64(lt.size_of(elem))))
        return grown
    values = [fc.value_as(a, elem) for a in e.args[1:]]
    grown, old_length = grow(fc, s, i64(len(values)), elem)
    data = fc.builder.extract_value(grown, 0)
    for offset, v in enumerate(values):
        position = fc.builder.add(old_length, i64(offset))
        fc.store(v, fc.element_pointer(data, elem, position), elem)
    return grown


def grow(fc: FunctionCompiler, s: ir.Value, count: ir.Value, elem: ts.Type):
    """(s with its length increased by count, reallocated if needed; the old length)."""
    b = fc.builder
    data = b.extract_value(s, 0)
    length = b.extract_value(s, 1)
    capacity = b.extract_value(s, 2)
    new_length = b.add(length, count)
    fits = b.icmp_unsigned("<=", new_length, capacity)
    before = b.block
    slow = fc.new_block("growslice")
    done = fc.new_block("appended")
    b.cbranch(fits, done, slow)
    fc.start(slow)
    # the array and capacity come back in registers: an out-slot in the frame
    # would keep the last array it received alive (the stack is scanned whole)
    grown = fc.runtime("runtime_growslice", data, length, capacity, new_length,
                       i64(lt.size_of(elem)), pointer_masks.allocation_mask(fc, elem))
    grown_words = [b.extract_value(grown, 0), b.extract_value(grown, 1)]
    slow_end = b.block
    b.branch(done)
    fc.start(done)
    final_data, final_capacity = fc.merge(([data, capacity], before), (grown_words, slow_end))
    return slicing.make_slice(fc, final_data, new_length, final_capacity), length


def _copy(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    b = fc.builder
    destination = fc.value(e.args[0])
    source = fc.value(e.args[1])
    elem = ts.underlying(e.args[0].type).elem
    destination_length = b.extract_value(destination, 1)
    source_length = b.extract_value(source, 1)
    count = b.select(b.icmp_signed("<", destination_length, source_length),
                     destination_length, source_length)
    fc.copy_memory(b.extract_value(destination, 0), b.extract_value(source, 0),
                   b.mul(count, i64(lt.size_of(elem))))
    return count


# ---------------------------------------------------------------- print, println, panic

def _print(fc: FunctionCompiler, e: ast.CallExpr) -> None:
    for a in e.args:
        print_value(fc, a)


def _println(fc: FunctionCompiler, e: ast.CallExpr) -> None:
    for index, a in enumerate(e.args):
        if index:
            fc.runtime("runtime_printsp")
        print_value(fc, a)
    fc.runtime("runtime_printnl")


def print_value(fc: FunctionCompiler, a: ast.Expr) -> None:
    b = fc.builder
    if is_nil(a):
        fc.runtime("runtime_printstring", *_string_words(fc, "nil"))
        return
    t = ts.default_type(a.type)
    u = ts.underlying(t)
    v = fc.value_as(a, t)
    if isinstance(u, ts.Basic):
        if u.info & ts.BOOLEAN:
            fc.runtime("runtime_printbool", b.zext(v, lt.I64))
        elif u.info & ts.STRING:
            fc.runtime("runtime_printstring", b.extract_value(v, 0), b.extract_value(v, 1))
        elif u.info & ts.FLOAT:
            fc.runtime("runtime_printfloat", b.fpext(v, lt.F64) if v.type == lt.F32 else v)
        elif u.info & ts.UNSIGNED:
            fc.runtime("runtime_printuint", conversions.integer_to_i64(fc, v, t))
        elif u.info & ts.INTEGER:
            fc.runtime("runtime_printint", conversions.integer_to_i64(fc, v, t))
        elif u.info & ts.COMPLEX:
            complexes.print_value(fc, v, lambda text: _print_words(fc, text))
        elif u.kind == 26:
            fc.runtime("runtime_printpointer", v)
        else:
            unsupported(a, f"printing {t}")
    elif isinstance(u, ts.Slice):
        _print_words(fc, "[", b.extract_value(v, 1), "/", b.extract_value(v, 2), "]")
        fc.runtime("runtime_printpointer", b.extract_value(v, 0))
    elif isinstance(u, ts.Interface):
        fc.runtime("runtime_printstring", *_string_words(fc, "("))
        fc.runtime("runtime_printpointer", b.extract_value(v, 0))
        fc.runtime("runtime_printstring", *_string_words(fc, ","))
        fc.runtime("runtime_printpointer", b.extract_value(v, 1))
        fc.runtime("runtime_printstring", *_string_words(fc, ")"))
    elif lt.is_pointer_shaped(t):
        fc.runtime("runtime_printpointer", v)
    else:
        unsupported(a, f"printing {t}")


def _print_words(fc: FunctionCompiler, *parts) -> None:
    for part in parts:
        if isinstance(part, str):
            fc.runtime("runtime_printstring", *_string_words(fc, part))
        else:
            fc.runtime("runtime_printint", part)


def _string_words(fc: FunctionCompiler, text: str):
    return fc.program.string_words(text.encode())


def _panic(fc: FunctionCompiler, e: ast.CallExpr) -> None:
    argument = e.args[0]
    if is_nil(argument):
        null = ir.Constant(lt.POINTER, None)
        fc.runtime("runtime_gopanic", null, null)
        return
    boxed = fc.value_as(argument, ts.Interface([]))
    fc.runtime("runtime_gopanic", fc.builder.extract_value(boxed, 0), fc.builder.extract_value(boxed, 1))


_HANDLERS = {
    "len": _len, "cap": _cap, "new": _new, "make": _make, "append": _append, "copy": _copy,
    "print": _print, "println": _println, "panic": _panic, "delete": maps.delete,
    "recover": lambda fc, e: deferral.recover(fc, e),
    "close": channels.close,
    "complex": complexes.builtin_complex, "real": complexes.builtin_real, "imag": complexes.builtin_imag,
}
