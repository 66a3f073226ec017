/*
 * The quoting that %q, %#v and the runtime's messages use (strconv's Quote family
 * for fmt.c; package strconv itself is Go, in stdlib/strconv).
 *
 * Printability is strconv.IsPrint's: ASCII graphic characters, Latin-1 minus its
 * controls and U+00AD, and above that the ranges of printable.h, generated from
 * go 1.19's own strconv.IsPrint (Unicode 13.0.0) by gen/printable.go, so unassigned
 * code points are escaped as gc escapes them.
 */
#include "internal.h"
#include "printable.h"

#include <string.h>

static const char lower_hex[] = "0123456789abcdef";

/* ---- printability and quoting ---- */

bool strconv_is_print(int32_t rune)
{
    if (rune < 0x7F)
        return rune >= 0x20;
    if (rune <= 0xA0 || rune == 0xAD)
        return false;
    if (rune < 0x100)
        return true;
    size_t low = 0, high = PRINTABLE_RANGE_COUNT;    /* binary search of the ranges */
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (rune < printable_ranges[middle][0])
            high = middle;
        else if (rune > printable_ranges[middle][1])
            low = middle + 1;
        else
            return true;
    }
    return false;
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
    else if (rune > MAX_RUNE || (rune >= 0xD800 && rune <= 0xDFFF))
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
    if (rune < 0 || rune > MAX_RUNE || (rune >= 0xD800 && rune <= 0xDFFF))
        rune = RUNE_ERROR;
    buffer_append_byte(buffer, '\'');
    append_escaped_rune(buffer, rune, '\'', ascii_only);
    buffer_append_byte(buffer, '\'');
}
