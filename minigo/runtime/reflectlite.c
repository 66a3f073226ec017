/*
 * internal/reflectlite's primitives: what package errors asks about an interface's
 * dynamic type (errors.Is's Comparable, errors.As's TargetKind and StoreIfAssignable;
 * package reflect has its own, reflect.c).
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
