# The runtime ABI as codegen sees it: one table mirroring minigo/runtime/runtime.h.
#
# Design: every call from generated code into the C runtime goes through
# call_runtime(), which looks the name up in RUNTIME_FUNCTIONS and declares the
# function in the module on first use.  The table is therefore the whole contract
# between the two halves; a test parses runtime.h and checks the two agree.
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
    # the first fmt
    "runtime_fmt_sprint": (STRING, ["i8*", "i64"], ()),
    "runtime_fmt_sprintln": (STRING, ["i8*", "i64"], ()),
    "runtime_fmt_sprintf": (STRING, ["i8*", "i64", "i8*", "i64"], ()),
    "runtime_fmt_print": ("i64", ["i8*", "i64"], ()),
    "runtime_fmt_println": ("i64", ["i8*", "i64"], ()),
    "runtime_fmt_printf": ("i64", ["i8*", "i64", "i8*", "i64"], ()),
    "runtime_error_string": (INTERFACE, ["i8*", "i64"], ()),
    "runtime_fmt_errorf": (INTERFACE, ["i8*", "i64", "i8*", "i64"], ()),
    "runtime_errors_unwrap": (INTERFACE, ["i8*", "i8*"], ()),
    "runtime_errors_is": ("i64", ["i8*", "i8*", "i8*", "i8*"], ()),
    "runtime_errors_as": ("i64", ["i8*", "i8*", "i8*", "i8*"], ()),
    # the first strconv
    "runtime_strconv_itoa": (STRING, ["i64"], ()),
    "runtime_strconv_atoi": ("i64", ["i8*", "i64", "i8*"], ()),
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
    # safepoints: hand-written prologue check (sp < runtime_stack_guard) and back-edge poll
    "runtime_morestack": ("void", [], COLD),
    "runtime_preempt_poll": ("void", [], COLD),
    # blocking system calls
    "runtime_entersyscall": ("void", [], ()),
    "runtime_exitsyscall": ("void", [], ()),
    "runtime_read": ("i64", ["i64", "i8*", "i64"], ()),
    # channels: values travel through pointers to elemsize bytes
    "runtime_makechan": ("i8*", ["i64", "i64", "i64"], ()),
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
    "runtime_timer_stop": ("i64", ["i8*"], ()),
    "runtime_timer_reset": ("i64", ["i8*", "i64", "i64"], ()),
    # sync: semaphores on a uint32 word, Mutex spinning
    "runtime_semacquire": ("void", ["i8*", "i64"], ()),
    "runtime_semrelease": ("void", ["i8*", "i64"], ()),
    "runtime_sync_canspin": ("i64", ["i64"], ()),
    "runtime_sync_dospin": ("void", [], ()),
})

# the sync and time packages' library half (sync.c, timelib.c): values by address
RUNTIME_FUNCTIONS.update({
    "runtime_sync_mutex_lock": ("void", ["i8*"], ()),
    "runtime_sync_mutex_unlock": ("void", ["i8*"], ()),
    "runtime_sync_rwmutex_rlock": ("void", ["i8*"], ()),
    "runtime_sync_rwmutex_runlock": ("void", ["i8*"], ()),
    "runtime_sync_rwmutex_lock": ("void", ["i8*"], ()),
    "runtime_sync_rwmutex_unlock": ("void", ["i8*"], ()),
    "runtime_sync_waitgroup_add": ("void", ["i8*", "i64"], ()),
    "runtime_sync_waitgroup_wait": ("void", ["i8*"], ()),
    "runtime_sync_once_do": ("void", ["i8*", "i8*"], ()),
    "runtime_time_newtimer": ("i8*", ["i64", "i64"], ()),
    "runtime_time_timer_stop": ("i64", ["i8*"], ()),
    "runtime_time_timer_reset": ("i64", ["i8*", "i64", "i64"], ()),
    "runtime_time_duration_string": (STRING, ["i64"], ()),
})

# Thread-locals generated code reads (declare `external thread_local(initialexec)
# global`, read with `load atomic ... monotonic, align 8`): name -> LLVM type.
RUNTIME_THREAD_LOCALS: dict[str, str] = {
    "runtime_preempt_flag": "i64",     # loop back-edge: flag != 0 -> runtime_preempt_poll()
}
# select case record layout and directions (runtime.h's SelectCase)
SELECT_CASE = "{i8*, i8*, i64}"
SELECT_SEND = 1
SELECT_RECEIVE = 2
