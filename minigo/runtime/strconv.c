/*
 * The first strconv: Itoa, Atoi, and the quoting that %q and error messages use.
 *
 * Itoa and Atoi sit on hot paths (string_build converts millions of numbers), so
 * Itoa formats into a stack buffer and allocates once (0..99 need no allocation at
 * all: they point into a constant table), and Atoi parses in one pass over the
 * bytes, allocating only for an error.  Errors are
 * *strconv.NumError values with gc's texts: `strconv.Atoi: parsing "x": invalid
 * syntax` with result 0, `...: value out of range` with the result clamped.
 *
 * Printability follows strconv.IsPrint for the common ranges: ASCII graphic
 * characters, Latin-1 minus its controls, U+00A0 and U+00AD, and everything above
 * except spaces, format characters, separators, surrogates, private use and
 * noncharacters.  Unassigned code points count as printable (Go escapes them; that
 * would need Unicode's full tables).
 */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <string.h>

static const char lower_hex[] = "0123456789abcdef";

/* ---- Itoa ---- */

static const char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

GoString runtime_strconv_itoa(int64_t v)
{
    if (v >= 0 && v < 10)
        return (GoString){(const uint8_t *)two_digits + v * 2 + 1, 1};
    if (v >= 10 && v < 100)
        return (GoString){(const uint8_t *)two_digits + v * 2, 2};
    char digits[24];
    int at = sizeof digits;
    uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
    while (magnitude >= 100) {
        uint64_t pair = magnitude % 100;
        magnitude /= 100;
        at -= 2;
        memcpy(digits + at, two_digits + pair * 2, 2);
    }
    if (magnitude >= 10) {
        at -= 2;
        memcpy(digits + at, two_digits + magnitude * 2, 2);
    } else {
        digits[--at] = (char)('0' + magnitude);
    }
    if (v < 0)
        digits[--at] = '-';
    int64_t len = (int64_t)sizeof digits - at;
    uint8_t *bytes = runtime_alloc(len, GC_NO_POINTERS);
    memcpy(bytes, digits + at, (size_t)len);
    return (GoString){bytes, len};
}

/* ---- Atoi ---- */

static int64_t atoi_error(GoInterface *err, const uint8_t *ptr, int64_t len, GoInterface kind,
                          int64_t result)
{
    uint8_t *copy = runtime_alloc(len, GC_NO_POINTERS);
    if (len > 0)
        memcpy(copy, ptr, (size_t)len);
    *err = runtime_make_num_error("Atoi", (GoString){copy, len}, kind);
    return result;
}

int64_t runtime_strconv_atoi(const uint8_t *ptr, int64_t len, GoInterface *err)
{
    *err = (GoInterface){NULL, NULL};
    int64_t at = 0;
    bool negative = false;
    if (len > 0 && (ptr[0] == '+' || ptr[0] == '-')) {
        negative = ptr[0] == '-';
        at = 1;
    }
    if (at == len)
        return atoi_error(err, ptr, len, runtime_strconv_err_syntax, 0);
    uint64_t magnitude = 0;
    for (int64_t i = at; i < len; i++) {
        unsigned digit = (unsigned)ptr[i] - '0';
        if (digit > 9)
            return atoi_error(err, ptr, len, runtime_strconv_err_syntax, 0);
        if (magnitude > (UINT64_MAX - digit) / 10)   /* gc stops at the first overflow */
            return atoi_error(err, ptr, len, runtime_strconv_err_range,
                              negative ? INT64_MIN : INT64_MAX);
        magnitude = magnitude * 10 + digit;
    }
    uint64_t limit = negative ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    if (magnitude > limit)
        return atoi_error(err, ptr, len, runtime_strconv_err_range,
                          negative ? INT64_MIN : INT64_MAX);
    return negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
}

/* ---- printability and quoting ---- */

static bool in_range(int32_t rune, int32_t low, int32_t high)
{
    return rune >= low && rune <= high;
}

bool strconv_is_print(int32_t rune)
{
    if (rune < 0x7F)
        return rune >= 0x20;
    if (rune <= 0xA0 || rune == 0xAD)
        return false;
    if (rune < 0x100)
        return true;
    static const int32_t not_printable[][2] = {
        {0x034F, 0x034F}, {0x061C, 0x061C}, {0x06DD, 0x06DD}, {0x070F, 0x070F},
        {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
        {0x205F, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFDD0, 0xFDEF},
        {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0x110BD, 0x110BD}, {0x1D173, 0x1D17A},
        {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
    };
    if ((rune & 0xFFFE) == 0xFFFE || rune > MAX_RUNE)
        return false;
    for (size_t i = 0; i < sizeof not_printable / sizeof not_printable[0]; i++)
        if (in_range(rune, not_printable[i][0], not_printable[i][1]))
            return false;
    return true;
}

bool strconv_can_backquote(const uint8_t *ptr, int64_t len)
{
    for (int64_t i = 0; i < len;) {
        int64_t width;
        int32_t rune = utf8_decode(ptr + i, len - i, &width);
        i += width;
        if (width > 1) {
            if (rune == 0xFEFF)
                return false;
            continue;
        }
        if (rune == RUNE_ERROR || (rune < ' ' && rune != '\t') || rune == '`' || rune == 0x7F)
            return false;
    }
    return true;
}

static void append_hex_digits(ByteBuffer *buffer, const char *prefix, uint32_t value, int digits)
{
    buffer_append_cstring(buffer, prefix);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        buffer_append_byte(buffer, (uint8_t)lower_hex[(value >> shift) & 15]);
}

static void append_escaped_rune(ByteBuffer *buffer, int32_t rune, uint8_t quote, bool ascii_only)
{
    if (rune == quote || rune == '\\') {
        buffer_append_byte(buffer, '\\');
        buffer_append_byte(buffer, (uint8_t)rune);
        return;
    }
    if (ascii_only ? rune < 0x80 && strconv_is_print(rune) : strconv_is_print(rune)) {
        buffer_append_rune(buffer, rune);
        return;
    }
    const char *escape = NULL;
    switch (rune) {
    case '\a': escape = "\\a"; break;
    case '\b': escape = "\\b"; break;
    case '\f': escape = "\\f"; break;
    case '\n': escape = "\\n"; break;
    case '\r': escape = "\\r"; break;
    case '\t': escape = "\\t"; break;
    case '\v': escape = "\\v"; break;
    }
    if (escape != NULL)
        buffer_append_cstring(buffer, escape);
    else if (rune < ' ' || rune == 0x7F)
        append_hex_digits(buffer, "\\x", (uint32_t)rune, 2);
    else if (rune > MAX_RUNE || in_range(rune, 0xD800, 0xDFFF))
        append_hex_digits(buffer, "\\u", RUNE_ERROR, 4);
    else if (rune < 0x10000)
        append_hex_digits(buffer, "\\u", (uint32_t)rune, 4);
    else
        append_hex_digits(buffer, "\\U", (uint32_t)rune, 8);
}

void strconv_append_quote(ByteBuffer *buffer, const uint8_t *ptr, int64_t len, bool ascii_only)
{
    buffer_append_byte(buffer, '"');
    for (int64_t i = 0; i < len;) {
        int64_t width = 1;
        int32_t rune = ptr[i];
        if (rune >= 0x80)
            rune = utf8_decode(ptr + i, len - i, &width);
        if (width == 1 && rune == RUNE_ERROR)
            append_hex_digits(buffer, "\\x", ptr[i], 2);
        else
            append_escaped_rune(buffer, rune, '"', ascii_only);
        i += width;
    }
    buffer_append_byte(buffer, '"');
}

void strconv_append_quote_rune(ByteBuffer *buffer, int32_t rune, bool ascii_only)
{
    if (rune < 0 || rune > MAX_RUNE || in_range(rune, 0xD800, 0xDFFF))
        rune = RUNE_ERROR;
    buffer_append_byte(buffer, '\'');
    append_escaped_rune(buffer, rune, '\'', ascii_only);
    buffer_append_byte(buffer, '\'');
}
