/*
 * The compiler–runtime boundary of minigo, in one page.
 *
 * Every function here may be called by code that minigo/codegen emits, and every
 * constant and layout here is shared with it; minigo/codegen/runtime_abi.py declares
 * the same names with their LLVM signatures, values and layouts, and one test
 * (tests/test_runtime_abi.py) checks that the two agree.  Codegen calls the runtime
 * only through that table.  The runtime's private declarations are in internal.h.
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
#define TYPE_FLAG_NONEMPTY_INTERFACE 4  /* an interface with methods: its values' first word is an Itab* */
#define TYPE_FLAG_VARIADIC 8      /* a func type whose last parameter is ...T */
#define TYPE_FLAG_CHAN_RECV_ONLY 16  /* <-chan T */
#define TYPE_FLAG_CHAN_SEND_ONLY 32  /* chan<- T */

typedef struct TypeDescriptor TypeDescriptor;

/* One entry of a method table (itab.c).  function takes the interface's data word as its
 * receiver, then the method's arguments as any Go function takes them (NULL in an
 * interface type's list); type is the method's func type without the receiver. */
typedef struct {
    GoString name;
    const TypeDescriptor *type;
    void *function;
} Method;

typedef struct {
    GoString name;
    const TypeDescriptor *type;
    int64_t offset;
    int64_t embedded;             /* 1 for an embedded field */
    GoString tag;                 /* the field's tag, unquoted ("" for none) */
} StructField;

/* What reflect asks of only some types (TypeDescriptor.extra, NULL for the others):
 * a named type's package path ("main", "math/rand"), a func type's parameter types
 * then its result types, and the wrapper through which reflect calls such functions; an
 * array type's slice type. */
typedef struct {
    GoString pkg_path;
    const TypeDescriptor *const *params;   /* in_count + out_count descriptors */
    int64_t in_count;
    int64_t out_count;
    void *call;                  /* func types: codegen/reflect_calls.py's wrapper */
    const TypeDescriptor *slice;  /* array types: []elem (reflect's Value.Slice of an array) */
} TypeExtra;

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
    const Method *methods;        /* the method set, sorted by name (interfaces: their methods) */
    int64_t method_count;
    const uint64_t *pointer_mask; /* one value's, as runtime_alloc takes it (NULL: no pointers) */
    const TypeExtra *extra;       /* named types' package path, func types' signature (reflect) */
    const TypeDescriptor *ptr_to; /* *T, for T not a pointer (reflect's New and Addr) */
};

/* An interface value.  For an empty interface (any) the first word is the dynamic
 * type's descriptor; for one with methods it is an Itab* (whose first field is that
 * descriptor), read through interface_type() in itab.c.  NULL for a nil interface. */
typedef struct {
    const TypeDescriptor *type;
    void *data;
} GoInterface;

/* The method table of one (concrete type, interface) pair: functions[i] implements
 * inter->methods[i].  Built by codegen as a constant, or at run time by itab.c. */
typedef struct {
    const TypeDescriptor *type;
    const TypeDescriptor *inter;
    void *functions[];
} Itab;

/* ---- tracebacks (traceback.c) ----
 * Codegen emits, per module (one per package: separately compiled objects), a table
 * of every function it puts in the section minigo_text, into the section
 * minigo_functab, which the linker concatenates (entries are 32 bytes, 8-aligned,
 * so the tables of all objects form one array without gaps); Go functions keep frame pointers ("frame-pointer"="all"), so a panic
 * walks the rbp chain and names each return address inside that section by the
 * entry with the greatest start address below it. */
typedef struct {
    const void *entry;            /* function start */
    GoString name;                /* "main.main", "main.fib"; empty: hidden code */
    GoString file;                /* absolute path of the source file */
    int64_t line;                 /* line of the func keyword */
} FunctionInfo;

/* ---- where codegen puts things ----
 * The target, and the sections of the code and data codegen emits; the runtime
 * finds each section's bounds through the linker's __start_<name>/__stop_<name>. */
#define TARGET_TRIPLE "x86_64-unknown-linux-gnu"
#define GO_TEXT_SECTION "minigo_text"       /* every function codegen emits but wrappers (traceback.c) */
#define WRAPPER_SECTION "minigo_wrappers"   /* wrappers: recover() looks through them (defer.c) */
#define FUNCTION_TABLE_SECTION "minigo_functab" /* FunctionInfo[] of every object, unsorted (traceback.c) */
#define TYPE_LINKS_SECTION "minigo_typelinks" /* TypeDescriptor*[]: unnamed composite types (reflect.c) */
#define GLOBALS_SECTION "mg_globals"        /* Go globals: roots of the collector (gc.c) */

/* ---- program start (main.c) ----
 * The C main() stores os.Args, calls the package initialisers then main.main
 * (codegen emits `main..init` and `main.main`), freezes stdout and exits 0. */
void runtime_args(GoSlice *out);                          /* os.Args */
void runtime_exit(int64_t code);                          /* os.Exit */
/* write(2) for os.Stdout/os.Stderr, all of it (retried when short; fd 1 under
 * stdout's lock, shared with fmt, so one call's bytes stay together).
 * Returns the bytes written or -errno. */
int64_t runtime_write(int64_t fd, const uint8_t *ptr, int64_t len);

/* ---- memory (malloc.c) ---- zeroed memory for values laid out as pointer_mask
 * says: NULL for no pointers (never scanned), else {stride, bits...}: bit i (of
 * bits[i / 64]) set when word i of a value may hold a pointer, repeated every
 * stride words (codegen/pointer_masks.py; in C, GC_CONSERVATIVE: every word). */
void *runtime_alloc(int64_t size, const uint64_t *pointer_mask);

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
 * returns {new array, new cap} (in rax:rdx: no slot in the caller's frame keeps
 * the array alive); the first len elements are copied from ptr, the rest are
 * zero.  The new cap follows Go 1.19's rule, so cap() matches gc. */
typedef struct {
    void *ptr;
    int64_t cap;
} GrownSlice;
GrownSlice runtime_growslice(void *ptr, int64_t len, int64_t cap, int64_t newlen,
                             int64_t elemsize, const uint64_t *pointer_mask);

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

/* ---- complex division (complex.c): gc's complex128div, NaN and infinity rules included ---- */
typedef struct {
    double real;
    double imag;
} GoComplex128;                     /* {double, double}: returned in xmm0, xmm1 */
GoComplex128 runtime_complex128div(double n_real, double n_imag, double m_real, double m_imag);

/* ---- interfaces (itab.c) ----
 * inter is an interface type's descriptor, type a concrete one (NULL: a nil interface).
 * itab_or_null: the Itab for the pair, built once and cached; NULL when type is NULL or
 * lacks a method (x.(I) with comma-ok, type switches, interface-to-interface
 * conversions).  assert_itab: the same, but panics as gc does where that gives NULL. */
void *runtime_itab_or_null(const TypeDescriptor *inter, const TypeDescriptor *type);
void *runtime_assert_itab(const TypeDescriptor *inter, const TypeDescriptor *type);
/* x.(T) for a concrete T failed: "interface conversion: <inter> is <have|nil>, not <want>" */
void runtime_panic_assert(const TypeDescriptor *inter, const TypeDescriptor *have,
                          const TypeDescriptor *want);
/* the data words of two interface values holding the same dynamic type: equal?
 * Panics "comparing uncomparable type ..." for slices, maps, funcs (also inside). */
int64_t runtime_efaceeq(const TypeDescriptor *type, void *x, void *y);

/* ---- internal/reflectlite (reflectlite.c): bodies of stdlib functions declared
 * without one (codegen/bodyless.py; runtime_abi.BODYLESS_FUNCTIONS maps the Go names
 * here).  Each `interface{}` arrives as (type, data); bool results are 0 or 1.
 * comparable: == cannot panic (false for nil); targetkind: errors.As's target: 0 not a
 * non-nil pointer, 1 to an interface, 2 to an error type, 3 to another type;
 * store_if_assignable: *target = value if value's type is assignable to target's
 * element type.  (sort.Slice's Swapper and Len are package reflect's now.) */
int64_t runtime_reflectlite_comparable(const TypeDescriptor *type, void *data);
int64_t runtime_reflectlite_targetkind(const TypeDescriptor *type, void *data);
int64_t runtime_reflectlite_store_if_assignable(const TypeDescriptor *target_type, void *target,
                                                const TypeDescriptor *type, void *data);
/* ---- package runtime's stack questions (traceback.c; see stdlib/runtime/extern.go) ----
 * callers: the return address of each logical frame above the caller (runtime's own
 * left out), a frame inlined at a call repeating its address; pc_frames: how many
 * logical frames are at a return address; pc_frame_text/line: the index-th one's
 * function (field 0) or file (1), and line, at pc (a return address if is_return);
 * pc_entry: the entry of the Go function holding pc; stack: runtime.Stack. */
int64_t runtime_callers(int64_t skip, uintptr_t *pcs, int64_t len, int64_t cap);
int64_t runtime_pc_frames(uintptr_t pc);
GoString runtime_pc_frame_text(uintptr_t pc, int64_t is_return, int64_t index, int64_t field);
int64_t runtime_pc_frame_line(uintptr_t pc, int64_t is_return, int64_t index);
uintptr_t runtime_pc_entry(uintptr_t pc);
int64_t runtime_stack(uint8_t *buf, int64_t len, int64_t cap, int64_t all);
int64_t runtime_setmaxstack(int64_t bytes);      /* stack.c: runtime/debug.SetMaxStack */

/* sync/atomic.Value: whether two interfaces hold values of the same dynamic type */
int64_t runtime_reflectlite_same_type(const TypeDescriptor *x_type, void *x,
                                      const TypeDescriptor *y_type, void *y);

/* ---- defer, panic, recover (defer.c, defer_amd64.S) ----
 * A function with `defer` keeps a DeferFrame (DEFER_FRAME_SIZE bytes: words link,
 * defers, state, then the jump buffer) in its stack frame.  On entry it calls
 * runtime_defer_push(frame, results) then runtime_defer_setjmp(frame +
 * DEFER_FRAME_JUMP_OFFSET) (returns_twice: 1 when a deferred call recovered a panic).
 * A defer statement links a DeferRecord {next, closure} at the head of
 * `defers`; on return the function itself unlinks and calls the records (code(closure))
 * until none is left, then stores `link` into `state`'s first word (DeferState.frames).
 * results: the memory its results live in while deferred calls run (only passed, so
 * that LLVM keeps them in memory).  runtime_recover gets the frame address of the
 * function calling recover(). */
enum { DEFER_FRAME_JUMP_OFFSET = 24, DEFER_FRAME_SIZE = 88, DEFER_JUMP_WORDS = 8 };
typedef struct DeferRecord {
    struct DeferRecord *next;
    void *closure;                /* a func() value */
} DeferRecord;
typedef struct DeferState DeferState;
typedef struct DeferFrame {
    struct DeferFrame *link;      /* the caller's frame (older) */
    DeferRecord *defers;          /* newest first */
    DeferState *state;            /* the goroutine's, where the frame is linked */
    uintptr_t jump[DEFER_JUMP_WORDS]; /* defer_amd64.S */
} DeferFrame;
void runtime_defer_push(void *frame, void *results);
int64_t runtime_defer_setjmp(void *buffer);
GoInterface runtime_recover(const void *caller_frame);

/* ---- maps (map.c; hashing in hash.c) ----
 * A map value is an opaque pointer (nil = NULL) whose first word is len(m).  Lookups
 * return the address of the value, NULL when the key is absent (or the map nil);
 * assignments return the address of the value slot, inserting the key with a zero
 * value if needed (a nil map panics "assignment to entry in nil map").  The _int64
 * entry points serve keys that are one 64-bit word (integers, pointers) and _string
 * ones string keys; the others take the key's address and serve every key type.
 * Range: codegen reserves MAP_ITERATOR_WORDS words on its stack, calls
 * runtime_mapiterinit once, then runtime_mapiternext for each entry: it returns the
 * key's address (NULL after the last) and leaves the value's address in word 1. */
#define MAP_ITERATOR_WORDS 10
void *runtime_makemap(const TypeDescriptor *map_type, int64_t hint);
void *runtime_mapaccess(const TypeDescriptor *map_type, void *map, const void *key);
void *runtime_mapaccess_int64(void *map, int64_t key);
void *runtime_mapaccess_string(void *map, const uint8_t *ptr, int64_t len);
void *runtime_mapassign(const TypeDescriptor *map_type, void *map, const void *key);
void *runtime_mapassign_int64(void *map, int64_t key);
void *runtime_mapassign_string(void *map, const uint8_t *ptr, int64_t len);
void runtime_mapdelete(const TypeDescriptor *map_type, void *map, const void *key);
void runtime_mapdelete_int64(void *map, int64_t key);
void runtime_mapdelete_string(void *map, const uint8_t *ptr, int64_t len);
void runtime_mapiterinit(void *map, void *iterator);
void *runtime_mapiternext(void *iterator);

/* ---- goroutines (goroutine.c, sched.c) ----
 * `go f(x, y)`: codegen evaluates the function value and the arguments at the go
 * statement, stores them in a block from runtime_alloc, and calls
 *     runtime_newproc(trampoline, block)
 * where trampoline is a function `void trampoline(i8* block)` it emits per go
 * statement (C calling convention, "frame-pointer"="all", nounwind) that loads the
 * values from the block and calls f with them; when it returns, the goroutine
 * ends.  Leave trampolines out of the function table (minigo_functab), so a traceback shows f called
 * from nothing and "created by" the function holding the go statement, as gc
 * does.  The new goroutine runs later, maybe on another thread; newproc returns
 * at once.  main.main runs as goroutine 1; when it returns the program exits. */
void runtime_newproc(void *fn, void *block);
void runtime_gosched(void);                               /* runtime.Gosched */
/* runtime.Goexit (defer.c): runs the goroutine's deferred calls, then ends it (noreturn) */
void runtime_goexit_after_defers(void);
int64_t runtime_numgoroutine(void);                       /* runtime.NumGoroutine */
int64_t runtime_gomaxprocs(int64_t n);     /* runtime.GOMAXPROCS: n < 1 only asks; returns the old value */
int64_t runtime_numcpu(void);                             /* runtime.NumCPU */
void runtime_gc(void);                                    /* runtime.GC (gc.c) */
/* runtime.SetFinalizer (finalizer.c): obj and finalizer as interfaces; parameter
 * is the finalizer's parameter type and shape what its static type says: 0 one
 * parameter, 1 variadic, 2 another count (NULL and 0 when it is untyped nil) */
void runtime_setfinalizer(const TypeDescriptor *object_type, void *object,
                          const TypeDescriptor *function_type, void *function,
                          const TypeDescriptor *parameter, int64_t shape);
void runtime_keepalive(const TypeDescriptor *type, void *data);   /* runtime.KeepAlive */
void runtime_readmemstats(void *stats);                   /* runtime.ReadMemStats(*MemStats) */
int64_t runtime_setgcpercent(int64_t percent);            /* debug.SetGCPercent */
void runtime_freeosmemory(void);                          /* debug.FreeOSMemory */
int64_t runtime_setmemorylimit(int64_t limit);            /* debug.SetMemoryLimit (< 0: only asks) */

/* ---- safepoints: stack checks and preemption (preempt.c, stack.c) ----
 *  - Function entry: give every Go function the attribute "split-stack" (a leaf
 *    with a frame under 1 KiB that calls no Go function may go without: the red
 *    zone absorbs it, and it then is no preemption point).  LLVM's prologue then
 *    compares sp - frame size with the thread's guard word (%fs:0x70, the TCB slot
 *    the x86-64 ABI keeps for split stacks) before the frame is touched and calls
 *    __morestack (asm_amd64.S) when the frame does not fit: the runtime yields if
 *    the guard was poisoned for a preemption, and runs the function on a new stack
 *    segment if it needs room (stack.c).  Below the guard there are STACK_RED_ZONE
 *    (16 KiB) for the runtime's C code.
 *  - Loop back-edges (every loop, so `for {}` can be preempted): a thread-local
 *        @runtime_preempt_flag = external thread_local(initialexec) global i64
 *    read with `load atomic i64 ... monotonic, align 8` (another thread writes it;
 *    a plain load would be hoisted out of loops):
 *        if (load(@runtime_preempt_flag) != 0) call void @runtime_preempt_poll() ; cold
 *    The call may switch the goroutine to another thread: re-read the flag by name.
 * C code written by hand as Go code (the scheduler tests) checks its stack with
 *        if (sp < runtime_stack_guard) runtime_morestack();
 * which yields on a preemption request and dies with gc's "stack overflow" fatal
 * error when sp is really below the guard: C frames cannot move to a new segment. */
void runtime_morestack(void);
void runtime_preempt_poll(void);
/* the guard word of the current thread (at %fs:0x70), as an lvalue: the thread
 * pointer is read anew each time (a goroutine may resume on another thread) */
#define runtime_stack_guard (*({ uint8_t *thread_pointer_; __asm__ volatile("movq %%fs:0, %0" : "=r"(thread_pointer_)); (uintptr_t *)(thread_pointer_ + 0x70); }))
extern __thread int64_t runtime_preempt_flag;

/* ---- the write barrier (gc.c; codegen/write_barrier.py) ----
 * Compiled in only when a program is built with MINIGO_WRITE_BARRIER=1: a store
 * of a value holding pointers into memory that may be the heap (size bytes at
 * slot) becomes, while runtime_write_barrier_enabled is set (read monotonic),
 *     runtime_write_barrier(slot, size); store; runtime_write_barrier(slot, size);
 * so the collector sees the pointers overwritten and the ones written. */
extern int64_t runtime_write_barrier_enabled;
void runtime_write_barrier(void *slot, int64_t size);

/* ---- blocking system calls (syscall.c) ----
 * Around a system call that may block, so other goroutines run meanwhile:
 *     runtime_entersyscall(); ...the call...; runtime_exitsyscall();
 * Nothing between them may touch the Go heap or call back into the runtime.
 * runtime_write (above) and runtime_read do this themselves. */
void runtime_entersyscall(void);
void runtime_exitsyscall(void);
int64_t runtime_read(int64_t fd, uint8_t *ptr, int64_t len);   /* bytes read, 0 at EOF, or -errno */
/* stdlib/os's system calls (bodies of stdlib/internal/syscall's bodyless functions):
 * a path is a Go string (ptr, len); each returns its result (a descriptor, a length,
 * 0) or -errno, releasing the P while it blocks.  stat fills six int64_t: size,
 * st_mode, modification time in seconds and nanoseconds, device and inode; follow = 0 is lstat.
 * getcwd writes the working directory into ptr and returns its length. */
int64_t runtime_sys_open(const uint8_t *ptr, int64_t len, int64_t flags, int64_t mode);
int64_t runtime_sys_close(int64_t fd);
int64_t runtime_sys_unlink(const uint8_t *ptr, int64_t len);
int64_t runtime_sys_rmdir(const uint8_t *ptr, int64_t len);
int64_t runtime_sys_mkdir(const uint8_t *ptr, int64_t len, int64_t mode);
int64_t runtime_sys_chdir(const uint8_t *ptr, int64_t len);
int64_t runtime_sys_stat(const uint8_t *ptr, int64_t len, void *out, int64_t follow);
int64_t runtime_sys_getcwd(uint8_t *ptr, int64_t len);
void runtime_sys_environ(GoSlice *out);                  /* the environment at startup */
/* Generic system calls (syscall.c): trap numbers are Linux amd64's, named by
 * stdlib/internal/syscall; each returns the call's result or -errno.  _buf passes
 * trap(a1, buf, n, a4); _ptr trap(ptr, a2, a3); _path trap(path, buf, a2) when buf
 * is not NULL, else trap(path, a2, a3); _path2 trap(path1, path2). */
int64_t runtime_sys_call(int64_t trap, int64_t a1, int64_t a2, int64_t a3);
int64_t runtime_sys_call_buf(int64_t trap, int64_t a1, uint8_t *buf, int64_t n, int64_t a4);
int64_t runtime_sys_call_ptr(int64_t trap, void *ptr, int64_t a2, int64_t a3);
int64_t runtime_sys_call_path(int64_t trap, const uint8_t *ptr, int64_t len, uint8_t *buf,
                              int64_t a2, int64_t a3);
int64_t runtime_sys_call_path2(int64_t trap, const uint8_t *ptr1, int64_t len1,
                               const uint8_t *ptr2, int64_t len2);
/* process.c: fork and exec path (argv, envv, dir "" = the parent's), fds[0..2] the
 * child's stdin, stdout, stderr (-1: closed): the child's pid or -errno */
int64_t runtime_sys_forkexec(const uint8_t *path_ptr, int64_t path_len, const GoString *argv,
                             int64_t argc, int64_t argv_cap, const GoString *envv, int64_t envc,
                             int64_t envv_cap, const uint8_t *dir_ptr, int64_t dir_len,
                             const int64_t *fds);
/* signal.c: a signal's disposition (how: -1 query, 0 default, 1 catch, 2 ignore; returns
 * the previous one) and the next caught signal (blocks in the syscall state) */
int64_t runtime_sys_signal(int64_t sig, int64_t how);
int64_t runtime_sys_signal_recv(void);

/* ---- channels (chan.c) ----
 * A chan value is a pointer to the runtime's channel (nil = NULL).  Values move
 * through pointers to elemsize bytes: codegen stores a send's value in a stack
 * slot and passes its address; a receive writes the value at elem_ptr (NULL: the
 * value is discarded, as in `<-c`).
 *   make(chan T, n)     runtime_makechan(sizeof(T), type flags, n, T's pointer mask)
 *   c <- v              runtime_chansend(c, &v)
 *   v := <-c            runtime_chanrecv(c, &v)
 *   v, ok := <-c        ok = runtime_chanrecv(c, &v)   (1 = a value came, 0 = closed)
 *   for v := range c    loop while runtime_chanrecv(c, &v) != 0
 *   close(c)            runtime_closechan(c)
 *   len(c), cap(c)      runtime_chanlen(c), runtime_chancap(c)
 * A select with one case and a default is the non-blocking form (gc's compiler
 * does the same); a select with one case and no default is the plain operation:
 *   select { case c <- v: A; default: B }       if runtime_selectnbsend(c, &v) A else B
 *   select { case v, ok := <-c: A; default: B } if runtime_selectnbrecv(c, &v, &ok) A else B
 * They panic as gc does (send on closed channel, close of nil channel, close of
 * closed channel, makechan: size out of range); a nil channel blocks forever. */
void *runtime_makechan(int64_t elemsize, int64_t flags, int64_t cap, const uint64_t *pointer_mask);
void runtime_chansend(void *c, const void *elem_ptr);
int64_t runtime_chanrecv(void *c, void *elem_ptr);
int64_t runtime_selectnbsend(void *c, const void *elem_ptr);
int64_t runtime_selectnbrecv(void *c, void *elem_ptr, int64_t *received);
void runtime_closechan(void *c);
int64_t runtime_chanlen(void *c);
int64_t runtime_chancap(void *c);

/* ---- select (select.c) ----
 * codegen fills an array of cases on the stack, in source order, without the
 * default:
 *     { i8* channel, i8* elem_ptr, i64 direction }   (direction: SELECT_SEND/RECEIVE)
 * (a send case's value stored in a slot first, as for runtime_chansend; a
 * receive case's elem_ptr may be NULL), then
 *     chosen = runtime_select(cases, count, has_default, &received_ok)
 * chosen is the index of the case that ran, or -1 when the default did;
 * received_ok is the `ok` of a receive case (may be passed NULL).  Then switch on
 * chosen.  `select {}` is runtime_select(NULL, 0, 0, NULL) and never returns. */
typedef struct {
    void *channel;
    void *element;
    int64_t direction;
} SelectCase;
#define SELECT_SEND 1
#define SELECT_RECEIVE 2
int64_t runtime_select(SelectCase *cases, int64_t count, int64_t has_default, int64_t *received_ok);

/* ---- time (time.c): stdlib/time's bodyless functions ----
 * Times are int64 nanoseconds: `when` arguments on the runtime_nanotime clock
 * (monotonic).  A channel timer sends, without blocking, the current time as
 * stdlib/time's Time lays it out (gc's layout: {wall, ext, loc}, time.c), with
 * the Location and monotonic origin registered by runtime_time_register
 * (time.Local, time's startNano), the rest zero, on its channel; with
 * period > 0 it repeats (a Ticker).  A function timer runs `go fn(argument)`
 * (fn as runtime_newproc's); a closure timer runs `go f()` for a Go func() value
 * (time.AfterFunc).  A handle is a pointer to the timer; stop and reset return 1
 * when the timer was pending. */
int64_t runtime_nanotime(void);
int64_t runtime_walltime(void);                           /* Unix nanoseconds */
void runtime_sleep(int64_t ns);                           /* time.Sleep */
void runtime_time_register(void *local, int64_t start_nano);
void *runtime_timer_start(void *c, int64_t when, int64_t period);
void *runtime_timer_start_func(void *fn, void *argument, int64_t when, int64_t period);
void *runtime_timer_start_closure(void *closure, int64_t when, int64_t period);
int64_t runtime_timer_stop(void *timer);
int64_t runtime_timer_reset(void *timer, int64_t when, int64_t period);

/* ---- sync (sema.c) ----
 * The sleeping half of stdlib/sync's Mutex, RWMutex, WaitGroup and Cond (their
 * fast paths are atomics in Go; sync's functions without a body call these).  address points at a uint32 semaphore count:
 * semacquire waits until it is > 0 and decrements it (lifo: queue at the front,
 * for a Mutex waiter that already waited); semrelease increments it and wakes
 * one waiter (handoff: give the unit straight to that waiter).  canspin/dospin:
 * sync.Mutex's "may I spin?" for the round-th time, and one spin. */
void runtime_semacquire(void *address, int64_t lifo);
void runtime_semrelease(void *address, int64_t handoff);
int64_t runtime_sync_canspin(int64_t round);
void runtime_sync_dospin(void);

/* stdlib/math (cpu.c): 1 when the CPU has AVX and FMA, the test gc's amd64
 * math.Exp makes to choose its fused multiply-add path. */
int64_t runtime_cpu_has_fma(void);



/* C library functions generated code calls by name: LLVM knows their meaning and
 * turns a memcmp of a short constant length into a few loads. */
int memcmp(const void *a, const void *b, size_t n);

/* ---- package reflect (reflect.c) ---- stdlib/reflect's bodyless functions: an
 * interface{}'s words, one address under other Go pointer types, memory for values */
void *runtime_reflect_type_word(const TypeDescriptor *type, void *data);
void *runtime_reflect_data_word(const TypeDescriptor *type, void *data);
GoInterface runtime_reflect_make_eface(const TypeDescriptor *type, void *data);
void *runtime_reflect_pointer(void *p);
void *runtime_reflect_add(uint8_t *p, int64_t offset);
void *runtime_reflect_new(const TypeDescriptor *type, int64_t count);
/* every descriptor of the section TYPE_LINKS_SECTION (duplicates possible): the
 * unnamed composite types the program names, which reflect's SliceOf, MapOf, ... must
 * return rather than make another */
void runtime_reflect_type_links(GoSlice *out);
void runtime_reflect_memmove(void *dst, const void *src, int64_t size);
void runtime_reflect_growslice(const TypeDescriptor *elem, GoSlice *header, int64_t newlen);
/* Value.Call: wrapper(code, context, args, results, method), a TypeExtra.call */
void runtime_reflect_call(void *wrapper, void *code, void *context, void *args, void *results,
                          int64_t method);

#endif
