/*
 * Sweeping, lazily, after the world restarts.
 *
 * A collection's pause ends once marking is done: sweep_queue_all() only puts
 * every in-use span on an unswept list (one per small span class, one for large
 * spans), which is a walk over span records, not over objects.  Sweeping a span
 * turns its mark bits into its alloc bits, frees it if nothing in it was marked,
 * and puts it on its class's partial list if it has free slots.  Spans are swept
 *   - by the allocator, when it wants a span of a class with free slots: it
 *     sweeps that class's unswept spans until one has room (malloc.c);
 *   - by the allocator before it takes fresh pages, in proportion: enough pages
 *     that all are swept by the time the heap reaches the next goal (the ratio
 *     of unswept pages to the pages of runway, set at each collection), so that
 *     pages freed by sweeping are used before the heap grows;
 *   - by a background thread (when GOMAXPROCS > 1), a batch at a time;
 *   - and whatever is left, by the next collection before it marks, and by
 *     runtime.GC() before it returns (as in gc, a forced collection leaves
 *     everything swept, so MemStats' Frees are exact after it).
 * An unswept span is in no cache and on no partial list; its alloc bits still
 * say what was allocated before the collection and its mark bits what survived,
 * so nothing but sweeping reads or writes it.  Everything here runs under
 * gc_heap.lock (sweeping frees spans into the page heap).
 *
 * The heap's live bytes are no longer counted by sweeping but by marking
 * (gcmark.c), so pacing does not wait for the sweep.  Once the last span is
 * swept the page heap gives free pages beyond the retain limit back to the
 * kernel (mheap.c), as the eager sweep did at the end of the pause.
 *
 * Measured: see the design comment of gc.c.
 */
#include "mheap.h"

#include <limits.h>

enum { BACKGROUND_BATCH = 16 };

static Span *unswept[SPAN_CLASS_COUNT + 1];  /* [SPAN_CLASS_COUNT]: large spans */
static uint64_t unswept_pages;
static uint64_t pages_per_page;               /* sweep this many per page taken, at least */
static int cursor;                            /* the list proportional sweeping takes from */
static uint64_t freed_objects;
static bool background_started;
static _Atomic uint32_t background_generation; /* futex: bumped when there is work */

uint64_t sweep_freed_objects(void)
{
    return freed_objects;
}

static void sweep_span(Span *span)
{
    span->unswept = false;
    unswept_pages -= span->npages;
    if (span->large) {
        bool live = span->mark_bits[0] & 1;
        span->mark_bits[0] = 0;
        if (!live) {
            freed_objects++;
            heap_free_span(span);
        }
        return;
    }
    uint32_t live = 0;
    uint64_t freed = 0;
    uint32_t words = (span->nelems + 63) / 64;
    for (uint32_t w = 0; w < SPAN_BITMAP_WORDS; w++) {
        uint64_t marks = span->mark_bits[w];
        span->mark_bits[w] = 0;
        live += (uint32_t)__builtin_popcountll(marks);
        if (w >= words)
            continue;
        uint64_t beyond = 0;          /* slots past nelems stay "allocated" */
        if (w == words - 1 && span->nelems % 64 != 0)
            beyond = ~(uint64_t)0 << (span->nelems % 64);
        uint64_t freed_here = span->alloc_bits[w] & ~marks & ~beyond;
        freed_objects += (uint64_t)__builtin_popcountll(freed_here);
        freed |= freed_here;
        span->alloc_bits[w] = marks | beyond;
    }
    if (live == 0) {
        heap_free_span(span);
        return;
    }
    if (freed != 0)
        span->needzero = true;
    if (live < span->nelems) {
        span->partial_next = gc_heap.partial[span->span_class];
        gc_heap.partial[span->span_class] = span;
    }
}

/* sweeps the first span of a list; false if it was empty */
static bool sweep_first(Span **list)
{
    Span *span = *list;
    if (span == NULL)
        return false;
    *list = span->sweep_next;
    span->sweep_next = NULL;
    sweep_span(span);
    if (unswept_pages == 0)
        heap_scavenge(gc_heap.retain_limit);
    return true;
}

/* sweeps about `pages` pages of any class; false once nothing is left */
static bool sweep_pages(uint64_t pages)
{
    uint64_t goal = unswept_pages > pages ? unswept_pages - pages : 0;
    while (unswept_pages > goal) {
        if (!sweep_first(&unswept[cursor]) && ++cursor > SPAN_CLASS_COUNT)
            cursor = 0;
    }
    return unswept_pages > 0;
}

void sweep_queue_all(uint64_t live_bytes, uint64_t goal_bytes)
{
    memset(gc_heap.partial, 0, sizeof gc_heap.partial);
    for (Span *span = gc_heap.in_use; span != NULL; span = span->next) {
        Span **list = span->large ? &unswept[SPAN_CLASS_COUNT] : &unswept[span->span_class];
        span->unswept = true;
        span->sweep_next = *list;
        *list = span;
        unswept_pages += span->npages;
    }
    uint64_t runway = goal_bytes > live_bytes ? (goal_bytes - live_bytes) >> HEAP_PAGE_SHIFT : 0;
    pages_per_page = runway == 0 ? UINT64_MAX : unswept_pages / runway + 1;
    cursor = 0;
}

Span *sweep_for_partial_span(int span_class)
{
    for (;;) {
        Span *span = gc_heap.partial[span_class];
        if (span != NULL) {
            gc_heap.partial[span_class] = span->partial_next;
            span->partial_next = NULL;
            return span;
        }
        if (!sweep_first(&unswept[span_class]))
            return NULL;
    }
}

void sweep_before_taking_pages(uint64_t npages)
{
    if (unswept_pages == 0)
        return;
    uint64_t pages = pages_per_page == UINT64_MAX || npages > UINT64_MAX / pages_per_page
                         ? unswept_pages : npages * pages_per_page;
    sweep_pages(pages);
}

void sweep_finish(void)
{
    sweep_pages(unswept_pages);
}

/* ---- the background sweeper ---- */

static void *background_sweeper(void *argument)
{
    (void)argument;
    uint32_t seen = 0;
    for (;;) {
        uint32_t generation;
        while ((generation = atomic_load(&background_generation)) == seen)
            futex_wait(&background_generation, seen, -1);
        seen = generation;
        bool more = true;
        while (more && atomic_load(&background_generation) == seen) {
            mutex_lock(&gc_heap.lock);
            more = sweep_pages(BACKGROUND_BATCH);
            mutex_unlock(&gc_heap.lock);
        }
    }
    return NULL;
}

/* world stopped, after sweep_queue_all */
void sweep_start_background(void)
{
    if (gomaxprocs < 2)
        return;
    if (!background_started) {
        background_started = true;
        thread_start(background_sweeper, NULL);
    }
    atomic_fetch_add(&background_generation, 1);
    futex_wake(&background_generation, 1);
}
