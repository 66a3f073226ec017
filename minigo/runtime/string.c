/*
 * Strings: concatenation, comparison, conversions, and UTF-8.
 *
 * A Go string is {ptr, len} over immutable bytes, so operations that can return an
 * operand unchanged do (concatenating with "" allocates nothing).  New string bytes
 * hold no pointers and are allocated as such.  UTF-8 decoding follows
 * unicode/utf8 exactly: an invalid or truncated sequence, a surrogate or an overlong
 * form decodes as U+FFFD with width 1, which is what `for range` and []rune() see.
 * Conversions to []byte/[]rune round their capacity up to gc's size class, as gc's
 * heap-allocated conversions do.
 */
#include "internal.h"

#include <string.h>

static uint8_t *alloc_bytes(int64_t len)
{
    return runtime_alloc(len, GC_NO_POINTERS);
}

GoString runtime_concatstrings(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen)
{
    if (alen == 0)
        return (GoString){b, blen};
    if (blen == 0)
        return (GoString){a, alen};
    uint8_t *bytes = alloc_bytes(alen + blen);
    memcpy(bytes, a, (size_t)alen);
    memcpy(bytes + alen, b, (size_t)blen);
    return (GoString){bytes, alen + blen};
}

int64_t runtime_cmpstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen)
{
    int64_t common = alen < blen ? alen : blen;
    int order = common > 0 ? memcmp(a, b, (size_t)common) : 0;
    if (order != 0)
        return order < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen;
}

/* ---- UTF-8 ---- */

int utf8_encode(uint8_t out[4], int32_t rune)
{
    uint32_t r = (uint32_t)rune;
    if (r < 0x80) {
        out[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (uint8_t)(0xC0 | r >> 6);
        out[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
        r = RUNE_ERROR;
    if (r < 0x10000) {
        out[0] = (uint8_t)(0xE0 | r >> 12);
        out[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | r >> 18);
    out[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

static bool is_continuation(uint8_t byte)
{
    return (byte & 0xC0) == 0x80;
}

int32_t utf8_decode(const uint8_t *ptr, int64_t len, int64_t *width)
{
    *width = 1;
    if (len <= 0)
        return RUNE_ERROR;
    uint8_t first = ptr[0];
    if (first < 0x80)
        return first;
    int need;
    uint32_t rune, minimum;
    if (first >= 0xC2 && first <= 0xDF) {
        need = 1, rune = first & 0x1F, minimum = 0x80;
    } else if (first >= 0xE0 && first <= 0xEF) {
        need = 2, rune = first & 0x0F, minimum = 0x800;
    } else if (first >= 0xF0 && first <= 0xF4) {
        need = 3, rune = first & 0x07, minimum = 0x10000;
    } else {
        return RUNE_ERROR;
    }
    if (len <= need)
        return RUNE_ERROR;
    for (int i = 1; i <= need; i++) {
        if (!is_continuation(ptr[i]))
            return RUNE_ERROR;
        rune = rune << 6 | (ptr[i] & 0x3F);
    }
    if (rune < minimum || rune > MAX_RUNE || (rune >= 0xD800 && rune <= 0xDFFF))
        return RUNE_ERROR;
    *width = need + 1;
    return (int32_t)rune;
}

int64_t utf8_rune_count(const uint8_t *ptr, int64_t len)
{
    int64_t count = 0;
    for (int64_t i = 0; i < len; count++) {
        int64_t width = 1;
        if (ptr[i] >= 0x80)
            utf8_decode(ptr + i, len - i, &width);
        i += width;
    }
    return count;
}

int64_t runtime_decoderune(const uint8_t *ptr, int64_t len, int64_t index)
{
    int64_t width;
    int32_t rune = utf8_decode(ptr + index, len - index, &width);
    return (int64_t)(uint32_t)rune | (index + width) << 32;
}

/* ---- conversions ---- */

GoString runtime_intstring(int64_t rune)
{
    if (rune < 0 || rune > MAX_RUNE)
        rune = RUNE_ERROR;
    uint8_t encoded[4];
    int len = utf8_encode(encoded, (int32_t)rune);
    uint8_t *bytes = alloc_bytes(len);
    memcpy(bytes, encoded, (size_t)len);
    return (GoString){bytes, len};
}

GoString runtime_slicebytetostring(const uint8_t *ptr, int64_t len)
{
    if (len == 0)
        return (GoString){NULL, 0};
    uint8_t *bytes = alloc_bytes(len);
    memcpy(bytes, ptr, (size_t)len);
    return (GoString){bytes, len};
}

void runtime_stringtoslicebyte(GoSlice *out, const uint8_t *ptr, int64_t len)
{
    int64_t cap = runtime_roundupsize(len);
    uint8_t *bytes = alloc_bytes(cap);
    if (len > 0)
        memcpy(bytes, ptr, (size_t)len);
    *out = (GoSlice){bytes, len, cap};
}

void runtime_stringtoslicerune(GoSlice *out, const uint8_t *ptr, int64_t len)
{
    int64_t count = utf8_rune_count(ptr, len);
    int64_t cap = runtime_roundupsize(count * 4) / 4;
    int32_t *runes = runtime_alloc(cap * 4, GC_NO_POINTERS);
    for (int64_t i = 0, n = 0; i < len; n++) {
        int64_t width;
        runes[n] = utf8_decode(ptr + i, len - i, &width);
        i += width;
    }
    *out = (GoSlice){runes, count, cap};
}

GoString runtime_slicerunetostring(const int32_t *ptr, int64_t len)
{
    int64_t total = 0;
    uint8_t encoded[4];
    for (int64_t i = 0; i < len; i++)
        total += utf8_encode(encoded, ptr[i]);
    uint8_t *bytes = alloc_bytes(total);
    int64_t at = 0;
    for (int64_t i = 0; i < len; i++)
        at += utf8_encode(bytes + at, ptr[i]);
    return (GoString){bytes, total};
}
