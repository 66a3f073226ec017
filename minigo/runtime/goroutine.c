/*
 * Making goroutines: G records, their ids, and the pools that recycle them.
 *
 * A G record and its stack are made together and never freed.  When a goroutine
 * finishes, its G (stack included) goes on its P's free list, which spills half
 * to a global list past GFREE_LOCAL_MAX and refills from it when empty, so a
 * program that starts a million short goroutines in waves reuses a few
 * thousand stacks, and a P rarely takes a lock to start one.
 *
 * Every G ever made is in all_goroutines, an array that only grows: the
 * deadlock report walks it, and so will the garbage collector (every G's stack
 * from its saved sp to its top is a root).  G records live in runtime memory
 * (persistent_alloc), not on their stacks and not in the Go heap.
 *
 * Ids are handed to each P in batches of GOID_BATCH, as gc does, so starting a
 * goroutine needs no shared counter; main is goroutine 1 and, since gc's own
 * runtime goroutines take ids 2-4, the first `go` in main gets 5, as under gc.
 */
#include "sched.h"

#include <string.h>

enum { GOID_BATCH = 16, GFREE_LOCAL_MAX = 64, GFREE_MOVE = 32, GC_RUNTIME_GOROUTINES = 3 };

static Mutex all_goroutines_lock;
static G **all_goroutines;
static int64_t all_goroutines_count, all_goroutines_capacity;

static Mutex free_lock;
static G *free_global;
static int32_t free_global_count;

static _Atomic int64_t goid_generator;

static void remember_goroutine(G *g)
{
    mutex_lock(&all_goroutines_lock);
    if (all_goroutines_count == all_goroutines_capacity) {
        int64_t capacity = all_goroutines_capacity ? all_goroutines_capacity * 2 : 1024;
        G **grown = persistent_alloc((size_t)capacity * sizeof(G *));
        if (all_goroutines_count > 0)
            memcpy(grown, all_goroutines, (size_t)all_goroutines_count * sizeof(G *));
        /* the old array is left behind: a racing reader may still hold it */
        all_goroutines = grown;
        all_goroutines_capacity = capacity;
    }
    all_goroutines[all_goroutines_count++] = g;
    mutex_unlock(&all_goroutines_lock);
}

void goroutines_for_each(void (*visit)(G *g, void *context), void *context)
{
    mutex_lock(&all_goroutines_lock);
    int64_t count = all_goroutines_count;
    G **goroutines = all_goroutines;
    mutex_unlock(&all_goroutines_lock);
    for (int64_t i = 0; i < count; i++)
        visit(goroutines[i], context);
}

static int64_t next_goroutine_id(P *p)
{
    if (p == NULL)
        return atomic_fetch_add(&goid_generator, 1) + 1;
    if (p->goid_next == p->goid_end) {
        int64_t end = atomic_fetch_add(&goid_generator, GOID_BATCH) + GOID_BATCH;
        p->goid_next = end - GOID_BATCH + 1;
        p->goid_end = end + 1;
    }
    return p->goid_next++;
}

static G *take_free_goroutine(P *p)
{
    if (p == NULL) {                 /* a thread without a P: the global list only */
        mutex_lock(&free_lock);
        G *g = free_global;
        if (g != NULL) {
            free_global = g->schedlink;
            free_global_count--;
        }
        mutex_unlock(&free_lock);
        return g;
    }
    if (p->gfree == NULL && free_global != NULL) {
        mutex_lock(&free_lock);
        while (p->gfree_count < GFREE_MOVE && free_global != NULL) {
            G *g = free_global;
            free_global = g->schedlink;
            free_global_count--;
            g->schedlink = p->gfree;
            p->gfree = g;
            p->gfree_count++;
        }
        mutex_unlock(&free_lock);
    }
    G *g = p->gfree;
    if (g != NULL) {
        p->gfree = g->schedlink;
        p->gfree_count--;
    }
    return g;
}

static void move_free_goroutines(P *p, int32_t keep)
{
    mutex_lock(&free_lock);
    while (p->gfree_count > keep) {
        G *g = p->gfree;
        p->gfree = g->schedlink;
        p->gfree_count--;
        g->schedlink = free_global;
        free_global = g;
        free_global_count++;
    }
    mutex_unlock(&free_lock);
}

void goroutine_free(P *p, G *g)
{
    set_status(g, G_DEAD);
    g->schedlink = p->gfree;
    p->gfree = g;
    if (++p->gfree_count >= GFREE_LOCAL_MAX)
        move_free_goroutines(p, GFREE_LOCAL_MAX - GFREE_MOVE);
}

void goroutine_free_list_move_to_global(P *p)
{
    move_free_goroutines(p, 0);
}

G *goroutine_new(P *p, void (*fn)(void *), void *argument)
{
    G *g = take_free_goroutine(p);
    if (g == NULL) {
        g = persistent_alloc(sizeof(G));
        stack_allocate(g);
        remember_goroutine(g);
    }
    g->saved_sp = runtime_context_make(g->stack_high, fn, argument);
    g->id = next_goroutine_id(p);
    g->wait_reason = WAIT_NONE;
    atomic_store_explicit(&g->preempt, false, memory_order_relaxed);
    g->schedlink = NULL;
    g->wake_waiter = NULL;
    g->creator_pc = 0;
    g->defer_state = (DeferState){0};
    set_status(g, G_RUNNABLE);
    return g;
}

G *goroutine_new_main(P *p, void (*fn)(void *))
{
    G *g = persistent_alloc(sizeof(G));
    if (!stack_allocate_main(g))
        stack_allocate(g);
    g->is_main = true;
    g->saved_sp = runtime_context_make(g->stack_high, fn, NULL);
    g->id = next_goroutine_id(p);
    p->goid_next += GC_RUNTIME_GOROUTINES;
    set_status(g, G_RUNNABLE);
    remember_goroutine(g);
    return g;
}

/* every G made, less the pooled ones: read without locks, as gc does, so a
 * goroutine that is just finishing may still count */
int64_t runtime_numgoroutine(void)
{
    int64_t count = __atomic_load_n(&all_goroutines_count, __ATOMIC_RELAXED) -
                    __atomic_load_n(&free_global_count, __ATOMIC_RELAXED);
    for (int32_t i = 0; i < gomaxprocs; i++)
        count -= __atomic_load_n(&all_p[i]->gfree_count, __ATOMIC_RELAXED);
    return count;
}

void goroutine_start(void (*fn)(void *), void *argument, uintptr_t creator_pc)
{
    M *m = current_m();
    G *g = goroutine_new(m != NULL ? m->p : NULL, fn, argument);
    g->creator_pc = creator_pc;
    ready(g);
}

void runtime_newproc(void *fn, void *block)
{
    goroutine_start((void (*)(void *))fn, block, (uintptr_t)__builtin_return_address(0));
}
