/*
 * The sync package: Mutex, RWMutex, WaitGroup and Once over the runtime's
 * semaphores (sema.c).  Codegen passes the address of the Go value; every type's
 * zero value is an unlocked / empty one, so the structs need no constructor and
 * work as fields and through pointers.
 *
 * Layouts (minigo/types/library_concurrency.py declares the same fields):
 *   Mutex     { int32 state; uint32 sema }
 *   RWMutex   { Mutex writer; uint32 writer_sema; uint32 reader_sema;
 *               int32 readers; int32 departing }
 *   WaitGroup { uint64 state; uint32 sema }        state = counter << 32 | waiters
 *   Once      { uint32 done; Mutex m }   done is set when f returns or panics (finish_once)
 *
 * Mutex: state = LOCKED | WOKEN | sleepers * WAITER.  A locker takes a free mutex
 * at once, even past sleepers (barging: under contention the running goroutine
 * keeps going instead of switching to a sleeper for every Lock), spins while the
 * runtime says spinning may pay, then counts itself a sleeper and waits on the
 * semaphore.  Unlock wakes one sleeper only when nobody holds the lock or is
 * already awake to take it; the woken one competes again.
 * RWMutex: `readers` goes negative by READER_LIMIT while a writer holds or waits
 * for the lock; readers arriving then sleep on reader_sema, and the writer waits
 * on writer_sema for the `departing` readers that were inside to leave.
 */
#include "internal.h"

#define READER_LIMIT (1 << 30)

typedef struct { int32_t state; uint32_t sema; } Mutex;
typedef struct { Mutex writer; uint32_t writer_sema, reader_sema; int32_t readers, departing; } RWMutex;
typedef struct { uint64_t state; uint32_t sema; } WaitGroup;
typedef struct { uint32_t done; Mutex m; } Once;

static noreturn void sync_fatal(const char *message)
{
    int64_t length = 0;
    while (message[length]) length++;
    runtime_throw((const uint8_t *)message, length);
}

static noreturn void sync_panic(const char *message)
{
    int64_t length = 0;
    while (message[length]) length++;
    runtime_panic_message((const uint8_t *)message, length);
}

/* ---- Mutex ---- */

#define MUTEX_LOCKED 1
#define MUTEX_WOKEN 2            /* a waiter is awake and trying: unlock need not wake another */
#define MUTEX_WAITER 4           /* state / MUTEX_WAITER = sleepers on sema */

static int cas_state(int32_t *state, int32_t old, int32_t new_state)
{
    return __atomic_compare_exchange_n(state, &old, new_state, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

static void mutex_lock_slow(Mutex *m)
{
    int64_t round = 0;
    int awake = 0, slept = 0;
    for (;;) {
        int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
        if ((old & MUTEX_LOCKED) && runtime_sync_canspin(round)) {
            /* tell unlock a waiter is already awake, so it wakes nobody */
            if (!awake && !(old & MUTEX_WOKEN) && old >= MUTEX_WAITER &&
                cas_state(&m->state, old, old | MUTEX_WOKEN))
                awake = 1;
            runtime_sync_dospin();
            round++;
            continue;
        }
        int32_t new_state = old | MUTEX_LOCKED;
        if (old & MUTEX_LOCKED)
            new_state += MUTEX_WAITER;
        if (awake)
            new_state &= ~MUTEX_WOKEN;
        if (!cas_state(&m->state, old, new_state))
            continue;
        if (!(old & MUTEX_LOCKED))
            return;                               /* it was free: ours */
        runtime_semacquire(&m->sema, slept);      /* one that already slept queues first */
        slept = awake = 1;
        round = 0;
    }
}

void runtime_sync_mutex_lock(void *address)
{
    Mutex *m = address;
    if (cas_state(&m->state, 0, MUTEX_LOCKED))
        return;
    mutex_lock_slow(m);
}

void runtime_sync_mutex_unlock(void *address)
{
    Mutex *m = address;
    int32_t state = __atomic_sub_fetch(&m->state, MUTEX_LOCKED, __ATOMIC_RELEASE);
    if (((state + MUTEX_LOCKED) & MUTEX_LOCKED) == 0)
        sync_fatal("sync: unlock of unlocked mutex");
    while (state >= MUTEX_WAITER && !(state & (MUTEX_LOCKED | MUTEX_WOKEN))) {
        if (cas_state(&m->state, state, (state - MUTEX_WAITER) | MUTEX_WOKEN)) {
            runtime_semrelease(&m->sema, 0);
            return;
        }
        state = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
    }
}

/* ---- RWMutex ---- */

void runtime_sync_rwmutex_rlock(void *address)
{
    RWMutex *rw = address;
    if (__atomic_add_fetch(&rw->readers, 1, __ATOMIC_ACQUIRE) < 0)
        runtime_semacquire(&rw->reader_sema, 0);
}

void runtime_sync_rwmutex_runlock(void *address)
{
    RWMutex *rw = address;
    int32_t after = __atomic_sub_fetch(&rw->readers, 1, __ATOMIC_RELEASE);
    if (after >= 0)
        return;
    if (after + 1 == 0 || after + 1 == -READER_LIMIT)
        sync_fatal("sync: RUnlock of unlocked RWMutex");
    if (__atomic_sub_fetch(&rw->departing, 1, __ATOMIC_RELEASE) == 0)
        runtime_semrelease(&rw->writer_sema, 0);
}

void runtime_sync_rwmutex_lock(void *address)
{
    RWMutex *rw = address;
    runtime_sync_mutex_lock(&rw->writer);
    int32_t inside = __atomic_fetch_sub(&rw->readers, READER_LIMIT, __ATOMIC_ACQUIRE);
    if (inside != 0 && __atomic_add_fetch(&rw->departing, inside, __ATOMIC_ACQUIRE) != 0)
        runtime_semacquire(&rw->writer_sema, 0);
}

void runtime_sync_rwmutex_unlock(void *address)
{
    RWMutex *rw = address;
    int32_t waiting = __atomic_add_fetch(&rw->readers, READER_LIMIT, __ATOMIC_RELEASE);
    if (waiting >= READER_LIMIT)
        sync_fatal("sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < waiting; i++)
        runtime_semrelease(&rw->reader_sema, 0);
    runtime_sync_mutex_unlock(&rw->writer);
}

/* ---- WaitGroup ---- */

void runtime_sync_waitgroup_add(void *address, int64_t delta)
{
    WaitGroup *wg = address;
    uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, __ATOMIC_ACQ_REL);
    int32_t counter = (int32_t)(state >> 32);
    uint32_t waiters = (uint32_t)state;
    if (counter < 0)
        sync_panic("sync: negative WaitGroup counter");
    if (counter > 0 || waiters == 0)
        return;
    __atomic_store_n(&wg->state, 0, __ATOMIC_RELEASE);
    for (uint32_t i = 0; i < waiters; i++)
        runtime_semrelease(&wg->sema, 0);
}

void runtime_sync_waitgroup_wait(void *address)
{
    WaitGroup *wg = address;
    for (;;) {
        uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_ACQUIRE);
        if ((state >> 32) == 0)
            return;
        if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, 0,
                                        __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            runtime_semacquire(&wg->sema, 0);
            return;
        }
    }
}

/* ---- Once ---- */

/* What Do's exit does however f leaves, returning or panicking (a deferred call, as a
 * DeferRecord's closure): the Once counts as done and is unlocked, so a later Do
 * neither runs f again nor deadlocks. */
typedef struct {
    void (*code)(void *closure);
    Once *once;
} OnceFinisher;

static void finish_once(void *closure)
{
    Once *once = ((OnceFinisher *)closure)->once;
    __atomic_store_n(&once->done, 1, __ATOMIC_RELEASE);
    runtime_sync_mutex_unlock(&once->m);
}

static __attribute__((noinline)) void once_do_slow(Once *once, void *closure)
{
    runtime_sync_mutex_lock(&once->m);
    if (once->done) {
        runtime_sync_mutex_unlock(&once->m);
        return;
    }
    /* A frame the panic of f runs finish_once from; its record never recovers, so
     * the panic goes on past this frame and never jumps back into it. */
    DeferFrame frame __attribute__((aligned(16)));
    OnceFinisher finisher = {.code = finish_once, .once = once};
    DeferRecord record = {.next = NULL, .closure = &finisher};
    runtime_defer_push(&frame, NULL);
    frame.defers = &record;
    if (closure == NULL)
        runtime_panic_nil();
    void (*code)(void *) = *(void (**)(void *))closure;
    code(closure);
    runtime_defer_return(&frame);
}

void runtime_sync_once_do(void *address, void *closure)
{
    Once *once = address;
    if (__atomic_load_n(&once->done, __ATOMIC_ACQUIRE))
        return;
    once_do_slow(once, closure);
}
