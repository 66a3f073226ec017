/*
 * Package reflect's primitives (stdlib/reflect, written in Go over these).
 *
 * stdlib/reflect declares these functions without a body; codegen makes each a call
 * to the function here it is mapped to (codegen/bodyless.py,
 * runtime_abi.BODYLESS_FUNCTIONS).  reflect reads the type descriptors itself,
 * through a Go struct laid out as runtime.h's TypeDescriptor, and reads and writes
 * values through typed pointers it gets from runtime_reflect_pointer: minigo has no
 * package unsafe, so the one thing Go cannot say, "this address holds a T", is this
 * identity function under as many Go signatures as reflect needs.  Several Go
 * functions share one runtime function: only the words matter.
 *
 * Invariants: every pointer reflect keeps is a Go pointer-typed value (the collector
 * sees it; interior pointers keep their object alive); memory for values comes from
 * runtime_alloc with the type's pointer mask, as codegen's allocations.  Maps and
 * channels go through map.c's and chan.c's entry points directly (mapped in the same
 * table), so reflect and compiled code share one implementation.  Types reflect
 * makes at run time (SliceOf, PointerTo of a pointer, ...) are Go heap objects made
 * in Go; runtime_reflect_type_links lists the descriptors of the unnamed composite
 * types every object emitted (codegen/descriptors.py), so that reflect returns the
 * program's own descriptor when there is one: a descriptor's address is its type's
 * identity.
 */
#include "internal.h"

#include <string.h>

/* an interface{}'s words: the dynamic type's descriptor (NULL for nil) and the data
 * word (the value for pointer-shaped types, else the address of a copy) */
void *runtime_reflect_type_word(const TypeDescriptor *type, void *data)
{
    (void)data;
    return (void *)type;
}

void *runtime_reflect_data_word(const TypeDescriptor *type, void *data)
{
    (void)type;
    return data;
}

GoInterface runtime_reflect_make_eface(const TypeDescriptor *type, void *data)
{
    return (GoInterface){type, data};
}

/* the same address under another Go pointer type */
void *runtime_reflect_pointer(void *p)
{
    return p;
}

void *runtime_reflect_add(uint8_t *p, int64_t offset)
{
    return p + offset;
}

/* zeroed memory for count values of type */
void *runtime_reflect_new(const TypeDescriptor *type, int64_t count)
{
    return runtime_alloc(type->size * count, type_pointer_mask(type));
}

/* The section's bounds: the linker defines them when some object has the section. */
extern const TypeDescriptor *const __start_minigo_typelinks[] __attribute__((weak));
extern const TypeDescriptor *const __stop_minigo_typelinks[] __attribute__((weak));

void runtime_reflect_type_links(GoSlice *out)
{
    int64_t count = 0;
    if (__start_minigo_typelinks != NULL && __stop_minigo_typelinks > __start_minigo_typelinks)
        count = __stop_minigo_typelinks - __start_minigo_typelinks;
    out->ptr = count > 0 ? (void *)__start_minigo_typelinks : NULL;
    out->len = count;
    out->cap = count;
}

void runtime_reflect_memmove(void *dst, const void *src, int64_t size)
{
    if (size > 0 && dst != src)
        memmove(dst, src, (size_t)size);
}

/* grows the slice at header (of elements of type elem) to hold newlen elements, as
 * append does: a new array, the old elements copied */
void runtime_reflect_growslice(const TypeDescriptor *elem, GoSlice *header, int64_t newlen)
{
    GrownSlice grown = runtime_growslice(header->ptr, header->len, header->cap, newlen,
                                         elem->size, elem->pointer_mask);
    header->ptr = grown.ptr;
    header->cap = grown.cap;
}

/* Value.Call and method calls: wrapper is a func type's TypeExtra.call
 * (codegen/reflect_calls.py), which loads the arguments from args, calls code with
 * context in the convention `method` names, and stores the results at results. */
void runtime_reflect_call(void *wrapper, void *code, void *context, void *args, void *results,
                          int64_t method)
{
    void (*call)(void *, void *, void *, void *, int64_t) =
        (void (*)(void *, void *, void *, void *, int64_t))wrapper;
    call(code, context, args, results, method);
}
