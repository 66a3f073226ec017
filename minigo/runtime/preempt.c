/*
 * Safepoints: where a running goroutine checks its stack and offers to yield.
 *
 * Goroutines are preempted cooperatively, at two kinds of point generated code
 * polls (runtime.h gives codegen the exact recipe):
 *   - function entry: LLVM's split-stack prologue calls __morestack when the
 *     frame would reach below the thread's guard word (%fs:0x70; stack.c's
 *     stack_grow yields or grows); hand-written C checks sp < runtime_stack_guard
 *     and calls runtime_morestack();
 *   - loop back-edges: runtime_preempt_flag != 0 calls runtime_preempt_poll().
 * Both words belong to the M's thread, rewritten at every switch to the G
 * that now runs on it.  To ask a G to yield, sysmon (or stop-the-world) sets
 * g->preempt and then, through pointers the M registered at start, poisons the
 * M's guard (STACK_GUARD_PREEMPT: every sp is below it) and raises its flag.
 * Whichever check runs first yields; a request that lands just after the M
 * switched to another G costs that G one spurious yield, no more.
 *
 * runtime_morestack therefore decides which of its two meanings applies by the
 * real bound: a caller whose sp is below the G's own stack_guard has overflowed
 * its segment (fatal: C frames cannot move to a new one); otherwise the guard
 * was poisoned and the call is a preemption. */
#include "sched.h"

__thread int64_t runtime_preempt_flag __attribute__((tls_model("initial-exec")));

void preempt_m(M *m)
{
    G *g = m->curg;
    if (g == NULL)
        return;
    atomic_store(&g->preempt, true);
    __atomic_store_n(m->guard_slot, STACK_GUARD_PREEMPT, __ATOMIC_RELAXED);
    __atomic_store_n(m->preempt_slot, 1, __ATOMIC_RELAXED);
}

/* the REPL's session host turns Ctrl-C into a panic here (runtime/repl/host.c) */
extern void repl_at_safepoint(G *g) __attribute__((weak));

static void yield_if_asked(G *g)
{
    if (repl_at_safepoint != NULL)
        repl_at_safepoint(g);
    if (atomic_exchange(&g->preempt, false) || atomic_load(&sched.stopping))
        gosched_current(true);
}

void runtime_morestack(void)
{
    G *g = current_g();
    /* the caller's sp when it called us: just above our return address */
    uintptr_t caller_sp = (uintptr_t)__builtin_frame_address(0) + 16;
    if (g == NULL)
        return;
    if (caller_sp < g->stack_guard) {
        runtime_die_stack_overflow(caller_sp, (uintptr_t)__builtin_return_address(0),
                                   *(uintptr_t *)__builtin_frame_address(0));
    }
    runtime_stack_guard = g->stack_guard;
    runtime_preempt_flag = 0;
    yield_if_asked(g);
}

void runtime_preempt_poll(void)
{
    G *g = current_g();
    runtime_preempt_flag = 0;
    if (g == NULL)
        return;
    runtime_stack_guard = g->stack_guard;
    yield_if_asked(g);
}
