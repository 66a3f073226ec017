/*
 * The page heap: runs of 8 KiB pages (spans) for the allocator, and the page
 * table that maps any heap address back to its span (see mheap.h).
 *
 * One range of HEAP_RESERVATION bytes is reserved at the first allocation,
 * aligned to ARENA_SIZE (64 MiB), and the heap grows into it one arena at a time
 * (more for a bigger object).  Reserving is free on x86-64 (MAP_NORESERVE: the
 * kernel commits a page when first touched), and one range makes "is this word
 * a heap address?" two compares, which conservative stack scanning asks of
 * every word.  The page table (one Span* per page, 64 MiB of address space for
 * 64 GiB of heap) and the pointer bitmap (one bit per word, 1 GiB) are reserved
 * the same way and touched only where the heap is.
 *
 * Free spans sit in lists by size: one per page count below FREE_EXACT_PAGES and
 * one for everything bigger (best fit).  A span freed next to a free span merges
 * with it, so the heap does not splinter into pages, unless one of the two is
 * released (below) and the other is not.  Freed memory is dirty
 * (needzero); memory never touched, or given back to the kernel with
 * MADV_DONTNEED, reads as zero and needs no clearing.
 *
 * Returning memory: after a collection the collector sets retain_limit, the
 * resident bytes (in-use plus free pages not yet released) the heap should keep
 * to, from the next goal; free spans beyond it are released, big ones first.
 * A span taken from never-touched or released pages grows the resident set, so
 * it releases dirty free spans past the limit too: a program whose big objects
 * keep growing (each too big for the holes its predecessors left) would
 * otherwise touch new pages while holding on to the old ones.
 *
 * Everything here runs under gc_heap.lock.  Span records are runtime memory
 * (persistent_alloc) recycled through a free list, never unmapped, so a stale
 * page-table entry always points at a Span (a DEAD one, or one whose range says
 * it does not cover the address).
 */
#include "mheap.h"

#include <sys/mman.h>

enum { FREE_EXACT_PAGES = 128 };

Heap gc_heap;
static Span *free_exact[FREE_EXACT_PAGES];   /* [n]: free spans of exactly n pages */
static Span *free_large;                     /* free spans of FREE_EXACT_PAGES or more */
static Span *dead_spans;                     /* unused records, linked through next */

noreturn void out_of_memory(void)
{
    static const char message[] = "runtime: out of memory";
    runtime_throw((const uint8_t *)message, sizeof message - 1);
}

static void *reserve(size_t size)
{
    void *memory = mmap(NULL, size, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (memory == MAP_FAILED)
        out_of_memory();
    return memory;
}

void heap_init(void)
{
    uintptr_t memory = (uintptr_t)reserve(HEAP_RESERVATION + ARENA_SIZE);
    uintptr_t start = (memory + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    if (start > memory)
        munmap((void *)memory, start - memory);
    munmap((void *)(start + HEAP_RESERVATION), memory + ARENA_SIZE - start);
    gc_heap.page_spans = reserve((HEAP_RESERVATION >> HEAP_PAGE_SHIFT) * sizeof(Span *));
    gc_heap.pointer_bits = reserve(HEAP_RESERVATION / 64);
    gc_heap.used_end = start;
    gc_heap.retain_limit = UINT64_MAX;
    gc_heap.reserved_end = start + HEAP_RESERVATION;
    gc_heap.start = start;              /* last: a non-zero start means ready */
}

/* ---- records and lists ---- */

static Span *span_record(void)
{
    Span *span = dead_spans;
    if (span == NULL)
        return persistent_alloc(sizeof(Span));
    dead_spans = span->next;
    memset(span, 0, sizeof *span);
    return span;
}

static void span_record_free(Span *span)
{
    span->state = SPAN_DEAD;
    span->next = dead_spans;
    dead_spans = span;
}

static void list_push(Span **list, Span *span)
{
    span->prev = NULL;
    span->next = *list;
    if (*list != NULL)
        (*list)->prev = span;
    *list = span;
}

static void list_remove(Span **list, Span *span)
{
    if (span->prev != NULL)
        span->prev->next = span->next;
    else
        *list = span->next;
    if (span->next != NULL)
        span->next->prev = span->prev;
    span->next = span->prev = NULL;
}

static Span **free_list_for(uintptr_t npages)
{
    return npages < FREE_EXACT_PAGES ? &free_exact[npages] : &free_large;
}

static uintptr_t span_bytes(const Span *span)
{
    return span->npages << HEAP_PAGE_SHIFT;
}

static size_t page_index(uintptr_t address)
{
    return (address - gc_heap.start) >> HEAP_PAGE_SHIFT;
}

/* ---- free spans ---- */

static void free_span_insert(Span *span)
{
    span->state = SPAN_FREE;
    span->in_cache = false;
    gc_heap.page_spans[page_index(span->base)] = span;
    gc_heap.page_spans[page_index(span->base) + span->npages - 1] = span;
    list_push(free_list_for(span->npages), span);
    gc_heap.free_bytes += span_bytes(span);
    if (span->released)
        gc_heap.released_bytes += span_bytes(span);
}

static void free_span_take(Span *span)
{
    list_remove(free_list_for(span->npages), span);
    gc_heap.free_bytes -= span_bytes(span);
    if (span->released)
        gc_heap.released_bytes -= span_bytes(span);
}

/* the free span whose last page is at page_address (before) or whose first is
 * (after), if it is released exactly when `released` says: merging memory the
 * kernel holds with memory it does not would make the whole dirty again */
static Span *free_neighbour(uintptr_t page_address, bool before, bool released)
{
    if (page_address < gc_heap.start || page_address >= gc_heap.used_end)
        return NULL;
    Span *span = gc_heap.page_spans[page_index(page_address)];
    if (span == NULL || span->state != SPAN_FREE || span->released != released)
        return NULL;
    bool adjacent = before ? span->base + span_bytes(span) == page_address + HEAP_PAGE_SIZE
                           : span->base == page_address;
    return adjacent ? span : NULL;
}

/* absorbs the free span `other` (adjacent) into `span`, which is not in a list */
static void merge_into(Span *span, Span *other)
{
    free_span_take(other);
    if (other->base < span->base)
        span->base = other->base;
    span->npages += other->npages;
    span->needzero |= other->needzero;
    span_record_free(other);
}

static void free_span_add_merging(Span *span)
{
    Span *before = free_neighbour(span->base - HEAP_PAGE_SIZE, true, span->released);
    if (before != NULL)
        merge_into(span, before);
    Span *after = free_neighbour(span->base + span_bytes(span), false, span->released);
    if (after != NULL)
        merge_into(span, after);
    free_span_insert(span);
}

static Span *best_fit(uintptr_t npages)
{
    for (uintptr_t n = npages; n < FREE_EXACT_PAGES; n++)
        if (free_exact[n] != NULL)
            return free_exact[n];
    Span *best = NULL;
    for (Span *span = free_large; span != NULL; span = span->next)
        if (span->npages >= npages &&
            (best == NULL || span->npages < best->npages ||
             (span->npages == best->npages && span->base < best->base)))
            best = span;
    return best;
}

/* new arenas at the end of the reservation, as one free span */
static void grow(uintptr_t npages)
{
    uintptr_t bytes = (npages << HEAP_PAGE_SHIFT) + ARENA_SIZE - 1;
    bytes &= ~(uintptr_t)(ARENA_SIZE - 1);
    if (npages > (HEAP_RESERVATION >> HEAP_PAGE_SHIFT) || bytes > gc_heap.reserved_end - gc_heap.used_end)
        out_of_memory();
    Span *span = span_record();
    span->base = gc_heap.used_end;
    span->npages = bytes >> HEAP_PAGE_SHIFT;
    span->released = true;           /* never touched: zero and not resident */
    gc_heap.used_end += bytes;
    free_span_add_merging(span);
}

static uint64_t resident_bytes(void)
{
    return gc_heap.in_use_bytes + gc_heap.free_bytes - gc_heap.released_bytes;
}

/* ---- the interface ---- */

Span *heap_alloc_span(uintptr_t npages)
{
    Span *span = best_fit(npages);
    if (span == NULL) {
        grow(npages);
        span = best_fit(npages);
    }
    free_span_take(span);
    bool was_released = span->released;
    if (span->npages > npages) {
        Span *rest = span_record();
        rest->base = span->base + (npages << HEAP_PAGE_SHIFT);
        rest->npages = span->npages - npages;
        rest->needzero = span->needzero;
        rest->released = span->released;
        span->npages = npages;
        free_span_insert(rest);
    }
    span->released = false;
    span->state = SPAN_IN_USE;
    size_t first = page_index(span->base);
    for (uintptr_t i = 0; i < npages; i++)
        gc_heap.page_spans[first + i] = span;
    list_push(&gc_heap.in_use, span);
    gc_heap.in_use_bytes += span_bytes(span);
    if (was_released && resident_bytes() > gc_heap.retain_limit)
        heap_scavenge(gc_heap.retain_limit);
    return span;
}

void heap_free_span(Span *span)
{
    list_remove(&gc_heap.in_use, span);
    gc_heap.in_use_bytes -= span_bytes(span);
    span->needzero = true;
    span->released = false;
    span->partial_next = NULL;
    free_span_add_merging(span);
}

static void release(Span *span)
{
    free_span_take(span);
    madvise((void *)span->base, span_bytes(span), MADV_DONTNEED);
    span->released = true;
    span->needzero = false;
    free_span_insert(span);
}

/* releases the free spans of one list until the heap is down to retain_bytes */
static bool scavenge_list(Span **list, uint64_t retain_bytes)
{
    for (Span *span = *list, *next; span != NULL; span = next) {
        next = span->next;
        if (resident_bytes() <= retain_bytes)
            return true;
        if (!span->released)
            release(span);
    }
    return false;
}

void heap_set_retain_limit(uint64_t bytes)
{
    gc_heap.retain_limit = bytes;
    heap_scavenge(bytes);
}

void heap_scavenge(uint64_t retain_bytes)
{
    if (scavenge_list(&free_large, retain_bytes))
        return;
    for (uintptr_t n = FREE_EXACT_PAGES - 1; n > 0; n--)
        if (scavenge_list(&free_exact[n], retain_bytes))
            return;
}
