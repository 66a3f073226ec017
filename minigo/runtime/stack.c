/*
 * Goroutine stacks: segmented, growing on demand up to gc's 1 GB limit.
 *
 * Design (chosen by measurement, issue 9; figures below).  Go functions carry
 * LLVM's "split-stack" attribute (codegen/safepoints.py): before a function
 * touches its frame, its prologue compares sp - frame size with the guard word of
 * the thread (%fs:0x70, the slot the x86-64 ABI reserves for split stacks) and
 * calls __morestack (asm_amd64.S) when the frame would reach below it.
 * __morestack asks stack_grow for room: a new *segment*, linked to the one the
 * call came from, on which the function body then runs; when the body returns,
 * __morestack switches back (stack_return_from_segment).  So a goroutine's stack
 * is a chain of segments, never moved (LLVM gives no stack maps, so nothing may
 * move), and every frame is checked with its real size before it is touched: a
 * 300 KB local array gets a segment of its own.
 *
 * The chain.  Each segment ends with its StackSegment header (the usable stack is
 * [low, header)); a G's first segment (goroutine_stack_size, 64 KiB by default)
 * comes from its P's pool when it first runs, later ones are made as needed:
 * at least twice the previous one (up to SEGMENT_DOUBLING_MAX) and big enough for
 * the frame asking.  The sum of the sizes of the segments in use never exceeds
 * max_stack_bytes (STACK_LIMIT, 1e9 bytes, gc's maxstacksize, unless
 * debug.SetMaxStack changed it): past it the goroutine dies with gc's "runtime:
 * goroutine stack exceeds 1000000000-byte limit" / "fatal error: stack overflow".
 * The main goroutine has one segment of STACK_LIMIT bytes, mapped at start with a
 * guard region below.
 *
 * Hot split.  A loop calling a function right at a segment boundary would make
 * and free a segment per call; instead a segment that is returned from stays
 * linked as its older segment's `newer` and is entered again at the cost of the
 * switch alone (measured below).  Only one spare is kept: returning from a
 * segment releases the spare beyond it, so a goroutine that went deep and came
 * back holds at most one unused segment (stack_release_spare drops it too; a GC
 * may call it for every goroutine while the world is stopped).
 *
 * Giving memory back.  Segments are carved side by side from big regions mapped
 * MAP_NORESERVE (pages are committed when touched; no guard pages: each would
 * split a mapping and vm.max_map_count, 65530, would stop us near 32 K stacks).
 * A released growth segment's pages are returned with madvise(MADV_DONTNEED)
 * and the segment waits in a pool by size class (never unmapped).  When a G
 * exits, its growth segments are released so, and if it had grown, the used part
 * of its first segment beyond FIRST_SEGMENT_KEEP is returned too before the first
 * segment goes back to its P's pool.  A first segment that never overflowed
 * keeps what it touched (at most 64 KiB; usually one page).
 *
 * Room for C.  The guard lies STACK_RED_ZONE (16 KiB) above a segment's bottom:
 * runtime C code, compiled without split-stack, runs in that margin below a Go
 * frame.  C code that recurses (fmt's printer and its sorting of map keys, hashing
 * and == of nested values) asks stack_is_low at each level and, when the margin
 * left is small, continues the recursion on a new segment (stack_call_with_room): so no path writes
 * below its segment, and deep C recursion grows like Go recursion does.
 *
 * Preemption.  sysmon poisons a thread's guard word (STACK_GUARD_PREEMPT: every
 * check fails); __morestack then first yields (stack_grow) and only grows when
 * the frame really does not fit.  runtime_morestack (preempt.c) is the same check
 * for C code written by hand (the scheduler's tests), which cannot grow.
 *
 * The two designs, measured here (2 shared cores, AMD EPYC; issue 9):
 *  - Segmented (this one).  The prologue check is a compare of sp (or sp - frame,
 *    over 256 bytes) with %fs:0x70 and a branch, as cheap as the fixed-stack check
 *    it replaced once LLVM lays the cold __morestack call out of line (link/
 *    objects.py: ext-TSP block placement; CPU time against the fixed-stack check,
 *    best of 5: fib(40) 0.90x, binary_trees 1.02-1.05x, fannkuch 0.98x,
 *    spectral_norm, nbody, mandelbrot, sieve within 1%).  Hot split
 *    (benchmarks/hot_split.go: a loop of calls at every depth across the first
 *    boundary): a call that switches segments costs 13 ns against 1.0 ns for a
 *    plain call (gc: no such case, it copies) -- the switch through __morestack
 *    and back, no allocation and no system call, since the segment stays as a
 *    spare.  A million blocked goroutines: 4.21 KiB RSS each
 *    (benchmarks/million_blocked.py; gc 2.67): one touched page, and 64 KiB first
 *    segments side by side put 32 stacks in one page-table page (0.13 KiB of page
 *    table each).  Recursion a million deep in a goroutine works (16 bytes a
 *    frame for a small function); an endless one reaches the 1e9-byte limit in
 *    about 5 s (gc: 10 s).
 *  - Large reservations committed on touch (benchmarks/stack_reservations.c
 *    prototypes its memory layout: N ranges `spacing` apart, each touched at its top, as blocked goroutines are;
 *    VmPTE and VmRSS from /proc/self/status, N = 100 000): RSS is the same 4 KiB
 *    each, but every touched top page needs a page-table page of its own once
 *    stacks are 2 MiB or more apart: page tables 0.13 KiB per goroutine at 64 KiB
 *    spacing, 0.50 at 256 KiB, 4.25 at 64 MiB, 4.50 at 128 MiB, 8.01 at 1 GiB
 *    (the kernel's memory, not in RSS).  And the limit is the spacing: 47 bits of
 *    user address space (128 TiB) hold a million 128 MiB reservations but only
 *    131 072 of gc's 1 GB, and a stack cannot move to a bigger one without exact
 *    stack maps (LLVM has none).  So a million goroutines would get 128 MiB each
 *    at most, and twice the memory per blocked goroutine.
 * Segmented stacks give gc's limit to every goroutine at the price of the hot
 * split, which stays rare: segments double, so a goroutine crosses few boundaries.
 */
#include "sched.h"

#include <stddef.h>
#include <stdlib.h>
#include <sys/mman.h>

enum {
    PAGE = 4096,
    MIN_STACK_SIZE = 64 * 1024,
    REGION_MIN_SIZE = 1 << 30,
    MAIN_STACK_GUARD_SIZE = 1 << 20,
    FIRST_SEGMENT_KEEP = 16 * 1024,
    SEGMENT_CLASSES = 31,            /* size classes by log2: up to 1 GiB */
    MORESTACK_SLACK = 256,           /* frames under this are checked against sp itself */
};
#define GOROUTINE_STACK_DEFAULT ((size_t)64 * 1024)
#define MAX_FIRST_SEGMENT ((size_t)1 << 30)
#define SEGMENT_DOUBLING_MAX ((size_t)64 << 20)

size_t goroutine_stack_size = GOROUTINE_STACK_DEFAULT;
uintptr_t runtime_main_stack_low;
uintptr_t runtime_main_stack_high;

_Static_assert(sizeof(StackSegment) % 16 == 0, "a segment's usable top must stay 16-byte aligned");

static Mutex region_lock;
static uint8_t *region_next;         /* next segment's bottom */
static uint8_t *region_end;

static Mutex pool_lock;
static StackSegment *segment_pool[SEGMENT_CLASSES];

/* "256K", "1M", "65536" -> bytes; 0 when malformed */
static size_t parse_size(const char *text)
{
    size_t value = 0;
    const char *cursor = text;
    for (; *cursor >= '0' && *cursor <= '9'; cursor++) {
        if (value > MAX_FIRST_SEGMENT)
            return 0;
        value = value * 10 + (size_t)(*cursor - '0');
    }
    if (cursor == text)
        return 0;
    switch (*cursor) {
    case 'k': case 'K': value <<= 10; cursor++; break;
    case 'm': case 'M': value <<= 20; cursor++; break;
    case 'g': case 'G': value <<= 30; cursor++; break;
    }
    if (*cursor == 'B' || *cursor == 'b')
        cursor++;
    return *cursor == '\0' ? value : 0;
}

/* MINIGO_STACK_SIZE: the size of a goroutine's first segment */
void stack_init(void)
{
    const char *setting = getenv("MINIGO_STACK_SIZE");
    if (setting == NULL)
        return;
    size_t size = parse_size(setting);
    if (size == 0)
        return;
    if (size < MIN_STACK_SIZE)
        size = MIN_STACK_SIZE;
    if (size > MAX_FIRST_SEGMENT)
        size = MAX_FIRST_SEGMENT;
    goroutine_stack_size = (size + PAGE - 1) / PAGE * PAGE;
}

static noreturn void out_of_stack_space(void)
{
    static const char message[] = "runtime: cannot reserve goroutine stacks";
    runtime_throw((const uint8_t *)message, sizeof message - 1);
}

/* ---- segments ---- */

static uintptr_t segment_top(const StackSegment *segment)
{
    return (uintptr_t)segment;
}

static StackSegment *segment_at(uint8_t *low, size_t size)
{
    StackSegment *segment = (StackSegment *)(low + size - sizeof(StackSegment));
    *segment = (StackSegment){.low = (uintptr_t)low, .size = size};
    return segment;
}

static void map_region(size_t at_least)
{
    size_t size = goroutine_stack_size * 64;
    if (size < REGION_MIN_SIZE)
        size = REGION_MIN_SIZE;
    if (size < at_least)
        size = at_least;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        out_of_stack_space();
    /* one touched page per stack must not become 2 MiB */
    madvise(region, size, MADV_NOHUGEPAGE);
    region_next = region;
    region_end = region + size;
}

static StackSegment *carve_segment(size_t size)
{
    mutex_lock(&region_lock);
    if ((size_t)(region_end - region_next) < size)
        map_region(size);
    uint8_t *low = region_next;
    region_next += size;
    mutex_unlock(&region_lock);
    return segment_at(low, size);
}

static int size_class_floor(size_t size)
{
    return 63 - __builtin_clzll(size);
}

static int size_class_ceiling(size_t size)
{
    int class = size_class_floor(size);
    return ((size_t)1 << class) == size ? class : class + 1;
}

/* its pages go back to the OS; the header's page stays (it is rewritten on reuse) */
static void return_pages(uintptr_t low, uintptr_t high)
{
    low = (low + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
    high &= ~(uintptr_t)(PAGE - 1);
    if (high > low)
        madvise((void *)low, high - low, MADV_DONTNEED);
}

static void pool_put(StackSegment *segment)
{
    return_pages(segment->low, segment_top(segment));
    int class = size_class_floor(segment->size);
    /* the odd-sized last segment below the limit is not reused: given for a
     * power of two, it would carry its next owner past the limit (its pages are
     * returned; only its address space stays reserved) */
    if (((size_t)1 << class) != segment->size)
        return;
    mutex_lock(&pool_lock);
    segment->free_link = segment_pool[class];
    segment_pool[class] = segment;
    mutex_unlock(&pool_lock);
}

/* a segment of `size` bytes: a power of two from the pool (or bigger), else
 * exactly that (the last one below the limit) */
static StackSegment *segment_new(size_t size)
{
    int class = size_class_ceiling(size);
    if (((size_t)1 << class) == size && class < SEGMENT_CLASSES) {
        mutex_lock(&pool_lock);
        StackSegment *pooled = segment_pool[class];
        if (pooled != NULL)
            segment_pool[class] = pooled->free_link;
        mutex_unlock(&pool_lock);
        if (pooled != NULL)
            return segment_at((uint8_t *)pooled->low, pooled->size);
    }
    return carve_segment(size);
}

/* every segment newer than `segment`, spares included, goes back to the pool */
static void release_newer(StackSegment *segment)
{
    StackSegment *newer = segment->newer;
    segment->newer = NULL;
    while (newer != NULL) {
        StackSegment *next = newer->newer;
        pool_put(newer);
        newer = next;
    }
}

static void enter_segment(G *g, StackSegment *segment)
{
    g->stack_segment = segment;
    g->stack_low = segment->low;
    g->stack_high = segment_top(segment);
    g->stack_guard = segment->low + STACK_RED_ZONE;
    runtime_stack_guard = atomic_load_explicit(&g->preempt, memory_order_relaxed)
                              ? STACK_GUARD_PREEMPT : g->stack_guard;
}

static size_t bytes_in_use(const StackSegment *segment)
{
    size_t total = 0;
    for (; segment != NULL; segment = segment->older)
        total += segment->size;
    return total;
}

static noreturn void die_of_overflow(uintptr_t sp)
{
    runtime_die_stack_overflow(sp, (uintptr_t)__builtin_return_address(0),
                               (uintptr_t)__builtin_frame_address(0));
}

/* the size of the segment to make after `current` for `need` bytes: twice the
 * current one or more (a power of two), or what is left below the limit */
static size_t next_segment_size(const StackSegment *current, size_t need, uintptr_t sp)
{
    size_t size = (size_t)1 << size_class_ceiling(need);
    size_t doubled = current->size * 2;
    if (doubled > SEGMENT_DOUBLING_MAX)
        doubled = SEGMENT_DOUBLING_MAX;
    if (size < doubled)
        size = doubled;
    size_t used = bytes_in_use(current);
    size_t limit = atomic_load(&max_stack_bytes);
    size_t left = used < limit ? (limit - used) & ~(size_t)(PAGE - 1) : 0;
    if (left < need)
        die_of_overflow(sp);
    return size < left ? size : left;
}

/* Moves g's calls onto a newer segment with `need` usable bytes above its guard;
 * sp is where they leave the current one.  Returns the new segment's top. */
static uintptr_t push_segment(G *g, size_t need, uintptr_t sp)
{
    StackSegment *current = g->stack_segment;
    need += STACK_RED_ZONE + sizeof(StackSegment) + MORESTACK_SLACK;
    StackSegment *next = current->newer;
    if (next != NULL && next->size < need) {
        release_newer(current);
        next = NULL;
    }
    if (next == NULL) {
        next = segment_new(next_segment_size(current, need, sp));
        current->newer = next;
    }
    next->older = current;
    next->older_sp = sp;
    enter_segment(g, next);
    return segment_top(next);
}

/* From __morestack: a function whose prologue asked for frame_size bytes below
 * entry_sp (its sp on entry, pointing at its return address), with argument_size
 * bytes of arguments above that.  Returns 0 when the frame fits where it is (the
 * check failed for a preemption request), else the top of a new segment for it. */
__attribute__((used, visibility("hidden")))
uintptr_t stack_grow(uintptr_t frame_size, uintptr_t argument_size, uintptr_t entry_sp)
{
    G *g = current_g();
    if (g == NULL || g->stack_segment == NULL) {   /* Go code on a thread's own stack */
        runtime_stack_guard = 0;
        return 0;
    }
    if (runtime_stack_guard == STACK_GUARD_PREEMPT) {
        runtime_stack_guard = g->stack_guard;
        runtime_preempt_flag = 0;
        if (atomic_exchange(&g->preempt, false) || atomic_load(&sched.stopping))
            gosched_current(true);
    }
    /* the prologue calls when sp - frame <= guard (or sp <= guard, small frames) */
    if (entry_sp > g->stack_guard + frame_size + MORESTACK_SLACK)
        return 0;
    return push_segment(g, frame_size + argument_size + 16, entry_sp);
}

/* From __morestack, when the function it ran on a new segment has returned. */
__attribute__((used, visibility("hidden"))) void stack_return_from_segment(void)
{
    G *g = current_g();
    StackSegment *finished = g->stack_segment;
    release_newer(finished);         /* keep one spare: `finished` itself */
    enter_segment(g, finished->older);
}

void stack_release_spare(G *g)
{
    if (g->stack_segment != NULL)
        release_newer(g->stack_segment);
}

/* Makes the segment holding `sp` current again (a panic recovered in a frame
 * there; runtime_defer_longjmp follows).  The newer segments stay linked as
 * spares: this still runs on one of them, so none may be released here. */
void stack_unwind_to(G *g, uintptr_t sp)
{
    StackSegment *segment = g->stack_segment;
    if (segment == NULL)
        return;
    while (segment->older != NULL && !(sp >= segment->low && sp < segment_top(segment)))
        segment = segment->older;
    if (segment != g->stack_segment)
        enter_segment(g, segment);
}

/* ---- C recursion ---- */

void stack_switch_call(void (*fn)(void *), void *argument, uintptr_t stack_top);   /* asm */

void stack_call_with_room(size_t room, void (*fn)(void *), void *argument)
{
    G *g = current_g();
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (g == NULL || g->stack_segment == NULL || sp > g->stack_guard + room) {
        fn(argument);
        return;
    }
    uintptr_t top = push_segment(g, room, sp);
    stack_switch_call(fn, argument, top);
    stack_return_from_segment();
}

bool stack_is_low(size_t room)
{
    G *g = current_g();
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    return g != NULL && g->stack_segment != NULL && sp <= g->stack_guard + room;
}

/* ---- ranges (the collector's and traceback's view) ---- */

void stack_for_each_live_range(G *g, uintptr_t sp,
                               void (*visit)(uintptr_t low, uintptr_t high, void *context),
                               void *context)
{
    const StackSegment *segment = g->stack_segment;
    if (segment == NULL) {
        visit(sp, g->stack_high, context);
        return;
    }
    for (; segment != NULL; segment = segment->older) {
        visit(sp, segment_top(segment), context);
        sp = segment->older_sp;
    }
}

/* ---- frames ---- */

void __morestack(void);
extern const uint8_t stack_morestack_end[];

/* The frame that called the one at `frame` ({saved frame pointer, return
 * address}) and, in *return_pc, the return address into it.  A function whose
 * body __morestack ran on a new segment returns into __morestack, whose own frame
 * holds the function's real return address above the one into the function:
 * skip it, so the chain reads as if the call had been direct. */
const uintptr_t *stack_caller_frame(const uintptr_t *frame, uintptr_t *return_pc)
{
    uintptr_t pc = frame[1];
    const uintptr_t *caller = (const uintptr_t *)frame[0];
    if (pc >= (uintptr_t)__morestack && pc < (uintptr_t)stack_morestack_end && caller != NULL) {
        pc = caller[2];
        caller = (const uintptr_t *)caller[0];
    }
    *return_pc = pc;
    return caller;
}

/* how many segments `address` lies below the current one (-1: in none of g's) */
static int segment_depth(const G *g, uintptr_t address)
{
    int depth = 0;
    for (const StackSegment *segment = g->stack_segment; segment != NULL;
         segment = segment->older, depth++) {
        if (address >= segment->low && address < segment_top(segment))
            return depth;
    }
    return -1;
}

bool stack_is_older(const G *g, uintptr_t address, uintptr_t than)
{
    if (g == NULL || g->stack_segment == NULL)
        return address > than;
    int depth = segment_depth(g, address), than_depth = segment_depth(g, than);
    if (depth < 0 || than_depth < 0)
        return false;
    return depth != than_depth ? depth > than_depth : address > than;
}

bool stack_contains(const G *g, uintptr_t address, size_t size)
{
    if (g->stack_segment == NULL)
        return address >= g->stack_low && address + size <= g->stack_high;
    int depth = segment_depth(g, address);
    return depth >= 0 && segment_depth(g, address + size - 1) == depth;
}

/* ---- a G's first segment ---- */

void stack_allocate(G *g)
{
    StackSegment *segment = carve_segment(goroutine_stack_size);
    enter_segment(g, segment);
}

void stack_bind(G *g, void **pool_node)
{
    StackSegment *segment = (StackSegment *)((uint8_t *)pool_node - offsetof(StackSegment, free_link));
    segment->older = segment->newer = NULL;
    enter_segment(g, segment);
}

void **stack_release(G *g)
{
    StackSegment *first = g->stack_segment;
    while (first->older != NULL)
        first = first->older;
    if (first->newer != NULL) {
        release_newer(first);
        return_pages(first->low, segment_top(first) - FIRST_SEGMENT_KEEP);
    }
    g->stack_segment = NULL;
    return (void **)&first->free_link;
}

_Atomic size_t max_stack_bytes = STACK_LIMIT;

/* runtime/debug.SetMaxStack: the new limit for goroutines' segments, the old one back */
int64_t runtime_setmaxstack(int64_t bytes)
{
    return (int64_t)atomic_exchange(&max_stack_bytes, bytes > 0 ? (size_t)bytes : 0);
}

bool stack_allocate_main(G *g)
{
    size_t size = STACK_LIMIT & ~(size_t)(PAGE - 1);
    size_t total = size + MAIN_STACK_GUARD_SIZE;
    uint8_t *region = mmap(NULL, total, PROT_NONE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return false;
    uint8_t *low = region + MAIN_STACK_GUARD_SIZE;
    if (mprotect(low, size, PROT_READ | PROT_WRITE) != 0) {
        munmap(region, total);
        return false;
    }
    runtime_main_stack_low = (uintptr_t)low;
    runtime_main_stack_high = (uintptr_t)(low + size);
    enter_segment(g, segment_at(low, size));
    return true;
}
