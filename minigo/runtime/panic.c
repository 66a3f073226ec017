/*
 * Panics and fatal errors, with gc's messages byte for byte and exit status 2.
 *
 * There is no recover yet, so every panic ends the program: the message is built in
 * one buffer, the traceback appended, and the whole report written to stderr at once
 * (after stdout's buffer is flushed, so output printed before the panic comes
 * first).  The report shapes are gc's:
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
 * Signals: SIGSEGV/SIGBUS become the nil-dereference panic (a low fault address),
 * "fatal error: stack overflow" (a fault just below the main goroutine's stack) or
 * "unexpected fault address"; SIGFPE becomes the divide-by-zero panic.  Handlers run
 * on an alternate stack so that a stack overflow can still be reported.
 */
#define _GNU_SOURCE             /* REG_RIP and friends in ucontext_t */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_PANIC = 2, NIL_FAULT_LIMIT = 4096, STACK_GUARD_SLACK = 64 * 1024 };

static volatile sig_atomic_t dying;

noreturn void runtime_die(const char *prefix, const uint8_t *message, int64_t message_len,
                          const char *signal_text, uintptr_t pc, uintptr_t frame)
{
    if (dying++) {
        static const char nested[] = "\nfatal error: fault while reporting a panic\n";
        if (write(2, nested, sizeof nested - 1) < 0) { /* nothing left to try */ }
        _exit(EXIT_PANIC);
    }
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
    runtime_write_stderr(report.data, (size_t)report.len);
    _exit(EXIT_PANIC);
}

static noreturn void die_with_buffer(const char *prefix, ByteBuffer *message)
{
    runtime_die(prefix, message->data, message->len, NULL, 0, 0);
}

static noreturn void runtime_error(const char *text)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "runtime error: ");
    buffer_append_cstring(&message, text);
    die_with_buffer("panic: ", &message);
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
    die_with_buffer("panic: ", &message);
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
    die_with_buffer("panic: ", &message);
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

static noreturn void die_nil_dereference(uintptr_t address, uintptr_t pc, uintptr_t frame,
                                         int code, bool at_signal)
{
    static const char message[] = "runtime error: invalid memory address or nil pointer dereference";
    runtime_die("panic: ", (const uint8_t *)message, sizeof message - 1,
                signal_line(code, address, pc), at_signal ? pc : 0, frame);
}

void runtime_panic_nil(void)
{
    uintptr_t caller = (uintptr_t)__builtin_return_address(0);
    die_nil_dereference(0, caller, (uintptr_t)__builtin_frame_address(0), 1, false);
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

static void append_basic_value(ByteBuffer *out, const TypeDescriptor *type, const void *data)
{
    if (kind_is_signed_integer(type->kind)) {
        buffer_append_decimal(out, value_read_signed(type, data));
        return;
    }
    if (kind_is_unsigned_integer(type->kind)) {
        buffer_append_unsigned(out, value_read_unsigned(type, data));
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

static void append_panic_value(ByteBuffer *out, const TypeDescriptor *type, void *data)
{
    if (type == NULL) {
        buffer_append_cstring(out, "nil");
    } else if (runtime_is_runtime_error_type(type)) {
        buffer_append_gostring(out, runtime_error_message(type, data));
    } else if (is_basic_kind(type->kind) && !(type->flags & TYPE_FLAG_NAMED)) {
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

void runtime_gopanic(const TypeDescriptor *type, void *data)
{
    ByteBuffer message = {0};
    append_panic_value(&message, type, data);
    die_with_buffer("panic: ", &message);
}

void runtime_panic_message(const uint8_t *msg, int64_t len)
{
    runtime_die("panic: ", msg, len, NULL, 0, 0);
}

void runtime_throw(const uint8_t *msg, int64_t len)
{
    runtime_die("fatal error: ", msg, len, NULL, 0, 0);
}

/* ---- signals ---- */

static bool is_stack_overflow(uintptr_t address)
{
    return runtime_main_stack_low != 0 && address < runtime_main_stack_low + STACK_GUARD_SLACK &&
           address + STACK_GUARD_SLACK * 16 >= runtime_main_stack_low;
}

static noreturn void die_stack_overflow(uintptr_t sp, uintptr_t pc, uintptr_t frame)
{
    ByteBuffer report = {0};
    buffer_append_cstring(&report, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                                   "runtime: sp=");
    buffer_append_hex(&report, sp);
    buffer_append_cstring(&report, " stack=[");
    buffer_append_hex(&report, runtime_main_stack_low);
    buffer_append_cstring(&report, ", ");
    buffer_append_hex(&report, runtime_main_stack_high);
    buffer_append_cstring(&report, "]\n");
    runtime_write_stderr(report.data, (size_t)report.len);
    static const char message[] = "stack overflow";
    runtime_die("fatal error: ", (const uint8_t *)message, sizeof message - 1, NULL, pc, frame);
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

static void handle_fault(int signal_number, siginfo_t *info, void *context_pointer)
{
    const ucontext_t *context = context_pointer;
    uintptr_t pc = (uintptr_t)context->uc_mcontext.gregs[REG_RIP];
    uintptr_t frame = (uintptr_t)context->uc_mcontext.gregs[REG_RBP];
    uintptr_t sp = (uintptr_t)context->uc_mcontext.gregs[REG_RSP];
    uintptr_t address = (uintptr_t)info->si_addr;
    if (signal_number == SIGFPE) {
        static const char message[] = "runtime error: integer divide by zero";
        runtime_die("panic: ", (const uint8_t *)message, sizeof message - 1, NULL, pc, frame);
    }
    if (is_stack_overflow(address) || is_stack_overflow(sp))
        die_stack_overflow(sp, pc, frame);
    if (address < NIL_FAULT_LIMIT)
        die_nil_dereference(address, pc, frame, info->si_code, true);
    die_unexpected_fault(address, pc, frame, info->si_code);
}

void runtime_install_signal_handlers(void)
{
    static uint8_t alternate_stack[64 * 1024] __attribute__((aligned(16)));
    stack_t stack = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack};
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle_fault;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, NULL);
    sigaction(SIGBUS, &action, NULL);
    sigaction(SIGFPE, &action, NULL);
}
