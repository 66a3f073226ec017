/*
 * Tracebacks: the "goroutine 1 [running]:" part of a panic, best effort.
 *
 * Go functions keep frame pointers, so each frame starts with {saved rbp, return
 * address}.  The walk follows that chain from a runtime function (or from the
 * registers of a signal) up the stack, and names each return address by the
 * function table codegen emits (runtime_functab: entry address -> Go name, file,
 * line of the func keyword), sorted here once.  The table has no sizes, so the end
 * of the Go code is taken as the lowest address of the runtime's own functions
 * above the last Go function: the linker places the runtime archive after the
 * program's object.  Addresses outside that range (runtime and libc frames) are
 * not printed, as gc hides most of its runtime frames.
 *
 * Safety: only frames inside the main goroutine's stack are followed, the chain
 * must go strictly upwards, and at most MAX_PRINTED_FRAMES are printed, so a
 * corrupt chain ends the walk instead of faulting inside a panic.
 */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <stdlib.h>

#pragma weak runtime_functab
#pragma weak runtime_functab_len

enum { MAX_PRINTED_FRAMES = 100 };

static FunctionInfo *sorted_functions;
static int64_t function_count;
static uintptr_t go_code_end;

static int compare_entries(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const FunctionInfo *)a)->entry;
    uintptr_t y = (uintptr_t)((const FunctionInfo *)b)->entry;
    return x < y ? -1 : x > y;
}

/* One function of each runtime file: the lowest of those above the Go code bounds it. */
static uintptr_t runtime_code_start_above(uintptr_t address)
{
    const uintptr_t runtime_functions[] = {
        (uintptr_t)runtime_alloc, (uintptr_t)runtime_printint,
        (uintptr_t)runtime_concatstrings, (uintptr_t)runtime_growslice,
        (uintptr_t)runtime_gopanic, (uintptr_t)runtime_fmt_sprint,
        (uintptr_t)runtime_strconv_itoa, (uintptr_t)runtime_error_string,
        (uintptr_t)runtime_write, (uintptr_t)runtime_args, (uintptr_t)buffer_append,
        (uintptr_t)ftoa_append, (uintptr_t)runtime_append_traceback,
        (uintptr_t)runtime_call_on_stack,
    };
    uintptr_t lowest = UINTPTR_MAX;
    for (size_t i = 0; i < sizeof runtime_functions / sizeof runtime_functions[0]; i++)
        if (runtime_functions[i] > address && runtime_functions[i] < lowest)
            lowest = runtime_functions[i];
    return lowest;
}

static void load_function_table(void)
{
    if (sorted_functions != NULL || &runtime_functab_len == NULL || runtime_functab_len <= 0)
        return;
    function_count = runtime_functab_len;
    sorted_functions = malloc(sizeof(FunctionInfo) * (size_t)function_count);
    if (sorted_functions == NULL) {
        function_count = 0;
        return;
    }
    for (int64_t i = 0; i < function_count; i++)
        sorted_functions[i] = runtime_functab[i];
    qsort(sorted_functions, (size_t)function_count, sizeof(FunctionInfo), compare_entries);
    go_code_end = runtime_code_start_above(
        (uintptr_t)sorted_functions[function_count - 1].entry);
}

/* the Go function holding pc, or NULL */
static const FunctionInfo *find_function(uintptr_t pc)
{
    if (function_count == 0 || pc < (uintptr_t)sorted_functions[0].entry || pc >= go_code_end)
        return NULL;
    int64_t low = 0, high = function_count - 1;
    while (low < high) {
        int64_t middle = (low + high + 1) / 2;
        if ((uintptr_t)sorted_functions[middle].entry <= pc)
            low = middle;
        else
            high = middle - 1;
    }
    return &sorted_functions[low];
}

static bool is_main_function(GoString name)
{
    static const char main_main[] = "main.main";
    if (name.len != sizeof main_main - 1)
        return false;
    for (int64_t i = 0; i < name.len; i++)
        if (name.ptr[i] != (uint8_t)main_main[i])
            return false;
    return true;
}

/* "main.f(...)\n\t/path/file.go:LINE +0xOFFSET\n"; pc_is_return tells a return
 * address (the call is the byte before it) from a faulting pc */
static bool append_frame(ByteBuffer *buffer, uintptr_t pc, bool pc_is_return)
{
    const FunctionInfo *function = find_function(pc_is_return ? pc - 1 : pc);
    if (function == NULL)
        return false;
    buffer_append_gostring(buffer, function->name);
    buffer_append_cstring(buffer, is_main_function(function->name) ? "()\n\t" : "(...)\n\t");
    buffer_append_gostring(buffer, function->file);
    buffer_append_byte(buffer, ':');
    buffer_append_decimal(buffer, function->line);
    buffer_append_cstring(buffer, " +");
    buffer_append_hex(buffer, pc - (uintptr_t)function->entry);
    buffer_append_byte(buffer, '\n');
    return true;
}

static bool is_followable_frame(uintptr_t frame, uintptr_t previous)
{
    if (frame == 0 || frame % 8 != 0 || frame <= previous)
        return false;
    if (runtime_main_stack_high == 0)
        return true;
    return frame >= runtime_main_stack_low && frame + 16 <= runtime_main_stack_high;
}

void runtime_append_traceback(ByteBuffer *buffer, uintptr_t pc, uintptr_t frame)
{
    load_function_table();
    buffer_append_cstring(buffer, "goroutine 1 [running]:\n");
    int printed = 0;
    if (pc != 0 && append_frame(buffer, pc, false))
        printed++;
    uintptr_t previous = 0;
    while (is_followable_frame(frame, previous)) {
        const uintptr_t *words = (const uintptr_t *)frame;
        if (append_frame(buffer, words[1], true) && ++printed == MAX_PRINTED_FRAMES) {
            buffer_append_cstring(buffer, "...additional frames elided...\n");
            break;
        }
        previous = frame;
        frame = words[0];
    }
}
