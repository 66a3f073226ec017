/*
 * A C stand-in for compiled Go programs, driving the scheduler through runtime.h
 * the way generated code will (tests/test_runtime_sched.py builds and runs it).
 * Each scenario is a function picked by the first argument; a goroutine body is a
 * `void f(void *block)` started with runtime_newproc, as codegen's trampolines are.
 * Checks that codegen will emit (the prologue stack check, the back-edge poll)
 * are written out by hand in PROLOGUE_CHECK and BACK_EDGE_POLL.
 */
#define _GNU_SOURCE
#include "runtime.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define TEXT(s) {(const uint8_t *)(s), sizeof(s) - 1}
/* the functions the function table lists live where codegen puts Go code (module.py) */
#define GO_FUNCTION __attribute__((section("minigo_text")))
#define BACK_EDGE_POLL() \
    do { if (__atomic_load_n(&runtime_preempt_flag, __ATOMIC_RELAXED)) runtime_preempt_poll(); } while (0)
#define PROLOGUE_CHECK() \
    do { uintptr_t sp_; __asm__ volatile("movq %%rsp, %0" : "=r"(sp_)); \
         if (sp_ < __atomic_load_n(&runtime_stack_guard, __ATOMIC_RELAXED)) runtime_morestack(); } while (0)

static void printf_out(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void printf_out(const char *format, ...)
{
    char line[1024];
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(line, sizeof line, format, arguments);
    va_end(arguments);
    runtime_write(1, (const uint8_t *)line, length);
}

static int64_t env_int(const char *name, int64_t fallback)
{
    const char *value = getenv(name);
    return value != NULL ? atoll(value) : fallback;
}

/* sync.WaitGroup reduced to one waiter, on the runtime's semaphores */
typedef struct { _Atomic int64_t counter; uint32_t sema; } WaitGroup;
static WaitGroup *wait_group_new(int64_t count)
{
    WaitGroup *wg = runtime_alloc(sizeof *wg, 0);
    wg->counter = count;
    return wg;
}
static void wait_group_done(WaitGroup *wg)
{
    if (atomic_fetch_sub(&wg->counter, 1) == 1)
        runtime_semrelease(&wg->sema, 0);
}
static void wait_group_wait(WaitGroup *wg)
{
    if (atomic_load(&wg->counter) != 0)
        runtime_semacquire(&wg->sema, 0);
}
static WaitGroup *group;             /* the scenarios' one group at a time */

/* sync.Mutex reduced to its essentials (state 0 free, 1 held, 2 held and maybe
 * waited for): a CAS fast path, some spinning, the semaphore to sleep; a locker
 * that has slept takes the lock as "2", since others may still sleep */
typedef struct { _Atomic int32_t state; uint32_t sema; } Mutex;
static void mutex_lock_go(Mutex *mutex)
{
    int32_t expected = 0;
    if (atomic_compare_exchange_strong(&mutex->state, &expected, 1))
        return;
    for (int64_t round = 0; runtime_sync_canspin(round); round++) {
        runtime_sync_dospin();
        expected = 0;
        if (atomic_compare_exchange_strong(&mutex->state, &expected, 1))
            return;
    }
    for (int64_t slept = 0; atomic_exchange(&mutex->state, 2) != 0; slept++)
        runtime_semacquire(&mutex->sema, slept > 0);
}
static void mutex_unlock_go(Mutex *mutex)
{
    if (atomic_exchange(&mutex->state, 0) == 2)
        runtime_semrelease(&mutex->sema, 0);
}

/* ---- scenarios ---- */

typedef struct { void *in, *out, *done; } Player;

static void player(void *block)
{
    Player *p = block;
    int64_t value, handled = 0;
    while (runtime_chanrecv(p->in, &value)) {
        handled++;
        value++;
        runtime_chansend(p->out, &value);
    }
    runtime_chansend(p->done, &handled);
}

static void ping_pong(void)
{
    int64_t n = env_int("N", 100000);
    Player *p = runtime_alloc(sizeof *p, 0);
    p->in = runtime_makechan(8, 0, 0, NULL);
    p->out = runtime_makechan(8, 0, 0, NULL);
    p->done = runtime_makechan(8, 0, 0, NULL);
    runtime_newproc(player, p);
    int64_t x = 0, check = 0;
    for (int64_t i = 0; i < n; i++) {
        runtime_chansend(p->in, &x);
        runtime_chanrecv(p->out, &x);
        x = (x * 3) % 1000003;
        check += x;
    }
    runtime_closechan(p->in);
    int64_t handled = 0;
    runtime_chanrecv(p->done, &handled);
    printf_out("round trips=%ld handled=%ld x=%ld check=%ld\n", n, handled, x, check);
}

static void *channel;
static uint32_t never_released;
static GO_FUNCTION void send_one(void *unused) { int64_t v = 1; runtime_chansend(channel, &v); }
static void send_value(void *value) { int64_t v = (intptr_t)value; runtime_chansend(channel, &v); }
static GO_FUNCTION void select_forever(void *unused) { runtime_select(NULL, 0, 0, NULL); }
static GO_FUNCTION void sem_wait_forever(void *unused) { runtime_semacquire(&never_released, 0); }
static GO_FUNCTION void nil_send(void *unused) { int64_t v = 1; runtime_chansend(NULL, &v); }
static GO_FUNCTION void nil_receive(void *unused) { runtime_chanrecv(NULL, NULL); }
static GO_FUNCTION void select_nil(void *unused)
{
    SelectCase cases[2] = {{NULL, NULL, SELECT_RECEIVE}, {NULL, NULL, SELECT_SEND}};
    runtime_select(cases, 2, 0, NULL);
}
static void nap(void *unused) { runtime_sleep(30 * 1000000); }

static GO_FUNCTION void deadlock(void)
{
    channel = runtime_makechan(8, 0, 0, NULL);
    runtime_newproc(send_one, NULL);
    runtime_newproc(select_forever, NULL);
    runtime_newproc(sem_wait_forever, NULL);
    runtime_newproc(nil_send, NULL);
    runtime_newproc(nil_receive, NULL);
    runtime_newproc(select_nil, NULL);
    runtime_newproc(nap, NULL);       /* a pending timer postpones the verdict */
    printf_out("waiting\n");
    runtime_chanrecv(runtime_makechan(8, 0, 0, NULL), NULL);
}

static void select_fairness(void)
{
    int64_t cases_count = env_int("CASES", 2), n = env_int("N", 90000);
    SelectCase cases[8];
    int64_t counts[8] = {0}, value = 0, one = 1;
    for (int64_t i = 0; i < cases_count; i++) {
        cases[i] = (SelectCase){runtime_makechan(8, 0, 1, NULL), &value, SELECT_RECEIVE};
        runtime_chansend(cases[i].channel, &one);
    }
    for (int64_t i = 0; i < n; i++) {
        int64_t ok = -1;
        int64_t chosen = runtime_select(cases, cases_count, 0, &ok);
        if (ok != 1) {
            printf_out("bad ok %ld\n", ok);
            return;
        }
        counts[chosen]++;
        runtime_chansend(cases[chosen].channel, &one);
    }
    for (int64_t i = 0; i < cases_count; i++)
        printf_out("%ld\n", counts[i]);
}

/* select: send and receive cases, default, closed channels, a blocked select woken */
static void *select_partner;
static void partner_send_later(void *unused)
{
    runtime_sleep(5 * 1000000);
    int64_t v = 77;
    runtime_chansend(select_partner, &v);
}
static int64_t partner_got;
static void partner_receive_later(void *unused)
{
    runtime_sleep(5 * 1000000);
    runtime_chanrecv(select_partner, &partner_got);
    wait_group_done(group);
}

static void select_cases(void)
{
    void *empty = runtime_makechan(8, 0, 0, NULL), *buffered = runtime_makechan(8, 0, 1, NULL);
    int64_t value = 5, ok = -1;
    SelectCase with_default[2] = {{empty, &value, SELECT_RECEIVE}, {empty, &value, SELECT_SEND}};
    printf_out("nothing ready: %ld\n", runtime_select(with_default, 2, 1, &ok));
    SelectCase send_ready[2] = {{empty, &value, SELECT_RECEIVE}, {buffered, &value, SELECT_SEND}};
    int64_t chosen = runtime_select(send_ready, 2, 0, &ok);
    printf_out("send ready: %ld len=%ld\n", chosen, runtime_chanlen(buffered));
    runtime_closechan(empty);
    value = 9;
    SelectCase closed[1] = {{empty, &value, SELECT_RECEIVE}};
    chosen = runtime_select(closed, 1, 0, &ok);
    printf_out("closed: %ld ok=%ld value=%ld\n", chosen, ok, value);
    select_partner = runtime_makechan(8, 0, 0, NULL);
    runtime_newproc(partner_send_later, NULL);
    SelectCase waiting[2] = {{runtime_makechan(8, 0, 0, NULL), &value, SELECT_RECEIVE},
                             {select_partner, &value, SELECT_RECEIVE}};
    chosen = runtime_select(waiting, 2, 0, &ok);
    printf_out("woken: %ld ok=%ld value=%ld\n", chosen, ok, value);
    group = wait_group_new(1);
    runtime_newproc(partner_receive_later, NULL);
    value = 88;
    SelectCase sending[2] = {{runtime_makechan(8, 0, 0, NULL), &value, SELECT_RECEIVE},
                             {select_partner, &value, SELECT_SEND}};
    chosen = runtime_select(sending, 2, 0, &ok);
    wait_group_wait(group);
    printf_out("sent: %ld\npartner received %ld\n", chosen, partner_got);
    int64_t sent = runtime_selectnbsend(buffered, &value);
    int64_t received = runtime_selectnbrecv(empty, &value, &ok);
    printf_out("nb send=%ld nb recv=%ld ok=%ld\n", sent, received, ok);
}

static void gomaxprocs(void)
{
    printf_out("gomaxprocs=%ld numcpu=%ld\n", runtime_gomaxprocs(0), runtime_numcpu());
    printf_out("set 3 -> was %ld\n", runtime_gomaxprocs(3));
    printf_out("now %ld\n", runtime_gomaxprocs(-1));
    printf_out("set 1 -> was %ld\n", runtime_gomaxprocs(1));
}

static _Atomic int64_t woken;
static void wait_on_channel(void *unused)
{
    if (runtime_chanrecv(channel, NULL) == 0)
        atomic_fetch_add(&woken, 1);
}

static void many_goroutines(void)
{
    int64_t n = env_int("N", 100000);
    channel = runtime_makechan(0, 0, 0, NULL);
    for (int64_t i = 0; i < n; i++)
        runtime_newproc(wait_on_channel, NULL);
    while (runtime_numgoroutine() < n + 1)
        runtime_gosched();
    runtime_sleep(20 * 1000000);
    printf_out("alive=%ld\n", runtime_numgoroutine());
    runtime_closechan(channel);
    while (atomic_load(&woken) < n)
        runtime_sleep(1000000);
    while (runtime_numgoroutine() > 1)
        runtime_sleep(1000000);
    printf_out("woken=%ld alive=%ld\n", (long)atomic_load(&woken), runtime_numgoroutine());
}

/* Short sleeps, one after another, with nothing else to run: each time the one
 * M waits for main's timer, and sysmon fires it instead when that M is late (a
 * loaded machine).  The timer is then off the heap but main is not yet runnable:
 * the M must not take that moment for a deadlock. */
static void sleep_loop(void)
{
    int64_t n = env_int("N", 2000);
    for (int64_t i = 0; i < n; i++)
        runtime_sleep(env_int("SLEEP_NS", 100000));
    printf_out("slept %ld times\n", (long)n);
}

/* A timer that fires with no one to wake, then main blocks for good: once the
 * firing is over, the idle M must still see the deadlock (not sleep forever). */
static void timer_then_deadlock(void)
{
    void *unread = runtime_makechan(32, 0, 1, NULL);
    runtime_timer_start(unread, runtime_nanotime() + 1000000, 0);
    runtime_sleep(3 * 1000000);
    runtime_chanrecv(runtime_makechan(0, 0, 0, NULL), NULL);
}

static long status_kib(const char *key)
{
    FILE *file = fopen("/proc/self/status", "r");
    char line[256];
    long value = -1;
    while (file != NULL && fgets(line, sizeof line, file))
        if (strncmp(line, key, strlen(key)) == 0)
            value = atol(line + strlen(key) + 1);
    if (file != NULL)
        fclose(file);
    return value;
}

static _Atomic int64_t arrived;
static void arrive_then_wait_on_channel(void *unused)
{
    atomic_fetch_add(&arrived, 1);
    wait_on_channel(unused);
}

static void blocked_memory(void)
{
    int64_t n = env_int("N", 200000);
    channel = runtime_makechan(8, 0, 0, NULL);
    long before = status_kib("VmRSS"), tables_before = status_kib("VmPTE");
    for (int64_t i = 0; i < n; i++)
        runtime_newproc(arrive_then_wait_on_channel, NULL);
    /* Stacks are bound when a goroutine first runs: measure only once every
     * one of them has run, and give the last arrivals time to park. */
    while (atomic_load(&arrived) < n)
        runtime_sleep(1000000);
    runtime_sleep(20 * 1000000);
    long after = status_kib("VmRSS"), tables = status_kib("VmPTE");
    printf_out("rss_per_goroutine=%.3f page_tables_per_goroutine=%.3f\n",
               (after - before) / (double)n, (tables - tables_before) / (double)n);
}

static volatile int stop_spinning;
static volatile int64_t spins;
static void spin_with_polls(void *unused)
{
    while (!stop_spinning) {
        spins++;
        BACK_EDGE_POLL();
    }
}
static void spin_until_stopped(void *unused)
{
    spin_with_polls(NULL);
    wait_group_done(group);
}
static __attribute__((noinline)) int64_t checked_leaf(int64_t x)
{
    PROLOGUE_CHECK();
    return x * 3 + 1;
}
static void spin_with_calls(void *unused)
{
    int64_t x = 0;
    while (!stop_spinning) {
        x = checked_leaf(x);
        spins++;
    }
}

static void preemption(void)
{
    const char *kind = getenv("KIND");
    runtime_newproc(kind != NULL && strcmp(kind, "calls") == 0 ? spin_with_calls : spin_with_polls,
                    NULL);
    int64_t start = runtime_nanotime();
    runtime_sleep(30 * 1000000);
    int64_t waited_ms = (runtime_nanotime() - start) / 1000000;
    stop_spinning = 1;
    printf_out("main ran again: %s; spinner ran: %s\n", waited_ms < 1000 ? "yes" : "late",
               spins > 0 ? "yes" : "no");
}

static GO_FUNCTION __attribute__((noinline)) void recurse(int64_t depth)
{
    PROLOGUE_CHECK();
    volatile char frame[100];
    frame[0] = (char)depth;
    recurse(depth + 1);
    __asm__ volatile("" ::: "memory");
}
static void overflow_goroutine(void *unused) { recurse(0); }

static GO_FUNCTION void stack_overflow(void)
{
    runtime_newproc(overflow_goroutine, NULL);
    runtime_chanrecv(runtime_makechan(8, 0, 0, NULL), NULL);
}

static GO_FUNCTION __attribute__((noinline)) void panicking(void *unused)
{
    static const char message[] = "boom";
    runtime_panic_message((const uint8_t *)message, sizeof message - 1);
    __asm__ volatile("" ::: "memory");
}

static GO_FUNCTION void goroutine_panic(void)
{
    printf_out("before\n");
    runtime_newproc(panicking, NULL);
    runtime_chanrecv(runtime_makechan(8, 0, 0, NULL), NULL);
}

static void channel_panic(void)
{
    const char *kind = getenv("KIND");
    void *c = runtime_makechan(8, 0, 2, NULL);
    int64_t v = 1;
    if (strcmp(kind, "close_nil") == 0)
        runtime_closechan(NULL);
    if (strcmp(kind, "close_closed") == 0) {
        runtime_closechan(c);
        runtime_closechan(c);
    }
    if (strcmp(kind, "send_closed") == 0) {
        runtime_closechan(c);
        runtime_chansend(c, &v);
    }
    if (strcmp(kind, "blocked_send_closed") == 0) {
        channel = runtime_makechan(8, 0, 0, NULL);
        runtime_newproc(send_one, NULL);
        runtime_sleep(5 * 1000000);
        runtime_closechan(channel);
        runtime_sleep(1000 * 1000000);
    }
    if (strcmp(kind, "makechan") == 0)
        runtime_makechan(8, 0, -1, NULL);
}

static void channel_semantics(void)
{
    void *c = runtime_makechan(8, 0, 3, NULL);
    for (int64_t i = 1; i <= 3; i++)
        runtime_chansend(c, &i);
    printf_out("len=%ld cap=%ld nil len=%ld cap=%ld\n", runtime_chanlen(c), runtime_chancap(c),
               runtime_chanlen(NULL), runtime_chancap(NULL));
    runtime_closechan(c);
    int64_t value = 0, ok;
    while ((ok = runtime_chanrecv(c, &value)) != 0)
        printf_out("got %ld\n", value);
    value = 42;
    ok = runtime_chanrecv(c, &value);
    printf_out("after close: ok=%ld value=%ld\n", ok, value);
    /* FIFO through a full buffer while senders wait behind it */
    channel = runtime_makechan(8, 0, 1, NULL);
    for (int64_t i = 0; i < 4; i++) {
        runtime_newproc(send_value, (void *)(intptr_t)i);
        runtime_sleep(2 * 1000000);
    }
    for (int i = 0; i < 4; i++) {
        runtime_chanrecv(channel, &value);
        printf_out("in order: %ld\n", value);
    }
}

static void timers(void)
{
    int64_t start = runtime_nanotime(), value[4];
    runtime_sleep(10 * 1000000);
    int64_t slept = runtime_nanotime() - start;
    printf_out("sleep ok: %s\n", slept >= 10 * 1000000 ? "yes" : "no");
    void *after = runtime_makechan(32, 0, 1, NULL);
    start = runtime_nanotime();
    runtime_timer_start(after, start + 5 * 1000000, 0);
    runtime_chanrecv(after, value);
    int64_t wall = runtime_walltime();
    /* stdlib/time's Time (gc's layout): wall = monotonic flag, seconds since
     * 1885 << 30, nanoseconds; ext = the monotonic reading (no origin registered) */
    int64_t since_1885 = (int64_t)((uint64_t)value[0] << 1 >> 31);
    int64_t sent_wall = (since_1885 + (688117LL - 719162LL) * 86400) * 1000000000 +
                        (value[0] & ((1 << 30) - 1));
    printf_out("after: late enough %s, mono %s, wall %s\n",
               runtime_nanotime() - start >= 5 * 1000000 ? "yes" : "no",
               value[1] >= start + 5 * 1000000 ? "yes" : "no",
               sent_wall <= wall && sent_wall > wall - 1000000000 ? "yes" : "no");
    void *ticks = runtime_makechan(32, 0, 1, NULL);
    void *ticker = runtime_timer_start(ticks, runtime_nanotime() + 2 * 1000000, 2 * 1000000);
    for (int i = 0; i < 3; i++)
        runtime_chanrecv(ticks, value);
    int64_t stopped = runtime_timer_stop(ticker);
    int64_t stopped_again = runtime_timer_stop(ticker);
    printf_out("ticker stop=%ld again=%ld\n", stopped, stopped_again);
    void *late = runtime_makechan(32, 0, 1, NULL);
    void *timer = runtime_timer_start(late, runtime_nanotime() + 1000000000LL, 0);
    int64_t was_pending = runtime_timer_reset(timer, runtime_nanotime() + 1000000, 0);
    runtime_chanrecv(late, value);
    printf_out("reset pending=%ld fired; stop after firing=%ld\n", was_pending,
               runtime_timer_stop(timer));
    SelectCase timeout[2] = {{runtime_makechan(8, 0, 0, NULL), NULL, SELECT_RECEIVE},
                             {runtime_makechan(32, 0, 1, NULL), NULL, SELECT_RECEIVE}};
    runtime_timer_start(timeout[1].channel, runtime_nanotime() + 3 * 1000000, 0);
    printf_out("select timeout case=%ld\n", runtime_select(timeout, 2, 0, NULL));
}

static void after_func(void *argument) { printf_out("after func %ld\n", (long)(intptr_t)argument); wait_group_done(group); }

static void timer_func(void)
{
    group = wait_group_new(1);
    runtime_timer_start_func(after_func, (void *)7, runtime_nanotime() + 2 * 1000000, 0);
    wait_group_wait(group);
}

static Mutex counter_lock;
static int64_t counter;
static void add_many(void *unused)
{
    for (int i = 0; i < 20000; i++) {
        mutex_lock_go(&counter_lock);
        counter++;
        mutex_unlock_go(&counter_lock);
    }
    wait_group_done(group);
}

/* go body(i) for i < count, and wait for all of them (they call wait_group_done(group)) */
static void run_and_wait(void (*body)(void *), int count)
{
    group = wait_group_new(count);
    for (int i = 0; i < count; i++)
        runtime_newproc(body, (void *)(intptr_t)i);
    wait_group_wait(group);
}

static void mutex_counter(void)
{
    run_and_wait(add_many, 8);
    printf_out("counter=%ld\n", counter);
}

static _Atomic int flags[2];
static void wait_for_partner(void *which)
{
    int self = (int)(intptr_t)which;
    atomic_store(&flags[self], 1);
    while (atomic_load(&flags[1 - self]) == 0) { /* no safepoint: only a second thread helps */ }
    wait_group_done(group);
}

static void parallel(void)
{
    run_and_wait(wait_for_partner, 2);
    printf_out("ran in parallel\n");
}

static int read_fd;
static void reader(void *unused)
{
    uint8_t buffer[8];
    int64_t got = runtime_read(read_fd, buffer, sizeof buffer);
    printf_out("read %ld bytes\n", got);
    wait_group_done(group);
}

static void blocking_read(void)
{
    int fds[2];
    if (pipe(fds) != 0)
        return;
    read_fd = fds[0];
    group = wait_group_new(1);
    runtime_newproc(reader, NULL);
    runtime_sleep(20 * 1000000);      /* needs a P while the reader blocks in read(2) */
    printf_out("main ran while the reader blocked\n");
    if (write(fds[1], "abc", 3) != 3)
        return;
    wait_group_wait(group);
}

static void main_exits(void)
{
    channel = runtime_makechan(8, 0, 0, NULL);
    for (int i = 0; i < 100; i++)
        runtime_newproc(wait_on_channel, NULL);
    runtime_newproc(spin_with_polls, NULL);
    printf_out("main done\n");
}

static void print_lines(void *unused)
{
    for (int i = 0; i < 1000; i++)
        printf_out("line %d from a goroutine that prints a fairly long line of text\n", i);
    wait_group_done(group);
}

static void concurrent_printing(void)
{
    run_and_wait(print_lines, 4);
}

static void busy(void *unused)
{
    int64_t until = runtime_nanotime() + 150 * 1000000;
    while (runtime_nanotime() < until)
        BACK_EDGE_POLL();
    wait_group_done(group);
}

static void schedtrace(void)
{
    run_and_wait(busy, 2);
}

/* producers send through plain sends and selects over several channels, consumers
 * receive through selects and non-blocking receives: every value arrives once */
enum { CHAOS_CHANNELS = 4, CHAOS_PRODUCERS = 6, CHAOS_CONSUMERS = 5 };
static void *chaos_channels[CHAOS_CHANNELS], *chaos_quit;
static int64_t chaos_per_producer;
static _Atomic int64_t chaos_received, chaos_received_sum, chaos_sent_sum;
static WaitGroup *chaos_producers, *chaos_consumers;

static uint64_t next_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

static void chaos_send(void *id)
{
    uint64_t state = (uint64_t)(intptr_t)id * 7919 + 1;
    for (int64_t i = 0; i < chaos_per_producer; i++) {
        int64_t value = (int64_t)(intptr_t)id * 1000000 + i;
        if (next_random(&state) % 3 == 0) {
            runtime_chansend(chaos_channels[next_random(&state) % CHAOS_CHANNELS], &value);
        } else {
            SelectCase cases[CHAOS_CHANNELS];
            int count = 1 + (int)(next_random(&state) % CHAOS_CHANNELS);
            for (int j = 0; j < count; j++)     /* duplicates allowed */
                cases[j] = (SelectCase){chaos_channels[(j + next_random(&state)) % CHAOS_CHANNELS],
                                        &value, SELECT_SEND};
            runtime_select(cases, count, 0, NULL);
        }
        atomic_fetch_add(&chaos_sent_sum, value);
        if (next_random(&state) % 100 == 0)
            runtime_gosched();
    }
    wait_group_done(chaos_producers);
}

static void chaos_receive(void *id)
{
    uint64_t state = (uint64_t)(intptr_t)id * 104729 + 3;
    int64_t value;
    for (;;) {
        if (next_random(&state) % 4 != 0 ||
            !runtime_selectnbrecv(chaos_channels[next_random(&state) % CHAOS_CHANNELS], &value, NULL)) {
            SelectCase cases[CHAOS_CHANNELS + 1];
            for (int j = 0; j < CHAOS_CHANNELS; j++)
                cases[j] = (SelectCase){chaos_channels[j], &value, SELECT_RECEIVE};
            cases[CHAOS_CHANNELS] = (SelectCase){chaos_quit, NULL, SELECT_RECEIVE};
            if (runtime_select(cases, CHAOS_CHANNELS + 1, 0, NULL) == CHAOS_CHANNELS)
                break;
        }
        atomic_fetch_add(&chaos_received, 1);
        atomic_fetch_add(&chaos_received_sum, value);
    }
    wait_group_done(chaos_consumers);
}

static void select_chaos(void)
{
    chaos_per_producer = env_int("N", 5000);
    for (int i = 0; i < CHAOS_CHANNELS; i++)
        chaos_channels[i] = runtime_makechan(8, 0, i % 2 ? 0 : 3, NULL);
    chaos_quit = runtime_makechan(0, 0, 0, NULL);
    chaos_producers = wait_group_new(CHAOS_PRODUCERS);
    chaos_consumers = wait_group_new(CHAOS_CONSUMERS);
    for (int i = 0; i < CHAOS_CONSUMERS; i++)
        runtime_newproc(chaos_receive, (void *)(intptr_t)(i + 1));
    for (int i = 0; i < CHAOS_PRODUCERS; i++)
        runtime_newproc(chaos_send, (void *)(intptr_t)(i + 1));
    wait_group_wait(chaos_producers);
    while (atomic_load(&chaos_received) < CHAOS_PRODUCERS * chaos_per_producer)
        runtime_sleep(100000);
    runtime_closechan(chaos_quit);
    wait_group_wait(chaos_consumers);
    printf_out("received=%ld sums agree=%s\n", (long)atomic_load(&chaos_received),
               atomic_load(&chaos_received_sum) == atomic_load(&chaos_sent_sum) ? "yes" : "no");
}

/* GOMAXPROCS changes (each stops the world) while pairs of goroutines trade
 * values, others sleep and two spin at safepoints */
static _Atomic int64_t exchanges;
static void echo_values(void *pair_block)
{
    Player *pair = pair_block;
    int64_t value;
    while (runtime_chanrecv(pair->in, &value))
        runtime_chansend(pair->out, &value);
    wait_group_done(group);
}
static void exchange_values(void *pair_block)
{
    Player *pair = pair_block;
    for (int64_t i = 0; i < 5000; i++) {
        int64_t value;
        runtime_chansend(pair->in, &i);
        runtime_chanrecv(pair->out, &value);
        if (value != i)
            abort();
        atomic_fetch_add(&exchanges, 1);
        if (i % 500 == 0)
            runtime_sleep(100000);
    }
    runtime_closechan(pair->in);
    wait_group_done(group);
}
static void resize_repeatedly(void *unused)
{
    for (int i = 0; i < 30; i++) {
        runtime_gomaxprocs(1 + (i * 7) % 6);
        runtime_sleep(200000);
    }
    wait_group_done(group);
}

static void resize_under_load(void)
{
    enum { PAIRS = 8 };
    group = wait_group_new(2 * PAIRS + 4);
    for (int i = 0; i < PAIRS; i++) {
        Player *pair = runtime_alloc(sizeof *pair, 0);
        pair->in = runtime_makechan(8, 0, 0, NULL);
        pair->out = runtime_makechan(8, 0, i % 3, NULL);
        runtime_newproc(echo_values, pair);
        runtime_newproc(exchange_values, pair);
    }
    for (int i = 0; i < 2; i++) {
        runtime_newproc(spin_until_stopped, NULL);
        runtime_newproc(resize_repeatedly, NULL);
    }
    while (atomic_load(&exchanges) < PAIRS * 5000)
        runtime_sleep(1000000);
    stop_spinning = 1;
    wait_group_wait(group);
    printf_out("exchanges=%ld\n", (long)atomic_load(&exchanges));
}

static const struct { const char *name; void (*run)(void); } scenarios[] = {
    {"ping_pong", ping_pong}, {"deadlock", deadlock}, {"select_fairness", select_fairness},
    {"select_cases", select_cases}, {"gomaxprocs", gomaxprocs},
    {"many_goroutines", many_goroutines}, {"sleep_loop", sleep_loop},
    {"timer_then_deadlock", timer_then_deadlock}, {"blocked_memory", blocked_memory},
    {"preemption", preemption}, {"stack_overflow", stack_overflow},
    {"goroutine_panic", goroutine_panic}, {"channel_panic", channel_panic},
    {"channel_semantics", channel_semantics}, {"timers", timers}, {"timer_func", timer_func},
    {"mutex_counter", mutex_counter}, {"parallel", parallel}, {"blocking_read", blocking_read},
    {"main_exits", main_exits}, {"concurrent_printing", concurrent_printing},
    {"schedtrace", schedtrace}, {"select_chaos", select_chaos},
    {"resize_under_load", resize_under_load},
};

void go_main(void) __asm__("main.main");
GO_FUNCTION void go_main(void)
{
    GoSlice arguments;
    runtime_args(&arguments);
    const GoString *words = arguments.ptr;
    for (size_t i = 0; arguments.len > 1 && i < sizeof scenarios / sizeof scenarios[0]; i++) {
        if (words[1].len == (int64_t)strlen(scenarios[i].name) &&
            memcmp(words[1].ptr, scenarios[i].name, words[1].len) == 0) {
            scenarios[i].run();
            return;
        }
    }
    printf_out("unknown scenario\n");
    runtime_exit(3);
}

/* the function table codegen would emit (into the section minigo_functab, as each
 * module's), so tracebacks name these functions */
__attribute__((section("minigo_functab"), used, aligned(8)))
const FunctionInfo driver_functab[] = {
    {go_main, TEXT("main.main"), TEXT("/src/driver.go"), 1},
    {send_one, TEXT("main.sendOne"), TEXT("/src/driver.go"), 10},
    {select_forever, TEXT("main.selectForever"), TEXT("/src/driver.go"), 20},
    {sem_wait_forever, TEXT("main.semWaitForever"), TEXT("/src/driver.go"), 30},
    {nil_send, TEXT("main.nilSend"), TEXT("/src/driver.go"), 40},
    {nil_receive, TEXT("main.nilReceive"), TEXT("/src/driver.go"), 50},
    {select_nil, TEXT("main.selectNil"), TEXT("/src/driver.go"), 60},
    {recurse, TEXT("main.recurse"), TEXT("/src/driver.go"), 70},
    {panicking, TEXT("main.panicking"), TEXT("/src/driver.go"), 80},
    {deadlock, TEXT("main.deadlock"), TEXT("/src/driver.go"), 90},
    {stack_overflow, TEXT("main.stackOverflow"), TEXT("/src/driver.go"), 100},
    {goroutine_panic, TEXT("main.goroutinePanic"), TEXT("/src/driver.go"), 110},
};
