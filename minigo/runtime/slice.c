/*
 * append's slow path: move a slice to a bigger array.
 *
 * The new capacity must be exactly gc's (Go 1.19), because programs print cap():
 * at least double while the old capacity is below 256 elements, then grow by about
 * 1.25x plus a constant that smooths the switch between the two regimes, and finally
 * round the byte size up to the allocator's size class, so the spare room of that
 * class becomes capacity too.  Elements past the old length are zero (fresh memory).
 */
#include "internal.h"

#include <string.h>

enum { GROWTH_THRESHOLD = 256 };

static noreturn void capacity_out_of_range(void)
{
    static const char message[] = "runtime error: growslice: cap out of range";
    runtime_panic_message((const uint8_t *)message, sizeof message - 1);
}

static int64_t grown_capacity(int64_t cap, int64_t newlen)
{
    if (newlen > cap * 2)
        return newlen;
    if (cap < GROWTH_THRESHOLD)
        return cap * 2;
    int64_t newcap = cap;
    while (newcap > 0 && newcap < newlen)
        newcap += (newcap + 3 * GROWTH_THRESHOLD) / 4;
    return newcap > 0 ? newcap : newlen;
}

GrownSlice runtime_growslice(void *ptr, int64_t len, int64_t cap, int64_t newlen,
                             int64_t elemsize, const uint64_t *pointer_mask)
{
    if (newlen < cap || newlen < 0)
        capacity_out_of_range();
    if (elemsize == 0)
        return (GrownSlice){runtime_alloc(0, gc_mask(pointer_mask)), newlen};
    int64_t newcap = grown_capacity(cap, newlen);
    int64_t bytes;
    if (__builtin_mul_overflow(newcap, elemsize, &bytes) || bytes > ((int64_t)1 << 47))
        capacity_out_of_range();
    bytes = runtime_roundupsize(bytes);
    void *array = runtime_alloc(bytes, gc_mask(pointer_mask));
    if (len > 0)
        memcpy(array, ptr, (size_t)(len * elemsize));
    return (GrownSlice){array, bytes / elemsize};
}
