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
/* write(2) for os.Stdout/os.Stderr: fd 1 goes through the runtime's stdout buffer
 * (shared with fmt), fd 2 flushes that buffer first so the two streams stay in order.
 * Returns the bytes written or -errno. */
int64_t runtime_write(int64_t fd, const uint8_t *ptr, int64_t len);

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

/* ---- slices (slice.c) ---- grow to hold at least newlen elements (append):
 * out = {new array, newlen, new cap}; the first len elements are copied from ptr,
 * the rest are zero.  The new cap follows Go 1.19's rule, so cap() matches gc. */
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
/* a runtime panic whose text is msg as is: "assignment to entry in nil map",
 * "interface conversion: ..." (printed as "panic: " + msg) */
void runtime_panic_message(const uint8_t *msg, int64_t len);

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

/* ======================================================================
 * Inside the runtime only: the C files share these; codegen never calls them
 * (the ABI test ignores this block).
 * ====================================================================== */
#ifdef MINIGO_RUNTIME_INTERNAL
#include <stdbool.h>
#include <stdnoreturn.h>

/* output.c: the stdout buffer and stderr */
void runtime_flush_stdout(void);
void runtime_write_stdout(const void *ptr, size_t len);
void runtime_write_stderr(const void *ptr, size_t len);   /* flushes stdout first */
void runtime_write_stderr_cstring(const char *text);
void runtime_stdout_print_finished(void);                 /* end of one fmt.Print call */

/* malloc.c: the allocation size gc would give a request of `size` bytes */
int64_t runtime_roundupsize(int64_t size);

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
void buffer_append_repeated(ByteBuffer *buffer, uint8_t byte, int64_t count);
void buffer_append_rune(ByteBuffer *buffer, int32_t rune);
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

/* strconv.c: quoting and printability as strconv defines them */
bool strconv_is_print(int32_t rune);
bool strconv_can_backquote(const uint8_t *ptr, int64_t len);
void strconv_append_quote(ByteBuffer *buffer, const uint8_t *ptr, int64_t len, bool ascii_only);
void strconv_append_quote_rune(ByteBuffer *buffer, int32_t rune, bool ascii_only);

/* ftoa.c: strconv.AppendFloat(buffer, value, verb, precision, bitsize);
 * verb is one of b e E f g G x X; precision < 0 asks for the shortest exact form */
void ftoa_append(ByteBuffer *buffer, double value, int verb, int64_t precision, int bitsize);

/* fmt_value.c: one value formatted for one verb, as Go's fmt does (fmt.c drives it) */
typedef struct {
    ByteBuffer *out;
    bool plus, minus, sharp, space, zero;   /* the flags + - # space 0 */
    bool plus_v, sharp_v;                   /* %+v and %#v */
    bool width_present, precision_present;
    int64_t width, precision;
    bool erroring;                          /* inside %!verb(...): no Error() calls */
} Printer;
void fmt_print_arg(Printer *printer, const GoInterface *arg, int32_t verb);
/* an integer of any signed (unsigned) kind at addr, widened */
int64_t value_read_signed(const TypeDescriptor *type, const void *addr);
uint64_t value_read_unsigned(const TypeDescriptor *type, const void *addr);
bool kind_is_signed_integer(int64_t kind);
bool kind_is_unsigned_integer(int64_t kind);
void fmt_clear_flags(Printer *printer);

/* error.c: the error values the runtime makes: *errors.errorString and
 * *strconv.NumError{Func, Num, Err} with Go's layouts */
bool runtime_is_runtime_error_type(const TypeDescriptor *type);
GoInterface runtime_make_num_error(const char *function, GoString number, GoInterface err);
extern const GoInterface runtime_strconv_err_syntax;   /* strconv.ErrSyntax */
extern const GoInterface runtime_strconv_err_range;    /* strconv.ErrRange */

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

/* main.c: the main goroutine's stack, so tracebacks and the SIGSEGV handler can
 * tell a stack overflow and stop walking at its top */
extern uintptr_t runtime_main_stack_low;
extern uintptr_t runtime_main_stack_high;

/* asm_amd64.S: run fn on another stack, return when it returns */
void runtime_call_on_stack(void (*fn)(void), void *stack_top);
#endif /* MINIGO_RUNTIME_INTERNAL */

/* added by codegen */
/* C library functions generated code calls by name: LLVM knows their meaning and
 * turns a memcmp of a short constant length into a few loads. */
int memcmp(const void *a, const void *b, size_t n);

#endif
