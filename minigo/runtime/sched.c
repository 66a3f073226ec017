/*
 * The scheduler: which goroutine runs on which thread (see sched.h for G, M, P).
 *
 * Each M loops on its own thread stack (g0): find a runnable G, switch to it,
 * and when it switches back, finish what it asked for (park: release the lock
 * of the queue it now waits in; yield: requeue it; exit: pool it).  Finding a G,
 * in order:
 *   1. every 61st schedule, one G from the global queue, so that a pair of
 *      goroutines handing work back and forth on one P cannot starve it;
 *   2. the P's runnext, then its ring;
 *   3. timers that are due (time.c), the global queue;
 *   4. stealing half of another P's ring, trying all Ps in a random order four
 *      times (runnext only on the last try) - but only as the one spinning M:
 *      at most one M at a time looks for work it has not been given;
 *   5. giving the P up and sleeping on the M's futex note.
 * New work (a new goroutine, a G readied by a channel) goes to the current P's
 * runnext and wakes a sleeping M only when there is an idle P and no M is
 * spinning already.  A spinning M that finds work wakes the next one, so
 * parallelism ramps up one thread at a time; one that finds none gives up its
 * P, stops spinning and looks at every run queue once more before sleeping, so
 * a G queued while it was giving up is never left behind.
 *
 * Stop-the-world (GOMAXPROCS changes, the collector): every P is taken
 * out of circulation - idle ones at once, those in system calls by CAS, running
 * ones when their G reaches a safepoint (sysmon's preemption request) and their M
 * schedules.  The world restarts with every P handed to an M or the idle list.
 *
 * Deadlock: when the last M goes idle with no timer pending (in the heap or
 * being fired, time.c) and no system call in progress, nothing can ever become
 * runnable again (deadlock.c reports it).  The timer waiter sleeps until the
 * earliest timer, or with no deadline when only a firing is pending (its end
 * wakes the waiter).
 */
#define _GNU_SOURCE             /* sched_getaffinity */
#include "sched.h"

#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum {
    SWITCH_PARK = 1, SWITCH_YIELD, SWITCH_EXIT, SWITCH_SYSCALL_EXIT,
    GLOBAL_QUEUE_FAIRNESS = 61, STEAL_ATTEMPTS = 4, MAX_PROCS = 1024, MAX_THREADS = 10000,
    THREAD_STACK_SIZE = 1 << 20,
};

Scheduler sched;
P **all_p;
int32_t gomaxprocs;
static int32_t cpu_count;

__thread M *runtime_current_m __attribute__((tls_model("initial-exec")));

/* ---- small helpers ---- */

/* uniform in [0, n), from hash.c's per-thread generator */
uint32_t fast_random_below(uint32_t n)
{
    return (uint32_t)(((runtime_random() >> 32) * (uint64_t)n) >> 32);
}

static void acquire_p(M *m, P *p)
{
    m->p = p;
    p->m = m;
    atomic_store(&p->status, P_RUNNING);
}

static void idle_p_put(P *p)
{
    atomic_store(&p->status, P_IDLE);
    p->m = NULL;
    p->link = sched.idle_p;
    sched.idle_p = p;
    atomic_fetch_add(&sched.idle_p_count, 1);
}

P *sched_take_idle_p(void)
{
    P *p = sched.idle_p;
    if (p != NULL) {
        sched.idle_p = p->link;
        atomic_fetch_sub(&sched.idle_p_count, 1);
        atomic_store(&p->status, P_RUNNING);   /* reserved for whoever took it */
    }
    return p;
}

static void idle_m_put(M *m)
{
    m->link = sched.idle_m;
    sched.idle_m = m;
    sched.idle_m_count++;
}

/* removes m from the idle list; false if it is not there */
static bool idle_m_remove(M *m)
{
    for (M **link = &sched.idle_m; *link != NULL; link = &(*link)->link) {
        if (*link == m) {
            *link = m->link;
            sched.idle_m_count--;
            if (sched.timer_waiter == m)
                sched.timer_waiter = NULL;
            return true;
        }
    }
    return false;
}

static M *idle_m_take(void)
{
    M *m = sched.idle_m;
    if (m != NULL)
        idle_m_remove(m);
    return m;
}

/* ---- Ms ---- */

static void m_attach_thread(M *m)
{
    runtime_current_m = m;
    m->guard_slot = &runtime_stack_guard;
    m->preempt_slot = &runtime_preempt_flag;
    runtime_install_signal_stack();
}

static M *m_new(void)
{
    M *m = persistent_alloc(sizeof(M));
    m->id = atomic_fetch_add(&sched.next_m_id, 1);
    mutex_lock(&sched.lock);
    m->all_link = sched.all_m;
    sched.all_m = m;
    mutex_unlock(&sched.lock);
    return m;
}

static noreturn void scheduler_loop(M *m);

static void *m_thread_start(void *argument)
{
    M *m = argument;
    m_attach_thread(m);
    P *p = m->next_p;
    m->next_p = NULL;
    acquire_p(m, p);
    scheduler_loop(m);
}

void thread_start(void *(*start)(void *), void *argument)
{
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attributes, THREAD_STACK_SIZE);
    /* new threads start with every signal blocked but the faults, so that
     * SIGINT and friends keep going to the main thread */
    sigset_t all, previous;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    sigdelset(&all, SIGFPE);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pthread_t thread;
    int failed = pthread_create(&thread, &attributes, start, argument);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    pthread_attr_destroy(&attributes);
    if (failed) {
        static const char message[] = "newosproc";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
}

void start_m(P *p, bool spinning)
{
    mutex_lock(&sched.lock);
    if (p == NULL) {
        p = sched_take_idle_p();
        if (p == NULL) {
            mutex_unlock(&sched.lock);
            if (spinning)
                atomic_fetch_sub(&sched.spinning_m_count, 1);
            return;
        }
    }
    M *m = idle_m_take();
    if (m == NULL) {
        if (sched.m_count >= MAX_THREADS) {
            static const char message[] = "thread exhaustion";
            runtime_throw((const uint8_t *)message, sizeof message - 1);
        }
        sched.m_count++;
        mutex_unlock(&sched.lock);
        m = m_new();
        m->spinning = spinning;
        m->next_p = p;
        thread_start(m_thread_start, m);
        return;
    }
    mutex_unlock(&sched.lock);
    m->spinning = spinning;
    m->next_p = p;
    note_wakeup(&m->park);
}

void wake_idle_p(void)
{
    if (atomic_load_explicit(&sched.idle_p_count, memory_order_relaxed) == 0)
        return;
    int32_t expected = 0;
    if (atomic_load_explicit(&sched.spinning_m_count, memory_order_relaxed) != 0 ||
        !atomic_compare_exchange_strong(&sched.spinning_m_count, &expected, 1))
        return;
    start_m(NULL, true);
}

/* an M with no P sleeps until given one (or, as the timer waiter, until the
 * next timer is due); it may return still without a P */
static void stop_m(M *m)
{
    mutex_lock(&sched.lock);
    if (atomic_load(&sched.runq_size) > 0 && !atomic_load(&sched.stopping)) {
        P *p = sched_take_idle_p();
        if (p != NULL) {
            mutex_unlock(&sched.lock);
            acquire_p(m, p);
            return;
        }
    }
    idle_m_put(m);
    bool waits_for_timers = false;
    if (timers_pending()) {
        if (sched.timer_waiter == NULL) {
            sched.timer_waiter = m;
            waits_for_timers = true;
        }
    } else {
        check_deadlock();
    }
    mutex_unlock(&sched.lock);
    int64_t next_when = waits_for_timers ? timers_next_when() : INT64_MAX;
    if (next_when != INT64_MAX) {
        int64_t delay = next_when - nanotime();
        if (delay <= 0 || !note_sleep_timeout(&m->park, delay)) {
            mutex_lock(&sched.lock);
            bool was_idle = idle_m_remove(m);
            P *p = was_idle && !atomic_load(&sched.stopping) ? sched_take_idle_p() : NULL;
            mutex_unlock(&sched.lock);
            if (was_idle) {
                if (p != NULL)
                    acquire_p(m, p);
                else
                    timers_run(nanotime());
                return;
            }
            note_sleep(&m->park);   /* someone took us off the list: a P is coming */
        }
    } else {
        note_sleep(&m->park);
    }
    note_clear(&m->park);
    if (m->next_p != NULL) {
        acquire_p(m, m->next_p);
        m->next_p = NULL;
    }
}

/* under sched.lock: p is out of circulation until the world restarts */
static void stop_p(P *p)
{
    p->m = NULL;
    atomic_store(&p->status, P_STOPPED);
    if (--sched.stop_wait == 0)
        note_wakeup(&sched.stop_note);
}

void handoff_p(P *p)
{
    if (!runq_empty(p) || atomic_load(&sched.runq_size) > 0) {
        start_m(p, false);
        return;
    }
    /* no work, but if nobody is looking for any, this P looks */
    int32_t expected = 0;
    if (atomic_load(&sched.spinning_m_count) + atomic_load(&sched.idle_p_count) == 0 &&
        atomic_compare_exchange_strong(&sched.spinning_m_count, &expected, 1)) {
        start_m(p, true);
        return;
    }
    mutex_lock(&sched.lock);
    if (atomic_load(&sched.stopping))
        stop_p(p);
    else
        idle_p_put(p);
    mutex_unlock(&sched.lock);
}

/* the timer waiter sleeps until the old earliest timer: wake it to look again */
void sched_notify_timers_changed(void)
{
    mutex_lock(&sched.lock);
    M *m = sched.timer_waiter;
    if (m != NULL)
        idle_m_remove(m);
    mutex_unlock(&sched.lock);
    if (m != NULL)
        note_wakeup(&m->park);
}

/* ---- stop the world ---- */

static void stop_spinning(M *m)
{
    m->spinning = false;
    atomic_fetch_sub(&sched.spinning_m_count, 1);
}

static void stop_for_world(M *m)
{
    if (m->spinning)
        stop_spinning(m);
    P *p = m->p;
    m->p = NULL;
    mutex_lock(&sched.lock);
    stop_p(p);
    mutex_unlock(&sched.lock);
}

/* under sched.lock: Ps that are idle or in a system call stop at once */
static void stop_unattended_ps(void)
{
    for (P *p; (p = sched_take_idle_p()) != NULL;)
        stop_p(p);
    for (int32_t i = 0; i < gomaxprocs; i++) {
        uint32_t expected = P_SYSCALL;
        if (atomic_compare_exchange_strong(&all_p[i]->status, &expected, P_STOPPED))
            stop_p(all_p[i]);
    }
}

static void preempt_all(void)
{
    for (int32_t i = 0; i < gomaxprocs; i++) {
        P *p = all_p[i];
        M *m = p->m;
        if (atomic_load(&p->status) == P_RUNNING && m != NULL && m != current_m())
            preempt_m(m);
    }
}

void stop_the_world(void)
{
    M *m = current_m();
    mutex_lock(&sched.lock);
    atomic_store(&sched.stopping, 1);
    sched.stop_wait = gomaxprocs - 1;
    atomic_store(&m->p->status, P_STOPPED);
    stop_unattended_ps();
    bool wait = sched.stop_wait > 0;
    mutex_unlock(&sched.lock);
    while (wait) {
        preempt_all();
        if (note_sleep_timeout(&sched.stop_note, 100 * 1000))
            break;
        mutex_lock(&sched.lock);
        stop_unattended_ps();
        wait = sched.stop_wait > 0;
        mutex_unlock(&sched.lock);
    }
    note_clear(&sched.stop_note);
}

static P *p_new(int32_t id)
{
    P *p = persistent_alloc(sizeof(P));
    p->id = id;
    atomic_store(&p->status, P_STOPPED);
    return p;
}

/* under sched.lock with the world stopped */
static void resize_procs(int32_t procs)
{
    for (int32_t i = gomaxprocs; i < procs; i++)
        if (all_p[i] == NULL)
            all_p[i] = p_new(i);
    for (int32_t i = procs; i < gomaxprocs; i++) {
        P *p = all_p[i];
        runq_move_all_to_global(p);
        goroutine_free_list_move_to_global(p);
        atomic_store(&p->status, P_DEAD);
    }
    M *m = current_m();
    if (m->p->id >= procs) {
        m->p->m = NULL;
        acquire_p(m, all_p[0]);
    }
    __atomic_store_n(&gomaxprocs, procs, __ATOMIC_RELEASE);   /* after all_p[i] */
}

void start_the_world(int32_t new_procs)
{
    M *m = current_m();
    P *needs_m[MAX_PROCS];
    int32_t needing = 0;
    mutex_lock(&sched.lock);
    if (new_procs > 0 && new_procs != gomaxprocs)
        resize_procs(new_procs);
    atomic_store(&m->p->status, P_RUNNING);
    for (int32_t i = 0; i < gomaxprocs; i++) {
        P *p = all_p[i];
        if (p == m->p)
            continue;
        if (runq_empty(p)) {
            idle_p_put(p);
        } else {
            atomic_store(&p->status, P_RUNNING);
            needs_m[needing++] = p;
        }
    }
    atomic_store(&sched.stopping, 0);
    mutex_unlock(&sched.lock);
    for (int32_t i = 0; i < needing; i++)
        start_m(needs_m[i], false);
    wake_idle_p();
}

/* ---- finding work ---- */

static void run_due_timers(void)
{
    int64_t when = timers_next_when();
    if (when != INT64_MAX && when <= nanotime())
        timers_run(nanotime());
}

static G *steal_work(P *p)
{
    int32_t procs = gomaxprocs;
    for (int attempt = 0; attempt < STEAL_ATTEMPTS; attempt++) {
        uint32_t start = fast_random_below((uint32_t)procs);
        for (int32_t i = 0; i < procs; i++) {
            P *victim = all_p[(start + (uint32_t)i) % (uint32_t)procs];
            if (victim == p)
                continue;
            G *g = runq_steal(p, victim, attempt == STEAL_ATTEMPTS - 1);
            if (g != NULL)
                return g;
        }
        if (atomic_load(&sched.runq_size) > 0 || atomic_load(&sched.stopping))
            return NULL;
    }
    return NULL;
}

/* after giving up its P and spinning: is there work after all?  Then look
 * again as the spinning M, unless another M spins already (it will find it) */
static bool recheck_run_queues(M *m)
{
    for (int32_t i = 0; i < gomaxprocs; i++) {
        if (runq_empty(all_p[i]))
            continue;
        int32_t expected = 0;
        if (!atomic_compare_exchange_strong(&sched.spinning_m_count, &expected, 1))
            return false;
        mutex_lock(&sched.lock);
        P *p = sched_take_idle_p();
        mutex_unlock(&sched.lock);
        if (p == NULL) {
            atomic_fetch_sub(&sched.spinning_m_count, 1);
            return false;
        }
        acquire_p(m, p);
        m->spinning = true;
        return true;
    }
    return false;
}

/* false (after waiting) when m has no P or the world is stopping: look again */
static bool may_run(M *m)
{
    if (m->p == NULL) {
        stop_m(m);
        return false;
    }
    if (atomic_load(&sched.stopping)) {
        stop_for_world(m);
        return false;
    }
    return true;
}

/* blocks until there is a G to run; returns with m->p set */
static G *find_runnable(M *m)
{
    for (;;) {
        if (!may_run(m))
            continue;
        P *p = m->p;
        run_due_timers();
        G *g = runq_get(p);
        if (g != NULL)
            return g;
        if (atomic_load(&sched.runq_size) > 0) {
            mutex_lock(&sched.lock);
            g = global_runq_get(p, 0);
            mutex_unlock(&sched.lock);
            if (g != NULL)
                return g;
        }
        if (!m->spinning && gomaxprocs > 1) {
            int32_t expected = 0;
            if (atomic_load(&sched.spinning_m_count) == 0 &&
                atomic_compare_exchange_strong(&sched.spinning_m_count, &expected, 1))
                m->spinning = true;
        }
        if (m->spinning) {
            g = steal_work(p);
            if (g != NULL)
                return g;
        }
        mutex_lock(&sched.lock);
        if (atomic_load(&sched.stopping)) {
            mutex_unlock(&sched.lock);
            continue;
        }
        if (atomic_load(&sched.runq_size) > 0) {
            g = global_runq_get(p, 0);
            mutex_unlock(&sched.lock);
            return g;
        }
        m->p = NULL;
        idle_p_put(p);
        mutex_unlock(&sched.lock);
        if (m->spinning) {
            stop_spinning(m);
            if (recheck_run_queues(m))
                continue;
        }
        stop_m(m);
    }
}

static G *find_next_g(M *m)
{
    while (!may_run(m)) {
    }
    P *p = m->p;
    G *g = NULL;
    if (p->schedtick % GLOBAL_QUEUE_FAIRNESS == 0 && atomic_load(&sched.runq_size) > 0) {
        mutex_lock(&sched.lock);
        g = global_runq_get(p, 1);
        mutex_unlock(&sched.lock);
    }
    if (g == NULL)
        g = runq_get(p);
    if (g == NULL)
        g = find_runnable(m);
    if (m->spinning) {
        stop_spinning(m);
        /* we found work: maybe there is more; let another M look */
        wake_idle_p();
    }
    return g;
}

/* ---- switching ---- */

static void run_goroutine(M *m, G *g)
{
    tick(&m->p->schedtick);
    m->curg = g;
    set_status(g, G_RUNNING);
    bool preempt = atomic_load_explicit(&g->preempt, memory_order_relaxed);
    runtime_stack_guard = preempt ? STACK_GUARD_PREEMPT : g->stack_guard;
    runtime_preempt_flag = preempt;
    runtime_context_switch(&m->g0_sp, g->saved_sp);
}

/* on g0, right after m->curg switched out */
static void finish_switch(M *m)
{
    G *g = m->curg;
    m->curg = NULL;
    switch (m->switch_action) {
    case SWITCH_PARK:
        if (m->unlock_function != NULL)
            m->unlock_function(m->unlock_argument);
        break;
    case SWITCH_YIELD:            /* this M runs something next: no need to wake one */
    case SWITCH_SYSCALL_EXIT:
        set_status(g, G_RUNNABLE);
        mutex_lock(&sched.lock);
        sched_put_global(g);
        mutex_unlock(&sched.lock);
        if (m->switch_action == SWITCH_SYSCALL_EXIT)
            wake_idle_p();
        break;
    case SWITCH_EXIT:
        goroutine_free(m->p, g);
        break;
    }
    m->switch_action = 0;
}

static noreturn void scheduler_loop(M *m)
{
    for (;;) {
        G *g = find_next_g(m);
        run_goroutine(m, g);
        finish_switch(m);
    }
}

static void switch_to_scheduler(int action)
{
    M *m = current_m();
    G *g = m->curg;
    m->switch_action = action;
    runtime_context_switch(&g->saved_sp, m->g0_sp);
}

void park(void (*unlock)(void *), void *argument, int reason)
{
    M *m = current_m();
    G *g = m->curg;
    g->wait_reason = (uint8_t)reason;
    set_status(g, G_WAITING);
    m->unlock_function = unlock;
    m->unlock_argument = argument;
    switch_to_scheduler(SWITCH_PARK);
}

void ready(G *g)
{
    set_status(g, G_RUNNABLE);
    M *m = current_m();
    P *p = m != NULL ? m->p : NULL;
    if (p != NULL) {
        runq_put(p, g, true);
    } else {
        mutex_lock(&sched.lock);
        sched_put_global(g);
        mutex_unlock(&sched.lock);
    }
    wake_idle_p();
}

void gosched_current(bool preempted)
{
    G *g = current_g();
    if (g == NULL)
        return;
    atomic_store(&g->preempt, false);
    runtime_preempt_flag = 0;
    runtime_stack_guard = g->stack_guard;
    g->wait_reason = preempted ? WAIT_PREEMPTED : WAIT_NONE;
    switch_to_scheduler(SWITCH_YIELD);
}

void exit_syscall_without_p(void)
{
    switch_to_scheduler(SWITCH_SYSCALL_EXIT);
}

noreturn void runtime_goexit(void)
{
    switch_to_scheduler(SWITCH_EXIT);
    __builtin_unreachable();
}

/* ---- start ---- */

static int32_t count_cpus(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int32_t)online : 1;
}

/* GOMAXPROCS from the environment: a positive decimal, else the CPU count */
static int32_t initial_procs(void)
{
    const char *setting = getenv("GOMAXPROCS");
    if (setting != NULL && *setting != '\0') {
        int64_t value = 0;
        const char *cursor = setting;
        while (*cursor >= '0' && *cursor <= '9' && value <= MAX_PROCS)
            value = value * 10 + (*cursor++ - '0');
        if (*cursor == '\0' && value > 0)
            return value > MAX_PROCS ? MAX_PROCS : (int32_t)value;
    }
    return cpu_count > MAX_PROCS ? MAX_PROCS : cpu_count;
}

void scheduler_init(void)
{
    cpu_count = count_cpus();
    stack_init();
    all_p = persistent_alloc(sizeof(P *) * MAX_PROCS);
    gomaxprocs = initial_procs();
    for (int32_t i = gomaxprocs - 1; i >= 0; i--) {
        all_p[i] = p_new(i);
        if (i > 0)
            idle_p_put(all_p[i]);
    }
    M *m = m_new();
    sched.m_count = 1;
    m_attach_thread(m);
    acquire_p(m, all_p[0]);
}

noreturn void scheduler_run_main(void (*main_function)(void *))
{
    M *m = current_m();
    G *main_g = goroutine_new_main(m->p, main_function);
    runq_put(m->p, main_g, false);
    sysmon_start();
    scheduler_loop(m);
}

/* ---- the runtime package ---- */

void runtime_gosched(void)
{
    gosched_current(false);
}

int64_t runtime_numcpu(void)
{
    return cpu_count;
}

/* one stopper at a time; the others wait parked, so their Ps can stop */
static uint32_t world_sema = 1;

void world_acquire(void)
{
    runtime_semacquire(&world_sema, 0);
}

void world_release(void)
{
    runtime_semrelease(&world_sema, 0);
}

int64_t runtime_gomaxprocs(int64_t procs)
{
    if (procs <= 0)
        return gomaxprocs;
    if (procs > MAX_PROCS)
        procs = MAX_PROCS;
    world_acquire();
    int32_t previous = gomaxprocs;
    if (procs != previous) {
        stop_the_world();
        start_the_world((int32_t)procs);
    }
    world_release();
    return previous;
}
