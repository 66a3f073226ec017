/*
 * The REPL's session host: the runtime plus this loader, one process per session.
 *
 * minigo/repl (Python) compiles each input to a shared object and sends its path over
 * a pipe; this host dlopen()s it (RTLD_GLOBAL, so later inputs bind to its symbols),
 * registers what the runtime must know of it and runs its entry function once, on a
 * goroutine of its own.  So the runtime (scheduler threads, signal handlers, the
 * collector) lives in a native process of its own, never inside Python, and every
 * input runs exactly once.
 *
 * Protocol (one line each way, on the pipes MINIGO_REPL_FDS names; repl/host.py):
 *     R id path symbol        load, then run `symbol` (a Go func()) on a new goroutine
 *                             ("-": nothing to run, the object only declares)
 *     C id                    cancel input id's wait, if it is blocked (Ctrl-C)
 *   replies
 *     E message               dlopen/dlsym failed
 *     D id                    input id returned
 *     P id                    input id panicked (the report went to stderr)
 *     I id                    input id was blocked; its wait was cancelled and it
 *                             unwound (deferred calls run, as runtime.Goexit)
 *     F id                    a fatal error (not a panic): the process ends after
 *                             writing gc's report to stderr
 *   and an os.Exit(n) ends the process with status n and no reply.
 * Goroutine 1 runs the loop below; it waits in read(), a system call, so the
 * scheduler never sees "all goroutines are asleep" while the session lives, and
 * goroutines an input started keep running between inputs.
 *
 * What each loaded object gives the runtime (through object.c, linked into it, which
 * returns the bounds of its own sections):
 *   - its Go globals (section mg_globals) as collector roots (gc_register_root);
 *   - its function table and code bounds, which traceback.c asks about addresses
 *     outside the executable's Go code (repl_find_function);
 *   - its wrapper code bounds, for recover() (defer.c's repl_is_wrapper_code);
 *   - its DWARF (dwarf_open_object), which dwarf.c reads for the source lines of pcs
 *     in its code (repl_debug_file), so traces show the input's panicking line.
 * Survival: panic.c asks repl_survive_fatal before ending the process for a panic;
 * here a panicking goroutine prints its report, tells Python if it was running an
 * input, and exits alone (runtime_goexit), so the session stays.  Ctrl-C: Python
 * sends SIGINT; the handler marks the request and asks every M to preempt; at the
 * input goroutine's next safepoint (preempt.c calls repl_at_safepoint) it panics with
 * "interrupted", which the above turns into a report and a return to the prompt.
 * An input parked in a wait never reaches a safepoint: Python then sends "C id", and
 * goroutine 1 (not the signal handler: cancelling takes the wait's lock) asks the
 * runtime to end that goroutine's wait (goroutine_cancel_wait, waitq.c), naming it by
 * G and goroutine id so that only the input's own goroutine is woken, never one it
 * started.  The woken goroutine unwinds like runtime.Goexit (a deferred mu.Unlock
 * runs) and its exit replies "I".
 */
#define _GNU_SOURCE
#include "../mheap.h"
#include "../sched.h"

#include <dlfcn.h>
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { LINE_MAX_BYTES = 8192, MAX_OBJECTS = 1 << 16 };

/* the pipes to Python: MINIGO_REPL_FDS="request,reply" */
static int request_fd = -1, reply_fd = -1;

/* what object.c reports, in this order */
enum {
    SECTION_GLOBALS_START, SECTION_GLOBALS_STOP, SECTION_TEXT_START, SECTION_TEXT_STOP,
    SECTION_FUNCTAB_START, SECTION_FUNCTAB_STOP, SECTION_WRAPPERS_START, SECTION_WRAPPERS_STOP,
    SECTION_COUNT
};

typedef struct {
    uintptr_t text_start, text_stop, wrappers_start, wrappers_stop;
    FunctionInfo *functions;    /* sorted by entry */
    int64_t function_count;
    const DebugFile *debug;     /* its DWARF, for the lines in tracebacks; or NULL */
} LoadedObject;

static LoadedObject *objects;
static _Atomic int64_t object_count;

/* the goroutine running the current input and its id; interrupt requests */
static G *_Atomic input_g;
static _Atomic int64_t input_id, input_goroutine_id;
static _Atomic int input_cancelled;        /* its wait was cancelled: it unwinds */
static _Atomic int interrupt_requested;

static void reply(const char *text)
{
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(reply_fd, text, length);
        if (written <= 0)
            _exit(2);            /* Python is gone: so is the session */
        text += written;
        length -= (size_t)written;
    }
}

static void reply_with_id(char kind, int64_t id)
{
    char line[48];
    snprintf(line, sizeof line, "%c %lld\n", kind, (long long)id);
    reply(line);
}

static int compare_entries(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const FunctionInfo *)a)->entry;
    uintptr_t y = (uintptr_t)((const FunctionInfo *)b)->entry;
    return x < y ? -1 : x > y;
}

/* ---- what the runtime asks about loaded code ---- */

/* the loaded object whose Go code holds pc, or NULL */
static const LoadedObject *object_holding(uintptr_t pc)
{
    int64_t count = atomic_load(&object_count);
    for (int64_t i = 0; i < count; i++)
        if (pc >= objects[i].text_start && pc < objects[i].text_stop)
            return &objects[i];
    return NULL;
}

const DebugFile *repl_debug_file(uintptr_t pc)
{
    const LoadedObject *object = object_holding(pc);
    return object != NULL ? object->debug : NULL;
}

const FunctionInfo *repl_find_function(uintptr_t pc)
{
    const LoadedObject *object = object_holding(pc);
    if (object == NULL || object->function_count == 0 || pc < (uintptr_t)object->functions[0].entry)
        return NULL;
    int64_t low = 0, high = object->function_count - 1;
    while (low < high) {
        int64_t middle = (low + high + 1) / 2;
        if ((uintptr_t)object->functions[middle].entry <= pc)
            low = middle;
        else
            high = middle - 1;
    }
    return object->functions[low].name.len > 0 ? &object->functions[low] : NULL;
}

bool repl_is_wrapper_code(uintptr_t pc)
{
    int64_t count = atomic_load(&object_count);
    for (int64_t i = 0; i < count; i++)
        if (pc >= objects[i].wrappers_start && pc < objects[i].wrappers_stop)
            return true;
    return false;
}

/* ---- surviving panics and interrupts ---- */

bool repl_survive_fatal(const char *prefix, ByteBuffer *report)
{
    G *g = current_g();
    if (g == NULL || strcmp(prefix, "panic: ") != 0) {
        /* a fatal error proper ends the process, as it would a program's; Python
         * starts a new host with the session's definitions (host.py revive) */
        reply_with_id('F', atomic_load(&input_id));
        return false;
    }
    runtime_write_stderr(report->data, (size_t)report->len);
    g->defer_state.frames = NULL;
    g->defer_state.panics = NULL;
    G *expected = g;
    if (atomic_compare_exchange_strong(&input_g, &expected, NULL)) {
        atomic_store(&interrupt_requested, 0);
        reply_with_id('P', atomic_load(&input_id));
    }
    runtime_goexit();
}

/* the goroutine ends (its function returned, or runtime.Goexit): if it ran the
 * current input, that input is done */
void repl_goroutine_exiting(void)
{
    G *expected = current_g();
    if (expected != NULL && atomic_compare_exchange_strong(&input_g, &expected, NULL)) {
        atomic_store(&interrupt_requested, 0);
        reply_with_id(atomic_exchange(&input_cancelled, 0) ? 'I' : 'D', atomic_load(&input_id));
    }
}

void repl_at_safepoint(G *g)
{
    if (atomic_load(&interrupt_requested) && g == atomic_load(&input_g)
        && !atomic_load(&input_cancelled) && atomic_exchange(&interrupt_requested, 0)) {
        static const char message[] = "interrupted";
        runtime_panic_message((const uint8_t *)message, sizeof message - 1);
    }
}

static void handle_interrupt(int signal_number)
{
    (void)signal_number;
    if (atomic_load(&input_g) == NULL)
        return;
    atomic_store(&interrupt_requested, 1);
    for (int32_t i = 0; i < gomaxprocs; i++) {
        M *m = all_p[i] != NULL ? all_p[i]->m : NULL;
        if (m != NULL)
            preempt_m(m);
    }
}

/* ---- loading ---- */

static void register_object(void *handle, const char *path)
{
    void (*sections)(uintptr_t *) = (void (*)(uintptr_t *))dlsym(handle, "minigo_repl_sections");
    if (sections == NULL)
        return;
    uintptr_t bounds[SECTION_COUNT] = {0};
    sections(bounds);
    if (bounds[SECTION_GLOBALS_START] != 0 && bounds[SECTION_GLOBALS_STOP] > bounds[SECTION_GLOBALS_START])
        gc_register_root((const void *)bounds[SECTION_GLOBALS_START],
                         bounds[SECTION_GLOBALS_STOP] - bounds[SECTION_GLOBALS_START]);
    int64_t index = atomic_load(&object_count);
    if (index == MAX_OBJECTS)
        return;                 /* no tracebacks through it: nothing worse */
    LoadedObject *object = &objects[index];
    object->text_start = bounds[SECTION_TEXT_START];
    object->text_stop = bounds[SECTION_TEXT_STOP];
    object->wrappers_start = bounds[SECTION_WRAPPERS_START];
    object->wrappers_stop = bounds[SECTION_WRAPPERS_STOP];
    const FunctionInfo *start = (const FunctionInfo *)bounds[SECTION_FUNCTAB_START];
    const FunctionInfo *stop = (const FunctionInfo *)bounds[SECTION_FUNCTAB_STOP];
    int64_t count = start != NULL && stop > start ? stop - start : 0;
    object->functions = count > 0 ? malloc(sizeof(FunctionInfo) * (size_t)count) : NULL;
    object->function_count = object->functions != NULL ? count : 0;
    for (int64_t i = 0; i < object->function_count; i++)
        object->functions[i] = start[i];
    if (object->function_count > 0)
        qsort(object->functions, (size_t)count, sizeof(FunctionInfo), compare_entries);
    struct link_map *map = NULL;
    object->debug = dlinfo(handle, RTLD_DI_LINKMAP, &map) == 0 && map != NULL
                        ? dwarf_open_object(path, (uintptr_t)map->l_addr)
                        : NULL;
    atomic_store(&object_count, index + 1);
}

static void *load(const char *path)
{
    enter_syscall();
    void *handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    exit_syscall();
    if (handle == NULL) {
        char line[LINE_MAX_BYTES];
        snprintf(line, sizeof line, "E %s\n", dlerror());
        for (char *c = line; c[0] != '\0' && c[1] != '\0'; c++)
            if (*c == '\n')
                *c = ' ';
        reply(line);
        return NULL;
    }
    register_object(handle, path);
    return handle;
}

static void run_input(void *entry)
{
    ((void (*)(void))entry)();
    repl_goroutine_exiting();
}

static void run(int64_t id, const char *path, const char *symbol)
{
    void *handle = load(path);
    if (handle == NULL)
        return;
    if (strcmp(symbol, "-") == 0) {         /* declarations only: nothing to run */
        reply_with_id('D', id);
        return;
    }
    void *entry = dlsym(handle, symbol);
    if (entry == NULL) {
        reply("E entry function not found\n");
        return;
    }
    atomic_store(&input_id, id);
    M *m = current_m();
    G *g = goroutine_new(m->p, run_input, entry);
    atomic_store(&input_goroutine_id, g->id);
    atomic_store(&input_cancelled, 0);
    atomic_store(&input_g, g);
    ready(g);
}

/* "C id": input id, if still running and parked in a wait, is woken to unwind */
static void cancel(int64_t id)
{
    G *g = atomic_load(&input_g);
    if (g == NULL || atomic_load(&input_id) != id)
        return;
    atomic_store(&input_cancelled, 1);
    if (goroutine_cancel_wait(g, atomic_load(&input_goroutine_id)))
        atomic_store(&interrupt_requested, 0);   /* its deferred calls run in peace */
    else
        atomic_store(&input_cancelled, 0);       /* not waiting: Python asks again */
}

/* one request line into line (NUL-ended, no newline); false at end of input */
static bool read_request(char *line, size_t size)
{
    static char pending[LINE_MAX_BYTES];
    static size_t pending_length;
    for (;;) {
        char *newline = memchr(pending, '\n', pending_length);
        if (newline != NULL) {
            size_t length = (size_t)(newline - pending);
            if (length >= size)
                length = size - 1;
            memcpy(line, pending, length);
            line[length] = '\0';
            pending_length -= (size_t)(newline + 1 - pending);
            memmove(pending, newline + 1, pending_length);
            return true;
        }
        if (pending_length == sizeof pending)
            pending_length = 0;     /* an overlong line: dropped */
        int64_t got = runtime_read(request_fd, (uint8_t *)pending + pending_length,
                                   (int64_t)(sizeof pending - pending_length));
        if (got <= 0)
            return false;
        pending_length += (size_t)got;
    }
}

void repl_host_main(void) __asm__("main.main");

void repl_host_main(void)
{
    const char *fds = getenv("MINIGO_REPL_FDS");
    if (fds == NULL || sscanf(fds, "%d,%d", &request_fd, &reply_fd) != 2) {
        static const char usage[] = "minigo-repl-host: run by minigo's REPL only\n";
        runtime_write_stderr(usage, sizeof usage - 1);
        runtime_exit(2);
    }
    objects = calloc(MAX_OBJECTS, sizeof(LoadedObject));
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handle_interrupt;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    char line[LINE_MAX_BYTES];
    while (read_request(line, sizeof line)) {
        if (line[0] == 'R' && line[1] == ' ') {
            char *id_text = line + 2;
            char *path = strchr(id_text, ' ');
            char *symbol = path != NULL ? strrchr(path + 1, ' ') : NULL;
            if (symbol == NULL) {
                reply("E malformed request\n");
                continue;
            }
            *path++ = '\0';
            *symbol++ = '\0';
            run(atoll(id_text), path, symbol);
        } else if (line[0] == 'C' && line[1] == ' ') {
            cancel(atoll(line + 2));
        }
    }
    runtime_exit(0);
}
