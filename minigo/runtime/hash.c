/*
 * Hashing of Go values, driven by their TypeDescriptor; and the runtime's cheap
 * random numbers.  (Equality, values_equal, lives with the interfaces in itab.c.)
 *
 * Maps hash keys of any comparable type with one generic walk over the descriptor
 * (kind, size, fields, elem, length) instead of a compiled function per type.  The
 * walk bottoms out in two primitives: hash_word for one 64-bit word and hash_bytes
 * for a run of memory.  Both are built from one mixing step, the "folded multiply":
 * the 128-bit product of two 64-bit words with its halves xored, which spreads the
 * input bits over the whole result, low bits included (a map picks its group from the
 * low bits and a 7-bit tag from the top ones, so both ends must be good).  A word
 * goes through two of them: with one, sequential and strided integer keys were
 * measured to cluster (twice the expected largest group).  Every hash
 * takes the map's random seed, so an attacker cannot precompute colliding keys and
 * two maps do not share a layout.
 *
 * Go's rules the walk implements:
 *   - floats: +0 and -0 are equal and hash alike; NaN is unequal to everything,
 *     itself included, so each NaN hashes randomly (inserting NaN twice makes two
 *     entries and no lookup finds one);
 *   - strings hash their bytes, never their address;
 *   - interfaces hash their dynamic value (its type takes part in equality only);
 *     a dynamic type that is not comparable (slice, map, func, or an array or
 *     struct holding one) panics with "hash of unhashable type T";
 *   - blank struct fields (`_`) take part in neither hashing nor equality.
 * A type whose values are "plain memory" (integers, pointers, and arrays/structs of
 * them without padding or blank fields) is hashed and compared as raw bytes.
 *
 * Random numbers: a per-thread wyrand-style generator (a Weyl sequence through the
 * folded multiply), seeded from the kernel's AT_RANDOM bytes and the thread's
 * address, so threads need no lock and every run differs.
 */
#include "sched.h"

#include <string.h>
#include <sys/auxv.h>

/* odd constants with well-spread bits (from the binary expansion of pi and e) */
#define MIX0 0x243f6a8885a308d3ull
#define MIX1 0x13198a2e03707345ull
#define MIX2 0xa4093822299f31d1ull
#define MIX3 0xb7e151628aed2a6bull

static inline uint64_t folded_multiply(uint64_t a, uint64_t b)
{
    __uint128_t product = (__uint128_t)a * b;
    return (uint64_t)product ^ (uint64_t)(product >> 64);
}

/* ---- random numbers ---- */

static __thread uint64_t random_state;

uint64_t runtime_random(void)
{
    if (__builtin_expect(random_state == 0, 0)) {
        const uint64_t *kernel_bytes = (const uint64_t *)getauxval(AT_RANDOM);
        uint64_t seed = (uint64_t)(uintptr_t)&random_state;
        if (kernel_bytes != NULL)
            seed ^= kernel_bytes[0] ^ folded_multiply(kernel_bytes[1], MIX3);
        random_state = seed | 1;
    }
    random_state += MIX0;
    return folded_multiply(random_state, random_state ^ MIX1);
}

/* ---- the primitives ---- */

uint64_t hash_word(uint64_t word, uint64_t seed)
{
    uint64_t mixed = folded_multiply(word ^ seed ^ MIX0, (word >> 32 | word << 32) ^ MIX1);
    return folded_multiply(mixed ^ MIX2, seed ^ MIX3);
}

static inline uint64_t read64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t read32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

uint64_t hash_bytes(const void *data, int64_t length, uint64_t seed)
{
    const uint8_t *p = data;
    uint64_t len = (uint64_t)length;
    uint64_t a, b;
    seed ^= folded_multiply(seed ^ MIX0, MIX1 ^ len);
    if (len <= 16) {
        if (len >= 4) {
            /* two overlapping reads from each end cover 4..16 bytes */
            uint64_t step = (len >> 3) << 2;
            a = read32(p) << 32 | read32(p + step);
            b = read32(p + len - 4) << 32 | read32(p + len - 4 - step);
        } else if (len > 0) {
            a = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        uint64_t rest = len;
        if (rest > 48) {
            uint64_t lane1 = seed, lane2 = seed;
            do {
                seed = folded_multiply(read64(p) ^ MIX1, read64(p + 8) ^ seed);
                lane1 = folded_multiply(read64(p + 16) ^ MIX2, read64(p + 24) ^ lane1);
                lane2 = folded_multiply(read64(p + 32) ^ MIX3, read64(p + 40) ^ lane2);
                p += 48;
                rest -= 48;
            } while (rest > 48);
            seed ^= lane1 ^ lane2;
        }
        while (rest > 16) {
            seed = folded_multiply(read64(p) ^ MIX1, read64(p + 8) ^ seed);
            p += 16;
            rest -= 16;
        }
        a = read64(p + rest - 16);
        b = read64(p + rest - 8);
    }
    return folded_multiply(MIX1 ^ len, folded_multiply(a ^ MIX1, b ^ seed));
}

uint64_t hash_string(const uint8_t *ptr, int64_t len, uint64_t seed)
{
    return hash_bytes(ptr, len, seed);
}

/* ---- descriptor-driven hashing and equality ---- */

static bool is_blank_field(const StructField *field)
{
    return field->name.len == 1 && field->name.ptr[0] == '_';
}

int64_t type_alignment(const TypeDescriptor *type)
{
    switch (type->kind) {
    case KIND_BOOL: case KIND_INT8: case KIND_UINT8: return 1;
    case KIND_INT16: case KIND_UINT16: return 2;
    case KIND_INT32: case KIND_UINT32: case KIND_FLOAT32: case KIND_COMPLEX64: return 4;
    case KIND_ARRAY: return type_alignment(type->elem);
    case KIND_STRUCT: {
        int64_t alignment = 1;
        for (int64_t i = 0; i < type->field_count; i++) {
            int64_t field_alignment = type_alignment(type->fields[i].type);
            if (field_alignment > alignment)
                alignment = field_alignment;
        }
        return alignment;
    }
    default: return 8;
    }
}

bool type_is_plain_memory(const TypeDescriptor *type)
{
    switch (type->kind) {
    case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
    case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
    case KIND_UINT64: case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN:
    case KIND_UNSAFE_POINTER:
        return true;
    case KIND_ARRAY:
        return type_is_plain_memory(type->elem);
    case KIND_STRUCT: {
        int64_t end = 0;          /* fields must tile the struct: no padding */
        for (int64_t i = 0; i < type->field_count; i++) {
            const StructField *field = &type->fields[i];
            if (is_blank_field(field) || field->offset != end || !type_is_plain_memory(field->type))
                return false;
            end += field->type->size;
        }
        return end == type->size;
    }
    default:
        return false;
    }
}

static noreturn void panic_with_type(const char *text, const TypeDescriptor *type)
{
    ByteBuffer message = {0};
    buffer_append_cstring(&message, text);
    buffer_append_gostring(&message, type->name);
    runtime_panic_message(message.data, message.len);
}

static uint64_t hash_float(double value, uint64_t seed)
{
    if (value == 0)
        return hash_word(0, seed);
    if (value != value)
        return hash_word(runtime_random(), seed);
    uint64_t bits;
    memcpy(&bits, &value, 8);
    return hash_word(bits, seed);
}

typedef struct {
    const TypeDescriptor *type;
    const void *addr;
    uint64_t seed;
} HashCall;

static void hash_value_call(void *call)
{
    HashCall *hash = call;
    hash->seed = hash_value(hash->type, hash->addr, hash->seed);
}

/* recursive (arrays, structs, interfaces holding them): each level makes sure of
 * its stack first, going on on a new segment if need be (stack.c) */
uint64_t hash_value(const TypeDescriptor *type, const void *addr, uint64_t seed)
{
    if (stack_is_low(STACK_C_RECURSION_ROOM)) {
        HashCall call = {type, addr, seed};
        stack_call_with_room(STACK_C_RECURSION_ROOM, hash_value_call, &call);
        return call.seed;
    }
    const uint8_t *p = addr;
    switch (type->kind) {
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return hash_word(read64(p), seed);
    case KIND_FLOAT32: return hash_float(*(const float *)p, seed);
    case KIND_FLOAT64: return hash_float(*(const double *)p, seed);
    case KIND_COMPLEX64:
        return hash_float(((const float *)p)[1], hash_float(((const float *)p)[0], seed));
    case KIND_COMPLEX128:
        return hash_float(((const double *)p)[1], hash_float(((const double *)p)[0], seed));
    case KIND_STRING: {
        const GoString *text = addr;
        return hash_bytes(text->ptr, text->len, seed);
    }
    case KIND_INTERFACE: {
        const TypeDescriptor *dynamic = interface_type(type, addr);
        if (dynamic == NULL)
            return hash_word(0, seed);
        if (!type_comparable(dynamic))
            panic_with_type("runtime error: hash of unhashable type ", dynamic);
        return hash_value(dynamic, interface_data_address(dynamic, addr), seed ^ MIX2);
    }
    case KIND_ARRAY:
        if (type_is_plain_memory(type))
            return hash_bytes(p, type->size, seed);
        for (int64_t i = 0; i < type->length; i++)
            seed = hash_value(type->elem, p + i * type->elem->size, seed);
        return seed;
    case KIND_STRUCT:
        for (int64_t i = 0; i < type->field_count; i++) {
            const StructField *field = &type->fields[i];
            if (!is_blank_field(field))
                seed = hash_value(field->type, p + field->offset, seed);
        }
        return hash_word(seed, MIX3);
    case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
        panic_with_type("runtime error: hash of unhashable type ", type);
    default:
        return hash_bytes(p, type->size, seed);
    }
}
