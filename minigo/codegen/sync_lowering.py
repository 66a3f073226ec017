# The bodies of stdlib/sync/atomic's functions, and runtime.SetFinalizer at its calls.
#
# Design: stdlib/sync/atomic declares its functions without a body
# (runtime_abi.BODYLESS_INTRINSICS); define_intrinsic gives each one LLVM atomic
# instruction (sequentially consistent, as Go's memory model asks of them), and the
# small function is inlined into its callers, across packages too.  runtime.SetFinalizer
# is lowered where it is called (runtime_abi.LOWERED_AT_CALLS), because the runtime
# needs the finalizer's static parameter type.  (sync and time are Go in stdlib/.)
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

def define_intrinsic(program, func, handler) -> None:
    """The body of a function stdlib/ declares without one (runtime_abi.BODYLESS_INTRINSICS):
    what handler emits, an atomic instruction (ATOMIC_OPERATIONS), a math/bits
    one (bits_lowering.BIT_OPERATIONS) or a float one (math_lowering.FLOAT_OPERATIONS)."""
    _define_body(program, func, program.function_for(func), handler)


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
