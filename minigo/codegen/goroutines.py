# go statements: the compiler's half of starting a goroutine (runtime.h "goroutines").
#
# Design: `go call` reduces the call to a func() value exactly as a defer statement
# does (thunks.bind_call): the function value, a method value's receiver and the
# arguments are evaluated now, at the go statement, into a heap closure (a thunk, or
# the func() value itself).  That closure is the block runtime_newproc hands to one
# shared trampoline, `void minigo.go_trampoline(i8* closure)`, which calls the
# closure's code.  Thunks are wrappers (hidden from tracebacks) and the trampoline is
# not in the function table (minigo_functab), so a goroutine's traceback shows the Go function it runs at
# its base, as gc shows it.
#
# Invariant: the closure lives in the heap (never on_stack): the goroutine outlives
# the statement that started it.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import closures, thunks
from minigo.codegen.function import FunctionCompiler, unparen

TRAMPOLINE = "minigo.go_trampoline"


def go_statement(fc: FunctionCompiler, s: ast.GoStmt) -> None:
    closure = thunks.bind_call(fc, s.call, "gowrap")
    if _binds_value_itself(s.call):
        is_set = fc.builder.icmp_unsigned("!=", fc.raw(closure), ir.Constant(lt.POINTER, None))
        fc.check(is_set, "runtime_throw", *fc.program.string_words(b"go of nil func value"))
    fc.runtime("runtime_newproc", _trampoline(fc.module), fc.raw(closure))


def _binds_value_itself(call: ast.CallExpr) -> bool:
    """Whether bind_call returns the called func() value itself (no thunk), which
    gc checks for nil at the go statement ("go of nil func value")."""
    fun = unparen(call.fun)
    if fun.mode == "builtin" or not closures.is_func_value_call(fun):
        return False
    return not call.args and not ts.underlying(fun.type).results.vars


def _trampoline(module: ir.Module) -> ir.Value:
    """The module's trampoline (made on first use), as an i8*."""
    existing = module.globals.get(TRAMPOLINE)
    if existing is None:
        existing = _emit_trampoline(module)
    return existing.bitcast(lt.POINTER)


def _emit_trampoline(module: ir.Module) -> ir.Function:
    function = ir.Function(module, ir.FunctionType(lt.VOID, [lt.POINTER]), TRAMPOLINE)
    function.linkage = "internal"
    function.attributes.add("nounwind")
    function.attributes.add("noinline")
    set.add(function.attributes, '"frame-pointer"="all"')
    builder = ir.IRBuilder(function.append_basic_block("entry"))
    closure = function.args[0]
    code_type = closures.closure_function_type(closures.PLAIN_FUNC)
    code_slot = builder.bitcast(closure, lt.POINTER.as_pointer())
    code = builder.bitcast(builder.load(code_slot), code_type.as_pointer())
    builder.call(code, [closure])
    builder.ret_void()
    return function
