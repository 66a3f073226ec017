/*
 * The Go heap's allocator: size classes, per-thread caches, large objects.
 *
 * Small objects (up to 32 KiB) are rounded up to one of gc's size classes and
 * carved from spans (mheap.h) holding objects of one class and one kind: only
 * pointer-free objects (noscan: the collector marks them but never looks inside),
 * only objects whose every word is a pointer (dense), or others (mixed): a span
 * class is size class * 3 + kind.  Each thread (an M)
 * has a cache with one span per span class, and hands out the free slots of one
 * 64-bit word of the span's alloc bitmap at a time: the fast path is a table
 * lookup, a find-first-set and a multiply, with no lock and no atomic.  Taking
 * the next word, or a span with free slots (from the central list of partial
 * spans, else fresh pages), is the slow path, under gc_heap.lock; so is deciding to
 * collect (gc.c), which happens only there.
 *
 * Zeroing: generated code relies on runtime_alloc returning zeroed memory.  Pages
 * fresh from the kernel are zero; a span whose slots or pages held objects before
 * (needzero) clears each object as it is handed out, when it is about to be
 * written anyway.
 *
 * Large objects (over 32 KiB) get a span of their own, rounded up to pages.
 *
 * Pointer masks (runtime.h) choose the span kind (mheap.h): no mask, noscan; a
 * mask of stride 1 (every word a pointer: binary trees' nodes, []*T, interfaces'
 * arrays), dense, scanned whole with no bits at all; any other, mixed: the object
 * gets its mask written into the heap's pointer bitmap as it is handed out (one
 * bit per word): for most objects one or two 64-bit read-modify-writes, as a
 * single value's mask fits a word.  A large object keeps its mask in its span.
 * Why dense spans: binary_trees (16-byte nodes of two pointers) with bits for
 * every object took 19% more CPU (user 2.8 -> 3.35 s at depth 19), its marking
 * 2.4 -> 3.3 s: reading the bitmap is a second cache line per object.  No span ever
 * has two caches, and spans are page-aligned, so no two threads write one word of
 * the bitmap.
 *
 * Accounting for pacing: heap_live grows by the bytes of the free slots of each
 * bitmap word a cache takes, and by each large object; the collector resets it
 * to the bytes it found live.
 *
 * persistent_alloc serves the runtime's own records (G, M, P, spans, signal
 * stacks): zeroed, never freed, outside the Go heap so the collector never sees
 * them; they must never hold the only reference to a heap object.
 *
 * Go's size classes live here: gc rounds slice capacities up to the class an
 * allocation lands in, and append must grow capacities exactly as gc does.
 */
#include "mheap.h"

#include <sys/mman.h>

enum {
    HUGE_PAGE_SIZE = 2 << 20,
    PERSISTENT_CHUNK = 1 << 20,
    PERSISTENT_ALIGNMENT = 16,
    SMALL_CLASS_STEP = 8, SMALL_CLASS_LIMIT = 1024,       /* class by 8-byte steps */
    MEDIUM_CLASS_STEP = 128,                              /* then by 128-byte steps */
    MAX_SPAN_PAGES = 8,
};

/* The byte sizes of gc's small-object classes (Go 1.19), ascending; class 0 unused. */
const uint16_t size_class_bytes[SIZE_CLASS_COUNT] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

static uint8_t class_of_small[SMALL_CLASS_LIMIT / SMALL_CLASS_STEP + 1];
static uint8_t class_of_medium[(MAX_SMALL_SIZE - SMALL_CLASS_LIMIT) / MEDIUM_CLASS_STEP + 1];
static uint8_t class_pages[SIZE_CLASS_COUNT];

/* one span class's allocation state in a cache */
typedef struct {
    uint64_t free_bits;              /* free slots of the word being handed out */
    uint8_t *word_base;              /* the slot of bit 0 of free_bits */
    uint32_t elem_size;
    bool needzero;
    int32_t word;                    /* which word of span's bitmap (-1: none yet) */
    Span *span;
} CacheSlot;

typedef struct Cache {
    CacheSlot slots[SPAN_CLASS_COUNT];
    struct Cache *all_next;
} Cache;

/* a thread's cache; until its first allocation, one that has nothing to give */
static Cache empty_cache;
static __thread Cache *current_cache __attribute__((tls_model("initial-exec"))) = &empty_cache;
static Cache *all_caches;
_Atomic uint64_t heap_live;
_Atomic uint64_t allocated_bytes_total, allocated_objects_total;
static uint64_t zero_size_object;
const uint64_t gc_mask_conservative[2] = {1, 1};
const uint64_t gc_mask_string[2] = {2, 1};

GcMask type_pointer_mask(const TypeDescriptor *type)
{
    return pointer_mask_of(type->flags, type->pointer_mask);
}

GcMask pointer_mask_of(int64_t type_flags, const uint64_t *pointer_mask)
{
    if (type_flags & TYPE_FLAG_NO_POINTERS)
        return GC_NO_POINTERS;
    return pointer_mask != NULL ? gc_mask(pointer_mask) : GC_CONSERVATIVE;
}

/* ---- size classes ---- */

static int class_for(uint64_t size)
{
    if (size <= SMALL_CLASS_LIMIT)
        return class_of_small[(size + SMALL_CLASS_STEP - 1) / SMALL_CLASS_STEP];
    return class_of_medium[(size - SMALL_CLASS_LIMIT + MEDIUM_CLASS_STEP - 1) / MEDIUM_CLASS_STEP];
}

/* the fewest pages that waste at most an eighth of the span on the tail */
static uint8_t pages_for_class(uint32_t size)
{
    for (uint32_t pages = 1; pages < MAX_SPAN_PAGES; pages++) {
        uint32_t bytes = pages * HEAP_PAGE_SIZE;
        if (bytes >= size && bytes % size <= bytes / 8)
            return (uint8_t)pages;
    }
    return MAX_SPAN_PAGES;
}

static void size_classes_init(void)
{
    int class = 1;
    for (uint32_t i = 0; i < sizeof class_of_small; i++) {
        while (size_class_bytes[class] < i * SMALL_CLASS_STEP)
            class++;
        class_of_small[i] = (uint8_t)class;
    }
    for (uint32_t i = 0; i < sizeof class_of_medium; i++) {
        while (size_class_bytes[class] < SMALL_CLASS_LIMIT + i * MEDIUM_CLASS_STEP)
            class++;
        class_of_medium[i] = (uint8_t)class;
    }
    for (class = 1; class < SIZE_CLASS_COUNT; class++)
        class_pages[class] = pages_for_class(size_class_bytes[class]);
}

void span_init_small(Span *span, int span_class)
{
    uint32_t size = size_class_bytes[span_class / 3];
    span->span_class = (uint8_t)span_class;
    span->noscan = span_class % 3 == SPAN_NOSCAN;
    span->dense = span_class % 3 == SPAN_DENSE;
    span->large = false;
    span->elem_size = size;
    span->nelems = (uint32_t)((span->npages << HEAP_PAGE_SHIFT) / size);
    span->reciprocal = (uint32_t)(UINT32_MAX / size + 1);
    memset(span->alloc_bits, 0, sizeof span->alloc_bits);
    memset(span->mark_bits, 0, sizeof span->mark_bits);
    /* slots past nelems read as allocated: whole words, then the partial one */
    uint32_t first_full = (span->nelems + 63) / 64;
    memset(&span->alloc_bits[first_full], 0xff, (SPAN_BITMAP_WORDS - first_full) * sizeof(uint64_t));
    if (span->nelems % 64 != 0)
        span->alloc_bits[span->nelems / 64] |= ~(uint64_t)0 << (span->nelems % 64);
}

static void allocator_init(void)
{
    size_classes_init();
    heap_init();
}

/* ---- caches, under gc_heap.lock ---- */

static Cache *cache_for_this_thread(void)
{
    Cache *cache = current_cache;
    if (cache != &empty_cache)
        return cache;
    cache = persistent_alloc(sizeof(Cache));
    cache->all_next = all_caches;
    all_caches = cache;
    current_cache = cache;
    return cache;
}

/* objects (negative: given back) handed to a cache, for pacing and MemStats */
static void count_claim(int64_t objects, uint64_t size)
{
    atomic_fetch_add_explicit(&heap_live, (uint64_t)objects * size, memory_order_relaxed);
    atomic_fetch_add_explicit(&allocated_bytes_total, (uint64_t)objects * size, memory_order_relaxed);
    atomic_fetch_add_explicit(&allocated_objects_total, (uint64_t)objects, memory_order_relaxed);
}

/* takes the next bitmap word of slot's span that has free slots; false if none */
static bool slot_take_word(CacheSlot *slot)
{
    Span *span = slot->span;
    int32_t words = (int32_t)((span->nelems + 63) / 64);
    while (++slot->word < words) {
        uint64_t free_bits = ~span->alloc_bits[slot->word];
        if (free_bits == 0)
            continue;
        span->alloc_bits[slot->word] = UINT64_MAX;   /* the cache owns the rest */
        slot->free_bits = free_bits;
        slot->word_base = (uint8_t *)span->base + (uint64_t)slot->word * 64 * span->elem_size;
        count_claim(__builtin_popcountll(free_bits), span->elem_size);
        return true;
    }
    return false;
}

static Span *span_with_free_slots(int span_class)
{
    Span *span = sweep_for_partial_span(span_class);
    if (span != NULL)
        return span;
    sweep_before_taking_pages(class_pages[span_class / 3]);
    span = heap_alloc_span(class_pages[span_class / 3]);
    span_init_small(span, span_class);
    return span;
}

static void slot_refill(CacheSlot *slot, int span_class)
{
    if (slot->span != NULL && slot_take_word(slot))
        return;
    if (slot->span != NULL)
        slot->span->in_cache = false;         /* full now: only the sweep finds it */
    Span *span = span_with_free_slots(span_class);
    span->in_cache = true;
    slot->span = span;
    slot->word = -1;
    slot->elem_size = span->elem_size;
    slot->needzero = span->needzero;
    if (!slot_take_word(slot)) {
        static const char message[] = "runtime: span with no free slot";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
}

static void slot_flush(CacheSlot *slot)
{
    Span *span = slot->span;
    if (span == NULL)
        return;
    if (slot->word >= 0) {
        span->alloc_bits[slot->word] &= ~slot->free_bits;
        count_claim(-(int64_t)__builtin_popcountll(slot->free_bits), span->elem_size);
    }
    span->in_cache = false;
    *slot = (CacheSlot){0};
    for (uint32_t w = 0; w < (span->nelems + 63) / 64; w++) {
        if (span->alloc_bits[w] != UINT64_MAX) {       /* free slots: others may use them */
            span->partial_next = gc_heap.partial[span->span_class];
            gc_heap.partial[span->span_class] = span;
            return;
        }
    }
}

void cache_flush_all(void)
{
    for (Cache *cache = all_caches; cache != NULL; cache = cache->all_next)
        for (int i = 0; i < SPAN_CLASS_COUNT; i++)
            slot_flush(&cache->slots[i]);
}

/* ---- the pointer bitmap ---- */

/* bits [at, at + count) of the bitmap (count 1..64) become value's low bits */
static inline void bits_write(uint64_t *bitmap, uintptr_t at, uint64_t value, unsigned count)
{
    uint64_t *word = &bitmap[at / 64];
    unsigned shift = (unsigned)(at % 64);
    uint64_t keep = count == 64 ? UINT64_MAX : ((uint64_t)1 << count) - 1;
    value &= keep;
    word[0] = (word[0] & ~(keep << shift)) | value << shift;
    if (shift + count > 64) {
        unsigned written = 64 - shift;
        word[1] = (word[1] & ~(keep >> written)) | value >> written;
    }
}

/* the mask repeated over the words of [object, object + size) */
static void pointer_bits_repeat(uintptr_t at, uint64_t words, const uint64_t *mask)
{
    uint64_t stride = mask[0];
    for (uint64_t element = 0; element < words; element += stride) {
        for (uint64_t k = 0; k < stride && element + k < words; k += 64) {
            uint64_t count = stride - k < 64 ? stride - k : 64;
            if (count > words - element - k)
                count = words - element - k;
            bits_write(gc_heap.pointer_bits, at + element + k, mask[1 + k / 64], (unsigned)count);
        }
    }
}

static inline void pointer_bits_set(void *object, uint64_t size, const uint64_t *mask)
{
    uintptr_t at = ((uintptr_t)object - gc_heap.start) / 8;
    uint64_t words = (size + 7) / 8;
    if (words <= mask[0] && words <= 64)        /* one value, one mask word */
        bits_write(gc_heap.pointer_bits, at, mask[1], (unsigned)words);
    else
        pointer_bits_repeat(at, words, mask);
}

/* ---- allocation ---- */

/* memset, but inline for the small slots that most allocations get: a call to
 * memset for 16 bytes cost binary_trees 11% of its CPU time */
static inline void clear_slot(uint8_t *object, uint32_t size)
{
    if (size > 64) {
        memset(object, 0, size);
        return;
    }
    for (uint32_t offset = 0; offset < size; offset += 8) {
        __asm__("" : "+r"(object));         /* keep GCC from making this a memset call */
        *(uint64_t *)(object + offset) = 0;
    }
}

static void *take_slot(CacheSlot *slot)
{
    uint64_t bits = slot->free_bits;
    slot->free_bits = bits & (bits - 1);
    uint8_t *object = slot->word_base + (uint64_t)__builtin_ctzll(bits) * slot->elem_size;
    if (slot->needzero)
        clear_slot(object, slot->elem_size);
    return object;
}

static inline int span_kind(const uint64_t *mask)
{
    return mask == NULL ? SPAN_NOSCAN : mask[0] == 1 ? SPAN_DENSE : SPAN_MIXED;
}

/* a slot of a span of mask's kind, with its pointer bits written if mixed */
static inline void *take_slot_with_mask(CacheSlot *slot, uint64_t size, const uint64_t *mask)
{
    void *object = take_slot(slot);
    if (mask != NULL && mask[0] != 1)
        pointer_bits_set(object, size, mask);
    return object;
}

static void *alloc_small_slow(uint64_t size, const uint64_t *mask)
{
    int span_class = class_for(size) * 3 + span_kind(mask);
    for (;;) {
        /* a collection may park this G, which may then resume on another thread */
        CacheSlot *slot = &current_cache->slots[span_class];
        if (slot->free_bits != 0)
            return take_slot_with_mask(slot, size, mask);
        gc_maybe_collect();
        mutex_lock(&gc_heap.lock);
        slot = &cache_for_this_thread()->slots[span_class];
        if (slot->free_bits == 0)
            slot_refill(slot, span_class);
        void *object = take_slot_with_mask(slot, size, mask);
        mutex_unlock(&gc_heap.lock);
        return object;
    }
}

static void *alloc_large(uint64_t size, const uint64_t *mask)
{
    uint64_t npages = (size + HEAP_PAGE_SIZE - 1) >> HEAP_PAGE_SHIFT;
    if (size > HEAP_RESERVATION)
        out_of_memory();
    gc_maybe_collect();
    mutex_lock(&gc_heap.lock);
    sweep_before_taking_pages(npages);
    Span *span = heap_alloc_span(npages);
    span->large = true;
    span->span_class = (uint8_t)span_kind(mask);
    span->noscan = mask == NULL;
    span->dense = false;                /* its mask says how to scan it */
    span->pointer_mask = mask;
    span->nelems = 1;
    span->elem_size = 0;
    span->large_bytes = size;
    memset(span->mark_bits, 0, sizeof span->mark_bits);
    memset(span->alloc_bits, 0, sizeof span->alloc_bits);
    span->alloc_bits[0] = 1;
    bool needzero = span->needzero;
    count_claim(1, npages << HEAP_PAGE_SHIFT);
    mutex_unlock(&gc_heap.lock);
    if (needzero)
        memset((void *)span->base, 0, size);
    return (void *)span->base;
}

static __attribute__((noinline)) void *alloc_slow(int64_t size, const uint64_t *mask)
{
    if (size < 0)
        out_of_memory();
    if (size == 0)
        return &zero_size_object;
    if (__builtin_expect(gc_heap.start == 0, 0)) {
        mutex_lock(&gc_heap.lock);
        if (gc_heap.start == 0)
            allocator_init();
        mutex_unlock(&gc_heap.lock);
    }
    if (gc_stress_enabled)
        gc_stress_tick();
    if ((uint64_t)size > MAX_SMALL_SIZE)
        return alloc_large((uint64_t)size, mask);
    return alloc_small_slow((uint64_t)size, mask);
}

void *(runtime_alloc)(int64_t size, const uint64_t *mask)
{
    uint64_t request = (uint64_t)size;
    if (__builtin_expect(request - 1 < MAX_SMALL_SIZE && !gc_stress_enabled, 1)) {
        int span_class = class_for(request) * 3 + span_kind(mask);
        CacheSlot *slot = &current_cache->slots[span_class];
        if (__builtin_expect(slot->free_bits != 0, 1))
            return take_slot_with_mask(slot, request, mask);
    }
    return alloc_slow(size, mask);
}

/* ---- the runtime's own records ---- */

typedef struct {
    Mutex lock;
    uint8_t *next, *end;
} RecordArena;

static RecordArena runtime_records;

/* size bytes of zeroed memory, 2 MiB-aligned when that large */
static void *map_zeroed(size_t size)
{
    size_t alignment = size >= HUGE_PAGE_SIZE ? HUGE_PAGE_SIZE : 0;
    size_t mapped = size + alignment;
    uint8_t *memory = mmap(NULL, mapped, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (memory == MAP_FAILED)
        out_of_memory();
    if (alignment == 0)
        return memory;
    uint8_t *aligned = (uint8_t *)(((uintptr_t)memory + alignment - 1) & ~(uintptr_t)(alignment - 1));
    if (aligned > memory)
        munmap(memory, (size_t)(aligned - memory));
    size_t tail = (size_t)(memory + mapped - (aligned + size));
    if (tail > 0)
        munmap(aligned + size, tail);
    return aligned;
}

void *persistent_alloc(size_t size)
{
    size = (size + PERSISTENT_ALIGNMENT - 1) & ~(size_t)(PERSISTENT_ALIGNMENT - 1);
    if (size >= PERSISTENT_CHUNK / 4)
        return map_zeroed(size);
    RecordArena *arena = &runtime_records;
    mutex_lock(&arena->lock);
    if ((size_t)(arena->end - arena->next) < size) {
        arena->next = map_zeroed(PERSISTENT_CHUNK);
        arena->end = arena->next + PERSISTENT_CHUNK;
    }
    void *memory = arena->next;
    arena->next += size;
    mutex_unlock(&arena->lock);
    return memory;
}

/* ---- append's growth ---- */

int64_t runtime_roundupsize(int64_t size)
{
    if (size <= 0)
        return size;
    if (size <= MAX_SMALL_SIZE) {
        size_t low = 1, high = SIZE_CLASS_COUNT - 1;
        while (low < high) {
            size_t middle = (low + high) / 2;
            if (size_class_bytes[middle] < size)
                low = middle + 1;
            else
                high = middle;
        }
        return size_class_bytes[low];
    }
    if (size > INT64_MAX - HEAP_PAGE_SIZE)
        return size;
    return (size + HEAP_PAGE_SIZE - 1) / HEAP_PAGE_SIZE * HEAP_PAGE_SIZE;
}
