"""Values of Go literals, computed from their source text.

BasicLit.literal keeps the text exactly as written; the functions here turn it into
values: strings become `bytes` (a Go string is a byte sequence, and `\\xff` may make it
invalid UTF-8), runes and integers become `int`, floats become exact `Fraction`s (hex
floats included).  The parser calls the `*_problem` checks on every literal so that
the value functions may assume well-formed text; a problem is reported as
(byte offset within the literal, message) using gc's wording.
"""
from __future__ import annotations

import unicodedata
from fractions import Fraction
from typing import Optional

SIMPLE_ESCAPES = {
    "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92,
}
HEX_DIGITS = "0123456789abcdefABCDEF"
OCTAL_DIGITS = "01234567"
Problem = Optional[tuple[int, str]]


# ---------------------------------------------------------------- strings and runes

def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _scan_escape(text: str, i: int, quote: str):
    """Reads the escape starting at text[i] == '\\'.

    Returns (kind, value, next index, problem): kind is 'byte' for \\x and octal escapes,
    'rune' otherwise."""
    if i + 1 >= len(text):
        return "rune", 0, i + 1, (_byte_offset(text, i), "escape sequence not terminated")
    c = text[i + 1]
    if c in SIMPLE_ESCAPES:
        return "rune", SIMPLE_ESCAPES[c], i + 2, None
    if c == quote:
        return "rune", ord(c), i + 2, None
    if c in OCTAL_DIGITS:
        return _scan_digits(text, i + 1, 3, 8, "octal", "byte")
    if c == "x":
        return _scan_digits(text, i + 2, 2, 16, "hexadecimal", "byte")
    if c == "u":
        return _scan_digits(text, i + 2, 4, 16, "hexadecimal", "rune")
    if c == "U":
        return _scan_digits(text, i + 2, 8, 16, "hexadecimal", "rune")
    return "rune", 0, i + 2, (_byte_offset(text, i + 1), "unknown escape")


def _scan_digits(text: str, start: int, count: int, base: int, base_name: str, kind: str):
    digits = OCTAL_DIGITS if base == 8 else HEX_DIGITS
    value = 0
    i = start
    for i in range(start, start + count):
        c = text[i] if i < len(text) else ""
        if c == "" or c not in digits:
            problem = (_byte_offset(text, i), f"invalid character {_quote_char(c)} in {base_name} escape")
            return kind, 0, i, problem
        value = value * base + int(c, 16)
    end = start + count
    if base == 8 and value > 255:
        return kind, 0, end, (_byte_offset(text, end), f"octal escape value {value} > 255")
    if kind == "rune" and (value > 0x10FFFF or 0xD800 <= value < 0xE000):
        return kind, 0, end, (_byte_offset(text, end), f"escape is invalid Unicode code point U+{value:04X}")
    return kind, value, end, None


def _quote_char(c: str) -> str:
    if c == "'":
        return "'\\''"
    if c == "\\":
        return "'\\\\'"
    if c.isprintable():
        return f"'{c}'"
    return repr(c)


def _decode_interpreted(text: str, quote: str):
    """Yields (kind, value) for each character or escape of a quoted literal's body;
    raises ValueError((offset, message)) on a bad escape."""
    i = 1
    end = len(text) - 1
    while i < end:
        c = text[i]
        if c != "\\":
            yield "rune", ord(c)
            i += 1
            continue
        kind, value, i, problem = _scan_escape(text, i, quote)
        if problem:
            raise ValueError(problem)
        yield kind, value


def string_problem(text: str) -> Problem:
    if text.startswith("`") or "\\" not in text:
        return None
    try:
        for _ in _decode_interpreted(text, '"'):
            pass
    except ValueError as error:
        return error.args[0]
    return None


def string_bytes(text: str) -> bytes:
    """The bytes of a string literal (interpreted "..." or raw `...`)."""
    if text.startswith("`"):
        return text[1:-1].replace("\r", "").encode("utf-8")
    # The text between escapes is encoded in one piece: a 10 MB literal must not
    # become ten million Python objects.
    out = bytearray()
    end = len(text) - 1
    i = 1
    while i < end:
        escape = text.find("\\", i, end)
        if escape < 0:
            escape = end
        out += text[i:escape].encode("utf-8", "surrogatepass")
        if escape == end:
            break
        kind, value, i, problem = _scan_escape(text, escape, '"')
        if problem:
            raise ValueError(problem)
        if kind == "byte":
            out.append(value)
        else:
            out += chr(value).encode("utf-8", "surrogatepass")
    return bytes(out)


def rune_problem(text: str) -> Problem:
    try:
        values = list(_decode_interpreted(text, "'"))
    except ValueError as error:
        return error.args[0]
    if not values:
        return (1, "empty rune literal or unescaped '")
    if len(values) > 1:
        return (0, "more than one character in rune literal")
    return None


def rune_value(text: str) -> int:
    """The code point of a rune literal such as 'a', '\\n', '\\x41' or '\\u00e9'."""
    for _kind, value in _decode_interpreted(text, "'"):
        return value
    raise ValueError(f"empty rune literal {text!r}")


# ---------------------------------------------------------------- numbers

BASE_NAMES = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}


def number_kind(text: str) -> str:
    """'INT', 'FLOAT' or 'IMAG' for a NUMBER token's text."""
    if text.endswith("i"):
        return "IMAG"
    lower = text.lower()
    if lower.startswith("0x"):
        return "FLOAT" if ("." in lower or "p" in lower) else "INT"
    if lower.startswith(("0b", "0o")):
        return "FLOAT" if ("." in lower or "e" in lower or "p" in lower) else "INT"
    return "FLOAT" if ("." in lower or "e" in lower or "p" in lower) else "INT"


def _split_number(text: str):
    """(base, prefix length, mantissa, exponent letter, exponent digits) of a number's
    text (without the imaginary suffix)."""
    lower = text.lower()
    base, prefix = 10, 0
    if lower.startswith("0x"):
        base, prefix = 16, 2
    elif lower.startswith("0b"):
        base, prefix = 2, 2
    elif lower.startswith("0o"):
        base, prefix = 8, 2
    exponent_letters = "p" if base == 16 else "ep"
    cut = len(text)
    for index in range(prefix, len(text)):
        if lower[index] in exponent_letters:
            cut = index
            break
    mantissa = text[prefix:cut]
    exponent_letter = lower[cut] if cut < len(text) else ""
    exponent = text[cut + 1:]
    return base, prefix, mantissa, exponent_letter, exponent


def number_problem(text: str) -> Problem:
    """The first problem of a NUMBER token's text, as gc's scanner reports it."""
    imaginary = text.endswith("i")
    body = text[:-1] if imaginary else text
    base, prefix, mantissa, exponent_letter, exponent = _split_number(body)
    mantissa_digits = mantissa.replace("_", "").replace(".", "")
    is_float = "." in mantissa or exponent_letter
    if base != 10 and not mantissa_digits:
        return (prefix + len(mantissa), f"{BASE_NAMES[base]} literal has no digits")
    if base in (2, 8):
        for index, c in enumerate(mantissa):
            if c.isdigit() and int(c) >= base:
                return (prefix + index, f"invalid digit {c!r} in {BASE_NAMES[base]} literal")
        if "." in mantissa:
            return (prefix + mantissa.index("."), f"invalid radix point in {BASE_NAMES[base]} literal")
    legacy_octal = base == 10 and mantissa.startswith("0") and not is_float and not imaginary
    if legacy_octal:
        for index, c in enumerate(mantissa):
            if c in "89":
                return (index, f"invalid digit {c!r} in octal literal")
    if exponent_letter:
        letter_at = prefix + len(mantissa)
        if exponent_letter == "e" and base != 10:
            return (letter_at, "'e' exponent requires decimal mantissa")
        if exponent_letter == "p" and base != 16:
            return (letter_at, "'p' exponent requires hexadecimal mantissa")
        if not exponent.lstrip("+-").replace("_", ""):
            return (len(body), "exponent has no digits")
    elif base == 16 and "." in mantissa:
        return (len(body), "hexadecimal mantissa requires a 'p' exponent")
    separator = _misplaced_separator(body, prefix)
    if separator is not None:
        return (separator, "'_' must separate successive digits")
    return None


def _misplaced_separator(body: str, prefix: int) -> Optional[int]:
    """Index of the first '_' not between two digits (a base prefix counts as a digit)."""
    hexadecimal = body[:2].lower() == "0x"

    def is_digit(c: str) -> bool:
        return c.isdigit() or (hexadecimal and c in HEX_DIGITS)

    previous = "digit" if prefix else "other"
    for index in range(prefix, len(body)):
        c = body[index]
        if c == "_":
            if previous != "digit":
                return index
            previous = "_"
        elif is_digit(c):
            previous = "digit"
        else:
            if previous == "_":
                return index - 1
            previous = "other"
    if previous == "_":
        return len(body) - 1
    return None


def int_value(text: str) -> int:
    """The value of an integer literal: 42, 0x2A, 0o52, 052, 0b101010, 1_000."""
    digits = text.replace("_", "")
    lower = digits.lower()
    if lower.startswith(("0x", "0o", "0b")):
        return int(digits, 0)
    if len(digits) > 1 and digits.startswith("0"):
        return int(digits, 8)
    return int(digits, 10)


def float_value(text: str) -> Fraction:
    """The exact value of a floating-point literal (decimal or hexadecimal)."""
    digits = text.replace("_", "")
    base, _prefix, mantissa, _letter, exponent = _split_number(digits)
    if base == 10:
        return Fraction(digits if not digits.endswith(".") else digits + "0")
    if base != 16:
        return Fraction(int_value(digits))
    whole, _, fraction = mantissa.partition(".")
    value = Fraction(int((whole + fraction) or "0", 16), 16 ** len(fraction))
    power = int(exponent or "0")
    return value * (Fraction(2) ** power)


def imag_value(text: str) -> Fraction:
    """The imaginary part of an imaginary literal such as 1.5i or 0x10i."""
    body = text[:-1]
    if number_kind(body) == "INT" and not (len(body) > 1 and body.startswith("0") and body[1:2].isdigit()):
        return Fraction(int_value(body))
    if number_kind(body) == "INT":
        return Fraction(int(body.replace("_", ""), 10))
    return float_value(body)


# What the go command refuses in an import path, besides what is not graphic or is space.
ILLEGAL_IMPORT_CHARACTERS = set('!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd')


def valid_import_path(path: str) -> bool:
    """Whether the go command accepts path in an import (the parser reports it if not)."""
    return path != "" and all(
        unicodedata.category(c)[0] in "LMNPS" or unicodedata.category(c) == "Zs"
        for c in path) and not any(c.isspace() or c in ILLEGAL_IMPORT_CHARACTERS for c in path)
