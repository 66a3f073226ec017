"""Expressions and simple statements as short source text, for error messages.

The output follows gc's short form, used by its parser and its type checker alike:
binary operators spaced, the contents of composite literals and function bodies
shown as `…` (an empty one as `{}`).  It walks with an explicit stack of pending
text pieces, so deeply nested expressions cannot exhaust Python's recursion limit.
"""
from __future__ import annotations

from minigo.syntax import ast

CHAN_PREFIX = {ast.SEND: "chan<- ", ast.RECV: "<-chan ", ast.SEND | ast.RECV: "chan "}


def expr_string(node) -> str:
    out: list[str] = []
    work = [node]
    while work:
        item = work.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        pieces = _pieces(item)
        work.extend(reversed(pieces))
    return "".join(out)


def _joined(items, separator=", "):
    pieces = []
    for index, item in enumerate(items):
        if index:
            pieces.append(separator)
        pieces.append(item)
    return pieces


def _field_list(field_list, separator=", "):
    if field_list is None:
        return []
    pieces = []
    for index, field in enumerate(field_list.fields):
        if index:
            pieces.append(separator)
        if field.names:
            pieces.append(", ".join(name.name for name in field.names) + " ")
        pieces.append(field.field_type)
    return pieces


def _interface_elements(field_list):
    """Methods print as `Name(params) results`, embedded elements as written."""
    pieces = []
    for index, element in enumerate(field_list.fields):
        if index:
            pieces.append("; ")
        if element.names:
            pieces += [element.names[0].name] + _signature(element.field_type)
        else:
            pieces.append(element.field_type)
    return pieces


def _signature(func_type):
    pieces = ["("] + _field_list(func_type.params) + [")"]
    results = func_type.results
    if results and results.fields:
        if len(results.fields) == 1 and not results.fields[0].names:
            pieces += [" ", results.fields[0].field_type]
        else:
            pieces += [" ("] + _field_list(results) + [")"]
    return pieces


def _pieces(node):
    if node is None:
        return []
    if isinstance(node, ast.Ident):
        return [node.name]
    if isinstance(node, ast.BasicLit):
        return [node.literal]
    if isinstance(node, ast.BinaryExpr):
        return [node.x, f" {node.op} ", node.y]
    if isinstance(node, ast.UnaryExpr):
        return [node.op, node.x]
    if isinstance(node, ast.StarExpr):
        return ["*", node.x]
    if isinstance(node, ast.ParenExpr):
        return ["(", node.x, ")"]
    if isinstance(node, ast.SelectorExpr):
        return [node.x, ".", node.sel]
    if isinstance(node, ast.IndexExpr):
        return [node.x, "[", node.index, "]"]
    if isinstance(node, ast.IndexListExpr):
        return [node.x, "["] + _joined(node.indices) + ["]"]
    if isinstance(node, ast.SliceExpr):
        pieces = [node.x, "[", node.low, ":", node.high]
        if node.slice3:
            pieces += [":", node.max]
        return pieces + ["]"]
    if isinstance(node, ast.TypeAssertExpr):
        return [node.x, ".(", node.assert_type if node.assert_type is not None else "type", ")"]
    if isinstance(node, ast.CallExpr):
        return [node.fun, "("] + _joined(node.args) + (["..."] if node.has_ellipsis else []) + [")"]
    if isinstance(node, ast.CompositeLit):
        return [node.lit_type, "{…}" if node.elts else "{}"]
    if isinstance(node, ast.FuncLit):
        return [node.func_type, " {…}" if node.body.stmts else " {}"]
    if isinstance(node, ast.KeyValueExpr):
        return [node.key, ": ", node.val]
    if isinstance(node, ast.Ellipsis):
        return ["...", node.elt]
    if isinstance(node, ast.ArrayType) and isinstance(node.len, ast.Ellipsis):
        return ["[...]", node.elt]
    if isinstance(node, ast.ArrayType):
        return ["[", node.len, "]", node.elt]
    if isinstance(node, ast.MapType):
        return ["map[", node.key, "]", node.value_type]
    if isinstance(node, ast.ChanType):
        return [CHAN_PREFIX.get(node.dir, "chan "), node.value_type]
    if isinstance(node, ast.FuncType):
        return ["func"] + _signature(node)
    if isinstance(node, ast.StructType):
        return ["struct{"] + _field_list(node.fields, "; ") + ["}"]
    if isinstance(node, ast.InterfaceType):
        return ["interface{"] + _interface_elements(node.methods) + ["}"]
    return _statement_pieces(node)


def _statement_pieces(node):
    if isinstance(node, ast.ExprStmt):
        return [node.x]
    if isinstance(node, ast.AssignStmt):
        return _joined(node.lhs) + [f" {node.tok} "] + _joined(node.rhs)
    if isinstance(node, ast.IncDecStmt):
        return [node.x, node.tok]
    if isinstance(node, ast.SendStmt):
        return [node.chan, " <- ", node.value]
    if isinstance(node, ast.BadExpr):
        return ["<bad expr>"]
    return [f"<{type(node).__name__}>"]


def gc_pos(node):
    """The position gc gives a node in its messages: the operator of a binary
    expression, an assignment or a send, the `(` of a function type or a call, the
    `.` of a selector or type assertion, the `[` of an index or slice, the `{` of a
    composite literal, otherwise the first token."""
    if isinstance(node, ast.BinaryExpr) and node.op_pos is not None:
        return node.op_pos
    if isinstance(node, ast.AssignStmt) and node.tok_pos is not None:
        return node.tok_pos
    if isinstance(node, ast.SendStmt) and node.arrow is not None:
        return node.arrow
    if isinstance(node, ast.FuncType):
        return node.params.pos
    if isinstance(node, (ast.SelectorExpr, ast.TypeAssertExpr)) and node.dot is not None:
        return node.dot
    if isinstance(node, (ast.IndexExpr, ast.IndexListExpr, ast.SliceExpr)) and node.lbrack is not None:
        return node.lbrack
    if isinstance(node, ast.CallExpr) and node.lparen is not None:
        return node.lparen
    if isinstance(node, ast.CompositeLit) and node.lbrace is not None:
        return node.lbrace
    return node.pos
