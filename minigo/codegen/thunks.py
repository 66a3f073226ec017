# Calls bound to their operands: the func() values a defer or go statement runs.
#
# Design: bind_call(fc, call, hint) evaluates a call's operands now, as Go evaluates
# them at a defer or go statement (the function value, a method value's receiver,
# the arguments), and returns a func() value that makes the call later.  Apart from
# a func() value called as is, that value is a *thunk*: a wrapper closure
# (closures.py's ABI, wrapper=True) whose captured values are those operands and
# whose code loads them and makes the call.  A builtin or library call is replayed:
# its non-constant arguments are bound, and the thunk lowers the call again on a
# library_call.CallOperands (LibraryCall) holding the loaded values
# (fc.call_builtin, fc.call_library); no syntax is made up for it.
#
# Invariant: every operand is evaluated exactly once, before bind_call returns;
# on_stack closures live in the binding function's frame and must not outlive it.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import interfaces, methods
from minigo.codegen.closures import PLAIN_FUNC, call_func_value, captured_value
from minigo.codegen.closures import declare_closure_function, is_func_value_call, make_closure
from minigo.codegen.function import FunctionCompiler, builtin_name, is_nil, unparen, unsupported
from minigo.codegen.library_call import CallOperands, Evaluated, LibraryCall


def bind_call(fc: FunctionCompiler, call: ast.CallExpr, hint: str, on_stack: bool = False) -> ir.Value:
    """A func() value that makes `call` later, its operands evaluated now, as Go
    evaluates them at a defer or go statement: the function value (a method value
    binds its receiver now) and the arguments.  Apart from a func() value called as
    is, it is a *thunk*: a wrapper (named owner.hint) whose closure holds those
    values and whose code makes the call.  on_stack: the closure lives in the
    current frame (it must not outlive it)."""
    fun = unparen(call.fun)
    if fun.mode == "builtin":
        return _replayed_call_thunk(fc, call, None, None, hint, on_stack)
    if is_func_value_call(fun) or methods.is_method_expression(fun) \
            or interfaces.method_holder_type(fun) is not None:
        return _func_value_thunk(fc, call, fun, hint, on_stack)
    func, receiver = fc.resolve_callee(fun)
    if func.decl is None or (func.pkg is not None and func.pkg.is_library):
        return _replayed_call_thunk(fc, call, func, receiver, hint, on_stack)
    signature = func.type
    arguments = fc.call_arguments(call, signature)
    captured = _typed(arguments, signature)
    if receiver is not None:
        captured.insert(0, (receiver, signature.recv.type))

    def call_function(thunk_fc, values):
        callee = thunk_fc.program.function_for(func)
        if lt.returns_in_memory(signature.results):
            out = thunk_fc.stack_slot(lt.memory_type(lt.results_memory_type(signature.results)))
            values = [thunk_fc.raw(out)] + values
        thunk_fc.builder.call(callee, values)
    return _thunk(fc, captured, call_function, hint, on_stack)


def _func_value_thunk(fc: FunctionCompiler, call: ast.CallExpr, fun: ast.Expr, hint: str,
                      on_stack: bool) -> ir.Value:
    """f(args) for a func value f (a method value, a method expression): the func()
    value itself when it takes and returns nothing, else a thunk calling it."""
    signature = ts.underlying(fun.type)
    closure = fc.value(fun)
    if not call.args and not signature.results.vars:
        return closure
    arguments = fc.call_arguments(call, signature)
    captured = [(closure, fun.type)] + _typed(arguments, signature)

    def call_value(thunk_fc, values):
        call_func_value(thunk_fc, values[0], signature, values[1:])
    return _thunk(fc, captured, call_value, hint, on_stack)


def _typed(arguments: list[ir.Value], signature: ts.Signature) -> list[tuple[ir.Value, ts.Type]]:
    return [(v, p.type) for v, p in zip(arguments, signature.params.vars)]


def _thunk(fc: FunctionCompiler, captured: list[tuple[ir.Value, ts.Type]], make_call, hint: str,
           on_stack: bool) -> ir.Value:
    """A func() closure holding `captured`, whose code loads them and calls
    make_call(thunk's FunctionCompiler, loaded values)."""
    code = declare_closure_function(fc.program, f"{fc.function.name}.{hint}", PLAIN_FUNC,
                                    wrapper=True)
    thunk_fc = FunctionCompiler(fc.program, code, PLAIN_FUNC)
    types = [t for _, t in captured]
    values = [captured_value(thunk_fc, code.args[0], types, i) for i in range(len(types))]
    make_call(thunk_fc, values)
    if not thunk_fc.terminated:
        thunk_fc.builder.ret_void()
    thunk_fc.finish()
    return make_closure(fc, code, captured, on_stack=on_stack)


def _replayed_call_thunk(fc: FunctionCompiler, call: ast.CallExpr, func, receiver, hint: str,
                         on_stack: bool) -> ir.Value:
    """A builtin or a library function (or method: func and its receiver argument):
    the receiver and the non-constant arguments (each result of a multi-valued one)
    are evaluated now and bound, and the thunk lowers the call again on the loaded
    values (constants and nil are lowered where they stand, in the thunk)."""
    name = builtin_name(call) if func is None else None
    if name == "recover":
        return _thunk(fc, [], lambda thunk_fc, values: None, hint, on_stack)   # never effective
    captured = []
    if receiver is not None:
        captured.append((receiver, _receiver_type(call, func, receiver)))
    arguments = []           # per argument: the expression itself, or the types bound for it
    for argument in call.args:
        if argument.mode == "constant" or is_nil(argument):
            arguments.append(argument)
            continue
        if isinstance(argument.type, ts.Tuple):
            values, types = fc.call_results(argument), argument.type.types()
        else:
            types = [ts.default_type(argument.type)]
            values = [fc.value_as(argument, types[0])]
        captured += list(zip(values, types))
        arguments.append(types)

    def call_again(thunk_fc, values):
        loaded = iter(values)
        bound = next(loaded) if receiver is not None else None
        operands = []
        for argument in arguments:
            if isinstance(argument, ast.Expr):
                operands.append(argument)
            else:
                operands += [Evaluated(next(loaded), t) for t in argument]
        if func is not None:
            thunk_fc.call_library(LibraryCall(call, func.type, operands, call.has_ellipsis),
                                  func, bound)
        else:
            thunk_fc.call_builtin(name, CallOperands(call, operands, call.has_ellipsis, call.type))
    return _thunk(fc, captured, call_again, hint, on_stack)


def _receiver_type(call: ast.CallExpr, func: ts.Func, receiver: ir.Value) -> ts.Type:
    if func.type.recv is not None:
        return func.type.recv.type
    if receiver.type == lt.POINTER:
        return ts.UNSAFE_POINTER
    unsupported(call, f"binding a call of {func.link_name}")
