/*
 * The builtins print and println, formatted byte for byte as gc's runtime does.
 *
 * They write to stderr, one write per operand, unbuffered as in gc (stdout is
 * unbuffered too, so the streams stay in program order).  Floats use gc's own
 * fixed layout, sign, one digit, six decimals and a three-digit exponent
 * (+1.500000e+000); gc computes those digits with a simple scale-by-ten loop rather
 * than an exact conversion, and the last digit sometimes shows it, so this file
 * reproduces that arithmetic step for step instead of calling printf.
 * runtime_append_print_float is shared with panic messages (panic(1.5)).
 */
#include "internal.h"

static void write_buffer(ByteBuffer *buffer)
{
    runtime_write_stderr(buffer->data, (size_t)buffer->len);
    buffer_free(buffer);
}

void runtime_printint(int64_t v)
{
    ByteBuffer buffer = {0};
    buffer_append_decimal(&buffer, v);
    write_buffer(&buffer);
}

void runtime_printuint(uint64_t v)
{
    ByteBuffer buffer = {0};
    buffer_append_unsigned(&buffer, v);
    write_buffer(&buffer);
}

enum { PRINTED_DIGITS = 7 };

void runtime_append_print_float(ByteBuffer *buffer, double v)
{
    if (v != v) {
        buffer_append_cstring(buffer, "NaN");
        return;
    }
    if (v + v == v && v != 0) {
        buffer_append_cstring(buffer, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    char text[PRINTED_DIGITS + 7];
    text[0] = '+';
    int exponent = 0;
    if (v == 0) {
        if (1 / v < 0)
            text[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            text[0] = '-';
        }
        while (v >= 10) {
            exponent++;
            v /= 10;
        }
        while (v < 1) {
            exponent--;
            v *= 10;
        }
        double half_unit = 5.0;
        for (int i = 0; i < PRINTED_DIGITS; i++)
            half_unit /= 10;
        v += half_unit;
        if (v >= 10) {
            exponent++;
            v /= 10;
        }
    }
    for (int i = 0; i < PRINTED_DIGITS; i++) {
        int digit = (int)v;
        text[i + 2] = (char)('0' + digit);
        v = (v - digit) * 10;
    }
    text[1] = text[2];
    text[2] = '.';
    text[PRINTED_DIGITS + 2] = 'e';
    text[PRINTED_DIGITS + 3] = exponent < 0 ? '-' : '+';
    if (exponent < 0)
        exponent = -exponent;
    text[PRINTED_DIGITS + 4] = (char)('0' + exponent / 100);
    text[PRINTED_DIGITS + 5] = (char)('0' + exponent / 10 % 10);
    text[PRINTED_DIGITS + 6] = (char)('0' + exponent % 10);
    buffer_append(buffer, text, sizeof text);
}

void runtime_printfloat(double v)
{
    ByteBuffer buffer = {0};
    runtime_append_print_float(&buffer, v);
    write_buffer(&buffer);
}

void runtime_printbool(int64_t v)
{
    runtime_write_stderr_cstring(v ? "true" : "false");
}

void runtime_printstring(const uint8_t *ptr, int64_t len)
{
    if (len > 0)
        runtime_write_stderr(ptr, (size_t)len);
}

void runtime_printpointer(const void *p)
{
    ByteBuffer buffer = {0};
    buffer_append_hex(&buffer, (uint64_t)(uintptr_t)p);
    write_buffer(&buffer);
}

void runtime_printsp(void)
{
    runtime_write_stderr(" ", 1);
}

void runtime_printnl(void)
{
    runtime_write_stderr("\n", 1);
}
