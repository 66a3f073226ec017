/*
 * Finalizers: runtime.SetFinalizer, and the goroutine that runs them.
 *
 * A finalizer is a record {object, func value, types} in C memory, in a table
 * under finalizers.lock; its object must be the start of a heap object.  The
 * record does not keep its object alive.  In a collection (gc.c, world stopped)
 * every record's func value and everything its object refers to are marked as
 * roots, but not the object itself; once marking is done, a record whose object
 * is still unmarked leaves the table for the queue, and its object is marked so
 * that it, and what it reaches, survive until the finalizer has run.  So, as in
 * gc: a finalizer runs once, after the first collection that finds its object
 * unreachable, and the object is freed by a later one unless the finalizer made
 * it reachable again; an object reachable from another finalized object waits
 * until that one's finalizer has run; a cycle of finalized objects is never
 * collected.  Queued records are roots (object and func value) until taken.
 *
 * The queue is served by one goroutine, started by the first SetFinalizer, that
 * sleeps on a semaphore counting queued records (released by the collector once
 * the world runs again) and calls each finalizer as Go calls a func value
 * (closures.py): code(closure, argument), the argument being the object itself
 * or, for a finalizer taking an interface, the interface holding it.
 * runtime.NumGoroutine leaves this goroutine out while it waits, as gc does.
 *
 * Misuse dies as gc's SetFinalizer does ("fatal error: runtime.SetFinalizer:
 * ..."); codegen checks what only the static type of the finalizer tells (its
 * parameter count and variadic flag) and passes the verdict as `shape`.
 */
#include "mheap.h"

#include <stdlib.h>

enum { SHAPE_ONE_PARAMETER, SHAPE_VARIADIC, SHAPE_WRONG_COUNT };

typedef struct {
    uintptr_t object;
    void *function;                       /* a Go func value: closure */
    const TypeDescriptor *object_type;    /* *T, as SetFinalizer got it */
    const TypeDescriptor *parameter;      /* what the finalizer takes */
} Finalizer;

typedef struct {
    Finalizer *items;
    size_t count, capacity;
} FinalizerList;

static struct {
    Mutex lock;
    FinalizerList table;                  /* set, object still reachable */
    FinalizerList queue;                  /* object found unreachable, not run yet */
    size_t newly_queued;                  /* by the last collection, to wake for */
    uint32_t pending;                     /* semaphore: queued, not yet taken */
    bool started;
} finalizers;

_Atomic int64_t finalizer_goroutine_waiting;

static noreturn void misuse(const char *first, const TypeDescriptor *type, const char *second,
                            const TypeDescriptor *other, const char *third)
{
    ByteBuffer text = {0};
    buffer_append_cstring(&text, "runtime.SetFinalizer: ");
    buffer_append_cstring(&text, first);
    if (type != NULL)
        buffer_append_gostring(&text, type->name);
    buffer_append_cstring(&text, second);
    if (other != NULL)
        buffer_append_gostring(&text, other->name);
    buffer_append_cstring(&text, third);
    runtime_throw(text.data, (int64_t)text.len);
}

static void list_append(FinalizerList *list, Finalizer item)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = realloc(list->items, list->capacity * sizeof(Finalizer));
        if (list->items == NULL)
            out_of_memory();
    }
    list->items[list->count++] = item;
}

static Finalizer *table_find(uintptr_t object)
{
    for (size_t i = 0; i < finalizers.table.count; i++)
        if (finalizers.table.items[i].object == object)
            return &finalizers.table.items[i];
    return NULL;
}

static void table_remove(Finalizer *record)
{
    *record = finalizers.table.items[--finalizers.table.count];
}

/* whether a finalizer taking `parameter` may be given the *T `type` */
static bool assignable(const TypeDescriptor *type, const TypeDescriptor *parameter)
{
    if (parameter == type)
        return true;
    if (parameter->kind == KIND_POINTER)
        return (!(parameter->flags & TYPE_FLAG_NAMED) || !(type->flags & TYPE_FLAG_NAMED)) &&
               parameter->elem == type->elem;
    if (parameter->kind == KIND_INTERFACE)
        return parameter->method_count == 0 || runtime_itab_or_null(parameter, type) != NULL;
    return false;
}

/* ---- the finalizer goroutine ---- */

static bool take_queued(Finalizer *out)
{
    mutex_lock(&finalizers.lock);
    bool found = finalizers.queue.count > 0;
    if (found) {
        *out = finalizers.queue.items[0];
        finalizers.queue.count--;
        memmove(finalizers.queue.items, finalizers.queue.items + 1,
                finalizers.queue.count * sizeof(Finalizer));
    }
    mutex_unlock(&finalizers.lock);
    return found;
}

static __attribute__((noinline)) void call_finalizer(const Finalizer *f)
{
    void *code = *(void **)f->function;
    if (f->parameter->kind == KIND_INTERFACE) {
        const void *first = f->parameter->flags & TYPE_FLAG_NONEMPTY_INTERFACE
                                ? runtime_itab_or_null(f->parameter, f->object_type)
                                : (const void *)f->object_type;
        ((void (*)(void *, const void *, void *))code)(f->function, first, (void *)f->object);
    } else {
        ((void (*)(void *, void *))code)(f->function, (void *)f->object);
    }
}

static void run_finalizers(void *unused)
{
    (void)unused;
    for (;;) {
        atomic_store(&finalizer_goroutine_waiting, 1);
        runtime_semacquire(&finalizers.pending, 0);
        atomic_store(&finalizer_goroutine_waiting, 0);
        Finalizer f;
        if (take_queued(&f))
            call_finalizer(&f);
        /* this frame is scanned conservatively: forget the object */
        __atomic_store_n(&f.object, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&f.function, NULL, __ATOMIC_RELAXED);
    }
}

/* ---- the runtime package ---- */

void runtime_setfinalizer(const TypeDescriptor *object_type, void *object,
                          const TypeDescriptor *function_type, void *function,
                          const TypeDescriptor *parameter, int64_t shape)
{
    if (object_type == NULL)
        misuse("first argument is nil", NULL, "", NULL, "");
    if (object_type->kind != KIND_POINTER)
        misuse("first argument is ", object_type, ", not pointer", NULL, "");
    Span *span = span_of((uintptr_t)object);
    if (span == NULL)
        return;         /* a global, or a zero-size object: never freed */
    uintptr_t base = span->large ? span->base
                                 : span->base + ((uintptr_t)object - span->base) / span->elem_size *
                                                    span->elem_size;
    if (base != (uintptr_t)object) {
        const TypeDescriptor *elem = object_type->elem;
        if (!(elem->flags & TYPE_FLAG_NO_POINTERS) || elem->size >= 16)
            misuse("pointer not at beginning of allocated block", NULL, "", NULL, "");
        return;         /* gc allows this inside its tiny blocks; none here */
    }
    mutex_lock(&finalizers.lock);
    Finalizer *existing = table_find(base);
    if (function_type == NULL) {
        if (existing != NULL)
            table_remove(existing);
        mutex_unlock(&finalizers.lock);
        return;
    }
    mutex_unlock(&finalizers.lock);
    if (function_type->kind != KIND_FUNC)
        misuse("second argument is ", function_type, ", not a function", NULL, "");
    if (shape == SHAPE_VARIADIC)
        misuse("cannot pass ", object_type, " to finalizer ", function_type, " because dotdotdot");
    if (shape != SHAPE_ONE_PARAMETER || !assignable(object_type, parameter))
        misuse("cannot pass ", object_type, " to finalizer ", function_type, "");
    mutex_lock(&finalizers.lock);
    if (table_find(base) != NULL) {
        mutex_unlock(&finalizers.lock);
        misuse("finalizer already set", NULL, "", NULL, "");
    }
    list_append(&finalizers.table, (Finalizer){base, function, object_type, parameter});
    bool start = !finalizers.started;
    finalizers.started = true;
    mutex_unlock(&finalizers.lock);
    if (start) {
        atomic_store(&finalizer_goroutine_waiting, 1);     /* not counted from its birth */
        goroutine_start(run_finalizers, NULL, (uintptr_t)__builtin_return_address(0));
    }
}

void runtime_keepalive(const TypeDescriptor *type, void *data)
{
    /* the call itself is the point: the value is an argument here, so it is
     * live (in a register or the caller's frame) until this call */
    (void)type;
    __asm__ volatile("" : : "r"(data) : "memory");
}

/* ---- the collector's side, world stopped ---- */

void finalizers_mark_roots(void)
{
    for (size_t i = 0; i < finalizers.table.count; i++) {
        gc_mark_word((uintptr_t)finalizers.table.items[i].function);
        gc_mark_referents(finalizers.table.items[i].object);
    }
    for (size_t i = 0; i < finalizers.queue.count; i++) {
        gc_mark_word((uintptr_t)finalizers.queue.items[i].function);
        gc_mark_word(finalizers.queue.items[i].object);
    }
}

void finalizers_queue_unreachable(void)
{
    finalizers.newly_queued = 0;
    for (size_t i = 0; i < finalizers.table.count;) {
        Finalizer *record = &finalizers.table.items[i];
        if (gc_is_marked(record->object)) {
            i++;
            continue;
        }
        gc_mark_word(record->object);
        list_append(&finalizers.queue, *record);
        finalizers.newly_queued++;
        table_remove(record);
    }
}

/* after the world restarts: one semaphore unit per finalizer queued */
void finalizers_wake(void)
{
    mutex_lock(&finalizers.lock);
    size_t count = finalizers.newly_queued;
    finalizers.newly_queued = 0;
    mutex_unlock(&finalizers.lock);
    while (count-- > 0)
        runtime_semrelease(&finalizers.pending, 0);
}
