/*
 * Run queues: where runnable goroutines wait for an M.
 *
 * Each P has a ring of RUNQ_SIZE slots and a runnext slot.  Only the P's owner
 * pushes (it alone writes runq_tail); anyone may pop, by a compare-and-swap on
 * runq_head, so the owner and thieves need no lock.  A G made runnable by the
 * running G (a channel handoff, a new goroutine) goes to runnext and runs as
 * soon as the current one blocks, keeping a producer/consumer pair on one
 * thread; the G it displaces goes to the ring's tail.  When the ring is full,
 * half of it moves to the global queue, which is a plain list under sched.lock.
 *
 * Stealing takes half of the victim's ring (rounded up), into the thief's own
 * ring.  runnext is stolen only as a last resort and after a short pause when
 * the victim is running, since its owner is probably about to run it.
 *
 * Indices are free-running uint32 counters; tail - head is the length and
 * index % RUNQ_SIZE the slot, so wrap-around needs no care.
 */
#include "sched.h"

#include <unistd.h>

enum { STEAL_RUNNEXT_PAUSE_US = 3 };

static uint32_t load_acquire(_Atomic uint32_t *value)
{
    return atomic_load_explicit(value, memory_order_acquire);
}

/* moves half of p's full ring plus g to the global queue; false if thieves
 * took some meanwhile (the caller retries the ordinary push) */
static bool runq_put_slow(P *p, G *g, uint32_t head, uint32_t tail)
{
    enum { HALF = RUNQ_SIZE / 2 };
    G *batch[HALF + 1];
    uint32_t count = (tail - head) / 2;
    if (count != HALF)
        return false;
    for (uint32_t i = 0; i < count; i++)
        batch[i] = atomic_load_explicit(&p->runq[(head + i) % RUNQ_SIZE], memory_order_relaxed);
    if (!atomic_compare_exchange_strong_explicit(&p->runq_head, &head, head + count,
                                                 memory_order_release, memory_order_relaxed))
        return false;
    batch[count] = g;
    mutex_lock(&sched.lock);
    for (uint32_t i = 0; i <= count; i++)
        sched_put_global(batch[i]);
    mutex_unlock(&sched.lock);
    return true;
}

void runq_put(P *p, G *g, bool next)
{
    if (next) {
        g = atomic_exchange_explicit(&p->runnext, g, memory_order_acq_rel);
        if (g == NULL)
            return;
    }
    for (;;) {
        uint32_t head = load_acquire(&p->runq_head);
        uint32_t tail = atomic_load_explicit(&p->runq_tail, memory_order_relaxed);
        if (tail - head < RUNQ_SIZE) {
            atomic_store_explicit(&p->runq[tail % RUNQ_SIZE], g, memory_order_relaxed);
            atomic_store_explicit(&p->runq_tail, tail + 1, memory_order_release);
            return;
        }
        if (runq_put_slow(p, g, head, tail))
            return;
    }
}

G *runq_get(P *p)
{
    G *next = atomic_load_explicit(&p->runnext, memory_order_relaxed);
    if (next != NULL && atomic_compare_exchange_strong(&p->runnext, &next, NULL))
        return next;
    for (;;) {
        uint32_t head = load_acquire(&p->runq_head);
        uint32_t tail = atomic_load_explicit(&p->runq_tail, memory_order_relaxed);
        if (tail == head)
            return NULL;
        G *g = atomic_load_explicit(&p->runq[head % RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_strong_explicit(&p->runq_head, &head, head + 1,
                                                    memory_order_release, memory_order_relaxed))
            return g;
    }
}

bool runq_empty(P *p)
{
    for (;;) {
        uint32_t head = load_acquire(&p->runq_head);
        uint32_t tail = load_acquire(&p->runq_tail);
        G *next = atomic_load(&p->runnext);
        if (tail == load_acquire(&p->runq_tail))
            return head == tail && next == NULL;
    }
}

int32_t runq_length(P *p)
{
    return (int32_t)(load_acquire(&p->runq_tail) - load_acquire(&p->runq_head));
}

/* copies up to half of victim's ring into p's ring starting at p's tail (not
 * yet published); returns how many */
static uint32_t runq_grab(P *p, P *victim, bool steal_runnext)
{
    uint32_t destination = atomic_load_explicit(&p->runq_tail, memory_order_relaxed);
    for (;;) {
        uint32_t head = load_acquire(&victim->runq_head);
        uint32_t tail = load_acquire(&victim->runq_tail);
        uint32_t count = tail - head;
        count -= count / 2;
        if (count == 0) {
            if (!steal_runnext)
                return 0;
            /* A running owner probably runs its runnext within microseconds:
             * pause once, then make one attempt.  Only once: a producer that
             * keeps readying its consumer keeps runnext full, and waiting for
             * it to empty would trap this M in a sleep loop, counted as the
             * spinning M (so nobody else is woken) yet never working. */
            if (atomic_load(&victim->runnext) == NULL)
                return 0;
            if (atomic_load(&victim->status) == P_RUNNING)
                usleep(STEAL_RUNNEXT_PAUSE_US);
            G *next = atomic_load(&victim->runnext);
            if (next == NULL || !atomic_compare_exchange_strong(&victim->runnext, &next, NULL))
                return 0;
            atomic_store_explicit(&p->runq[destination % RUNQ_SIZE], next, memory_order_relaxed);
            return 1;
        }
        if (count > RUNQ_SIZE / 2)
            continue;           /* head and tail read at different moments */
        for (uint32_t i = 0; i < count; i++) {
            G *g = atomic_load_explicit(&victim->runq[(head + i) % RUNQ_SIZE],
                                        memory_order_relaxed);
            atomic_store_explicit(&p->runq[(destination + i) % RUNQ_SIZE], g,
                                  memory_order_relaxed);
        }
        if (atomic_compare_exchange_strong_explicit(&victim->runq_head, &head, head + count,
                                                    memory_order_release, memory_order_relaxed))
            return count;
    }
}

G *runq_steal(P *p, P *victim, bool steal_runnext)
{
    uint32_t tail = atomic_load_explicit(&p->runq_tail, memory_order_relaxed);
    uint32_t count = runq_grab(p, victim, steal_runnext);
    if (count == 0)
        return NULL;
    count--;
    G *g = atomic_load_explicit(&p->runq[(tail + count) % RUNQ_SIZE], memory_order_relaxed);
    if (count > 0)
        atomic_store_explicit(&p->runq_tail, tail + count, memory_order_release);
    return g;
}

void sched_put_global(G *g)
{
    g->schedlink = NULL;
    if (sched.runq_tail != NULL)
        sched.runq_tail->schedlink = g;
    else
        sched.runq_head = g;
    sched.runq_tail = g;
    atomic_fetch_add(&sched.runq_size, 1);
}

static G *global_pop(void)
{
    G *g = sched.runq_head;
    if (g == NULL)
        return NULL;
    sched.runq_head = g->schedlink;
    if (sched.runq_head == NULL)
        sched.runq_tail = NULL;
    atomic_fetch_sub(&sched.runq_size, 1);
    return g;
}

/* Under sched.lock.  Besides the one returned, moves a fair share of the global
 * queue into p's ring; callers pass max = 1 unless p's ring is empty, so the
 * ring cannot overflow (which would take sched.lock again). */
G *global_runq_get(P *p, int32_t max)
{
    int32_t size = atomic_load(&sched.runq_size);
    if (size == 0)
        return NULL;
    int32_t count = size / gomaxprocs + 1;
    if (count > size)
        count = size;
    if (max > 0 && count > max)
        count = max;
    if (count > RUNQ_SIZE / 2)
        count = RUNQ_SIZE / 2;
    G *first = global_pop();
    for (int32_t i = 1; i < count; i++)
        runq_put(p, global_pop(), false);
    return first;
}

void runq_move_all_to_global(P *p)
{
    G *next = atomic_exchange(&p->runnext, NULL);
    if (next != NULL)
        sched_put_global(next);
    for (G *g; (g = runq_get(p)) != NULL;)
        sched_put_global(g);
}
