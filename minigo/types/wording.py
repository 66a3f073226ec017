"""How Go's compiler words things in messages: expressions as written (gc's short
form: bodies and literal contents become `…`), operands with their mode and type
(`x (variable of type int)`, `300 (untyped int constant)`), type lists in have/want
lines.  Only the checker's messages use this module."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.types import constants
from minigo.types.typesystem import (
    INVALID, NUMERIC, UNTYPED_NIL, Basic, Slice, is_untyped, type_string,
)


def expr_string(node) -> str:
    parts: list[str] = []
    _write_expr(node, parts)
    return "".join(parts)


def _write_list(nodes, parts, separator=", "):
    for index, node in enumerate(nodes):
        if index:
            parts.append(separator)
        _write_expr(node, parts)


def _write_expr(node, parts):   # noqa: C901 - one case per node kind
    write = parts.append
    if node is None:
        return
    if isinstance(node, ast.Ident):
        write(node.name)
    elif isinstance(node, ast.BasicLit):
        write(node.literal)
    elif isinstance(node, ast.ParenExpr):
        write("(")
        _write_expr(node.x, parts)
        write(")")
    elif isinstance(node, ast.SelectorExpr):
        _write_expr(node.x, parts)
        write(".")
        write(node.sel.name)
    elif isinstance(node, ast.IndexExpr):
        _write_expr(node.x, parts)
        write("[")
        _write_expr(node.index, parts)
        write("]")
    elif isinstance(node, ast.IndexListExpr):
        _write_expr(node.x, parts)
        write("[")
        _write_list(node.indices, parts)
        write("]")
    elif isinstance(node, ast.SliceExpr):
        _write_expr(node.x, parts)
        write("[")
        _write_expr(node.low, parts)
        write(":")
        _write_expr(node.high, parts)
        if node.max is not None:
            write(":")
            _write_expr(node.max, parts)
        write("]")
    elif isinstance(node, ast.TypeAssertExpr):
        _write_expr(node.x, parts)
        write(".(")
        if node.assert_type is None:
            write("type")
        else:
            _write_expr(node.assert_type, parts)
        write(")")
    elif isinstance(node, ast.CallExpr):
        _write_expr(node.fun, parts)
        write("(")
        _write_list(node.args, parts)
        if node.has_ellipsis:
            write("...")
        write(")")
    elif isinstance(node, ast.StarExpr):
        write("*")
        _write_expr(node.x, parts)
    elif isinstance(node, ast.UnaryExpr):
        write(node.op)
        _write_expr(node.x, parts)
    elif isinstance(node, ast.BinaryExpr):
        _write_expr(node.x, parts)
        write(f" {node.op} ")
        _write_expr(node.y, parts)
    elif isinstance(node, ast.KeyValueExpr):
        _write_expr(node.key, parts)
        write(": ")
        _write_expr(node.val, parts)
    elif isinstance(node, ast.CompositeLit):
        _write_expr(node.lit_type, parts)
        write("{…}" if node.elts else "{}")
    elif isinstance(node, ast.FuncLit):
        _write_expr(node.func_type, parts)
        write(" {…}" if node.body.stmts else " {}")
    elif isinstance(node, ast.Ellipsis):
        write("...")
        _write_expr(node.elt, parts)
    elif isinstance(node, ast.ArrayType):
        write("[")
        if isinstance(node.len, ast.Ellipsis):
            write("...")
        else:
            _write_expr(node.len, parts)
        write("]")
        _write_expr(node.elt, parts)
    elif isinstance(node, ast.MapType):
        write("map[")
        _write_expr(node.key, parts)
        write("]")
        _write_expr(node.value_type, parts)
    elif isinstance(node, ast.ChanType):
        write({ast.SEND: "chan<- ", ast.RECV: "<-chan "}.get(node.dir, "chan "))
        _write_expr(node.value_type, parts)
    elif isinstance(node, ast.FuncType):
        write("func")
        _write_signature(node, parts)
    elif isinstance(node, ast.StructType):
        write("struct{")
        _write_fields(node.fields.fields, parts, "; ")
        write("}")
    elif isinstance(node, ast.InterfaceType):
        write("interface{")
        for index, method in enumerate(node.methods.fields):
            if index:
                write("; ")
            if method.names:
                write(method.names[0].name)
                _write_signature(method.field_type, parts)
            else:
                _write_expr(method.field_type, parts)
        write("}")
    else:
        write("<bad expr>")


def _write_fields(fields, parts, separator):
    for index, field in enumerate(fields):
        if index:
            parts.append(separator)
        if field.names:
            parts.append(", ".join(name.name for name in field.names) + " ")
        _write_expr(field.field_type, parts)


def _write_signature(func_type, parts):
    parts.append("(")
    _write_fields(func_type.params.fields, parts, ", ")
    parts.append(")")
    results = func_type.results.fields if func_type.results else []
    if len(results) == 1 and not results[0].names:
        parts.append(" ")
        _write_expr(results[0].field_type, parts)
    elif results:
        parts.append(" (")
        _write_fields(results, parts, ", ")
        parts.append(")")


MODE_WORDS = {
    "invalid": "invalid operand",
    "novalue": "no value",
    "builtin": "built-in",
    "type": "type",
    "constant": "constant",
    "variable": "variable",
    "mapindex": "map index expression",
    "value": "value",
    "commaok": "comma, ok expression",
}


def is_nil(expr) -> bool:
    """The predeclared nil (which keeps being nil once converted to a pointer, slice...)."""
    node = getattr(expr, "expr", expr)
    while isinstance(node, ast.ParenExpr):
        node = node.x
    return isinstance(node, ast.Ident) and type(node.obj).__name__ == "Nil" and expr.mode != "invalid"


def describe(expr) -> str:
    """An operand as go/types prints it: `x (variable of type int)`."""
    if is_nil(expr):
        if expr.type is UNTYPED_NIL:
            return "nil"
        if expr.type is None or expr.type is INVALID:
            return "nil (with invalid type)"
        return f"nil (of type {type_text(expr.type)})"
    text = expr_string(getattr(expr, "expr", expr))
    mode = expr.mode or "invalid"
    words = []
    has_type = False
    if mode not in ("invalid", "novalue", "builtin", "type") and expr.type is not None:
        if is_untyped(expr.type):
            words.append(expr.type.name + " ")
        else:
            has_type = True
    words.append(MODE_WORDS.get(mode, mode))
    if mode == "constant":
        value_text = constants.value_string(expr.value)
        if value_text != text:
            words.append(" " + value_text)
    if has_type:
        if expr.type is INVALID:
            words.append(" with invalid type")
        else:
            words.append(" of type " + type_text(expr.type))
    return f"{text} ({''.join(words)})"


def type_text(t) -> str:
    """A type in a message: names of the main package unqualified, as gc prints them."""
    return type_string(t, qualify=False, parameter_names=True)


def types_summary(types, variadic: bool = False) -> str:
    """The `(int, string)` of have/want lines; untyped numbers read `number`."""
    words = []
    for index, t in enumerate(types):
        if t is None or t is INVALID:
            words.append("<T>")
        elif is_untyped(t):
            if isinstance(t, Basic) and t.info & NUMERIC:
                words.append("number")
            else:
                words.append(t.name.replace("untyped ", ""))
        elif variadic and index == len(types) - 1 and isinstance(t, Slice):
            words.append("..." + type_text(t.elem))
        else:
            words.append(type_text(t))
    return "(" + ", ".join(words) + ")"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"

