/*
 * The Go heap's vocabulary, shared by the page heap (mheap.c), the allocator
 * (malloc.c) and the collector (gc.c); inside the runtime only.
 *
 * The heap is one address range reserved at start (HEAP_RESERVATION bytes,
 * mapped MAP_NORESERVE: pages cost memory only once touched) and handed out in
 * 64 MiB arenas, each 64 MiB-aligned.  Memory is managed in 8 KiB pages; a Span
 * is a run of pages holding either objects of one size class or one large object.
 * page_spans[] maps every page of the reservation to its span, so the collector
 * finds the span (and so the object start) of any address, interior or not.
 *
 * Invariants:
 *   - every page of an IN_USE span maps to it; of a FREE span, at least its first
 *     and last pages do.  Other entries may be stale: readers check that the span
 *     they find is IN_USE (or FREE) *and* covers the address;
 *   - a span's alloc_bits say which slots hold objects, except that a word a
 *     cache is handing out is marked all-allocated while the cache owns it
 *     (cache_flush_all undoes that before a collection); bits past nelems are 1;
 *   - needzero: some slot (or page) may hold old data and must be cleared before
 *     it is handed out; memory fresh from the kernel or madvise'd away is zero;
 *   - pointer_bits: for every object of a small mixed span, the bits of the words
 *     it was allocated with say exactly which may hold pointers (its mask, written
 *     by runtime_alloc); bits past that size but inside the slot may be stale,
 *     but those words are zero (a slot is cleared whole) and never written.
 *     Large objects keep their mask in their span instead.
 */
#ifndef MINIGO_MHEAP_H
#define MINIGO_MHEAP_H

#include "sched.h"

enum {
    HEAP_PAGE_SHIFT = 13,
    HEAP_PAGE_SIZE = 1 << HEAP_PAGE_SHIFT,   /* gc's page */
    ARENA_SIZE = 64 << 20,
    MAX_SMALL_SIZE = 32768,
    MAX_SPAN_OBJECTS = HEAP_PAGE_SIZE / 8,   /* 8-byte objects in a 1-page span */
    SPAN_BITMAP_WORDS = MAX_SPAN_OBJECTS / 64,
    SIZE_CLASS_COUNT = 68,                   /* class 0 unused: sizes are classes 1.. */
    SPAN_CLASS_COUNT = SIZE_CLASS_COUNT * 3, /* class * 3 + SpanKind */
};
#define HEAP_RESERVATION ((uintptr_t)64 << 30)

enum SpanState { SPAN_DEAD, SPAN_FREE, SPAN_IN_USE };
/* what a span's objects hold: pointers where their masks say (the heap bitmap
 * has the bits), none (noscan), or pointers in every word (dense: scanned whole,
 * no bits needed) */
enum SpanKind { SPAN_MIXED, SPAN_NOSCAN, SPAN_DENSE };

typedef struct Span {
    uintptr_t base;
    uintptr_t npages;
    uint8_t state;                   /* enum SpanState */
    uint8_t span_class;              /* small: class * 3 + SpanKind; large: SpanKind */
    bool large;
    bool noscan;
    bool dense;
    bool needzero;
    bool released;                   /* FREE and given back to the kernel */
    bool in_cache;                   /* an M's cache allocates from it */
    uint32_t elem_size;              /* large: unused (see large_bytes) */
    uint32_t nelems;
    uint32_t reciprocal;             /* 2^32 / elem_size, rounded up: slot = off * r >> 32 */
    uintptr_t large_bytes;           /* large: the object's size, what is scanned */
    const uint64_t *pointer_mask;    /* large, not noscan: its runtime_alloc mask */
    struct Span *next, *prev;        /* free list by size, or the in-use list */
    struct Span *partial_next;       /* central list of spans with free slots */
    struct Span *sweep_next;         /* unswept: the list of its class (sweep.c) */
    bool unswept;                    /* marked by the last collection, not swept yet */
    uint64_t alloc_bits[SPAN_BITMAP_WORDS];
    uint64_t mark_bits[SPAN_BITMAP_WORDS];
} Span;

typedef struct {
    Span *first;
} SpanStack;

/* the heap's shared state; lock guards everything but the page table reads */
typedef struct {
    Mutex lock;
    uintptr_t start, used_end, reserved_end;
    Span **page_spans;
    uint64_t *pointer_bits;          /* one bit per heap word: holds a pointer (small objects) */
    Span *in_use;                    /* every IN_USE span (doubly linked) */
    Span *partial[SPAN_CLASS_COUNT]; /* spans with free slots no cache holds */
    /* statistics, in bytes, under lock */
    uint64_t in_use_bytes;           /* pages of IN_USE spans */
    uint64_t free_bytes;             /* pages of FREE spans */
    uint64_t released_bytes;         /* of which given back to the kernel */
    uint64_t retain_limit;           /* resident pages wanted at most (set by gc.c) */
} Heap;

extern Heap gc_heap;

/* an address's span if it is IN_USE and covers it, else NULL; no lock (the
 * world is stopped or the address is the caller's own object) */
static inline Span *span_of(uintptr_t address)
{
    if (address - gc_heap.start >= gc_heap.used_end - gc_heap.start)
        return NULL;
    Span *span = gc_heap.page_spans[(address - gc_heap.start) >> HEAP_PAGE_SHIFT];
    if (span == NULL || span->state != SPAN_IN_USE || address < span->base ||
        address >= span->base + (span->npages << HEAP_PAGE_SHIFT))
        return NULL;
    return span;
}

/* ---- mheap.c, under gc_heap.lock ---- */
void heap_init(void);
noreturn void out_of_memory(void);     /* "runtime: out of memory", fatal */
Span *heap_alloc_span(uintptr_t npages);   /* IN_USE, on the in-use list; needzero set */
void heap_free_span(Span *span);
void heap_scavenge(uint64_t retain_bytes);  /* give free pages back down to this */
void heap_set_retain_limit(uint64_t bytes);

/* ---- malloc.c ---- */
extern const uint16_t size_class_bytes[SIZE_CLASS_COUNT];
void span_init_small(Span *span, int span_class);
void cache_flush_all(void);                /* world stopped, gc_heap.lock held */
extern _Atomic uint64_t heap_live;         /* bytes handed to caches and large objects */
extern _Atomic uint64_t allocated_bytes_total, allocated_objects_total;   /* MemStats */

/* ---- sweep.c, under gc_heap.lock ---- */
void sweep_queue_all(uint64_t live_bytes, uint64_t goal_bytes);   /* world stopped, after marking */
void sweep_start_background(void);         /* world stopped, after sweep_queue_all */
Span *sweep_for_partial_span(int span_class);   /* a swept span with free slots, or NULL */
void sweep_before_taking_pages(uint64_t npages);  /* proportional sweeping */
void sweep_finish(void);                   /* every span swept */
uint64_t sweep_freed_objects(void);        /* MemStats' Frees */

/* ---- gc.c ---- */
void gc_maybe_collect(void);               /* from allocation slow paths */
extern uint64_t gc_trigger;                /* collect when heap_live reaches it */
extern bool gc_stress_enabled;
void gc_stress_tick(void);
/* memory outside the heap and stacks that may hold the only reference to heap objects */
void gc_register_root(const void *address, size_t size);

/* ---- gcmark.c, world stopped, on the collecting thread ---- */
void gc_mark_begin(void);                  /* helpers start marking what is shared */
void gc_mark_drain_local(void);            /* marks what the collector's stack holds */
uint64_t gc_mark_finish(void);             /* nothing grey anywhere; helpers stopped */
uint64_t gc_marked_bytes(void);            /* this cycle, so far */
/* conservatively marks what the words in [start, end) point to (roots' owners) */
void gc_scan_range(const void *start, const void *end);
void gc_mark_word(uintptr_t word);         /* marks (and queues) what word points into */
void gc_mark_referents(uintptr_t object);  /* marks what a heap object points to, not it */
bool gc_is_marked(uintptr_t object);

/* ---- finalizer.c: its records are C memory ---- */
void finalizers_mark_roots(void);          /* func values, and what objects reach */
void finalizers_queue_unreachable(void);   /* after marking: queue (and mark) the dead */
void finalizers_wake(void);                /* world running again: run what was queued */

/* ---- time.c: the timer heap is C memory ---- */
void timers_scan_roots(void);              /* calls gc_scan_range on the heap array */
void timers_stop_for_gc(void);             /* holds the timers' lock, no firing in flight */
void timers_start_after_gc(void);
#endif
