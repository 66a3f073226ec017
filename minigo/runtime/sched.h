/*
 * The scheduler's shared vocabulary, inside the runtime only (codegen never sees it;
 * the rest of the runtime's private declarations are in internal.h, included here).
 *
 * Three kinds of object share the work of running goroutines:
 *   G  a goroutine: a stack, the stack pointer saved when it is not running, and
 *      why it waits.  Gs are never freed: a finished G gives its stack back and waits
 *      on a free list for the next `go` statement, so a G pointer stays valid forever
 *      and may be read racily (sysmon, tracebacks) without use-after-free.
 *   M  an OS thread.  An M runs Go code only while it holds a P.  Its own thread
 *      stack ("g0") runs the scheduler: a G that blocks switches to its M's g0,
 *      which picks the next G and switches to it.  Idle Ms sleep on a futex.
 *   P  a processor token, GOMAXPROCS of them: the right to run Go code, and the
 *      local run queue that goes with it (a lock-free ring plus a runnext slot).
 *      Only the M holding a P pushes onto its ring; any M may take from it.
 *
 * Invariants:
 *   - a G is RUNNING on exactly one M (m->curg) whose P is m->p; a G in a
 *     syscall keeps its M but its P may be taken from it (see syscall.c);
 *   - a G appears in at most one place: a run queue, a wait queue (channel,
 *     select, semaphore, timer) or an M's curg;
 *   - sched.lock guards the global run queue, the idle P and idle M lists and
 *     the M counts; it is the innermost lock but for the futex parking notes;
 *   - a parking G is switched out *before* the lock protecting its wait queue
 *     is released (park()'s unlock runs on g0), so whoever readies it always
 *     finds a complete saved context.
 */
#ifndef MINIGO_SCHED_H
#define MINIGO_SCHED_H

#include "internal.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <pthread.h>
#include <string.h>

typedef struct G G;
typedef struct M M;
typedef struct P P;

/* ---- text ---- */
static inline bool same_text_cstring(GoString a, const char *b)
{
    size_t len = strlen(b);
    return (size_t)a.len == len && memcmp(a.ptr, b, len) == 0;
}

/* ---- locks (lock.c) ---- */

/* A futex mutex: spins briefly (critical sections are a few dozen instructions),
 * then sleeps.  Not owned by a thread: a G may take it on one M and release it on
 * another. */
typedef struct {
    _Atomic uint32_t state;          /* 0 free, 1 held, 2 held with sleepers */
} Mutex;
void mutex_lock(Mutex *mutex);
void mutex_unlock(Mutex *mutex);
bool mutex_trylock(Mutex *mutex);

/* A one-shot wake-up between two threads: sleep until woken (or a timeout). */
typedef struct {
    _Atomic uint32_t key;            /* 0 clear, 1 woken */
} Note;
void note_clear(Note *note);
void note_wakeup(Note *note);
void note_sleep(Note *note);
bool note_sleep_timeout(Note *note, int64_t nanoseconds);   /* true: woken */
void futex_wait(_Atomic uint32_t *address, uint32_t expected, int64_t timeout_ns);
void futex_wake(_Atomic uint32_t *address, int count);
void cpu_relax(void);

/* ---- goroutines ---- */

enum GStatus {
    G_IDLE,          /* just allocated, never run */
    G_RUNNABLE,      /* in a run queue */
    G_RUNNING,       /* on an M with a P */
    G_SYSCALL,       /* in a blocking system call, on an M */
    G_WAITING,       /* parked: wait_reason says why */
    G_DEAD,          /* finished; on a free list (its stack on another) */
};

/* Go's wait reasons, as tracebacks print them. */
enum WaitReason {
    WAIT_NONE,
    WAIT_CHAN_RECEIVE, WAIT_CHAN_SEND, WAIT_CHAN_RECEIVE_NIL, WAIT_CHAN_SEND_NIL,
    WAIT_SELECT, WAIT_SELECT_NO_CASES, WAIT_SEMACQUIRE, WAIT_SLEEP, WAIT_SYNC_COND_WAIT,
    WAIT_PREEMPTED,
};
const char *wait_reason_text(int reason);

struct Timer;

/* One segment of a goroutine's stack (stack.c): the header sits at the segment's top
 * end, so the usable stack is [low, (uintptr_t)header). */
typedef struct StackSegment {
    uintptr_t low;                   /* the segment's bottom */
    size_t size;                     /* bytes from low to the end of this header */
    struct StackSegment *older;      /* the segment the calls came from; NULL: the first */
    struct StackSegment *newer;      /* entered from here before; a spare while not in use */
    uintptr_t older_sp;              /* sp in `older` when calls moved here: older's live
                                        part is [older_sp, older's top) */
    struct StackSegment *free_link;  /* pools */
} StackSegment;

/*
 * A G's stack bounds.  stack_low, stack_high and stack_guard describe the segment
 * the G runs on now (its current segment); stack_segment is that segment's header
 * and links to the older ones.  The live stack of a G is therefore:
 *   [sp, stack_high) where sp is its saved_sp (its sp when running), and for each
 *   older segment s (s = stack_segment->older, ...): [s_newer->older_sp, top of s),
 * which stack_for_each_live_range(g, sp, visit) enumerates.  A G that never ran
 * has stack_segment NULL and its "stack" [saved_sp, stack_high) is its start_frame.
 */

enum { SYSCALL_REGISTER_COUNT = 6 };

struct G {
    uintptr_t saved_sp;              /* context while switched out (asm layout) */
    uintptr_t stack_low, stack_high; /* [low, high): the current segment's usable part */
    uintptr_t stack_guard;           /* stack_low + STACK_RED_ZONE */
    StackSegment *stack_segment;     /* the current segment (NULL until the G first runs) */
    int64_t id;
    _Atomic uint32_t status;         /* enum GStatus */
    uint8_t wait_reason;             /* enum WaitReason, valid while G_WAITING */
    _Atomic bool preempt;            /* sysmon asked it to yield */
    bool is_main;                    /* goroutine 1: main.main; its stack is never pooled */
    _Atomic uint32_t select_done;    /* 0 until one case of its select has fired */
    G *schedlink;                    /* run queue / free list link */
    struct Waiter *wake_waiter;      /* the waiter that woke it (select) */
    struct Timer *sleep_timer;       /* time.Sleep's timer, made on first use */
    /* a cancellable wait (waitq.c): the wait's kind | its lock's owner, written by
     * the G itself under that lock before it parks and cleared after it wakes;
     * wait_cancelled: woken by goroutine_cancel_wait, not by the event */
    _Atomic uintptr_t wait_site;
    bool wait_cancelled;
    uintptr_t creator_pc;            /* return address of the go statement's call */
    DeferState defer_state;          /* defer frames and panics (defer.c) */
    /* until its first run a G holds no stack: its first context lives here, and
     * the first switch to it takes a stack from its P's pool (goroutine.c) */
    uintptr_t start_frame[8];
    /* while G_SYSCALL: its caller's sp and callee-saved registers, which the
     * collector scans (enter_syscall, asm_<arch>.S) */
    uintptr_t syscall_sp;
    uintptr_t syscall_registers[SYSCALL_REGISTER_COUNT];
};

/* ---- wait queues (waitq.c) ----
 * A Waiter is one parked goroutine in one queue: a channel's senders or
 * receivers, or a semaphore's sleepers.  Waiters live on the parked goroutine's
 * stack, which stays put while it sleeps; a queue is guarded by its owner's
 * lock.  A select enqueues one waiter per case on several channels; the first
 * channel to complete one of them claims the G by a compare-and-swap on
 * g->select_done, and waitq_dequeue skips waiters whose select is already won. */
typedef struct Waiter {
    G *g;
    void *element;                   /* value to send / slot to receive into (may be NULL);
                                        a semaphore's address */
    struct Waiter *next, *prev;
    struct Channel *channel;
    int32_t case_index;              /* select: which case */
    bool is_select;
    bool queued;                     /* in a wait queue now */
    bool success;                    /* woken by a transfer (false: by close); a
                                        semaphore unit handed over */
} Waiter;

typedef struct {
    Waiter *first, *last;
} WaitQueue;

void waitq_enqueue(WaitQueue *queue, Waiter *waiter);
void waitq_push_front(WaitQueue *queue, Waiter *waiter);
Waiter *waitq_dequeue(WaitQueue *queue);     /* skips selects already won */
void waitq_remove(WaitQueue *queue, Waiter *waiter);   /* if still queued */

/* Cancellable waits (the REPL's Ctrl-C; waitq.c's comment has the protocol).  A G
 * about to park publishes where it waits (under the wait's lock), and clears it and
 * checks wait_cancelled once awake (wait_end: unwinds if cancelled). */
enum WaitSiteKind {
    WAIT_SITE_CHANNEL = 1, WAIT_SITE_SELECT, WAIT_SITE_SEMA, WAIT_SITE_SLEEP,
    WAIT_SITE_FOREVER, WAIT_SITE_KIND_MASK = 7
};
static inline void wait_begin(G *g, int kind, void *owner)
{
    atomic_store_explicit(&g->wait_site, (uintptr_t)owner | (uintptr_t)kind,
                          memory_order_release);
}
void wait_end(G *g);                       /* noreturn if the wait was cancelled */
bool goroutine_cancel_wait(G *g, int64_t id);
bool waitq_cancel(WaitQueue *queue, G *g, int64_t id, bool is_select);  /* owner's lock held */
/* each takes the wait's lock; true: g (goroutine id) was parked there and is taken out */
bool channel_cancel_wait(void *channel, G *g, int64_t id, bool is_select);   /* chan.c */
bool sema_cancel_wait(void *bucket, G *g, int64_t id);                        /* sema.c */
bool timers_cancel_sleep(G *g, int64_t id);                                  /* time.c */
noreturn void block_forever(int reason);   /* cancellable: the nil channels, select{} */

/* ---- threads and processors ---- */

/* a LIFO of free records, each linked through one word of its own (goroutine.c) */
typedef struct {
    void **head;
    int32_t count;
} FreeList;

enum PStatus { P_IDLE, P_RUNNING, P_SYSCALL, P_STOPPED, P_DEAD };

enum { RUNQ_SIZE = 256 };

struct P {
    int32_t id;
    _Atomic uint32_t status;         /* enum PStatus */
    M *m;                            /* owner while running (or in a syscall) */
    P *link;                         /* idle list */
    _Atomic uint32_t schedtick;      /* +1 per G scheduled: sysmon watches it */
    _Atomic uint32_t syscalltick;    /* +1 per system call */
    _Atomic uint32_t runq_head;
    _Atomic uint32_t runq_tail;
    G *_Atomic runq[RUNQ_SIZE];
    G *_Atomic runnext;              /* runs next, ahead of the ring (a G just readied) */
    FreeList free_goroutines;        /* dead Gs (linked through schedlink) */
    FreeList free_stacks;            /* stacks of dead Gs, most recently freed first */
    int64_t goid_next, goid_end;     /* ids handed out in batches */
    /* sysmon's view of the last time it looked */
    uint32_t sysmon_schedtick, sysmon_syscalltick;
    int64_t sysmon_schedwhen, sysmon_syscallwhen;
};

struct M {
    int64_t id;
    uintptr_t g0_sp;                 /* the scheduler context, while a G runs */
    G *curg;                         /* the G running (or in a syscall) on it */
    P *p;                            /* attached P, NULL if none */
    P *next_p;                       /* P handed over at wake-up */
    P *syscall_p;                    /* P held when the syscall began */
    bool spinning;                   /* looking for work, not yet found */
    Note park;
    M *link;                         /* idle list */
    M *all_link;
    uintptr_t *guard_slot;           /* &runtime_stack_guard of this thread */
    int64_t *preempt_slot;           /* &runtime_preempt_flag of this thread */
    uint64_t random_state;
    /* what g0 does right after the G switched out (see park()) */
    int switch_action;
    void (*unlock_function)(void *);
    void *unlock_argument;
};

/* the M this thread is; C code must read it again after any switch, since a G
 * can resume on another thread */
extern __thread M *runtime_current_m __attribute__((tls_model("initial-exec")));
static inline M *current_m(void) { return runtime_current_m; }

/* a G's status is read racily by sysmon and reports; only its owner writes it */
static inline void set_status(G *g, uint32_t status)
{
    atomic_store_explicit(&g->status, status, memory_order_release);
}

/* +1 to a counter only one thread writes (and others read): no locked instruction */
static inline void tick(_Atomic uint32_t *counter)
{
    atomic_store_explicit(counter, atomic_load_explicit(counter, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}
static inline G *current_g(void)
{
    M *m = runtime_current_m;
    return m != NULL ? m->curg : NULL;
}

typedef struct {
    Mutex lock;
    G *runq_head, *runq_tail;        /* global run queue */
    _Atomic int32_t runq_size;
    P *idle_p;
    _Atomic int32_t idle_p_count;
    M *idle_m;
    int32_t idle_m_count;
    int32_t m_count;                 /* Ms made, sysmon not counted */
    _Atomic int32_t spinning_m_count;
    M *timer_waiter;                 /* the idle M sleeping until the next timer */
    M *all_m;
    _Atomic int64_t next_m_id;
    /* stop the world */
    _Atomic uint32_t stopping;
    int32_t stop_wait;
    Note stop_note;
} Scheduler;

extern Scheduler sched;
extern P **all_p;                    /* all_p[0 .. gomaxprocs) */
extern int32_t gomaxprocs;

/* ---- sched.c ---- */
void scheduler_init(void);
void thread_start(void *(*start)(void *), void *argument);   /* detached, async signals blocked */
noreturn void scheduler_run_main(void (*main_function)(void *));
uint32_t fast_random_below(uint32_t n);
/* Switch the current G out and to the scheduler, which then calls
 * unlock(argument) (may be NULL) on g0; the G sleeps as WAITING(reason) until
 * ready(). */
void park(void (*unlock)(void *), void *argument, int reason);
void ready(G *g);                    /* WAITING -> RUNNABLE; runs soon */
void gosched_current(bool preempted);
void exit_syscall_without_p(void);   /* syscall.c: no P to return to */
void wake_idle_p(void);              /* start an M for an idle P if none spins */
int64_t nanotime(void);
void stop_the_world(void);
void start_the_world(int32_t new_procs);
/* one world-stopper at a time (GOMAXPROCS, the collector); waiters park */
void world_acquire(void);
void world_release(void);
P *sched_take_idle_p(void);          /* under sched.lock */
void sched_put_global(G *g);         /* under sched.lock */
void start_m(P *p, bool spinning);   /* run p (or any idle P) on an idle or new M */
void handoff_p(P *p);                /* a P nobody runs: give it to an M if it has work */
bool runq_empty(P *p);
void sched_notify_timers_changed(void);

/* ---- goroutine.c ---- */
G *goroutine_new(P *p, void (*fn)(void *), void *argument);
G *goroutine_new_main(P *p, void (*fn)(void *));
/* go fn(argument) from any thread (with or without a P) */
void goroutine_start(void (*fn)(void *), void *argument, uintptr_t creator_pc);
extern _Atomic int64_t finalizer_goroutine_waiting;   /* finalizer.c: not counted then */
void goroutine_free(P *p, G *g);
void goroutine_free_list_move_to_global(P *p);
void goroutines_for_each(void (*visit)(G *g, void *context), void *context);

/* ---- runqueue.c ---- */
void runq_put(P *p, G *g, bool next);
G *runq_get(P *p);
G *runq_steal(P *p, P *victim, bool steal_runnext);
int32_t runq_length(P *p);
void runq_move_all_to_global(P *p);  /* under sched.lock */
G *global_runq_get(P *p, int32_t max);   /* under sched.lock */

/* ---- stack.c ---- */
enum { STACK_RED_ZONE = 16 * 1024 };
/* gc's maxstacksize: the most a goroutine's segments in use may add up to; the
 * main goroutine's one segment has this size.  debug.SetMaxStack lowers or raises
 * max_stack_bytes, the limit segments are checked against (not main's segment). */
#define STACK_LIMIT ((size_t)1000000000)
extern _Atomic size_t max_stack_bytes;
/* stack pointer value meaning "yield at the next check" (any sp is below it) */
#define STACK_GUARD_PREEMPT ((uintptr_t)-1)
/* room a recursive runtime C function asks for at each level (stack_is_low) */
enum { STACK_C_RECURSION_ROOM = 8 * 1024 };
extern size_t goroutine_stack_size;
void stack_init(void);
void stack_allocate(G *g);           /* a fresh first segment: fills the bounds */
void stack_bind(G *g, void **pool_node);   /* a pooled first segment, by its pool node */
void **stack_release(G *g);          /* g exits: growth segments back; the first's pool node */
bool stack_allocate_main(G *g);      /* STACK_LIMIT bytes with a guard region below */
void stack_release_spare(G *g);      /* drops the segments g entered before but uses no more */
void stack_unwind_to(G *g, uintptr_t sp);   /* the segment holding sp becomes current */
/* Calls visit(low, high) for each part of g's stack in use, sp being g's sp
 * (its saved_sp when switched out): the current segment first, then older ones. */
void stack_for_each_live_range(G *g, uintptr_t sp,
                               void (*visit)(uintptr_t low, uintptr_t high, void *context),
                               void *context);
bool stack_is_older(const G *g, uintptr_t address, uintptr_t than);   /* an outer frame's? */
bool stack_contains(const G *g, uintptr_t address, size_t size);     /* in a live segment */
/* fn(argument) with at least `room` bytes of stack: on a new segment if need be */
void stack_call_with_room(size_t room, void (*fn)(void *), void *argument);
bool stack_is_low(size_t room);      /* less than room bytes above the guard? */
/* the caller's frame of a frame-pointer frame, and the return address into it,
 * looking through __morestack's frame */
const uintptr_t *stack_caller_frame(const uintptr_t *frame, uintptr_t *return_pc);

/* ---- syscall.c ---- */
/* asm_<arch>.S: saves the caller's callee-saved registers and sp, then calls
 * enter_syscall_recorded(registers) */
void enter_syscall(void);
void enter_syscall_recorded(uintptr_t *registers);
void exit_syscall(void);

/* ---- main.c ---- */
/* The value of `name` in GODEBUG ("name=value,name=value"; the last one counts),
 * ending at the next comma or the end; NULL when it is not set. */
const char *godebug_value(const char *name);

/* ---- sysmon.c ---- */
void sysmon_start(void);
void preempt_m(M *m);
extern int64_t debug_schedtrace_ms;

/* ---- time.c ---- */
bool timers_pending(void);
int64_t timers_next_when(void);
void timers_run(int64_t now);        /* fires what is due; any thread */

/* ---- source positions (dwarf.c) ----
 * The executable's own DWARF (v4, line tables and inlining, as codegen asks LLVM for)
 * read from /proc/self/exe on first use, only when a traceback is printed. */
typedef struct {
    GoString function;   /* DW_AT_name of the inlined callee, else the symbol's name */
    GoString file;       /* full path of the source file */
    int64_t line;
} SourceFrame;
/* The source frames at pc, innermost first: frames[0] is the function whose code is at pc
 * (an inlined callee if pc lies in inlined code) with the line-table line of pc; each next
 * entry is the function it was inlined into, with the DW_AT_call_line/call_file of the
 * inlined_subroutine. Returns how many were stored (at most max); 0 when there is no
 * debug info for pc (no file, stripped, pc outside every compile unit, malformed data). */
int dwarf_source_frames(uintptr_t pc, SourceFrame *frames, int max);
/* The REPL's host: the debug information of a shared object just loaded at bias, or
 * NULL; lookups read it for the pcs the host's repl_debug_file(pc) says it holds. */
typedef struct DebugFile DebugFile;
const DebugFile *dwarf_open_object(const char *path, uintptr_t bias);

/* ---- traceback.c ---- */
void traceback_append_goroutine(ByteBuffer *buffer, G *g, const char *state,
                                uintptr_t pc, uintptr_t frame);
void traceback_append_parked_goroutine(ByteBuffer *buffer, G *g);

/* ---- deadlock.c ---- */
void check_deadlock(void);           /* under sched.lock, when an M goes idle */

/* ---- asm_<arch>.S ---- */
/* Saves the callee-saved registers on the current stack, stores sp in *save_sp,
 * loads new_sp and restores the registers saved there. */
void runtime_context_switch(uintptr_t *save_sp, uintptr_t new_sp);
/* Prepares a fresh stack so that switching to the returned sp calls fn(argument)
 * and then runtime_goexit(). */
uintptr_t runtime_context_make(uintptr_t stack_top, void (*fn)(void *), void *argument);
noreturn void runtime_goexit(void);
#if defined(__x86_64__)
/* where runtime_context_switch leaves the saved frame pointer and return address */
enum { CONTEXT_FRAME_OFFSET = 40, CONTEXT_PC_OFFSET = 48 };
#endif

#endif
