# Order of evaluation within one statement, as gc does it.
#
# The spec fixes only the relative order of calls (and receives) in an expression;
# when a call has side effects on a variable that is also read plainly in the same
# statement (`fmt.Println(i, next(&i))`, `string(b)` next to `copy(b, ...)`), the
# output depends on when the plain read happens.  gc evaluates every call of a
# statement first, left to right and innermost first, into temporaries, and only
# then the remaining operands.  Programs are checked against gc's output, so
# codegen does the same: hoist_calls() walks an evaluation root (a statement's
# expressions, a condition, a case expression) in evaluation order, emits each call
# it meets and records the result on the function; fc.call (calls.call_expression)
# later takes the recorded value instead of calling again.  Reached as
# fc.hoist_calls (function.py's dispatch).
#
# Invariants: the right operand of && and || is never hoisted past its left operand
# (it is conditional; it becomes its own root when lowered); function literals are
# not entered; a call is emitted exactly once; the pure builtins and conversions are
# not calls for this purpose, while append, copy, len and cap are (as in gc, which
# reads len(x) where it stands: `fmt.Println(len(m), f())` prints the length from
# before f adds to m, measured with go 1.19).
from __future__ import annotations

from minigo.syntax import ast
from minigo.codegen import channels
from minigo.codegen.function import FunctionCompiler, unparen, builtin_name

HOISTED_BUILTINS = ("append", "copy", "len", "cap")


def hoist_calls(fc: FunctionCompiler, roots) -> None:
    roots = list(roots)
    for index, root in enumerate(roots):
        if _is_receive(root) and index == len(roots) - 1:
            # may be comma-ok (`v, ok := <-c`: its rhs is the last root), and nothing
            # after it needs ordering: lowered where it stands
            _hoist(fc, unparen(root).x)
            continue
        _hoist(fc, root)


def _is_receive(e) -> bool:
    e = unparen(e) if isinstance(e, ast.Expr) else e
    return isinstance(e, ast.UnaryExpr) and e.op == "<-"


def _hoist(fc: FunctionCompiler, e) -> None:
    if e is None or not isinstance(e, ast.Expr) or e.mode in ("constant", "type"):
        return
    if isinstance(e, ast.CallExpr):
        _hoist_call(fc, e)
    elif isinstance(e, ast.BinaryExpr):
        _hoist(fc, e.x)
        if e.op not in ("&&", "||"):
            _hoist(fc, e.y)
    elif isinstance(e, ast.UnaryExpr) and e.op == "<-":
        # receives are ordered like calls (channels.receive).  Keyed on the receive
        # itself, never on a ParenExpr around it: value() unwraps parens and looks
        # the receive up, so a paren key would be missed and the channel read twice
        _hoist(fc, e.x)
        if e not in fc.hoisted:
            fc.hoisted[e] = channels.receive(fc, e)
    elif isinstance(e, (ast.ParenExpr, ast.UnaryExpr, ast.StarExpr, ast.TypeAssertExpr)):
        _hoist(fc, e.x)
    elif isinstance(e, ast.SelectorExpr):
        if e.selection is not None:
            _hoist(fc, e.x)
    elif isinstance(e, ast.IndexExpr):
        _hoist(fc, e.x)
        _hoist(fc, e.index)
    elif isinstance(e, ast.SliceExpr):
        for part in (e.x, e.low, e.high, e.max):
            _hoist(fc, part)
    elif isinstance(e, ast.CompositeLit):
        for element in e.elts:
            _hoist(fc, element)
    elif isinstance(e, ast.KeyValueExpr):
        _hoist(fc, e.key)
        _hoist(fc, e.val)


def _hoist_call(fc: FunctionCompiler, e: ast.CallExpr) -> None:
    if e in fc.hoisted:
        return
    fun = unparen(e.fun)
    _hoist(fc, fun)               # the callee's calls first: a("1") before b("2") in a("1")(b("2"))
    for argument in e.args:
        _hoist(fc, argument)
    if fun.mode == "type":
        return
    if fun.mode == "builtin" and builtin_name(e) not in HOISTED_BUILTINS:
        return
    fc.hoisted[e] = fc.evaluate_call(e)
