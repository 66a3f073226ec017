/*
 * Panics and fatal errors, with gc's messages byte for byte and exit status 2.
 *
 * There is no recover yet, so every panic ends the program: the message is built in
 * one buffer, the traceback appended, and the whole report written to stderr at once
 * (after stdout is frozen: no print can slip into the middle of the report).  The report shapes are gc's:
 *     panic: runtime error: index out of range [5] with length 3
 *     [signal SIGSEGV: ...]            (nil dereference only)
 *     <blank line>
 *     goroutine 1 [running]:
 *     main.main()
 *     \t/path/prog.go:LINE +0x1d
 * Bounds messages print a negative index without the "with length" part, as gc
 * does.  A fault while the report is being made exits at once, so a broken program
 * state cannot loop in the handler.
 *
 * Several goroutines may panic at once on several threads: the first report wins,
 * the other threads wait for its exit (runtime_begin_dying), and stdout is frozen first.
 *
 * Signals: SIGSEGV/SIGBUS become the nil-dereference panic (a low fault address),
 * "fatal error: stack overflow" (a fault just below the main goroutine's stack) or
 * "unexpected fault address"; SIGFPE becomes the divide-by-zero panic.  Handlers run
 * on an alternate stack so that a stack overflow can still be reported.
 */
#define _GNU_SOURCE             /* REG_RIP and friends in ucontext_t */
#include "sched.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_PANIC = 2, NIL_FAULT_LIMIT = 4096, STACK_GUARD_SLACK = 64 * 1024 };

/* Goroutines on other threads may panic at the same moment: the first thread to
 * get here reports and exits, the others wait for that.  A second fault on the
 * reporting thread itself exits at once. */
static _Atomic uintptr_t dying_thread;
static __thread char thread_identity;

void runtime_begin_dying(void)
{
    uintptr_t self = (uintptr_t)&thread_identity, expected = 0;
    if (__atomic_compare_exchange_n(&dying_thread, &expected, self, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST)) {
        runtime_stdout_freeze();
        return;
    }
    if (expected != self)
        for (;;)
            pause();
    static const char nested[] = "\nfatal error: fault while reporting a panic\n";
    if (write(2, nested, sizeof nested - 1) < 0) { /* nothing left to try */ }
    _exit(EXIT_PANIC);
}

/* the REPL's session host (runtime/repl/host.c) may let a panicking goroutine end
 * alone, the process surviving; absent from programs */
extern bool repl_survive_fatal(const char *prefix, ByteBuffer *report) __attribute__((weak));

noreturn void runtime_die(const char *prefix, const uint8_t *message, int64_t message_len,
                          const char *signal_text, uintptr_t pc, uintptr_t frame)
{
    if (repl_survive_fatal == NULL)
        runtime_begin_dying();
    ByteBuffer report = {0};
    buffer_append_cstring(&report, prefix);
    buffer_append(&report, message, message_len);
    buffer_append_byte(&report, '\n');
    if (signal_text != NULL) {
        buffer_append_cstring(&report, signal_text);
        buffer_append_byte(&report, '\n');
    }
    buffer_append_byte(&report, '\n');
    if (frame == 0)
        frame = (uintptr_t)__builtin_frame_address(0);
    runtime_append_traceback(&report, pc, frame);
    if (repl_survive_fatal != NULL) {
        repl_survive_fatal(prefix, &report);    /* returns when the process must end */
        runtime_begin_dying();
    }
    runtime_write_stderr(report.data, (size_t)report.len);
    _exit(EXIT_PANIC);
}

/* a recoverable runtime.Error panic (defer.c) */
static noreturn void panic_with_buffer(int kind, ByteBuffer *message)
{
    runtime_panic_error(kind, message->data, message->len, NULL);
}

static noreturn void runtime_error(const char *text)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "runtime error: ");
    buffer_append_cstring(&message, text);
    panic_with_buffer(RUNTIME_ERROR_STRING, &message);
}

/* ---- bounds ---- */

void runtime_panic_index(int64_t index, int64_t length)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "runtime error: index out of range [");
    buffer_append_decimal(&message, index);
    buffer_append_byte(&message, ']');
    if (index >= 0) {
        buffer_append_cstring(&message, " with length ");
        buffer_append_decimal(&message, length);
    }
    panic_with_buffer(RUNTIME_ERROR_BOUNDS, &message);
}

/* Per `which` (see runtime.h): the text around x, around a negative x, and y's label. */
static const struct {
    const char *before, *after, *negative_before, *negative_after, *y_label;
} slice_forms[] = {
    {"[:", "]", "[:", "]", " with length "},      /* 0 s[:x] with length y */
    {"[:", "]", "[:", "]", " with capacity "},    /* 1 s[:x] with capacity y */
    {"[", ":", "[", ":]", NULL},                  /* 2 s[x:y] */
    {"[::", "]", "[::", "]", " with capacity "},  /* 3 s[::x] with capacity y */
    {"[:", ":", "[:", ":]", NULL},                /* 4 s[:x:y] */
    {"[", ":", "[", "::]", NULL},                 /* 5 s[x:y:] */
};

void runtime_panic_slice(int64_t which, int64_t x, int64_t y)
{
    if (which < 0 || which > 5)
        which = 2;
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "runtime error: slice bounds out of range ");
    bool negative = x < 0;
    buffer_append_cstring(&message, negative ? slice_forms[which].negative_before
                                             : slice_forms[which].before);
    buffer_append_decimal(&message, x);
    if (negative) {
        buffer_append_cstring(&message, slice_forms[which].negative_after);
    } else if (slice_forms[which].y_label != NULL) {
        buffer_append_cstring(&message, slice_forms[which].after);
        buffer_append_cstring(&message, slice_forms[which].y_label);
        buffer_append_decimal(&message, y);
    } else {
        buffer_append_cstring(&message, slice_forms[which].after);
        buffer_append_decimal(&message, y);
        buffer_append_cstring(&message, which == 5 ? ":]" : "]");
    }
    panic_with_buffer(RUNTIME_ERROR_BOUNDS, &message);
}

/* ---- arithmetic and nil ---- */

void runtime_panic_divide(void)
{
    runtime_error("integer divide by zero");
}

void runtime_panic_shift(void)
{
    runtime_error("negative shift amount");
}

/* "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4658b6]", NUL-ended */
static const char *signal_line(int code, uintptr_t address, uintptr_t pc)
{
    ByteBuffer line = {0};
    buffer_append_cstring(&line, "[signal SIGSEGV: segmentation violation code=");
    buffer_append_hex(&line, (uint64_t)code);
    buffer_append_cstring(&line, " addr=");
    buffer_append_hex(&line, address);
    buffer_append_cstring(&line, " pc=");
    buffer_append_hex(&line, pc);
    buffer_append_cstring(&line, "]");
    buffer_append_byte(&line, 0);
    return (const char *)line.data;
}

static noreturn void panic_nil_dereference(uintptr_t address, uintptr_t pc, int code)
{
    static const char message[] = "runtime error: invalid memory address or nil pointer dereference";
    runtime_panic_error(RUNTIME_ERROR_STRING, (const uint8_t *)message, sizeof message - 1,
                        signal_line(code, address, pc));
}

void runtime_panic_nil(void)
{
    panic_nil_dereference(0, (uintptr_t)__builtin_return_address(0), 1);
}

/* ---- panic(v), gc's printpanicval ---- */

/* gc prints complex values as (+1.000000e+000+2.000000e+000i) */
static void append_print_complex(ByteBuffer *out, double real, double imaginary)
{
    buffer_append_byte(out, '(');
    runtime_append_print_float(out, real);
    runtime_append_print_float(out, imaginary);
    buffer_append_cstring(out, "i)");
}

/* an integer of any signed (unsigned) kind at data, widened */
static int64_t read_signed(const TypeDescriptor *type, const void *data)
{
    switch (type->kind) {
    case KIND_INT8: return *(const int8_t *)data;
    case KIND_INT16: return *(const int16_t *)data;
    case KIND_INT32: return *(const int32_t *)data;
    default: return *(const int64_t *)data;
    }
}

static uint64_t read_unsigned(const TypeDescriptor *type, const void *data)
{
    switch (type->kind) {
    case KIND_UINT8: return *(const uint8_t *)data;
    case KIND_UINT16: return *(const uint16_t *)data;
    case KIND_UINT32: return *(const uint32_t *)data;
    default: return *(const uint64_t *)data;
    }
}

static void append_basic_value(ByteBuffer *out, const TypeDescriptor *type, const void *data)
{
    if (type->kind >= KIND_INT && type->kind <= KIND_INT64) {
        buffer_append_decimal(out, read_signed(type, data));
        return;
    }
    if (type->kind >= KIND_UINT && type->kind <= KIND_UINTPTR) {
        buffer_append_unsigned(out, read_unsigned(type, data));
        return;
    }
    switch (type->kind) {
    case KIND_BOOL: buffer_append_cstring(out, *(const uint8_t *)data ? "true" : "false"); break;
    case KIND_FLOAT32: runtime_append_print_float(out, *(const float *)data); break;
    case KIND_FLOAT64: runtime_append_print_float(out, *(const double *)data); break;
    case KIND_COMPLEX64:
        append_print_complex(out, ((const float *)data)[0], ((const float *)data)[1]);
        break;
    case KIND_COMPLEX128:
        append_print_complex(out, ((const double *)data)[0], ((const double *)data)[1]);
        break;
    case KIND_STRING: buffer_append_gostring(out, *(const GoString *)data); break;
    }
}

static bool is_basic_kind(int64_t kind)
{
    return (kind >= KIND_BOOL && kind <= KIND_COMPLEX128) || kind == KIND_STRING;
}

/* gc prints an error's Error() and a Stringer's String() (itab.c calls them) */
static bool append_method_text(ByteBuffer *out, const TypeDescriptor *type, void *data)
{
    const Method *method = string_method(type, "Error");
    if (method == NULL)
        method = string_method(type, "String");
    if (method == NULL)
        return false;
    const void *addr = kind_is_pointer_shaped(type->kind) ? (const void *)&data : data;
    buffer_append_gostring(out, call_string_method(method, type, addr));
    return true;
}

void runtime_append_panic_value(ByteBuffer *out, const TypeDescriptor *type, void *data)
{
    if (type == NULL) {
        buffer_append_cstring(out, "nil");
    } else if (append_method_text(out, type, data)) {
        /* done */
    } else if (is_basic_kind(type->kind) && !(type->flags & TYPE_FLAG_NAMED)) {
        append_basic_value(out, type, data);
    } else if (type->kind == KIND_COMPLEX64 || type->kind == KIND_COMPLEX128) {
        buffer_append_gostring(out, type->name);      /* main.C(+1.0e+000+2.0e+000i): its own parentheses */
        append_basic_value(out, type, data);
    } else if (is_basic_kind(type->kind)) {
        bool quoted = type->kind == KIND_STRING;
        buffer_append_gostring(out, type->name);
        buffer_append_cstring(out, quoted ? "(\"" : "(");
        append_basic_value(out, type, data);
        buffer_append_cstring(out, quoted ? "\")" : ")");
    } else {
        buffer_append_byte(out, '(');
        buffer_append_gostring(out, type->name);
        buffer_append_cstring(out, ") ");
        buffer_append_hex(out, (uint64_t)(uintptr_t)data);
    }
}

void runtime_panic_message(const uint8_t *msg, int64_t len)
{
    runtime_panic_error(RUNTIME_ERROR_GUESS, msg, len, NULL);
}

void runtime_throw(const uint8_t *msg, int64_t len)
{
    runtime_die("fatal error: ", msg, len, NULL, 0, 0);
}

/* ---- signals ---- */

/* a fault in the guard region below the main goroutine's stack (the only stack
 * with one: the others are checked by the prologue, preempt.c) */
static bool is_stack_overflow(uintptr_t address)
{
    return runtime_main_stack_low != 0 && address < runtime_main_stack_low + STACK_GUARD_SLACK &&
           address + STACK_GUARD_SLACK * 16 >= runtime_main_stack_low;
}

/* gc's words; its two "runtime:" lines go in the same write as the report */
noreturn void runtime_die_stack_overflow(uintptr_t sp, uintptr_t pc, uintptr_t frame)
{
    G *g = current_g();
    ByteBuffer prefix = {0};
    buffer_append_cstring(&prefix, "runtime: goroutine stack exceeds ");
    bool on_main_stack = sp >= runtime_main_stack_low - STACK_GUARD_SLACK * 16 &&
                         sp < runtime_main_stack_high;     /* main's segment: fixed size */
    buffer_append_decimal(&prefix, on_main_stack ? (int64_t)STACK_LIMIT
                                                 : (int64_t)atomic_load(&max_stack_bytes));
    buffer_append_cstring(&prefix, "-byte limit\nruntime: sp=");
    buffer_append_hex(&prefix, sp);
    buffer_append_cstring(&prefix, " stack=[");
    buffer_append_hex(&prefix, g != NULL ? g->stack_low : runtime_main_stack_low);
    buffer_append_cstring(&prefix, ", ");
    /* the current segment's whole extent, its header included */
    buffer_append_hex(&prefix, g == NULL ? runtime_main_stack_high
                               : g->stack_segment != NULL ? g->stack_high + sizeof(StackSegment)
                               : g->stack_high);
    buffer_append_cstring(&prefix, "]\nfatal error: ");
    buffer_append_byte(&prefix, 0);
    static const char message[] = "stack overflow";
    runtime_die((const char *)prefix.data, (const uint8_t *)message, sizeof message - 1, NULL,
                pc, frame);
}

static noreturn void die_unexpected_fault(uintptr_t address, uintptr_t pc, uintptr_t frame,
                                          int code)
{
    ByteBuffer first_line = {0};
    buffer_append_cstring(&first_line, "unexpected fault address ");
    buffer_append_hex(&first_line, address);
    buffer_append_byte(&first_line, '\n');
    runtime_write_stderr(first_line.data, (size_t)first_line.len);
    static const char message[] = "fault";
    runtime_die("fatal error: ", (const uint8_t *)message, sizeof message - 1,
                signal_line(code, address, pc), pc, frame);
}

/* A fault that becomes a recoverable panic: the handler makes the interrupted code
 * "call" a panicking function, as if the faulting instruction had called it (return
 * address = the faulting pc, so tracebacks go on from the faulting frame), and
 * returns, so the kernel restores the signal mask.  The new sp skips the red zone and
 * has the alignment of a function entry.  pending_fault carries the details. */
static _Thread_local struct { uintptr_t address, pc; int code; } pending_fault;

static noreturn void panic_at_fault(void)
{
    panic_nil_dereference(pending_fault.address, pending_fault.pc, pending_fault.code);
}

static void inject_call(ucontext_t *context, void (*function)(void))
{
    uintptr_t sp = (uintptr_t)context->uc_mcontext.gregs[REG_RSP];
    sp = ((sp - 128) & ~(uintptr_t)15) - 8;
    *(uintptr_t *)sp = (uintptr_t)context->uc_mcontext.gregs[REG_RIP];
    context->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    context->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)function;
}

static void handle_fault(int signal_number, siginfo_t *info, void *context_pointer)
{
    ucontext_t *context = context_pointer;
    uintptr_t pc = (uintptr_t)context->uc_mcontext.gregs[REG_RIP];
    uintptr_t frame = (uintptr_t)context->uc_mcontext.gregs[REG_RBP];
    uintptr_t sp = (uintptr_t)context->uc_mcontext.gregs[REG_RSP];
    uintptr_t address = (uintptr_t)info->si_addr;
    if (signal_number == SIGFPE) {
        inject_call(context, runtime_panic_divide);
        return;
    }
    if (is_stack_overflow(address) || is_stack_overflow(sp))
        runtime_die_stack_overflow(sp, pc, frame);
    if (address < NIL_FAULT_LIMIT) {
        pending_fault.address = address;
        pending_fault.pc = pc;
        pending_fault.code = info->si_code;
        inject_call(context, panic_at_fault);
        return;
    }
    die_unexpected_fault(address, pc, frame, info->si_code);
}

/* each thread needs its own: handlers run on the faulting thread */
void runtime_install_signal_stack(void)
{
    enum { SIGNAL_STACK_SIZE = 64 * 1024 };
    stack_t stack = {.ss_sp = persistent_alloc(SIGNAL_STACK_SIZE), .ss_size = SIGNAL_STACK_SIZE};
    sigaltstack(&stack, NULL);
}

void runtime_install_signal_handlers(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle_fault;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, NULL);
    sigaction(SIGBUS, &action, NULL);
    sigaction(SIGFPE, &action, NULL);
}
