/*
 * Go maps: an open-addressing hash table with 8-slot groups and one control byte
 * per slot (the "Swiss table" idea), growing in one step.
 *
 * Layout.  A map value is a GoMap* (nil is NULL); len(m) is its first word, which
 * codegen reads inline.  The table is two arrays of `capacity` slots (a power of
 * two, at least 8): `ctrl`, one byte per slot, and `slots`, each holding a key and
 * then its value (value_offset and slot_size follow both types' alignment).  A
 * control byte is EMPTY (0, so fresh memory is an empty table), DELETED (a
 * tombstone, 0x7f), or 0x80 | a 7-bit tag taken from the top of the key's hash.
 * Keeping the control bytes apart makes them dense (one byte per slot, so they
 * mostly stay in cache); keys and values interleave so a hit finds its value on
 * the key's cache line.  A probe fetches the group's slots while its control word
 * loads, so the two memory accesses overlap.
 *
 * Probing.  The low bits of the hash pick a group (8 aligned slots; its control
 * bytes are read as one 64-bit word and matched against the tag with bit tricks,
 * no SIMD needed); the probe visits groups g, g+1, g+3, g+6, ... (triangular
 * steps, which cover every group of a power-of-two table) and stops at the first
 * group holding an EMPTY byte.  The table is never more than 7/8 full of live
 * entries plus tombstones, so every probe ends.  A delete writes EMPTY when its
 * group still has an EMPTY byte (no probe ever passed that group, since a group
 * never regains an EMPTY byte once it has lost them all), else a tombstone.
 *
 * Growth, in one step: when an insert needs an EMPTY slot and the budget
 * (`growth_left`) is spent, every entry moves to fresh arrays: of twice the
 * capacity, or of the same capacity when tombstones, not entries, used the budget.
 * Tables are never modified after being replaced, which is what makes iteration
 * during growth simple (below).
 *
 * Iteration, randomised as Go's: each range starts at a random group and rotates
 * each group's slots by a random offset.  An iterator walks the table that was
 * current when it started.  If the map has since moved to new arrays, each key
 * found in the old arrays is looked up in the map as it is now: a key deleted
 * since is skipped, an updated value is seen, and keys inserted after the move
 * are not produced (the spec allows either).  Keys that are not equal to
 * themselves (NaN) cannot be looked up and are produced from the old arrays, as
 * gc does.  Deletes and inserts that do not move the table are seen or not
 * according to position, which the spec also allows.
 *
 * Keys: four classes choose the hash and equality (hash.c): one 64-bit word
 * (integers, pointers), strings, other plain memory, and everything else through
 * the type descriptor.  Codegen calls the _int64 and _string entry points for the
 * first two; the generic ones take a pointer to the key and work for every class.
 *
 * Memory and the GC: the header and slot arrays come from runtime_alloc; ctrl
 * never holds pointers, and the slot array is allocated GC_NO_POINTERS exactly
 * when neither key nor value type holds pointers.  Otherwise it is an array of
 * struct { key K; value V } (key at 0, value at value_offset, stride slot_size)
 * and its pointer mask (runtime.h) is built from the key's and value's masks
 * (their descriptors'), once per (key, value) pair, in runtime memory kept for
 * the program's life, since a large slot array's span points at it: so the
 * collector scans only the pointer words of each slot.  Every slot that is not live is
 * all zero bytes (deletes clear their slot), so no stale pointer is ever kept.
 *
 * Concurrent use.  Maps are not safe for concurrent use (Go's aren't either), and
 * misuse is caught as gc catches it, cheaply rather than always: a writer (assign,
 * delete) raises the header's `writing` flag once the key is hashed (a key that
 * cannot be hashed panics with the flag down) and lowers it when done; a writer
 * finding it raised, or lowered under it by another writer, dies with "concurrent
 * map writes"; a lookup finding it raised with "concurrent map read and map write",
 * an iterator step or fmt's walk with "concurrent map iteration and map write"
 * (fatal errors, exit 2, not panics).  The flag is read and written with relaxed
 * atomics: plain moves, which the C compiler may not fold away as it could a plain
 * field's re-check.  The cost is a load and a branch per operation, two per write
 * (map_churn: +2% instructions).
 */
#include "internal.h"

#include <stdatomic.h>
#include <string.h>

enum {
    GROUP_SIZE = 8,
    CTRL_EMPTY = 0x00,
    CTRL_DELETED = 0x7f,
    CTRL_FULL = 0x80,
    MIN_CAPACITY = GROUP_SIZE,
};

/* for the hot paths, specialised per key class in each entry point: left to
 * itself, gcc calls some out of line (find_slot cost map_churn 5% that way) */
#define ALWAYS_INLINE inline __attribute__((always_inline))

#define BYTES_LSB 0x0101010101010101ull
#define BYTES_MSB 0x8080808080808080ull
#define BYTES_LOW7 0x7f7f7f7f7f7f7f7full
#define MAX_TABLE_BYTES (1ll << 48)       /* gc's maxAlloc on linux/amd64 */

enum { KEY_WORD, KEY_STRING, KEY_MEMORY, KEY_GENERIC };

typedef struct GoMap {
    int64_t count;                 /* len(m): must stay the first word */
    uint8_t *ctrl;                 /* NULL until the first insert */
    uint8_t *slots;
    uint64_t group_mask;           /* groups - 1 */
    int64_t growth_left;           /* EMPTY slots that may still be filled */
    uint64_t seed;
    const TypeDescriptor *key_type;
    const TypeDescriptor *value_type;
    int64_t slot_size;
    int64_t value_offset;
    int32_t key_class;             /* KEY_* */
    bool update_key;               /* overwrite an equal key on assignment (+0/-0, strings) */
    bool slots_have_pointers;
    const uint64_t *slot_mask;     /* when slots_have_pointers: built at the first table */
    bool writing;                  /* a write is under way: see "Concurrent use" */
} GoMap;

typedef struct {
    void *key;                     /* the entry produced last; NULL after the last one */
    void *value;
    GoMap *map;
    const uint8_t *ctrl;           /* the table being walked */
    uint8_t *slots;
    uint64_t group_mask;
    uint64_t start_group;
    uint64_t offset;               /* rotation of the slots within each group */
    uint64_t position;             /* slots walked so far */
} MapIterator;

_Static_assert(sizeof(MapIterator) <= MAP_ITERATOR_WORDS * 8, "MapIterator outgrew its stack space");
_Static_assert(offsetof(GoMap, count) == 0, "codegen reads len(m) at offset 0");

/* ---- control words ---- */

static inline uint64_t load_word(const uint8_t *p)
{
    uint64_t word;
    memcpy(&word, p, 8);
    return word;
}

/* the high bit of each byte of word that is zero (exactly: no borrow tricks) */
static inline uint64_t zero_bytes(uint64_t word)
{
    return ~(((word & BYTES_LOW7) + BYTES_LOW7) | word) & BYTES_MSB;
}

static inline uint64_t empty_bytes(uint64_t control)
{
    return zero_bytes(control);
}

static inline uint64_t free_bytes(uint64_t control)       /* EMPTY or DELETED */
{
    return ~control & BYTES_MSB;
}

static inline uint64_t tag_bytes(uint64_t control, uint64_t hash)
{
    return zero_bytes(control ^ (BYTES_LSB * (CTRL_FULL | hash >> 57)));
}

static inline uint64_t first_byte(uint64_t bits)
{
    return (uint64_t)__builtin_ctzll(bits) >> 3;
}

static inline uint64_t capacity_of(const GoMap *m)
{
    return m->ctrl == NULL ? 0 : (m->group_mask + 1) * GROUP_SIZE;
}

/* ---- keys by class ---- */

static inline uint64_t key_hash(const GoMap *m, int key_class, const void *key)
{
    switch (key_class) {
    case KEY_WORD: return hash_word(load_word(key), m->seed);
    case KEY_STRING: {
        const GoString *text = key;
        return hash_bytes(text->ptr, text->len, m->seed);
    }
    case KEY_MEMORY: return hash_bytes(key, m->key_type->size, m->seed);
    default: return hash_value(m->key_type, key, m->seed);
    }
}

static inline bool key_equal(const GoMap *m, int key_class, const void *stored, const void *key)
{
    switch (key_class) {
    case KEY_WORD: return load_word(stored) == load_word(key);
    case KEY_STRING: {
        const GoString *a = stored, *b = key;
        return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
    }
    case KEY_MEMORY: return memcmp(stored, key, (size_t)m->key_type->size) == 0;
    default: return values_equal(m->key_type, stored, key);
    }
}

static int key_class_of(const TypeDescriptor *key_type)
{
    switch (key_type->kind) {
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return KEY_WORD;
    case KIND_STRING:
        return KEY_STRING;
    default:
        return type_is_plain_memory(key_type) ? KEY_MEMORY : KEY_GENERIC;
    }
}

/* ---- probing ---- */

/* Starts loading the first two cache lines of a group's slots while its control
 * word is still on its way: in a table bigger than the cache the two memory
 * accesses of a probe then overlap instead of following each other (a third of
 * map_churn's time). */
static inline void prefetch_group_slots(const GoMap *m, uint64_t group)
{
    const uint8_t *first = m->slots + group * GROUP_SIZE * m->slot_size;
    __builtin_prefetch(first);
    __builtin_prefetch(first + 64);
}

/* the slot index holding key, or -1 */
static ALWAYS_INLINE int64_t find_slot(const GoMap *m, int key_class, const void *key, uint64_t hash)
{
    uint64_t group = hash & m->group_mask;
    prefetch_group_slots(m, group);
    for (uint64_t step = 1;; step++) {
        uint64_t control = load_word(m->ctrl + group * GROUP_SIZE);
        for (uint64_t bits = tag_bytes(control, hash); bits != 0; bits &= bits - 1) {
            uint64_t slot = group * GROUP_SIZE + first_byte(bits);
            if (key_equal(m, key_class, m->slots + slot * m->slot_size, key))
                return (int64_t)slot;
        }
        if (empty_bytes(control) != 0)
            return -1;
        group = (group + step) & m->group_mask;
    }
}

/* the first EMPTY or DELETED slot on hash's probe sequence */
static inline uint64_t find_free_slot(const uint8_t *ctrl, uint64_t group_mask, uint64_t hash)
{
    uint64_t group = hash & group_mask;
    for (uint64_t step = 1;; step++) {
        uint64_t bits = free_bytes(load_word(ctrl + group * GROUP_SIZE));
        if (bits != 0)
            return group * GROUP_SIZE + first_byte(bits);
        group = (group + step) & group_mask;
    }
}

static inline void *lookup(const GoMap *m, int key_class, const void *key)
{
    int64_t slot = find_slot(m, key_class, key, key_hash(m, key_class, key));
    return slot < 0 ? NULL : m->slots + slot * m->slot_size + m->value_offset;
}

/* ---- the slot array's pointer mask ---- */

enum { SLOT_MASK_BUCKETS = 64, MAX_SLOT_MASK_WORDS = 1 << 12 };

typedef struct SlotMask {
    const TypeDescriptor *key, *value;
    const uint64_t *mask;
    struct SlotMask *next;
} SlotMask;

static SlotMask *_Atomic slot_masks[SLOT_MASK_BUCKETS];

/* sets, in bits, the pointer words of a `type` value that starts at word `at` */
static void add_pointer_words(uint64_t *bits, uint64_t at, const TypeDescriptor *type)
{
    const uint64_t *mask = type_pointer_mask(type).words;
    if (mask == NULL)
        return;
    uint64_t words = (uint64_t)type->size / 8, stride = mask[0];
    for (uint64_t i = 0; i < words; i++) {
        uint64_t k = i % stride;
        if ((mask[1 + k / 64] >> (k % 64)) & 1)
            bits[(at + i) / 64] |= (uint64_t)1 << ((at + i) % 64);
    }
}

static const uint64_t *build_slot_mask(const GoMap *m)
{
    uint64_t stride = (uint64_t)m->slot_size / 8;
    if (stride > MAX_SLOT_MASK_WORDS)
        return gc_mask_conservative;
    uint64_t *mask = persistent_alloc((1 + (stride + 63) / 64) * sizeof(uint64_t));
    mask[0] = stride;
    add_pointer_words(mask + 1, 0, m->key_type);
    add_pointer_words(mask + 1, (uint64_t)m->value_offset / 8, m->value_type);
    uint64_t set = 0;
    for (uint64_t w = 0; w < (stride + 63) / 64; w++)
        set += (uint64_t)__builtin_popcountll(mask[1 + w]);
    return set == stride ? gc_mask_conservative : mask;     /* every word: a dense span */
}

/* found in a lock-free list per bucket; two maps racing to add a pair both
 * build it and both entries stay, harmlessly */
static const uint64_t *slot_mask_of(const GoMap *m)
{
    uint64_t hash = ((uintptr_t)m->key_type * 31 + (uintptr_t)m->value_type) >> 4;
    SlotMask *_Atomic *bucket = &slot_masks[hash % SLOT_MASK_BUCKETS];
    for (SlotMask *entry = atomic_load(bucket); entry != NULL; entry = entry->next)
        if (entry->key == m->key_type && entry->value == m->value_type)
            return entry->mask;
    SlotMask *entry = persistent_alloc(sizeof(SlotMask));
    entry->key = m->key_type;
    entry->value = m->value_type;
    entry->mask = build_slot_mask(m);
    SlotMask *head = atomic_load(bucket);
    do
        entry->next = head;
    while (!atomic_compare_exchange_weak(bucket, &head, entry));
    return entry->mask;
}

/* ---- growth ---- */

static int64_t usable_slots(uint64_t capacity)
{
    return (int64_t)(capacity - capacity / 8);
}

static void move_to_new_table(GoMap *m, uint64_t capacity)
{
    if (m->slots_have_pointers && m->slot_mask == NULL)
        m->slot_mask = slot_mask_of(m);
    uint8_t *ctrl = runtime_alloc((int64_t)capacity, GC_NO_POINTERS);
    uint8_t *slots = runtime_alloc((int64_t)capacity * m->slot_size, gc_mask(m->slot_mask));
    uint64_t group_mask = capacity / GROUP_SIZE - 1;
    uint64_t old_capacity = capacity_of(m);
    for (uint64_t slot = 0; slot < old_capacity; slot++) {
        if (!(m->ctrl[slot] & CTRL_FULL))
            continue;
        const uint8_t *entry = m->slots + slot * m->slot_size;
        uint64_t hash = key_hash(m, m->key_class, entry);
        uint64_t target = find_free_slot(ctrl, group_mask, hash);
        ctrl[target] = (uint8_t)(CTRL_FULL | hash >> 57);
        memcpy(slots + target * m->slot_size, entry, (size_t)m->slot_size);
    }
    m->ctrl = ctrl;
    m->slots = slots;
    m->group_mask = group_mask;
    m->growth_left = usable_slots(capacity) - m->count;
}

static void grow(GoMap *m)
{
    uint64_t capacity = capacity_of(m);
    if (capacity == 0)
        capacity = MIN_CAPACITY;
    else if ((m->count + 1) * 16 > (int64_t)capacity * 7)
        capacity *= 2;              /* else tombstones spent the budget: same size */
    move_to_new_table(m, capacity);
}

/* the smallest table that holds hint entries without growing */
static uint64_t capacity_for(int64_t hint)
{
    uint64_t capacity = MIN_CAPACITY;
    while (usable_slots(capacity) < hint)
        capacity *= 2;
    return capacity;
}

/* ---- catching concurrent use ---- */

static __attribute__((noinline, cold)) noreturn void die_of_concurrent_use(const char *message)
{
    runtime_throw((const uint8_t *)message, (int64_t)strlen(message));
}

static inline bool write_under_way(const GoMap *m)
{
    return __atomic_load_n(&m->writing, __ATOMIC_RELAXED);
}

static inline void begin_write(GoMap *m)
{
    if (write_under_way(m))
        die_of_concurrent_use("concurrent map writes");
    __atomic_store_n(&m->writing, true, __ATOMIC_RELAXED);
}

static inline void end_write(GoMap *m)
{
    if (!write_under_way(m))          /* another writer finished in the meantime */
        die_of_concurrent_use("concurrent map writes");
    __atomic_store_n(&m->writing, false, __ATOMIC_RELAXED);
}

static inline void check_no_write(const GoMap *m, const char *message)
{
    if (__builtin_expect(write_under_way(m), 0))
        die_of_concurrent_use(message);
}

#define READ_DURING_WRITE "concurrent map read and map write"
#define ITERATION_DURING_WRITE "concurrent map iteration and map write"

/* ---- the operations, for any key class ---- */

static noreturn void panic_nil_map_assignment(void)
{
    static const char message[] = "assignment to entry in nil map";
    runtime_panic_message((const uint8_t *)message, sizeof message - 1);
}

/* the value's address for key, entered if absent; the caller has raised `writing` */
static ALWAYS_INLINE void *enter_key(GoMap *m, int key_class, const void *key, uint64_t hash)
{
    if (m->ctrl == NULL)
        grow(m);
    int64_t found = find_slot(m, key_class, key, hash);
    if (found >= 0) {
        uint8_t *entry = m->slots + found * m->slot_size;
        if (m->update_key)
            memcpy(entry, key, (size_t)m->key_type->size);
        return entry + m->value_offset;
    }
    uint64_t slot = find_free_slot(m->ctrl, m->group_mask, hash);
    if (m->ctrl[slot] == CTRL_EMPTY) {
        if (m->growth_left == 0) {
            grow(m);
            slot = find_free_slot(m->ctrl, m->group_mask, hash);
        }
        m->growth_left--;
    }
    m->ctrl[slot] = (uint8_t)(CTRL_FULL | hash >> 57);
    uint8_t *entry = m->slots + slot * m->slot_size;
    memcpy(entry, key, (size_t)m->key_type->size);
    m->count++;
    return entry + m->value_offset;
}

static ALWAYS_INLINE void *assign(GoMap *m, int key_class, const void *key)
{
    if (m == NULL)
        panic_nil_map_assignment();
    uint64_t hash = key_hash(m, key_class, key);   /* may panic: before the flag goes up */
    begin_write(m);
    void *value = enter_key(m, key_class, key, hash);
    end_write(m);
    return value;
}

/* the caller has raised `writing` */
static ALWAYS_INLINE void remove_entry(GoMap *m, int key_class, const void *key, uint64_t hash)
{
    int64_t slot = find_slot(m, key_class, key, hash);
    if (slot < 0)
        return;
    uint64_t group_start = (uint64_t)slot & ~(uint64_t)(GROUP_SIZE - 1);
    if (empty_bytes(load_word(m->ctrl + group_start)) != 0) {
        m->ctrl[slot] = CTRL_EMPTY;
        m->growth_left++;
    } else {
        m->ctrl[slot] = CTRL_DELETED;
    }
    memset(m->slots + slot * m->slot_size, 0, (size_t)m->slot_size);
    m->count--;
}

static ALWAYS_INLINE void remove_key(GoMap *m, int key_class, const void *key)
{
    uint64_t hash = key_hash(m, key_class, key);   /* may panic: before the flag goes up */
    begin_write(m);
    remove_entry(m, key_class, key, hash);
    end_write(m);
}

/* On a nil or empty map nothing is looked up, but a key that cannot be hashed
 * (an interface holding a slice) still panics, as in gc. */
static void hash_for_panic(const TypeDescriptor *key_type, const void *key)
{
    if (key_type->kind == KIND_INTERFACE || key_type->kind == KIND_STRUCT ||
        key_type->kind == KIND_ARRAY)
        hash_value(key_type, key, 0);
}

/* ---- the ABI ---- */

/* the header's heap pointers: the table, and descriptors reflect may have made */
static const uint64_t map_header_mask[] = GC_MASK_OF(GoMap, ctrl, slots, key_type, value_type,
                                                     slot_mask);

void *runtime_makemap(const TypeDescriptor *map_type, int64_t hint)
{
    GoMap *m = runtime_alloc(sizeof(GoMap), gc_mask(map_header_mask));
    const TypeDescriptor *key = map_type->key, *value = map_type->elem;
    int64_t key_alignment = type_alignment(key), value_alignment = type_alignment(value);
    int64_t slot_alignment = key_alignment > value_alignment ? key_alignment : value_alignment;
    m->key_type = key;
    m->value_type = value;
    m->value_offset = (key->size + value_alignment - 1) / value_alignment * value_alignment;
    m->slot_size = (m->value_offset + value->size + slot_alignment - 1) / slot_alignment * slot_alignment;
    m->key_class = key_class_of(key);
    m->update_key = m->key_class == KEY_STRING || m->key_class == KEY_GENERIC;
    m->slots_have_pointers = !(key->flags & TYPE_FLAG_NO_POINTERS) ||
                             !(value->flags & TYPE_FLAG_NO_POINTERS);
    m->seed = runtime_random();
    /* gc ignores a hint that is negative or asks for more memory than exists */
    if (hint > 0 && hint <= MAX_TABLE_BYTES / (m->slot_size + 1))
        move_to_new_table(m, capacity_for(hint));
    return m;
}

void *runtime_mapaccess_int64(void *map, int64_t key)
{
    GoMap *m = map;
    if (m == NULL || m->count == 0)
        return NULL;
    check_no_write(m, READ_DURING_WRITE);
    return lookup(m, KEY_WORD, &key);
}

void *runtime_mapaccess_string(void *map, const uint8_t *ptr, int64_t len)
{
    GoMap *m = map;
    if (m == NULL || m->count == 0)
        return NULL;
    check_no_write(m, READ_DURING_WRITE);
    GoString key = {ptr, len};
    return lookup(m, KEY_STRING, &key);
}

/* lookup() specialised for each class, chosen by the map's */
static void *lookup_any_class(const GoMap *m, const void *key)
{
    switch (m->key_class) {
    case KEY_WORD: return lookup(m, KEY_WORD, key);
    case KEY_STRING: return lookup(m, KEY_STRING, key);
    case KEY_MEMORY: return lookup(m, KEY_MEMORY, key);
    default: return lookup(m, KEY_GENERIC, key);
    }
}

void *runtime_mapaccess(const TypeDescriptor *map_type, void *map, const void *key)
{
    GoMap *m = map;
    if (m == NULL || m->count == 0) {
        hash_for_panic(map_type->key, key);
        return NULL;
    }
    check_no_write(m, READ_DURING_WRITE);
    return lookup_any_class(m, key);
}

void *runtime_mapassign_int64(void *map, int64_t key)
{
    return assign(map, KEY_WORD, &key);
}

void *runtime_mapassign_string(void *map, const uint8_t *ptr, int64_t len)
{
    GoString key = {ptr, len};
    return assign(map, KEY_STRING, &key);
}

void *runtime_mapassign(const TypeDescriptor *map_type, void *map, const void *key)
{
    (void)map_type;
    GoMap *m = map;
    if (m == NULL)
        panic_nil_map_assignment();
    switch (m->key_class) {
    case KEY_WORD: return assign(m, KEY_WORD, key);
    case KEY_STRING: return assign(m, KEY_STRING, key);
    case KEY_MEMORY: return assign(m, KEY_MEMORY, key);
    default: return assign(m, KEY_GENERIC, key);
    }
}

void runtime_mapdelete_int64(void *map, int64_t key)
{
    GoMap *m = map;
    if (m != NULL && m->count != 0)
        remove_key(m, KEY_WORD, &key);
}

void runtime_mapdelete_string(void *map, const uint8_t *ptr, int64_t len)
{
    GoMap *m = map;
    GoString key = {ptr, len};
    if (m != NULL && m->count != 0)
        remove_key(m, KEY_STRING, &key);
}

void runtime_mapdelete(const TypeDescriptor *map_type, void *map, const void *key)
{
    GoMap *m = map;
    if (m == NULL || m->count == 0) {
        hash_for_panic(map_type->key, key);
        return;
    }
    switch (m->key_class) {
    case KEY_WORD: remove_key(m, KEY_WORD, key); break;
    case KEY_STRING: remove_key(m, KEY_STRING, key); break;
    case KEY_MEMORY: remove_key(m, KEY_MEMORY, key); break;
    default: remove_key(m, KEY_GENERIC, key); break;
    }
}

/* ---- iteration ---- */

void runtime_mapiterinit(void *map, void *iterator)
{
    MapIterator *it = iterator;
    GoMap *m = map;
    memset(it, 0, sizeof *it);
    it->map = m;
    if (m == NULL || m->count == 0)
        return;                       /* it->ctrl NULL: nothing to walk */
    uint64_t random = runtime_random();
    it->ctrl = m->ctrl;
    it->slots = m->slots;
    it->group_mask = m->group_mask;
    it->start_group = random & m->group_mask;
    it->offset = (random >> 32) & (GROUP_SIZE - 1);
}

/* the map's current entry for a key found in a table the map has since left,
 * or NULL when the key was deleted; sets it->key and it->value */
static bool refresh_moved_entry(MapIterator *it, uint8_t *old_entry)
{
    GoMap *m = it->map;
    if (m->key_class == KEY_GENERIC && !values_equal(m->key_type, old_entry, old_entry)) {
        it->key = old_entry;          /* NaN: cannot be looked up, nor deleted */
        it->value = old_entry + m->value_offset;
        return true;
    }
    uint8_t *value = m->count == 0 ? NULL : lookup_any_class(m, old_entry);
    if (value == NULL)
        return false;
    it->key = value - m->value_offset;
    it->value = value;
    return true;
}

void *runtime_mapiternext(void *iterator)
{
    MapIterator *it = iterator;
    if (it->ctrl == NULL) {
        it->key = it->value = NULL;
        return NULL;
    }
    GoMap *m = it->map;
    check_no_write(m, ITERATION_DURING_WRITE);
    uint64_t capacity = (it->group_mask + 1) * GROUP_SIZE;
    while (it->position < capacity) {
        uint64_t group = (it->start_group + (it->position / GROUP_SIZE)) & it->group_mask;
        uint64_t slot = group * GROUP_SIZE + ((it->position + it->offset) & (GROUP_SIZE - 1));
        it->position++;
        if (!(it->ctrl[slot] & CTRL_FULL))
            continue;
        uint8_t *entry = it->slots + slot * m->slot_size;
        if (it->ctrl == m->ctrl) {
            it->key = entry;
            it->value = entry + m->value_offset;
            return entry;
        }
        if (refresh_moved_entry(it, entry))
            return it->key;
    }
    it->ctrl = NULL;
    it->key = it->value = NULL;
    return NULL;
}

