/*
 * Tracebacks: the "goroutine 1 [running]:" part of a panic, best effort.
 *
 * Go functions keep frame pointers, so each frame starts with {saved rbp, return
 * address}.  The walk follows that chain from a runtime function (or from the
 * registers of a signal) up the stack, and names each return address by the
 * function table codegen emits (FunctionInfo entries: entry address -> Go name,
 * file, line of the func keyword; one table per object file, in the section
 * minigo_functab, which the linker joins into one array), sorted here once; the lines, and the frames of calls
 * LLVM inlined, come from the executable's DWARF (dwarf.c), read only when a
 * traceback is printed.  The table has no sizes, but it lists
 * every function of the section minigo_text, where codegen puts all the code it
 * emits (wrappers aside), so a function ends where the next entry or the section
 * ends.  Addresses outside the section (runtime, C library, wrappers) and
 * nameless entries (the goroutine trampoline) are not printed, as gc hides most of
 * its runtime frames.
 *
 * Any goroutine can be walked: the running one from the current frame, a parked
 * one from the frame pointer its context switch saved (sched.h).  A goroutine
 * other than main ends with "created by F" and the place of its go statement
 * (the return address of its runtime_newproc call), as gc prints it.
 *
 * Safety: only frames inside the goroutine's stack are followed, the chain
 * must go strictly upwards, and at most MAX_PRINTED_FRAMES are printed, so a
 * corrupt chain ends the walk instead of faulting inside a panic.
 */
#include "sched.h"

#include <stdlib.h>


enum { MAX_PRINTED_FRAMES = 100, MAX_INLINED_FRAMES = 16 };

static FunctionInfo *sorted_functions;
static int64_t function_count;

/* the bounds of the Go code (module.py GO_TEXT_SECTION) */
extern const uint8_t __start_minigo_text[] __attribute__((weak));
extern const uint8_t __stop_minigo_text[] __attribute__((weak));
/* the function tables of every object (runtime.h FUNCTION_TABLE_SECTION) */
extern const FunctionInfo __start_minigo_functab[] __attribute__((weak));
extern const FunctionInfo __stop_minigo_functab[] __attribute__((weak));

static int compare_entries(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const FunctionInfo *)a)->entry;
    uintptr_t y = (uintptr_t)((const FunctionInfo *)b)->entry;
    return x < y ? -1 : x > y;
}

static void load_function_table(void)
{
    if (sorted_functions != NULL || __start_minigo_functab == NULL
        || __stop_minigo_functab <= __start_minigo_functab)
        return;
    function_count = __stop_minigo_functab - __start_minigo_functab;
    sorted_functions = malloc(sizeof(FunctionInfo) * (size_t)function_count);
    if (sorted_functions == NULL) {
        function_count = 0;
        return;
    }
    for (int64_t i = 0; i < function_count; i++)
        sorted_functions[i] = __start_minigo_functab[i];
    qsort(sorted_functions, (size_t)function_count, sizeof(FunctionInfo), compare_entries);
}

/* the REPL's session host knows the code it loaded (runtime/repl/host.c) */
extern const FunctionInfo *repl_find_function(uintptr_t pc) __attribute__((weak));

/* the Go function holding pc, or NULL (not Go code, or code tracebacks hide) */
static const FunctionInfo *find_function(uintptr_t pc)
{
    if (repl_find_function != NULL
        && (pc < (uintptr_t)__start_minigo_text || pc >= (uintptr_t)__stop_minigo_text))
        return repl_find_function(pc);
    if (function_count == 0 || pc < (uintptr_t)sorted_functions[0].entry
        || pc < (uintptr_t)__start_minigo_text || pc >= (uintptr_t)__stop_minigo_text)
        return NULL;
    int64_t low = 0, high = function_count - 1;
    while (low < high) {
        int64_t middle = (low + high + 1) / 2;
        if ((uintptr_t)sorted_functions[middle].entry <= pc)
            low = middle;
        else
            high = middle - 1;
    }
    return sorted_functions[low].name.len > 0 ? &sorted_functions[low] : NULL;
}

/* main.main and main.init take no arguments, and gc prints them as "main.main()";
 * other frames' argument words are not known here, so they print as "(...)" */
static bool takes_no_arguments(GoString name)
{
    return same_text_cstring(name, "main.main") || same_text_cstring(name, "main.init");
}

static void append_source_line(ByteBuffer *buffer, const char *prefix, GoString name,
                               GoString file, int64_t line)
{
    buffer_append_cstring(buffer, prefix);
    buffer_append_gostring(buffer, name);
    if (*prefix == '\0')
        buffer_append_cstring(buffer, takes_no_arguments(name) ? "()" : "(...)");
    buffer_append_cstring(buffer, "\n\t");
    buffer_append_gostring(buffer, file);
    buffer_append_byte(buffer, ':');
    buffer_append_decimal(buffer, line);
}

static bool in_package_runtime(GoString function)
{
    static const char prefix[] = "runtime.";
    int64_t n = (int64_t)sizeof prefix - 1;
    if (function.len < n)
        return false;
    for (int64_t i = 0; i < n; i++)
        if (function.ptr[i] != (uint8_t)prefix[i])
            return false;
    return true;
}

/* set while runtime.Stack writes its trace: package runtime's own frames (Stack,
 * and what LLVM inlined of it) are left out, as gc's trace starts at Stack's caller */
static __thread bool hiding_package_runtime;

/* The logical frames at a return address (or, is_return false, at pc itself),
 * innermost first, the machine frame's last: lines from DWARF; the machine frame's
 * function named as Go names it; LLVM's line 0 (code it merged or made up) says
 * nothing, so the func keyword's line stands in.  0 when pc is not Go code. */
static int logical_frames(uintptr_t pc, bool is_return, SourceFrame *frames,
                          const FunctionInfo **function_out)
{
    uintptr_t place = is_return ? pc - 1 : pc;
    load_function_table();
    const FunctionInfo *function = find_function(place);
    if (function == NULL)
        return 0;
    int count = dwarf_source_frames(place, frames, MAX_INLINED_FRAMES);
    if (count == 0)
        frames[count++] = (SourceFrame){function->name, function->file, function->line};
    frames[count - 1].function = function->name;
    if (frames[count - 1].line == 0) {
        frames[count - 1].file = function->file;
        frames[count - 1].line = function->line;
    }
    if (function_out != NULL)
        *function_out = function;
    return count;
}

/* The frames at one machine frame, as gc prints them: "main.f(...)\n\t/path/file.go:LINE
 * +0xOFFSET\n", preceded by a line pair without offset for each call inlined there.
 * Lines come from the executable's DWARF (dwarf.c); without it, the line of the func
 * keyword.  pc_is_return tells a return address (the call is the byte before it) from
 * a faulting pc.  "created by" is one line pair, as gc 1.19 prints it: the name of
 * the machine frame's function and the innermost line (that of the go statement).
 * Returns how many frames were printed (0: not Go code, or code tracebacks hide). */
static int append_frame(ByteBuffer *buffer, const char *prefix, uintptr_t pc, bool pc_is_return)
{
    const FunctionInfo *function;
    SourceFrame frames[MAX_INLINED_FRAMES];
    int count = logical_frames(pc, pc_is_return, frames, &function);
    if (count == 0)
        return 0;
    if (hiding_package_runtime) {
        if (in_package_runtime(frames[count - 1].function))
            return 0;
        int shown = 0;
        for (int i = 0; i < count; i++)
            if (!in_package_runtime(frames[i].function))
                frames[shown++] = frames[i];
        count = shown;
    }
    if (*prefix != '\0') {      /* created by: one pair, the outer name, the inner line */
        frames[0].function = frames[count - 1].function;
        count = 1;
    }
    for (int i = 0; i < count - 1; i++) {
        append_source_line(buffer, prefix, frames[i].function, frames[i].file, frames[i].line);
        buffer_append_byte(buffer, '\n');
    }
    append_source_line(buffer, prefix, frames[count - 1].function, frames[count - 1].file,
                       frames[count - 1].line);
    buffer_append_cstring(buffer, " +");
    buffer_append_hex(buffer, pc - (uintptr_t)function->entry);
    buffer_append_byte(buffer, '\n');
    return count;
}

/* a frame further out than `previous`, inside g's stack (any of its segments) */
static bool is_followable_frame(const G *g, uintptr_t frame, uintptr_t previous)
{
    if (frame == 0 || frame % 8 != 0)
        return false;
    if (g == NULL)
        return frame > previous;
    return (previous == 0 || stack_is_older(g, frame, previous)) && stack_contains(g, frame, 16);
}

void traceback_append_goroutine(ByteBuffer *buffer, G *g, const char *state,
                                uintptr_t pc, uintptr_t frame)
{
    load_function_table();
    buffer_append_cstring(buffer, "goroutine ");
    buffer_append_decimal(buffer, g != NULL ? g->id : 1);
    buffer_append_cstring(buffer, " [");
    buffer_append_cstring(buffer, state);
    buffer_append_cstring(buffer, "]:\n");
    int printed = 0;
    if (pc != 0)
        printed += append_frame(buffer, "", pc, false);
    uintptr_t previous = 0;
    while (is_followable_frame(g, frame, previous)) {
        uintptr_t return_pc;
        uintptr_t caller = (uintptr_t)stack_caller_frame((const uintptr_t *)frame, &return_pc);
        printed += append_frame(buffer, "", return_pc, true);
        if (printed >= MAX_PRINTED_FRAMES) {
            buffer_append_cstring(buffer, "...additional frames elided...\n");
            break;
        }
        previous = frame;
        frame = caller;
    }
    if (g != NULL && g->creator_pc != 0)
        append_frame(buffer, "created by ", g->creator_pc, true);
}

void traceback_append_parked_goroutine(ByteBuffer *buffer, G *g)
{
    const uintptr_t *context = (const uintptr_t *)g->saved_sp;
    traceback_append_goroutine(buffer, g, wait_reason_text(g->wait_reason), 0,
                               context[CONTEXT_FRAME_OFFSET / 8]);
}

void runtime_append_traceback(ByteBuffer *buffer, uintptr_t pc, uintptr_t frame)
{
    traceback_append_goroutine(buffer, current_g(), "running", pc, frame);
}

/* ---- package runtime's view of the stack: Caller, Callers, FuncForPC, Stack ----
 *
 * stdlib/runtime asks about logical frames: one per Go function activation, an
 * inlined call counting as a frame of its own as in gc.  A machine frame's return
 * address `pc` stands for all the logical frames at pc - 1 (the call instruction),
 * innermost first (dwarf_source_frames).  Frames of package runtime itself (its
 * Caller, Callers, Stack, whether LLVM inlined them or not) are never counted, so
 * skip 0 is the function that called into package runtime.
 *
 * runtime_callers stores one entry per logical frame: the machine return address,
 * repeated for each frame inlined there; stdlib/runtime's Frames tells the inlined
 * ones apart by counting repeats (see frames.go). */

int64_t __attribute__((noinline)) runtime_callers(int64_t skip, uintptr_t *pcs, int64_t len, int64_t cap)
{
    (void)cap;
    G *g = current_g();
    uintptr_t frame = (uintptr_t)__builtin_frame_address(0), previous = 0;
    int64_t stored = 0, walked = 0;
    while (stored < len && walked < MAX_PRINTED_FRAMES && is_followable_frame(g, frame, previous)) {
        uintptr_t return_pc;
        uintptr_t caller = (uintptr_t)stack_caller_frame((const uintptr_t *)frame, &return_pc);
        SourceFrame frames[MAX_INLINED_FRAMES];
        int count = logical_frames(return_pc, true, frames, NULL);
        for (int i = 0; i < count && stored < len; i++) {
            if (in_package_runtime(frames[i].function))
                continue;
            if (skip > 0)
                skip--;
            else
                pcs[stored++] = return_pc;
        }
        walked++;
        previous = frame;
        frame = caller;
    }
    return stored;
}

/* How many logical frames are at return address pc (0: not Go code). */
int64_t runtime_pc_frames(uintptr_t pc)
{
    SourceFrame frames[MAX_INLINED_FRAMES];
    return logical_frames(pc, true, frames, NULL);
}

/* The index-th logical frame at return address pc, innermost first: which field
 * FRAME_FUNCTION, FRAME_FILE.  (package runtime's frames.go) */
enum { FRAME_FUNCTION, FRAME_FILE };

GoString runtime_pc_frame_text(uintptr_t pc, int64_t is_return, int64_t index, int64_t field)
{
    SourceFrame frames[MAX_INLINED_FRAMES];
    int count = logical_frames(pc, is_return != 0, frames, NULL);
    if (index < 0 || index >= count)
        return (GoString){NULL, 0};
    return field == FRAME_FUNCTION ? frames[index].function : frames[index].file;
}

int64_t runtime_pc_frame_line(uintptr_t pc, int64_t is_return, int64_t index)
{
    SourceFrame frames[MAX_INLINED_FRAMES];
    int count = logical_frames(pc, is_return != 0, frames, NULL);
    return index >= 0 && index < count ? frames[index].line : 0;
}

/* the entry address of the Go function whose machine code holds pc, 0 if none */
uintptr_t runtime_pc_entry(uintptr_t pc)
{
    load_function_table();
    const FunctionInfo *function = find_function(pc);
    return function != NULL ? (uintptr_t)function->entry : 0;
}

static void append_other_goroutine(G *g, void *report)
{
    if (g == current_g() || atomic_load(&g->status) != G_WAITING)
        return;
    buffer_append_byte(report, '\n');
    traceback_append_parked_goroutine(report, g);
}

/* runtime.Stack: the calling goroutine's traceback (all: then every parked one's)
 * into buf, as much as fits; returns the bytes written. */
int64_t __attribute__((noinline)) runtime_stack(uint8_t *buf, int64_t len, int64_t cap, int64_t all)
{
    (void)cap;
    ByteBuffer report = {0};
    hiding_package_runtime = true;
    traceback_append_goroutine(&report, current_g(), "running", 0,
                               (uintptr_t)__builtin_frame_address(0));
    hiding_package_runtime = false;
    if (all)
        goroutines_for_each(append_other_goroutine, &report);
    int64_t n = report.len < len ? report.len : len;
    for (int64_t i = 0; i < n; i++)
        buf[i] = report.data[i];
    buffer_free(&report);
    return n;
}
