# Calls of Go functions: arguments, multiple results, variadic packing.
#
# Design: a Go function is an LLVM function taking its parameters in register form
# (types.function_type); no result is void, one result is returned as itself, and
# several come back as one literal struct {r1, r2, ...}, which x86-64 returns in
# registers when small and LLVM demotes to a hidden pointer when not.  Callers take
# the struct apart with extractvalue (call_results).  A CallExpr is one of four
# things, told by its .fun: a conversion (mode 'type'), a builtin (mode 'builtin'),
# a library function (a Func without a declaration, lowered by library.py), or a
# call of a function declared in the package.
#
# Invariants: arguments are evaluated left to right, each converted to its
# parameter's type by fc.value_as; f(g()) spreads g's results; a variadic
# call packs its extra arguments into a fresh heap slice (nil when there are none),
# and f(s...) passes s itself, as Go specifies.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import builtins, conversions, library, runtime_abi, slicing, sync_lowering
from minigo.codegen import closures
from minigo.codegen import interfaces, methods
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.function import field_type_at, follow_fields, is_addressable, unparen
from minigo.codegen.function import walk_fields_from_address


def call_expression(fc: FunctionCompiler, e: ast.CallExpr):
    """The call's LLVM result: None (no results), a value, or a struct of results;
    taken from fc.hoisted when order.hoist_calls already made the call."""
    if e in fc.hoisted:
        return fc.hoisted.pop(e)
    return fc.evaluate_call(e)


def evaluate_call(fc: FunctionCompiler, e: ast.CallExpr):
    fun = unparen(e.fun)
    if fun.mode == "type":
        return conversions.conversion_call(fc, e)
    if fun.mode == "builtin":
        return builtins.call_builtin(fc, e)
    if closures.is_func_value_call(fun):
        return closures.call_value_expression(fc, e, fun)
    if methods.is_method_expression(fun):
        return methods.call_method_expression(fc, e, fun)
    holder = interfaces.method_holder_type(fun)
    if holder is not None:
        return interfaces.call_method(fc, e, fun, holder)
    func, receiver = fc.resolve_callee(fun)
    if func.decl is None or (func.pkg is not None and func.pkg.is_library):
        return library.call_library(fc, e, func, receiver)
    if func.link_name in runtime_abi.LOWERED_AT_CALLS:
        return sync_lowering.lower_at_call(fc, e, func)
    arguments = fc.call_arguments(e, func.type)
    if receiver is not None:
        arguments.insert(0, receiver)
    results = func.type.results
    out = None
    if lt.returns_in_memory(results):
        out = fc.raw(fc.stack_slot(lt.memory_type(lt.results_memory_type(results))))
        arguments.insert(0, out)
    result = fc.builder.call(fc.program.function_for(func), arguments)
    if out is not None:
        return out
    return None if isinstance(result.type, ir.VoidType) else result


def call_results(fc: FunctionCompiler, e: ast.CallExpr) -> list[ir.Value]:
    """Each result of a multi-valued call, in register form."""
    result = fc.call(e)
    types = e.type.types() if isinstance(e.type, ts.Tuple) else []
    if not any(lt.is_big(t) for t in types):
        return [fc.builder.extract_value(result, index) for index in range(len(types))]
    values = []
    for index, t in enumerate(types):
        pointer = fc.field_pointer(result, e.type, index)
        values.append(fc.raw(pointer) if lt.is_big(t) else fc.load(pointer, t))
    return values


def resolve_callee(fc: FunctionCompiler, fun: ast.Expr):
    """(the Func called, its receiver argument or None)."""
    if isinstance(fun, ast.Ident) and isinstance(fun.obj, ts.Func):
        return fun.obj, None
    if isinstance(fun, ast.SelectorExpr):
        if fun.selection is None and isinstance(fun.sel.obj, ts.Func):
            return fun.sel.obj, None
        if fun.selection is not None and fun.selection.kind == "method":
            return fun.selection.obj, fc.receiver_of(fun)
    unsupported(fun, "calls of function values")


def receiver_of(fc: FunctionCompiler, fun: ast.SelectorExpr) -> ir.Value:
    """The receiver argument of x.M(): x, &x or *x as M's receiver type needs, reached
    through the embedded fields the selection walks for a promoted method."""
    if ts.is_interface(fun.x.type):
        return fc.value(fun.x)
    recv = fun.selection.obj.type.recv
    wants_pointer = recv is not None and isinstance(ts.underlying(recv.type), ts.Pointer)
    embedded = list(fun.selection.path[:-1])
    x_type = fun.x.type
    if not embedded and not wants_pointer and not isinstance(ts.underlying(x_type), ts.Pointer):
        return fc.value(fun.x)
    pointer, target_type = _receiver_location(fc, fun.x, x_type, embedded)
    if wants_pointer:
        return fc.raw(pointer)
    fc.nil_check(pointer)
    return fc.load(pointer, target_type)


def _receiver_location(fc: FunctionCompiler, x: ast.Expr, x_type: ts.Type, embedded: list[int]):
    """(pointer, type of the value it points at) for the receiver's base value."""
    if isinstance(ts.underlying(x_type), ts.Pointer):
        pointer = fc.value(x)
        if not embedded:
            return pointer, ts.underlying(x_type).elem
        location = follow_fields(fc, pointer, x_type, embedded)
    else:
        if is_addressable(x):
            base = fc.address(x)
        else:
            base = fc.spill(fc.value(x), x_type)
        if not embedded:
            return base, x_type
        location = walk_fields_from_address(fc, base, x_type, embedded)
    field_type = field_type_at(x_type, embedded)
    if isinstance(ts.underlying(field_type), ts.Pointer):
        return fc.load(location, field_type), ts.underlying(field_type).elem
    return location, field_type


def call_arguments(fc: FunctionCompiler, e: ast.CallExpr, signature: ts.Signature) -> list[ir.Value]:
    parameters = [v.type for v in signature.params.vars]
    if len(e.args) == 1 and isinstance(e.args[0].type, ts.Tuple):
        spread = e.args[0]
        values = fc.call_results(spread)
        types = spread.type.types()
        if signature.variadic:
            return _pack_spread(fc, values, types, parameters)
        return [conversions.implicit(fc, v, t, p) for v, t, p in zip(values, types, parameters)]
    if not signature.variadic or e.has_ellipsis:
        return [fc.value_as(a, p) for a, p in zip(e.args, parameters)]
    fixed = len(parameters) - 1
    arguments = [fc.value_as(a, p) for a, p in zip(e.args[:fixed], parameters)]
    element_type = ts.underlying(parameters[-1]).elem
    extras = [fc.value_as(a, element_type) for a in e.args[fixed:]]
    arguments.append(pack_slice(fc, extras, element_type))
    return arguments


def _pack_spread(fc, values, types, parameters) -> list[ir.Value]:
    fixed = len(parameters) - 1
    arguments = [conversions.implicit(fc, v, t, p)
                 for v, t, p in zip(values[:fixed], types[:fixed], parameters)]
    element_type = ts.underlying(parameters[-1]).elem
    extras = [conversions.implicit(fc, v, t, element_type)
              for v, t in zip(values[fixed:], types[fixed:])]
    arguments.append(pack_slice(fc, extras, element_type))
    return arguments


def pack_slice(fc: FunctionCompiler, values: list[ir.Value], element_type: ts.Type) -> ir.Value:
    """A new slice holding values (already of element_type); nil when empty."""
    if not values:
        return ir.Constant(lt.SLICE, None)
    data = fc.heap_alloc(element_type, i64(len(values)))
    for index, v in enumerate(values):
        fc.store(v, fc.element_pointer(data, element_type, i64(index)), element_type)
    count = i64(len(values))
    return slicing.make_slice(fc, data, count, count)


VALUE_HANDLERS = {      # this file's part of the value table (lowering.py installs it)
    ast.CallExpr: call_expression,
}
