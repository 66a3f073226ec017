# The builtin functions: len cap append copy make new print println panic complex real imag.
#
# Design: len and cap read slice/string words inline; append grows through
# runtime_growslice only when the new length exceeds the capacity (one unsigned
# compare on the fast path) and then writes the new elements in place; copy is a
# memmove of min(len) elements; make([]T, n, c) checks its sizes as gc's
# makeslice does (same panics) and allocates with the element type's pointer flag.
# print/println write through the runtime's print primitives, to stderr, as gc's.
# Each lowering reads its operands from a library_call.CallOperands: the arguments
# as written, g's results for f(g()), or the values a defer or go statement bound
# (thunks.py), so one lowering serves all three.
#
# Invariant: every allocation here passes the element type's pointer mask
# (pointer_masks.py), so the GC scans only the words that hold pointers.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import complexes, conversions, maps, slicing
from minigo.codegen import channels, pointer_masks, unsafe_builtins
from minigo.codegen import defer as deferral
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, builtin_name, unsupported
from minigo.codegen.library_call import CallOperands

MAX_ALLOC = 1 << 48      # gc's maxAlloc on linux/amd64


def call_builtin(fc: FunctionCompiler, e: ast.CallExpr):
    """The builtin call e as written."""
    return lower_builtin(fc, builtin_name(e), CallOperands.written(fc, e))


def lower_builtin(fc: FunctionCompiler, name: str, call: CallOperands):
    """The builtin `name` called on `call`'s operands (reached as fc.call_builtin)."""
    handler = _HANDLERS.get(name)
    if handler is None:
        unsupported(call.node, f"builtin {name}")
    return handler(fc, call)


def _len(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    return _length_or_capacity(fc, call, 1)


def _cap(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    return _length_or_capacity(fc, call, 2)


def _length_or_capacity(fc: FunctionCompiler, call: CallOperands, word: int) -> ir.Value:
    x_type = call.type_of(0)
    u = ts.underlying(x_type)
    if isinstance(u, ts.Pointer):
        u = ts.underlying(u.elem)
    if isinstance(u, ts.Array):
        call.value(fc, 0)          # evaluated for its effects only
        return i64(u.length)
    if isinstance(u, (ts.Slice, ts.Basic)):
        return fc.builder.extract_value(call.value(fc, 0), word)
    if isinstance(u, ts.Map):
        return maps.length(fc, call.value(fc, 0))
    if isinstance(u, ts.Chan):
        return channels.length_or_capacity(fc, call.value(fc, 0), word)
    unsupported(call.node, f"len/cap of {x_type}")


def _new(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    return fc.heap_alloc(call.arguments[0].type)


def _make(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    e = call.node      # make's first operand is a type: never bound or spread
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
    fc.check_message(length_ok, "runtime error: makeslice: len out of range")
    if check_capacity:
        capacity_ok = b.and_(b.icmp_unsigned("<=", capacity, most),
                             b.icmp_unsigned("<=", length, capacity))
        fc.check_message(capacity_ok, "runtime error: makeslice: cap out of range")
    data = fc.heap_alloc(elem, capacity)
    return slicing.make_slice(fc, data, length, capacity)


# ---------------------------------------------------------------- append and copy

def _append(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    slice_type = call.result_type
    elem = ts.underlying(slice_type).elem
    s = call.value_as(fc, 0, slice_type)
    if call.has_ellipsis:
        source_value = call.value_as(fc, 1, call.type_of(1)) if not call.is_nil(1) \
            else ir.Constant(lt.SLICE, None)
        data = fc.builder.extract_value(source_value, 0)
        count = fc.builder.extract_value(source_value, 1)
        grown, old_length = grow(fc, s, count, elem)
        destination = fc.element_pointer(fc.builder.extract_value(grown, 0), elem, old_length)
        fc.copy_memory(destination, data, fc.builder.mul(count, i64(lt.size_of(elem))))
        return grown
    values = [call.value_as(fc, index, elem) for index in range(1, len(call))]
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


def _copy(fc: FunctionCompiler, call: CallOperands) -> ir.Value:
    b = fc.builder
    destination = call.value(fc, 0)
    source = call.value(fc, 1)
    elem = ts.underlying(call.type_of(0)).elem
    destination_length = b.extract_value(destination, 1)
    source_length = b.extract_value(source, 1)
    count = b.select(b.icmp_signed("<", destination_length, source_length),
                     destination_length, source_length)
    fc.copy_memory(b.extract_value(destination, 0), b.extract_value(source, 0),
                   b.mul(count, i64(lt.size_of(elem))))
    return count


# ---------------------------------------------------------------- print, println, panic

def _print(fc: FunctionCompiler, call: CallOperands) -> None:
    for index in range(len(call)):
        print_value(fc, call, index)


def _println(fc: FunctionCompiler, call: CallOperands) -> None:
    for index in range(len(call)):
        if index:
            fc.runtime("runtime_printsp")
        print_value(fc, call, index)
    fc.runtime("runtime_printnl")


def print_value(fc: FunctionCompiler, call: CallOperands, index: int) -> None:
    b = fc.builder
    if call.is_nil(index):
        fc.runtime("runtime_printstring", *_string_words(fc, "nil"))
        return
    t = call.type_of(index)
    u = ts.underlying(t)
    v = call.value_as(fc, index, t)
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
            unsupported(call.node, f"printing {t}")
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
        unsupported(call.node, f"printing {t}")


def _print_words(fc: FunctionCompiler, *parts) -> None:
    for part in parts:
        if isinstance(part, str):
            fc.runtime("runtime_printstring", *_string_words(fc, part))
        else:
            fc.runtime("runtime_printint", part)


def _string_words(fc: FunctionCompiler, text: str):
    return fc.program.string_words(text.encode())


def _panic(fc: FunctionCompiler, call: CallOperands) -> None:
    if call.is_nil(0):
        null = ir.Constant(lt.POINTER, None)
        fc.runtime("runtime_gopanic", null, null)
        return
    boxed = call.value_as(fc, 0, ts.Interface([]))
    fc.runtime("runtime_gopanic", fc.builder.extract_value(boxed, 0), fc.builder.extract_value(boxed, 1))


_HANDLERS = {
    "len": _len, "cap": _cap, "new": _new, "make": _make, "append": _append, "copy": _copy,
    "print": _print, "println": _println, "panic": _panic, "delete": maps.delete,
    "recover": lambda fc, call: deferral.recover(fc),
    "close": channels.close,
    "complex": complexes.builtin_complex, "real": complexes.builtin_real, "imag": complexes.builtin_imag,
    **unsafe_builtins.HANDLERS,
}
