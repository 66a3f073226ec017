/*
 * The runtime's own locks and sleeps, on Linux futexes.
 *
 * Mutex: the three-state futex mutex (free / held / held with sleepers), so an
 * uncontended lock and unlock are one atomic instruction each and only a
 * contended unlock makes a system call.  Runtime critical sections (a channel
 * operation, a run-queue move) are short, so a locker spins a little before it
 * sleeps: on a multi-core machine the holder is usually running and about to
 * release.  The spin is a few widely spaced looks (a plain load, a CAS only
 * when the lock looks free, PAUSEs in between), then one sched_yield: hammering
 * the lock's cache line from the other core slowed the holder down more than
 * the spinning saved (a buffered pipeline ran 1.5x faster this way).  A Mutex records no owner, because the G that takes it may migrate to
 * another thread before it releases it (the stdout lock is held across write(2)).
 *
 * Note: a one-shot event for parking an M: one thread sleeps until another wakes
 * it.  A wake-up that comes before the sleep is not lost (the key stays 1 until
 * note_clear).
 */
#include "sched.h"

#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum { SPIN_COUNT = 4, SPIN_PAUSES = 30, MUTEX_FREE = 0, MUTEX_HELD = 1, MUTEX_CONTENDED = 2 };

void cpu_relax(void)
{
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ volatile("yield");
#endif
}

void futex_wait(_Atomic uint32_t *address, uint32_t expected, int64_t timeout_ns)
{
    struct timespec timeout, *timeout_pointer = NULL;
    if (timeout_ns >= 0) {
        timeout.tv_sec = timeout_ns / 1000000000;
        timeout.tv_nsec = timeout_ns % 1000000000;
        timeout_pointer = &timeout;
    }
    syscall(SYS_futex, address, FUTEX_WAIT_PRIVATE, expected, timeout_pointer, NULL, 0);
}

void futex_wake(_Atomic uint32_t *address, int count)
{
    syscall(SYS_futex, address, FUTEX_WAKE_PRIVATE, count, NULL, NULL, 0);
}

bool mutex_trylock(Mutex *mutex)
{
    uint32_t expected = MUTEX_FREE;
    return atomic_compare_exchange_strong_explicit(&mutex->state, &expected, MUTEX_HELD,
                                                   memory_order_acquire, memory_order_relaxed);
}

static __attribute__((noinline)) void mutex_lock_slow(Mutex *mutex)
{
    for (int i = 0; i < SPIN_COUNT; i++) {
        if (atomic_load_explicit(&mutex->state, memory_order_relaxed) == MUTEX_FREE &&
            mutex_trylock(mutex))
            return;
        for (int pause = 0; pause < SPIN_PAUSES; pause++)
            cpu_relax();
    }
    if (atomic_load_explicit(&mutex->state, memory_order_relaxed) != MUTEX_CONTENDED) {
        syscall(SYS_sched_yield);
        if (atomic_load_explicit(&mutex->state, memory_order_relaxed) == MUTEX_FREE &&
            mutex_trylock(mutex))
            return;
    }
    /* from here on the state says "contended", so the holder's unlock wakes us */
    while (atomic_exchange_explicit(&mutex->state, MUTEX_CONTENDED, memory_order_acquire)
           != MUTEX_FREE)
        futex_wait(&mutex->state, MUTEX_CONTENDED, -1);
}

void mutex_lock(Mutex *mutex)
{
    if (__builtin_expect(!mutex_trylock(mutex), 0))
        mutex_lock_slow(mutex);
}

void mutex_unlock(Mutex *mutex)
{
    if (atomic_exchange_explicit(&mutex->state, MUTEX_FREE, memory_order_release)
        == MUTEX_CONTENDED)
        futex_wake(&mutex->state, 1);
}

void note_clear(Note *note)
{
    atomic_store(&note->key, 0);
}

void note_wakeup(Note *note)
{
    if (atomic_exchange(&note->key, 1) == 0)
        futex_wake(&note->key, 1);
}

void note_sleep(Note *note)
{
    while (atomic_load(&note->key) == 0)
        futex_wait(&note->key, 0, -1);
}

bool note_sleep_timeout(Note *note, int64_t nanoseconds)
{
    int64_t deadline = nanotime() + nanoseconds;
    while (atomic_load(&note->key) == 0) {
        int64_t left = deadline - nanotime();
        if (left <= 0)
            return false;
        futex_wait(&note->key, 0, left);
    }
    return true;
}
