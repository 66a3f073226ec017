/*
 * The order in which fmt prints a map's entries: sorted by key, as Go's
 * internal/fmtsort defines it, so that printing a map is deterministic.
 *
 * The order by key kind: integers and unsigned integers numerically, strings
 * bytewise, floats numerically with NaN before every other value, complex numbers
 * by real then imaginary part, false before true, pointers and channels by address,
 * arrays and structs element by element (every field, blank ones too), and
 * interfaces nil first, then by dynamic type (its descriptor's address here, a
 * type's identity, as gc compares its type pointers), then by value.  The sort is
 * stable: keys that compare equal (several NaNs) keep the map's own order, which
 * is random, as in gc.
 */
#include "sched.h"

#include <stdlib.h>
#include <string.h>

static int three_way_unsigned(uint64_t a, uint64_t b)
{
    return a < b ? -1 : a > b;
}

static int three_way_signed(int64_t a, int64_t b)
{
    return a < b ? -1 : a > b;
}

static int compare_floats(double a, double b)
{
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    if (a == b)
        return 0;
    bool a_nan = a != a, b_nan = b != b;
    if (a_nan && !b_nan)
        return -1;
    if (!a_nan && b_nan)
        return 1;
    return 0;
}

static int compare_strings(const GoString *a, const GoString *b)
{
    int64_t shorter = a->len < b->len ? a->len : b->len;
    int c = shorter > 0 ? memcmp(a->ptr, b->ptr, (size_t)shorter) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    return three_way_signed(a->len, b->len);
}

static int compare_keys(const TypeDescriptor *type, const void *a, const void *b);

typedef struct {
    const TypeDescriptor *type;
    const void *a, *b;
    int order;
} CompareCall;

static void compare_keys_call(void *call)
{
    CompareCall *compare = call;
    compare->order = compare_keys(compare->type, compare->a, compare->b);
}

/* recursive through interfaces holding arrays and structs (a key may nest without
 * bound): each level makes sure of its stack first, going on on a new segment if
 * need be (stack.c) */
static int compare_keys(const TypeDescriptor *type, const void *a, const void *b)
{
    if (stack_is_low(STACK_C_RECURSION_ROOM)) {
        CompareCall call = {type, a, b, 0};
        stack_call_with_room(STACK_C_RECURSION_ROOM, compare_keys_call, &call);
        return call.order;
    }
    const uint8_t *x = a, *y = b;
    if (kind_is_signed_integer(type->kind))
        return three_way_signed(value_read_signed(type, a), value_read_signed(type, b));
    if (kind_is_unsigned_integer(type->kind))
        return three_way_unsigned(value_read_unsigned(type, a), value_read_unsigned(type, b));
    switch (type->kind) {
    case KIND_STRING: return compare_strings(a, b);
    case KIND_FLOAT32: return compare_floats(*(const float *)a, *(const float *)b);
    case KIND_FLOAT64: return compare_floats(*(const double *)a, *(const double *)b);
    case KIND_COMPLEX64: {
        int c = compare_floats(((const float *)a)[0], ((const float *)b)[0]);
        return c != 0 ? c : compare_floats(((const float *)a)[1], ((const float *)b)[1]);
    }
    case KIND_COMPLEX128: {
        int c = compare_floats(((const double *)a)[0], ((const double *)b)[0]);
        return c != 0 ? c : compare_floats(((const double *)a)[1], ((const double *)b)[1]);
    }
    case KIND_BOOL: return three_way_signed(*x, *y);
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER: case KIND_MAP: case KIND_FUNC:
        return three_way_unsigned((uint64_t)(uintptr_t) * (void *const *)a,
                                  (uint64_t)(uintptr_t) * (void *const *)b);
    case KIND_ARRAY:
        for (int64_t i = 0; i < type->length; i++) {
            int64_t offset = i * type->elem->size;
            int c = compare_keys(type->elem, x + offset, y + offset);
            if (c != 0)
                return c;
        }
        return 0;
    case KIND_STRUCT:
        for (int64_t i = 0; i < type->field_count; i++) {
            const StructField *field = &type->fields[i];
            int c = compare_keys(field->type, x + field->offset, y + field->offset);
            if (c != 0)
                return c;
        }
        return 0;
    case KIND_INTERFACE: {
        const TypeDescriptor *a_type = interface_type(type, a);
        const TypeDescriptor *b_type = interface_type(type, b);
        if (a_type == NULL || b_type == NULL)
            return a_type == NULL ? (b_type == NULL ? 0 : -1) : 1;
        if (a_type != b_type)
            return three_way_unsigned((uint64_t)(uintptr_t)a_type, (uint64_t)(uintptr_t)b_type);
        return compare_keys(a_type, interface_data_address(a_type, a),
                            interface_data_address(b_type, b));
    }
    default:
        return 0;
    }
}

/* stable merge sort of entries[0:count] by key, using scratch[0:count] */
static void sort_entries(const TypeDescriptor *key_type, MapEntry *entries, MapEntry *scratch,
                         int64_t count)
{
    if (count < 2)
        return;
    int64_t half = count / 2;
    sort_entries(key_type, entries, scratch, half);
    sort_entries(key_type, entries + half, scratch, count - half);
    memcpy(scratch, entries, (size_t)count * sizeof *entries);
    int64_t left = 0, right = half, out = 0;
    while (left < half && right < count) {
        if (compare_keys(key_type, scratch[right].key, scratch[left].key) < 0)
            entries[out++] = scratch[right++];
        else
            entries[out++] = scratch[left++];
    }
    while (left < half)
        entries[out++] = scratch[left++];
    while (right < count)
        entries[out++] = scratch[right++];
}

int64_t map_sorted_entries(const void *map, const TypeDescriptor *key_type, MapEntry **entries)
{
    int64_t length = map_length(map);
    *entries = NULL;
    if (length == 0)
        return 0;
    MapEntry *sorted = malloc((size_t)length * sizeof *sorted);
    MapEntry *scratch = malloc((size_t)length * sizeof *scratch);
    int64_t count = map_collect_entries(map, sorted, length);
    sort_entries(key_type, sorted, scratch, count);
    free(scratch);
    *entries = sorted;
    return count;
}
