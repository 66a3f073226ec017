/*
 * Goroutine stacks.
 *
 * Stacks do not grow (yet), so each is given plenty of address space and costs
 * only the pages it touches: stacks are carved side by side out of large regions
 * mapped MAP_NORESERVE (reserving address space is free on x86-64; the kernel
 * commits a page when it is first written).  A goroutine that blocks right away
 * touches one 4 KiB page.  Stacks are never unmapped: a finished G's stack waits
 * on a free list until a goroutine first runs (goroutine.c).
 *
 * Size: GOROUTINE_STACK_DEFAULT (256 KiB), or MINIGO_STACK_SIZE from the
 * environment (bytes, with an optional K, M or G suffix; rounded up to pages; at
 * least 64 KiB, at most 1 GiB).  256 KiB allows recursion some thousands of
 * calls deep and keeps the page tables of a million goroutines (4 KiB of page
 * table per 2 MiB of touched stacks: 512 bytes per goroutine, which the kernel
 * spends but RSS does not show) modest.  The main goroutine alone gets 1 GB, gc's
 * limit, with an inaccessible guard region below it.
 *
 * No guard pages between goroutine stacks: each one would split a mapping, and
 * Linux's vm.max_map_count (65530) would stop us near 32 K goroutines.  Overflow
 * is caught in software instead: generated code compares sp with the G's
 * stack_guard (STACK_RED_ZONE above the bottom, room for runtime C functions,
 * which do not check) and calls runtime_morestack (preempt.c) below it.
 *
 * Transparent huge pages are refused for stack regions: one touched page per
 * stack must not become 2 MiB.  G metadata never lives on the stack (that would
 * touch a second page per goroutine).
 */
#include "sched.h"

#include <stdlib.h>
#include <sys/mman.h>

enum {
    PAGE = 4096,
    MIN_STACK_SIZE = 64 * 1024,
    REGION_MIN_SIZE = 1 << 30,
    MAIN_STACK_SIZE = 1 << 30,
    MAIN_STACK_GUARD_SIZE = 1 << 20,
};
#define GOROUTINE_STACK_DEFAULT ((size_t)256 * 1024)
#define MAX_STACK_SIZE ((size_t)1 << 30)

size_t goroutine_stack_size = GOROUTINE_STACK_DEFAULT;
uintptr_t runtime_main_stack_low;
uintptr_t runtime_main_stack_high;

static Mutex region_lock;
static uint8_t *region_next;         /* next stack's bottom */
static uint8_t *region_end;

/* "256K", "1M", "65536" -> bytes; 0 when malformed */
static size_t parse_size(const char *text)
{
    size_t value = 0;
    const char *cursor = text;
    for (; *cursor >= '0' && *cursor <= '9'; cursor++) {
        if (value > MAX_STACK_SIZE)
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
    if (size > MAX_STACK_SIZE)
        size = MAX_STACK_SIZE;
    goroutine_stack_size = (size + PAGE - 1) / PAGE * PAGE;
}

static noreturn void out_of_stack_space(void)
{
    static const char message[] = "runtime: cannot reserve goroutine stacks";
    runtime_throw((const uint8_t *)message, sizeof message - 1);
}

static void map_region(void)
{
    size_t size = goroutine_stack_size * 64;
    if (size < REGION_MIN_SIZE)
        size = REGION_MIN_SIZE;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        out_of_stack_space();
    madvise(region, size, MADV_NOHUGEPAGE);
    region_next = region;
    region_end = region + size;
}

static void set_bounds(G *g, uintptr_t low, uintptr_t high)
{
    g->stack_low = low;
    g->stack_high = high;
    g->stack_guard = low + STACK_RED_ZONE;
}

void stack_bind(G *g, uintptr_t stack_high)
{
    set_bounds(g, stack_high - goroutine_stack_size, stack_high);
}

void stack_allocate(G *g)
{
    mutex_lock(&region_lock);
    if ((size_t)(region_end - region_next) < goroutine_stack_size)
        map_region();
    uint8_t *low = region_next;
    region_next += goroutine_stack_size;
    mutex_unlock(&region_lock);
    set_bounds(g, (uintptr_t)low, (uintptr_t)(low + goroutine_stack_size));
}

bool stack_allocate_main(G *g)
{
    size_t total = (size_t)MAIN_STACK_SIZE + MAIN_STACK_GUARD_SIZE;
    uint8_t *region = mmap(NULL, total, PROT_NONE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return false;
    uint8_t *low = region + MAIN_STACK_GUARD_SIZE;
    if (mprotect(low, MAIN_STACK_SIZE, PROT_READ | PROT_WRITE) != 0) {
        munmap(region, total);
        return false;
    }
    runtime_main_stack_low = (uintptr_t)low;
    runtime_main_stack_high = (uintptr_t)(low + MAIN_STACK_SIZE);
    set_bounds(g, runtime_main_stack_low, runtime_main_stack_high);
    return true;
}
