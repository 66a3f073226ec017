/*
 * A growable byte buffer for text under construction (fmt, panics, tracebacks).
 *
 * It lives in C memory (malloc), not in the Go heap: the text is temporary, and the
 * Go heap only sees the finished string (buffer_to_gostring copies it once).  Growth
 * doubles, so appending n bytes costs O(n) overall.  Allocation failure is fatal.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static void buffer_reserve(ByteBuffer *buffer, int64_t extra)
{
    int64_t needed = buffer->len + extra;
    if (needed <= buffer->cap)
        return;
    int64_t cap = buffer->cap < 64 ? 64 : buffer->cap;
    while (cap < needed)
        cap *= 2;
    uint8_t *data = realloc(buffer->data, (size_t)cap);
    if (data == NULL) {
        static const char message[] = "out of memory";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    buffer->data = data;
    buffer->cap = cap;
}

void buffer_append(ByteBuffer *buffer, const void *ptr, int64_t len)
{
    if (len <= 0)
        return;
    buffer_reserve(buffer, len);
    memcpy(buffer->data + buffer->len, ptr, (size_t)len);
    buffer->len += len;
}

void buffer_append_byte(ByteBuffer *buffer, uint8_t byte)
{
    buffer_reserve(buffer, 1);
    buffer->data[buffer->len++] = byte;
}

void buffer_append_cstring(ByteBuffer *buffer, const char *text)
{
    buffer_append(buffer, text, (int64_t)strlen(text));
}

void buffer_append_gostring(ByteBuffer *buffer, GoString text)
{
    buffer_append(buffer, text.ptr, text.len);
}

void buffer_append_unsigned(ByteBuffer *buffer, uint64_t value)
{
    char digits[24];
    int at = sizeof digits;
    do {
        digits[--at] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    buffer_append(buffer, digits + at, (int64_t)sizeof digits - at);
}

void buffer_append_decimal(ByteBuffer *buffer, int64_t value)
{
    if (value < 0)
        buffer_append_byte(buffer, '-');
    buffer_append_unsigned(buffer, value < 0 ? -(uint64_t)value : (uint64_t)value);
}

void buffer_append_hex(ByteBuffer *buffer, uint64_t value)
{
    char digits[20];
    int at = sizeof digits;
    do {
        digits[--at] = "0123456789abcdef"[value & 15];
        value >>= 4;
    } while (value != 0);
    digits[--at] = 'x';
    digits[--at] = '0';
    buffer_append(buffer, digits + at, (int64_t)sizeof digits - at);
}

GoString buffer_to_gostring(const ByteBuffer *buffer)
{
    GoString result = {NULL, buffer->len};
    if (buffer->len > 0) {
        uint8_t *copy = runtime_alloc(buffer->len, GC_NO_POINTERS);
        memcpy(copy, buffer->data, (size_t)buffer->len);
        result.ptr = copy;
    }
    return result;
}

void buffer_free(ByteBuffer *buffer)
{
    free(buffer->data);
    buffer->data = NULL;
    buffer->len = buffer->cap = 0;
}
