/*
 * Wait queues: the goroutines parked on one channel direction or semaphore.
 *
 * A doubly linked list of Waiters (sched.h) in arrival order, so a waiter can
 * leave from the middle (a select taking back the cases that did not fire).
 * `queued` says whether a waiter is still linked: a select's cleanup and a
 * waker that found the select already won may both try to unlink the same one.
 * Callers hold the lock of the queue's owner.
 *
 * Cancellable waits (goroutine_cancel_wait; the REPL's Ctrl-C on a blocked input).
 * Every wait that can last forever - a channel send or receive, a select, a
 * semaphore (sync.Mutex, RWMutex, WaitGroup, Cond), time.Sleep, a nil channel or
 * select{} - can be ended from outside, so that the goroutine unwinds (its deferred
 * calls run, as with runtime.Goexit) instead of staying parked.  Protocol:
 *   - the waiting G, holding the wait's lock L (the channel's, the semaphore
 *     bucket's, timers_lock, forever_lock; for a select the lock of the channel
 *     it names, one of those it holds) and after queueing itself, publishes
 *     g->wait_site = kind | owner of L (wait_begin), then parks: L is released
 *     only once it is switched out;
 *   - the canceller reads g->wait_site, takes L, and only if it finds the G still
 *     queued there (its Waiter in the queue, its sleep timer in the heap, its
 *     forever flag; a select's claim g->select_done still free) takes it out,
 *     sets g->wait_cancelled and, after releasing L, readies it.  Finding it
 *     queued under L proves the G is switched out and that no waker has it,
 *     exactly as for a waker; a stale wait_site only makes the look-up fail;
 *   - woken, the G clears wait_site and, if wait_cancelled, unwinds (wait_end)
 *     before it runs any Go code.  Until then it holds no safepoint, so the
 *     object the canceller read (a channel) cannot be collected between the
 *     canceller's read and its lock (preemption and collection are cooperative:
 *     a collection waits for every running G to reach a safepoint).
 *   - the canceller names the goroutine by G and id: Gs are reused, ids never,
 *     and a queued G's id is stable, so only that goroutine is cancelled.
 * The fast paths are untouched: the waits pay a store before park and a store
 * and a load after it.
 */
#include "sched.h"

static void link_between(WaitQueue *queue, Waiter *waiter, Waiter *prev, Waiter *next)
{
    waiter->prev = prev;
    waiter->next = next;
    if (prev != NULL)
        prev->next = waiter;
    else
        queue->first = waiter;
    if (next != NULL)
        next->prev = waiter;
    else
        queue->last = waiter;
    waiter->queued = true;
}

void waitq_enqueue(WaitQueue *queue, Waiter *waiter)
{
    link_between(queue, waiter, queue->last, NULL);
}

void waitq_push_front(WaitQueue *queue, Waiter *waiter)
{
    link_between(queue, waiter, NULL, queue->first);
}

static void waitq_unlink(WaitQueue *queue, Waiter *waiter)
{
    if (waiter->prev != NULL)
        waiter->prev->next = waiter->next;
    else
        queue->first = waiter->next;
    if (waiter->next != NULL)
        waiter->next->prev = waiter->prev;
    else
        queue->last = waiter->prev;
    waiter->next = waiter->prev = NULL;
    waiter->queued = false;
}

void waitq_remove(WaitQueue *queue, Waiter *waiter)
{
    if (waiter->queued)
        waitq_unlink(queue, waiter);
}

Waiter *waitq_dequeue(WaitQueue *queue)
{
    for (;;) {
        Waiter *waiter = queue->first;
        if (waiter == NULL)
            return NULL;
        waitq_unlink(queue, waiter);
        if (waiter->is_select) {
            uint32_t expected = 0;
            if (!atomic_compare_exchange_strong(&waiter->g->select_done, &expected, 1))
                continue;       /* another case of its select won */
        }
        return waiter;
    }
}

/* ---- cancellable waits ---- */

/* g's waiter in queue, taken out if g is still goroutine id; true if so.  A
 * select's is claimed as a waker would claim it; its own clean-up then unlinks
 * every case (g->wake_waiter NULL: no case won).  The owner's lock is held. */
bool waitq_cancel(WaitQueue *queue, G *g, int64_t id, bool is_select)
{
    for (Waiter *waiter = queue->first; waiter != NULL; waiter = waiter->next) {
        if (waiter->g != g || waiter->is_select != is_select)
            continue;
        if (g->id != id)
            return false;
        if (is_select) {
            uint32_t expected = 0;
            if (!atomic_compare_exchange_strong(&g->select_done, &expected, 1))
                return false;
            g->wake_waiter = NULL;
            return true;
        }
        waitq_unlink(queue, waiter);
        return true;
    }
    return false;
}

static Mutex forever_lock;

static void unlock_forever(void *unused)
{
    (void)unused;
    mutex_unlock(&forever_lock);
}

/* nil channels, select{} and selects on nil channels only: parked until
 * cancelled, if ever (nobody else readies it) */
noreturn void block_forever(int reason)
{
    G *g = current_g();
    for (;;) {
        mutex_lock(&forever_lock);
        wait_begin(g, WAIT_SITE_FOREVER, &forever_lock);
        park(unlock_forever, NULL, reason);
        wait_end(g);
    }
}

static bool forever_cancel(G *g, uintptr_t site, int64_t id)
{
    mutex_lock(&forever_lock);
    bool parked_here = atomic_load(&g->wait_site) == site && g->id == id;
    if (parked_here)
        atomic_store(&g->wait_site, 0);
    mutex_unlock(&forever_lock);
    return parked_here;
}

/* Ends goroutine id's wait if g is still parked in a cancellable one: it wakes
 * and unwinds.  False if it is not waiting (running, runnable, or just woken by
 * the event it waited for) or waits where nothing can cancel it. */
bool goroutine_cancel_wait(G *g, int64_t id)
{
    uintptr_t site = atomic_load_explicit(&g->wait_site, memory_order_acquire);
    void *owner = (void *)(site & ~(uintptr_t)WAIT_SITE_KIND_MASK);
    bool taken = false;
    switch (site & WAIT_SITE_KIND_MASK) {
    case WAIT_SITE_CHANNEL: taken = channel_cancel_wait(owner, g, id, false); break;
    case WAIT_SITE_SELECT: taken = channel_cancel_wait(owner, g, id, true); break;
    case WAIT_SITE_SEMA: taken = sema_cancel_wait(owner, g, id); break;
    case WAIT_SITE_SLEEP: taken = timers_cancel_sleep(g, id); break;
    case WAIT_SITE_FOREVER: taken = forever_cancel(g, site, id); break;
    default: break;
    }
    if (!taken)
        return false;
    g->wait_cancelled = true;     /* it is out of every queue: nobody else readies it */
    ready(g);
    return true;
}

/* the G, awake: it no longer waits; if cancelled it unwinds like runtime.Goexit */
void wait_end(G *g)
{
    atomic_store_explicit(&g->wait_site, 0, memory_order_relaxed);
    if (__builtin_expect(g->wait_cancelled, 0)) {
        g->wait_cancelled = false;
        runtime_goexit_after_defers();
        __builtin_unreachable();
    }
}
