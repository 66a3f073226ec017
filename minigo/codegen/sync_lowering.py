# Calls into the concurrency library package time; the bodies of stdlib/sync/atomic's
# functions; runtime.SetFinalizer at its calls.
#
# Design: like library.py, a Func's link_name picks the lowering ('time.Duration.String',
# 'runtime.SetFinalizer').  time's timers are one runtime call each on the value's
# address (runtime/timelib.c).  stdlib/sync/atomic declares its functions without a
# body (runtime_abi.BODYLESS_INTRINSICS); define_intrinsic gives each one LLVM atomic
# instruction (sequentially consistent, as Go's memory model asks of them), and the
# small function is inlined into its callers, across packages too; time.Duration's
# arithmetic methods and time.Now/Since are a few instructions on the int64 words.
# A library method reached through an interface (fmt calling Duration.String) needs
# a real function: define_library_bodies gives every declared-but-bodiless library
# Func in the module a body that lowers the call the same way.
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

SECOND = 1_000_000_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE


def _argument(fc: FunctionCompiler, call: LibraryCall, index: int) -> ir.Value:
    return call.argument(fc, index)


def _is_nonzero(fc: FunctionCompiler, value: ir.Value) -> ir.Value:
    return fc.builder.icmp_signed("!=", value, i64(0))


# ---------------------------------------------------------------- sync/atomic

def _atomic_operands(fc: FunctionCompiler, call: LibraryCall):
    """(typed pointer, the value type, the value arguments) of atomic.OpT(addr, ...),
    after a nil check of addr."""
    pointer = _argument(fc, call, 0)
    value_type = ts.underlying(call.signature.params.vars[0].type).elem
    fc.nil_check(pointer)
    others = [_argument(fc, call, index) for index in range(1, len(call))]
    return fc.typed(pointer, value_type), value_type, others


def _atomic_add(fc: FunctionCompiler, call: LibraryCall):
    pointer, _, (delta,) = _atomic_operands(fc, call)
    old = fc.builder.atomic_rmw("add", pointer, delta, "seq_cst")
    return fc.builder.add(old, delta)


def _atomic_swap(fc: FunctionCompiler, call: LibraryCall):
    pointer, _, (new,) = _atomic_operands(fc, call)
    return fc.builder.atomic_rmw("xchg", pointer, new, "seq_cst")


def _atomic_load(fc: FunctionCompiler, call: LibraryCall):
    pointer, value_type, _ = _atomic_operands(fc, call)
    return fc.builder.load_atomic(pointer, "seq_cst", lt.size_of(value_type))


def _atomic_store(fc: FunctionCompiler, call: LibraryCall):
    pointer, value_type, (value,) = _atomic_operands(fc, call)
    fc.builder.store_atomic(value, pointer, "seq_cst", lt.size_of(value_type))


def _atomic_compare_and_swap(fc: FunctionCompiler, call: LibraryCall):
    pointer, _, (old, new) = _atomic_operands(fc, call)
    pair = fc.builder.cmpxchg(pointer, old, new, "seq_cst", "seq_cst")
    return fc.builder.extract_value(pair, 1)


ATOMIC_OPERATIONS = {"Add": _atomic_add, "Load": _atomic_load, "Store": _atomic_store,
                     "Swap": _atomic_swap, "CompareAndSwap": _atomic_compare_and_swap}


# ---------------------------------------------------------------- time

def _duration_string(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    return fc.runtime("runtime_time_duration_string", receiver)


def _duration_in(unit: int):
    """d.Microseconds()/Milliseconds()/Nanoseconds(): whole units, truncated."""
    def lower(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
        return receiver if unit == 1 else fc.builder.sdiv(receiver, i64(unit))
    return lower


def _duration_fraction(unit: int):
    """d.Seconds()/Minutes()/Hours(): whole units plus the remainder's fraction."""
    def lower(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
        b = fc.builder
        whole = b.sitofp(b.sdiv(receiver, i64(unit)), lt.F64)
        rest = b.sitofp(b.srem(receiver, i64(unit)), lt.F64)
        return b.fadd(whole, b.fdiv(rest, ir.Constant(lt.F64, float(unit))))
    return lower


WALL, MONO = 0, 1      # time.Time's words (runtime.h "time")


def _now(fc: FunctionCompiler, call: LibraryCall = None):
    b = fc.builder
    time_type = ir.LiteralStructType([lt.I64, lt.I64])
    now = b.insert_value(ir.Constant(time_type, None), fc.runtime("runtime_walltime"), WALL)
    return b.insert_value(now, fc.runtime("runtime_nanotime"), MONO)


def _since(fc: FunctionCompiler, call: LibraryCall):
    start = fc.builder.extract_value(_argument(fc, call, 0), MONO)
    return fc.builder.sub(fc.runtime("runtime_nanotime"), start)


def _time_sub(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    other = fc.builder.extract_value(_argument(fc, call, 0), MONO)
    return fc.builder.sub(fc.builder.extract_value(receiver, MONO), other)


def _time_add(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    """t.Add(d): both readings move by d."""
    b = fc.builder
    d = _argument(fc, call, 0)
    moved = b.insert_value(receiver, b.add(b.extract_value(receiver, WALL), d), WALL)
    return b.insert_value(moved, b.add(b.extract_value(receiver, MONO), d), MONO)


def _time_unix(divisor: int):
    def lower(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
        wall = fc.builder.extract_value(receiver, WALL)
        return wall if divisor == 1 else fc.builder.sdiv(wall, i64(divisor))
    return lower


def _sleep(fc: FunctionCompiler, call: LibraryCall):
    fc.runtime("runtime_sleep", _argument(fc, call, 0))


def _new_timer(fc: FunctionCompiler, call: LibraryCall):
    return fc.runtime("runtime_time_newtimer", _argument(fc, call, 0), i64(0))


def _new_ticker(fc: FunctionCompiler, call: LibraryCall):
    period = _argument(fc, call, 0)
    fc.check(fc.builder.icmp_signed(">", period, i64(0)), "runtime_panic_message",
             *fc.program.string_words(b"non-positive interval for NewTicker"))
    return fc.runtime("runtime_time_newtimer", period, period)


def _timer_channel(fc: FunctionCompiler, timer: ir.Value) -> ir.Value:
    return fc.builder.load(fc.builder.bitcast(timer, lt.POINTER.as_pointer()))


def _after(fc: FunctionCompiler, call: LibraryCall):
    return _timer_channel(fc, _new_timer(fc, call))


def _tick(fc: FunctionCompiler, call: LibraryCall):
    """time.Tick: a Ticker's channel, nil for a non-positive period."""
    b = fc.builder
    period = _argument(fc, call, 0)
    positive = b.icmp_signed(">", period, i64(0))
    safe_period = b.select(positive, period, i64(SECOND))
    channel = _timer_channel(fc, fc.runtime("runtime_time_newtimer", safe_period, safe_period))
    return b.select(positive, channel, ir.Constant(lt.POINTER, None))


def _timer_stop(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    fc.nil_check(receiver)
    return _is_nonzero(fc, fc.runtime("runtime_time_timer_stop", receiver))


def _timer_reset(periodic: bool):
    def lower(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
        fc.nil_check(receiver)
        duration = _argument(fc, call, 0)
        pending = fc.runtime("runtime_time_timer_reset", receiver, duration,
                             duration if periodic else i64(0))
        return None if periodic else _is_nonzero(fc, pending)
    return lower


def _ticker_stop(fc: FunctionCompiler, call: LibraryCall, receiver: ir.Value):
    _timer_stop(fc, call, receiver)


# ---------------------------------------------------------------- runtime

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


HANDLERS = {
    "time.Duration.String": _duration_string,
    "time.Duration.Nanoseconds": _duration_in(1),
    "time.Duration.Microseconds": _duration_in(1000),
    "time.Duration.Milliseconds": _duration_in(1000_000),
    "time.Duration.Seconds": _duration_fraction(SECOND),
    "time.Duration.Minutes": _duration_fraction(MINUTE),
    "time.Duration.Hours": _duration_fraction(HOUR),
    "time.Time.Sub": _time_sub,
    "time.Time.Add": _time_add,
    "time.Time.Unix": _time_unix(SECOND),
    "time.Time.UnixNano": _time_unix(1),
    "time.Sleep": _sleep,
    "time.Now": _now,
    "time.Since": _since,
    "time.After": _after,
    "time.Tick": _tick,
    "time.NewTimer": _new_timer,
    "time.NewTicker": _new_ticker,
    "time.(*Timer).Stop": _timer_stop,
    "time.(*Timer).Reset": _timer_reset(periodic=False),
    "time.(*Ticker).Stop": _ticker_stop,
    "time.(*Ticker).Reset": _timer_reset(periodic=True),
}

# stdlib functions lowered where they are called (runtime_abi.LOWERED_AT_CALLS)
CALL_SITE_HANDLERS = {
    "runtime.SetFinalizer": _set_finalizer,
}


def lower_at_call(fc: FunctionCompiler, e: ast.CallExpr, func) -> None:
    """A call of a stdlib function runtime_abi.LOWERED_AT_CALLS names, as written."""
    CALL_SITE_HANDLERS[func.link_name](fc, LibraryCall.written(fc, e, func.type))


def define_called_through_value(program, func) -> None:
    """The body of a LOWERED_AT_CALLS function, reached only through a func value: it
    cannot know its arguments' static types, so it panics saying so."""
    function = program.function_for(func)
    fc = FunctionCompiler(program, function, func.type)
    message = f"{func.link_name} called through a func value is not supported by minigo"
    fc.runtime("runtime_panic_message", *program.string_words(message.encode()))
    fc.builder.unreachable()
    fc.finish()


# ---------------------------------------------------------------- bodies for method tables

def define_library_bodies(program) -> None:
    """Gives each library method the module declares (for a method table) a body."""
    for func, function in list(program.functions.items()):
        if function.is_declaration and func.link_name in HANDLERS:
            _define_body(program, func, function, HANDLERS[func.link_name])


def define_intrinsic(program, func, operation: str) -> None:
    """The body of a sync/atomic function stdlib/ declares without one
    (runtime_abi.BODYLESS_INTRINSICS): the operation's one atomic instruction."""
    _define_body(program, func, program.function_for(func), ATOMIC_OPERATIONS[operation])


def _define_body(program, func, function, handler) -> None:
    fc = FunctionCompiler(program, function, func.type)
    arguments = list(function.args)
    receiver = arguments.pop(0) if func.type.recv is not None else None
    parameters = [Evaluated(argument, v.type) for argument, v in zip(arguments, func.type.params.vars)]
    call = LibraryCall(func, func.type, parameters)
    value = handler(fc, call, receiver) if receiver is not None else handler(fc, call)
    if value is None:
        fc.builder.ret_void()
    else:
        fc.builder.ret(value)
    fc.finish()
