/*
 * Blocking system calls: let the other goroutines run while one thread waits.
 *
 * A goroutine about to block in the kernel (read from a terminal, write to a
 * full pipe) marks its P as P_SYSCALL and keeps only its M.  If the call returns
 * quickly, exit takes the same P back with one compare-and-swap, so a fast
 * write costs two atomics.  If it does not, sysmon notices the P's syscalltick
 * has not moved for one of its ticks (20 us or more) and, when there is work
 * for it, takes the P (the same CAS, from the other side) and hands it to
 * another M.  The returning goroutine then looks for an idle P; failing that,
 * it queues itself on the global run queue and its M goes to sleep.
 *
 * The collector scans a goroutine in a system call from the sp its caller had
 * at enter_syscall, with the registers it had then (G.syscall_sp/registers).
 *
 * Called from anywhere: with no current G (a thread that is not running Go
 * code, such as sysmon, or the scheduler's own stack) both are no-ops.
 */
#include "sched.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* registers: the caller's rbx rbp r12 r13 r14 r15, then enter_syscall's frame
 * (one word of padding, the return address); the caller's sp is just above */
void enter_syscall_recorded(uintptr_t *registers)
{
    M *m = current_m();
    if (m == NULL || m->curg == NULL || m->p == NULL)
        return;
    G *g = m->curg;
    g->syscall_sp = (uintptr_t)(registers + SYSCALL_REGISTER_COUNT + 2);
    memcpy(g->syscall_registers, registers, sizeof g->syscall_registers);
    P *p = m->p;
    set_status(m->curg, G_SYSCALL);
    tick(&p->syscalltick);
    m->syscall_p = p;
    m->p = NULL;
    atomic_store(&p->status, P_SYSCALL);
}

void exit_syscall(void)
{
    M *m = current_m();
    if (m == NULL || m->curg == NULL || m->syscall_p == NULL)
        return;
    G *g = m->curg;
    P *p = m->syscall_p;
    m->syscall_p = NULL;
    uint32_t expected = P_SYSCALL;
    if (atomic_compare_exchange_strong(&p->status, &expected, P_RUNNING)) {
        m->p = p;
        set_status(g, G_RUNNING);
        return;
    }
    /* the P was taken; any idle one will do */
    if (!atomic_load(&sched.stopping)) {
        mutex_lock(&sched.lock);
        P *idle = sched_take_idle_p();
        mutex_unlock(&sched.lock);
        if (idle != NULL) {
            m->p = idle;
            idle->m = m;
            set_status(g, G_RUNNING);
            return;
        }
    }
    exit_syscall_without_p();
}

void runtime_entersyscall(void)
{
    enter_syscall();
}

void runtime_exitsyscall(void)
{
    exit_syscall();
}

int64_t runtime_read(int64_t fd, uint8_t *ptr, int64_t len)
{
    if (len <= 0)
        return 0;
    for (;;) {
        enter_syscall();
        ssize_t got = read((int)fd, ptr, (size_t)len);
        int error = errno;
        exit_syscall();
        if (got >= 0)
            return got;
        if (error != EINTR)
            return -error;
    }
}
