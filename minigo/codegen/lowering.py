# The registry: fills in FunctionCompiler's dispatch (function.LOWERING) once.
#
# Design: codegen is a star.  function.py's FunctionCompiler is the centre every
# file stands on; each concern (maps, channels, closures, interfaces, defer, ...)
# lowers its nodes in a file of its own and reaches the lowering of any other node
# only through fc.value(e), fc.statement(s), fc.call(e), ... .  This file is the one
# place that knows which function lowers which node: it imports the hub files
# (expressions.py, statements.py, calls.py, order.py, which export their own parts
# of the per-node tables) and the concern files whose nodes stand on their own
# (a function literal, a type assertion, a defer, go, send, select or type switch
# statement), and installs them.  The driver (module.py) calls install() before
# the first function is lowered.
#
# Invariant: no codegen file other than this one and module.py imports
# expressions, statements, calls or order (tests/test_codegen_structure.py).
from __future__ import annotations

from minigo.syntax import ast
from minigo.codegen import builtins, calls, conversions, expressions, library, order, statements
from minigo.codegen import channels, closures, goroutines, interfaces, select
from minigo.codegen import defer as deferral
from minigo.codegen.function import LOWERING


def install() -> None:
    """Fills in the dispatch (again: installing twice changes nothing)."""
    LOWERING.values.update(expressions.VALUE_HANDLERS)
    LOWERING.values.update(calls.VALUE_HANDLERS)
    LOWERING.values.update({
        ast.FuncLit: closures.func_lit_value,
        ast.TypeAssertExpr: interfaces.assertion_value,
    })
    LOWERING.statements.update(statements.STATEMENT_HANDLERS)
    LOWERING.statements.update({
        ast.DeferStmt: deferral.defer_statement,
        ast.TypeSwitchStmt: interfaces.type_switch,
        ast.GoStmt: goroutines.go_statement,
        ast.SendStmt: channels.send_statement,
        ast.SelectStmt: lambda fc, s: select.select_statement(fc, s, fc.take_label()),
    })
    LOWERING.value_as = expressions.value_as
    LOWERING.address = expressions.address
    LOWERING.condition = expressions.condition
    LOWERING.index_value = expressions.index_value
    LOWERING.call = calls.call_expression
    LOWERING.evaluate_call = calls.evaluate_call
    LOWERING.call_results = calls.call_results
    LOWERING.call_arguments = calls.call_arguments
    LOWERING.resolve_callee = calls.resolve_callee
    LOWERING.receiver_of = calls.receiver_of
    LOWERING.call_builtin = builtins.lower_builtin
    LOWERING.call_library = library.lower_call
    LOWERING.convert = conversions.implicit
    LOWERING.hoist_calls = order.hoist_calls
    LOWERING.emit_return = statements.emit_return
    LOWERING.switch_clauses = statements.switch_clauses

