/*
 * internal/reflectlite's primitives: what stdlib/ asks about an interface's dynamic
 * type before minigo has a reflect package (sort.Slice's Swapper and Len, errors.Is's
 * Comparable, errors.As's TargetKind and StoreIfAssignable).
 *
 * stdlib/internal/reflectlite declares these functions without a body; codegen makes
 * each a call to the function here of the same name (codegen/bodyless.py,
 * runtime_abi.BODYLESS_FUNCTIONS).  Every `interface{}` argument arrives as its two
 * words: the dynamic type's descriptor (NULL for nil) and the data word (the value
 * itself for pointer-shaped types, else the address of an immutable copy).  The
 * answers come from the type descriptors alone; comparability and interface
 * satisfaction are itab.c's, the assignment rule is assign_if_assignable (itab.c), also
 * errors.As's.
 */
#include "internal.h"

#include <string.h>

int64_t runtime_reflectlite_kind(const TypeDescriptor *type, void *data)
{
    (void)data;
    return type == NULL ? KIND_INVALID : type->kind;
}

/* len() of a slice, array, string, map or chan (kind_has_length); -1 for other kinds */
int64_t runtime_reflectlite_length(const TypeDescriptor *type, void *data)
{
    switch (type == NULL ? KIND_INVALID : type->kind) {
    case KIND_SLICE:
        return ((const GoSlice *)data)->len;
    case KIND_ARRAY:
        return type->length;
    case KIND_STRING:
        return ((const GoString *)data)->len;
    case KIND_MAP:               /* a map's first word is its length (map.c) */
        return data == NULL ? 0 : *(const int64_t *)data;
    case KIND_CHAN:
        return runtime_chanlen(data);
    default:
        return -1;
    }
}

/* reflect.Swapper indexes the slice for these element types, and so panics with a
 * runtime index error rather than its own message */
int64_t runtime_reflectlite_swaps_by_indexing(const TypeDescriptor *type, void *data)
{
    (void)data;
    const TypeDescriptor *elem = type->elem;
    if (!(elem->flags & TYPE_FLAG_NO_POINTERS))
        return elem->size == (int64_t)sizeof(void *) || elem->kind == KIND_STRING;
    return elem->size == 1 || elem->size == 2 || elem->size == 4 || elem->size == 8;
}

void runtime_reflectlite_swap(const TypeDescriptor *type, void *data, int64_t i, int64_t j)
{
    const GoSlice *slice = data;
    if ((uint64_t)i >= (uint64_t)slice->len)
        runtime_panic_index(i, slice->len);
    if ((uint64_t)j >= (uint64_t)slice->len)
        runtime_panic_index(j, slice->len);
    size_t size = (size_t)type->elem->size;
    uint8_t *x = (uint8_t *)slice->ptr + (size_t)i * size;
    uint8_t *y = (uint8_t *)slice->ptr + (size_t)j * size;
    uint8_t chunk[256];
    for (size_t done = 0; done < size; done += sizeof chunk) {
        size_t n = size - done < sizeof chunk ? size - done : sizeof chunk;
        memcpy(chunk, x + done, n);
        memmove(x + done, y + done, n);
        memcpy(y + done, chunk, n);
    }
}

int64_t runtime_reflectlite_comparable(const TypeDescriptor *type, void *data)
{
    (void)data;
    return type != NULL && type_comparable(type);
}

/* the values of reflectlite's NotPointer, ElemInterface, ElemError, ElemOther */
enum { NOT_POINTER, ELEM_INTERFACE, ELEM_ERROR, ELEM_OTHER };

int64_t runtime_reflectlite_targetkind(const TypeDescriptor *type, void *data)
{
    if (type == NULL || type->kind != KIND_POINTER || data == NULL)
        return NOT_POINTER;
    if (type->elem->kind == KIND_INTERFACE)
        return ELEM_INTERFACE;
    return typed_method(type->elem, "Error", "func() string") != NULL ? ELEM_ERROR : ELEM_OTHER;
}

int64_t runtime_reflectlite_store_if_assignable(const TypeDescriptor *target_type, void *target,
                                                const TypeDescriptor *type, void *data)
{
    return assign_if_assignable(target_type->elem, target, type, data);
}

/* Descriptors are unique per type (linkonce_odr across objects), so equal words are
 * the same dynamic type. */
int64_t runtime_reflectlite_same_type(const TypeDescriptor *x_type, void *x,
                                      const TypeDescriptor *y_type, void *y)
{
    (void)x;
    (void)y;
    return x_type == y_type;
}
