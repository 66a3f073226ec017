/*
 * The error values the runtime makes (for fmt.Errorf, still C), laid out as Go's own
 * types so that %v, %+v, %T and stdlib/errors (Go: Is, As, Unwrap) see the same thing:
 *   *errors.errorString  -> struct { s string }
 *   *fmt.wrapError       -> struct { msg string; err error }   (fmt.Errorf with %w)
 * Each is an `error`: {itab, pointer}, with an itab built here as a constant.  Their
 * descriptors are the runtime's own, complete enough for fmt to print the structs
 * and with method tables (Error, and Unwrap where Go has it), so that asserting one
 * to another interface, or fmt and panic calling Error(), work as for user types
 * (itab.c matches methods by name and func type name, not by descriptor address).
 */
#include "internal.h"

#include <string.h>

#define GO_STRING(literal) {(const uint8_t *)(literal), sizeof(literal) - 1}

static const TypeDescriptor string_type = {
    .size = 16, .kind = KIND_STRING, .name = GO_STRING("string"),
};
static const TypeDescriptor func_returning_string = {
    .size = 8, .kind = KIND_FUNC, .name = GO_STRING("func() string"),
};
static const TypeDescriptor func_returning_error = {
    .size = 8, .kind = KIND_FUNC, .name = GO_STRING("func() error"),
};
static const Method error_interface_methods[] = {
    {GO_STRING("Error"), &func_returning_string, NULL},
};
static const TypeDescriptor error_interface_type = {
    .size = 16, .kind = KIND_INTERFACE, .flags = TYPE_FLAG_NAMED | TYPE_FLAG_NONEMPTY_INTERFACE,
    .name = GO_STRING("error"), .methods = error_interface_methods, .method_count = 1,
};

/* an `error` value's message: its itab's only function is Error */
static GoString error_text(GoInterface err)
{
    if (err.type == NULL)
        runtime_panic_nil();
    const Itab *itab = (const Itab *)(const void *)err.type;
    GoString (*error_method)(void *) = (GoString (*)(void *))itab->functions[0];
    return error_method(err.data);
}

/* an Itab with room for one function, the shape of every itab of `error` */
typedef struct {
    const TypeDescriptor *type;
    const TypeDescriptor *inter;
    void *functions[1];
} ErrorItab;

#define AS_INTERFACE_WORD(itab) ((const TypeDescriptor *)(const void *)(itab))

/* A runtime error type *T: the struct T (c_type in C, go_name in Go, with the field
 * table prefix##_fields), the pointer type's descriptor with its methods (sorted by
 * name, Error among them) and the itab of (*T, error). */
#define ERROR_POINTER_TYPE(prefix, go_name, c_type, error_function, ...)                   \
    static const TypeDescriptor prefix##_struct = {                                       \
        .size = sizeof(c_type), .kind = KIND_STRUCT, .flags = TYPE_FLAG_NAMED,             \
        .name = GO_STRING(go_name), .fields = prefix##_fields,                            \
        .field_count = sizeof prefix##_fields / sizeof(StructField),                      \
    };                                                                                     \
    static const Method prefix##_methods[] = {__VA_ARGS__};                                \
    static const TypeDescriptor prefix##_pointer = {                                      \
        .size = 8, .kind = KIND_POINTER, .name = GO_STRING("*" go_name),                   \
        .elem = &prefix##_struct, .methods = prefix##_methods,                             \
        .method_count = sizeof prefix##_methods / sizeof(Method),                          \
    };                                                                                     \
    static const ErrorItab prefix##_itab = {                                               \
        &prefix##_pointer, &error_interface_type, {(void *)(error_function)},              \
    }
#define ERROR_METHOD(function) {GO_STRING("Error"), &func_returning_string, (void *)(function)}
#define UNWRAP_METHOD(function) {GO_STRING("Unwrap"), &func_returning_error, (void *)(function)}

/* ---- *errors.errorString ---- */

static GoString error_string_error(void *data)
{
    return *(const GoString *)data;
}

static const StructField error_string_fields[] = {
    {GO_STRING("s"), &string_type, 0, 0},
};
ERROR_POINTER_TYPE(error_string, "errors.errorString", GoString, error_string_error,
                   ERROR_METHOD(error_string_error));

GoInterface runtime_error_string(const uint8_t *msg, int64_t len)
{
    GoString *error_string = runtime_alloc(sizeof(GoString), gc_mask(gc_mask_string));
    *error_string = (GoString){msg, len};
    return (GoInterface){AS_INTERFACE_WORD(&error_string_itab), error_string};
}

/* ---- *fmt.wrapError ---- */

typedef struct {
    GoString message;
    GoInterface err;
} WrapError;
static const uint64_t wrap_error_mask[] = GC_MASK_OF(WrapError, message.ptr, err.type, err.data);

static GoString wrap_error_error(void *data)
{
    return ((const WrapError *)data)->message;
}

static GoInterface wrap_error_unwrap(void *data)
{
    return ((const WrapError *)data)->err;
}

static const StructField wrap_error_fields[] = {
    {GO_STRING("msg"), &string_type, offsetof(WrapError, message), 0},
    {GO_STRING("err"), &error_interface_type, offsetof(WrapError, err), 0},
};
ERROR_POINTER_TYPE(wrap_error, "fmt.wrapError", WrapError, wrap_error_error,
                   ERROR_METHOD(wrap_error_error), UNWRAP_METHOD(wrap_error_unwrap));

GoInterface runtime_make_error(GoString message, GoInterface wrapped)
{
    if (wrapped.type == NULL)
        return runtime_error_string(message.ptr, message.len);
    WrapError *wrap_error = runtime_alloc(sizeof(WrapError), gc_mask(wrap_error_mask));
    wrap_error->message = message;
    wrap_error->err = wrapped;
    return (GoInterface){AS_INTERFACE_WORD(&wrap_error_itab), wrap_error};
}

GoInterface runtime_as_error(GoInterface value)
{
    if (value.type == NULL)
        return value;
    return (GoInterface){runtime_itab_or_null(&error_interface_type, value.type), value.data};
}
