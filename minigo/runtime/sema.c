/*
 * Semaphores on addresses: the blocking half of package sync.
 *
 * sync.Mutex, RWMutex and WaitGroup keep their fast paths in atomics on their
 * own words and come here only to sleep and to wake a sleeper:
 * runtime_semacquire waits until the uint32 at address is positive and
 * decrements it; runtime_semrelease increments it and wakes one waiter.  The
 * semaphore is just that word, so a zero-valued sync.Mutex needs no set-up.
 *
 * Sleepers are kept in SEMA_BUCKETS buckets hashed by address, each a lock, a
 * wait queue (waitq.c) and a count of sleepers that lets a release with nobody waiting
 * skip the lock.  The count is raised *before* the final re-check of the word
 * under the bucket lock, and a release raises the word before reading the
 * count, so a release cannot miss a sleeper.  Waiters live on the sleeping
 * goroutine's stack.  With handoff, the releaser takes the unit for the waiter
 * it wakes (sync.Mutex's starvation mode), so no newcomer can barge in.
 *
 * A sleep can be cancelled (waitq.c: the REPL's Ctrl-C): the sleeper publishes
 * its bucket before parking, and the canceller takes its Waiter out under the
 * bucket lock; the woken G then unwinds without taking a unit.
 *
 * Go 1.19 shows every such wait as "semacquire" (WaitGroup.Wait, Mutex.Lock,
 * RWMutex alike), and so do we.
 */
#include "sched.h"

enum { SEMA_BUCKETS = 251, MUTEX_SPIN_ROUNDS = 4, MUTEX_SPIN_PAUSES = 30 };

typedef struct {
    Mutex lock;
    _Atomic uint32_t sleepers;
    WaitQueue queue;                 /* Waiter.element: the semaphore's address */
} __attribute__((aligned(64))) SemaBucket;

static SemaBucket buckets[SEMA_BUCKETS];

static SemaBucket *bucket_for(void *address)
{
    return &buckets[((uintptr_t)address >> 3) % SEMA_BUCKETS];
}

static bool try_acquire(_Atomic uint32_t *address)
{
    uint32_t value = atomic_load(address);
    while (value > 0)
        if (atomic_compare_exchange_weak(address, &value, value - 1))
            return true;
    return false;
}

static void unlock_bucket(void *bucket)
{
    mutex_unlock(&((SemaBucket *)bucket)->lock);
}

void runtime_semacquire(void *address, int64_t lifo)
{
    _Atomic uint32_t *word = address;
    if (try_acquire(word))
        return;
    SemaBucket *bucket = bucket_for(address);
    Waiter self = {.g = current_g(), .element = address};
    for (;;) {
        mutex_lock(&bucket->lock);
        atomic_fetch_add(&bucket->sleepers, 1);
        if (try_acquire(word)) {
            atomic_fetch_sub(&bucket->sleepers, 1);
            mutex_unlock(&bucket->lock);
            return;
        }
        if (lifo)
            waitq_push_front(&bucket->queue, &self);
        else
            waitq_enqueue(&bucket->queue, &self);
        wait_begin(self.g, WAIT_SITE_SEMA, bucket);
        park(unlock_bucket, bucket, WAIT_SEMACQUIRE);
        wait_end(self.g);
        if (self.success || try_acquire(word))
            return;
    }
}

void runtime_semrelease(void *address, int64_t handoff)
{
    SemaBucket *bucket = bucket_for(address);
    atomic_fetch_add((_Atomic uint32_t *)address, 1);
    if (atomic_load(&bucket->sleepers) == 0)
        return;
    mutex_lock(&bucket->lock);
    Waiter *waiter = bucket->queue.first;
    while (waiter != NULL && waiter->element != address)
        waiter = waiter->next;
    if (waiter != NULL) {
        waitq_remove(&bucket->queue, waiter);
        atomic_fetch_sub(&bucket->sleepers, 1);
    }
    mutex_unlock(&bucket->lock);
    if (waiter == NULL)
        return;
    if (handoff && try_acquire(address))
        waiter->success = true;
    ready(waiter->g);
}

/* goroutine_cancel_wait (waitq.c): g's sleep in bucket, ended under its lock
 * (the sleeper count drops as when a release takes a waiter out) */
bool sema_cancel_wait(void *owner, G *g, int64_t id)
{
    SemaBucket *bucket = owner;
    mutex_lock(&bucket->lock);
    bool taken = waitq_cancel(&bucket->queue, g, id, false);
    if (taken)
        atomic_fetch_sub(&bucket->sleepers, 1);
    mutex_unlock(&bucket->lock);
    return taken;
}

/* sync.Mutex may spin a few rounds before sleeping when another P is running
 * (the holder is probably about to release) and this P has nothing else to do */
int64_t runtime_sync_canspin(int64_t round)
{
    if (round >= MUTEX_SPIN_ROUNDS || runtime_numcpu() <= 1)
        return 0;
    if (gomaxprocs <= atomic_load(&sched.idle_p_count) + atomic_load(&sched.spinning_m_count) + 1)
        return 0;
    M *m = current_m();
    return m != NULL && m->p != NULL && runq_empty(m->p);
}

void runtime_sync_dospin(void)
{
    for (int i = 0; i < MUTEX_SPIN_PAUSES; i++)
        cpu_relax();
}
