"""Exact constant values and the arithmetic Go's spec defines on them.

Representation (what Expr.value and Const.value hold):
  bool  -> bool
  integer kinds (untyped int/rune, typed integers) -> int
  float kinds (untyped float, float32/64) -> fractions.Fraction, always (even when
        integral); a typed float constant holds the exactly representable rounded value
  string kinds -> bytes (Go strings are byte sequences)
  complex kinds (untyped complex, complex64/128) -> ComplexValue(re, im), its parts
        exact Fractions (a typed one holds each part rounded to its float type);
        an untyped int or float operand of a complex operation keeps its own value
        and mixes with ComplexValue in the arithmetic below (as go/constant's values do)
Untyped values follow go/constant's precision: integers are exact and may not exceed
512 bits; a float stays an exact fraction while its numerator and denominator have
fewer than 4096 bits each, and beyond that is rounded (to nearest, ties to even) to a
512-bit mantissa, so that repeated squaring or division stays cheap (normalise_float).
A float's binary exponent may not exceed MAX_FLOAT_EXPONENT ("constant result is not
representable", gc's message beyond its own range of 2**31; ours is smaller because
the value is still held as a Fraction, whose size grows with the exponent); below
-MAX_FLOAT_EXPONENT it underflows to 0, as gc's does.  Every operation here is pure:
errors come back as codes and the checker words them.
"""
from __future__ import annotations

from fractions import Fraction

from minigo.types.typesystem import (
    Basic, BOOLEAN, COMPLEX, FLOAT, INTEGER, STRING, UNSIGNED, UNTYPED,
)

INT_PRECISION_BITS = 512          # untyped integer constants may not grow beyond this
FLOAT_MANTISSA_BITS = 512         # an untyped float too big to stay exact is rounded to this
EXACT_FRACTION_BITS = 4096        # ... once its numerator or denominator has this many bits
MAX_FLOAT_EXPONENT = 1 << 20      # binary exponents beyond this are not representable
MAX_SHIFT_COUNT = 1023 - 1 + 52   # go/types' bound on constant shift counts

TRUNCATED = "truncated"
OVERFLOWS = "overflows"
NOT_REPRESENTABLE = "not representable"


# ---------------------------------------------------------------- complex values

class ComplexValue:
    """An exact complex constant: re + im*i, each part a Fraction."""
    __slots__ = ("re", "im")

    def __init__(self, re, im=0):
        self.re = _exact(re)
        self.im = _exact(im)

    def __add__(self, other):
        other = as_complex(other)
        return ComplexValue(self.re + other.re, self.im + other.im)

    __radd__ = __add__

    def __sub__(self, other):
        other = as_complex(other)
        return ComplexValue(self.re - other.re, self.im - other.im)

    def __rsub__(self, other):
        return as_complex(other) - self

    def __mul__(self, other):
        other = as_complex(other)
        return ComplexValue(self.re * other.re - self.im * other.im,
                            self.re * other.im + self.im * other.re)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = as_complex(other)
        scale = other.re * other.re + other.im * other.im
        return ComplexValue((self.re * other.re + self.im * other.im) / scale,
                            (self.im * other.re - self.re * other.im) / scale)

    def __rtruediv__(self, other):
        return as_complex(other) / self

    def __neg__(self):
        return ComplexValue(-self.re, -self.im)

    def __pos__(self):
        return self

    def __eq__(self, other):
        if isinstance(other, (bool, bytes, str)) or other is None:
            return False
        other = as_complex(other)
        return self.re == other.re and self.im == other.im

    def __hash__(self):
        return hash((self.re, self.im))

    def __repr__(self):
        return f"ComplexValue({self.re!r}, {self.im!r})"


def _exact(part) -> Fraction:
    """A part as a Fraction; an ApproximateFraction (a huge literal) keeps its display."""
    return part if isinstance(part, Fraction) else Fraction(part)


def as_complex(value) -> ComplexValue:
    return value if isinstance(value, ComplexValue) else ComplexValue(value, 0)


def real_part(value):
    """real(x) of a numeric constant, kept an int when x is one (go/constant's Real)."""
    return value.re if isinstance(value, ComplexValue) else value


def imaginary_part(value):
    return value.im if isinstance(value, ComplexValue) else 0


def normalise_complex(value: ComplexValue) -> ComplexValue:
    return ComplexValue(normalise_float(value.re), normalise_float(value.im))


# ---------------------------------------------------------------- huge literals

MAX_EXACT_EXPONENT = 100_000     # decimal exponents beyond this are not computed exactly


class ApproximateFraction(Fraction):
    """A float literal too large to hold exactly (1e646456992): a stand-in value beyond
    every float type's range that remembers how go/constant prints it."""
    display: str = ""


def float_literal(text: str, exact_value):
    """The value of a float literal, computing exactly only reasonable exponents;
    exact_value(text) computes the exact Fraction."""
    literal = text.replace("_", "").lower()
    if not literal.startswith("0x") and "e" in literal:
        mantissa, _, exponent = literal.partition("e")
        try:
            exponent_value = int(exponent)
        except ValueError:
            return exact_value(text)
        if abs(exponent_value) > MAX_EXACT_EXPONENT:
            significand = Fraction(mantissa or "0")
            if significand == 0 or exponent_value < 0:
                return Fraction(0)
            digits = len(str(significand.numerator)) - len(str(significand.denominator))
            stand_in = ApproximateFraction(significand * Fraction(2) ** 5000)
            stand_in.display = f"{format_g(float(significand / Fraction(10) ** digits), 6)}e+{exponent_value + digits}"
            return stand_in
    return exact_value(text)


# ---------------------------------------------------------------- kinds

def is_int_value(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def to_int(value):
    """The value as an int if it is integral (1.0 -> 1, complex(2, 0) -> 2), else None."""
    if isinstance(value, ComplexValue):
        value = value.re if value.im == 0 else None
    if is_int_value(value):
        return value
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return None


def integer_range(basic: Basic):
    bits = basic.size * 8
    if basic.info & UNSIGNED:
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


FLOAT_FORMATS = {4: (24, -126, 127), 8: (53, -1022, 1023)}   # mantissa bits, min/max exponent


def round_to_float(value: Fraction, size: int):
    """value rounded to the nearest float32/float64 (ties to even), as an exact
    Fraction; None when it overflows to infinity."""
    mantissa_bits, min_exponent, max_exponent = FLOAT_FORMATS[size]
    if value == 0:
        return Fraction(0)
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    exponent = max(_floor_log2(magnitude), min_exponent)
    result = _round_mantissa(magnitude, exponent, mantissa_bits)
    if result >= Fraction(2) ** (max_exponent + 1):
        return None
    return sign * result


def _floor_log2(magnitude: Fraction) -> int:
    """floor(log2(magnitude)) for a positive Fraction, in integer arithmetic."""
    numerator, denominator = magnitude.numerator, magnitude.denominator
    estimate = numerator.bit_length() - denominator.bit_length()
    # 2**estimate <= magnitude  <=>  numerator >= denominator * 2**estimate
    if _scaled_compare(numerator, denominator, estimate) < 0:
        estimate -= 1
    return estimate


def _scaled_compare(numerator: int, denominator: int, exponent: int) -> int:
    """The sign of numerator/denominator - 2**exponent."""
    if exponent >= 0:
        left, right = numerator, denominator << exponent
    else:
        left, right = numerator << -exponent, denominator
    return (left > right) - (left < right)


def normalise_float(value: Fraction) -> Fraction:
    """An untyped float result as go/constant holds it: exact while small, else
    rounded to a FLOAT_MANTISSA_BITS mantissa; 0 when it underflows."""
    if (value.numerator.bit_length() < EXACT_FRACTION_BITS
            and value.denominator.bit_length() < EXACT_FRACTION_BITS):
        return value
    magnitude = abs(value)
    exponent = _floor_log2(magnitude)
    if exponent < -MAX_FLOAT_EXPONENT:
        return Fraction(0)
    if exponent > MAX_FLOAT_EXPONENT:
        return value       # out_of_range() says so; the checker reports it
    rounded = _round_mantissa(magnitude, exponent, FLOAT_MANTISSA_BITS)
    return rounded if value > 0 else -rounded


def out_of_range(value) -> bool:
    """Whether an untyped float's exponent is beyond what a constant may hold."""
    if isinstance(value, ComplexValue):
        return out_of_range(value.re) or out_of_range(value.im)
    if not isinstance(value, Fraction) or isinstance(value, ApproximateFraction) or value == 0:
        return False
    if value.numerator.bit_length() - value.denominator.bit_length() < MAX_FLOAT_EXPONENT - 1:
        return False
    return _floor_log2(abs(value)) > MAX_FLOAT_EXPONENT


def _round_mantissa(magnitude: Fraction, exponent: int, bits: int) -> Fraction:
    """magnitude rounded to the nearest multiple of 2**(exponent - bits + 1), ties to
    even: a `bits`-bit mantissa for a value whose top bit is 2**exponent."""
    shift = bits - 1 - exponent
    numerator, denominator = magnitude.numerator, magnitude.denominator
    if shift >= 0:
        numerator <<= shift
    else:
        denominator <<= -shift
    mantissa, remainder = divmod(numerator, denominator)
    if 2 * remainder > denominator or (2 * remainder == denominator and mantissa & 1):
        mantissa += 1
    return Fraction(mantissa, 1 << shift) if shift >= 0 else Fraction(mantissa << -shift)


def representation(value, basic: Basic):
    """(value converted to basic, None) or (None, error code)."""
    info = basic.info
    if info & COMPLEX:
        return _complex_representation(value, basic)
    if isinstance(value, ComplexValue):
        if value.im != 0:
            return None, NOT_REPRESENTABLE
        value = value.re
    if info & INTEGER:
        as_int = to_int(value) if not isinstance(value, (bool, bytes)) else None
        if as_int is None:
            if isinstance(value, Fraction):
                return None, TRUNCATED
            return None, NOT_REPRESENTABLE
        if info & UNTYPED:
            return as_int, None
        low, high = integer_range(basic)
        if low <= as_int <= high:
            return as_int, None
        return None, OVERFLOWS
    if info & FLOAT:
        if isinstance(value, (bool, bytes)):
            return None, NOT_REPRESENTABLE
        exact = Fraction(value)
        if info & UNTYPED:
            return exact, None
        rounded = round_to_float(exact, basic.size)
        if rounded is None:
            return None, OVERFLOWS
        return rounded, None
    if info & STRING:
        return (value, None) if isinstance(value, bytes) else (None, NOT_REPRESENTABLE)
    if info & BOOLEAN:
        return (value, None) if isinstance(value, bool) else (None, NOT_REPRESENTABLE)
    return None, NOT_REPRESENTABLE


def _complex_representation(value, basic: Basic):
    if isinstance(value, (bool, bytes, str)):
        return None, NOT_REPRESENTABLE
    value = as_complex(value)
    if basic.info & UNTYPED:
        return value, None
    re = round_to_float(value.re, basic.size // 2)
    im = round_to_float(value.im, basic.size // 2)
    if re is None or im is None:
        return None, OVERFLOWS
    return ComplexValue(re, im), None


def conversion_code(value, from_type: Basic, to_type: Basic):
    """The error code go/types uses when value (of from_type) does not fit to_type."""
    _, code = representation(value, to_type)
    if code is None:
        return None
    numeric = INTEGER | FLOAT | COMPLEX
    if from_type.info & numeric and to_type.info & numeric:
        if not from_type.info & INTEGER and to_type.info & INTEGER:
            return TRUNCATED
        return OVERFLOWS
    return NOT_REPRESENTABLE


# ---------------------------------------------------------------- operations

def unary(op: str, value, basic: Basic):
    """-x, +x, ^x, !x on a constant of type basic (already checked to apply)."""
    if op == "+":
        return value
    if op == "-":
        return -value
    if op == "!":
        return not value
    if op == "^":
        if basic.info & UNSIGNED and not basic.info & UNTYPED:
            return value ^ ((1 << (basic.size * 8)) - 1)
        return ~value
    raise ValueError(op)


def binary(op: str, x, y, integer_division: bool):
    """x op y for arithmetic and bitwise operators.  Division by zero is the caller's
    check.  integer_division: `/` truncates (both operands of integer type).  Float
    results are normalised to go/constant's precision."""
    if isinstance(x, ComplexValue) or isinstance(y, ComplexValue):
        return normalise_complex(_exact_binary(op, as_complex(x), as_complex(y), False))
    result = _exact_binary(op, x, y, integer_division)
    if isinstance(result, Fraction):
        return normalise_float(result)
    return result


def _exact_binary(op: str, x, y, integer_division: bool):
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if integer_division:
            return truncated_division(x, y)
        if isinstance(x, ComplexValue):
            return x / y
        return Fraction(x) / Fraction(y)
    if op == "%":
        return x - y * truncated_division(x, y)
    if op == "&":
        return x & y
    if op == "|":
        return x | y
    if op == "^":
        return x ^ y
    if op == "&^":
        return x & ~y
    if op == "&&":
        return x and y
    if op == "||":
        return x or y
    raise ValueError(op)


def truncated_division(x: int, y: int) -> int:
    quotient = abs(x) // abs(y)
    return quotient if (x < 0) == (y < 0) else -quotient


def shift(op: str, x: int, count: int) -> int:
    return x << count if op == "<<" else x >> count


def compare(op: str, x, y) -> bool:
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    raise ValueError(op)


def too_big(value) -> bool:
    return is_int_value(value) and abs(value).bit_length() > INT_PRECISION_BITS


# ---------------------------------------------------------------- formatting (go/constant's String)

def value_string(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Fraction):
        return float_string(value)
    if isinstance(value, ComplexValue):
        return f"({_part_string(value.re)} + {_part_string(value.im)}i)"
    if isinstance(value, bytes):
        return quote_shortened(value)
    if isinstance(value, str):
        return quote_shortened(value.encode())
    return str(value)


def _part_string(part: Fraction) -> str:
    """A complex constant's part as go/constant prints it: an integral part as an integer."""
    if part.denominator == 1 and abs(part.numerator).bit_length() <= 64:
        return str(part.numerator)
    return float_string(part)


def float_string(value: Fraction) -> str:
    if isinstance(value, ApproximateFraction):
        return value.display
    try:
        as_float = float(value)
    except OverflowError:
        as_float = float("inf")
    if (value == 0) == (as_float == 0) and as_float not in (float("inf"), float("-inf")):
        text = format_g(as_float, 6)
        if value.denominator != 1 and "." not in text:
            text = format_g(as_float, None)
        return text
    return _huge_float_string(value)


def _huge_float_string(value: Fraction) -> str:
    """Approximate decimal form of a value outside float64's range: m.mmmmme+N."""
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    exponent = len(str(magnitude.numerator)) - len(str(magnitude.denominator))
    scaled = magnitude / (Fraction(10) ** exponent)
    while scaled >= 10:
        scaled /= 10
        exponent += 1
    while scaled < 1:
        scaled *= 10
        exponent -= 1
    return f"{sign}{format_g(float(scaled), 6)}e{exponent:+d}"


def format_g(x: float, precision) -> str:
    """Go's %g (precision None: shortest representation, %g with no precision)."""
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "+Inf" if x > 0 else "-Inf"
    if precision is not None:
        text = "%.*g" % (precision, x)
    else:
        digits_text = repr(x)
        mantissa_digits, decimal_exponent = _shortest_digits(digits_text)
        exponent = decimal_exponent
        if exponent < -4 or exponent >= 6:
            lead = mantissa_digits[0]
            rest = mantissa_digits[1:]
            text = lead + ("." + rest if rest else "") + "e%+03d" % exponent
            return ("-" if x < 0 else "") + text
        text = "%.*f" % (max(0, len(mantissa_digits) - 1 - exponent), abs(x))
        return ("-" if x < 0 else "") + text
    mantissa, e, exponent = text.partition("e")
    if e:
        sign = exponent[0]
        digits = exponent[1:].lstrip("0").rjust(2, "0")
        text = f"{mantissa}e{sign}{digits}"
    return text


def _shortest_digits(text: str):
    """Python's shortest repr split into significant digits and decimal exponent."""
    text = text.lstrip("-")
    mantissa, _, exponent = text.partition("e")
    exponent = int(exponent or "0")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    leading_zeros = len(whole + fraction) - len((whole + fraction).lstrip("0"))
    point = len(whole) - leading_zeros
    digits = digits.rstrip("0") or "0"
    return digits, exponent + point - 1


def go_quote(data: bytes) -> str:
    """strconv.Quote: printable runes kept, the rest escaped."""
    out = ['"']
    index = 0
    while index < len(data):
        rune, size = decode_rune(data, index)
        chunk = data[index:index + size]
        index += size
        if rune is None:
            out.append("\\x%02x" % chunk[0])
            continue
        out.append(_quote_rune(rune))
    out.append('"')
    return "".join(out)


_SIMPLE_ESCAPES = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v",
                   92: "\\\\", 34: '\\"'}


def _quote_rune(rune: int) -> str:
    if rune in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[rune]
    char = chr(rune)
    if rune >= 0x20 and rune != 0x7F and (rune < 0x80 or char.isprintable()):
        return char
    if rune < 0x80:
        return "\\x%02x" % rune
    if rune < 0x10000:
        return "\\u%04x" % rune
    return "\\U%08x" % rune


def decode_rune(data: bytes, index: int):
    """(rune, size) of the UTF-8 sequence at index; (None, 1) when invalid."""
    first = data[index]
    if first < 0x80:
        return first, 1
    for size, low in ((2, 0x80), (3, 0x800), (4, 0x10000)):
        chunk = data[index:index + size]
        try:
            char = chunk.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(char) == 1 and ord(char) >= low:
            return ord(char), size
    return None, 1


def quote_shortened(data: bytes, max_length: int = 72) -> str:
    text = go_quote(data)
    if len(text) > max_length:
        text = text[:max_length - 3] + "..."
    return text


def rune_to_string(rune: int) -> bytes:
    """string(rune): UTF-8 of the rune, U+FFFD when invalid (surrogates, out of range)."""
    if rune < 0 or rune > 0x10FFFF or 0xD800 <= rune <= 0xDFFF:
        rune = 0xFFFD
    return chr(rune).encode("utf-8")
