# Calls into the library packages minigo supplies before their stdlib is Go source:
# none now (fmt, math, strconv, os and errors are Go source, in stdlib/).
#
# Design: a library function is a types.Func with no declaration; its link_name
# picks the lowering here.
#
# A lowering reads its operands from a LibraryCall (library_call.py): the call's
# expressions as written, or values computed already (f(g()), a deferred call's
# bound arguments, a library function's own body), so no syntax is ever made up to
# reuse it; lower_call is the entry for such calls, call_library for written ones.
#
# Invariant: every lowering returns the value call_expression promises: None, a
# register value, or the literal struct of the signature's results (so a
# multi-valued library call works like any other).
from __future__ import annotations

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.library_call import LibraryCall


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


# link name -> lowering; empty now that every library package is Go source
_HANDLERS: dict = {}
