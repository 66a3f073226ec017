"""Go's lexical rules as minigo applies them: semicolon insertion, byte columns,
literal checks and lexical errors (messages and positions from go 1.19)."""
from fractions import Fraction

import pytest

from minigo.errors import CompileErrors
from minigo.syntax import literals, parse_file
from minigo.syntax.parser import tokens


def kinds(source):
    return [token.type for token in tokens(source)]


def semicolons(source):
    return [token.value for token in tokens(source) if token.type == "_SEMI"]


# ---------------------------------------------------------------- semicolon insertion

@pytest.mark.parametrize("line", [
    "x", "42", "4.2", "1i", "0x1p-2", '"s"', "`raw`", "'c'",
    "break", "continue", "fallthrough", "return",
    "x++", "x--", "f()", "a[1]", "T{}",
])
def test_newline_after_trigger_becomes_semicolon(line):
    assert kinds(line + "\n")[-1] == "_SEMI"
    assert semicolons(line + "\n") == ["newline"]


@pytest.mark.parametrize("line", [
    "x +", "x =", "x :=", "f(", "a[", "T{", "x.", "x,", "x &&", "if", "func", "var",
    "go", "defer", "x <-", "*", "case", "default:",
])
def test_newline_after_other_tokens_is_ignored(line):
    assert "_SEMI" not in kinds(line + "\n")


def test_end_of_file_after_trigger_inserts_semicolon():
    assert semicolons("x") == ["EOF"]
    assert semicolons("return") == ["EOF"]
    assert semicolons("}") == ["EOF"]
    assert semicolons("x +") == []


def test_explicit_semicolon_is_named_semicolon():
    assert semicolons("x; y\n") == ["semicolon", "newline"]


def test_block_comment_spanning_newline_acts_as_newline():
    assert kinds("x /* a\n b */ y") == ["NAME", "_SEMI", "NAME", "_SEMI"]
    comment_semicolon = tokens("x /* a\n b */ y")[1]
    assert (comment_semicolon.line, comment_semicolon.column) == (1, 3)


def test_block_comment_on_one_line_is_ignored():
    assert kinds("x /* a */ y") == ["NAME", "NAME", "_SEMI"]


def test_line_comment_then_newline():
    found = tokens("x // comment\ny")
    assert [t.type for t in found] == ["NAME", "_SEMI", "NAME", "_SEMI"]
    assert (found[1].line, found[1].column) == (1, 13)


def test_several_newlines_give_one_semicolon():
    assert semicolons("x\n\n\n   \n\ty\n") == ["newline", "newline"]


def test_closing_brace_on_same_line_needs_no_semicolon():
    file = parse_file("p.go", "package p\nfunc f() int { if true { return 1 }; return 2 }\n")
    body = file.decls[0].body.stmts
    assert [type(s).__name__ for s in body] == ["IfStmt", "ReturnStmt"]


def test_keywords_are_not_names():
    assert kinds("func funcs") == ["FUNC", "NAME", "_SEMI"]


def test_tokens_of_text_with_bad_literals():
    assert kinds("x := 0x + '' + \"\\q\"") == ["NAME", "DEFINE", "NUMBER", "PLUS", "CHAR", "PLUS", "STRING", "_SEMI"]


def test_number_followed_by_dots():
    assert [t.value for t in tokens("x[1:] + 1. + .5")][:7] == ["x", "[", "1", ":", "]", "+", "1."]


# ---------------------------------------------------------------- positions

def test_columns_count_bytes_and_tabs_count_one():
    file = parse_file("p.go", 'package p\nvar s = "héllo" + \tx\n')
    binary = file.decls[0].specs[0].values[0]
    assert binary.x.pos.col == 9
    assert binary.op_pos.col == 18          # é is two bytes
    assert binary.y.pos.col == 21           # the tab counts one


# ---------------------------------------------------------------- lexical errors

def first_error(source):
    with pytest.raises(CompileErrors) as caught:
        parse_file("prog.go", source)
    return str(sorted(caught.value.errors, key=lambda e: (e.pos.line, e.pos.col))[0])


@pytest.mark.parametrize("source, message", [
    ("package main\nfunc main() {\n\tx := \"abc\n}\n", "prog.go:3:11: newline in string"),
    ("package main\nfunc main() {\n\tx := \"abc", "prog.go:3:7: string not terminated"),
    ("package main\nfunc main() {\n\tx := `abc", "prog.go:3:7: string not terminated"),
    ("package main\nfunc main() {\n\t/* abc", "prog.go:3:2: comment not terminated"),
    ("package main\nfunc main() {\n\t@\n}\n", "prog.go:3:2: invalid character U+0040 '@'"),
    ("package main\nfunc main() {\n\tx := 1 # 2\n}\n", "prog.go:3:9: invalid character U+0023 '#'"),
    ("package main\nfunc main() {\n\tx := 1 \x01 2\n}\n", "prog.go:3:9: invalid character U+0001"),
    ("package main\nfunc main() {\n\tx := 1 \x00 2\n}\n", "prog.go:3:9: invalid NUL character"),
    ("package main\nvar ¢ = 1\n", "prog.go:2:5: invalid character U+00A2 '¢' in identifier"),
    ("package main\nfunc main() {\n\tx := \"é\" $ 2\n}\n", "prog.go:3:12: invalid character U+0024 '$'"),
    ("package main\nfunc main() {\n\tx := 'a\n}\n", "prog.go:3:9: newline in rune literal"),
    ("package main\nfunc main() {\n\tx := 'a", "prog.go:3:7: rune literal not terminated"),
    (b"package main\nfunc main() {\n\tx := \"a\xffb\"\n}\n", "prog.go:3:9: invalid UTF-8 encoding"),
])
def test_lexical_errors_match_gc(source, message):
    assert first_error(source) == message


def all_errors(source):
    with pytest.raises(CompileErrors) as caught:
        parse_file("prog.go", source)
    return [str(e) for e in sorted(caught.value.errors, key=lambda e: (e.pos.line, e.pos.col))]


def test_scanning_goes_on_after_a_stray_character():
    assert kinds("x := 1 @ 2 # y") == ["NAME", "DEFINE", "NUMBER", "NUMBER", "NAME", "_SEMI"]


def test_an_unterminated_literal_is_a_token_to_the_end_of_its_line():
    found = tokens('f("abc\ng(`x')
    assert [(t.type, str(t)) for t in found] == [
        ("NAME", "f"), ("LPAREN", "("), ("STRING", '"abc'), ("_SEMI", "newline"),
        ("NAME", "g"), ("LPAREN", "("), ("STRING", "`x"), ("_SEMI", "EOF")]


def test_a_name_takes_in_any_non_ascii_character():
    assert [str(t) for t in tokens("x·y + é")][:3] == ["x·y", "+", "é"]
    assert all_errors("package main\nvar x·y², é = 1, 2\n") == [
        "prog.go:2:6: invalid character U+00B7 '·' in identifier",
        "prog.go:2:9: invalid character U+00B2 '²' in identifier"]


def test_every_lexical_error_is_reported():
    assert all_errors("package main\nfunc main() {\n\tx := 1 $\n\ty := '' + \"\\q\"\n\tz := \"abc\n}\n") == [
        "prog.go:3:9: invalid character U+0024 '$'",
        "prog.go:4:8: empty rune literal or unescaped '",
        "prog.go:4:14: unknown escape",
        "prog.go:5:11: newline in string"]


def test_bad_bytes_are_reported_and_skipped():
    assert all_errors(b"package main\nvar s = \"\xff\x00\"\nvar t = \"\xef\xbb\xbf\"\n") == [
        "prog.go:2:10: invalid UTF-8 encoding",
        "prog.go:2:11: invalid NUL character",
        "prog.go:3:10: invalid BOM in the middle of the file"]


@pytest.mark.parametrize("literal, message, column", [
    ('"\\q"', "unknown escape", 9),
    ("'ab'", "more than one character in rune literal", 7),
    ("''", "empty rune literal or unescaped '", 8),
    ("0x", "hexadecimal literal has no digits", 9),
    ("0b123", "invalid digit '2' in binary literal", 10),
    ("1__0", "'_' must separate successive digits", 9),
    ("09", "invalid digit '9' in octal literal", 8),
    ("0x1.0", "hexadecimal mantissa requires a 'p' exponent", 12),
    ("1p4", "'p' exponent requires hexadecimal mantissa", 8),
    ("0o8", "invalid digit '8' in octal literal", 9),
    ("0_", "'_' must separate successive digits", 8),
    ("0x_1p", "exponent has no digits", 12),
    ("1e", "exponent has no digits", 9),
    ("0b", "binary literal has no digits", 9),
    ("'\\400'", "octal escape value 256 > 255", 12),
    ("'\\u12'", "invalid character '\\'' in hexadecimal escape", 12),
    ('"\\uD800"', "escape is invalid Unicode code point U+D800", 14),
    ("'\\U00110000'", "escape is invalid Unicode code point U+110000", 18),
])
def test_bad_literals_match_gc(literal, message, column):
    source = f"package main\nfunc main() {{\n\tx := {literal}\n}}\n"
    assert first_error(source) == f"prog.go:3:{column}: {message}"


# ---------------------------------------------------------------- literal values

def test_string_bytes():
    assert literals.string_bytes('"a\\tb\\n"') == b"a\tb\n"
    assert literals.string_bytes('"\\xff\\x00"') == b"\xff\x00"
    assert literals.string_bytes('"\\377"') == b"\xff"
    assert literals.string_bytes('"\\u00e9"') == "é".encode()
    assert literals.string_bytes('"\\U0001F600"') == "😀".encode()
    assert literals.string_bytes('"héllo"') == "héllo".encode()
    assert literals.string_bytes('"\\"\\\\"') == b'"\\'
    assert literals.string_bytes("`a\\n\r\nb`") == b"a\\n\nb"


@pytest.mark.parametrize("function, text, value", [
    (literals.rune_value, "'a'", 97),
    (literals.rune_value, "'\\n'", 10),
    (literals.rune_value, "'\\''", 39),
    (literals.rune_value, "'\\x41'", 65),
    (literals.rune_value, "'\\101'", 65),
    (literals.rune_value, "'\\u00e9'", 0xE9),
    (literals.rune_value, "'世'", 0x4E16),
    (literals.int_value, "42", 42),
    (literals.int_value, "0x2A", 42),
    (literals.int_value, "0X_2a", 42),
    (literals.int_value, "0o52", 42),
    (literals.int_value, "052", 42),
    (literals.int_value, "0b101010", 42),
    (literals.int_value, "1_000_000", 1000000),
    (literals.int_value, "0", 0),
    (literals.float_value, "1.5", Fraction(3, 2)),
    (literals.float_value, "1.", 1),
    (literals.float_value, ".25", Fraction(1, 4)),
    (literals.float_value, "1e3", 1000),
    (literals.float_value, "1E-2", Fraction(1, 100)),
    (literals.float_value, "0x1p-2", Fraction(1, 4)),
    (literals.float_value, "0x1.8p1", 3),
    (literals.float_value, "0X.8p0", Fraction(1, 2)),
    (literals.float_value, "1_0.5", Fraction(21, 2)),
    (literals.float_value, "08.5", Fraction(17, 2)),
    (literals.imag_value, "2i", 2),
    (literals.imag_value, "1.5i", Fraction(3, 2)),
    (literals.imag_value, "0x10i", 16),
    (literals.imag_value, "017i", 17),
])
def test_literal_values_are_exact(function, text, value):
    assert function(text) == value


@pytest.mark.parametrize("text, kind", [
    ("1", "INT"), ("0x1F", "INT"), ("0b1", "INT"), ("017", "INT"), ("1.0", "FLOAT"),
    ("1e5", "FLOAT"), ("0x1p3", "FLOAT"), (".5", "FLOAT"), ("1i", "IMAG"), ("0x1p3i", "IMAG"),
])
def test_number_kinds(text, kind):
    assert literals.number_kind(text) == kind
