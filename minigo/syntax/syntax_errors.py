"""gc's wording for the token at which the LALR parser stopped.

gc's recursive-descent parser knows what it was parsing when a token does not fit
("in argument list", "at end of statement", "after top level declaration").  An LALR
parser knows the set of terminals it could accept and its stack of unfinished rules.
This module recovers gc's context from the two: the innermost unclosed bracket (or
if/for/switch header) on the value stack says what is being parsed, the parser state
right after that bracket tells a block from a composite literal, and the acceptable
set, less the operators that could merely continue an expression, says what gc would
be "expecting".  The rules were tuned against go 1.19 on mutated programs; the common
messages match exactly, the rare ones at least name the right token and position.
"""
from __future__ import annotations

import unicodedata

from lark import Token
from lark.tree import Tree

from minigo.errors import CompileError
from minigo.syntax import ast
from minigo.syntax.build_common import COMPOSITE_TYPES

KEYWORDS = {
    "BREAK", "CASE", "CHAN", "CONST", "CONTINUE", "DEFAULT", "DEFER", "ELSE", "FALLTHROUGH",
    "FOR", "FUNC", "GO", "GOTO", "IF", "IMPORT", "INTERFACE", "MAP", "PACKAGE", "RANGE",
    "RETURN", "SELECT", "STRUCT", "SWITCH", "TYPE", "VAR",
}
LITERALS = {"NUMBER", "STRING", "CHAR"}
# Tokens that can only continue an expression already read.
CONTINUATIONS = {
    "LOR", "LAND", "EQL", "NEQ", "LSS", "LEQ", "GTR", "GEQ", "PLUS", "MINUS", "PIPE", "CARET",
    "STAR", "SLASH", "PERCENT", "SHL", "SHR", "AMP", "ANDNOT", "DOT", "LPAREN", "LBRACK",
    "LBRACE", "INC", "DEC", "ARROW", "ASSIGN_OP",
}
EXPRESSION_STARTS = {"NAME", "NUMBER", "FUNC"}
EXPRESSION_ONLY_STARTS = {"NUMBER", "STRING", "CHAR", "NOT", "MINUS", "PLUS"}
TYPE_STARTS = {"NAME", "LBRACK", "STAR", "FUNC", "MAP", "CHAN", "STRUCT", "INTERFACE", "LPAREN", "ARROW"}
STATEMENT_KEYWORDS = {"IF", "FOR", "RETURN", "GO", "DEFER", "SWITCH", "SELECT"}
TOP_LEVEL = {"IMPORT", "CONST", "TYPE", "VAR", "FUNC"}
OPENERS = {"LPAREN", "LBRACK", "LBRACE"}
CLOSERS = {"RPAREN", "RBRACK", "RBRACE"}
CLOSER_TEXT = {"LPAREN": ")", "LBRACK": "]", "LBRACE": "}"}
HEADER_KEYWORDS = {"IF": "if", "FOR": "for", "SWITCH": "switch"}
GC_NAMES = {
    "COMMA": "comma", "COLON": ":", "RPAREN": ")", "RBRACK": "]", "RBRACE": "}", "LPAREN": "(",
    "LBRACE": "{", "LBRACK": "[", "NAME": "name", "ASSIGN": "=", "DEFINE": ":=",
    "_SEMI": "semicolon or newline", "STRING": "string literal",
}
KNOWN_EXPECTATIONS = [
    ({"NAME", "LPAREN"}, "name"),
    ({"LPAREN", "LBRACK"}, "("),
    ({"NAME", "RPAREN"}, "name"),
    ({"COMMA", "COLON", "RBRACK"}, "comma, : or ]"),
    ({"ASSIGN", "DEFINE", "COMMA"}, ":= or = or comma"),
    ({"ASSIGN", "DEFINE"}, ":= or = or comma"),
    ({"COLON", "COMMA"}, ":"),
    ({"COMMA", "RBRACK"}, "]"),
    ({"RBRACK", "COLON"}, "]"),
    ({"DOT", "LBRACK", "RPAREN"}, ")"),
    ({"DOT", "LBRACK", "RBRACK"}, "]"),
]
LIST_CONTEXTS = {
    "call": ("argument list", "comma", ")"),
    "parameters": ("parameter list", "comma", ")"),
    "type parameters": ("parameter list", "comma", "]"),
    "group": ("grouped declaration", "semicolon or newline", ")"),
    "composite": ("composite literal", "comma", "}"),
    "struct": ("struct type", "semicolon or newline", "}"),
    "interface": ("interface type", "semicolon or newline", "}"),
}
COMPOSITE_LITERAL_TYPES = COMPOSITE_TYPES + (ast.ParenExpr,)
CLOSER_NAMES = {")": "RPAREN", "}": "RBRACE", "]": "RBRACK"}


def token_text(token) -> str:
    """How gc names a token in `unexpected X`."""
    kind = token.type
    if kind == "$END":
        return "EOF"
    if kind == "_SEMI":
        return str(token)
    if kind in LITERALS:
        return f"literal {token}"
    if kind == "COMMA":
        return "comma"
    return str(token)


def go_parser_token_text(token) -> str:
    """How go/parser names a token in `expected X, found Y`."""
    kind = token.type
    if _is_eof(token):
        return "'EOF'"
    if kind == "_SEMI":
        return "newline" if token == "newline" else "';'"
    if kind == "NAME":
        return _go_scanner_identifier(str(token))
    if kind in LITERALS:
        return str(token)
    return f"'{token}'"


def _go_scanner_identifier(name: str) -> str:
    """go/scanner ends an identifier at the first character that is not a letter, a
    decimal digit or `_` (gc's scanner reads on and reports the character)."""
    for index, char in enumerate(name):
        if not (char == "_" or char.isalpha() or unicodedata.category(char) == "Nd"):
            return name[:index]
    return name


# Where `|` joins the terms of a type constraint; elsewhere it is the binary operator.
CONSTRAINT_CONTEXTS = ("interface", "type parameters")


def _is_eof(token) -> bool:
    return token.type == "$END" or (token.type == "_SEMI" and token == "EOF")


def _is_token(item, *kinds) -> bool:
    return isinstance(item, Token) and item.type in kinds


class ParseFailure:
    """What the parser had read and could accept when it stopped: `parser_state` is
    Lark's ParserState (stacks of states and values), `automaton` an Automaton for
    its parse table."""

    def __init__(self, parser_state, automaton, token):
        self.parser_state = parser_state
        self.automaton = automaton
        self.token = token
        self.stack = list(parser_state.value_stack)
        self.states = list(parser_state.state_stack)
        self.table = automaton.states
        self.expected = automaton.acceptable(self.states) - {"$END"}
        self.remaining = self._after_expression(self.expected)
        self.context, self.context_index = self._context()

    def misread_composite_literal(self):
        """The first `{` read as a composite literal after an operand that cannot be its
        type (`f(x) {`, `1 {`).  gc ends the expression before such a brace, so the
        error belongs there: returns a ParseFailure at that brace, or None."""
        for index, item in enumerate(self.stack):
            if not _is_token(item, "LBRACE") or index == 0:
                continue
            operand = self.stack[index - 1]
            if not isinstance(operand, ast.Expr) or isinstance(operand, COMPOSITE_LITERAL_TYPES):
                continue
            if self._brace_owner(index, operand) != "composite":
                continue
            return self._before(index, item)
        return None

    def _before(self, index, token):
        """This failure as if the parser had stopped at stack[index] instead."""
        state = self.parser_state.copy(deepcopy_values=False)
        del state.state_stack[index + 1:]
        del state.value_stack[index:]
        return ParseFailure(state, self.automaton, token)

    @staticmethod
    def _after_expression(expected: set) -> set:
        if {"PLUS", "LOR"} <= expected or {"DOT", "LPAREN"} <= expected:
            return expected - CONTINUATIONS
        return expected

    def top(self, depth: int = 1):
        return self.stack[-depth] if len(self.stack) >= depth else None

    def accepted_after(self, index: int) -> set:
        """The terminals the parser accepted right after shifting stack[index]."""
        try:
            return set(self.table[self.states[index + 1]])
        except (IndexError, KeyError):
            return set()

    def _innermost(self):
        """Index of the innermost unclosed bracket, unfinished if/for/switch header
        or import declaration on the stack, or None.  A closer still on the stack (its
        rule not yet reduced) cancels its opener; a header followed by its block is
        finished."""
        for index, item in enumerate(self.stack):
            if _is_token(item, "IMPORT"):
                return index
        depth = 0
        block_seen = False
        for index in range(len(self.stack) - 1, -1, -1):
            item = self.stack[index]
            if isinstance(item, ast.BlockStmt):
                block_seen = True
            if not isinstance(item, Token):
                continue
            if item.type in CLOSERS:
                depth += 1
            elif item.type in OPENERS:
                if not depth:
                    return index
                depth -= 1
                block_seen = block_seen or (item.type == "LBRACE" and not depth
                                            and not {"RETURN", "CASE"}.isdisjoint(self.accepted_after(index)))
            elif item.type in HEADER_KEYWORDS and not depth and not block_seen:
                return index
        return None

    def _context(self):
        index = self._innermost()
        if index is None:
            return "top", None
        item = self.stack[index]
        previous = self.stack[index - 1] if index > 0 else None
        if item.type == "IMPORT":
            return "import", index
        if item.type in HEADER_KEYWORDS:
            return HEADER_KEYWORDS[item.type], index
        if item.type == "LBRACE":
            return self._brace_owner(index, previous), index
        if item.type == "LPAREN":
            if _is_token(previous, "NAME") and _is_token(self.stack[index - 2] if index > 1 else None,
                                                         "LPAREN", "COMMA"):
                return "paren", index       # a parenthesized type after a parameter's name
            return self._paren_owner(previous), index
        if _is_token(previous, "NAME") and index > 1 and self._declares_type_parameters(index - 1):
            return "type parameters", index
        if isinstance(previous, ast.Expr):
            return "index", index
        if _is_token(previous, "NAME"):
            return "type arguments", index
        return "bracket", index

    def _declares_type_parameters(self, name_index) -> bool:
        """Whether the name at stack[name_index] is being declared by `func` or `type`
        (alone or in a type group), so that a `[` after it opens type parameters."""
        before = self.stack[name_index - 1]
        if _is_token(before, "FUNC", "TYPE"):
            return True
        if not (_is_token(before, "_SEMI", "LPAREN") or isinstance(before, Tree)):
            return False
        depth = 0
        for index in range(name_index - 1, -1, -1):
            item = self.stack[index]
            if _is_token(item, *CLOSERS):
                depth += 1
            elif _is_token(item, *OPENERS):
                if depth:
                    depth -= 1
                    continue
                return item.type == "LPAREN" and index > 0 and _is_token(self.stack[index - 1], "TYPE")
        return False

    def _brace_owner(self, index, previous) -> str:
        if _is_token(previous, "STRUCT"):
            return "struct"
        if _is_token(previous, "INTERFACE"):
            return "interface"
        after = self.accepted_after(index)
        if "CASE" in after:
            return "cases"
        if "RETURN" in after:
            return "block"
        return "composite"

    @staticmethod
    def _paren_owner(previous) -> str:
        if _is_token(previous, "FUNC", "NAME") or isinstance(previous, ast.FieldList):
            return "parameters"
        if _is_token(previous, "IMPORT", "VAR", "CONST", "TYPE"):
            return "group"
        if isinstance(previous, ast.Expr):
            return "call"
        return "paren"

    def semicolons_in_header(self) -> int:
        return sum(1 for item in self.stack[self.context_index:] if _is_token(item, "_SEMI"))

    def expects_expression(self) -> bool:
        return EXPRESSION_STARTS <= self.expected

    def expects_type(self) -> bool:
        return TYPE_STARTS <= self.expected and not (EXPRESSION_ONLY_STARTS & self.expected)


def describe_failure(failure: ParseFailure, source_map) -> CompileError:
    """gc's error for the token at which the parser stopped, at gc's position."""
    token = failure.token
    pos = source_map.end_pos() if _is_eof(token) else source_map.pos(token)
    message = message_for(failure)
    if message.endswith("found 'EOF'") and message.startswith("expected '"):
        pos = source_map.go_parser_end_pos()
    elif message.startswith("syntax error: var declaration not allowed"):
        pos = source_map.pos_after(token)       # gc complains once `var` is consumed
    return CompileError(pos, message)


def message_for(failure: ParseFailure) -> str:
    for rule in (_go_parser_message, _declaration_message, _keyword_message,
                 _statement_start_message, _list_message, _eof_message,
                 _statement_message, _header_message, _expecting_message):
        message = rule(failure)
        if message:
            return message
    return "syntax error: unexpected " + token_text(failure.token)


def _unexpected(failure: ParseFailure, suffix: str = "") -> str:
    return f"syntax error: unexpected {token_text(failure.token)}{suffix}"


def _go_parser_message(failure: ParseFailure):
    """The package clause and imports are read first by the go command, whose reader
    words errors as go/parser does; once an import declaration is complete, gc's own
    parser wants the semicolon."""
    found = go_parser_token_text(failure.token)
    if failure.expected == {"PACKAGE"}:
        return f"expected 'package', found {found}"
    if _is_token(failure.top(), "PACKAGE"):
        return f"expected 'IDENT', found {found}"
    if _is_token(failure.top(2), "PACKAGE"):
        return _unexpected(failure, ", expecting semicolon or newline")
    top = failure.top()
    if failure.context == "top" and (isinstance(top, tuple) or (isinstance(top, ast.GenDecl) and top.tok == "import")):
        return _unexpected(failure, ", expecting semicolon or newline")
    if failure.context != "import" or _after_other_declarations(failure):
        return None
    if _is_token(top, "RPAREN"):
        return _unexpected(failure, ", expecting semicolon or newline")
    if _is_eof(failure.token) and "RPAREN" in failure.expected:
        return f"expected ')', found {found}"
    if "STRING" in failure.expected:
        return f"expected 'STRING', found {found}"
    if "RPAREN" not in failure.expected:
        return _unexpected(failure, ", expecting semicolon or newline")
    return f"expected ';', found {found}"


def _after_other_declarations(failure: ParseFailure) -> bool:
    """Whether a declaration other than an import precedes: the go command's reader
    stops at it, so what follows is gc's to report."""
    def other_declaration(item) -> bool:
        if isinstance(item, Tree):      # Lark's list of the declarations read so far
            return any(other_declaration(child) for child in item.children)
        return isinstance(item, ast.FuncDecl) or (isinstance(item, ast.GenDecl) and item.tok != "import")
    return any(other_declaration(item) for item in failure.stack)


def _declaration_message(failure: ParseFailure):
    if failure.context == "top" and {"_SEMI", "LBRACE"} <= failure.expected and failure.token.type != "$END":
        return _unexpected(failure, " after top level declaration")     # a function's header is complete
    if TOP_LEVEL <= failure.expected:
        if failure.token.type == "LBRACE" and _after_bodiless_function(failure):
            return "syntax error: unexpected semicolon or newline before {"
        return "syntax error: non-declaration statement outside function body"
    if failure.token.type == "DEFINE" and "ASSIGN" in failure.expected and "DEFINE" not in failure.expected:
        return _unexpected(failure, ", expecting =")
    return None


def _after_bodiless_function(failure: ParseFailure) -> bool:
    previous = failure.top(2)
    return _is_token(failure.top(), "_SEMI") and isinstance(previous, ast.FuncDecl) and previous.body is None


def _keyword_message(failure: ParseFailure):
    """Messages gc gives right after a particular token."""
    top = failure.top()
    if _is_token(top, "ELSE"):
        return "syntax error: else must be followed by if or statement block"
    if _is_token(top, "CHAN") or (_is_token(top, "ARROW") and _is_token(failure.top(2), "CHAN")):
        return "syntax error: missing channel element type"
    if failure.context == "top" and "NAME" in failure.expected and _in_function_header(failure):
        return _unexpected(failure, ", expecting name or (")
    if (_is_token(top, "ELLIPSIS") and failure.context in ("parameters", "type parameters")
            and failure.expects_type()):
        return "syntax error: ... is missing type"
    if _is_token(top, "FUNC") and failure.expected == {"LPAREN"}:
        return _unexpected(failure, ", expecting (")       # a function type or literal
    if _is_token(top, "DOT") and {"NAME", "LPAREN"} <= failure.expected:
        return _unexpected(failure, ", expecting name or (")
    eof = _is_eof(failure.token)
    if ((_is_token(top, "PIPE") and failure.context in CONSTRAINT_CONTEXTS)
            or (failure.context == "interface" and _is_token(top, "LBRACE", "_SEMI") and not eof)):
        return _unexpected(failure, ", expecting ~ term or type")
    if _is_token(top, "SELECT"):
        return "syntax error: missing { after select clause"
    if _is_token(top, *HEADER_KEYWORDS) and failure.token.type == "VAR":
        return f"syntax error: var declaration not allowed in {HEADER_KEYWORDS[top.type]} initializer"
    if (failure.context == "for" and _is_token(top, "_SEMI") and failure.token.type == "LBRACE"
            and failure.semicolons_in_header() == 1):
        return _unexpected(failure, ", expecting for loop condition")
    if failure.expects_type() and _in_type_spec(failure):
        return _unexpected(failure, " in type declaration")
    if failure.context == "index" and _is_token(top, "COMMA"):
        return _unexpected(failure, ", expecting ]")
    if failure.context == "type parameters" and _is_token(top, "LBRACK", "COMMA") and not eof:
        return _unexpected(failure, ", expecting ]")
    if failure.context == "type arguments" and _is_token(top, "LBRACK", "COMMA"):
        if failure.token.type == "RBRACK" and _is_token(top, "LBRACK"):
            return _unexpected(failure, ", expecting type")
        return _unexpected(failure, ", expecting ]" if _is_token(top, "COMMA") else ", expecting expression")
    if failure.context == "cases" and "COLON" in failure.remaining and _in_case_header(failure):
        return _unexpected(failure, ", expecting :")
    return None


def _in_type_spec(failure: ParseFailure) -> bool:
    """Right after the name (or `name =`) of a type spec, alone or in a group."""
    index = len(failure.stack) - 1
    if _is_token(failure.top(), "ASSIGN"):
        index -= 1
    if index < 1 or not _is_token(failure.stack[index], "NAME"):
        return False
    for earlier in range(index - 1, -1, -1):
        item = failure.stack[earlier]
        if not isinstance(item, Token) or item.type == "_SEMI":
            continue
        if item.type == "LPAREN" and earlier > 0:
            item = failure.stack[earlier - 1]
        return _is_token(item, "TYPE")
    return False


def _in_function_header(failure: ParseFailure) -> bool:
    """After `func` or a method's receiver, before the name."""
    for item in reversed(failure.stack):
        if _is_token(item, "FUNC"):
            return True
        if _is_token(item, "_SEMI", "NAME") or isinstance(item, (ast.Decl, ast.Stmt)):
            return False
    return False


def _in_case_header(failure: ParseFailure) -> bool:
    for item in reversed(failure.stack[failure.context_index:]):
        if _is_token(item, "CASE"):
            return True
        if _is_token(item, "COLON"):
            return False
    return False


def _statement_start_message(failure: ParseFailure):
    """Where a statement could start, anything else ends the statement list."""
    expected = failure.expected
    if failure.context == "cases" and {"CASE", "DEFAULT"} <= expected and not _is_eof(failure.token):
        return _unexpected(failure, ", expecting case or default or }")
    if failure.context not in ("block", "cases") or not STATEMENT_KEYWORDS <= expected:
        return None
    return _unexpected(failure, ", expecting }")


def _list_message(failure: ParseFailure):
    context, remaining = failure.context, failure.remaining
    top = failure.top()
    eof = _is_eof(failure.token)
    if context == "struct" and _is_token(top, "NAME") and TYPE_STARTS <= failure.expected and not eof:
        return _unexpected(failure, ", expecting type")
    listed = LIST_CONTEXTS.get(context)
    if listed:
        what, separator, closer = listed
        separators = ("_SEMI",) if separator.startswith("semicolon") else ("COMMA",)
        at_separator = failure.context_index == len(failure.stack) - 1 or _is_token(top, *separators)
        if eof and context in ("struct", "interface"):
            return _unexpected(failure, ", expecting }")
        if CLOSER_NAMES[closer] in remaining and ("COMMA" in remaining or "_SEMI" in remaining):
            return _unexpected(failure, f" in {what}; possibly missing {separator} or {closer}")
        if eof and at_separator:
            return _unexpected(failure, f", expecting {closer}")
    if context == "parameters" and "RPAREN" in failure.expected and not eof:
        return _unexpected(failure, ", expecting )")
    if context == "index" and _is_token(top, "LBRACK") and failure.token.type == "RBRACK":
        return _unexpected(failure, ", expecting operand")
    if context == "bracket" and failure.token.type == "COMMA" and not isinstance(top, Token):
        return "syntax error: unexpected comma; expecting ]"
    if context == "struct" and _is_token(top, "NAME") and failure.expects_type():
        return _unexpected(failure, ", expecting type")
    if failure.expects_type() and not _in_const_spec(failure) and "_SEMI" not in failure.expected:
        return _unexpected(failure, ", expecting type")     # a type is wanted, not merely allowed
    if context == "struct" and {"NAME", "STAR"} <= failure.expected and not eof:
        return _unexpected(failure, ", expecting field name or embedded type")
    return None


def _in_const_spec(failure: ParseFailure) -> bool:
    """After the names of a const spec, gc tries a type and, finding none, ends the
    spec; so a stray token there ends the statement rather than wanting a type."""
    for index in range(len(failure.stack) - 1, -1, -1):
        item = failure.stack[index]
        if _is_token(item, "CONST"):
            return True
        if _is_token(item, "LPAREN") and index > 0 and _is_token(failure.stack[index - 1], "CONST"):
            return True
        if isinstance(item, Token) and item.type in OPENERS | {"VAR", "TYPE", "_SEMI"}:
            return False
    return False


def _eof_message(failure: ParseFailure):
    """At the end of the file gc wants what its parser was waiting for: a specific
    token, or else the closer of the innermost bracket."""
    if not _is_eof(failure.token) or failure.context in HEADER_KEYWORDS.values():
        return None
    top = failure.top()
    if failure.expects_expression() and isinstance(top, Token) and top.type not in CLOSERS:
        return _unexpected(failure, ", expecting expression")
    specific = _specific_expectation(failure.remaining)
    if specific:
        return _unexpected(failure, ", expecting " + specific)
    if failure.context_index is not None:
        opener = failure.stack[failure.context_index]
        if opener.type in CLOSER_TEXT:
            return _unexpected(failure, f", expecting {CLOSER_TEXT[opener.type]}")
    return None


def _statement_message(failure: ParseFailure):
    context, remaining = failure.context, failure.remaining
    top = failure.top()
    after_complete_operand = not isinstance(top, Token) or top.type in CLOSERS or top.type in (
        "NAME", "NUMBER", "STRING", "CHAR", "INC", "DEC", "BREAK", "CONTINUE", "FALLTHROUGH")
    if failure.expects_expression() and not after_complete_operand:
        return _unexpected(failure, ", expecting expression")
    if context in ("block", "cases") and "_SEMI" in remaining:
        return _unexpected(failure, " at end of statement")
    if context == "top" and "_SEMI" in remaining:
        return _unexpected(failure, " after top level declaration")
    return None


def _header_message(failure: ParseFailure):
    """if/for/switch headers: gc asks for `{` after the first simple statement and for
    `{ after X clause` once the header is complete."""
    keyword = failure.context
    if keyword not in HEADER_KEYWORDS.values():
        return None
    if "LBRACE" not in failure.expected and _specific_expectation(failure.remaining) == ":= or = or comma":
        return _unexpected(failure, ", expecting := or = or comma")    # after a list of expressions
    semicolons = failure.semicolons_in_header()
    ranged = any(_is_token(item, "RANGE") for item in failure.stack[failure.context_index:])
    if keyword == "for" and semicolons == 1 and "_SEMI" in failure.expected:
        return _unexpected(failure, ", expecting semicolon or newline")
    if semicolons == 0 and not ranged:
        return _unexpected(failure, ", expecting {")
    if keyword == "switch":
        return "syntax error: missing { after switch clause"
    return _unexpected(failure, f", expecting {{ after {keyword} clause")


def _specific_expectation(remaining: set):
    for names, text in KNOWN_EXPECTATIONS:
        if remaining == names:
            return text
    if len(remaining) == 1:
        only = next(iter(remaining))
        if only in GC_NAMES:
            return GC_NAMES[only]
        if only in KEYWORDS:
            return only.lower()
    return None


def _expecting_message(failure: ParseFailure):
    if failure.expects_expression():
        return _unexpected(failure, ", expecting expression")
    specific = _specific_expectation(failure.remaining)
    if specific:
        return _unexpected(failure, ", expecting " + specific)
    return None
