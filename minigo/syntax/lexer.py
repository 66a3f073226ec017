"""Go's lexical layer around Lark's lexer: source checks, byte columns, semicolons.

Lark's lexer matches tokens by the regular expressions of go.lark and keeps newlines
and comments (they are listed in `always_accept`); SemicolonInserter, the post-lexer,
then applies Go's rule: a newline, or a block comment spanning one, becomes `;` when
the previous token was an identifier, a literal, one of `break continue fallthrough
return`, or one of `++ -- ) ] }`; likewise at the end of the file.  Inserted
semicolons carry the text 'newline' or 'EOF' so that error messages can name them as
gc does; an explicit `;` has the text 'semicolon'.

Go counts columns in bytes (a tab counts 1).  Lark counts characters, so SourceMap
converts the column of tokens on lines holding non-ASCII text.
"""
from __future__ import annotations

from lark import Token

from minigo.errors import CompileError, CompileErrors, Pos

LITERAL_TOKENS = frozenset({"NUMBER", "STRING", "CHAR"})
SEMICOLON_TRIGGERS = frozenset({
    "NAME", "NUMBER", "STRING", "CHAR", "BREAK", "CONTINUE", "FALLTHROUGH", "RETURN",
    "INC", "DEC", "RPAREN", "RBRACK", "RBRACE",
})
BYTE_ORDER_MARK = "\ufeff"


class SourceMap:
    """Positions in one file: Lark's (line, character column) to Go's (line, byte column)."""

    def __init__(self, filename: str, text: str):
        self.filename = filename
        self.text = text
        self._lines = None
        self._ascii = text.isascii()

    def _line_text(self, line: int) -> str:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines[line - 1] if 0 < line <= len(self._lines) else ""

    def byte_column(self, line: int, column: int) -> int:
        if self._ascii:
            return column
        prefix = self._line_text(line)[: column - 1]
        if prefix.isascii():
            return column
        return len(prefix.encode("utf-8")) + 1

    def pos(self, token) -> Pos:
        return Pos(self.filename, token.line, self.byte_column(token.line, token.column))

    def pos_at(self, line: int, column: int) -> Pos:
        return Pos(self.filename, line, self.byte_column(line, column))

    def pos_of_offset(self, offset: int) -> Pos:
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return self.pos_at(line, column)

    def pos_after(self, token) -> Pos:
        """The position of the first non-blank character after token."""
        offset = token.end_pos
        while offset < len(self.text) and self.text[offset] in " \t":
            offset += 1
        return self.pos_of_offset(offset)

    def end_pos(self) -> Pos:
        return self.pos_of_offset(len(self.text))


def decode_source(filename: str, source) -> str:
    """The source as text; raises CompileErrors for invalid UTF-8, NUL or a misplaced BOM."""
    if isinstance(source, str):
        text = source
    else:
        try:
            text = bytes(source).decode("utf-8")
        except UnicodeDecodeError as error:
            good = bytes(source)[: error.start].decode("utf-8")
            raise_at(SourceMap(filename, good), len(good), "invalid UTF-8 encoding")
    if text.startswith(BYTE_ORDER_MARK):
        text = text[1:]
    if "\x00" in text:
        raise_at(SourceMap(filename, text), text.index("\x00"), "invalid NUL character")
    if BYTE_ORDER_MARK in text:
        raise_at(SourceMap(filename, text), text.index(BYTE_ORDER_MARK), "invalid BOM in the middle of the file")
    surrogate = _first_surrogate(text)
    if surrogate is not None:
        raise_at(SourceMap(filename, text), surrogate, "invalid UTF-8 encoding")
    return text


def _first_surrogate(text: str):
    if text.isascii():
        return None
    for index, c in enumerate(text):
        if "\ud800" <= c <= "\udfff":
            return index
    return None


def raise_at(source_map: SourceMap, offset: int, message: str):
    raise CompileErrors([CompileError(source_map.pos_of_offset(offset), message)])


class UnterminatedComment(Exception):
    def __init__(self, token):
        super().__init__("comment not terminated")
        self.token = token


class SemicolonInserter:
    """Lark post-lexer: drops newlines and comments, inserting `;` by Go's rule.
    Each literal token is also shown to `check_literal(token)` as it goes by."""

    always_accept = ("NEWLINE", "LINE_COMMENT", "BLOCK_COMMENT", "UNTERMINATED_COMMENT")

    def __init__(self, check_literal=None):
        self.check_literal = check_literal

    def process(self, stream):
        check_literal = self.check_literal
        triggered = False
        last = None
        for token in stream:
            kind = token.type
            if kind == "NEWLINE":
                if triggered:
                    yield Token.new_borrow_pos("_SEMI", "newline", token)
                    triggered = False
                last = token
                continue
            if kind == "LINE_COMMENT":
                last = token
                continue
            if kind == "BLOCK_COMMENT":
                if triggered and "\n" in token:
                    yield Token.new_borrow_pos("_SEMI", "newline", token)
                    triggered = False
                last = token
                continue
            if kind == "UNTERMINATED_COMMENT":
                raise UnterminatedComment(token)
            if kind == "_SEMI":
                token = Token.new_borrow_pos("_SEMI", "semicolon", token)
            elif kind in LITERAL_TOKENS and check_literal is not None:
                check_literal(token)
            triggered = kind in SEMICOLON_TRIGGERS
            last = token
            yield token
        if triggered and last is not None:
            yield Token("_SEMI", "EOF", last.end_pos, last.end_line, last.end_column,
                        last.end_line, last.end_column, last.end_pos)


def describe_bad_character(text: str, offset: int) -> tuple[int, str]:
    """Why Lark's lexer could not match at text[offset]: (offset to report, gc's message)."""
    c = text[offset]
    if c in "\"'`":
        return _describe_unterminated(text, offset, c)
    if c == "\x00":
        return offset, "invalid NUL character"
    if c == BYTE_ORDER_MARK:
        return offset, "invalid BOM in the middle of the file"
    code = f"U+{ord(c):04X}"
    shown = f" '{c}'" if c.isprintable() else ""
    suffix = " in identifier" if not c.isascii() else ""
    return offset, f"invalid character {code}{shown}{suffix}"


def _describe_unterminated(text: str, offset: int, quote: str) -> tuple[int, str]:
    if quote == "`":
        return offset, "string not terminated"
    what = "string" if quote == '"' else "rune literal"
    index = offset + 1
    while index < len(text):
        c = text[index]
        if c == "\n":
            return index, f"newline in {what}"
        if c == "\\" and text[index + 1: index + 2] not in ("", "\n"):
            index += 2
            continue
        index += 1
    return offset, ("string not terminated" if quote == '"' else "rune literal not terminated")
