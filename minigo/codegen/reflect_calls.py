# Call wrappers: one uniform way for package reflect to call a function of any type.
#
# Design: reflect's Value.Call has its arguments in memory, not in LLVM values, so
# each func type's descriptor carries (TypeExtra.call) a wrapper
#     void reflectcall:<type>(i8* code, i8* context, i8* args, i8* results, i64 method)
# that loads the parameters from args, calls code, and stores the results at
# results.  args and results are laid out as Go structs of the parameter (result)
# types (natural alignment, as lt.field_offsets and stdlib/reflect's frameLayout).
# code is reached two ways, so `method` says which calling convention it has:
#   0: a func value's code (closures.py): (context = the closure, [out], params...);
#   1: a method-table entry (methods.py):  ([out], context = the data word, params...).
# A big parameter is passed as a pointer to its slot in args (the callee copies it,
# as types.function_type says); big results are written straight into results
# through the hidden out-pointer.  runtime_reflect_call (reflect.c) calls the wrapper.
#
# Invariants: the wrapper is linkonce_odr, named after the descriptor key, so every
# module emitting the func type's descriptor emits the same one; it lives in the
# wrappers' section and out of the traceback table, so tracebacks show reflect's
# caller of Call, then the called function.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.types import typesystem as ts
from minigo.codegen import closures, runtime_abi
from minigo.codegen import types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import mark_go_function

WRAPPER_TYPE = ir.FunctionType(lt.VOID, [lt.POINTER, lt.POINTER, lt.POINTER, lt.POINTER, lt.I64])


def call_wrapper(module: ir.Module, signature: ts.Signature, key: str) -> ir.Function:
    """The module's wrapper for func type `signature` (whose descriptor key is key)."""
    name = "reflectcall:" + key
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    function = ir.Function(module, WRAPPER_TYPE, name)
    function.linkage = "linkonce_odr"
    function.section = runtime_abi.WRAPPER_SECTION
    mark_go_function(function)
    _emit_body(function, signature)
    return function


def _emit_body(function: ir.Function, signature: ts.Signature) -> None:
    code, context, args, results, method = function.args
    builder = ir.IRBuilder(function.append_basic_block("entry"))
    parameters = _load_parameters(builder, signature.params, args)
    out = [results] if lt.returns_in_memory(signature.results) else []
    plain = lt.function_type(closures._without_receiver(signature))
    closure_block = function.append_basic_block("closure")
    method_block = function.append_basic_block("method")
    is_method = builder.icmp_unsigned("!=", method, i64(0))
    builder.cbranch(is_method, method_block, closure_block)
    for block, arguments in ((closure_block, [context] + out + parameters),
                             (method_block, out + [context] + parameters)):
        builder.position_at_end(block)
        types = [argument.type for argument in arguments]
        callee = builder.bitcast(code, ir.FunctionType(plain.return_type, types).as_pointer())
        returned = builder.call(callee, arguments)
        if not out:
            _store_results(builder, signature.results, returned, results)
        builder.ret_void()


def _frame(builder: ir.IRBuilder, tuple_type: ts.Tuple, pointer: ir.Value) -> ir.Value:
    struct = lt.memory_type(tuple_type)
    return builder.bitcast(pointer, struct.as_pointer())


def _load_parameters(builder: ir.IRBuilder, params: ts.Tuple, args: ir.Value) -> list[ir.Value]:
    if not params.vars:
        return []
    frame = _frame(builder, params, args)
    values = []
    for index, var in enumerate(params.vars):
        slot = builder.gep(frame, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, index)])
        if lt.is_big(var.type):
            values.append(builder.bitcast(slot, lt.POINTER))
        else:
            values.append(lt.to_register(builder, var.type, builder.load(slot)))
    return values


def _store_results(builder: ir.IRBuilder, results: ts.Tuple, returned: ir.Value,
                   memory: ir.Value) -> None:
    if not results.vars:
        return
    frame = _frame(builder, results, memory)
    for index, var in enumerate(results.vars):
        value = returned if len(results.vars) == 1 else builder.extract_value(returned, index)
        slot = builder.gep(frame, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, index)])
        builder.store(lt.to_memory(builder, var.type, value), slot)
