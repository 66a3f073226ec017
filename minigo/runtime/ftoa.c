/*
 * Floating point to text, as strconv.AppendFloat: verbs %e %E %f %g %G %b %x %X.
 *
 * Two steps, as in strconv: first the decimal digits, then their layout.
 *   Digits.  With a precision, the digits are the value correctly rounded (ties to
 *   even on the exact binary value), which is what glibc's printf computes, so they
 *   are read back from snprintf's %e / %f output.  Without one (precision < 0) Go
 *   prints the SHORTEST digits that read back as the same float64 (or float32): the
 *   least count of significant digits, each count correctly rounded, that
 *   strtod/strtof maps back to the value; where the value's neighbours are not
 *   equally far (powers of two) the correctly rounded candidate can miss while its
 *   neighbour one unit away fits, so that neighbour is tried too.
 *   Layout.  A Decimal holds digits d1 d2 ... dn (no trailing zeros) and the point
 *   position p, meaning 0.d1d2...dn x 10^p; zero has n = 0, p = 0.  The %e, %f and %g
 *   layouts below work from that alone, with Go's rules (exponent at least two digits;
 *   %g switches to %e when the exponent is < -4 or >= the precision, and shortest %g
 *   decides as if the precision were 6 but keeps every digit).
 * %b and %x work on the bits directly.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *digits;
    int64_t count;       /* significant digits, trailing zeros removed */
    int64_t point;       /* value = 0.digits x 10^point */
} Decimal;

enum { MAX_SHORTEST_DIGITS = 17, EXPONENT_SLACK = 400 };

static void decimal_trim(Decimal *decimal)
{
    while (decimal->count > 0 && decimal->digits[decimal->count - 1] == '0')
        decimal->count--;
    if (decimal->count == 0)
        decimal->point = 0;
}

/* Read "d.ddde+XX" (snprintf %e of a non-negative value) into decimal->digits. */
static void decimal_from_exponent_form(Decimal *decimal, const char *text)
{
    decimal->count = 0;
    const char *at = text;
    for (; *at != 'e'; at++)
        if (*at != '.')
            decimal->digits[decimal->count++] = *at;
    decimal->point = strtol(at + 1, NULL, 10) + 1;
    if (decimal->digits[0] == '0')
        decimal->count = 0;
    decimal_trim(decimal);
}

/* Read "iii.fff" (snprintf %f of a non-negative value) into decimal->digits. */
static void decimal_from_fixed_form(Decimal *decimal, const char *text)
{
    decimal->count = 0;
    decimal->point = 0;
    bool seen_point = false;
    for (const char *at = text; *at != '\0'; at++) {
        if (*at == '.') {
            seen_point = true;
            continue;
        }
        if (decimal->count == 0 && *at == '0') {
            if (seen_point)
                decimal->point--;
            continue;
        }
        decimal->digits[decimal->count++] = *at;
        if (!seen_point)
            decimal->point++;
    }
    decimal_trim(decimal);
}

static bool reads_back_as(const char *text, double value, int bitsize)
{
    if (bitsize == 32)
        return strtof(text, NULL) == (float)value;
    return strtod(text, NULL) == value;
}

/* text = d.ddd...e+XX with `digits` significant digits, moved one unit up or down
 * in its last digit; returns false when that leaves the digit count (9.99 -> 10.0) */
static bool step_last_digit(char *text, int direction)
{
    char *exponent = strchr(text, 'e');
    for (char *at = exponent - 1; at >= text; at--) {
        if (*at == '.')
            continue;
        if (direction > 0 && *at < '9') {
            (*at)++;
            return true;
        }
        if (direction < 0 && *at > '0') {
            (*at)--;
            return !(at == text && *at == '0');
        }
        *at = direction > 0 ? '0' : '9';
    }
    return false;
}

/* Does some `digits`-digit decimal read back as the value?  If so, it is left in text. */
static bool fits_in_digits(char text[64], double magnitude, int bitsize, int digits)
{
    snprintf(text, 64, "%.*e", digits - 1, magnitude);
    if (reads_back_as(text, magnitude, bitsize))
        return true;
    for (int direction = -1; direction <= 1; direction += 2) {
        char neighbour[64];
        memcpy(neighbour, text, 64);
        if (step_last_digit(neighbour, direction) && reads_back_as(neighbour, magnitude, bitsize)) {
            memcpy(text, neighbour, 64);
            return true;
        }
    }
    return false;
}

/* Fitting is monotonic in the digit count (n digits that fit still fit padded with a
 * zero), so after a few short tries for the round numbers people print, a binary
 * search finds the least count. */
static void shortest_digits(Decimal *decimal, double magnitude, int bitsize)
{
    char text[64];
    int high = bitsize == 32 ? 9 : MAX_SHORTEST_DIGITS;
    int low = 1;
    for (; low <= 4; low++) {
        if (fits_in_digits(text, magnitude, bitsize, low)) {
            decimal_from_exponent_form(decimal, text);
            return;
        }
    }
    while (low < high) {
        int middle = (low + high) / 2;
        if (fits_in_digits(text, magnitude, bitsize, middle))
            high = middle;
        else
            low = middle + 1;
    }
    fits_in_digits(text, magnitude, bitsize, low);
    decimal_from_exponent_form(decimal, text);
}

/* `significant` digits, correctly rounded */
static void significant_digits(Decimal *decimal, double magnitude, int64_t significant)
{
    size_t size = (size_t)significant + 32;
    char *text = malloc(size);
    snprintf(text, size, "%.*e", (int)(significant - 1), magnitude);
    decimal_from_exponent_form(decimal, text);
    free(text);
}

/* digits up to `fraction` places after the point, correctly rounded */
static void fixed_digits(Decimal *decimal, double magnitude, int64_t fraction)
{
    size_t size = (size_t)fraction + EXPONENT_SLACK;
    char *text = malloc(size);
    snprintf(text, size, "%.*f", (int)fraction, magnitude);
    decimal_from_fixed_form(decimal, text);
    free(text);
}

/* ---- layouts ---- */

/* "e+05", "p-1074": the letter, a sign, and at least two digits */
static void append_exponent(ByteBuffer *out, char letter, int64_t exponent)
{
    buffer_append_byte(out, (uint8_t)letter);
    buffer_append_byte(out, exponent < 0 ? '-' : '+');
    if (exponent < 0)
        exponent = -exponent;
    if (exponent < 10)
        buffer_append_byte(out, '0');
    buffer_append_decimal(out, exponent);
}

static void append_exponent_layout(ByteBuffer *out, const Decimal *decimal, int64_t precision,
                                   char e)
{
    buffer_append_byte(out, decimal->count > 0 ? (uint8_t)decimal->digits[0] : '0');
    if (precision > 0) {
        buffer_append_byte(out, '.');
        int64_t available = decimal->count - 1 < precision ? decimal->count - 1 : precision;
        if (available > 0)
            buffer_append(out, decimal->digits + 1, available);
        buffer_append_repeated(out, '0', precision - (available > 0 ? available : 0));
    }
    append_exponent(out, e, decimal->count == 0 ? 0 : decimal->point - 1);
}

static void append_fixed_layout(ByteBuffer *out, const Decimal *decimal, int64_t precision)
{
    if (decimal->point > 0) {
        int64_t integer_digits = decimal->count < decimal->point ? decimal->count : decimal->point;
        buffer_append(out, decimal->digits, integer_digits);
        buffer_append_repeated(out, '0', decimal->point - integer_digits);
    } else {
        buffer_append_byte(out, '0');
    }
    if (precision > 0) {
        buffer_append_byte(out, '.');
        for (int64_t i = 1; i <= precision; i++) {
            int64_t index = decimal->point + i - 1;
            bool present = index >= 0 && index < decimal->count;
            buffer_append_byte(out, present ? (uint8_t)decimal->digits[index] : '0');
        }
    }
}

static void append_general_layout(ByteBuffer *out, const Decimal *decimal, int64_t precision,
                                  bool shortest, char e)
{
    int64_t exponent_precision = precision;
    if (exponent_precision > decimal->count && decimal->count >= decimal->point)
        exponent_precision = decimal->count;
    if (shortest)
        exponent_precision = 6;
    int64_t exponent = decimal->point - 1;
    if (exponent < -4 || exponent >= exponent_precision) {
        if (precision > decimal->count)
            precision = decimal->count;
        append_exponent_layout(out, decimal, precision - 1, e);
        return;
    }
    if (precision > decimal->point)
        precision = decimal->count;
    int64_t fraction = precision - decimal->point;
    append_fixed_layout(out, decimal, fraction > 0 ? fraction : 0);
}

/* ---- %b and %x: from the bits ---- */

typedef struct {
    uint64_t mantissa;   /* with the implicit leading bit */
    int exponent;        /* value = mantissa x 2^(exponent - mantissa_bits) */
    int mantissa_bits;
} BinaryFloat;

static BinaryFloat decompose(double value, int bitsize)
{
    BinaryFloat binary;
    uint64_t bits;
    int exponent_bits, bias;
    if (bitsize == 32) {
        float narrow = (float)value;
        uint32_t narrow_bits;
        memcpy(&narrow_bits, &narrow, 4);
        bits = narrow_bits & 0x7FFFFFFF;
        binary.mantissa_bits = 23, exponent_bits = 8, bias = -127;
    } else {
        memcpy(&bits, &value, 8);
        bits &= ~((uint64_t)1 << 63);
        binary.mantissa_bits = 52, exponent_bits = 11, bias = -1023;
    }
    int exponent = (int)(bits >> binary.mantissa_bits) & ((1 << exponent_bits) - 1);
    binary.mantissa = bits & (((uint64_t)1 << binary.mantissa_bits) - 1);
    if (exponent == 0)
        exponent++;
    else
        binary.mantissa |= (uint64_t)1 << binary.mantissa_bits;
    binary.exponent = exponent + bias;
    return binary;
}

static void append_binary_layout(ByteBuffer *out, BinaryFloat binary)
{
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", (unsigned long long)binary.mantissa);
    buffer_append_cstring(out, digits);
    buffer_append_byte(out, 'p');
    int exponent = binary.exponent - binary.mantissa_bits;
    if (exponent >= 0)
        buffer_append_byte(out, '+');
    buffer_append_decimal(out, exponent);
}

static void append_hex_layout(ByteBuffer *out, BinaryFloat binary, int64_t precision, char x)
{
    const uint64_t leading = (uint64_t)1 << 60;
    uint64_t mantissa = binary.mantissa << (60 - binary.mantissa_bits);
    int exponent = mantissa == 0 ? 0 : binary.exponent;
    while (mantissa != 0 && (mantissa & leading) == 0) {
        mantissa <<= 1;
        exponent--;
    }
    if (precision >= 0 && precision < 15) {
        unsigned kept = (unsigned)precision * 4;
        uint64_t dropped = (mantissa << kept) & (leading - 1);
        mantissa >>= 60 - kept;
        if (dropped > leading / 2 || (dropped == leading / 2 && (mantissa & 1)))
            mantissa++;
        mantissa <<= 60 - kept;
        if (mantissa & (leading << 1)) {
            mantissa >>= 1;
            exponent++;
        }
    }
    const char *hex = x == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    buffer_append_byte(out, '0');
    buffer_append_byte(out, (uint8_t)x);
    buffer_append_byte(out, (uint8_t)('0' + ((mantissa >> 60) & 1)));
    mantissa <<= 4;
    if ((precision < 0 && mantissa != 0) || precision > 0) {
        buffer_append_byte(out, '.');
        for (int64_t i = 0; precision < 0 ? mantissa != 0 : i < precision; i++) {
            buffer_append_byte(out, (uint8_t)hex[(mantissa >> 60) & 15]);
            mantissa <<= 4;
        }
    }
    append_exponent(out, x == 'X' ? 'P' : 'p', exponent);
}

/* ---- strconv.AppendFloat ---- */

static void append_decimal_verb(ByteBuffer *out, double magnitude, int verb, int64_t precision,
                                int bitsize)
{
    char shortest_text[MAX_SHORTEST_DIGITS + 8];
    Decimal decimal = {shortest_text, 0, 0};
    bool shortest = precision < 0;
    if (shortest) {
        shortest_digits(&decimal, magnitude, bitsize);
        if (verb == 'e' || verb == 'E')
            precision = decimal.count > 0 ? decimal.count - 1 : 0;
        else if (verb == 'f')
            precision = decimal.count > decimal.point ? decimal.count - decimal.point : 0;
        else
            precision = decimal.count;
    } else {
        if ((verb == 'g' || verb == 'G') && precision == 0)
            precision = 1;
        int64_t room = (verb == 'f' ? precision + EXPONENT_SLACK : precision + 2) + 8;
        decimal.digits = malloc((size_t)room);
        if (verb == 'f')
            fixed_digits(&decimal, magnitude, precision);
        else
            significant_digits(&decimal, magnitude, verb == 'e' || verb == 'E' ? precision + 1
                                                                               : precision);
    }
    switch (verb) {
    case 'e': case 'E': append_exponent_layout(out, &decimal, precision, (char)verb); break;
    case 'f': append_fixed_layout(out, &decimal, precision); break;
    default: append_general_layout(out, &decimal, precision, shortest, verb == 'G' ? 'E' : 'e');
    }
    if (decimal.digits != shortest_text)
        free(decimal.digits);
}

void ftoa_append(ByteBuffer *out, double value, int verb, int64_t precision, int bitsize)
{
    if (bitsize == 32)
        value = (float)value;
    if (isnan(value)) {
        buffer_append_cstring(out, "NaN");
        return;
    }
    if (isinf(value)) {
        buffer_append_cstring(out, value > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (signbit(value))
        buffer_append_byte(out, '-');
    double magnitude = fabs(value);
    switch (verb) {
    case 'b': append_binary_layout(out, decompose(magnitude, bitsize)); break;
    case 'x': case 'X':
        append_hex_layout(out, decompose(magnitude, bitsize), precision, (char)verb);
        break;
    case 'F': verb = 'f'; /* fall through */
    default: append_decimal_verb(out, magnitude, verb, precision, bitsize);
    }
}
