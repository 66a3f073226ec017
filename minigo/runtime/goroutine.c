/*
 * Making goroutines: G records, their ids, and the pools that recycle them.
 *
 * A G record is made once and never freed; a stack is bound to it only when it
 * first runs.  A `go` statement that runs ahead of its goroutines (a loop
 * starting 100 000 of them before any is scheduled) therefore costs one G
 * record each, not one touched stack page each: its new G's first context lives
 * in the G (start_frame), and the first switch to it lands in
 * goroutine_first_entry, which takes a stack from its P's pool on the g0 stack
 * (g0 is switched out then, so the stack below its saved sp is free) and enters
 * the goroutine there.  A finished G gives its stack back to its P at once: its
 * first segment, that is; segments it grew go back to stack.c's pools.
 *
 * Both pools (dead Gs, free stacks) are LIFO per P: the stack reused next is the
 * one freed last, still in cache and its page already faulted in.  A P's list
 * past FREE_LOCAL_MAX spills its oldest half to a global list and refills from
 * it when empty, so a P rarely takes a lock to start a goroutine.
 *
 * Every G ever made is in all_goroutines, an array that only grows: the
 * deadlock report walks it, and so will the garbage collector (every G's stack
 * from its saved sp to its top is a root; a never-run G's "stack" is its
 * start_frame, which holds the function and argument).  G records live in
 * runtime memory (persistent_alloc), not on their stacks and not in the Go heap.
 *
 * Ids are handed to each P in batches of GOID_BATCH, as gc does, so starting a
 * goroutine needs no shared counter; main is goroutine 1 and, since gc's own
 * runtime goroutines take ids 2-4, the first `go` in main gets 5, as under gc.
 */
#include "sched.h"

#include <stddef.h>
#include <string.h>

enum { GOID_BATCH = 16, FREE_LOCAL_MAX = 64, FREE_MOVE = 32, GC_RUNTIME_GOROUTINES = 3 };

typedef struct {
    Mutex lock;
    FreeList list;
} SharedFreeList;

static Mutex all_goroutines_lock;
static G **all_goroutines;
static int64_t all_goroutines_count, all_goroutines_capacity;

static SharedFreeList free_goroutines_global, free_stacks_global;

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

static void free_list_push(FreeList *list, void **node)
{
    *node = list->head;
    list->head = node;
    list->count++;
}

static void **free_list_pop(FreeList *list)
{
    void **node = list->head;
    if (node != NULL) {
        list->head = *node;
        list->count--;
    }
    return node;
}

/* the local list keeps its `keep` newest nodes; the older rest go to shared */
static void free_list_spill(FreeList *local, SharedFreeList *shared, int32_t keep)
{
    void ***link = &local->head;
    for (int32_t i = 0; i < keep && *link != NULL; i++)
        link = (void ***)*link;
    void **first = *link;
    if (first == NULL)
        return;
    int32_t moved = 1;
    void **last = first;
    while (*last != NULL) {
        last = *last;
        moved++;
    }
    *link = NULL;
    local->count -= moved;
    mutex_lock(&shared->lock);
    *last = shared->list.head;
    shared->list.head = first;
    shared->list.count += moved;
    mutex_unlock(&shared->lock);
}

static void free_list_put(FreeList *local, SharedFreeList *shared, void **node)
{
    free_list_push(local, node);
    if (local->count >= FREE_LOCAL_MAX)
        free_list_spill(local, shared, FREE_LOCAL_MAX - FREE_MOVE);
}

/* local may be NULL: a thread without a P takes from the shared list only */
static void **free_list_take(FreeList *local, SharedFreeList *shared)
{
    if (local != NULL && local->head != NULL)
        return free_list_pop(local);
    if (atomic_load_explicit((_Atomic(void **) *)&shared->list.head, memory_order_relaxed) == NULL)
        return NULL;
    mutex_lock(&shared->lock);
    void **node = free_list_pop(&shared->list);
    while (local != NULL && local->count < FREE_MOVE && shared->list.head != NULL)
        free_list_push(local, free_list_pop(&shared->list));
    mutex_unlock(&shared->lock);
    return node;
}

static G *take_free_goroutine(P *p)
{
    void **node = free_list_take(p != NULL ? &p->free_goroutines : NULL, &free_goroutines_global);
    return node != NULL ? (G *)((uint8_t *)node - offsetof(G, schedlink)) : NULL;
}

void goroutine_free(P *p, G *g)
{
    set_status(g, G_DEAD);
    free_list_put(&p->free_stacks, &free_stacks_global, stack_release(g));
    free_list_put(&p->free_goroutines, &free_goroutines_global, (void **)&g->schedlink);
}

void goroutine_free_list_move_to_global(P *p)
{
    free_list_spill(&p->free_goroutines, &free_goroutines_global, 0);
    free_list_spill(&p->free_stacks, &free_stacks_global, 0);
}

/* ---- a goroutine's first run ---- */

void goroutine_first_entry(void);

/* On the g0 stack, from goroutine_first_entry: gives g a stack (the one its P
 * freed last, if any) and returns its top, where g starts. */
__attribute__((used, visibility("hidden"))) uintptr_t goroutine_bind_stack(G *g)
{
    P *p = current_m()->p;
    void **node = free_list_take(&p->free_stacks, &free_stacks_global);
    if (node != NULL)
        stack_bind(g, node);
    else
        stack_allocate(g);
    runtime_stack_guard = g->stack_guard;
    if (atomic_load_explicit(&g->preempt, memory_order_relaxed))
        runtime_stack_guard = STACK_GUARD_PREEMPT;
    return g->stack_high;
}

#if defined(__x86_64__)
/* g's first context, in asm_amd64.S's layout: r15 r14 r13 r12 rbx rbp <return
 * address>; the entry finds fn in r12, its argument in r13 and g in rbx */
static void prepare_first_context(G *g, void (*fn)(void *), void *argument)
{
    uintptr_t top = (uintptr_t)(g->start_frame + sizeof g->start_frame / sizeof(uintptr_t)) &
                    ~(uintptr_t)15;
    uintptr_t *frame = (uintptr_t *)top - 7;
    frame[0] = 0;
    frame[1] = 0;
    frame[2] = (uintptr_t)argument;
    frame[3] = (uintptr_t)fn;
    frame[4] = (uintptr_t)g;
    frame[5] = 0;                    /* rbp: ends the frame-pointer chain */
    frame[6] = (uintptr_t)goroutine_first_entry;
    g->saved_sp = (uintptr_t)frame;
    g->stack_low = (uintptr_t)g->start_frame;
    g->stack_high = top;
    g->stack_guard = 0;
    g->stack_segment = NULL;
}

/* asm_amd64.S's goroutine_first_entry reads M.g0_sp at this offset. */
_Static_assert(offsetof(M, g0_sp) == 8, "goroutine_first_entry reads M.g0_sp at offset 8");
#else
#error "goroutine.c: no first-context layout for this architecture"
#endif

G *goroutine_new(P *p, void (*fn)(void *), void *argument)
{
    G *g = take_free_goroutine(p);
    if (g == NULL) {
        g = persistent_alloc(sizeof(G));
        remember_goroutine(g);
    }
    prepare_first_context(g, fn, argument);
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
                    __atomic_load_n(&free_goroutines_global.list.count, __ATOMIC_RELAXED);
    for (int32_t i = 0; i < gomaxprocs; i++)
        count -= __atomic_load_n(&all_p[i]->free_goroutines.count, __ATOMIC_RELAXED);
    return count - atomic_load_explicit(&finalizer_goroutine_waiting, memory_order_relaxed);
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
