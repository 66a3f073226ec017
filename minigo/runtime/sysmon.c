/*
 * sysmon: a thread outside the scheduler that watches it.
 *
 * It holds no P and runs no Go code, so it keeps working when every P is busy
 * or stuck.  Each tick it
 *   - asks a goroutine that has held its P for over PREEMPT_AFTER (10 ms, the P's
 *     schedtick has not moved) to yield at its next safepoint (preempt.c);
 *   - takes the P of a goroutine blocked in a system call for a whole tick and
 *     hands it to another M when there is work for it (syscall.c);
 *   - fires timers overdue by 1 ms because every M is busy or the timer
 *     waiter woke late (time.c: such a firing keeps the timer pending until
 *     its effect has landed, so no idle M can take the moment for a deadlock);
 *   - prints GODEBUG=schedtrace=N lines in gc's format.
 * It sleeps 20 us between ticks while it finds things to do and backs off to
 * 10 ms when it does not.  It reads P and M fields without locks: every value it
 * acts on is re-checked by a CAS (P status) or is harmless when stale (a
 * preemption request to a G that has just yielded).
 */
#include "sched.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    MIN_DELAY_US = 20, MAX_DELAY_US = 10 * 1000, IDLE_TICKS_BEFORE_BACKOFF = 50,
};
#define PREEMPT_AFTER_NS (10 * 1000 * 1000LL)
#define SYSCALL_RETAKE_AFTER_NS (10 * 1000 * 1000LL)
#define OVERDUE_TIMER_NS (1000 * 1000LL)

int64_t debug_schedtrace_ms;

/* times count from the first line, as gc's do */
static void schedtrace(int64_t now)
{
    static int64_t first_trace;
    if (first_trace == 0)
        first_trace = now;
    ByteBuffer line = {0};
    mutex_lock(&sched.lock);
    buffer_append_cstring(&line, "SCHED ");
    buffer_append_decimal(&line, (now - first_trace) / 1000000);
    buffer_append_cstring(&line, "ms: gomaxprocs=");
    buffer_append_decimal(&line, gomaxprocs);
    buffer_append_cstring(&line, " idleprocs=");
    buffer_append_decimal(&line, atomic_load(&sched.idle_p_count));
    buffer_append_cstring(&line, " threads=");
    buffer_append_decimal(&line, sched.m_count + 1);   /* and sysmon */
    buffer_append_cstring(&line, " spinningthreads=");
    buffer_append_decimal(&line, atomic_load(&sched.spinning_m_count));
    buffer_append_cstring(&line, " idlethreads=");
    buffer_append_decimal(&line, sched.idle_m_count);
    buffer_append_cstring(&line, " runqueue=");
    buffer_append_decimal(&line, atomic_load(&sched.runq_size));
    for (int32_t i = 0; i < gomaxprocs; i++) {
        buffer_append_cstring(&line, i == 0 ? " [" : " ");
        buffer_append_decimal(&line, runq_length(all_p[i]));
    }
    buffer_append_cstring(&line, "]\n");
    mutex_unlock(&sched.lock);
    runtime_write_stderr(line.data, (size_t)line.len);
    buffer_free(&line);
}

/* a P in a system call since the last tick: take it if someone could use it */
static bool retake_from_syscall(P *p, int64_t now)
{
    uint32_t tick = atomic_load_explicit(&p->syscalltick, memory_order_relaxed);
    if (p->sysmon_syscalltick != tick) {
        p->sysmon_syscalltick = tick;
        p->sysmon_syscallwhen = now;
        return false;
    }
    bool others_can_help = atomic_load(&sched.spinning_m_count) + atomic_load(&sched.idle_p_count) > 0;
    if (runq_empty(p) && others_can_help && now - p->sysmon_syscallwhen < SYSCALL_RETAKE_AFTER_NS)
        return false;
    uint32_t expected = P_SYSCALL;
    if (!atomic_compare_exchange_strong(&p->status, &expected, P_RUNNING))
        return false;
    p->m = NULL;
    handoff_p(p);
    return true;
}

static bool retake(int64_t now)
{
    bool acted = false;
    for (int32_t i = 0; i < gomaxprocs; i++) {
        P *p = all_p[i];
        uint32_t status = atomic_load(&p->status);
        if (status != P_RUNNING && status != P_SYSCALL)
            continue;
        uint32_t tick = atomic_load_explicit(&p->schedtick, memory_order_relaxed);
        if (p->sysmon_schedtick != tick) {
            p->sysmon_schedtick = tick;
            p->sysmon_schedwhen = now;
        } else if (status == P_RUNNING && now - p->sysmon_schedwhen >= PREEMPT_AFTER_NS) {
            /* Asking for a yield is not activity: counting it would keep the
             * monitor waking every 20 us while long computations run, stealing
             * time from the very goroutines it watches. */
            M *m = p->m;
            if (m != NULL)
                preempt_m(m);
        }
        if (status == P_SYSCALL)
            acted |= retake_from_syscall(p, now);
    }
    return acted;
}

static bool run_overdue_timers(int64_t now)
{
    int64_t when = timers_next_when();
    if (when == INT64_MAX || now - when < OVERDUE_TIMER_NS)
        return false;
    timers_run(now);
    return true;
}

static void *sysmon_main(void *unused)
{
    (void)unused;
    runtime_install_signal_stack();
    int64_t delay_us = MIN_DELAY_US, last_trace = 0;
    int idle_ticks = 0;
    for (;;) {
        usleep((useconds_t)delay_us);
        int64_t now = nanotime();
        bool acted = false;
        if (!atomic_load(&sched.stopping))
            acted = retake(now) | run_overdue_timers(now);
        if (debug_schedtrace_ms > 0 && (last_trace == 0 ||
                                        now - last_trace >= debug_schedtrace_ms * 1000000)) {
            last_trace = now;
            schedtrace(now);
        }
        idle_ticks = acted ? 0 : idle_ticks + 1;
        if (idle_ticks <= IDLE_TICKS_BEFORE_BACKOFF)
            delay_us = MIN_DELAY_US;
        else if (delay_us < MAX_DELAY_US)
            delay_us *= 2;
        if (debug_schedtrace_ms > 0 && delay_us > debug_schedtrace_ms * 1000)
            delay_us = debug_schedtrace_ms * 1000;
        if (delay_us > MAX_DELAY_US)
            delay_us = MAX_DELAY_US;
    }
    return NULL;
}

void sysmon_start(void)
{
    const char *schedtrace_setting = godebug_value("schedtrace");
    if (schedtrace_setting != NULL)
        debug_schedtrace_ms = atoll(schedtrace_setting);
    thread_start(sysmon_main, NULL);
}
