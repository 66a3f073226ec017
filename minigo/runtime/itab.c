/*
 * Interfaces at run time: itabs, assertions, comparison, and method calls from C.
 *
 * An interface value is two words (runtime.h).  For `any` the first word is the
 * dynamic type's descriptor; for an interface with methods it is an Itab: the
 * dynamic type, the interface type, then one function per interface method in the
 * interface's order (sorted by name).  Codegen emits the itabs of the conversions it
 * can see as constants; the ones it cannot (x.(I), a type switch's `case I`, I -> J)
 * are built here by merging the interface's sorted method list with the type's sorted
 * method table, and cached by (interface, type), failures included, so each pair is
 * worked out once per run.
 *
 * Methods match by name and by the name of their func type ("func(int) string"), not
 * by descriptor address: the runtime's own types (its runtime.Error values) carry
 * descriptors of their own that must still satisfy `error` and
 * `interface{ Error() string }`.
 *
 * panic calls Error()/String() through the method tables (fmt is Go: stdlib/fmt).
 *
 * Invariants: itabs and the cache live in C memory that is never freed, holding only
 * pointers to constant descriptors and code, so the GC need not know them.  The cache
 * is an open-addressing table that readers probe without a lock (entries and tables
 * are published with release stores); writers serialise on a spin lock and replace
 * the table with a bigger copy when it is half full (old tables are kept: a reader
 * may still be probing one).
 */
#include "sched.h"

#include <setjmp.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* ---- descriptors and interface values ---- */

bool kind_is_pointer_shaped(int64_t kind)
{
    return kind == KIND_POINTER || kind == KIND_MAP || kind == KIND_CHAN || kind == KIND_FUNC ||
           kind == KIND_UNSAFE_POINTER;
}

const TypeDescriptor *interface_type(const TypeDescriptor *iface, const GoInterface *value)
{
    if (value->type == NULL || !(iface->flags & TYPE_FLAG_NONEMPTY_INTERFACE))
        return value->type;
    return ((const Itab *)(const void *)value->type)->type;
}

const void *interface_data_address(const TypeDescriptor *type, const GoInterface *value)
{
    return kind_is_pointer_shaped(type->kind) ? (const void *)&value->data : value->data;
}

static bool same_text(GoString a, GoString b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* byte order, which is the order of Go's sort.Strings and of Python's sorted() on names */
static int compare_text(GoString a, GoString b)
{
    int64_t common = a.len < b.len ? a.len : b.len;
    int order = common > 0 ? memcmp(a.ptr, b.ptr, (size_t)common) : 0;
    if (order != 0)
        return order;
    return a.len < b.len ? -1 : a.len > b.len;
}

static const Method *find_method(const TypeDescriptor *type, GoString name)
{
    int64_t low = 0, high = type->method_count;
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        int order = compare_text(type->methods[middle].name, name);
        if (order == 0)
            return &type->methods[middle];
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return NULL;
}

const Method *typed_method(const TypeDescriptor *type, const char *name, const char *signature)
{
    if (type == NULL || type->method_count == 0 || type->kind == KIND_INTERFACE)
        return NULL;
    GoString wanted = {(const uint8_t *)name, (int64_t)strlen(name)};
    const Method *method = find_method(type, wanted);
    if (method == NULL || !same_text_cstring(method->type->name, signature))
        return NULL;
    return method;
}

const Method *string_method(const TypeDescriptor *type, const char *name)
{
    return typed_method(type, name, "func() string");
}

GoString call_string_method(const Method *method, const TypeDescriptor *type, const void *addr)
{
    void *receiver = kind_is_pointer_shaped(type->kind) ? *(void *const *)addr : (void *)addr;
    GoString (*function)(void *) = (GoString (*)(void *))method->function;
    return function(receiver);
}

/* ---- building itabs ---- */

typedef struct {
    const TypeDescriptor *inter;
    const TypeDescriptor *type;
    const Itab *itab;            /* NULL: type does not implement inter */
    GoString missing;            /* then: the first method it lacks */
} CacheEntry;

static CacheEntry *build_entry(const TypeDescriptor *inter, const TypeDescriptor *type)
{
    CacheEntry *entry = calloc(1, sizeof *entry);
    Itab *itab = calloc(1, sizeof(Itab) + (size_t)inter->method_count * sizeof(void *));
    if (entry == NULL || itab == NULL)
        abort();
    entry->inter = inter;
    entry->type = type;
    itab->type = type;
    itab->inter = inter;
    for (int64_t i = 0; i < inter->method_count; i++) {
        const Method *wanted = &inter->methods[i];
        const Method *found = find_method(type, wanted->name);
        if (found == NULL || !same_text(found->type->name, wanted->type->name)) {
            entry->missing = wanted->name;
            free(itab);
            return entry;
        }
        itab->functions[i] = found->function;
    }
    entry->itab = itab;
    return entry;
}

/* ---- the cache ---- */

typedef struct {
    int64_t capacity;                  /* a power of two */
    int64_t count;
    _Atomic(CacheEntry *) slots[];
} CacheTable;

static _Atomic(CacheTable *) cache;
static atomic_flag cache_lock = ATOMIC_FLAG_INIT;

static uint64_t pair_hash(const TypeDescriptor *inter, const TypeDescriptor *type)
{
    uint64_t h = (uint64_t)(uintptr_t)inter * 0x9E3779B97F4A7C15u;
    h ^= (uint64_t)(uintptr_t)type + 0x7F4A7C15u + (h << 6) + (h >> 2);
    return h ^ (h >> 29);
}

static CacheEntry *cache_find(CacheTable *table, const TypeDescriptor *inter,
                              const TypeDescriptor *type)
{
    if (table == NULL)
        return NULL;
    uint64_t mask = (uint64_t)table->capacity - 1;
    for (uint64_t at = pair_hash(inter, type) & mask;; at = (at + 1) & mask) {
        CacheEntry *entry = atomic_load_explicit(&table->slots[at], memory_order_acquire);
        if (entry == NULL)
            return NULL;
        if (entry->inter == inter && entry->type == type)
            return entry;
    }
}

static void cache_put(CacheTable *table, CacheEntry *entry)
{
    uint64_t mask = (uint64_t)table->capacity - 1;
    uint64_t at = pair_hash(entry->inter, entry->type) & mask;
    while (atomic_load_explicit(&table->slots[at], memory_order_relaxed) != NULL)
        at = (at + 1) & mask;
    atomic_store_explicit(&table->slots[at], entry, memory_order_release);
    table->count++;
}

static CacheTable *new_table(int64_t capacity)
{
    CacheTable *table = calloc(1, sizeof(CacheTable) + (size_t)capacity * sizeof(CacheEntry *));
    if (table == NULL)
        abort();
    table->capacity = capacity;
    return table;
}

/* a table with room for one more entry: the current one, or a copy twice its size */
static CacheTable *table_with_room(CacheTable *table)
{
    if (table != NULL && 2 * (table->count + 1) <= table->capacity)
        return table;
    CacheTable *bigger = new_table(table == NULL ? 64 : 2 * table->capacity);
    for (int64_t i = 0; table != NULL && i < table->capacity; i++) {
        CacheEntry *entry = atomic_load_explicit(&table->slots[i], memory_order_relaxed);
        if (entry != NULL)
            cache_put(bigger, entry);
    }
    atomic_store_explicit(&cache, bigger, memory_order_release);
    return bigger;
}

static const CacheEntry *lookup(const TypeDescriptor *inter, const TypeDescriptor *type)
{
    CacheEntry *entry = cache_find(atomic_load_explicit(&cache, memory_order_acquire), inter, type);
    if (entry != NULL)
        return entry;
    while (atomic_flag_test_and_set_explicit(&cache_lock, memory_order_acquire))
        ;
    CacheTable *table = atomic_load_explicit(&cache, memory_order_relaxed);
    entry = cache_find(table, inter, type);
    if (entry == NULL) {
        entry = build_entry(inter, type);
        cache_put(table_with_room(table), entry);
    }
    atomic_flag_clear_explicit(&cache_lock, memory_order_release);
    return entry;
}

/* ---- the ABI: assertions and conversions ---- */

void *runtime_itab_or_null(const TypeDescriptor *inter, const TypeDescriptor *type)
{
    if (type == NULL)
        return NULL;
    if (inter->method_count == 0)
        return (void *)type;          /* an empty interface's first word is the type */
    return (void *)lookup(inter, type)->itab;
}

void *runtime_assert_itab(const TypeDescriptor *inter, const TypeDescriptor *type)
{
    void *word = runtime_itab_or_null(inter, type);
    if (word != NULL)
        return word;
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "interface conversion: ");
    if (type == NULL) {
        buffer_append_cstring(&message, "interface is nil, not ");
        buffer_append_gostring(&message, inter->name);
    } else {
        buffer_append_gostring(&message, type->name);
        buffer_append_cstring(&message, " is not ");
        buffer_append_gostring(&message, inter->name);
        buffer_append_cstring(&message, ": missing method ");
        buffer_append_gostring(&message, lookup(inter, type)->missing);
    }
    runtime_panic_message(message.data, message.len);
}

void runtime_panic_assert(const TypeDescriptor *inter, const TypeDescriptor *have,
                          const TypeDescriptor *want)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "interface conversion: ");
    buffer_append_gostring(&message, inter->name);
    buffer_append_cstring(&message, " is ");
    if (have == NULL)
        buffer_append_cstring(&message, "nil");
    else
        buffer_append_gostring(&message, have->name);
    buffer_append_cstring(&message, ", not ");
    buffer_append_gostring(&message, want->name);
    if (have != NULL && same_text(have->name, want->name))
        buffer_append_cstring(&message, " (types from different scopes)");
    runtime_panic_message(message.data, message.len);
}

/* ---- assignment ---- */

bool assign_if_assignable(const TypeDescriptor *wanted, void *target, const TypeDescriptor *type,
                          void *data)
{
    if (type == NULL)
        return false;
    if (wanted->kind == KIND_INTERFACE) {
        const void *word = runtime_itab_or_null(wanted, type);
        if (word == NULL)
            return false;
        *(GoInterface *)target = (GoInterface){word, data};
    } else if (type != wanted) {
        return false;
    } else if (kind_is_pointer_shaped(wanted->kind)) {
        *(void **)target = data;
    } else {
        memcpy(target, data, (size_t)wanted->size);
    }
    return true;
}

/* ---- comparison ---- */

bool type_comparable(const TypeDescriptor *type)
{
    switch (type->kind) {
    case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
        return false;
    case KIND_ARRAY:
        return type_comparable(type->elem);
    case KIND_STRUCT:
        for (int64_t i = 0; i < type->field_count; i++)
            if (!type_comparable(type->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static noreturn void panic_uncomparable(const TypeDescriptor *type)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, "runtime error: comparing uncomparable type ");
    buffer_append_gostring(&message, type->name);
    runtime_panic_message(message.data, message.len);
}

static bool interfaces_equal(const TypeDescriptor *iface, const GoInterface *x,
                             const GoInterface *y)
{
    const TypeDescriptor *type = interface_type(iface, x);
    if (type != interface_type(iface, y))
        return false;
    return type == NULL || runtime_efaceeq(type, x->data, y->data);
}

static bool is_blank(GoString name)
{
    return name.len == 1 && name.ptr[0] == '_';
}

typedef struct {
    const TypeDescriptor *type;
    const void *x, *y;
    bool equal;
} EqualCall;

static void values_equal_call(void *call)
{
    EqualCall *equal = call;
    equal->equal = values_equal(equal->type, equal->x, equal->y);
}

/* recursive (arrays, structs, interfaces holding them): each level makes sure of
 * its stack first, going on on a new segment if need be (stack.c) */
bool values_equal(const TypeDescriptor *type, const void *x, const void *y)
{
    if (stack_is_low(STACK_C_RECURSION_ROOM)) {
        EqualCall call = {type, x, y, false};
        stack_call_with_room(STACK_C_RECURSION_ROOM, values_equal_call, &call);
        return call.equal;
    }
    switch (type->kind) {
    case KIND_FLOAT32: return *(const float *)x == *(const float *)y;
    case KIND_FLOAT64: return *(const double *)x == *(const double *)y;
    case KIND_COMPLEX64:
        return ((const float *)x)[0] == ((const float *)y)[0] &&
               ((const float *)x)[1] == ((const float *)y)[1];
    case KIND_COMPLEX128:
        return ((const double *)x)[0] == ((const double *)y)[0] &&
               ((const double *)x)[1] == ((const double *)y)[1];
    case KIND_STRING: return same_text(*(const GoString *)x, *(const GoString *)y);
    case KIND_INTERFACE: return interfaces_equal(type, x, y);
    case KIND_ARRAY:
        for (int64_t i = 0; i < type->length; i++) {
            int64_t offset = i * type->elem->size;
            if (!values_equal(type->elem, (const uint8_t *)x + offset, (const uint8_t *)y + offset))
                return false;
        }
        return true;
    case KIND_STRUCT:
        for (int64_t i = 0; i < type->field_count; i++) {
            const StructField *field = &type->fields[i];
            if (!is_blank(field->name) &&
                !values_equal(field->type, (const uint8_t *)x + field->offset,
                              (const uint8_t *)y + field->offset))
                return false;
        }
        return true;
    case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
        panic_uncomparable(type);
    default:
        return memcmp(x, y, (size_t)type->size) == 0;
    }
}

int64_t runtime_efaceeq(const TypeDescriptor *type, void *x, void *y)
{
    if (!type_comparable(type))
        panic_uncomparable(type);
    if (kind_is_pointer_shaped(type->kind))
        return x == y;
    return values_equal(type, x, y);
}
