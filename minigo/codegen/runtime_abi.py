# The runtime ABI as codegen sees it: one file mirroring minigo/runtime/runtime.h.
#
# Design: every call from generated code into the C runtime goes through
# call_runtime(), which looks the name up in RUNTIME_FUNCTIONS and declares the
# function in the module on first use; every constant the two halves share (type
# kinds and flags, the map iterator's and the defer frame's size, select
# directions), every C struct codegen builds or reads (LAYOUTS: type descriptors,
# the function table, defer frames and records, select cases), the sections codegen
# puts code and data in and the target triple live here too.  This file is
# therefore the whole contract between the two halves; tests/test_runtime_abi.py
# parses runtime.h and checks every name here against it.
#
# Invariants (runtime.h's calling convention): arguments are scalars only (a Go
# string travels as ptr, len; a slice as ptr, len, cap; an interface as type, data);
# a result is a scalar, a GoString '{i8*, i64}' or a GoInterface '{i8*, i8*}'; a
# slice result goes through an out-pointer passed first.  Every runtime function is
# nounwind; the panics are also noreturn and cold, so LLVM lays their calls out of
# the hot path and knows nothing follows them, and nomerge: a traceback names the
# statement that panicked from its call's line, and LLVM gives a call it merged from
# several statements (tail merging of identical panic blocks) line 0, which reads
# back as the function's own line.
from __future__ import annotations

import llvmlite.ir as ir

STRING = "{i8*, i64}"
INTERFACE = "{i8*, i8*}"

PANIC = ("noreturn", "cold", "nomerge")
READS_ARGUMENTS = ("memory(argmem: read)",)
# LLVM may then delete unused allocations and knows their size and that they are zeroed
ALLOCATOR = ('allockind("alloc,zeroed")', "allocsize(0)", '"alloc-family"="minigo"')

# name: (result type, argument types, attributes)
RUNTIME_FUNCTIONS: dict[str, tuple[str, list[str], tuple[str, ...]]] = {
    # program start
    "runtime_args": ("void", ["i8*"], ()),
    "runtime_exit": ("void", ["i64"], ("noreturn",)),
    "runtime_write": ("i64", ["i64", "i8*", "i64"], ()),
    # memory
    "runtime_alloc": ("i8*", ["i64", "i8*"], ALLOCATOR),
    # strings
    "runtime_concatstrings": (STRING, ["i8*", "i64", "i8*", "i64"], ()),
    "runtime_cmpstring": ("i64", ["i8*", "i64", "i8*", "i64"], READS_ARGUMENTS),
    "runtime_intstring": (STRING, ["i64"], ()),
    "runtime_slicebytetostring": (STRING, ["i8*", "i64"], ()),
    "runtime_stringtoslicebyte": ("void", ["i8*", "i8*", "i64"], ()),
    "runtime_stringtoslicerune": ("void", ["i8*", "i8*", "i64"], ()),
    "runtime_slicerunetostring": (STRING, ["i8*", "i64"], ()),
    "runtime_decoderune": ("i64", ["i8*", "i64", "i64"], READS_ARGUMENTS),
    # slices
    "runtime_growslice": ("{i8*, i64}", ["i8*", "i64", "i64", "i64", "i64", "i8*"], ()),
    # panics
    "runtime_panic_index": ("void", ["i64", "i64"], PANIC),
    "runtime_panic_slice": ("void", ["i64", "i64", "i64"], PANIC),
    "runtime_panic_divide": ("void", [], PANIC),
    "runtime_panic_nil": ("void", [], PANIC),
    "runtime_panic_shift": ("void", [], PANIC),
    "runtime_gopanic": ("void", ["i8*", "i8*"], PANIC),
    "runtime_throw": ("void", ["i8*", "i64"], PANIC),
    "runtime_panic_message": ("void", ["i8*", "i64"], PANIC),
    # builtin print/println
    "runtime_printint": ("void", ["i64"], ()),
    "runtime_printuint": ("void", ["i64"], ()),
    "runtime_printfloat": ("void", ["double"], ()),
    "runtime_printbool": ("void", ["i64"], ()),
    "runtime_printstring": ("void", ["i8*", "i64"], ()),
    "runtime_printpointer": ("void", ["i8*"], ()),
    "runtime_printsp": ("void", [], ()),
    "runtime_printnl": ("void", [], ()),
    # complex division (pure: reads and writes no memory)
    "runtime_complex128div": ("{double, double}", ["double"] * 4, ("memory(none)", "willreturn")),
    # interfaces (itab.c): itabs built at run time, assertions, comparison
    "runtime_itab_or_null": ("i8*", ["i8*", "i8*"], ("memory(read)",)),
    "runtime_assert_itab": ("i8*", ["i8*", "i8*"], ()),
    "runtime_panic_assert": ("void", ["i8*", "i8*", "i8*"], PANIC),
    "runtime_efaceeq": ("i64", ["i8*", "i8*", "i8*"], ()),
    # maps (map.c): lookups give the value's address or null, assignments the slot's
    "runtime_makemap": ("i8*", ["i8*", "i64"], ()),
    "runtime_mapaccess": ("i8*", ["i8*", "i8*", "i8*"], ()),
    "runtime_mapaccess_int64": ("i8*", ["i8*", "i64"], ()),
    "runtime_mapaccess_string": ("i8*", ["i8*", "i8*", "i64"], ()),
    "runtime_mapassign": ("i8*", ["i8*", "i8*", "i8*"], ()),
    "runtime_mapassign_int64": ("i8*", ["i8*", "i64"], ()),
    "runtime_mapassign_string": ("i8*", ["i8*", "i8*", "i64"], ()),
    "runtime_mapdelete": ("void", ["i8*", "i8*", "i8*"], ()),
    "runtime_mapdelete_int64": ("void", ["i8*", "i64"], ()),
    "runtime_mapdelete_string": ("void", ["i8*", "i8*", "i64"], ()),
    "runtime_mapiterinit": ("void", ["i8*", "i8*"], ()),
    "runtime_mapiternext": ("i8*", ["i8*"], ()),
    # defer, panic, recover (defer.c, defer_amd64.S)
    "runtime_defer_push": ("void", ["i8*", "i8*"], ()),
    "runtime_defer_setjmp": ("i64", ["i8*"], ("returns_twice",)),
    "runtime_recover": (INTERFACE, ["i8*"], ()),
    # C library: LLVM knows memcmp and turns short constant-length compares into loads
    "memcmp": ("i32", ["i8*", "i8*", "i64"], READS_ARGUMENTS),
}

# ---------------------------------------------------------------- constants (runtime.h)

TARGET_TRIPLE = "x86_64-unknown-linux-gnu"
DATA_LAYOUT = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
GO_TEXT_SECTION = "minigo_text"          # every function codegen emits but wrappers (traceback.c)
WRAPPER_SECTION = "minigo_wrappers"      # wrappers: recover() looks through them (defer.c)
GLOBALS_SECTION = "mg_globals"           # Go globals: roots of the collector (gc.c)
FUNCTION_TABLE_SECTION = "minigo_functab"  # FunctionInfo[] of every object (traceback.c)
TYPE_LINKS_SECTION = "minigo_typelinks"    # TypeDescriptor*[] of unnamed composite types (reflect.c)

# Kinds, numbered as Go's reflect.Kind (Basic types carry theirs: typesystem.Basic.kind)
KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP = 17, 18, 19, 20, 21
KIND_POINTER, KIND_SLICE, KIND_STRING, KIND_STRUCT, KIND_UNSAFE_POINTER = 22, 23, 24, 25, 26
# TypeDescriptor.flags
TYPE_FLAG_NO_POINTERS = 1
TYPE_FLAG_NAMED = 2
TYPE_FLAG_NONEMPTY_INTERFACE = 4
TYPE_FLAG_VARIADIC = 8
TYPE_FLAG_CHAN_RECV_ONLY = 16
TYPE_FLAG_CHAN_SEND_ONLY = 32
MAP_ITERATOR_WORDS = 10                  # the words codegen reserves for a map iterator
DEFER_FRAME_SIZE = 88                    # bytes of a DeferFrame in a function's frame
DEFER_FRAME_JUMP_OFFSET = 24             # where its jump buffer starts
DEFER_JUMP_WORDS = 8
SELECT_SEND = 1                          # SelectCase.direction
SELECT_RECEIVE = 2

# ---------------------------------------------------------------- layouts (runtime.h structs)

# name -> its fields in order: (C field name, LLVM type in the table's notation)
LAYOUTS: dict[str, tuple[tuple[str, str], ...]] = {
    "TypeDescriptor": (("size", "i64"), ("kind", "i64"), ("flags", "i64"), ("name", STRING),
                       ("elem", "i8*"), ("key", "i8*"), ("length", "i64"), ("fields", "i8*"),
                       ("field_count", "i64"), ("methods", "i8*"), ("method_count", "i64"),
                       ("pointer_mask", "i8*"), ("extra", "i8*"), ("ptr_to", "i8*")),
    # reflect's questions that only some types answer (descriptors.py): a named type's
    # package path, a func type's parameters then results (descriptor pointers) and call
    # wrapper, an array type's slice type
    "TypeExtra": (("pkg_path", STRING), ("params", "i8*"), ("in_count", "i64"),
                  ("out_count", "i64"), ("call", "i8*"), ("slice", "i8*")),
    "StructField": (("name", STRING), ("type", "i8*"), ("offset", "i64"), ("embedded", "i64"),
                    ("tag", STRING)),
    "Method": (("name", STRING), ("type", "i8*"), ("function", "i8*")),
    "Itab": (("type", "i8*"), ("inter", "i8*")),            # then the functions, one word each
    "FunctionInfo": (("entry", "i8*"), ("name", STRING), ("file", STRING), ("line", "i64")),
    "DeferRecord": (("next", "i8*"), ("closure", "i8*")),
    "DeferFrame": (("link", "i8*"), ("defers", "i8*"), ("state", "i8*"),
                   ("jump", f"[{DEFER_JUMP_WORDS} x i64]")),
    "SelectCase": (("channel", "i8*"), ("element", "i8*"), ("direction", "i64")),
}


def layout(name: str) -> ir.LiteralStructType:
    """The llvmlite struct type of runtime.h's struct `name`."""
    return ir.LiteralStructType([llvm_type(t) for _, t in LAYOUTS[name]])


def field_index(name: str, field: str) -> int:
    """The position of a field in LAYOUTS[name] (its word, for all-word structs)."""
    return [f for f, _ in LAYOUTS[name]].index(field)


_PRIMITIVES = {
    "void": ir.VoidType(),
    "i8": ir.IntType(8),
    "i32": ir.IntType(32),
    "i64": ir.IntType(64),
    "double": ir.DoubleType(),
    "i8*": ir.IntType(8).as_pointer(),
}


def llvm_type(text: str) -> ir.Type:
    """The llvmlite type a table string names ('i64', 'i8*', '{i8*, i64}', ...)."""
    text = text.strip()
    if text.startswith("["):
        count, element = text[1:-1].split(" x ")
        return ir.ArrayType(llvm_type(element), int(count))
    if text.startswith("{"):
        members = [part for part in text[1:-1].split(",") if part.strip()]
        return ir.LiteralStructType([llvm_type(member) for member in members])
    return _PRIMITIVES[text]


def declare_runtime(module: ir.Module, name: str) -> ir.Function:
    """The module's declaration of runtime function `name`, created on first use."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    result, arguments, attributes = RUNTIME_FUNCTIONS[name]
    function_type = ir.FunctionType(llvm_type(result), [llvm_type(a) for a in arguments])
    function = ir.Function(module, function_type, name)
    function.attributes.add("nounwind")
    for attribute in attributes:
        if attribute in function.attributes._known:
            function.attributes.add(attribute)
        else:
            set.add(function.attributes, attribute)   # outside llvmlite's allow-list
    if name == "runtime_alloc":
        function.return_value.add_attribute("noalias")
        function.return_value.add_attribute("nonnull")
    return function


def call_runtime(builder: ir.IRBuilder, module: ir.Module, name: str, args) -> ir.CallInstr:
    """Calls runtime function `name`; the only way codegen reaches the runtime."""
    function = declare_runtime(module, name)
    return builder.call(function, list(args))


def is_noreturn(name: str) -> bool:
    return "noreturn" in RUNTIME_FUNCTIONS[name][2]


# ---- goroutines, channels, select, time, sync (issue 4; runtime.h has the recipes) ----
COLD = ("cold",)
RUNTIME_FUNCTIONS.update({
    # goroutines: `go f(x)` = runtime_newproc(trampoline, block of f and x)
    "runtime_newproc": ("void", ["i8*", "i8*"], ()),
    "runtime_gosched": ("void", [], ()),
    "runtime_goexit_after_defers": ("void", [], ("noreturn",)),
    "runtime_numgoroutine": ("i64", [], ()),
    "runtime_gomaxprocs": ("i64", ["i64"], ()),
    "runtime_numcpu": ("i64", [], ()),
    "runtime_gc": ("void", [], ()),
    "runtime_setfinalizer": ("void", ["i8*", "i8*", "i8*", "i8*", "i8*", "i64"], ()),
    "runtime_keepalive": ("void", ["i8*", "i8*"], ()),
    "runtime_readmemstats": ("void", ["i8*"], ()),
    "runtime_setgcpercent": ("i64", ["i64"], ()),
    "runtime_freeosmemory": ("void", [], ()),
    "runtime_setmemorylimit": ("i64", ["i64"], ()),
    # the write barrier (write_barrier.py), compiled in only with MINIGO_WRITE_BARRIER=1
    "runtime_write_barrier": ("void", ["i8*", "i64"], ()),
    # safepoints: hand-written prologue check (sp < runtime_stack_guard) and back-edge poll
    "runtime_morestack": ("void", [], COLD),
    "runtime_preempt_poll": ("void", [], COLD),
    # blocking system calls
    "runtime_entersyscall": ("void", [], ()),
    "runtime_exitsyscall": ("void", [], ()),
    "runtime_read": ("i64", ["i64", "i8*", "i64"], ()),
    "runtime_sys_open": ("i64", ["i8*", "i64", "i64", "i64"], ()),
    "runtime_sys_close": ("i64", ["i64"], ()),
    "runtime_sys_unlink": ("i64", ["i8*", "i64"], ()),
    "runtime_sys_rmdir": ("i64", ["i8*", "i64"], ()),
    "runtime_sys_mkdir": ("i64", ["i8*", "i64", "i64"], ()),
    "runtime_sys_chdir": ("i64", ["i8*", "i64"], ()),
    "runtime_sys_stat": ("i64", ["i8*", "i64", "i8*", "i64"], ()),
    "runtime_sys_getcwd": ("i64", ["i8*", "i64"], ()),
    "runtime_sys_environ": ("void", ["i8*"], ()),
    "runtime_sys_call": ("i64", ["i64", "i64", "i64", "i64"], ()),
    "runtime_sys_call_buf": ("i64", ["i64", "i64", "i8*", "i64", "i64"], ()),
    "runtime_sys_call_ptr": ("i64", ["i64", "i8*", "i64", "i64"], ()),
    "runtime_sys_call_path": ("i64", ["i64", "i8*", "i64", "i8*", "i64", "i64"], ()),
    "runtime_sys_call_path2": ("i64", ["i64", "i8*", "i64", "i8*", "i64"], ()),
    "runtime_sys_forkexec": ("i64", ["i8*", "i64", "i8*", "i64", "i64", "i8*", "i64", "i64",
                                     "i8*", "i64", "i8*"], ()),
    "runtime_sys_signal": ("i64", ["i64", "i64"], ()),
    "runtime_sys_signal_recv": ("i64", [], ()),
    # channels: values travel through pointers to elemsize bytes
    "runtime_makechan": ("i8*", ["i64", "i64", "i64", "i8*"], ()),
    "runtime_chansend": ("void", ["i8*", "i8*"], ()),
    "runtime_chanrecv": ("i64", ["i8*", "i8*"], ()),
    "runtime_selectnbsend": ("i64", ["i8*", "i8*"], ()),
    "runtime_selectnbrecv": ("i64", ["i8*", "i8*", "i8*"], ()),
    "runtime_closechan": ("void", ["i8*"], ()),
    "runtime_chanlen": ("i64", ["i8*"], ()),
    "runtime_chancap": ("i64", ["i8*"], ()),
    # select: cases {i8* channel, i8* elem, i64 direction}; returns the case, -1 = default
    "runtime_select": ("i64", ["i8*", "i64", "i64", "i8*"], ()),
    # time
    "runtime_nanotime": ("i64", [], ()),
    "runtime_walltime": ("i64", [], ()),
    "runtime_sleep": ("void", ["i64"], ()),
    "runtime_timer_start": ("i8*", ["i8*", "i64", "i64"], ()),
    "runtime_timer_start_func": ("i8*", ["i8*", "i8*", "i64", "i64"], ()),
    "runtime_timer_start_closure": ("i8*", ["i8*", "i64", "i64"], ()),
    "runtime_time_register": ("void", ["i8*", "i64"], ()),
    "runtime_timer_stop": ("i64", ["i8*"], ()),
    "runtime_timer_reset": ("i64", ["i8*", "i64", "i64"], ()),
    # stdlib/sync: semaphores on a uint32 word, Mutex spinning
    "runtime_semacquire": ("void", ["i8*", "i64"], ()),
    "runtime_semrelease": ("void", ["i8*", "i64"], ()),
    "runtime_sync_canspin": ("i64", ["i64"], ()),
    "runtime_sync_dospin": ("void", [], ()),
    # stdlib/math: whether gc's amd64 Exp takes its FMA path (cpu.c)
    "runtime_cpu_has_fma": ("i64", [], ()),
})

# Thread-locals generated code reads (declare `external thread_local(initialexec)
# global`, read with `load atomic ... monotonic, align 8`): name -> LLVM type.
RUNTIME_THREAD_LOCALS: dict[str, str] = {
    "runtime_preempt_flag": "i64",     # loop back-edge: flag != 0 -> runtime_preempt_poll()
}

# Globals of the runtime generated code reads (declare `external global`): name -> LLVM type.
RUNTIME_GLOBALS: dict[str, str] = {
    "runtime_write_barrier_enabled": "i64",   # != 0: call runtime_write_barrier around stores
}

# ---- functions of stdlib/ declared without a body (codegen/bodyless.py) ----
# Go link name -> the runtime function codegen makes its body call.  The runtime
# function's signature is the Go signature scalarized by the calling convention above
# (bodyless.py checks the entry below against it at every use), so each mapping is
# declared here once and mirrored in runtime.h like every other runtime function.
# Functions of stdlib/ declared without a body that become instructions, not calls:
# sync/atomic's operations (codegen/sync_lowering.py ATOMIC_OPERATIONS lowers each to
# one LLVM atomic instruction, which importers inline), math/bits's word operations
# (codegen/bits_lowering.py) and math's instructions (codegen/math_lowering.py
# FLOAT_OPERATIONS).  Go link name -> operation.
ATOMIC_SUFFIXES = ("Int32", "Int64", "Uint32", "Uint64", "Uintptr")
BODYLESS_INTRINSICS: dict[str, str] = {
    **{f"sync/atomic.{operation}{suffix}": operation for suffix in ATOMIC_SUFFIXES
       for operation in ("Add", "Load", "Store", "Swap", "CompareAndSwap")},
    **{f"sync/atomic.{operation}Pointer": operation
       for operation in ("Load", "Store", "Swap", "CompareAndSwap")},
    # atomic.Value's pointer to its current entry (stdlib/sync/atomic/value.go)
    "sync/atomic.loadEntry": "Load",
    "sync/atomic.casEntry": "CompareAndSwap",
    # math/bits's word operations (codegen/bits_lowering.py BIT_OPERATIONS)
    **{f"math/bits.{name}": name for name in (
        "Mul64", "Add64", "Sub64", "div128", "Len64", "TrailingZeros64", "OnesCount64",
        "RotateLeft64", "RotateLeft32", "Reverse64", "ReverseBytes64")},
    # stdlib/math's instructions (codegen/math_lowering.py FLOAT_OPERATIONS)
    "math.Sqrt": "sqrt", "math.Abs": "fabs", "math.Copysign": "copysign",
    "math.floorInstruction": "floor", "math.ceilInstruction": "ceil",
    "math.truncInstruction": "trunc", "math.fmaInstruction": "fma",
    **{f"math.{name}": "reinterpret" for name in (
        "Float64bits", "Float64frombits", "Float32bits", "Float32frombits")},
}

BODYLESS_FUNCTIONS: dict[str, str] = {
    "internal/syscall.Read": "runtime_read",
    "internal/syscall.Write": "runtime_write",
    "internal/syscall.Open": "runtime_sys_open",
    "internal/syscall.Close": "runtime_sys_close",
    "internal/syscall.Unlink": "runtime_sys_unlink",
    "internal/syscall.Rmdir": "runtime_sys_rmdir",
    "internal/syscall.Mkdir": "runtime_sys_mkdir",
    "internal/syscall.Chdir": "runtime_sys_chdir",
    "internal/syscall.Stat": "runtime_sys_stat",
    "internal/syscall.Getcwd": "runtime_sys_getcwd",
    "internal/syscall.Environ": "runtime_sys_environ",
    "internal/syscall.Args": "runtime_args",
    "internal/syscall.Exit": "runtime_exit",
    "internal/syscall.Syscall": "runtime_sys_call",
    "internal/syscall.SyscallBuf": "runtime_sys_call_buf",
    "internal/syscall.SyscallPtr": "runtime_sys_call_ptr",
    "internal/syscall.SyscallPath": "runtime_sys_call_path",
    "internal/syscall.SyscallPath2": "runtime_sys_call_path2",
    "internal/syscall.ForkExec": "runtime_sys_forkexec",
    "internal/syscall.SetSignal": "runtime_sys_signal",
    "internal/syscall.SignalRecv": "runtime_sys_signal_recv",
    "internal/reflectlite.Comparable": "runtime_reflectlite_comparable",
    "internal/reflectlite.TargetKind": "runtime_reflectlite_targetkind",
    "internal/reflectlite.StoreIfAssignable": "runtime_reflectlite_store_if_assignable",
    "time.runtimeNano": "runtime_nanotime",
    "time.unixNano": "runtime_walltime",
    "time.Sleep": "runtime_sleep",
    "time.registerTimeValues": "runtime_time_register",
    "time.startChannelTimer": "runtime_timer_start",
    "time.startFuncTimer": "runtime_timer_start_closure",
    "time.stopTimer": "runtime_timer_stop",
    "time.resetTimer": "runtime_timer_reset",
    "sync/atomic.sameType": "runtime_reflectlite_same_type",
    "sync.semacquire": "runtime_semacquire",
    "sync.semrelease": "runtime_semrelease",
    "sync.canSpin": "runtime_sync_canspin",
    "math.cpuHasFMA": "runtime_cpu_has_fma",
    "sync.doSpin": "runtime_sync_dospin",
    "sync.fatal": "runtime_throw",
    "runtime.Gosched": "runtime_gosched",
    "runtime.Goexit": "runtime_goexit_after_defers",
    "runtime.NumGoroutine": "runtime_numgoroutine",
    "runtime.GOMAXPROCS": "runtime_gomaxprocs",
    "runtime.NumCPU": "runtime_numcpu",
    "runtime.GC": "runtime_gc",
    "runtime.KeepAlive": "runtime_keepalive",
    "runtime.readMemStats": "runtime_readmemstats",
    "runtime.callers": "runtime_callers",
    "runtime.pcFrames": "runtime_pc_frames",
    "runtime.pcFrameText": "runtime_pc_frame_text",
    "runtime.pcFrameLine": "runtime_pc_frame_line",
    "runtime.pcEntry": "runtime_pc_entry",
    "runtime.stack": "runtime_stack",
    "runtime/debug.SetGCPercent": "runtime_setgcpercent",
    "runtime/debug.FreeOSMemory": "runtime_freeosmemory",
    "runtime/debug.SetMemoryLimit": "runtime_setmemorylimit",
    "runtime/debug.SetMaxStack": "runtime_setmaxstack",
    # package reflect (reflect.c; maps and channels straight to map.c and chan.c)
    "reflect.typeWord": "runtime_reflect_type_word",
    "reflect.dataWord": "runtime_reflect_data_word",
    "reflect.pointerWord": "runtime_reflect_data_word",
    "reflect.makeEface": "runtime_reflect_make_eface",
    "reflect.add": "runtime_reflect_add",
    "reflect.addField": "runtime_reflect_add",
    "reflect.addMethod": "runtime_reflect_add",
    "reflect.addParam": "runtime_reflect_add",
    "reflect.asInt8": "runtime_reflect_pointer",
    "reflect.asInt16": "runtime_reflect_pointer",
    "reflect.asInt32": "runtime_reflect_pointer",
    "reflect.asInt64": "runtime_reflect_pointer",
    "reflect.asUint16": "runtime_reflect_pointer",
    "reflect.asUint32": "runtime_reflect_pointer",
    "reflect.asUint64": "runtime_reflect_pointer",
    "reflect.asFloat32": "runtime_reflect_pointer",
    "reflect.asFloat64": "runtime_reflect_pointer",
    "reflect.asString": "runtime_reflect_pointer",
    "reflect.asPointer": "runtime_reflect_pointer",
    "reflect.asSlice": "runtime_reflect_pointer",
    "reflect.asEface": "runtime_reflect_pointer",
    "reflect.asRtype": "runtime_reflect_pointer",
    "reflect.asBytes": "runtime_reflect_pointer",
    "reflect.asUint16s": "runtime_reflect_pointer",
    "reflect.asUint32s": "runtime_reflect_pointer",
    "reflect.asUint64s": "runtime_reflect_pointer",
    "reflect.asStrings": "runtime_reflect_pointer",
    "reflect.asPointers": "runtime_reflect_pointer",
    "reflect.unsafeNew": "runtime_reflect_new",
    "reflect.typeLinks": "runtime_reflect_type_links",
    "reflect.callWrapper": "runtime_reflect_call",
    "reflect.memmove": "runtime_reflect_memmove",
    "reflect.growslice": "runtime_reflect_growslice",
    "reflect.itabOrNil": "runtime_itab_or_null",
    "reflect.makemap": "runtime_makemap",
    "reflect.mapaccess": "runtime_mapaccess",
    "reflect.mapassign": "runtime_mapassign",
    "reflect.mapdelete": "runtime_mapdelete",
    "reflect.mapiterinit": "runtime_mapiterinit",
    "reflect.mapiternext": "runtime_mapiternext",
    "reflect.makechan": "runtime_makechan",
    "reflect.chanlen": "runtime_chanlen",
    "reflect.chancap": "runtime_chancap",
    "reflect.chansend": "runtime_chansend",
    "reflect.chanrecv": "runtime_chanrecv",
    "reflect.closechan": "runtime_closechan",
}

# Functions of stdlib/ declared without a body that codegen lowers at each call
# (codegen/sync_lowering.py CALL_SITE_HANDLERS), because the lowering needs the arguments'
# static types: runtime.SetFinalizer passes its finalizer's parameter type.  Their
# function bodies (for a func value) panic.
LOWERED_AT_CALLS = frozenset({"runtime.SetFinalizer"})
RUNTIME_FUNCTIONS.update({
    # internal/reflectlite (reflectlite.c): questions about an interface's dynamic type
    "runtime_reflectlite_comparable": ("i64", ["i8*", "i8*"], ("memory(read)",)),
    "runtime_reflectlite_targetkind": ("i64", ["i8*", "i8*"], ()),
    "runtime_reflectlite_store_if_assignable": ("i64", ["i8*", "i8*", "i8*", "i8*"], ()),
    "runtime_reflectlite_same_type": ("i64", ["i8*", "i8*", "i8*", "i8*"], ("memory(read)",)),
    # package runtime's stack questions (traceback.c), runtime/debug.SetMaxStack (stack.c)
    "runtime_callers": ("i64", ["i64", "i8*", "i64", "i64"], ()),
    "runtime_pc_frames": ("i64", ["i64"], ()),
    "runtime_pc_frame_text": (STRING, ["i64", "i64", "i64", "i64"], ()),
    "runtime_pc_frame_line": ("i64", ["i64", "i64", "i64"], ()),
    "runtime_pc_entry": ("i64", ["i64"], ()),
    "runtime_stack": ("i64", ["i8*", "i64", "i64", "i64"], ()),
    "runtime_setmaxstack": ("i64", ["i64"], ()),
    # package reflect (reflect.c): an interface's words, typed views of addresses, memory
    "runtime_reflect_call": ("void", ["i8*", "i8*", "i8*", "i8*", "i8*", "i64"], ()),
    "runtime_reflect_type_word": ("i8*", ["i8*", "i8*"], ("memory(none)",)),
    "runtime_reflect_data_word": ("i8*", ["i8*", "i8*"], ("memory(none)",)),
    "runtime_reflect_make_eface": (INTERFACE, ["i8*", "i8*"], ("memory(none)",)),
    "runtime_reflect_pointer": ("i8*", ["i8*"], ()),
    "runtime_reflect_add": ("i8*", ["i8*", "i64"], ()),
    "runtime_reflect_new": ("i8*", ["i8*", "i64"], ()),
    "runtime_reflect_type_links": ("void", ["i8*"], ()),
    "runtime_reflect_memmove": ("void", ["i8*", "i8*", "i64"], ()),
    "runtime_reflect_growslice": ("void", ["i8*", "i8*", "i64"], ()),
})
