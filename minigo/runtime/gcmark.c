/*
 * Marking, shared by the collecting thread and its helper threads.
 *
 * gc.c finds the roots; this file marks what they reach.  A grey object waits
 * on a mark stack, never the C stack: an entry is (address, bytes), bytes
 * tagged DENSE_OBJECT for a small object of a dense span (scanned whole).
 *
 * Parallel marking.  While the world is stopped, every other P's M is asleep,
 * so the collector wakes GOMAXPROCS-1 helper threads (plain threads started at
 * the first collection that can use them, never running Go code) and marks
 * with them.  Each marker (the collector and each helper) drains its own mark
 * stack with no lock.  Work moves between them through a pool of chunks of up
 * to SHARE_PAIRS entries: a marker that sees another one waiting while the pool
 * is empty gives away half of its stack (the oldest half when its stack is short,
 * as those entries are the big untouched parts of a tree, such as a binary
 * tree's upper nodes; the newest when it is long, which needs no copying).  A
 * marker with nothing left takes a chunk from the pool, or waits.  The pool
 * lock guards the chunk lists and the count of waiting markers, so the end is
 * decided exactly: when every marker is waiting (each with an empty stack)
 * and the pool is empty, nothing is grey any more.
 *
 * Mark bits are set with an atomic or while helpers run (two markers may reach
 * one object; only the one whose or found the bit clear queues it), plainly
 * otherwise.  Everything else marking reads (spans, alloc bits, the pointer
 * bitmap, the objects) is not written while the world is stopped.  Each marker
 * also counts the bytes it marked, which become the heap's live bytes (lazy
 * sweeping, sweep.c, cannot count them before the next allocation).
 *
 * Phases: gc_mark_begin() wakes the helpers; the collector scans roots, giving
 * work away as it goes (gc_mark_drain_local); gc_mark_finish() marks until
 * nothing is grey and waits for every helper to stop.  What follows (the
 * finalizer queue) runs on the collector alone, with plain mark bits.
 *
 * Measured (binary_trees depth 20, GODEBUG=gctrace=1, 2 cores shared with other
 * work): see the design comment of gc.c.
 */
#include "mheap.h"

#include <limits.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

enum {
    MARK_STACK_INITIAL = 1 << 14,        /* entries (address, bytes) */
    SHARE_PAIRS = 512,                   /* most entries given away at once */
    MAX_MARK_HELPERS = 7,
    SPINS_BEFORE_YIELD = 64,
};
/* on the mark stack, a small object of a dense span: its size | this */
#define DENSE_OBJECT ((uintptr_t)1 << 62)

typedef struct {
    uintptr_t *entries;                  /* pairs: address, bytes */
    size_t length, capacity;             /* in pairs */
    uint64_t marked_bytes;               /* this phase */
    uint32_t seen_generation;            /* a helper's: the last phase it took part in */
} MarkWork;

typedef struct WorkChunk {
    struct WorkChunk *next;
    size_t length;                       /* in pairs */
    uintptr_t entries[SHARE_PAIRS * 2];
} WorkChunk;

static struct {
    Mutex lock;                          /* guards full, empty, waiting, done */
    WorkChunk *full, *empty;
    _Atomic int32_t full_count;          /* written under lock, read without */
    _Atomic int32_t waiting;             /* markers with nothing to do */
    _Atomic bool done;
    int32_t markers;                     /* this phase, the collector included */
    int32_t active_helpers;              /* helpers [0, active) mark this phase */
    int32_t helpers_started;
    _Atomic uint32_t generation;         /* futex: bumped to start a phase */
    _Atomic uint32_t finished;           /* futex: helpers out of this phase */
} pool;

static MarkWork collector_work;
static MarkWork helper_work[MAX_MARK_HELPERS];
static bool marking_in_parallel;

/* ---- one marker's stack ---- */

static __attribute__((noinline)) void mark_stack_grow(MarkWork *work)
{
    size_t capacity = work->capacity ? work->capacity * 2 : MARK_STACK_INITIAL;
    uintptr_t *grown = mmap(NULL, capacity * 2 * sizeof(uintptr_t), PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (grown == MAP_FAILED) {
        static const char message[] = "runtime: cannot grow the mark stack";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    if (work->entries != NULL) {
        memcpy(grown, work->entries, work->length * 2 * sizeof(uintptr_t));
        munmap(work->entries, work->capacity * 2 * sizeof(uintptr_t));
    }
    work->entries = grown;
    work->capacity = capacity;
}

static inline void mark_stack_push(MarkWork *work, uintptr_t address, uintptr_t bytes)
{
    if (__builtin_expect(work->length == work->capacity, 0))
        mark_stack_grow(work);
    work->entries[work->length * 2] = address;
    work->entries[work->length * 2 + 1] = bytes;
    work->length++;
}

/* sets bit in *marks; false if it was set already (by another marker, too) */
static inline bool mark_bit_set(uint64_t *marks, uint64_t bit)
{
    if (marking_in_parallel)
        return (__atomic_fetch_or(marks, bit, __ATOMIC_RELAXED) & bit) == 0;
    *marks |= bit;
    return true;
}

/* marks the object word points into, if any; queues it for scanning */
static inline __attribute__((always_inline)) void mark_word(MarkWork *work, uintptr_t word)
{
    Span *span = span_of(word);
    if (span == NULL)
        return;
    uintptr_t index = 0;
    if (!span->large) {
        index = (uintptr_t)(((uint64_t)(word - span->base) * span->reciprocal) >> 32);
        if (index >= span->nelems)
            return;
    }
    uint64_t bit = (uint64_t)1 << (index % 64);
    uint64_t *marks = &span->mark_bits[index / 64];
    if ((__atomic_load_n(marks, __ATOMIC_RELAXED) & bit) != 0 ||
        (span->alloc_bits[index / 64] & bit) == 0 || !mark_bit_set(marks, bit))
        return;
    if (span->large) {
        work->marked_bytes += span->npages << HEAP_PAGE_SHIFT;
        if (!span->noscan)
            mark_stack_push(work, span->base, span->large_bytes);
        return;
    }
    work->marked_bytes += span->elem_size;
    if (!span->noscan)
        mark_stack_push(work, span->base + index * span->elem_size,
                        span->elem_size | (span->dense ? DENSE_OBJECT : 0));
}

static void scan_range(MarkWork *work, const void *start, const void *end)
{
    uintptr_t from = ((uintptr_t)start + 7) & ~(uintptr_t)7;
    for (const uintptr_t *word = (const uintptr_t *)from; (uintptr_t)(word + 1) <= (uintptr_t)end; word++)
        mark_word(work, *word);
}

/* a small object: the words its pointer bits name (mheap.h) */
static void scan_small_object(MarkWork *work, uintptr_t address, uintptr_t bytes)
{
    const uintptr_t *object = (const uintptr_t *)address;
    uintptr_t at = (address - gc_heap.start) / 8;
    uintptr_t words = bytes / 8;
    for (uintptr_t done = 0; done < words;) {
        uintptr_t bit = at + done;
        uint64_t bits = gc_heap.pointer_bits[bit / 64] >> (bit % 64);
        uintptr_t count = 64 - bit % 64;
        if (count > words - done) {
            count = words - done;
            bits &= ((uint64_t)1 << count) - 1;
        }
        for (; bits != 0; bits &= bits - 1)
            mark_word(work, object[done + (uintptr_t)__builtin_ctzll(bits)]);
        done += count;
    }
}

/* a large object: its mask (runtime.h) repeated over it */
static void scan_large_object(MarkWork *work, uintptr_t address, uintptr_t bytes, const uint64_t *mask)
{
    const uintptr_t *object = (const uintptr_t *)address;
    uintptr_t words = bytes / 8, stride = mask[0];
    if (stride == 1) {
        scan_range(work, object, object + words);
        return;
    }
    for (uintptr_t element = 0; element < words; element += stride) {
        for (uintptr_t k = 0; k < stride && element + k < words; k += 64) {
            uint64_t bits = mask[1 + k / 64];
            uintptr_t left = words - element - k;
            if (left < 64)
                bits &= ((uint64_t)1 << left) - 1;
            for (; bits != 0; bits &= bits - 1)
                mark_word(work, object[element + k + (uintptr_t)__builtin_ctzll(bits)]);
        }
    }
}

static inline void scan_entry(MarkWork *work, uintptr_t address, uintptr_t bytes)
{
    if (bytes & DENSE_OBJECT)
        scan_range(work, (const void *)address, (const void *)(address + (bytes & ~DENSE_OBJECT)));
    else if (bytes <= MAX_SMALL_SIZE)
        scan_small_object(work, address, bytes);
    else
        scan_large_object(work, address, bytes, span_of(address)->pointer_mask);
}

/* ---- sharing ---- */

static WorkChunk *chunk_new(void)
{
    WorkChunk *chunk = pool.empty;
    if (chunk != NULL) {
        pool.empty = chunk->next;
        return chunk;
    }
    return persistent_alloc(sizeof(WorkChunk));
}

/* gives part of work's stack to the pool */
static __attribute__((noinline)) void share(MarkWork *work)
{
    size_t count = work->length / 2;
    if (count > SHARE_PAIRS)
        count = SHARE_PAIRS;
    mutex_lock(&pool.lock);
    WorkChunk *chunk = chunk_new();
    uintptr_t *entries = work->entries;
    if (work->length <= 4 * SHARE_PAIRS) {
        /* the oldest entries, the biggest pieces of work */
        memcpy(chunk->entries, entries, count * 2 * sizeof(uintptr_t));
        memmove(entries, entries + count * 2, (work->length - count) * 2 * sizeof(uintptr_t));
    } else {
        memcpy(chunk->entries, entries + (work->length - count) * 2, count * 2 * sizeof(uintptr_t));
    }
    work->length -= count;
    chunk->length = count;
    chunk->next = pool.full;
    pool.full = chunk;
    atomic_fetch_add(&pool.full_count, 1);
    mutex_unlock(&pool.lock);
}

/* under pool.lock: a chunk from the pool onto work's (empty) stack */
static bool take_chunk_locked(MarkWork *work)
{
    WorkChunk *chunk = pool.full;
    if (chunk == NULL)
        return false;
    pool.full = chunk->next;
    atomic_fetch_sub(&pool.full_count, 1);
    while (work->capacity < chunk->length)
        mark_stack_grow(work);
    memcpy(work->entries, chunk->entries, chunk->length * 2 * sizeof(uintptr_t));
    work->length = chunk->length;
    chunk->next = pool.empty;
    pool.empty = chunk;
    return true;
}

static void pause_briefly(int spins)
{
    if (spins < SPINS_BEFORE_YIELD)
        cpu_relax();
    else
        syscall(SYS_sched_yield);
}

/* work's stack is empty: fills it from the pool, waiting while others still
 * mark; false once nothing is grey anywhere */
static bool find_work(MarkWork *work)
{
    for (;;) {
        mutex_lock(&pool.lock);
        if (take_chunk_locked(work)) {
            mutex_unlock(&pool.lock);
            return true;
        }
        int32_t waiting = atomic_fetch_add(&pool.waiting, 1) + 1;
        if (waiting == pool.markers)
            atomic_store(&pool.done, true);
        mutex_unlock(&pool.lock);
        for (int spins = 0; !atomic_load(&pool.done) && atomic_load(&pool.full_count) == 0; spins++)
            pause_briefly(spins);
        if (atomic_load(&pool.done))
            return false;
        mutex_lock(&pool.lock);
        atomic_fetch_sub(&pool.waiting, 1);
        mutex_unlock(&pool.lock);
    }
}

/* scans work's stack empty, giving some away whenever another marker waits */
static void drain_local(MarkWork *work)
{
    while (work->length > 0) {
        if (marking_in_parallel && work->length >= 2 &&
            atomic_load_explicit(&pool.waiting, memory_order_relaxed) > 0 &&
            atomic_load_explicit(&pool.full_count, memory_order_relaxed) == 0)
            share(work);
        work->length--;
        scan_entry(work, work->entries[work->length * 2], work->entries[work->length * 2 + 1]);
    }
}

static void drain_until_done(MarkWork *work)
{
    do
        drain_local(work);
    while (marking_in_parallel && find_work(work));
}

/* ---- helper threads ---- */

static void *mark_helper_main(void *argument)
{
    MarkWork *work = argument;
    int32_t index = (int32_t)(work - helper_work);
    uint32_t seen = work->seen_generation;
    for (;;) {
        uint32_t generation;
        while ((generation = atomic_load(&pool.generation)) == seen)
            futex_wait(&pool.generation, seen, -1);
        seen = generation;
        if (index < pool.active_helpers)
            drain_until_done(work);
        atomic_fetch_add(&pool.finished, 1);
        futex_wake(&pool.finished, 1);
    }
    return NULL;
}

/* ---- the phases, world stopped ---- */

void gc_mark_begin(void)
{
    int32_t helpers = gomaxprocs - 1;
    if (helpers > MAX_MARK_HELPERS)
        helpers = MAX_MARK_HELPERS;
    while (pool.helpers_started < helpers) {
        helper_work[pool.helpers_started].seen_generation = atomic_load(&pool.generation);
        thread_start(mark_helper_main, &helper_work[pool.helpers_started]);
        pool.helpers_started++;
    }
    collector_work.marked_bytes = 0;
    for (int32_t i = 0; i < pool.helpers_started; i++)
        helper_work[i].marked_bytes = 0;
    pool.active_helpers = helpers;
    pool.markers = helpers + 1;
    atomic_store(&pool.waiting, 0);
    atomic_store(&pool.done, false);
    atomic_store(&pool.finished, 0);
    marking_in_parallel = helpers > 0;
    if (pool.helpers_started > 0) {
        atomic_fetch_add(&pool.generation, 1);
        futex_wake(&pool.generation, INT_MAX);
    }
}

void gc_mark_drain_local(void)
{
    drain_local(&collector_work);
}

uint64_t gc_mark_finish(void)
{
    drain_until_done(&collector_work);
    uint32_t finished;
    while ((finished = atomic_load(&pool.finished)) < (uint32_t)pool.helpers_started)
        futex_wait(&pool.finished, finished, -1);
    marking_in_parallel = false;
    uint64_t marked = collector_work.marked_bytes;
    for (int32_t i = 0; i < pool.helpers_started; i++)
        marked += helper_work[i].marked_bytes;
    return marked;
}

/* ---- for gc.c's roots and finalizer.c, on the collecting thread ---- */

void gc_scan_range(const void *start, const void *end)
{
    scan_range(&collector_work, start, end);
}

void gc_mark_word(uintptr_t word)
{
    mark_word(&collector_work, word);
}

void gc_mark_referents(uintptr_t object)
{
    Span *span = span_of(object);
    if (span == NULL || span->noscan)
        return;
    if (span->large)
        scan_large_object(&collector_work, span->base, span->large_bytes, span->pointer_mask);
    else if (span->dense)
        scan_range(&collector_work, (const void *)object, (const void *)(object + span->elem_size));
    else
        scan_small_object(&collector_work, object, span->elem_size);
}

bool gc_is_marked(uintptr_t object)
{
    Span *span = span_of(object);
    if (span == NULL)
        return true;
    uintptr_t index = span->large ? 0 : (object - span->base) / span->elem_size;
    return (span->mark_bits[index / 64] >> (index % 64)) & 1;
}

/* bytes marked since gc_mark_begin (finalizer marking after gc_mark_finish too) */
uint64_t gc_marked_bytes(void)
{
    uint64_t marked = collector_work.marked_bytes;
    for (int32_t i = 0; i < pool.helpers_started; i++)
        marked += helper_work[i].marked_bytes;
    return marked;
}
