# Calls into the library packages minigo supplies before its stdlib is Go source:
# fmt (strconv, os, errors and math are Go source now, in stdlib/).
#
# Design: a library function is a types.Func with no declaration; its link_name
# ('fmt.Println') picks the lowering here.  fmt boxes each argument
# as an `any` {descriptor, data} (an interface argument is converted: an itab's
# dynamic type replaces it) into a stack array and passes
# (array, count) to runtime_fmt_*: the runtime never keeps the arguments, so the
# boxes and the copies they point at live in the caller's frame, not the heap.
#
# A lowering reads its operands from a LibraryCall (library_call.py): the call's
# expressions as written, or values computed already (f(g()), a deferred call's
# bound arguments, a library function's own body), so no syntax is ever made up to
# reuse it; lower_call is the entry for such calls, call_library for written ones.
#
# Invariant: every lowering returns the value call_expression promises: None, a
# register value, or the literal struct of the signature's results (so
# `n, err := fmt.Println(...)` works like any multi-valued call).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import conversions, interfaces
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.library_call import LibraryCall

NIL_INTERFACE = ir.Constant(lt.INTERFACE, None)


def call_library(fc: FunctionCompiler, e: ast.CallExpr, func: ts.Func, receiver):
    """The call e of library function func, as the source wrote it."""
    return lower_call(fc, LibraryCall.written(fc, e, func.type), func, receiver)


def lower_call(fc: FunctionCompiler, call: LibraryCall, func: ts.Func, receiver):
    """A call of library function (or method, with its receiver argument) func."""
    handler = _HANDLERS.get(func.link_name)
    if handler is None:
        unsupported(call.node, f"{func.link_name or func.name}")
    if receiver is not None:
        return handler(fc, call, receiver)
    return handler(fc, call)


def lowered_names() -> set[str]:
    """The link name of every library function and method lowered here."""
    return set(_HANDLERS)


# ---------------------------------------------------------------- fmt

def boxed_arguments(fc: FunctionCompiler, call: LibraryCall, first: int):
    """(pointer to an array of interfaces, count) for the ...any arguments from index first."""
    b = fc.builder
    if call.has_ellipsis:
        return _string_value(fc, call.value(fc, first))      # a slice's pointer and length
    boxes = [_box_argument(fc, call, index) for index in range(first, len(call))]
    if not boxes:
        return ir.Constant(lt.POINTER, None), i64(0)
    array = fc.stack_slot(ir.ArrayType(lt.INTERFACE, len(boxes)), name="fmt_args")
    for index, box in enumerate(boxes):
        slot = b.gep(array, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, index)], inbounds=True)
        b.store(box, slot)
    return fc.raw(array), i64(len(boxes))


def _box_argument(fc: FunctionCompiler, call: LibraryCall, index: int) -> ir.Value:
    if call.is_nil(index):
        return NIL_INTERFACE
    t = call.type_of(index)
    return _box_value(fc, call.value_as(fc, index, t), t)


def _box_value(fc: FunctionCompiler, v: ir.Value, t: ts.Type) -> ir.Value:
    if ts.is_interface(t):
        return interfaces.to_any(fc, v, t)
    return conversions.box(fc, v, t, on_stack=True)


def _string_argument(fc: FunctionCompiler, call: LibraryCall):
    return _string_value(fc, call.value_as(fc, 0, ts.STRING_TYPE))


def _count_and_nil_error(fc: FunctionCompiler, count: ir.Value) -> ir.Value:
    result_type = ir.LiteralStructType([lt.I64, lt.INTERFACE])
    return fc.builder.insert_value(ir.Constant(result_type, None), count, 0)


def _fmt_print(name: str):
    def lower(fc: FunctionCompiler, call: LibraryCall):
        array, count = boxed_arguments(fc, call, 0)
        return _count_and_nil_error(fc, fc.runtime(name, array, count))
    return lower


def _fmt_printf(fc: FunctionCompiler, call: LibraryCall):
    format_pointer, format_length = _string_argument(fc, call)
    array, count = boxed_arguments(fc, call, 1)
    written = fc.runtime("runtime_fmt_printf", format_pointer, format_length, array, count)
    return _count_and_nil_error(fc, written)


def _fmt_fprint(name: str, formatted: bool):
    """Fprint, Fprintln, Fprintf: the Sprint* text handed to the writer (any value with
    io.Writer's Write) in one Write call, whose (n, err) they return."""
    def lower(fc: FunctionCompiler, call: LibraryCall):
        writer_type = call.parameter_type(0)
        writer = call.value_as(fc, 0, writer_type)
        if formatted:
            pointer, length = _string_value(fc, call.value_as(fc, 1, ts.STRING_TYPE))
            array, count = boxed_arguments(fc, call, 2)
            text = fc.runtime(name, pointer, length, array, count)
        else:
            array, count = boxed_arguments(fc, call, 1)
            text = fc.runtime(name, array, count)
        data = fc.stack_slot(lt.SLICE, name="fprint_bytes")
        fc.runtime("runtime_stringtoslicebyte", fc.raw(data), *_string_value(fc, text))
        return interfaces.dynamic_call(fc, writer, writer_type, "Write", [fc.builder.load(data)], None)
    return lower


def _string_value(fc: FunctionCompiler, s: ir.Value):
    """The first two words (pointer, length) of a string or slice value."""
    return fc.builder.extract_value(s, 0), fc.builder.extract_value(s, 1)


def _fmt_sprint(name: str):
    def lower(fc: FunctionCompiler, call: LibraryCall):
        array, count = boxed_arguments(fc, call, 0)
        return fc.runtime(name, array, count)
    return lower


def _fmt_sprintf(fc: FunctionCompiler, call: LibraryCall):
    format_pointer, format_length = _string_argument(fc, call)
    array, count = boxed_arguments(fc, call, 1)
    return fc.runtime("runtime_fmt_sprintf", format_pointer, format_length, array, count)


def _fmt_errorf(fc: FunctionCompiler, call: LibraryCall):
    format_pointer, format_length = _string_argument(fc, call)
    array, count = boxed_arguments(fc, call, 1)
    return fc.runtime("runtime_fmt_errorf", format_pointer, format_length, array, count)


_HANDLERS = {
    "fmt.Println": _fmt_print("runtime_fmt_println"),
    "fmt.Print": _fmt_print("runtime_fmt_print"),
    "fmt.Printf": _fmt_printf,
    "fmt.Fprint": _fmt_fprint("runtime_fmt_sprint", formatted=False),
    "fmt.Fprintln": _fmt_fprint("runtime_fmt_sprintln", formatted=False),
    "fmt.Fprintf": _fmt_fprint("runtime_fmt_sprintf", formatted=True),
    "fmt.Sprint": _fmt_sprint("runtime_fmt_sprint"),
    "fmt.Sprintln": _fmt_sprint("runtime_fmt_sprintln"),
    "fmt.Sprintf": _fmt_sprintf,
    "fmt.Errorf": _fmt_errorf,
}
