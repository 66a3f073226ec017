# A call of a builtin or a library function as its lowering sees it (builtins.py,
# library.py, sync_lowering.py).
#
# Design: these lowerings read their operands from a CallOperands (a LibraryCall
# for a library function: the operands with the Func's signature), never from a
# CallExpr, so codegen never makes up syntax to reuse one.  An argument is either an
# expression the source wrote, evaluated when the lowering asks for it, or a value
# already computed, with its Go type (Evaluated): g's results in f(g()), the
# temporaries a deferred or go'd call bound at its statement (thunks.py), the
# parameters of a library function's own body (a func value of fmt.Println:
# closures.py; a library method in a method table: sync_lowering.py).  A lowering
# asks for argument i converted to the type it needs (value_as), or as it is
# (value); it asks in argument order, which is then the order of evaluation.
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen.function import FunctionCompiler, is_nil


@dataclass
class Evaluated:
    """An argument computed before the lowering runs: its register value and Go type."""
    value: ir.Value
    type: ts.Type


Argument = Union[ast.Expr, Evaluated]


class CallOperands:
    """The operands of a builtin call (and the base of LibraryCall's)."""

    def __init__(self, node: ast.Node, arguments: list[Argument], has_ellipsis: bool = False,
                 result_type: ts.Type = None):
        self.node = node                  # what errors point at
        self.arguments = arguments
        self.has_ellipsis = has_ellipsis  # f(s...)
        self.result_type = result_type    # the call's type (append's slice type)

    @classmethod
    def written(cls, fc: FunctionCompiler, e: ast.CallExpr) -> "CallOperands":
        """The builtin call e as the source wrote it; for f(g()), g is called now."""
        return cls(e, _written_arguments(fc, e), e.has_ellipsis, e.type)

    def __len__(self) -> int:
        return len(self.arguments)

    def type_of(self, index: int) -> ts.Type:
        """Argument index's own type (an untyped constant's default type)."""
        return ts.default_type(self.arguments[index].type)

    def is_nil(self, index: int) -> bool:
        argument = self.arguments[index]
        return isinstance(argument, ast.Expr) and is_nil(argument)

    def value(self, fc: FunctionCompiler, index: int) -> ir.Value:
        """Argument index in its own type."""
        argument = self.arguments[index]
        if isinstance(argument, Evaluated):
            return argument.value
        return fc.value(argument)

    def value_as(self, fc: FunctionCompiler, index: int, target: ts.Type) -> ir.Value:
        """Argument index converted to target (untyped nil, a concrete value to an
        interface, as for any assignment)."""
        argument = self.arguments[index]
        if isinstance(argument, Evaluated):
            return fc.convert(argument.value, argument.type, target)
        return fc.value_as(argument, target)


class LibraryCall(CallOperands):
    """The operands of a library function's call, with the Func's signature."""

    def __init__(self, node: ast.Node, signature: ts.Signature, arguments: list[Argument],
                 has_ellipsis: bool = False):
        super().__init__(node, arguments, has_ellipsis)
        self.signature = signature        # the library Func's (its parameters)

    @classmethod
    def written(cls, fc: FunctionCompiler, e: ast.CallExpr, signature: ts.Signature) -> "LibraryCall":
        """The call e as the source wrote it; for f(g()), g is called now."""
        return cls(e, signature, _written_arguments(fc, e), e.has_ellipsis)

    def parameter_type(self, index: int) -> ts.Type:
        return self.signature.params.vars[index].type

    def argument(self, fc: FunctionCompiler, index: int) -> ir.Value:
        """Argument index converted to its parameter's type."""
        return self.value_as(fc, index, self.parameter_type(index))


def _written_arguments(fc: FunctionCompiler, e: ast.CallExpr) -> list[Argument]:
    """e's arguments; for f(g()) with g multi-valued, g's results, computed now."""
    if len(e.args) == 1 and isinstance(e.args[0].type, ts.Tuple):
        spread = e.args[0]
        return [Evaluated(v, t) for v, t in zip(fc.call_results(spread), spread.type.types())]
    return list(e.args)
