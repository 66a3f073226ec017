/*
 * Program start and exit.
 *
 * C's main() keeps argv for os.Args, installs the signal handlers that turn faults
 * into Go panics, and runs the main goroutine: the package initialisers
 * (`main..init`, which codegen emits; optional here so hand-written test programs
 * can omit it) and then `main.main`.  When main.main returns the program exits 0,
 * whatever else is still running, as in Go; stdout's buffer is flushed first.
 *
 * The main goroutine gets a stack of its own: 1 GB of address space (gc's maximum
 * goroutine stack) reserved with MAP_NORESERVE, so only the pages a deep recursion
 * actually touches cost memory, above an inaccessible guard region whose faults
 * panic.c reports as gc's "stack overflow".  If the reservation fails the program
 * simply runs on the thread's own stack.
 */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <stdlib.h>
#include <sys/mman.h>

extern void go_main_main(void) __asm__("main.main");
extern void go_main_init(void) __asm__("main..init") __attribute__((weak));

enum {
    MAIN_STACK_SIZE = 1 << 30,
    STACK_GUARD_SIZE = 1 << 20,
};

uintptr_t runtime_main_stack_low;
uintptr_t runtime_main_stack_high;

static int saved_argc;
static char **saved_argv;

void runtime_args(GoSlice *out)
{
    static GoString *arguments;
    if (arguments == NULL && saved_argc > 0) {
        arguments = runtime_alloc((int64_t)sizeof(GoString) * saved_argc, 0);
        for (int i = 0; i < saved_argc; i++) {
            const char *argument = saved_argv[i];
            int64_t len = 0;
            while (argument[len] != '\0')
                len++;
            arguments[i] = (GoString){(const uint8_t *)argument, len};
        }
    }
    *out = (GoSlice){arguments, saved_argc, saved_argc};
}

void runtime_exit(int64_t code)
{
    runtime_flush_stdout();
    exit((int)code);
}

static void run_main_goroutine(void)
{
    if (go_main_init != NULL)
        go_main_init();
    go_main_main();
}

/* the top of a fresh main-goroutine stack, or NULL */
static void *reserve_main_stack(void)
{
    size_t total = (size_t)MAIN_STACK_SIZE + STACK_GUARD_SIZE;
    uint8_t *region = mmap(NULL, total, PROT_NONE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return NULL;
    uint8_t *low = region + STACK_GUARD_SIZE;
    if (mprotect(low, MAIN_STACK_SIZE, PROT_READ | PROT_WRITE) != 0) {
        munmap(region, total);
        return NULL;
    }
    runtime_main_stack_low = (uintptr_t)low;
    runtime_main_stack_high = (uintptr_t)(low + MAIN_STACK_SIZE);
    return low + MAIN_STACK_SIZE;
}

int main(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
    runtime_install_signal_handlers();
    void *stack_top = reserve_main_stack();
    if (stack_top != NULL)
        runtime_call_on_stack(run_main_goroutine, stack_top);
    else
        run_main_goroutine();
    runtime_exit(0);
}
