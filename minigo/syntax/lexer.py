"""Go's lexical layer around Lark's lexer: source checks, byte columns, semicolons.

Lark's lexer matches tokens by the regular expressions of go.lark and keeps newlines
and comments (they are listed in `always_accept`); SemicolonInserter, the post-lexer,
then applies Go's rule: a newline, or a block comment spanning one, becomes `;` when
the previous token was an identifier, a literal, one of `break continue fallthrough
return`, or one of `++ -- ) ] }`; likewise at the end of the file.  Inserted
semicolons carry the text 'newline' or 'EOF' so that error messages can name them as
gc does; an explicit `;` has the text 'semicolon'.

scan() runs Lark's basic lexer (its regular expression, its line counting, its
keyword types) in a loop of its own, which makes the same tokens twice as fast as
Lark's per-token method calls.  Where that lexer matches nothing, scan() goes on as gc's scanner does (a literal
left open becomes a token to the end of its line, a stray character is skipped), and
names take in any non-ASCII character, the ones that are not letters being reported;
every lexical error is reported and none stops the parse.

Go counts columns in bytes (a tab counts 1).  Lark counts characters, so SourceMap
converts the column of tokens on lines holding non-ASCII text.
"""
from __future__ import annotations

import re
import unicodedata

from lark import Token
from lark.exceptions import UnexpectedCharacters
from lark.lexer import LexerState
from lark.utils import TextSlice

from minigo.errors import CompileError, Pos

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

    def go_parser_end_pos(self) -> Pos:
        """Where go/parser (the go command's reader of package clause and imports) puts
        the end of the file.  Its file table starts a line only before the end, so after
        a final newline the end is one column past that newline, on the newline's line."""
        if not self.text.endswith("\n"):
            return self.end_pos()
        start = self.text.rfind("\n", 0, len(self.text) - 1) + 1
        column = len(self.text[start:].encode("utf-8", "surrogateescape")) + 1
        return Pos(self.filename, self.text.count("\n"), column)


def decode_source(filename: str, source) -> tuple[str, list[CompileError]]:
    """The source as text, and the errors of gc's source reader: invalid UTF-8, NUL
    and a BOM other than the first character.  gc reports each and reads on as if
    the offending bytes were absent; here each becomes as many spaces as it had bytes,
    so that every later byte column stays right."""
    if isinstance(source, str):
        text = source
    else:
        text = bytes(source).decode("utf-8", "surrogateescape")
    if text.startswith(BYTE_ORDER_MARK):
        text = text[1:]
    if text.isascii() and "\x00" not in text:
        return text, []
    pieces, problems = [], []
    done = 0
    length = 0
    for match in _SOURCE_PROBLEM.finditer(text):
        pieces.append(text[done:match.start()])
        length += match.start() - done
        problems.append((length, _source_problem_message(match.group())))
        blank = " " * _byte_width(match.group())
        pieces.append(blank)
        length += len(blank)
        done = match.end()
    pieces.append(text[done:])
    text = "".join(pieces)
    source_map = SourceMap(filename, text)
    return text, [CompileError(source_map.pos_of_offset(offset), message) for offset, message in problems]


_SOURCE_PROBLEM = re.compile("[\x00\ufeff\ud800-\udfff]")


def _source_problem_message(c: str) -> str:
    if c == "\x00":
        return "invalid NUL character"
    if c == BYTE_ORDER_MARK:
        return "invalid BOM in the middle of the file"
    return "invalid UTF-8 encoding"


def _byte_width(c: str) -> int:
    """Bytes the character had in the file: an undecodable byte (decoded by
    surrogateescape to U+DC80..U+DCFF) had one."""
    if "\udc80" <= c <= "\udcff":
        return 1
    return 3 if c != "\x00" else 1


class SemicolonInserter:
    """Lark post-lexer: drops newlines and comments, inserting `;` by Go's rule.

    `checks` (the tree builder) is shown every literal (`check_literal`), every name
    holding a non-ASCII character (`check_name`) and every unterminated comment
    (`unterminated_comment`) as they go by, so that lexical errors are reported in
    the order gc's scanner finds them."""

    always_accept = ("NEWLINE", "LINE_COMMENT", "BLOCK_COMMENT", "UNTERMINATED_COMMENT")

    def __init__(self, checks=None):
        self.checks = checks

    def process(self, stream):
        checks = self.checks
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
            if kind == "BLOCK_COMMENT" or kind == "UNTERMINATED_COMMENT":
                if kind == "UNTERMINATED_COMMENT" and checks is not None:
                    checks.unterminated_comment(token)
                if triggered and "\n" in token:
                    yield Token.new_borrow_pos("_SEMI", "newline", token)
                    triggered = False
                last = token
                continue
            if kind == "_SEMI":
                token = Token.new_borrow_pos("_SEMI", "semicolon", token)
            elif checks is not None:
                if kind in LITERAL_TOKENS:
                    checks.check_literal(token)
                elif kind == "NAME" and not token.isascii():
                    checks.check_name(token)
            triggered = kind in SEMICOLON_TRIGGERS
            last = token
            yield token
        if triggered and last is not None:
            yield Token("_SEMI", "EOF", last.end_pos, last.end_line, last.end_column,
                        last.end_line, last.end_column, last.end_pos)


def scan(basic_lexer, text: str, report, bad_literal):
    """The raw tokens of `text` (before semicolon insertion) by Lark's basic lexer,
    continuing past what it cannot match as gc's scanner does: an unterminated
    literal becomes a literal token up to the end of its line (or of the file), which
    `bad_literal(token)` is told about; any other stray character is skipped.  Each
    problem goes to `report(line, column, message)` (Lark's line and column, in
    characters).

    The loop is Lark's BasicLexer.next_token, inlined: its one regular expression
    (all terminals, in Lark's order), its line counting, and its keyword callback
    as a dict (a NAME whose text is a keyword takes the keyword's type); the same
    tokens, in 0.2 s instead of 0.45 s for a 20,000-line file."""
    scanner = basic_lexer.scanner
    keywords = _keyword_types(basic_lexer)
    if keywords is None or len(scanner._mres) != 1:
        yield from _scan_with_lark(basic_lexer, text, report, bad_literal)
        return
    match = scanner._mres[0].match
    ignored = basic_lexer.ignore_types
    multiline = basic_lexer.newline_types
    keyword_of = keywords.get
    new_token = str.__new__
    position, end, line, line_start = 0, len(text), 1, 0
    while position < end:
        found = match(text, position)
        if found is None:
            column = position - line_start + 1
            stop, problem_offset, message = describe_bad_character(text, position)
            report(line, column + problem_offset - position, message)
            if stop is None:
                position += 1
                continue
            found_kind, value = ("CHAR" if text[position] == "'" else "STRING"), text[position:stop]
        else:
            found_kind, value = found.lastgroup, found.group()
            stop = found.end()
            if found_kind in ignored:
                position = stop
                continue
        token = new_token(Token, value)
        token.type = keyword_of(value, found_kind) if found_kind == "NAME" else found_kind
        token.value = value
        token.start_pos = position
        token.line = line
        token.column = position - line_start + 1
        if found_kind in multiline:
            newlines = value.count("\n")
            if newlines:
                line += newlines
                line_start = position + value.rindex("\n") + 1
        token.end_line = line
        token.end_column = stop - line_start + 1
        token.end_pos = position = stop
        if found is None:
            bad_literal(token)
        yield token


def _keyword_types(basic_lexer) -> dict[str, str] | None:
    """The keyword callback of Lark's lexer as {text: type}; None if its callbacks are
    of another kind (then _scan_with_lark runs them)."""
    from lark.lexer import UnlessCallback

    callbacks = basic_lexer.callback
    if set(callbacks) - {"NAME"}:
        return None
    callback = callbacks.get("NAME")
    if callback is None:
        return {}
    if not isinstance(callback, UnlessCallback):
        return None
    terminals = callback.scanner.terminals
    if any(t.pattern.type != "str" or t.pattern.flags for t in terminals):
        return None
    return {t.pattern.value: t.name for t in terminals}


def _scan_with_lark(basic_lexer, text: str, report, bad_literal):
    """scan() by Lark's own next_token."""
    state = LexerState(TextSlice.cast_from(text))
    next_token = basic_lexer.next_token
    counter = state.line_ctr
    while True:
        try:
            yield next_token(state)
        except EOFError:
            return
        except UnexpectedCharacters:
            offset = counter.char_pos
            end, problem_offset, message = describe_bad_character(text, offset)
            report(counter.line, counter.column + problem_offset - offset, message)
            if end is None:
                counter.feed(text[offset], False)
                continue
            token = Token("CHAR" if text[offset] == "'" else "STRING", text[offset:end], offset,
                          counter.line, counter.column)
            counter.feed(text[offset:end])
            token.end_line, token.end_column, token.end_pos = counter.line, counter.column, end
            bad_literal(token)
            yield token


def describe_bad_character(text: str, offset: int) -> tuple:
    """Why Lark's lexer could not match at text[offset]: (the end of the literal token
    to make of it, or None to skip the character; the offset to report; gc's message)."""
    c = text[offset]
    if c in "\"'`":
        return _describe_unterminated(text, offset, c)
    return None, offset, "invalid character " + unicode_name(c)


def unicode_name(c: str) -> str:
    """A character as Go's %#U shows it: U+0040 '@'."""
    code = f"U+{ord(c):04X}"
    return f"{code} '{c}'" if c.isprintable() else code


def name_problems(name: str):
    """(index, message) for each character of an identifier that gc's scanner
    rejects: any non-ASCII character but a letter or a digit, and a leading digit."""
    for index, c in enumerate(name):
        if c.isascii() or c.isalpha():
            continue
        if unicodedata.category(c) == "Nd":
            if index == 0:
                yield index, "identifier cannot begin with digit " + unicode_name(c)
            continue
        yield index, f"invalid character {unicode_name(c)} in identifier"


def _describe_unterminated(text: str, offset: int, quote: str) -> tuple:
    if quote == "`":
        return len(text), offset, "string not terminated"
    what = "string" if quote == '"' else "rune literal"
    index = offset + 1
    while index < len(text):
        c = text[index]
        if c == "\n":
            return index, index, f"newline in {what}"
        if c == "\\" and text[index + 1: index + 2] not in ("", "\n"):
            index += 2
            continue
        index += 1
    return len(text), offset, ("string not terminated" if quote == '"' else "rune literal not terminated")
