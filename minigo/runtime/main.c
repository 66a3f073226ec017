/*
 * Program start and exit.
 *
 * C's main() keeps argv for os.Args, installs the signal handlers that turn faults
 * into Go panics, sets up the scheduler (sched.c) and turns itself into the first
 * M, which runs the main goroutine: goroutine 1, on a 1 GB stack of its own
 * (stack.c), running the package initialisers (`main..init`, which codegen emits;
 * optional here so hand-written test programs can omit it) and then `main.main`.
 * When main.main returns the program exits 0 whatever the other goroutines are
 * doing, as in Go; stdout is frozen first (output.c).
 */
#include "mheap.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void go_main_main(void) __asm__("main.main");
extern void go_main_init(void) __asm__("main..init") __attribute__((weak));

static int saved_argc;
static char **saved_argv;

const char *godebug_value(const char *name)
{
    size_t length = strlen(name);
    const char *found = NULL;
    for (const char *cursor = getenv("GODEBUG"); cursor != NULL && *cursor != '\0';) {
        if (strncmp(cursor, name, length) == 0 && cursor[length] == '=')
            found = cursor + length + 1;
        cursor = strchr(cursor, ',');
        if (cursor != NULL)
            cursor++;
    }
    return found;
}

void runtime_args(GoSlice *out)
{
    static GoString *arguments;
    if (arguments == NULL && saved_argc > 0) {
        GoString *made = runtime_alloc((int64_t)sizeof(GoString) * saved_argc, gc_mask(gc_mask_string));
        for (int i = 0; i < saved_argc; i++) {
            const char *argument = saved_argv[i];
            int64_t len = 0;
            while (argument[len] != '\0')
                len++;
            made[i] = (GoString){(const uint8_t *)argument, len};
        }
        __atomic_store_n(&arguments, made, __ATOMIC_RELEASE);
        gc_register_root(&arguments, sizeof arguments);   /* only C holds it */
    }
    *out = (GoSlice){arguments, saved_argc, saved_argc};
}

/* the first goroutine to exit the program does; any other waits for it */
void runtime_exit(int64_t code)
{
    static _Atomic bool exiting;
    if (atomic_exchange(&exiting, true))
        for (;;)
            pause();
    runtime_stdout_freeze();
    exit((int)code);
}

static void run_main_goroutine(void *unused)
{
    (void)unused;
    if (go_main_init != NULL)
        go_main_init();
    go_main_main();
    runtime_exit(0);
}

int main(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
    runtime_install_signal_handlers();
    scheduler_init();
    scheduler_run_main(run_main_goroutine);
}
