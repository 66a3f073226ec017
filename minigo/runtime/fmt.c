/*
 * The first fmt: Print, Println, Printf and their Sprint forms, driven by the
 * TypeDescriptors that codegen attaches to each interface argument.
 *
 * This file reads the format string (flags, width, precision, `*`, explicit
 * argument indexes [n], the verb) and reports what Go's fmt reports for misuse:
 * %!v(MISSING), %!(EXTRA type=value, ...), %!v(BADINDEX), %!(BADWIDTH),
 * %!(BADPREC), %!(NOVERB).  fmt_value.c formats each operand.  Everything is built
 * in a C buffer; Sprint* copy it into one Go string, Print* hand it to the stdout
 * buffer in one piece.  stdlib/fmt (written in Go) replaces this file later.
 */
#include "internal.h"

enum { TOO_LARGE = 1000000 };   /* Go's fmt rejects widths and precisions beyond this */

static bool too_large(int64_t number)
{
    return number > TOO_LARGE || number < -TOO_LARGE;
}

/* digits at format[*at..end): the number, or false when there are none */
static bool parse_number(const uint8_t *format, int64_t *at, int64_t end, int64_t *number)
{
    *number = 0;
    bool found = false;
    for (; *at < end && format[*at] >= '0' && format[*at] <= '9'; (*at)++) {
        if (too_large(*number)) {
            *at = end;
            *number = 0;
            return false;
        }
        *number = *number * 10 + (format[*at] - '0');
        found = true;
    }
    return found;
}

/* an int-kinded argument for `*` widths and precisions */
static bool integer_argument(const GoInterface *arg, int64_t *number)
{
    const TypeDescriptor *type = arg->type;
    if (type == NULL)
        return false;
    if (kind_is_signed_integer(type->kind)) {
        *number = value_read_signed(type, arg->data);
    } else if (kind_is_unsigned_integer(type->kind)) {
        uint64_t value = value_read_unsigned(type, arg->data);
        if (value > INT64_MAX)
            return false;
        *number = (int64_t)value;
    } else {
        return false;
    }
    if (too_large(*number)) {
        *number = 0;
        return false;
    }
    return true;
}

typedef struct {
    Printer printer;
    const uint8_t *format;
    int64_t end;
    int64_t at;
    const GoInterface *args;
    int64_t arg_count;
    int64_t arg_index;
    bool reordered;        /* an explicit [n] was used: no EXTRA report */
    bool good_arg_index;
} FormatScan;

/* [n] at the cursor: moves arg_index; returns whether an index was read */
static bool scan_arg_index(FormatScan *scan)
{
    if (scan->at >= scan->end || scan->format[scan->at] != '[')
        return false;
    scan->reordered = true;
    int64_t close = scan->at + 1;
    while (close < scan->end && scan->format[close] != ']')
        close++;
    if (scan->end - scan->at < 3 || close >= scan->end) {
        scan->at++;
        scan->good_arg_index = false;
        return false;
    }
    int64_t digits_at = scan->at + 1, index;
    bool ok = parse_number(scan->format, &digits_at, close, &index) && digits_at == close;
    scan->at = close + 1;
    if (ok && index >= 1 && index <= scan->arg_count) {
        scan->arg_index = index - 1;
        return true;
    }
    scan->good_arg_index = false;
    return ok;
}

/* `*`: the next argument as a width or precision */
static bool star_argument(FormatScan *scan, int64_t *number)
{
    *number = 0;
    if (scan->arg_index >= scan->arg_count)
        return false;
    bool ok = integer_argument(&scan->args[scan->arg_index], number);
    scan->arg_index++;
    return ok;
}

static bool scan_flags(FormatScan *scan)
{
    Printer *p = &scan->printer;
    for (; scan->at < scan->end; scan->at++) {
        switch (scan->format[scan->at]) {
        case '#': p->sharp = true; break;
        case '0': p->zero = !p->minus; break;
        case '+': p->plus = true; break;
        case '-': p->minus = true; p->zero = false; break;
        case ' ': p->space = true; break;
        default: return true;
        }
    }
    return false;
}

static void scan_width(FormatScan *scan, bool *after_index)
{
    Printer *p = &scan->printer;
    if (scan->at < scan->end && scan->format[scan->at] == '*') {
        scan->at++;
        p->width_present = star_argument(scan, &p->width);
        if (!p->width_present)
            buffer_append_cstring(p->out, "%!(BADWIDTH)");
        if (p->width < 0) {
            p->width = -p->width;
            p->minus = true;
            p->zero = false;
        }
        *after_index = false;
        return;
    }
    p->width_present = parse_number(scan->format, &scan->at, scan->end, &p->width);
    if (*after_index && p->width_present)
        scan->good_arg_index = false;
}

static void scan_precision(FormatScan *scan, bool *after_index)
{
    Printer *p = &scan->printer;
    if (!(scan->at + 1 < scan->end && scan->format[scan->at] == '.'))
        return;
    scan->at++;
    if (*after_index)
        scan->good_arg_index = false;
    *after_index = scan_arg_index(scan);
    if (scan->at < scan->end && scan->format[scan->at] == '*') {
        scan->at++;
        p->precision_present = star_argument(scan, &p->precision);
        if (p->precision < 0) {
            p->precision = 0;
            p->precision_present = false;
        }
        if (!p->precision_present)
            buffer_append_cstring(p->out, "%!(BADPREC)");
        *after_index = false;
        return;
    }
    parse_number(scan->format, &scan->at, scan->end, &p->precision);
    p->precision_present = true;
}

static void print_verb(FormatScan *scan, int32_t verb)
{
    Printer *p = &scan->printer;
    if (verb == '%') {
        buffer_append_byte(p->out, '%');
        return;
    }
    const char *problem = !scan->good_arg_index ? "(BADINDEX)"
                          : scan->arg_index >= scan->arg_count ? "(MISSING)" : NULL;
    if (problem != NULL) {
        buffer_append_cstring(p->out, "%!");
        buffer_append_rune(p->out, verb);
        buffer_append_cstring(p->out, problem);
        return;
    }
    if (verb == 'v') {
        p->sharp_v = p->sharp;
        p->sharp = false;
        p->plus_v = p->plus;
        p->plus = false;
    }
    fmt_print_arg(p, &scan->args[scan->arg_index++], verb);
}

/* one %... directive; false at a trailing bare % */
static bool scan_directive(FormatScan *scan)
{
    Printer *p = &scan->printer;
    fmt_clear_flags(p);
    scan->good_arg_index = true;
    if (!scan_flags(scan)) {
        buffer_append_cstring(p->out, "%!(NOVERB)");
        return false;
    }
    bool after_index = scan_arg_index(scan);
    scan_width(scan, &after_index);
    scan_precision(scan, &after_index);
    if (!after_index)
        after_index = scan_arg_index(scan);
    if (scan->at >= scan->end) {
        buffer_append_cstring(p->out, "%!(NOVERB)");
        return false;
    }
    int64_t width = 1;
    int32_t verb = scan->format[scan->at];
    if (verb >= 0x80)
        verb = utf8_decode(scan->format + scan->at, scan->end - scan->at, &width);
    scan->at += width;
    print_verb(scan, verb);
    return true;
}

static void report_extra_arguments(FormatScan *scan)
{
    Printer *p = &scan->printer;
    fmt_clear_flags(p);
    buffer_append_cstring(p->out, "%!(EXTRA ");
    for (int64_t i = scan->arg_index; i < scan->arg_count; i++) {
        if (i > scan->arg_index)
            buffer_append_cstring(p->out, ", ");
        const GoInterface *arg = &scan->args[i];
        if (arg->type != NULL) {
            buffer_append_gostring(p->out, arg->type->name);
            buffer_append_byte(p->out, '=');
        }
        fmt_print_arg(p, arg, 'v');
    }
    buffer_append_byte(p->out, ')');
}

/* wrapped: NULL, or for fmt.Errorf where %w stores the error it formats (else nil) */
static ByteBuffer format_text(const uint8_t *format, int64_t len, const GoInterface *args,
                              int64_t n, GoInterface *wrapped)
{
    ByteBuffer out = {0};
    FormatScan scan = {.printer = {.out = &out, .wrap_errors = wrapped != NULL}, .format = format,
                       .end = len, .args = args, .arg_count = n};
    while (scan.at < scan.end) {
        int64_t start = scan.at;
        while (scan.at < scan.end && format[scan.at] != '%')
            scan.at++;
        buffer_append(&out, format + start, scan.at - start);
        if (scan.at >= scan.end)
            break;
        scan.at++;
        if (!scan_directive(&scan))
            break;
    }
    if (!scan.reordered && scan.arg_index < scan.arg_count)
        report_extra_arguments(&scan);
    if (wrapped != NULL)
        *wrapped = scan.printer.wrapped;
    return out;
}

/* Print: a space between operands when neither is a string; Println: always, and \n */
static ByteBuffer print_text(const GoInterface *args, int64_t n, bool line)
{
    ByteBuffer out = {0};
    Printer printer = {.out = &out};
    bool previous_is_string = false;
    for (int64_t i = 0; i < n; i++) {
        bool is_string = args[i].type != NULL && args[i].type->kind == KIND_STRING;
        if (i > 0 && (line || (!is_string && !previous_is_string)))
            buffer_append_byte(&out, ' ');
        fmt_print_arg(&printer, &args[i], 'v');
        previous_is_string = is_string;
    }
    if (line)
        buffer_append_byte(&out, '\n');
    return out;
}

static GoString to_string(ByteBuffer text)
{
    GoString result = buffer_to_gostring(&text);
    buffer_free(&text);
    return result;
}

static int64_t to_stdout(ByteBuffer text)
{
    int64_t written = text.len;
    runtime_write_stdout(text.data, (size_t)text.len);     /* one write(2), as Go's */
    buffer_free(&text);
    return written;
}

GoString runtime_fmt_sprint(const GoInterface *args, int64_t n)
{
    return to_string(print_text(args, n, false));
}

GoString runtime_fmt_sprintln(const GoInterface *args, int64_t n)
{
    return to_string(print_text(args, n, true));
}

GoString runtime_fmt_sprintf(const uint8_t *fmt, int64_t fmtlen, const GoInterface *args, int64_t n)
{
    return to_string(format_text(fmt, fmtlen, args, n, NULL));
}

int64_t runtime_fmt_print(const GoInterface *args, int64_t n)
{
    return to_stdout(print_text(args, n, false));
}

int64_t runtime_fmt_println(const GoInterface *args, int64_t n)
{
    return to_stdout(print_text(args, n, true));
}

int64_t runtime_fmt_printf(const uint8_t *fmt, int64_t fmtlen, const GoInterface *args, int64_t n)
{
    return to_stdout(format_text(fmt, fmtlen, args, n, NULL));
}

GoInterface runtime_fmt_errorf(const uint8_t *fmt, int64_t fmtlen, const GoInterface *args, int64_t n)
{
    GoInterface wrapped = {NULL, NULL};
    GoString message = to_string(format_text(fmt, fmtlen, args, n, &wrapped));
    return runtime_make_error(message, runtime_as_error(wrapped));
}
