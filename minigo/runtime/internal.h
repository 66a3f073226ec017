/*
 * The runtime's private declarations: what the C files of minigo/runtime share with
 * each other.  Codegen never calls or reads anything declared here; the compiler-
 * runtime boundary is runtime.h alone (mirrored by minigo/codegen/runtime_abi.py),
 * which this header includes.  The scheduler's vocabulary is in sched.h, which
 * includes this one.
 */
#ifndef MINIGO_INTERNAL_H
#define MINIGO_INTERNAL_H

#include "runtime.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdnoreturn.h>

/* output.c: stdout (one write(2) a call, under its lock) and stderr */
void runtime_write_stdout(const void *ptr, size_t len);
void runtime_write_stderr(const void *ptr, size_t len);
void runtime_write_stderr_cstring(const char *text);

/* malloc.c: the allocation size gc would give a request of `size` bytes */
int64_t runtime_roundupsize(int64_t size);
/* malloc.c: pointer masks for memory C lays out.  C code calls runtime_alloc
 * with a GcMask, not runtime.h's raw mask pointer: GC_NO_POINTERS,
 * GC_CONSERVATIVE (every word may be a pointer) or gc_mask(words) for a mask
 * codegen or a type descriptor made.  So a literal 0, which once meant "has
 * pointers" and as a raw mask means "none" (an object it holds the only
 * reference to is freed while in use), does not compile. */
typedef struct {
    const uint64_t *words;           /* runtime.h's {stride, bits...}, NULL: no pointers */
} GcMask;
extern const uint64_t gc_mask_conservative[2];
#define GC_NO_POINTERS ((GcMask){NULL})
#define GC_CONSERVATIVE ((GcMask){gc_mask_conservative})
static inline GcMask gc_mask(const uint64_t *words)
{
    return (GcMask){words};
}
static inline void *runtime_alloc_typed(int64_t size, GcMask mask)
{
    return (runtime_alloc)(size, mask.words);
}
#define runtime_alloc(size, mask) runtime_alloc_typed((size), (mask))
/* A C struct's mask, written once next to the struct from the fields that may
 * hold heap pointers:
 *     static const uint64_t channel_mask[] = GC_MASK_OF(Channel, buffer, ...);
 * Each named field (any member designator offsetof takes: `receivers.first`)
 * marks one word, its first: a pointer, or a string's or slice's data word.
 * Checked at compile time: the struct is whole words and fits one mask
 * word (at most 64 words), each named field starts on a word.  Up to 8 fields. */
#define GC_MASK_OF(T, ...)                                                        \
    { sizeof(T) / 8 + GC_MASK_CHECK_(sizeof(T) % 8 == 0 && sizeof(T) <= 64 * 8),  \
      0 GC_MASK_EACH_(GC_MASK_FIELD_, T, __VA_ARGS__) }
/* 0, or a compile error naming the failed condition */
#define GC_MASK_CHECK_(condition)                                                 \
    0 * sizeof(struct { _Static_assert(condition, #condition); char unused; })
#define GC_MASK_FIELD_(T, field)                                                  \
    | (UINT64_C(1) << (offsetof(T, field) / 8                                     \
                       + GC_MASK_CHECK_(offsetof(T, field) % 8 == 0)))
#define GC_MASK_EACH_(F, T, ...)                                                  \
    GC_MASK_PICK_(__VA_ARGS__, GC_MASK_8_, GC_MASK_7_, GC_MASK_6_, GC_MASK_5_,    \
                  GC_MASK_4_, GC_MASK_3_, GC_MASK_2_, GC_MASK_1_, unused)         \
        (F, T, __VA_ARGS__)
#define GC_MASK_PICK_(a1, a2, a3, a4, a5, a6, a7, a8, chosen, ...) chosen
#define GC_MASK_1_(F, T, a) F(T, a)
#define GC_MASK_2_(F, T, a, ...) F(T, a) GC_MASK_1_(F, T, __VA_ARGS__)
#define GC_MASK_3_(F, T, a, ...) F(T, a) GC_MASK_2_(F, T, __VA_ARGS__)
#define GC_MASK_4_(F, T, a, ...) F(T, a) GC_MASK_3_(F, T, __VA_ARGS__)
#define GC_MASK_5_(F, T, a, ...) F(T, a) GC_MASK_4_(F, T, __VA_ARGS__)
#define GC_MASK_6_(F, T, a, ...) F(T, a) GC_MASK_5_(F, T, __VA_ARGS__)
#define GC_MASK_7_(F, T, a, ...) F(T, a) GC_MASK_6_(F, T, __VA_ARGS__)
#define GC_MASK_8_(F, T, a, ...) F(T, a) GC_MASK_7_(F, T, __VA_ARGS__)
/* a Go string's (or an array of them): the data word of each two */
extern const uint64_t gc_mask_string[2];

/* malloc.c: a type's mask for runtime_alloc (its descriptor's, or GC_CONSERVATIVE
 * for a descriptor the runtime wrote in C without one) */
GcMask type_pointer_mask(const TypeDescriptor *type);
/* the same from a descriptor's two fields, as codegen passes them */
GcMask pointer_mask_of(int64_t type_flags, const uint64_t *pointer_mask);

/* buffer.c: a growable byte buffer in C memory, for text being formatted */
typedef struct {
    uint8_t *data;
    int64_t len;
    int64_t cap;
} ByteBuffer;
void buffer_append(ByteBuffer *buffer, const void *ptr, int64_t len);
void buffer_append_byte(ByteBuffer *buffer, uint8_t byte);
void buffer_append_cstring(ByteBuffer *buffer, const char *text);
void buffer_append_gostring(ByteBuffer *buffer, GoString text);
void buffer_append_decimal(ByteBuffer *buffer, int64_t value);
void buffer_append_unsigned(ByteBuffer *buffer, uint64_t value);
void buffer_append_hex(ByteBuffer *buffer, uint64_t value);  /* 0x1a2b */
GoString buffer_to_gostring(const ByteBuffer *buffer);       /* copies into the Go heap */
void buffer_free(ByteBuffer *buffer);

/* print.c: gc's print formatting, for panic values too */
void runtime_append_print_float(ByteBuffer *buffer, double v);

/* string.c: UTF-8 as Go's unicode/utf8 decodes it */
#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF
int utf8_encode(uint8_t out[4], int32_t rune);              /* bytes written, 1..4 */
int32_t utf8_decode(const uint8_t *ptr, int64_t len, int64_t *width);
int64_t utf8_rune_count(const uint8_t *ptr, int64_t len);

/* the panic entry points never return (redeclared so the C compiler knows) */
noreturn void runtime_throw(const uint8_t *msg, int64_t len);
noreturn void runtime_panic_index(int64_t index, int64_t length);
noreturn void runtime_panic_slice(int64_t which, int64_t x, int64_t y);
noreturn void runtime_panic_divide(void);
noreturn void runtime_panic_nil(void);
noreturn void runtime_panic_shift(void);
noreturn void runtime_gopanic(const TypeDescriptor *type, void *data);
noreturn void runtime_panic_message(const uint8_t *msg, int64_t len);

/* panic.c: the end of every panic and fatal error: prefix + message, the optional
 * "[signal ...]" line, the traceback, exit 2.  pc/frame say where the traceback
 * starts (a signal's registers; 0, 0 = wherever runtime_die was called from). */
noreturn void runtime_die(const char *prefix, const uint8_t *message, int64_t message_len,
                          const char *signal_text, uintptr_t pc, uintptr_t frame);
void runtime_install_signal_handlers(void);

/* traceback.c: print "goroutine 1 [running]:" and the Go frames, to the buffer.
 * With pc != 0 the first frame is the function holding pc (a signal); then the
 * frame-pointer chain from frame. */
void runtime_append_traceback(ByteBuffer *buffer, uintptr_t pc, uintptr_t frame);

/* stack.c: the main goroutine's stack, so the SIGSEGV handler can tell a stack
 * overflow (the only stack with a guard region) */
extern uintptr_t runtime_main_stack_low;
extern uintptr_t runtime_main_stack_high;

/* panic.c: claim the right to report a fatal error: the first thread returns (with
 * stdout frozen), any other one waits for the process to end */
void runtime_begin_dying(void);
/* panic.c: gc's stack overflow report for the current goroutine, from sp */
noreturn void runtime_die_stack_overflow(uintptr_t sp, uintptr_t pc, uintptr_t frame);
/* panic.c: each thread's alternate signal stack (per M, and sysmon) */
void runtime_install_signal_stack(void);

/* output.c: let nothing more through to stdout (exit, fatal errors) */
void runtime_stdout_freeze(void);

/* malloc.c: memory for the runtime's own records (G, M, P, ...): zeroed, never
 * freed, not in the Go heap */
void *persistent_alloc(size_t size);

/* itab.c: interfaces seen from C.
 * interface_type: the dynamic type of a value of the interface type iface (NULL if nil).
 * interface_data_address: where that dynamic value lives (the data word itself for
 * pointer-shaped types, else the data word's target).
 * string_method: the type's method `name() string` (Error, String, GoString), or NULL;
 * call_string_method calls it on the value at addr.
 * values_equal: == for any comparable type, panicking as gc does for uncomparable ones. */
bool kind_is_pointer_shaped(int64_t kind);
const TypeDescriptor *interface_type(const TypeDescriptor *iface, const GoInterface *value);
const void *interface_data_address(const TypeDescriptor *type, const GoInterface *value);
const Method *string_method(const TypeDescriptor *type, const char *name);
GoString call_string_method(const Method *method, const TypeDescriptor *type, const void *addr);
/* typed_method: the method `name` whose func type is written `signature`, or NULL */
const Method *typed_method(const TypeDescriptor *type, const char *name, const char *signature);
bool type_comparable(const TypeDescriptor *type);
/* assign_if_assignable: stores the dynamic value (type, data: an interface's words, type
 * NULL for nil) into *target, of type wanted, if the value is assignable to wanted (an
 * interface it satisfies, or the same type); false, storing nothing, otherwise */
bool assign_if_assignable(const TypeDescriptor *wanted, void *target, const TypeDescriptor *type,
                          void *data);
bool values_equal(const TypeDescriptor *type, const void *x, const void *y);
noreturn void runtime_panic_assert(const TypeDescriptor *inter, const TypeDescriptor *have,
                                   const TypeDescriptor *want);

/* defer.c: defer frames (their layout is public: runtime.h) and the panic list (see its
 * opening comment) */
typedef struct Panic {
    struct Panic *link;           /* the older panic this one interrupted */
    GoInterface value;            /* an `any` */
    bool recovered;
    uintptr_t deferred_call_frame; /* while one of its deferred calls runs */
    const char *signal_text;      /* "[signal SIGSEGV: ...]" for faults, else NULL */
} Panic;
struct DeferState {
    DeferFrame *frames;           /* newest first; the first word (codegen pops frames) */
    Panic *panics;                /* newest first */
};
DeferState *runtime_current_defer_state(void);
noreturn void runtime_defer_longjmp(uintptr_t *buffer);
/* C code that must survive a panic (fmt calling String methods) keeps a DeferFrame as
 * a Go function does: runtime_defer_push(&frame, NULL), link its records, then
 * `if (runtime_defer_setjmp(frame.jump)) { recovered }`, and runtime_defer_return(&frame)
 * on both paths. */
int64_t runtime_defer_setjmp(void *buffer) __attribute__((returns_twice));
void runtime_defer_return(DeferFrame *frame);
noreturn void runtime_start_panic(GoInterface value, const char *signal_text);
/* a runtime.Error panic whose Error() is message; GUESS picks the type from the text */
enum { RUNTIME_ERROR_BOUNDS, RUNTIME_ERROR_STRING, RUNTIME_ERROR_PLAIN,
       RUNTIME_ERROR_TYPE_ASSERTION, RUNTIME_ERROR_GUESS };
noreturn void runtime_panic_error(int kind, const uint8_t *message, int64_t len,
                                  const char *signal_text);
/* panic.c: a panic value as gc prints it (Error()/String() first) */
void runtime_append_panic_value(ByteBuffer *out, const TypeDescriptor *type, void *data);
/* hash.c: hashing for maps, by type descriptor; the runtime's random numbers */
uint64_t runtime_random(void);
uint64_t hash_word(uint64_t word, uint64_t seed);
uint64_t hash_bytes(const void *data, int64_t length, uint64_t seed);
uint64_t hash_value(const TypeDescriptor *type, const void *addr, uint64_t seed); /* may panic */
int64_t type_alignment(const TypeDescriptor *type);
bool type_is_plain_memory(const TypeDescriptor *type);   /* hash and compare as raw bytes */

#endif /* MINIGO_INTERNAL_H */
