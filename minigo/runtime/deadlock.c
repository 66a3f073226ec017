/*
 * Deadlock: the program can make no more progress.
 *
 * Checked by the M that is about to sleep, under sched.lock: if every M is
 * idle, nothing runs Go code and nothing is in a system call (an M in one is
 * not idle); if no timer is
 * pending either, no goroutine can ever be readied again (only running code,
 * returning system calls and timers ready goroutines).  A timer sysmon is
 * firing counts as pending until its G is on a run queue (time.c): sysmon is no
 * M, so without that an idle M could catch the instant in between.  gc then reports
 *     fatal error: all goroutines are asleep - deadlock!
 *     <blank>
 *     goroutine 1 [chan receive]:
 *     main.main()
 *     	/path/prog.go:LINE +0x...
 * with every blocked goroutine in creation order, separated by blank lines, and
 * exits 2.  A goroutine's frames come from its saved context (traceback.c).
 */
#include "sched.h"

#include <unistd.h>

static const char *const wait_reasons[] = {
    [WAIT_NONE] = "runnable",
    [WAIT_CHAN_RECEIVE] = "chan receive",
    [WAIT_CHAN_SEND] = "chan send",
    [WAIT_CHAN_RECEIVE_NIL] = "chan receive (nil chan)",
    [WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
    [WAIT_SELECT] = "select",
    [WAIT_SELECT_NO_CASES] = "select (no cases)",
    [WAIT_SEMACQUIRE] = "semacquire",
    [WAIT_SLEEP] = "sleep",
    [WAIT_SYNC_COND_WAIT] = "sync.Cond.Wait",
    [WAIT_PREEMPTED] = "preempted",
};

const char *wait_reason_text(int reason)
{
    if (reason < 0 || reason >= (int)(sizeof wait_reasons / sizeof wait_reasons[0]))
        return "unknown";
    return wait_reasons[reason];
}

static void append_if_blocked(G *g, void *report)
{
    if (atomic_load(&g->status) != G_WAITING)
        return;
    buffer_append_byte(report, '\n');
    traceback_append_parked_goroutine(report, g);
}

static void count_if_blocked(G *g, void *count)
{
    if (atomic_load(&g->status) == G_WAITING)
        ++*(int64_t *)count;
}

static noreturn void report_deadlock(void)
{
    runtime_begin_dying();
    ByteBuffer report = {0};
    int64_t blocked = 0;
    goroutines_for_each(count_if_blocked, &blocked);
    /* none blocked and none running: main.main ended by runtime.Goexit */
    buffer_append_cstring(&report, blocked == 0
                                       ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                                       : "fatal error: all goroutines are asleep - deadlock!\n");
    goroutines_for_each(append_if_blocked, &report);
    runtime_write_stderr(report.data, (size_t)report.len);
    _exit(2);
}

void check_deadlock(void)
{
    if (sched.idle_m_count < sched.m_count)
        return;
    if (atomic_load(&sched.stopping))
        return;
    if (timers_pending() || atomic_load(&sched.runq_size) > 0)
        return;
    report_deadlock();
}
