/*
 * The error values the runtime makes, laid out as Go's own types so that %v, %+v,
 * %T and a later Go-written stdlib all see the same thing:
 *   *errors.errorString  -> struct { s string }
 *   *strconv.NumError    -> struct { Func, Num string; Err error }
 * Each is an interface {type descriptor, pointer}; the descriptors below are the
 * runtime's own (identity = address), complete enough for fmt to print the structs.
 * An error's message is computed when asked (runtime_error_message), which is how
 * gc's NumError.Error works too.  strconv.ErrSyntax and ErrRange are single values,
 * so `err.Err == strconv.ErrRange` comparisons hold.
 */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <string.h>

#define GO_STRING(literal) {(const uint8_t *)(literal), sizeof(literal) - 1}

static const TypeDescriptor string_type = {
    .size = 16, .kind = KIND_STRING, .name = GO_STRING("string"),
};
static const TypeDescriptor error_interface_type = {
    .size = 16, .kind = KIND_INTERFACE, .flags = TYPE_FLAG_NAMED, .name = GO_STRING("error"),
};

static const StructField error_string_fields[] = {
    {GO_STRING("s"), &string_type, 0, 0},
};
static const TypeDescriptor error_string_struct = {
    .size = 16, .kind = KIND_STRUCT, .flags = TYPE_FLAG_NAMED,
    .name = GO_STRING("errors.errorString"),
    .fields = error_string_fields, .field_count = 1,
};
static const TypeDescriptor error_string_pointer = {
    .size = 8, .kind = KIND_POINTER,
    .name = GO_STRING("*errors.errorString"), .elem = &error_string_struct,
};

typedef struct {
    GoString function;
    GoString number;
    GoInterface err;
} NumError;

static const StructField num_error_fields[] = {
    {GO_STRING("Func"), &string_type, offsetof(NumError, function), 0},
    {GO_STRING("Num"), &string_type, offsetof(NumError, number), 0},
    {GO_STRING("Err"), &error_interface_type, offsetof(NumError, err), 0},
};
static const TypeDescriptor num_error_struct = {
    .size = sizeof(NumError), .kind = KIND_STRUCT, .flags = TYPE_FLAG_NAMED,
    .name = GO_STRING("strconv.NumError"),
    .fields = num_error_fields, .field_count = 3,
};
static const TypeDescriptor num_error_pointer = {
    .size = 8, .kind = KIND_POINTER,
    .name = GO_STRING("*strconv.NumError"), .elem = &num_error_struct,
};

static GoString syntax_text = GO_STRING("invalid syntax");
static GoString range_text = GO_STRING("value out of range");
const GoInterface runtime_strconv_err_syntax = {&error_string_pointer, &syntax_text};
const GoInterface runtime_strconv_err_range = {&error_string_pointer, &range_text};

bool runtime_is_runtime_error_type(const TypeDescriptor *type)
{
    return type == &error_string_pointer || type == &num_error_pointer;
}

GoInterface runtime_error_string(const uint8_t *msg, int64_t len)
{
    GoString *error_string = runtime_alloc(sizeof(GoString), 0);
    *error_string = (GoString){msg, len};
    return (GoInterface){&error_string_pointer, error_string};
}

GoInterface runtime_make_num_error(const char *function, GoString number, GoInterface err)
{
    NumError *num_error = runtime_alloc(sizeof(NumError), 0);
    num_error->function = (GoString){(const uint8_t *)function, (int64_t)strlen(function)};
    num_error->number = number;
    num_error->err = err;
    return (GoInterface){&num_error_pointer, num_error};
}

/* "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error() */
static GoString num_error_message(const NumError *num_error)
{
    ByteBuffer text = {0};
    buffer_append_cstring(&text, "strconv.");
    buffer_append_gostring(&text, num_error->function);
    buffer_append_cstring(&text, ": parsing ");
    strconv_append_quote(&text, num_error->number.ptr, num_error->number.len, false);
    buffer_append_cstring(&text, ": ");
    buffer_append_gostring(&text, runtime_error_message(num_error->err.type, num_error->err.data));
    GoString message = buffer_to_gostring(&text);
    buffer_free(&text);
    return message;
}

GoString runtime_error_message(const TypeDescriptor *type, void *data)
{
    if (type == &error_string_pointer)
        return *(const GoString *)data;
    if (type == &num_error_pointer)
        return num_error_message(data);
    return (GoString){NULL, 0};
}
