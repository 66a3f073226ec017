# Calls into the concurrency library packages: sync, sync/atomic, runtime.
#
# Design: like library.py, a Func's link_name picks the lowering ('sync.(*Mutex).Lock',
# 'sync/atomic.AddInt64').  sync's methods are one runtime call each on the value's
# address (runtime/sync.c); sync/atomic becomes LLVM atomic instructions
# (sequentially consistent, as Go's memory model asks of them), so LLVM can keep
# them inline.  (time is Go source in stdlib/time.)
# A library method reached through an interface needs a real function:
# define_library_bodies gives every declared-but-bodiless library Func in the module
# a body that lowers the call the same way.
#
# Handlers read their operands from a LibraryCall (library_call.py), as library.py's do.
#
# Invariant: handlers return what library.call_library promises: None, a register
# value (a bool as i1), or the struct of several results.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.library_call import Evaluated, LibraryCall

def _argument(fc: FunctionCompiler, call: LibraryCall, index: int) -> ir.Value:
    return call.argument(fc, index)


# ---------------------------------------------------------------- sync

def _on_address(runtime_name: str, *extra):
    """m.Method() as runtime_name(&m, extra...)."""
    def lower(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
        fc.nil_check(receiver)
        fc.runtime(runtime_name, receiver, *[i64(v) for v in extra])
    return lower


def _waitgroup_add(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    fc.nil_check(receiver)
    fc.runtime("runtime_sync_waitgroup_add", receiver, _argument(fc, call, 0))


def _once_do(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    fc.nil_check(receiver)
    fc.runtime("runtime_sync_once_do", receiver, fc.raw(_argument(fc, call, 0)))


# ---------------------------------------------------------------- sync/atomic

def _atomic_operands(fc: FunctionCompiler, call: LibraryCall, receiver):
    """(typed pointer, the value type, the value arguments), after a nil check: the
    pointer is the first argument of a function (atomic.AddInt64(&x, 1)), or the
    receiver of a method (x.Add(1) on an atomic.Int64, whose value is its field)."""
    signature = call.signature
    if receiver is None:
        pointer = _argument(fc, call, 0)
        value_type = ts.underlying(signature.params.vars[0].type).elem
        first = 1
    else:
        pointer = receiver          # every method but Load takes a value, Load returns one
        value_type = (signature.params.vars or signature.results.vars)[0].type
        first = 0
    fc.nil_check(pointer)
    others = [_argument(fc, call, index) for index in range(first, len(call))]
    return fc.typed(pointer, value_type), value_type, others


def _atomic_add(fc: FunctionCompiler, call: LibraryCall, receiver=None):
    pointer, _, (delta,) = _atomic_operands(fc, call, receiver)
    old = fc.builder.atomic_rmw("add", pointer, delta, "seq_cst")
    return fc.builder.add(old, delta)


def _atomic_swap(fc: FunctionCompiler, call: LibraryCall, receiver=None):
    pointer, _, (new,) = _atomic_operands(fc, call, receiver)
    return fc.builder.atomic_rmw("xchg", pointer, new, "seq_cst")


def _atomic_load(fc: FunctionCompiler, call: LibraryCall, receiver=None):
    pointer, value_type, _ = _atomic_operands(fc, call, receiver)
    return fc.builder.load_atomic(pointer, "seq_cst", lt.size_of(value_type))


def _atomic_store(fc: FunctionCompiler, call: LibraryCall, receiver=None):
    pointer, value_type, (value,) = _atomic_operands(fc, call, receiver)
    fc.builder.store_atomic(value, pointer, "seq_cst", lt.size_of(value_type))


def _atomic_compare_and_swap(fc: FunctionCompiler, call: LibraryCall, receiver=None):
    pointer, _, (old, new) = _atomic_operands(fc, call, receiver)
    pair = fc.builder.cmpxchg(pointer, old, new, "seq_cst", "seq_cst")
    return fc.builder.extract_value(pair, 1)


ATOMIC_OPERATIONS = {"Add": _atomic_add, "Load": _atomic_load, "Store": _atomic_store,
                     "Swap": _atomic_swap, "CompareAndSwap": _atomic_compare_and_swap}


def _atomic_handlers() -> dict:
    handlers = {}
    for suffix in ("Int32", "Int64", "Uint32", "Uint64"):
        for operation, lower in ATOMIC_OPERATIONS.items():
            handlers[f"sync/atomic.{operation}{suffix}"] = lower
            handlers[f"sync/atomic.(*{suffix}).{operation}"] = lower
    return handlers


# ---------------------------------------------------------------- runtime

def _runtime_call(name: str, with_argument: bool = False):
    def lower(fc: FunctionCompiler, call: LibraryCall):
        arguments = [_argument(fc, call, 0)] if with_argument else []
        return fc.runtime(name, *arguments)
    return lower


def _read_mem_stats(fc: FunctionCompiler, call: LibraryCall):
    stats = _argument(fc, call, 0)
    fc.runtime("runtime_readmemstats", fc.builder.bitcast(stats, ir.IntType(8).as_pointer()))


FINALIZER_ONE_PARAMETER, FINALIZER_VARIADIC, FINALIZER_WRONG_COUNT = 0, 1, 2


def _set_finalizer(fc: FunctionCompiler, call: LibraryCall):
    """runtime_setfinalizer with what the finalizer's static type says about its
    parameters (a func value's descriptor does not list them): finalizer.c."""
    b = fc.builder
    target = _argument(fc, call, 0)
    finalizer = _argument(fc, call, 1)
    where = call.arguments[1] if isinstance(call.arguments[1], ast.Node) else call.node
    signature = ts.underlying(call.arguments[1].type)
    parameter = ir.Constant(lt.POINTER, None)
    shape = FINALIZER_ONE_PARAMETER
    if isinstance(signature, ts.Signature):
        if signature.results.vars:
            unsupported(where, "a finalizer with results")
        parameters = signature.params.vars
        if signature.variadic:
            shape = FINALIZER_VARIADIC
        elif len(parameters) != 1:
            shape = FINALIZER_WRONG_COUNT
        else:
            parameter = fc.program.descriptors.descriptor(parameters[0].type)
    elif not call.is_nil(1):
        unsupported(where, "a finalizer that is not a func value")
    fc.runtime("runtime_setfinalizer", b.extract_value(target, 0), b.extract_value(target, 1),
               b.extract_value(finalizer, 0), b.extract_value(finalizer, 1), parameter, i64(shape))


def _keep_alive(fc: FunctionCompiler, call: LibraryCall):
    value = _argument(fc, call, 0)
    fc.runtime("runtime_keepalive", fc.builder.extract_value(value, 0), fc.builder.extract_value(value, 1))


HANDLERS = {
    "sync.(*Mutex).Lock": _on_address("runtime_sync_mutex_lock"),
    "sync.(*Mutex).Unlock": _on_address("runtime_sync_mutex_unlock"),
    "sync.(*RWMutex).Lock": _on_address("runtime_sync_rwmutex_lock"),
    "sync.(*RWMutex).Unlock": _on_address("runtime_sync_rwmutex_unlock"),
    "sync.(*RWMutex).RLock": _on_address("runtime_sync_rwmutex_rlock"),
    "sync.(*RWMutex).RUnlock": _on_address("runtime_sync_rwmutex_runlock"),
    "sync.(*WaitGroup).Add": _waitgroup_add,
    "sync.(*WaitGroup).Done": _on_address("runtime_sync_waitgroup_add", -1),
    "sync.(*WaitGroup).Wait": _on_address("runtime_sync_waitgroup_wait"),
    "sync.(*Once).Do": _once_do,
    **_atomic_handlers(),
    "runtime.Gosched": _runtime_call("runtime_gosched"),
    "runtime.NumGoroutine": _runtime_call("runtime_numgoroutine"),
    "runtime.GOMAXPROCS": _runtime_call("runtime_gomaxprocs", with_argument=True),
    "runtime.NumCPU": _runtime_call("runtime_numcpu"),
    "runtime.GC": _runtime_call("runtime_gc"),
    "runtime.ReadMemStats": _read_mem_stats,
    "runtime.SetFinalizer": _set_finalizer,
    "runtime.KeepAlive": _keep_alive,
    "runtime/debug.SetGCPercent": _runtime_call("runtime_setgcpercent", with_argument=True),
    "runtime/debug.FreeOSMemory": _runtime_call("runtime_freeosmemory"),
    "runtime/debug.SetMemoryLimit": _runtime_call("runtime_setmemorylimit", with_argument=True),
}


# ---------------------------------------------------------------- bodies for method tables

def define_library_bodies(program) -> None:
    """Gives each library method the module declares (for a method table) a body."""
    for func, function in list(program.functions.items()):
        if not function.is_declaration or func.link_name not in HANDLERS:
            continue
        fc = FunctionCompiler(program, function, func.type)
        arguments = list(function.args)
        receiver = arguments.pop(0) if func.type.recv is not None else None
        parameters = [Evaluated(argument, v.type) for argument, v in zip(arguments, func.type.params.vars)]
        call = LibraryCall(func, func.type, parameters)
        value = HANDLERS[func.link_name](fc, call, receiver) if receiver is not None \
            else HANDLERS[func.link_name](fc, call)
        if value is None:
            fc.builder.ret_void()
        else:
            fc.builder.ret(value)
        fc.finish()
