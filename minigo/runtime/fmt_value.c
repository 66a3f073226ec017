/*
 * fmt's value printer: one operand, one verb, the Printer's flags -> text.
 *
 * This mirrors the structure of Go's fmt so that its corner cases come out the
 * same: print_arg handles nil, %T and %p, then methods (handle_methods: GoString()
 * for %#v, Error() or String() for the string verbs, found in the descriptor's
 * method table and called through itab.c, a panic in them recovered and reported as
 * gc does; not for values reached through unexported fields), then print_value
 * walks the value by its TypeDescriptor.  Numbers, strings and pointers go through
 * the fmt_* primitives, which apply width, precision and flags; composite values
 * print their parts with the same verb and flags, so `%5v` pads every element.  A
 * verb that does not suit a value prints `%!verb(type=value)`.
 *
 * Values are read through an address: a struct field, an array element, or an
 * interface's data.  Interfaces hold pointer-shaped values (pointers, maps, chans,
 * funcs, unsafe pointers) in the data word itself and everything else behind it;
 * a non-empty interface's first word is an itab (unbox reads the dynamic type).
 * A reflect.Value operand prints the value it holds, as gc's fmt does (the Value's
 * layout is mirrored here: print_reflect_value).
 * A pointer to a struct, array, slice or map prints as &{...} only at the top level
 * (depth 0), as in Go, which is also what keeps cyclic structures finite.
 */
#include "sched.h"

#include <stdlib.h>
#include <string.h>

static const char lower_digits[] = "0123456789abcdefx";
static const char upper_digits[] = "0123456789ABCDEFX";

static void print_value(Printer *p, const TypeDescriptor *type, const void *addr, int32_t verb,
                        int depth);

/* ---- padding ---- */

static void write_padding(Printer *p, int64_t count)
{
    buffer_append_repeated(p->out, p->zero ? '0' : ' ', count);
}

static void pad(Printer *p, const void *text, int64_t len)
{
    if (!p->width_present || p->width == 0) {
        buffer_append(p->out, text, len);
        return;
    }
    int64_t padding = p->width - utf8_rune_count(text, len);
    if (!p->minus)
        write_padding(p, padding);
    buffer_append(p->out, text, len);
    if (p->minus)
        write_padding(p, padding);
}

static void pad_cstring(Printer *p, const char *text)
{
    pad(p, text, (int64_t)strlen(text));
}

static void pad_without_zeros(Printer *p, const void *text, int64_t len)
{
    bool zero = p->zero;
    p->zero = false;
    pad(p, text, len);
    p->zero = zero;
}

/* ---- integers ---- */

static void fmt_integer_digits(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb,
                               const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    int64_t precision = 0;
    if (p->precision_present) {
        precision = p->precision;
        if (precision == 0 && u == 0) {
            bool zero = p->zero;
            p->zero = false;
            write_padding(p, p->width);
            p->zero = zero;
            return;
        }
    } else if (p->zero && p->width_present) {
        precision = p->width;
        if (negative || p->plus || p->space)
            precision--;
    }
    int64_t size = 68 + (precision > 0 ? precision : 0);
    char small[68 + 64];
    char *text = size <= (int64_t)sizeof small ? small : malloc((size_t)size);
    int64_t at = size;
    while (u >= (uint64_t)base) {
        text[--at] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    }
    text[--at] = digits[u];
    while (at > 0 && precision > size - at)
        text[--at] = '0';
    if (p->sharp) {
        if (base == 2) {
            text[--at] = 'b';
            text[--at] = '0';
        } else if (base == 8 && text[at] != '0') {
            text[--at] = '0';
        } else if (base == 16) {
            text[--at] = digits[16];
            text[--at] = '0';
        }
    }
    if (verb == 'O') {
        text[--at] = 'o';
        text[--at] = '0';
    }
    if (negative)
        text[--at] = '-';
    else if (p->plus)
        text[--at] = '+';
    else if (p->space)
        text[--at] = ' ';
    pad_without_zeros(p, text + at, size - at);
    if (text != small)
        free(text);
}

static void fmt_0x64(Printer *p, uint64_t u, bool leading_0x)
{
    bool sharp = p->sharp;
    p->sharp = leading_0x;
    fmt_integer_digits(p, u, 16, false, 'v', lower_digits);
    p->sharp = sharp;
}

static void fmt_unicode(Printer *p, uint64_t u)
{
    int64_t precision = p->precision_present && p->precision > 4 ? p->precision : 4;
    ByteBuffer text = {0};
    buffer_append_cstring(&text, "U+");
    char hex[17];
    int count = 0;
    uint64_t rest = u;
    do {
        hex[count++] = upper_digits[rest & 15];
        rest >>= 4;
    } while (rest != 0);
    buffer_append_repeated(&text, '0', precision - count);
    while (count > 0)
        buffer_append_byte(&text, (uint8_t)hex[--count]);
    if (p->sharp && u <= MAX_RUNE && strconv_is_print((int32_t)u)) {
        buffer_append_cstring(&text, " '");
        buffer_append_rune(&text, (int32_t)u);
        buffer_append_byte(&text, '\'');
    }
    pad_without_zeros(p, text.data, text.len);
    buffer_free(&text);
}

static int32_t rune_of(uint64_t u)
{
    return u > MAX_RUNE ? RUNE_ERROR : (int32_t)u;
}

static void bad_verb(Printer *p, int32_t verb, const TypeDescriptor *type, const void *addr);

static void fmt_integer(Printer *p, uint64_t u, bool is_signed, int32_t verb,
                        const TypeDescriptor *type, const void *addr)
{
    switch (verb) {
    case 'v':
        if (p->sharp_v && !is_signed)
            fmt_0x64(p, u, true);
        else
            fmt_integer_digits(p, u, 10, is_signed, verb, lower_digits);
        break;
    case 'd': fmt_integer_digits(p, u, 10, is_signed, verb, lower_digits); break;
    case 'b': fmt_integer_digits(p, u, 2, is_signed, verb, lower_digits); break;
    case 'o': case 'O': fmt_integer_digits(p, u, 8, is_signed, verb, lower_digits); break;
    case 'x': fmt_integer_digits(p, u, 16, is_signed, verb, lower_digits); break;
    case 'X': fmt_integer_digits(p, u, 16, is_signed, verb, upper_digits); break;
    case 'c': {
        uint8_t encoded[4];
        pad(p, encoded, utf8_encode(encoded, rune_of(u)));
        break;
    }
    case 'q': {
        ByteBuffer quoted = {0};
        strconv_append_quote_rune(&quoted, rune_of(u), p->plus);
        pad(p, quoted.data, quoted.len);
        buffer_free(&quoted);
        break;
    }
    case 'U': fmt_unicode(p, u); break;
    default: bad_verb(p, verb, type, addr);
    }
}

/* ---- floats ---- */

/* Go's %#g and friends: keep a decimal point and trailing zeros up to the precision */
static void apply_sharp_float(ByteBuffer *number, int32_t verb, int64_t precision)
{
    int64_t digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = precision < 0 ? 6 : precision;
    char tail[16];
    int64_t tail_len = 0;
    bool has_point = false, seen_nonzero = false;
    for (int64_t i = 1; i < number->len; i++) {
        uint8_t c = number->data[i];
        bool exponent = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
        if (exponent) {
            tail_len = number->len - i;
            memcpy(tail, number->data + i, (size_t)tail_len);
            number->len = i;
            break;
        }
        if (c == '.') {
            has_point = true;
            continue;
        }
        if (c != '0')
            seen_nonzero = true;
        if (seen_nonzero)
            digits--;
    }
    if (!has_point) {
        if (number->len == 2 && number->data[1] == '0')
            digits--;
        buffer_append_byte(number, '.');
    }
    buffer_append_repeated(number, '0', digits);
    buffer_append(number, tail, tail_len);
}

static void fmt_float_with(Printer *p, double v, int bitsize, int32_t verb, int64_t precision)
{
    if (p->precision_present)
        precision = p->precision;
    ByteBuffer number = {0};
    buffer_append_byte(&number, '+');
    ftoa_append(&number, v, verb, precision, bitsize);
    uint8_t *text = number.data;
    int64_t len = number.len;
    if (text[1] == '-' || text[1] == '+') {
        text++;
        len--;
    }
    if (p->space && text[0] == '+' && !p->plus)
        text[0] = ' ';
    if (text[1] == 'I' || text[1] == 'N') {
        if (text[1] == 'N' && !p->space && !p->plus) {
            text++;
            len--;
        }
        pad_without_zeros(p, text, len);
        buffer_free(&number);
        return;
    }
    if (p->sharp && verb != 'b') {
        ByteBuffer sharp = {0};
        buffer_append(&sharp, text, len);
        apply_sharp_float(&sharp, verb, precision);
        buffer_free(&number);
        number = sharp;
        text = number.data;
        len = number.len;
    }
    if (p->plus || text[0] != '+') {
        if (p->zero && p->width_present && p->width > len) {
            buffer_append_byte(p->out, text[0]);
            write_padding(p, p->width - len);
            buffer_append(p->out, text + 1, len - 1);
        } else {
            pad(p, text, len);
        }
    } else {
        pad(p, text + 1, len - 1);
    }
    buffer_free(&number);
}

static void fmt_float(Printer *p, double v, int bitsize, int32_t verb,
                      const TypeDescriptor *type, const void *addr)
{
    switch (verb) {
    case 'v': fmt_float_with(p, v, bitsize, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_with(p, v, bitsize, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float_with(p, v, bitsize, verb, 6); break;
    case 'F': fmt_float_with(p, v, bitsize, 'f', 6); break;
    default: bad_verb(p, verb, type, addr);
    }
}

static void fmt_complex(Printer *p, double real, double imaginary, int bitsize, int32_t verb,
                        const TypeDescriptor *type, const void *addr)
{
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E':
        break;
    default:
        bad_verb(p, verb, type, addr);
        return;
    }
    bool plus = p->plus;
    buffer_append_byte(p->out, '(');
    fmt_float(p, real, bitsize, verb, type, addr);
    p->plus = true;
    fmt_float(p, imaginary, bitsize, verb, type, addr);
    buffer_append_cstring(p->out, "i)");
    p->plus = plus;
}

/* ---- strings and bytes ---- */

static int64_t truncated_length(Printer *p, const uint8_t *ptr, int64_t len)
{
    if (!p->precision_present)
        return len;
    int64_t runes = 0;
    for (int64_t i = 0; i < len;) {
        if (runes++ == p->precision)
            return i;
        int64_t width = 1;
        if (ptr[i] >= 0x80)
            utf8_decode(ptr + i, len - i, &width);
        i += width;
    }
    return len;
}

static void fmt_hex_bytes(Printer *p, const uint8_t *ptr, int64_t len, const char *digits)
{
    if (p->precision_present && p->precision < len)
        len = p->precision;
    int64_t width = 2 * len;
    if (width == 0) {
        if (p->width_present)
            write_padding(p, p->width);
        return;
    }
    if (p->space) {
        if (p->sharp)
            width *= 2;
        width += len - 1;
    } else if (p->sharp) {
        width += 2;
    }
    if (p->width_present && p->width > width && !p->minus)
        write_padding(p, p->width - width);
    if (p->sharp) {
        buffer_append_byte(p->out, '0');
        buffer_append_byte(p->out, (uint8_t)digits[16]);
    }
    for (int64_t i = 0; i < len; i++) {
        if (p->space && i > 0) {
            buffer_append_byte(p->out, ' ');
            if (p->sharp) {
                buffer_append_byte(p->out, '0');
                buffer_append_byte(p->out, (uint8_t)digits[16]);
            }
        }
        buffer_append_byte(p->out, (uint8_t)digits[ptr[i] >> 4]);
        buffer_append_byte(p->out, (uint8_t)digits[ptr[i] & 15]);
    }
    if (p->width_present && p->width > width && p->minus)
        write_padding(p, p->width - width);
}

static void fmt_quoted(Printer *p, const uint8_t *ptr, int64_t len)
{
    len = truncated_length(p, ptr, len);
    ByteBuffer quoted = {0};
    if (p->sharp && strconv_can_backquote(ptr, len)) {
        buffer_append_byte(&quoted, '`');
        buffer_append(&quoted, ptr, len);
        buffer_append_byte(&quoted, '`');
    } else {
        strconv_append_quote(&quoted, ptr, len, p->plus);
    }
    pad(p, quoted.data, quoted.len);
    buffer_free(&quoted);
}

/* a string, or the bytes of a []byte for %s %q %x %X */
static bool fmt_text(Printer *p, const uint8_t *ptr, int64_t len, int32_t verb)
{
    switch (verb) {
    case 'v':
        if (p->sharp_v)
            fmt_quoted(p, ptr, len);
        else
            pad(p, ptr, truncated_length(p, ptr, len));
        return true;
    case 's': pad(p, ptr, truncated_length(p, ptr, len)); return true;
    case 'x': fmt_hex_bytes(p, ptr, len, lower_digits); return true;
    case 'X': fmt_hex_bytes(p, ptr, len, upper_digits); return true;
    case 'q': fmt_quoted(p, ptr, len); return true;
    }
    return false;
}

/* ---- pointers ---- */

static void fmt_pointer(Printer *p, const TypeDescriptor *type, const void *addr, int32_t verb)
{
    uint64_t u;
    if (kind_is_pointer_shaped(type->kind))
        u = (uint64_t)(uintptr_t) * (void *const *)addr;
    else if (type->kind == KIND_SLICE)
        u = (uint64_t)(uintptr_t)((const GoSlice *)addr)->ptr;
    else {
        bad_verb(p, verb, type, addr);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->sharp_v) {
            buffer_append_byte(p->out, '(');
            buffer_append_gostring(p->out, type->name);
            buffer_append_cstring(p->out, ")(");
            if (u == 0)
                buffer_append_cstring(p->out, "nil");
            else
                fmt_0x64(p, u, true);
            buffer_append_byte(p->out, ')');
        } else if (u == 0) {
            pad_cstring(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        fmt_integer(p, u, false, verb, type, addr);
        break;
    default: bad_verb(p, verb, type, addr);
    }
}

/* ---- %!verb(type=value) ---- */

static void bad_verb(Printer *p, int32_t verb, const TypeDescriptor *type, const void *addr)
{
    bool erroring = p->erroring;
    p->erroring = true;
    buffer_append_cstring(p->out, "%!");
    buffer_append_rune(p->out, verb);
    buffer_append_byte(p->out, '(');
    if (type != NULL) {
        buffer_append_gostring(p->out, type->name);
        buffer_append_byte(p->out, '=');
        print_value(p, type, addr, 'v', 0);
    } else {
        buffer_append_cstring(p->out, "<nil>");
    }
    buffer_append_byte(p->out, ')');
    p->erroring = erroring;
}

/* ---- methods: GoString() for %#v, Error() or String() for the verbs that print strings ---- */

/* fmt.Errorf's %w: an error is recorded (a copy: addr may be the caller's stack) and
 * printed as %v; anything else, or a second %w, is a bad verb */
static bool wrap_error(Printer *p, const TypeDescriptor *type, const void *addr)
{
    if (!p->wrap_errors || p->wrapped.type != NULL || string_method(type, "Error") == NULL) {
        p->wrap_errors = false;
        p->wrapped = (GoInterface){NULL, NULL};
        return false;
    }
    void *data;
    if (kind_is_pointer_shaped(type->kind)) {
        data = *(void *const *)addr;
    } else {
        data = runtime_alloc(type->size, type_pointer_mask(type));
        memcpy(data, addr, (size_t)type->size);
    }
    p->wrapped = (GoInterface){type, data};
    return true;
}

/* gc's catchPanic: a method that panicked on a nil pointer receiver prints "<nil>",
 * any other panic %!verb(PANIC=Name method: value) */
static void print_method_panic(Printer *p, const TypeDescriptor *type, const void *addr,
                               const char *name, int32_t verb, const GoInterface *value)
{
    if (type->kind == KIND_POINTER && *(void *const *)addr == NULL) {
        pad_cstring(p, "<nil>");
        return;
    }
    Printer saved = *p;
    fmt_clear_flags(p);
    buffer_append_cstring(p->out, "%!");
    buffer_append_rune(p->out, verb);
    buffer_append_cstring(p->out, "(PANIC=");
    buffer_append_cstring(p->out, name);
    buffer_append_cstring(p->out, " method: ");
    fmt_print_arg(p, value, 'v');
    buffer_append_byte(p->out, ')');
    *p = saved;
}

static bool print_string_method(Printer *p, const TypeDescriptor *type, const void *addr,
                                const char *name, int32_t verb)
{
    const Method *method = string_method(type, name);
    if (method == NULL)
        return false;
    GoString text;
    GoInterface panic_value;
    if (!call_string_method_catching(method, type, addr, &text, &panic_value))
        print_method_panic(p, type, addr, name, verb, &panic_value);
    else if (!fmt_text(p, text.ptr, text.len, verb))
        bad_verb(p, verb, type, addr);
    return true;
}

static bool handle_methods(Printer *p, const TypeDescriptor *type, const void *addr, int32_t verb)
{
    if (p->erroring || p->read_only)
        return false;
    if (verb == 'w') {
        if (!wrap_error(p, type, addr)) {
            bad_verb(p, verb, type, addr);
            return true;
        }
        verb = 'v';
    }
    if (type->method_count == 0)
        return false;
    if (p->sharp_v) {
        bool sharp_v = p->sharp_v;
        p->sharp_v = false;
        bool handled = print_string_method(p, type, addr, "GoString", 's');
        p->sharp_v = sharp_v;
        return handled;
    }
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
        return false;
    return print_string_method(p, type, addr, "Error", verb) ||
           print_string_method(p, type, addr, "String", verb);
}

/* ---- composite values ---- */

bool kind_is_signed_integer(int64_t kind)
{
    return kind >= KIND_INT && kind <= KIND_INT64;
}

bool kind_is_unsigned_integer(int64_t kind)
{
    return kind >= KIND_UINT && kind <= KIND_UINTPTR;
}

int64_t value_read_signed(const TypeDescriptor *type, const void *addr)
{
    switch (type->kind) {
    case KIND_INT8: return *(const int8_t *)addr;
    case KIND_INT16: return *(const int16_t *)addr;
    case KIND_INT32: return *(const int32_t *)addr;
    default: return *(const int64_t *)addr;
    }
}

uint64_t value_read_unsigned(const TypeDescriptor *type, const void *addr)
{
    switch (type->kind) {
    case KIND_UINT8: return *(const uint8_t *)addr;
    case KIND_UINT16: return *(const uint16_t *)addr;
    case KIND_UINT32: return *(const uint32_t *)addr;
    default: return *(const uint64_t *)addr;
    }
}

/* an interface value of static type iface: its dynamic type (NULL if nil), and in
 * *addr where its dynamic value lives */
static const TypeDescriptor *unbox(const TypeDescriptor *iface, const GoInterface *value,
                                   const void **addr)
{
    const TypeDescriptor *type = interface_type(iface, value);
    if (type != NULL)
        *addr = interface_data_address(type, value);
    return type;
}

/* name: how %#v names the type (type->name, except for a top-level []byte) */
static void print_elements(Printer *p, const TypeDescriptor *type, GoString name,
                           const uint8_t *elements, int64_t count, int32_t verb, int depth)
{
    const TypeDescriptor *elem = type->elem;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == KIND_UINT8) {
        fmt_text(p, elements, count, verb);
        return;
    }
    if (p->sharp_v) {
        buffer_append_gostring(p->out, name);
        if (type->kind == KIND_SLICE && elements == NULL) {
            buffer_append_cstring(p->out, "(nil)");
            return;
        }
        buffer_append_byte(p->out, '{');
    } else {
        buffer_append_byte(p->out, '[');
    }
    for (int64_t i = 0; i < count; i++) {
        if (i > 0)
            buffer_append_cstring(p->out, p->sharp_v ? ", " : " ");
        print_value(p, elem, elements + i * elem->size, verb, depth + 1);
    }
    buffer_append_byte(p->out, p->sharp_v ? '}' : ']');
}

static void print_interface(Printer *p, const TypeDescriptor *type, const GoInterface *value,
                            int32_t verb, int depth)
{
    const void *addr;
    const TypeDescriptor *dynamic = unbox(type, value, &addr);
    if (dynamic != NULL) {
        print_value(p, dynamic, addr, verb, depth + 1);
    } else if (p->sharp_v) {
        buffer_append_gostring(p->out, type->name);
        buffer_append_cstring(p->out, "(nil)");
    } else {
        buffer_append_cstring(p->out, "<nil>");
    }
}

/* a field name that reflect lets fmt call methods through (ASCII upper case first) */
static bool is_exported(GoString name)
{
    return name.len > 0 && name.ptr[0] >= 'A' && name.ptr[0] <= 'Z';
}

static void print_struct(Printer *p, const TypeDescriptor *type, const uint8_t *addr,
                         int32_t verb, int depth)
{
    if (p->sharp_v)
        buffer_append_gostring(p->out, type->name);
    buffer_append_byte(p->out, '{');
    for (int64_t i = 0; i < type->field_count; i++) {
        const StructField *field = &type->fields[i];
        if (i > 0)
            buffer_append_cstring(p->out, p->sharp_v ? ", " : " ");
        if ((p->plus_v || p->sharp_v) && field->name.len > 0) {
            buffer_append_gostring(p->out, field->name);
            buffer_append_byte(p->out, ':');
        }
        const void *field_addr = addr + field->offset;
        const TypeDescriptor *field_type = field->type;
        const void *inner;
        const TypeDescriptor *dynamic;
        if (field_type->kind == KIND_INTERFACE && (dynamic = unbox(field_type, field_addr, &inner))) {
            field_type = dynamic;        /* gc's getField: a non-nil interface prints its value */
            field_addr = inner;
        }
        bool read_only = p->read_only;
        p->read_only = read_only || !is_exported(field->name);
        print_value(p, field_type, field_addr, verb, depth + 1);
        p->read_only = read_only;
    }
    buffer_append_byte(p->out, '}');
}

/* map[k:v k:v] or, for %#v, map[K]V{k:v, k:v}; entries sorted by key (map_sort.c) */
static void print_map(Printer *p, const TypeDescriptor *type, const void *addr, int32_t verb,
                      int depth)
{
    const void *map = *(void *const *)addr;
    if (p->sharp_v) {
        buffer_append_gostring(p->out, type->name);
        if (map == NULL) {
            buffer_append_cstring(p->out, "(nil)");
            return;
        }
        buffer_append_byte(p->out, '{');
    } else {
        buffer_append_cstring(p->out, "map[");
    }
    MapEntry *entries;
    int64_t count = map_sorted_entries(map, type->key, &entries);
    for (int64_t i = 0; i < count; i++) {
        if (i > 0)
            buffer_append_cstring(p->out, p->sharp_v ? ", " : " ");
        print_value(p, type->key, entries[i].key, verb, depth + 1);
        buffer_append_byte(p->out, ':');
        print_value(p, type->elem, entries[i].value, verb, depth + 1);
    }
    free(entries);
    buffer_append_byte(p->out, p->sharp_v ? '}' : ']');
}

typedef struct {
    Printer *p;
    const TypeDescriptor *type;
    const void *addr;
    int32_t verb;
    int depth;
} PrintCall;

static void print_value_call(void *call)
{
    PrintCall *print = call;
    print_value(print->p, print->type, print->addr, print->verb, print->depth);
}

/* recursive (nested slices, maps, structs, interfaces): each level makes sure of
 * its stack first, going on on a new segment if need be (stack.c) */
static void print_value(Printer *p, const TypeDescriptor *type, const void *addr, int32_t verb,
                        int depth)
{
    if (stack_is_low(STACK_C_RECURSION_ROOM)) {
        PrintCall call = {p, type, addr, verb, depth};
        stack_call_with_room(STACK_C_RECURSION_ROOM, print_value_call, &call);
        return;
    }
    if (depth > 0 && handle_methods(p, type, addr, verb))
        return;
    switch (type->kind) {
    case KIND_BOOL:
        if (verb == 't' || verb == 'v')
            pad_cstring(p, *(const uint8_t *)addr ? "true" : "false");
        else
            bad_verb(p, verb, type, addr);
        break;
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        fmt_integer(p, (uint64_t)value_read_signed(type, addr), true, verb, type, addr);
        break;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        fmt_integer(p, value_read_unsigned(type, addr), false, verb, type, addr);
        break;
    case KIND_FLOAT32: fmt_float(p, *(const float *)addr, 32, verb, type, addr); break;
    case KIND_FLOAT64: fmt_float(p, *(const double *)addr, 64, verb, type, addr); break;
    case KIND_COMPLEX64:
        fmt_complex(p, ((const float *)addr)[0], ((const float *)addr)[1], 32, verb, type, addr);
        break;
    case KIND_COMPLEX128:
        fmt_complex(p, ((const double *)addr)[0], ((const double *)addr)[1], 64, verb, type, addr);
        break;
    case KIND_STRING: {
        const GoString *text = addr;
        if (!fmt_text(p, text->ptr, text->len, verb))
            bad_verb(p, verb, type, addr);
        break;
    }
    case KIND_MAP: print_map(p, type, addr, verb, depth); break;
    case KIND_STRUCT: print_struct(p, type, addr, verb, depth); break;
    case KIND_INTERFACE: print_interface(p, type, addr, verb, depth); break;
    case KIND_ARRAY: print_elements(p, type, type->name, addr, type->length, verb, depth); break;
    case KIND_SLICE: {
        const GoSlice *slice = addr;
        print_elements(p, type, type->name, slice->ptr, slice->len, verb, depth);
        break;
    }
    case KIND_POINTER: {
        const void *target = *(void *const *)addr;
        int64_t elem_kind = type->elem != NULL ? type->elem->kind : KIND_INVALID;
        if (depth == 0 && target != NULL &&
            (elem_kind == KIND_ARRAY || elem_kind == KIND_SLICE || elem_kind == KIND_STRUCT ||
             elem_kind == KIND_MAP)) {
            buffer_append_byte(p->out, '&');
            print_value(p, type->elem, target, verb, depth + 1);
            break;
        }
        fmt_pointer(p, type, addr, verb);
        break;
    }
    case KIND_CHAN: case KIND_FUNC: case KIND_UNSAFE_POINTER:
        fmt_pointer(p, type, addr, verb);
        break;
    default:
        buffer_append_byte(p->out, '?');
        buffer_append_gostring(p->out, type->name);
        buffer_append_byte(p->out, '?');
    }
}

static bool is_plain_byte_slice(const TypeDescriptor *type)
{
    static const char plain[] = "[]uint8";
    return type->kind == KIND_SLICE && type->name.len == sizeof plain - 1 &&
           memcmp(type->name.ptr, plain, sizeof plain - 1) == 0;
}

/* package reflect's Value (stdlib/reflect/value.go; keep the two layouts together):
 * gc's fmt prints a Value operand as the value it holds */
typedef struct {
    const TypeDescriptor *type;  /* NULL: the zero Value */
    const void *addr;
    int64_t flag;                /* flagRO (sticky 2, embedded 4): reached through an unexported field */
    void *bound;
} ReflectValue;
enum { REFLECT_FLAG_RO = 2 | 4 };   /* stdlib/reflect's flagStickyRO | flagEmbedRO */

static bool is_reflect_value(const TypeDescriptor *type)
{
    static const char name[] = "reflect.Value", path[] = "reflect";
    return type->kind == KIND_STRUCT && type->name.len == sizeof name - 1 &&
           memcmp(type->name.ptr, name, sizeof name - 1) == 0 && type->extra != NULL &&
           type->extra->pkg_path.len == sizeof path - 1 &&
           memcmp(type->extra->pkg_path.ptr, path, sizeof path - 1) == 0;
}

/* a reflect.Value operand: its value, with its methods unless it came through an
 * unexported field (gc's printArg and printValue) */
static void print_reflect_value(Printer *p, const ReflectValue *value, int32_t verb)
{
    if (value->type == NULL) {
        pad_cstring(p, "<invalid reflect.Value>");
        return;
    }
    if (!(value->flag & REFLECT_FLAG_RO) && handle_methods(p, value->type, value->addr, verb))
        return;
    print_value(p, value->type, value->addr, verb, 0);
}

void fmt_print_arg(Printer *p, const GoInterface *arg, int32_t verb)
{
    if (arg->type == NULL) {
        if (verb == 'T' || verb == 'v')
            pad_cstring(p, "<nil>");
        else
            bad_verb(p, verb, NULL, NULL);
        return;
    }
    const void *addr = interface_data_address(arg->type, arg);
    if (verb == 'T') {
        GoString name = arg->type->name;
        pad(p, name.ptr, truncated_length(p, name.ptr, name.len));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, arg->type, addr, 'p');
        return;
    }
    if (is_reflect_value(arg->type)) {
        print_reflect_value(p, addr, verb);
        return;
    }
    if (handle_methods(p, arg->type, addr, verb))
        return;
    if (is_plain_byte_slice(arg->type)) {
        /* gc's fmt special-cases the type []byte itself: %#v calls it that */
        static const char byte_slice[] = "[]byte";
        const GoSlice *slice = addr;
        GoString name = {(const uint8_t *)byte_slice, sizeof byte_slice - 1};
        print_elements(p, arg->type, name, slice->ptr, slice->len, verb, 0);
        return;
    }
    print_value(p, arg->type, addr, verb, 0);
}

void fmt_clear_flags(Printer *p)
{
    *p = (Printer){.out = p->out, .wrap_errors = p->wrap_errors, .wrapped = p->wrapped};
}
