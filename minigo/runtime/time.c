/*
 * Clocks, timers and sleep.
 *
 * One global timer heap (a binary min-heap on `when`, under timers_lock)
 * rather than gc's heap per P: programs here keep few timers alive, and one
 * heap makes "is any timer pending?" - which deadlock detection asks - a single
 * read.  earliest_when mirrors the heap's top so the scheduler can check for due
 * timers without the lock.
 *
 * Timers fire from whichever thread notices they are due: an M looking for work
 * (sched.c), the idle M that sleeps exactly until the earliest timer (the
 * "timer waiter"), or sysmon when every M is busy.  Firing collects due timers
 * under the lock (a periodic one goes back in the heap, when advanced past now)
 * and performs their effects after releasing it, since readying a G and sending
 * on a channel take other locks: a sleeping G is readied; a channel timer does
 * a non-blocking send of the current time (so a slow reader of a ticker's
 * channel drops ticks, as in Go); a function timer starts `go fn(argument)`.
 *
 * The value a channel timer sends is stdlib/time's Time for the current
 * instant (what time.Now returns), written here field by field in gc's layout
 * (stdlib/time/time.go): {uint64 wall: bit 63 (has a monotonic reading), the
 * seconds since 1885 in bits 30-62 and the nanoseconds in bits 0-29; int64 ext:
 * the monotonic reading minus time's startNano; the Location time.Local}, both
 * registered once by package time's init, then zero bytes up to the channel's
 * element size.  Outside the years 1885-2157 there is no monotonic reading: wall
 * holds the nanoseconds, ext the seconds since year 1.  time.Local is a package
 * variable, never in the heap, so holding its address here is safe.
 *
 * A sleep can be cancelled (waitq.c: the REPL's Ctrl-C): under timers_lock, a
 * sleeper's timer still in the heap is taken out and its G readied by the
 * canceller instead; the woken G unwinds.  (The timer waiter may then wake at
 * the old deadline for nothing.)
 *
 * Timer records are in the Go heap (the user's time.Timer holds one); the heap
 * array is C memory, so the collector treats it as a root.  Due timers leave the
 * heap before they fire, held only in a C array on some thread's stack: the
 * collector waits until no firing is in flight (firings_in_flight, changed under
 * timers_lock) and holds timers_lock while it works.
 *
 * A timer being fired is still pending: timers_pending() (the deadlock check's
 * question) counts firings in flight as well as the heap.  Otherwise, when
 * sysmon - a thread with no M - fires a sleeper's timer, there is a moment when
 * the timer is off the heap and its G on no run queue while every M is idle:
 * on a loaded machine the timer-waiter M wakes late (so sysmon fired the timer),
 * finds nothing to run, goes idle and declares a deadlock while main is about to
 * be readied (seen as a `goroutine 1 [sleep]` in a false deadlock report).  The
 * count goes up before the heap forgets the timers and down after their effects
 * landed; a reader loads the heap's count first.  An idle M that saw only a
 * firing pending sleeps with no deadline, so the end of the last firing, with
 * the heap empty, wakes the timer waiter to run the deadlock check again.
 */
#include "mheap.h"
#include "chan.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { FIRE_BATCH = 64, MAX_TIME_VALUE = 64 };

typedef struct Timer {
    int64_t when;
    int64_t period;                  /* > 0: a ticker */
    int64_t heap_index;              /* -1 when not in the heap */
    Channel *channel;                /* send the time here, or */
    void (*function)(void *);        /* start go function(argument), or */
    void *argument;
    G *sleeper;                      /* ready this G */
} Timer;
/* function is code, never heap */
static const uint64_t timer_mask[] = GC_MASK_OF(Timer, channel, argument, sleeper);

typedef struct {
    Channel *channel;
    void (*function)(void *);
    void *argument;
    G *sleeper;
} Firing;

static Mutex timers_lock;
static Timer **heap;
static int64_t heap_length, heap_capacity;
static _Atomic int64_t earliest_when = INT64_MAX;
static _Atomic int64_t pending_count;
static _Atomic int64_t firings_in_flight;   /* changed under timers_lock */

int64_t nanotime(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

int64_t runtime_nanotime(void)
{
    return nanotime();
}

int64_t runtime_walltime(void)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

/* ---- the heap, under timers_lock ---- */

static void heap_place(Timer *timer, int64_t index)
{
    heap[index] = timer;
    timer->heap_index = index;
}

static void sift_up(int64_t index)
{
    Timer *timer = heap[index];
    while (index > 0) {
        int64_t parent = (index - 1) / 2;
        if (heap[parent]->when <= timer->when)
            break;
        heap_place(heap[parent], index);
        index = parent;
    }
    heap_place(timer, index);
}

static void sift_down(int64_t index)
{
    Timer *timer = heap[index];
    for (;;) {
        int64_t child = 2 * index + 1;
        if (child >= heap_length)
            break;
        if (child + 1 < heap_length && heap[child + 1]->when < heap[child]->when)
            child++;
        if (timer->when <= heap[child]->when)
            break;
        heap_place(heap[child], index);
        index = child;
    }
    heap_place(timer, index);
}

static void publish_earliest(void)
{
    atomic_store(&earliest_when, heap_length > 0 ? heap[0]->when : INT64_MAX);
    atomic_store(&pending_count, heap_length);
}

static void heap_add(Timer *timer)
{
    if (heap_length == heap_capacity) {
        heap_capacity = heap_capacity ? heap_capacity * 2 : 64;
        heap = realloc(heap, (size_t)heap_capacity * sizeof(Timer *));
        if (heap == NULL) {
            static const char message[] = "runtime: out of memory";
            runtime_throw((const uint8_t *)message, sizeof message - 1);
        }
    }
    heap_place(timer, heap_length++);
    sift_up(timer->heap_index);
    publish_earliest();
}

static void heap_remove(Timer *timer)
{
    int64_t index = timer->heap_index;
    Timer *last = heap[--heap_length];
    timer->heap_index = -1;
    if (index < heap_length) {
        heap_place(last, index);
        sift_up(index);
        sift_down(last->heap_index);
    }
    publish_earliest();
}

/* ---- for the scheduler ---- */

/* A timer taken off the heap stays pending until its effect has landed (its G
 * is on a run queue): firings_in_flight goes up before the heap forgets the
 * timer, so reading pending_count first and firings_in_flight second cannot
 * miss both. */
bool timers_pending(void)
{
    return atomic_load(&pending_count) > 0 || atomic_load(&firings_in_flight) > 0;
}

int64_t timers_next_when(void)
{
    return atomic_load(&earliest_when);
}

/* seconds from January 1 of year 1 to January 1 of 1970 and of 1885 (stdlib/time's
 * unixToInternal and wallToInternal) */
#define UNIX_TO_INTERNAL (719162LL * 86400)
#define WALL_TO_INTERNAL (688117LL * 86400)
#define HAS_MONOTONIC (1ULL << 63)
#define NSEC_SHIFT 30

static void *time_local;
static int64_t time_start_nano;

void runtime_time_register(void *local, int64_t start_nano)
{
    time_local = local;
    time_start_nano = start_nano;
}

static void send_time(Channel *channel)
{
    int64_t wall = runtime_walltime();
    int64_t seconds = wall / 1000000000, nanoseconds = wall % 1000000000;
    int64_t since_1885 = seconds + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
    uint64_t value[MAX_TIME_VALUE / 8] = {0};
    if ((uint64_t)since_1885 >> 33 == 0) {
        value[0] = HAS_MONOTONIC | (uint64_t)since_1885 << NSEC_SHIFT | (uint64_t)nanoseconds;
        value[1] = (uint64_t)(nanotime() - time_start_nano);
    } else {
        value[0] = (uint64_t)nanoseconds;
        value[1] = (uint64_t)(seconds + UNIX_TO_INTERNAL);
    }
    value[2] = (uint64_t)(uintptr_t)time_local;
    if (channel->element_size <= MAX_TIME_VALUE)
        channel_try_send(channel, value);
}

static void perform(const Firing *firing)
{
    if (firing->sleeper != NULL)
        ready(firing->sleeper);
    else if (firing->channel != NULL)
        send_time(firing->channel);
    else if (firing->function != NULL)
        goroutine_start(firing->function, firing->argument, 0);
}

/* takes up to FIRE_BATCH due timers off the heap; returns how many */
static int collect_due(int64_t now, Firing *firings)
{
    int count = 0;
    while (count < FIRE_BATCH && heap_length > 0 && heap[0]->when <= now) {
        Timer *timer = heap[0];
        firings[count++] = (Firing){timer->channel, timer->function, timer->argument,
                                    timer->sleeper};
        if (timer->period > 0) {
            timer->when += timer->period * (1 + (now - timer->when) / timer->period);
            sift_down(0);
            publish_earliest();
        } else {
            heap_remove(timer);
        }
    }
    return count;
}

/* under timers_lock */
static bool due(int64_t now)
{
    return heap_length > 0 && heap[0]->when <= now;
}

/* The last firing is over and the heap is empty: an idle M that saw only this
 * firing pending sleeps with no deadline (sched.c); wake it to look again. */
static void end_firing(void)
{
    mutex_lock(&timers_lock);
    bool nothing_left = atomic_fetch_sub(&firings_in_flight, 1) == 1 && heap_length == 0;
    mutex_unlock(&timers_lock);
    if (nothing_left)
        sched_notify_timers_changed();
}

void timers_run(int64_t now)
{
    Firing firings[FIRE_BATCH];
    int count;
    do {
        mutex_lock(&timers_lock);
        if (!due(now)) {
            mutex_unlock(&timers_lock);
            return;
        }
        atomic_fetch_add(&firings_in_flight, 1);   /* before collect_due: see timers_pending */
        count = collect_due(now, firings);
        mutex_unlock(&timers_lock);
        for (int i = 0; i < count; i++)
            perform(&firings[i]);
        end_firing();
    } while (count == FIRE_BATCH);
}

/* ---- the collector ---- */

void timers_stop_for_gc(void)
{
    mutex_lock(&timers_lock);
    while (firings_in_flight > 0) {
        mutex_unlock(&timers_lock);
        cpu_relax();
        mutex_lock(&timers_lock);
    }
}

void timers_start_after_gc(void)
{
    mutex_unlock(&timers_lock);
}

void timers_scan_roots(void)
{
    gc_scan_range(heap, heap + heap_length);
}

/* ---- timers for package time ---- */

/* under timers_lock: takes timer out of the heap; was it pending? */
static bool take_out(Timer *timer)
{
    bool pending = timer->heap_index >= 0;
    if (pending)
        heap_remove(timer);
    return pending;
}

/* under timers_lock, which it releases: if timer is now the earliest, the timer
 * waiter must look again (it takes sched.lock, so not under ours) */
static void put_in_and_unlock(Timer *timer)
{
    heap_add(timer);
    bool earliest = heap[0] == timer;
    mutex_unlock(&timers_lock);
    if (earliest)
        sched_notify_timers_changed();
}

static void add_timer(Timer *timer)
{
    mutex_lock(&timers_lock);
    put_in_and_unlock(timer);
}

static Timer *new_timer(int64_t when, int64_t period)
{
    Timer *timer = runtime_alloc(sizeof(Timer), gc_mask(timer_mask));
    timer->when = when;
    timer->period = period > 0 ? period : 0;
    timer->heap_index = -1;
    return timer;
}

void *runtime_timer_start(void *channel, int64_t when, int64_t period)
{
    Timer *timer = new_timer(when, period);
    timer->channel = channel;
    add_timer(timer);
    return timer;
}

void *runtime_timer_start_func(void *function, void *argument, int64_t when, int64_t period)
{
    Timer *timer = new_timer(when, period);
    timer->function = (void (*)(void *))function;
    timer->argument = argument;
    add_timer(timer);
    return timer;
}

/* the base of a goroutine a closure timer starts: calls the Go func() value,
 * whose first word is its code (codegen/closures.py) */
static void call_closure(void *closure)
{
    void (*code)(void *) = *(void (**)(void *))closure;
    code(closure);
}

void *runtime_timer_start_closure(void *closure, int64_t when, int64_t period)
{
    return runtime_timer_start_func((void *)call_closure, closure, when, period);
}

int64_t runtime_timer_stop(void *handle)
{
    if (handle == NULL)
        return 0;
    mutex_lock(&timers_lock);
    bool pending = take_out(handle);
    mutex_unlock(&timers_lock);
    return pending;
}

int64_t runtime_timer_reset(void *handle, int64_t when, int64_t period)
{
    Timer *timer = handle;
    if (timer == NULL)
        return 0;
    mutex_lock(&timers_lock);
    bool pending = take_out(timer);
    timer->when = when;
    timer->period = period > 0 ? period : 0;
    put_in_and_unlock(timer);
    return pending;
}

/* ---- sleep ---- */

/* on g0, once the sleeper is switched out: only now may its timer fire */
static void unlock_timers(void *notify)
{
    mutex_unlock(&timers_lock);
    if (notify != NULL)
        sched_notify_timers_changed();
}

void runtime_sleep(int64_t nanoseconds)
{
    G *g = current_g();
    if (nanoseconds <= 0 || g == NULL)
        return;
    if (g->sleep_timer == NULL) {
        g->sleep_timer = persistent_alloc(sizeof(Timer));
        g->sleep_timer->heap_index = -1;
    }
    Timer *timer = g->sleep_timer;
    int64_t now = nanotime();
    timer->when = nanoseconds > INT64_MAX - now ? INT64_MAX : now + nanoseconds;
    timer->period = 0;
    timer->sleeper = g;
    mutex_lock(&timers_lock);
    heap_add(timer);
    bool earliest = heap[0] == timer;
    wait_begin(g, WAIT_SITE_SLEEP, &timers_lock);
    park(unlock_timers, earliest ? timer : NULL, WAIT_SLEEP);
    wait_end(g);
}

/* goroutine_cancel_wait (waitq.c): g's sleep ended under timers_lock, if its
 * timer is still in the heap (not fired, not firing: collect_due takes a timer
 * out under the lock before its effect) */
bool timers_cancel_sleep(G *g, int64_t id)
{
    mutex_lock(&timers_lock);
    Timer *timer = g->sleep_timer;
    bool taken = timer != NULL && timer->heap_index >= 0 && timer->sleeper == g && g->id == id;
    if (taken)
        heap_remove(timer);
    mutex_unlock(&timers_lock);
    return taken;
}
