/*
 * The compiler–runtime boundary of minigo, in one page.
 *
 * Every function here may be called by code that minigo/codegen emits; the Python
 * table minigo/codegen/runtime_abi.py declares the same names with their LLVM
 * signatures, and a test checks that the two agree.  Codegen calls the runtime only
 * through that table.
 *
 * Calling convention, chosen so that LLVM IR and the C ABI of x86-64 agree without
 * byval/sret games:
 *   - arguments are scalars only: integers, pointers, doubles.  A Go string travels
 *     as two arguments (ptr, len); a slice as three (ptr, len, cap); an interface as
 *     two (type, data);
 *   - a result is a scalar, or a GoString (16 bytes: returned in rax:rdx, which an
 *     LLVM `{i8*, i64}` return matches), or a GoInterface (same shape);
 *   - a slice result goes through an out-pointer passed as the first argument.
 *
 * Values in memory: int = int64; string = {ptr, len}; slice = {ptr, len, cap};
 * interface = {type descriptor, data}.  Interface data is the value itself when the
 * type is pointer-shaped (pointers, maps, chans, funcs) and otherwise a pointer to a
 * heap copy of the value.
 */
#ifndef MINIGO_RUNTIME_H
#define MINIGO_RUNTIME_H

#include <stdint.h>
#include <stddef.h>

typedef struct {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct {
    void *ptr;
    int64_t len;
    int64_t cap;
} GoSlice;

/* Kinds, numbered as Go's reflect.Kind. */
enum {
    KIND_INVALID, KIND_BOOL, KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
    KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
    KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128, KIND_ARRAY, KIND_CHAN,
    KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_POINTER, KIND_SLICE, KIND_STRING,
    KIND_STRUCT, KIND_UNSAFE_POINTER
};

/* TypeDescriptor.flags */
#define TYPE_FLAG_NO_POINTERS 1   /* values hold no pointers: the GC never scans them */
#define TYPE_FLAG_NAMED 2         /* a defined type: name is "main.T", not a literal */

typedef struct TypeDescriptor TypeDescriptor;

typedef struct {
    GoString name;
    const TypeDescriptor *type;
    int64_t offset;
    int64_t embedded;             /* 1 for an embedded field */
} StructField;

/* One per type, emitted by codegen as a constant global named "type:<type string>".
 * Users: interfaces and type switches (identity is the descriptor's address, one per
 * type per program), fmt's %v/%T, maps (hash/equal, later) and the GC (flags). */
struct TypeDescriptor {
    int64_t size;
    int64_t kind;                 /* KIND_* */
    int64_t flags;                /* TYPE_FLAG_* */
    GoString name;                /* as %T prints it: "int", "[]string", "main.Point" */
    const TypeDescriptor *elem;   /* pointer, slice, array, chan: element; map: value */
    const TypeDescriptor *key;    /* map key */
    int64_t length;               /* array length */
    const StructField *fields;    /* struct fields */
    int64_t field_count;
};

typedef struct {
    const TypeDescriptor *type;   /* NULL for a nil interface */
    void *data;
} GoInterface;

/* ---- tracebacks (traceback.c) ----
 * Codegen emits, per program, a table of its Go functions; Go functions keep frame
 * pointers ("frame-pointer"="all"), so a panic walks the rbp chain and names each
 * return address by the entry with the greatest start address below it. */
typedef struct {
    const void *entry;            /* function start */
    GoString name;                /* "main.main", "main.fib" */
    GoString file;                /* absolute path of the source file */
    int64_t line;                 /* line of the func keyword */
} FunctionInfo;
extern const FunctionInfo runtime_functab[];    /* unsorted; the runtime sorts a copy */
extern const int64_t runtime_functab_len;

/* ---- program start (main.c) ----
 * The C main() stores os.Args, calls the package initialisers then main.main
 * (codegen emits `main..init` and `main.main`), flushes stdout and exits 0. */
void runtime_args(GoSlice *out);                          /* os.Args */
void runtime_exit(int64_t code);                          /* os.Exit: flush, exit */

/* ---- memory (malloc.c) ---- zeroed; flags take TYPE_FLAG_NO_POINTERS */
void *runtime_alloc(int64_t size, int64_t flags);

/* ---- strings (string.c) ---- */
GoString runtime_concatstrings(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
int64_t runtime_cmpstring(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen); /* -1/0/1 */
GoString runtime_intstring(int64_t rune);                 /* string(rune) */
GoString runtime_slicebytetostring(const uint8_t *ptr, int64_t len);
void runtime_stringtoslicebyte(GoSlice *out, const uint8_t *ptr, int64_t len);
void runtime_stringtoslicerune(GoSlice *out, const uint8_t *ptr, int64_t len);
GoString runtime_slicerunetostring(const int32_t *ptr, int64_t len);
/* range over a string: decodes the rune at index; returns rune | (next index << 32) */
int64_t runtime_decoderune(const uint8_t *ptr, int64_t len, int64_t index);

/* ---- slices (slice.c) ---- grow to hold at least newlen elements (append) */
void runtime_growslice(GoSlice *out, void *ptr, int64_t len, int64_t cap, int64_t newlen,
                       int64_t elemsize, int64_t flags);

/* ---- panics (panic.c) ---- all noreturn: print Go's message, a traceback, exit 2 */
void runtime_panic_index(int64_t index, int64_t length);
/* which: 0 s[:high] with length, 1 s[:high] with capacity, 2 s[low:high] (low > high),
 *        3 s[::max] with capacity, 4 s[:high:max], 5 s[low:high:], (x, y) as Go prints them */
void runtime_panic_slice(int64_t which, int64_t x, int64_t y);
void runtime_panic_divide(void);
void runtime_panic_nil(void);                             /* nil pointer dereference */
void runtime_panic_shift(void);                           /* negative shift amount */
void runtime_gopanic(const TypeDescriptor *type, void *data); /* panic(v) */
void runtime_throw(const uint8_t *msg, int64_t len);      /* fatal error: msg */

/* ---- builtin print/println (print.c): to stderr, as gc's runtime prints ---- */
void runtime_printint(int64_t v);
void runtime_printuint(uint64_t v);
void runtime_printfloat(double v);                        /* +1.500000e+000 */
void runtime_printbool(int64_t v);
void runtime_printstring(const uint8_t *ptr, int64_t len);
void runtime_printpointer(const void *p);
void runtime_printsp(void);
void runtime_printnl(void);

/* ---- the first fmt (fmt.c); stdlib/fmt replaces it once interfaces exist ----
 * args points at n interface values.  Print* write to stdout and return bytes written. */
GoString runtime_fmt_sprint(const GoInterface *args, int64_t n);
GoString runtime_fmt_sprintln(const GoInterface *args, int64_t n);
GoString runtime_fmt_sprintf(const uint8_t *fmt, int64_t fmtlen, const GoInterface *args, int64_t n);
int64_t runtime_fmt_print(const GoInterface *args, int64_t n);
int64_t runtime_fmt_println(const GoInterface *args, int64_t n);
int64_t runtime_fmt_printf(const uint8_t *fmt, int64_t fmtlen, const GoInterface *args, int64_t n);
/* errors.New-like error value whose Error() is msg (used by strconv) */
GoInterface runtime_error_string(const uint8_t *msg, int64_t len);
/* err.Error() for the error values the runtime makes */
GoString runtime_error_message(const TypeDescriptor *type, void *data);

/* ---- the first strconv (strconv.c) ---- */
GoString runtime_strconv_itoa(int64_t v);
/* Atoi: the int result; *err receives nil or a *strconv.NumError-like error */
int64_t runtime_strconv_atoi(const uint8_t *ptr, int64_t len, GoInterface *err);

#endif
