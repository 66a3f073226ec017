/*
 * The garbage collector: stop-the-world, non-moving mark-sweep.
 *
 * When.  An allocation's slow path (malloc.c) collects once heap_live, the bytes
 * handed out since the last collection plus those it found live, reaches
 * gc_trigger, which is gc's goal: live * (1 + GOGC/100), at least 4 MiB * GOGC/100
 * (GOGC=off: never), capped by GOMEMLIMIT when one is set.  runtime.GC() collects at once.  Only a goroutine running on
 * its own stack with a P collects (never the scheduler, a signal handler, or a
 * thread outside Go); one collector at a time, through the world semaphore it
 * shares with GOMAXPROCS changes (a goroutine waiting for it parks, so its P can
 * stop).
 *
 * Stopping the world.  The collector stops every P (sched.c): a running goroutine
 * yields at its next safepoint, and yielding (runtime_context_switch) pushes its
 * callee-saved registers onto its own stack and records its sp.  So every
 * goroutine that is not running lies entirely in memory from its saved sp to the
 * top of its stack.  A goroutine in a system call keeps its M, and may return
 * from the kernel; enter_syscall (asm) recorded its sp and callee-saved registers
 * first, and nothing above that sp changes until it gets a P again.  Timers
 * fire on threads without a P, so the collector also holds the timer lock, and
 * waits until no firing is in flight.
 *
 * Marking.  Roots, all scanned conservatively (any word that points into an
 * allocated object, at its start or inside it, keeps it alive):
 *   - every goroutine's stack from its saved sp (or system-call sp, plus those
 *     registers) to its top, segment by segment (stack_for_each_live_range:
 *     the current segment from that sp, each older one from the sp its calls
 *     left it at); G.saved_sp, G.syscall_sp (sched.h).  While the world is
 *     stopped, each goroutine's spare segments (entered once, unused now) are
 *     released (stack_release_spare), so a stack that grew deep and came back
 *     gives its memory back at a GC;
 *     a goroutine that never ran keeps its function and argument in its G
 *     record, which its "stack" bounds cover; the collecting goroutine's own
 *     stack from here, after __builtin_unwind_init spilled its registers;
 *   - Go globals (section mg_globals) and the runtime's C roots: memory
 *     registered with gc_register_root, the timer heap (time.c), and the
 *     finalizer records (finalizer.c): their func values, what their objects
 *     point to (not the objects: those left unmarked at the end are queued for
 *     their finalizers, and marked), and the queued ones whole.
 * Everything else the runtime keeps in C memory (G and M records, wait queues,
 * defer frames, panics) either lives on some goroutine's stack or holds no heap
 * pointers (the itab cache and type descriptors are C memory, not heap), or
 * points only at what a stack also reaches (select's malloc'd waiters point at
 * the parked goroutine's case values; a sorted map print's entry arrays point
 * into a map its caller holds).
 * Heap objects are scanned precisely: only the words their type's pointer mask
 * names (runtime.h; codegen passes each allocation's mask, C code a type's
 * (type_pointer_mask) or its struct's, written with GC_MASK_OF in internal.h;
 * GC_CONSERVATIVE only for a C-written descriptor without a mask), read from the heap's pointer bitmap for a small object and
 * from its span's mask for a large one (malloc.c); noscan spans are never looked
 * into.  So an integer, a float or a length that happens to look like a heap
 * address keeps nothing alive, and scanning skips the words that are not
 * pointers.  Measured when this came in (bench/run, medians of 5 side by side
 * with gc on 2 shared, loaded cores, so times vary by 20-40% between runs):
 * slice_append peak RSS 284 -> 181 MB (gc 147-167) and its slowest mark 27 ->
 * 13 ms, mostly from runtime_growslice returning its array in registers (an
 * out-slot in main's frame kept the previous round's []*Particle, and through it
 * that round's 41 MB array, alive); binary_trees (13 MB) and map_churn (35 MB)
 * unchanged in RSS, their times within noise (0.5-0.9x gc either way).  The
 * pointer bitmap is not free: written and read for every object it cost
 * binary_trees 19% CPU, hence dense spans (malloc.c).  Pauses, binary_trees
 * depth 20 (GODEBUG=gctrace=1, 139 cycles, all stop-the-world, load 8 on 2
 * cores): max 75 ms, median 27 ms, against 72 / 26 before, in the same minute
 * (user time 6.1 s against 6.5); gc's marking is concurrent (its stop-the-world
 * phases take well under 1 ms).
 * Marking runs on the collecting thread and GOMAXPROCS-1 helper threads, which
 * share grey objects through a pool of mark-stack chunks (gcmark.c).  binary_trees
 * depth 20, GODEBUG=gctrace=1, one run of each build in the same minute, load
 * about 2 on the 2 cores: pauses max 97 -> 62 ms, median 29 -> 19 ms, wall 10.2 ->
 * 6.6 s, user 6.0 -> 7.1 s (sharing and atomic mark bits cost CPU).  But with
 * more runnable threads than cores it is worse: at load 7-10, three interleaved
 * pairs gave medians 36/38/48 ms (one marker) against 53/53/68 ms, max 74-204
 * against 124-143 ms: a marker holding shared work that the kernel deschedules
 * keeps the others waiting for the end.  Helpers that sleep instead of yielding
 * while idle changed nothing (tried).  What would help: marking only with helpers
 * that actually get a core (or fewer helpers when the machine is busy).
 * Grey objects wait on an explicit mark stack, never the C stack.  Tried and
 * dropped: prefetching each grey object as it passes through a FIFO of 8 on its
 * way from the stack to its scan (binary_trees depth 19, user time 3.02-3.11 s
 * against 2.77-2.90 s without: the FIFO breaks the depth-first order that keeps
 * a node's children near it in cache).
 *
 * Sweeping is lazy (sweep.c): the pause only queues every span for sweeping,
 * and the allocator, a background thread and at the latest the next collection
 * sweep them; the live bytes that pace the next cycle are counted by marking.
 * Pages freed beyond the next goal (plus an eighth) go back to the kernel once
 * everything is swept.  The sweep was already small in the pause: binary_trees
 * depth 20's third gctrace phase (sweep and restart) went from a median of 0.83
 * to 0.60 ms, 230-500 ms to 230-350 ms in total over ~140 cycles (6 runs each,
 * loaded machine); marking is the pause.
 *
 * The write barrier (codegen/write_barrier.py, runtime_write_barrier below): every
 * store of a pointer-holding Go value outside the storing function's stack frame
 * goes through one codegen helper, which with MINIGO_WRITE_BARRIER=1 at build
 * time checks runtime_write_barrier_enabled and, when set, calls
 * runtime_write_barrier before and after the store.  Compiled out by default:
 * measured with it compiled in and the flag clear against it compiled out
 * (user CPU, medians of 5 interleaved runs, loaded machine, 10 ms resolution):
 * fannkuch 0.19 / 0.19 s, nbody 0.51 / 0.50, spectral_norm 0.41 / 0.41,
 * binary_trees 0.66 / 0.68, map_churn 0.75 / 0.74, slice_append 0.26 / 0.24
 * (+8%), and executables grow by 78 KB (5.7%: 2,346 barrier sites, most in the
 * standard library); all outputs identical, also with the flag set.  Not
 * negligible on slice_append, and nothing needs it until marking is concurrent.
 *
 * Settings: GOGC (a percentage or "off"), GOMEMLIMIT (a soft limit on the heap:
 * it caps the goal, so GOGC=off with a limit collects only near it),
 * GODEBUG=gctrace=1 (one line per collection on stderr, in gc's format),
 * MINIGO_WRITE_BARRIER_ACTIVE=1 (set the barrier's flag, to measure its calls),
 * MINIGO_GCSTRESS=N (collect at every Nth allocation, whatever the heap size:
 * every object then must survive with only its true references; the test suite
 * runs under it with -m stress).
 */
#include "mheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

enum {
    HEAP_MINIMUM = 4 << 20,
    MAX_ROOTS = 4096,     /* the REPL registers each object it loads (runtime/repl) */
};

extern char __start_mg_globals[] __attribute__((weak));
extern char __stop_mg_globals[] __attribute__((weak));

uint64_t gc_trigger = HEAP_MINIMUM;
bool gc_stress_enabled;
static int64_t gc_percent = 100;
static int64_t memory_limit = INT64_MAX;   /* GOMEMLIMIT, debug.SetMemoryLimit */
static int64_t gc_stress_every;
static _Atomic int64_t stress_allocations;
static bool gc_trace;
static int64_t process_start_ns;

typedef struct {
    const void *address;
    size_t size;
} Root;
static Root roots[MAX_ROOTS];
static int root_count;

/* statistics, under gc_heap.lock */
static uint64_t cycles, forced_cycles;
static int64_t total_pause_ns;
static uint64_t last_live_bytes;
static int64_t last_gc_walltime;
static uint64_t pause_ns[256], pause_end[256];

/* ---- settings ---- */

static int64_t parse_gogc(const char *text)
{
    if (text == NULL || *text == '\0')
        return 100;
    if (strcmp(text, "off") == 0)
        return -1;
    char *end;
    long long value = strtoll(text, &end, 10);
    return *end == '\0' ? (int64_t)value : 100;
}

/* GOMEMLIMIT: bytes, with an optional B, KiB, MiB, GiB or TiB suffix; "off" or
 * nothing is no limit (returned as INT64_MAX, gc's "no limit"); -1 when malformed */
static int64_t parse_memory_limit(const char *text)
{
    if (text == NULL || *text == '\0' || strcmp(text, "off") == 0)
        return INT64_MAX;
    char *end;
    unsigned long long value = strtoull(text, &end, 10);
    static const struct { const char *suffix; int shift; } units[] = {
        {"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40},
    };
    if (end == text || *text == '-')
        return -1;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (strcmp(end, units[i].suffix) == 0) {
            if (value > (unsigned long long)INT64_MAX >> units[i].shift)
                return INT64_MAX;
            return (int64_t)(value << units[i].shift);
        }
    }
    return -1;
}

static uint64_t goal_for(uint64_t live)
{
    uint64_t goal = UINT64_MAX;
    if (gc_percent >= 0) {
        goal = live + live / 100 * (uint64_t)gc_percent;
        uint64_t minimum = (uint64_t)HEAP_MINIMUM / 100 * (uint64_t)gc_percent;
        if (goal < minimum)
            goal = minimum;
    }
    if (memory_limit != INT64_MAX) {
        /* the soft limit caps the goal, leaving room for fragmentation; when the
         * live heap itself is near the limit, collect again after a little growth
         * rather than continuously */
        uint64_t cap = (uint64_t)memory_limit - (uint64_t)memory_limit / 16;
        uint64_t floor = live + live / 16 + HEAP_MINIMUM / 4;
        if (cap < floor)
            cap = floor;
        if (goal > cap)
            goal = cap;
    }
    return goal;
}

__attribute__((constructor)) static void gc_settings(void)
{
    process_start_ns = nanotime();
    gc_percent = parse_gogc(getenv("GOGC"));
    int64_t limit = parse_memory_limit(getenv("GOMEMLIMIT"));
    if (limit < 0) {
        static const char message[] = "GOMEMLIMIT: invalid memory limit";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    memory_limit = limit;
    gc_trigger = goal_for(0);
    const char *trace = godebug_value("gctrace");
    gc_trace = trace != NULL && trace[0] == '1' && (trace[1] == ',' || trace[1] == '\0');
    const char *stress = getenv("MINIGO_GCSTRESS");
    if (stress != NULL && atoll(stress) > 0) {
        gc_stress_every = atoll(stress);
        gc_stress_enabled = true;
    }
}

void gc_register_root(const void *address, size_t size)
{
    mutex_lock(&gc_heap.lock);
    if (root_count == MAX_ROOTS) {
        static const char message[] = "runtime: too many GC roots";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    roots[root_count++] = (Root){address, size};
    mutex_unlock(&gc_heap.lock);
}

/* ---- roots (marking itself: gcmark.c) ---- */

/* a live part of a goroutine's stack: one segment's, from sp to its top */
static void scan_stack_range(uintptr_t low, uintptr_t high, void *context)
{
    (void)context;
    gc_scan_range((const void *)low, (const void *)high);
}

static void scan_goroutine(G *g, void *current)
{
    uint32_t status = atomic_load(&g->status);
    if (g == current || status == G_DEAD || status == G_IDLE)
        return;
    if (status == G_RUNNING) {
        static const char message[] = "runtime: goroutine running while the world is stopped";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    uintptr_t sp = g->saved_sp;
    if (status == G_SYSCALL) {
        sp = g->syscall_sp;
        gc_scan_range(g->syscall_registers, g->syscall_registers + SYSCALL_REGISTER_COUNT);
    }
    if (sp >= g->stack_low && sp <= g->stack_high)
        stack_for_each_live_range(g, sp, scan_stack_range, NULL);
    gc_mark_drain_local();
    stack_release_spare(g);     /* a stack that grew deep and is shallow now shrinks */
}

/* returns the bytes marked */
static uint64_t mark_everything(uintptr_t current_sp)
{
    gc_mark_begin();
    G *self = current_g();
    stack_for_each_live_range(self, current_sp, scan_stack_range, NULL);
    if (__start_mg_globals != NULL)
        gc_scan_range(__start_mg_globals, __stop_mg_globals);
    for (int i = 0; i < root_count; i++)
        gc_scan_range(roots[i].address, (const uint8_t *)roots[i].address + roots[i].size);
    timers_scan_roots();
    finalizers_mark_roots();
    gc_mark_drain_local();
    goroutines_for_each((void (*)(G *, void *))scan_goroutine, self);
    gc_mark_finish();
    finalizers_queue_unreachable();
    gc_mark_drain_local();
    return gc_marked_bytes();
}

/* ---- a cycle ---- */

typedef struct {
    int64_t start_ns, stopped_ns, marked_ns, swept_ns, end_ns;
    uint64_t heap_before, heap_live_after, goal;
    bool forced;
} Cycle;

static void append_milliseconds(char **cursor, char *end, int64_t ns)
{
    if (ns >= 10000000) {
        *cursor += snprintf(*cursor, (size_t)(end - *cursor), "%lld", (long long)(ns / 1000000));
        return;
    }
    /* two significant digits, at most three decimals, as gc prints them */
    int64_t value = ns / 1000;
    int decimals = 3;
    while (value >= 100) {
        value /= 10;
        decimals--;
    }
    int64_t scale = decimals == 3 ? 1000 : decimals == 2 ? 100 : decimals == 1 ? 10 : 1;
    if (decimals == 0)
        *cursor += snprintf(*cursor, (size_t)(end - *cursor), "%lld", (long long)value);
    else
        *cursor += snprintf(*cursor, (size_t)(end - *cursor), "%lld.%0*lld", (long long)(value / scale),
                            decimals, (long long)(value % scale));
}

static void print_trace(const Cycle *cycle)
{
    char line[512], *cursor = line, *end = line + sizeof line;
    int64_t since_start = cycle->start_ns - process_start_ns;
    int64_t percent = since_start > 0 ? total_pause_ns * 100 / since_start : 0;
    cursor += snprintf(cursor, (size_t)(end - cursor), "gc %llu @%lld.%03llds %lld%%: ",
                       (unsigned long long)cycles, (long long)(since_start / 1000000000),
                       (long long)(since_start / 1000000 % 1000), (long long)percent);
    int64_t phases[3] = {cycle->stopped_ns - cycle->start_ns, cycle->marked_ns - cycle->stopped_ns,
                         cycle->end_ns - cycle->marked_ns};
    for (int i = 0; i < 3; i++) {
        append_milliseconds(&cursor, end, phases[i]);
        cursor += snprintf(cursor, (size_t)(end - cursor), i < 2 ? "+" : " ms clock, ");
    }
    append_milliseconds(&cursor, end, phases[0]);
    cursor += snprintf(cursor, (size_t)(end - cursor), "+0/");
    append_milliseconds(&cursor, end, phases[1]);
    cursor += snprintf(cursor, (size_t)(end - cursor), "/0+");
    append_milliseconds(&cursor, end, phases[2]);
    cursor += snprintf(cursor, (size_t)(end - cursor),
                       " ms cpu, %llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, %d P%s\n",
                       (unsigned long long)(cycle->heap_before >> 20),
                       (unsigned long long)(cycle->heap_before >> 20),
                       (unsigned long long)(cycle->heap_live_after >> 20),
                       (unsigned long long)(cycle->goal >> 20), (int)gomaxprocs,
                       cycle->forced ? " (forced)" : "");
    runtime_write_stderr(line, (size_t)(cursor - line));
}

/* the world is stopped and every lock the collector needs is held */
static __attribute__((noinline)) void mark_and_sweep(Cycle *cycle)
{
    uintptr_t current_sp = (uintptr_t)__builtin_frame_address(0);
    sweep_finish();                  /* mark bits must be clear */
    cache_flush_all();
    uint64_t live = mark_everything(current_sp);
    cycle->marked_ns = nanotime();
    cycle->heap_live_after = live;
    last_live_bytes = live;
    uint64_t goal = goal_for(live);
    atomic_store(&heap_live, live);
    gc_trigger = goal;
    uint64_t retain = goal == UINT64_MAX ? UINT64_MAX : goal + goal / 8;
    if (memory_limit != INT64_MAX && retain > (uint64_t)memory_limit)
        retain = (uint64_t)memory_limit;
    heap_set_retain_limit(retain);
    sweep_queue_all(live, goal);
    sweep_start_background();
}

static void collect(bool forced)
{
    Cycle cycle = {.start_ns = nanotime(), .forced = forced, .goal = gc_trigger,
                   .heap_before = atomic_load(&heap_live)};
    stop_the_world();
    timers_stop_for_gc();
    mutex_lock(&gc_heap.lock);
    cycle.stopped_ns = nanotime();
    __builtin_unwind_init();         /* callee-saved registers into this frame */
    mark_and_sweep(&cycle);
    mutex_unlock(&gc_heap.lock);
    timers_start_after_gc();
    start_the_world(0);
    cycle.end_ns = nanotime();
    finalizers_wake();
    mutex_lock(&gc_heap.lock);
    if (forced)
        sweep_finish();              /* runtime.GC() returns with the heap swept */
    cycles++;
    forced_cycles += forced;
    total_pause_ns += cycle.end_ns - cycle.start_ns;
    last_gc_walltime = runtime_walltime();
    pause_ns[(cycles - 1) % 256] = (uint64_t)(cycle.end_ns - cycle.start_ns);
    pause_end[(cycles - 1) % 256] = (uint64_t)last_gc_walltime;
    mutex_unlock(&gc_heap.lock);
    if (gc_trace)
        print_trace(&cycle);
}

/* only a goroutine on its own stack, holding a P, may stop the world */
static bool may_collect_here(void)
{
    M *m = current_m();
    if (m == NULL || m->curg == NULL || m->p == NULL || gc_heap.start == 0)
        return false;
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    return sp > m->curg->stack_low && sp < m->curg->stack_high;
}

static void collect_if(bool forced)
{
    if (!may_collect_here())
        return;
    world_acquire();
    /* another goroutine may have collected while this one waited */
    if (forced || atomic_load(&heap_live) >= gc_trigger)
        collect(forced);
    world_release();
}

void gc_maybe_collect(void)
{
    if (atomic_load_explicit(&heap_live, memory_order_relaxed) >= gc_trigger)
        collect_if(false);
}

void gc_stress_tick(void)
{
    if (atomic_fetch_add(&stress_allocations, 1) % gc_stress_every == 0)
        collect_if(true);
}

/* ---- the write barrier (codegen/write_barrier.py) ---- */

/* Set while a concurrent collector would need the barrier: never yet, as every
 * collection stops the world.  MINIGO_WRITE_BARRIER_ACTIVE=1 sets it anyway, to
 * measure what the calls cost. */
int64_t runtime_write_barrier_enabled;

__attribute__((constructor)) static void write_barrier_settings(void)
{
    const char *active = getenv("MINIGO_WRITE_BARRIER_ACTIVE");
    runtime_write_barrier_enabled = active != NULL && strcmp(active, "1") == 0;
}

/* the shade: a concurrent mark would grey the heap objects the size bytes at slot
 * point to (called with the old contents, then the new); nothing to do while
 * marking only happens with the world stopped */
void runtime_write_barrier(void *slot, int64_t size)
{
    (void)slot;
    (void)size;
}

/* ---- the runtime package ---- */

void runtime_gc(void)
{
    collect_if(true);
}

/* runtime.MemStats as Go 1.19 lays it out (library_concurrency.py declares it) */
typedef struct {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
    uint64_t buckhash_sys, gc_sys, other_sys, next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc, debug_gc;
    struct {
        uint32_t size;
        uint64_t mallocs, frees;
    } by_size[61];
} MemStats;

/* under gc_heap.lock, with every cache flushed */
static void fill_mem_stats(MemStats *stats)
{
    memset(stats, 0, sizeof *stats);
    stats->alloc = stats->heap_alloc = atomic_load(&heap_live);
    stats->total_alloc = atomic_load(&allocated_bytes_total);
    stats->mallocs = atomic_load(&allocated_objects_total);
    stats->frees = sweep_freed_objects();
    stats->heap_objects = stats->mallocs - stats->frees;
    stats->heap_inuse = gc_heap.in_use_bytes;
    stats->heap_idle = gc_heap.free_bytes;
    stats->heap_released = gc_heap.released_bytes;
    stats->heap_sys = stats->heap_inuse + stats->heap_idle;
    stats->sys = stats->heap_sys;
    stats->next_gc = gc_trigger;
    stats->last_gc = (uint64_t)last_gc_walltime;
    stats->pause_total_ns = (uint64_t)total_pause_ns;
    memcpy(stats->pause_ns, pause_ns, sizeof pause_ns);
    memcpy(stats->pause_end, pause_end, sizeof pause_end);
    stats->num_gc = (uint32_t)cycles;
    stats->num_forced_gc = (uint32_t)forced_cycles;
    int64_t elapsed = nanotime() - process_start_ns;
    stats->gc_cpu_fraction = elapsed > 0 ? (double)total_pause_ns / (double)elapsed : 0;
    stats->enable_gc = true;
    for (int i = 0; i < 61; i++)
        stats->by_size[i].size = size_class_bytes[i];
}

void runtime_readmemstats(void *out)
{
    /* exact counts need the caches flushed, which needs the world stopped */
    bool stop = may_collect_here();
    if (stop) {
        world_acquire();
        stop_the_world();
    }
    mutex_lock(&gc_heap.lock);
    if (stop)
        cache_flush_all();
    fill_mem_stats(out);
    mutex_unlock(&gc_heap.lock);
    if (stop) {
        start_the_world(0);
        world_release();
    }
}

int64_t runtime_setgcpercent(int64_t percent)
{
    mutex_lock(&gc_heap.lock);
    int64_t previous = gc_percent;
    gc_percent = percent < 0 ? -1 : percent;
    gc_trigger = goal_for(last_live_bytes);
    mutex_unlock(&gc_heap.lock);
    return previous;
}

void runtime_freeosmemory(void)
{
    runtime_gc();
    mutex_lock(&gc_heap.lock);
    heap_scavenge(0);
    mutex_unlock(&gc_heap.lock);
}

int64_t runtime_setmemorylimit(int64_t limit)
{
    mutex_lock(&gc_heap.lock);
    int64_t previous = memory_limit;
    if (limit >= 0) {
        memory_limit = limit;
        gc_trigger = goal_for(last_live_bytes);
    }
    mutex_unlock(&gc_heap.lock);
    return previous;
}
