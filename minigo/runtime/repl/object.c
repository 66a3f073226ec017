/*
 * Linked into every shared object the REPL loads (one per input, one per imported
 * package): tells the session host (host.c) where this object's own sections lie.
 * The linker defines __start_/__stop_ symbols per output file; hidden, so each object
 * names its own, and a missing section reads as NULL.
 */
#include <stdint.h>

#define BOUNDS(name)                                                                  \
    extern char __start_##name[] __attribute__((weak, visibility("hidden")));        \
    extern char __stop_##name[] __attribute__((weak, visibility("hidden")));
BOUNDS(mg_globals)
BOUNDS(minigo_text)
BOUNDS(minigo_functab)
BOUNDS(minigo_wrappers)

void minigo_repl_sections(uintptr_t *out)
{
    char *bounds[] = {
        __start_mg_globals, __stop_mg_globals, __start_minigo_text, __stop_minigo_text,
        __start_minigo_functab, __stop_minigo_functab, __start_minigo_wrappers,
        __stop_minigo_wrappers,
    };
    for (int i = 0; i < 8; i++)
        out[i] = (uintptr_t)bounds[i];
}
