/*
 * defer, panic and recover.
 *
 * Frames.  A Go function whose body holds a `defer` owns a DeferFrame in its own
 * stack frame (codegen: minigo/codegen/defer.py).  On entry it calls
 * runtime_defer_push(frame, results) and then runtime_defer_setjmp(frame->jump)
 * itself (defer_amd64.S), so a recovered panic can resume it there; each defer
 * statement links a DeferRecord {next, closure} at the head of frame->defers (the
 * closure is a func() value, closures.py's ABI).  At a return the function stores its
 * results to memory, unlinks and calls the records newest first, unlinks the frame
 * from frame->state, and returns the results read back from memory -- all in its own
 * code, without calling the runtime.  Functions without defer pay nothing.
 *
 * Panics.  runtime_gopanic (and every runtime error: index, nil, divide, ...) puts a
 * Panic, living in its own C frame, at the head of the goroutine's panic list and
 * runs the deferred calls of the newest frame one by one, unlinking each record
 * before its call and each frame once it has none left.  When a deferred call
 * recovered the panic, the panic leaves the list and control jumps back into the
 * frame that deferred the call: that function then runs its remaining records and
 * returns normally with its results as they stand.  Older panics whose C frames the
 * jump abandons (their Panic lies below the target frame on the stack) leave the list
 * too, as gc drops aborted panics.  With no frame left the program dies, printing the
 * whole list oldest first (`panic: first [recovered]` / `\tpanic: second`), exit 2.
 *
 * recover() is effective only when called directly by the deferred function the
 * current panic is running.  The panic makes deferred calls through call_deferred,
 * whose frame address it records; codegen passes recover the frame address of its
 * caller, whose saved frame pointer must be that frame.  The frames of wrappers the
 * compiler puts between the two (a thunk holding a deferred call's arguments, a
 * method value's code) are skipped: they lie in the section minigo_wrappers, and a
 * wrapper never inlines what it calls.  Functions that call recover are never
 * inlined either, so "directly" keeps its meaning.
 *
 * Per goroutine.  All of this state is one DeferState, the G's own (sched.h), reached
 * through runtime_current_defer_state(); code running outside any goroutine uses a
 * per-thread one.  A frame records its DeferState, since it never changes goroutine.
 */
#define _GNU_SOURCE
#include "sched.h"

#include <stdnoreturn.h>

_Static_assert(offsetof(DeferFrame, jump) == DEFER_FRAME_JUMP_OFFSET, "codegen's frame layout");
_Static_assert(sizeof(DeferFrame) == DEFER_FRAME_SIZE, "codegen's frame size");
_Static_assert(offsetof(DeferState, frames) == 0, "codegen pops frames");

DeferState *runtime_current_defer_state(void)
{
    static __thread DeferState thread_state;   /* code running outside any goroutine */
    G *g = current_g();
    return g != NULL ? &g->defer_state : &thread_state;
}

/* ---- frames and normal returns ---- */

void runtime_defer_push(void *frame_memory, void *results)
{
    (void)results;   /* passed only so that LLVM keeps the results in memory */
    DeferFrame *frame = frame_memory;
    DeferState *state = runtime_current_defer_state();
    frame->link = state->frames;
    frame->defers = NULL;
    frame->state = state;
    state->frames = frame;
}

/* Calls a deferred func() value.  Never inlined and never a tail call: recover
 * identifies the deferred function by this frame.  Cold, as the static functions
 * here: only panics and C code catching them come this way (a Go function runs its
 * deferred calls itself). */
static __attribute__((noinline, cold)) void call_deferred(Panic *panic, const DeferRecord *record)
{
    void *closure = record->closure;
    if (closure == NULL)
        runtime_panic_nil();              /* `defer f()` with a nil f, as it runs */
    if (panic != NULL)
        panic->deferred_call_frame = (uintptr_t)__builtin_frame_address(0);
    void (*code)(void *) = *(void (**)(void *))closure;
    code(closure);
    __asm__ volatile("" ::: "memory");
}

/* What a Go function's exit does, for C code that catches panics with a frame of its
 * own (fmt calling String methods): run the records newest first, unlink the frame. */
void runtime_defer_return(DeferFrame *frame)
{
    DeferRecord *record;
    while ((record = frame->defers) != NULL) {
        frame->defers = record->next;
        call_deferred(NULL, record);
    }
    frame->state->frames = frame->link;
}

/* ---- panicking ---- */

static __attribute__((cold)) void append_panic_list(ByteBuffer *out, const Panic *panic)
{
    if (panic->link != NULL) {
        append_panic_list(out, panic->link);
        buffer_append_cstring(out, "\n\tpanic: ");
    }
    runtime_append_panic_value(out, panic->value.type, panic->value.data);
    if (panic->recovered)
        buffer_append_cstring(out, " [recovered]");
}

static __attribute__((cold)) noreturn void die_of_panics(const Panic *newest)
{
    ByteBuffer message = {0};
    append_panic_list(&message, newest);
    const char *signal_text = NULL;
    for (const Panic *panic = newest; panic != NULL; panic = panic->link)
        if (signal_text == NULL)
            signal_text = panic->signal_text;
    runtime_die("panic: ", message.data, message.len, signal_text, 0, 0);
}

noreturn void runtime_start_panic(GoInterface value, const char *signal_text)
{
    DeferState *state = runtime_current_defer_state();
    Panic panic = {.link = state->panics, .value = value, .signal_text = signal_text};
    state->panics = &panic;
    for (;;) {
        DeferFrame *frame = state->frames;
        if (frame == NULL)
            die_of_panics(&panic);
        DeferRecord *record = frame->defers;
        if (record == NULL) {
            state->frames = frame->link;
            continue;
        }
        frame->defers = record->next;
        call_deferred(&panic, record);
        panic.deferred_call_frame = 0;
        if (panic.recovered) {
            Panic *older = panic.link;
            G *g = current_g();
            while (older != NULL && stack_is_older(g, (uintptr_t)frame, (uintptr_t)older))
                older = older->link;
            state->panics = older;
            if (g != NULL)
                stack_unwind_to(g, (uintptr_t)frame);
            runtime_defer_longjmp(frame->jump);
        }
    }
}

/* the REPL's session host: an input's goroutine ends by runtime.Goexit */
extern void repl_goroutine_exiting(void) __attribute__((weak));

/* runtime.Goexit: the goroutine's deferred calls, newest first, unlinked as a panic
 * unlinks them (so a panic one of them starts runs only the rest), with no panic to
 * recover (recover returns nil); then the goroutine ends, its stack abandoned. */
noreturn void runtime_goexit_after_defers(void)
{
    DeferState *state = runtime_current_defer_state();
    for (DeferFrame *frame; (frame = state->frames) != NULL;) {
        DeferRecord *record = frame->defers;
        if (record == NULL) {
            state->frames = frame->link;
            continue;
        }
        frame->defers = record->next;
        call_deferred(NULL, record);
    }
    if (repl_goroutine_exiting != NULL)
        repl_goroutine_exiting();
    runtime_goexit();
}

void runtime_gopanic(const TypeDescriptor *type, void *data)
{
    runtime_start_panic((GoInterface){type, data}, NULL);
}

/* Codegen puts its wrappers (thunks holding a deferred call's arguments, method
 * values' and declared functions' closure code...) in this section, and they never
 * inline what they call. */
extern const uint8_t __start_minigo_wrappers[] __attribute__((weak));
extern const uint8_t __stop_minigo_wrappers[] __attribute__((weak));

/* the REPL's session host knows the wrappers of the code it loaded (runtime/repl/host.c) */
extern bool repl_is_wrapper_code(uintptr_t pc) __attribute__((weak));

static __attribute__((cold)) bool is_wrapper_code(uintptr_t pc)
{
    if (repl_is_wrapper_code != NULL && repl_is_wrapper_code(pc))
        return true;
    return pc >= (uintptr_t)__start_minigo_wrappers && pc < (uintptr_t)__stop_minigo_wrappers;
}

GoInterface runtime_recover(const void *caller_frame)
{
    Panic *panic = runtime_current_defer_state()->panics;
    GoInterface none = {NULL, NULL};
    if (panic == NULL || panic->recovered || panic->deferred_call_frame == 0 || caller_frame == NULL)
        return none;
    /* frame: {saved frame pointer, return address}; wrappers' frames do not count */
    const uintptr_t *frame = caller_frame;
    uintptr_t return_pc;
    const uintptr_t *caller = stack_caller_frame(frame, &return_pc);
    while (is_wrapper_code(return_pc - 1) && caller != NULL) {
        frame = caller;
        caller = stack_caller_frame(frame, &return_pc);
    }
    if ((uintptr_t)caller != panic->deferred_call_frame)
        return none;
    panic->recovered = true;
    return panic->value;
}

/* ---- the runtime's own panic values ----
 * gc's runtime.Error types, as %T names them; each value's data word points at its
 * message (a GoString), which Error() returns. */

#define GO_STRING(literal) {(const uint8_t *)(literal), sizeof(literal) - 1}

static __attribute__((cold)) GoString runtime_error_error(void *data)
{
    return *(const GoString *)data;
}

static __attribute__((cold)) void runtime_error_runtime_error(void *data)
{
    (void)data;
}

static const TypeDescriptor func_returning_string = {
    .size = 8, .kind = KIND_FUNC, .name = GO_STRING("func() string"),
};
static const TypeDescriptor func_plain = {
    .size = 8, .kind = KIND_FUNC, .name = GO_STRING("func()"),
};
static const Method runtime_error_methods[] = {
    {GO_STRING("Error"), &func_returning_string, (void *)runtime_error_error},
    {GO_STRING("RuntimeError"), &func_plain, (void *)runtime_error_runtime_error},
};

#define RUNTIME_ERROR_TYPE(variable, go_name, type_kind, element)                      \
    static const TypeDescriptor variable = {                                          \
        .size = (type_kind) == KIND_POINTER ? 8 : 16, .kind = (type_kind),            \
        .flags = (type_kind) == KIND_POINTER ? 0 : TYPE_FLAG_NAMED,                   \
        .name = GO_STRING(go_name), .elem = (element),                                \
        .methods = runtime_error_methods, .method_count = 2,                          \
    }

static const TypeDescriptor type_assertion_error_struct = {
    .size = 16, .kind = KIND_STRUCT, .flags = TYPE_FLAG_NAMED,
    .name = GO_STRING("runtime.TypeAssertionError"),
};
RUNTIME_ERROR_TYPE(bounds_error_type, "runtime.boundsError", KIND_STRUCT, NULL);
RUNTIME_ERROR_TYPE(error_string_type, "runtime.errorString", KIND_STRING, NULL);
RUNTIME_ERROR_TYPE(plain_error_type, "runtime.plainError", KIND_STRING, NULL);
RUNTIME_ERROR_TYPE(type_assertion_error_type, "*runtime.TypeAssertionError", KIND_POINTER,
                   &type_assertion_error_struct);

static const TypeDescriptor *const runtime_error_types[] = {
    [RUNTIME_ERROR_BOUNDS] = &bounds_error_type,
    [RUNTIME_ERROR_STRING] = &error_string_type,
    [RUNTIME_ERROR_PLAIN] = &plain_error_type,
    [RUNTIME_ERROR_TYPE_ASSERTION] = &type_assertion_error_type,
};

static __attribute__((cold)) bool starts_with(const uint8_t *text, int64_t len, const char *prefix)
{
    int64_t i = 0;
    for (; prefix[i] != '\0'; i++)
        if (i >= len || text[i] != (uint8_t)prefix[i])
            return false;
    return true;
}

noreturn void runtime_panic_error(int kind, const uint8_t *message, int64_t len,
                                  const char *signal_text)
{
    if (kind == RUNTIME_ERROR_GUESS) {
        if (starts_with(message, len, "runtime error: "))
            kind = RUNTIME_ERROR_STRING;
        else if (starts_with(message, len, "interface conversion: "))
            kind = RUNTIME_ERROR_TYPE_ASSERTION;
        else
            kind = RUNTIME_ERROR_PLAIN;
    }
    GoString *text = runtime_alloc(sizeof(GoString), gc_mask(gc_mask_string));
    uint8_t *copy = runtime_alloc(len, GC_NO_POINTERS);
    for (int64_t i = 0; i < len; i++)
        copy[i] = message[i];
    *text = (GoString){copy, len};
    runtime_start_panic((GoInterface){runtime_error_types[kind], text}, signal_text);
}
