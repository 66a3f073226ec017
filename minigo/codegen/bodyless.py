# Bodies for the functions stdlib/ declares without one: the runtime boundary.
#
# Design: Go code in stdlib/ reaches what only the C runtime can do (read a type
# descriptor, make a system call) through ordinary Go functions declared without a
# body, `func kindOf(x interface{}) int`.  Only a package loaded from stdlib/ may
# declare one (the checker reports gc's `missing function body` anywhere else, and
# for a stdlib function minigo has no body for); the compiler then supplies the body:
# a thin call to the runtime function runtime_abi.BODYLESS_FUNCTIONS names for its
# link name, which LLVM inlines into its callers; or, for the few in
# BODYLESS_INTRINSICS (sync/atomic, math/bits, math's Sqrt, Floor, FMA, ...), the
# instruction itself, so that an atomic operation or a square root stays one instruction
# in its callers and not a call; the few in
# LOWERED_AT_CALLS (runtime.SetFinalizer) are lowered at each call, their body only
# serving a func value.  The mapping lives in that one
# table, the runtime function in RUNTIME_FUNCTIONS and runtime.h like any other.
#
# How a Go signature maps to the runtime function's (runtime.h's calling convention):
#   parameters, in order, each scalarized:
#     integers and bool -> i64 (sign- or zero-extended), float64 -> double,
#     pointers, maps, chans, funcs, unsafe.Pointer -> i8*,
#     string -> ptr, len;  slice -> ptr, len, cap;  interface -> type word, data;
#   results: none -> void; one integer or bool -> i64 (truncated back; a bool is
#     its low bit); float64 -> double; a pointer-shaped one -> i8*; a string ->
#     GoString; an interface -> GoInterface; one slice -> an out-pointer to a GoSlice
#     passed before the parameters, the function returning void.
# Any other shape (structs, arrays, several results) has no mapping: extend this
# file and the convention together.  The table's entry is compared with the signature
# the Go declaration gives, so the two cannot drift apart silently.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.errors import CompileError, CompileErrors
from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import runtime_abi
from minigo.codegen import types as lt

_POINTER_SHAPED = (ts.Pointer, ts.Map, ts.Chan, ts.Signature)


class NoMapping(Exception):
    """A Go type the calling convention does not scalarize."""


def parameter_words(t: ts.Type) -> list[str]:
    """The runtime argument types one Go parameter of type t becomes."""
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        if u.info & ts.STRING:
            return ["i8*", "i64"]
        if u.info & (ts.INTEGER | ts.BOOLEAN):
            return ["i64"]
        if u.kind == runtime_abi.KIND_UNSAFE_POINTER:
            return ["i8*"]
        if u.kind == 14:                      # float64
            return ["double"]
    if isinstance(u, _POINTER_SHAPED):
        return ["i8*"]
    if isinstance(u, ts.Slice):
        return ["i8*", "i64", "i64"]
    if isinstance(u, ts.Interface):
        return ["i8*", "i8*"]
    raise NoMapping(str(t))


def result_word(results: ts.Tuple) -> tuple[str, bool]:
    """(the runtime function's result type, whether an out-pointer comes first)."""
    if not results.vars:
        return "void", False
    if len(results.vars) > 1:
        raise NoMapping("several results")
    t = results.vars[0].type
    u = ts.underlying(t)
    if isinstance(u, ts.Slice):
        return "void", True
    if isinstance(u, ts.Basic) and u.info & ts.STRING:
        return runtime_abi.STRING, False
    if isinstance(u, ts.Interface):
        return runtime_abi.INTERFACE, False
    words = parameter_words(t)
    return words[0], False


def runtime_signature(signature: ts.Signature) -> tuple[str, list[str]]:
    """(result, argument types) of the runtime function a Go signature maps to."""
    if signature.recv is not None:
        raise NoMapping("a method")
    result, out_pointer = result_word(signature.results)
    arguments = ["i8*"] if out_pointer else []
    for var in signature.params.vars:
        arguments += parameter_words(var.type)
    return result, arguments


def runtime_function_for(func: ts.Func) -> str:
    """The runtime function supplying func's body; a CompileError at its declaration
    when its signature does not match the Go declaration's."""
    name = runtime_abi.BODYLESS_FUNCTIONS[func.link_name]      # the checker made sure
    try:
        wanted = runtime_signature(func.type)
    except NoMapping as reason:
        _fail(func, f"function without a body: no runtime calling convention for {reason}")
    declared = runtime_abi.RUNTIME_FUNCTIONS[name][:2]
    if (declared[0], list(declared[1])) != wanted:
        _fail(func, f"function without a body: {name} is declared {declared}, "
                    f"its Go signature maps to {wanted}")
    return name


def _fail(func: ts.Func, message: str):
    raise CompileErrors([CompileError(func.pos, message)])


def _intrinsic_handler(link_name: str):
    """What emits the instruction BODYLESS_INTRINSICS names for link_name."""
    from minigo.codegen import bits_lowering, sync_lowering
    operation = runtime_abi.BODYLESS_INTRINSICS[link_name]
    if link_name.startswith("math/bits."):
        return bits_lowering.BIT_OPERATIONS[operation]
    if link_name.startswith("math."):
        from minigo.codegen.math_lowering import FLOAT_OPERATIONS
        return FLOAT_OPERATIONS[operation]
    return sync_lowering.ATOMIC_OPERATIONS[operation]


def define(program, declaration: ast.FuncDecl) -> None:
    """Gives a bodyless function its body: a call to its runtime function, or the
    instruction an intrinsic (runtime_abi.BODYLESS_INTRINSICS) stands for."""
    func: ts.Func = declaration.name.obj
    if func.link_name in runtime_abi.LOWERED_AT_CALLS:
        from minigo.codegen import sync_lowering
        program.record_function(program.function_for(func), func.link_name, declaration.pos)
        sync_lowering.define_called_through_value(program, func)
        return
    if func.link_name in runtime_abi.BODYLESS_INTRINSICS:
        from minigo.codegen import sync_lowering
        program.record_function(program.function_for(func), func.link_name, declaration.pos)
        sync_lowering.define_intrinsic(program, func, _intrinsic_handler(func.link_name))
        return
    name = runtime_function_for(func)
    function: ir.Function = program.function_for(func)
    program.record_function(function, func.link_name, declaration.pos)
    builder = ir.IRBuilder(function.append_basic_block("entry"))
    signature: ts.Signature = func.type
    result, out_pointer = result_word(signature.results)
    arguments = []
    if out_pointer:
        out = builder.alloca(lt.SLICE)
        arguments.append(builder.bitcast(out, lt.POINTER))
    for var, value in zip(signature.params.vars, function.args):
        arguments += _scalarize(builder, var.type, value)
    returned = runtime_abi.call_runtime(builder, program.module, name, arguments)
    if out_pointer:
        builder.ret(builder.load(out))
    elif result == "void":
        builder.ret_void()
    else:
        builder.ret(_unscalarize(builder, signature.results.vars[0].type, returned))


def _scalarize(builder: ir.IRBuilder, t: ts.Type, value: ir.Value) -> list[ir.Value]:
    words = parameter_words(t)
    if len(words) > 1:
        return [builder.extract_value(value, index) for index in range(len(words))]
    if words == ["i64"] and value.type != lt.I64:
        signed = not lt.is_bool(t) and not ts.is_basic(t, ts.UNSIGNED)
        extend = builder.sext if signed else builder.zext
        return [extend(value, lt.I64)]
    return [value]


def _unscalarize(builder: ir.IRBuilder, t: ts.Type, value: ir.Value) -> ir.Value:
    wanted = lt.register_type(t)
    if lt.is_bool(t):
        return builder.trunc(value, lt.I1)
    if wanted != value.type:
        return builder.trunc(value, wanted)
    return value

