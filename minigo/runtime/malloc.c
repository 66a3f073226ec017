/*
 * The Go heap, first version: a bump allocator with no collector.
 *
 * Programs allocate millions of tiny objects (binary_trees), so the fast path is a
 * bounds check and a pointer increment.  Memory comes from the kernel in 64 MiB
 * chunks mapped MAP_NORESERVE: pages are zero until first touched, which makes every
 * allocation zeroed for free (the allocator never reuses memory, so it never has to
 * clear any).  Objects of LARGE_OBJECT_SIZE or more get a mapping of their own, so a
 * big array does not strand the tail of a chunk.
 *
 * Without reuse every allocated byte is a fresh page, and a page fault costs
 * microseconds on a virtual machine; so mappings are aligned to 2 MiB and marked for
 * transparent huge pages, which cuts the faults 512-fold (allocation-heavy programs
 * spent most of their time in the kernel otherwise).
 *
 * Invariants: every object is 8-byte aligned (no Go type needs more); zero-size
 * objects all share one address, as in gc.  `flags` (TYPE_FLAG_NO_POINTERS) is
 * accepted now and ignored; it is there so the garbage collector can arrive without
 * any change to generated code.
 *
 * Threads: every M bumps through a LOCAL_CHUNK of its own (thread-locals, so the
 * fast path takes no lock and no atomic), carved from the shared 64 MiB chunk
 * under its lock; objects too big for a local chunk come straight from the
 * shared one.  A G may move to another thread between two allocations but never
 * during one.
 *
 * persistent_alloc serves the runtime's own records (G, M, P, signal stacks):
 * zeroed, never freed, outside the Go heap so the collector never sees them.
 *
 * Go's size classes live here too: gc rounds slice capacities up to the class an
 * allocation lands in, and append must grow capacities exactly as gc does.
 */
#include "sched.h"

#include <sys/mman.h>

enum {
    HUGE_PAGE_SIZE = 2 << 20,
    CHUNK_SIZE = 64 << 20,
    LARGE_OBJECT_SIZE = 256 << 10,
    PAGE_SIZE = 8192,            /* gc's page: large sizes round up to it */
    MAX_SMALL_SIZE = 32768,
    LOCAL_CHUNK = 256 << 10,
    LOCAL_OBJECT_LIMIT = 32 << 10,
    PERSISTENT_CHUNK = 1 << 20,
    PERSISTENT_ALIGNMENT = 16,
};

/* memory handed out by bumping a pointer through chunks, under a lock */
typedef struct {
    Mutex lock;
    uint8_t *next, *end;
    size_t chunk_size;
} Arena;

static Arena shared_heap = {.chunk_size = CHUNK_SIZE};
static Arena runtime_records = {.chunk_size = PERSISTENT_CHUNK};
static __thread uint8_t *chunk_next __attribute__((tls_model("initial-exec")));
static __thread uint8_t *chunk_end __attribute__((tls_model("initial-exec")));
static uint64_t zero_size_object;

static noreturn void out_of_memory(void)
{
    static const char message[] = "runtime: out of memory";
    runtime_throw((const uint8_t *)message, sizeof message - 1);
}

/* size bytes of zeroed memory, 2 MiB-aligned when that large, in huge pages */
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
    madvise(aligned, size, MADV_HUGEPAGE);
    return aligned;
}

/* size bytes from the arena's chunk (a fresh one if it is short) */
static void *arena_take(Arena *arena, size_t size)
{
    mutex_lock(&arena->lock);
    if ((size_t)(arena->end - arena->next) < size) {
        arena->next = map_zeroed(arena->chunk_size);
        arena->end = arena->next + arena->chunk_size;
    }
    void *memory = arena->next;
    arena->next += size;
    mutex_unlock(&arena->lock);
    return memory;
}

static __attribute__((noinline)) void *alloc_slow(uint64_t size)
{
    if ((int64_t)size < 0)
        out_of_memory();
    if (size == 0)
        return &zero_size_object;
    if (size >= LARGE_OBJECT_SIZE)
        return map_zeroed(size);
    if (size >= LOCAL_OBJECT_LIMIT)
        return arena_take(&shared_heap, size);
    chunk_next = arena_take(&shared_heap, LOCAL_CHUNK);
    chunk_end = chunk_next + LOCAL_CHUNK;
    void *object = chunk_next;
    chunk_next += size;
    return object;
}

void *persistent_alloc(size_t size)
{
    size = (size + PERSISTENT_ALIGNMENT - 1) & ~(size_t)(PERSISTENT_ALIGNMENT - 1);
    if (size >= PERSISTENT_CHUNK / 4)
        return map_zeroed(size);
    return arena_take(&runtime_records, size);
}

void *runtime_alloc(int64_t size, int64_t flags)
{
    (void)flags;
    uint64_t rounded = ((uint64_t)size + 7) & ~(uint64_t)7;
    uint8_t *object = chunk_next;
    if (__builtin_expect(rounded - 1 < (uint64_t)(chunk_end - object) &&
                         rounded < LOCAL_OBJECT_LIMIT, 1)) {
        chunk_next = object + rounded;
        return object;
    }
    return alloc_slow(size <= 0 ? (uint64_t)size : rounded);
}

/* The byte sizes of gc's small-object classes (Go 1.19), ascending. */
static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

int64_t runtime_roundupsize(int64_t size)
{
    if (size <= 0)
        return size;
    if (size <= MAX_SMALL_SIZE) {
        size_t low = 0, high = sizeof size_classes / sizeof size_classes[0] - 1;
        while (low < high) {
            size_t middle = (low + high) / 2;
            if (size_classes[middle] < size)
                low = middle + 1;
            else
                high = middle;
        }
        return size_classes[low];
    }
    if (size > INT64_MAX - PAGE_SIZE)
        return size;
    return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
}
