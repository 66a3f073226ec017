"""How Go's compiler words things in messages: expressions as written (gc's short
form: bodies and literal contents become `…`), operands with their mode and type
(`x (variable of type int)`, `300 (untyped int constant)`), type lists in have/want
lines.  Only the checker's messages use this module."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.syntax.printer import expr_string
from minigo.types import constants
from minigo.types.typesystem import (
    INVALID, NUMERIC, UNTYPED_NIL, Basic, Slice, is_untyped, type_string,
)


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
            if type(expr.type).__name__ == "TypeParam":
                from minigo.types.typeparams import constraint_text
                words.append(" constrained by " + constraint_text(expr.type))
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

