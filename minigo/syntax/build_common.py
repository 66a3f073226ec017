"""What the parts of the tree builder share (see builder.py), and what it shares with
parser.py and recovery.py: the marks of made-up tokens, which errors gc's parser
reports and gc's one-syntax-error-a-line rule, the exceptions that restart a parse."""
from __future__ import annotations

import copy

from lark import Token

from minigo.syntax import ast

CHAN_BOTH = ast.SEND | ast.RECV
# The operands gc accepts as the type of a composite literal (before `{`).
COMPOSITE_TYPES = (ast.Ident, ast.SelectorExpr, ast.IndexExpr, ast.IndexListExpr,
                   ast.ArrayType, ast.MapType, ast.StructType)


# The start offset of the tokens error recovery makes up (recovery.py), and the text
# of the name it makes up for the missing right side of `a, b` (see recovery.assignment).
MADE_UP = -1
ASSIGNMENT_STAND_IN = "_ (assignment)"

# Errors the builder finds that gc reports from its type checker, not its parser: gc
# shows them only for files without syntax errors, among the type checker's errors.
TYPE_CHECKER_MESSAGES = (
    "select case must be send or receive", "range clause permits at most two iteration variables",
    "non-name ", "can only use ... with final parameter in list", "missing init expr for ",
    "generic type cannot be alias", "invalid AST: ",
)


def reported_by_parser(message: str) -> bool:
    """Whether gc's parser (or scanner) reports this error, rather than its type checker."""
    return not message.startswith(TYPE_CHECKER_MESSAGES)


def one_syntax_error_a_line(errors: list, report_times: dict) -> list:
    """gc drops a syntax error on the line of the syntax error it reported last.
    It reports as its parser moves through the file: an error here counts as
    reported at its position, or at the position in `report_times` (by id) for those
    the tree builder finds late.  The kept errors stay in their order."""
    order = sorted(range(len(errors)), key=lambda i: (_report_time(errors[i], report_times), i))
    dropped = set()
    last_line = None
    for index in order:
        error = errors[index]
        if error.message.startswith("syntax error"):
            if error.pos.line == last_line:
                dropped.add(index)
                continue
            last_line = error.pos.line
    return [error for index, error in enumerate(errors) if index not in dropped]


def _report_time(error, report_times):
    return report_times.get(id(error)) or (error.pos.line, error.pos.col, 1)


class MisreadBrace(Exception):
    """A `{` was read as a composite literal after an operand that cannot be a type
    (`f() {`): gc ends the expression there instead; parser.py parses again with
    that brace treated as the unexpected token."""

    def __init__(self, pos):
        super().__init__(str(pos))
        self.pos = pos


def present(children):
    """The nodes among a rule's children (tokens and absent optionals dropped)."""
    return [child for child in children if child is not None and not isinstance(child, Token)]


def clone_tree(node):
    """A fresh copy of node and every node below it (positions shared), built without
    recursion.  Used for the expressions a const spec repeats implicitly: each spec gets
    its own nodes, since the checker annotates nodes in place and iota differs."""
    copies = {}
    order = []
    work = [node] if isinstance(node, ast.Node) else []
    while work:
        current = work.pop()
        if id(current) in copies:
            continue
        copies[id(current)] = copy.copy(current)
        order.append(current)
        work.extend(ast.children(current))

    def copied(value):
        if isinstance(value, ast.Node):
            return copies.get(id(value), value)
        if isinstance(value, list):
            return [copied(item) for item in value]
        return value

    for original in order:
        duplicate = copies[id(original)]
        for name in ast.child_fields(type(original)):
            setattr(duplicate, name, copied(getattr(original, name)))
    return copies.get(id(node), node)


class Restart(Exception):
    """A `{` the parser read as a composite literal turned out to be an error (see
    ParseFailure.misread_composite_literal); parser.py parses again with that brace
    treated as the unexpected token."""

    def __init__(self, pos):
        super().__init__(str(pos))
        self.pos = pos
