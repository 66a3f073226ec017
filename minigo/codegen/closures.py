# Function values and closures.
#
# Design — the func-value ABI, binding for every producer and caller of func values:
# - A func value is an i8* to a *closure object*: a memory block laid out as the
#   LLVM struct { i8* code, captured_1, captured_2, ... } (each captured value in
#   its memory form).  nil is the null pointer; == nil compares the pointer.
# - `code` is an LLVM function of type closure_function_type(signature): the closure
#   object's own address comes FIRST as a hidden *context* argument, then exactly
#   what types.function_type lays out for the Go signature (the hidden out-pointer
#   for big results, then the parameters); results as function_type returns them.
# - Calling a func value f(a, b): nil check f (a nil func panics as a nil
#   dereference, as gc's does), load code = *(i8**)f, call code(f, a, b).
# - Producers:
#   * a function literal: code = the literal's own function; its captured values
#     are the *homes* of the outer variables it uses (FuncLit.captures order), so
#     capture is by reference: those variables live in heap cells (see
#     function.py's declare) and the literal's body uses the cell pointers as the
#     variables' homes; a variable never written after its declaration is held by
#     value instead (the capture analysis, captures.py).  Go 1.19 loop variables:
#     one per loop, because the loop declares its variable once, before the first
#     iteration;
#   * a declared function used as a value: a constant closure object {wrapper}
#     (one per function per module) whose wrapper drops the context and calls the
#     function;
#   * method values x.M (methods.py): make_closure(fc, code, [(receiver, T)]) with a
#     code function from declare_closure_function(..., wrapper=True) whose body
#     reads the receiver back with captured_value(fc, context, [T], 0) and calls
#     the method.
# Wrappers -- code the compiler adds between a call and the Go function it reaches
# (declared functions' closure code, method values', thunks holding deferred calls'
# arguments: thunks.py) -- are declared with wrapper=True: they go in the section
# minigo_wrappers, whose frames recover() skips when it checks that it was called
# directly by a deferred function (runtime/defer.c), and finish_wrappers makes sure
# they never inline what they call (an inlined callee's calls would seem to come
# from the wrapper).  They are left out of the traceback table, as gc hides its own.
#
# Invariants: closure objects are immutable after make_closure; their allocation
# says "no pointers" only when no captured value holds one (code pointers point at
# text, never into the heap).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import runtime_abi
from minigo.codegen import types as lt
from minigo.codegen.function import FunctionCompiler, mark_go_function, unsupported
from minigo.codegen.library_call import Evaluated, LibraryCall


# ---------------------------------------------------------------- the ABI

def closure_function_type(signature: ts.Signature) -> ir.FunctionType:
    """The LLVM type of a closure's code: (i8* context, <function_type's params>)."""
    plain = lt.function_type(_without_receiver(signature))
    return ir.FunctionType(plain.return_type, [lt.POINTER] + list(plain.args))


def _without_receiver(signature: ts.Signature) -> ts.Signature:
    if signature.recv is None:
        return signature
    return ts.Signature(signature.params, signature.results, signature.variadic)


PLAIN_FUNC = ts.Signature(ts.Tuple([]), ts.Tuple([]))     # func()




def declare_closure_function(program, name: str, signature: ts.Signature,
                             pos=None, wrapper: bool = False) -> ir.Function:
    """A new internal Go function with the closure calling convention (context
    first), recorded for tracebacks under `name` when pos is given; wrapper: see the
    file comment."""
    function = ir.Function(program.module, closure_function_type(signature),
                           unique_name(program.module, name))
    mark_go_function(function)
    function.linkage = "internal"
    if wrapper:
        function.section = runtime_abi.WRAPPER_SECTION
    if pos is not None:
        program.record_function(function, name, pos)
    return function


def finish_wrappers(program) -> None:
    """At the end of the module: no wrapper inlines a call (the traceback table, which
    lists the section minigo_text only, never holds them)."""
    for function in program.module.functions:
        if function.section != runtime_abi.WRAPPER_SECTION:
            continue
        for block in function.blocks:
            for instruction in block.instructions:
                if isinstance(instruction, ir.CallInstr):
                    instruction.attributes.add("noinline")


def unique_name(module: ir.Module, name: str) -> str:
    """name, or name.N with the first N free in the module."""
    if name not in module.globals:
        return name
    count = 1
    while f"{name}.{count}" in module.globals:
        count += 1
    return f"{name}.{count}"


def captured_struct_type(captured_types: list[ts.Type]) -> ir.LiteralStructType:
    return ir.LiteralStructType([lt.POINTER] + [lt.memory_type(t) for t in captured_types])


def make_closure(fc: FunctionCompiler, code: ir.Function,
                 captured: list[tuple[ir.Value, ts.Type]], on_stack: bool = False) -> ir.Value:
    """A new closure object {code, captured...}; returns the func value (i8*).
    captured: (register-form value, its Go type) pairs.  on_stack: in the current
    function's frame, for a closure that cannot outlive it (a deferred call's)."""
    types = [t for _, t in captured]
    if on_stack:
        cell = fc.raw(fc.stack_slot(captured_struct_type(types), "closure"))
    else:
        layout = ts.Struct([ts.Var("code", ts.UNSAFE_POINTER)] +
                           [ts.Var(f"c{i}", t) for i, t in enumerate(types)])
        cell = fc.heap_alloc(layout)
    typed = fc.builder.bitcast(cell, captured_struct_type(types).as_pointer())
    zero = ir.Constant(lt.I32, 0)
    code_slot = fc.builder.gep(typed, [zero, zero], inbounds=True)
    fc.builder.store(fc.builder.bitcast(code, lt.POINTER), code_slot)
    for index, (v, t) in enumerate(captured):
        slot = fc.builder.gep(typed, [zero, ir.Constant(lt.I32, index + 1)], inbounds=True)
        fc.store(v, slot, t)
    return cell


def captured_value(fc: FunctionCompiler, context: ir.Value, captured_types: list[ts.Type],
                   index: int) -> ir.Value:
    """Inside a closure's code: captured value number `index`, in register form."""
    return fc.load(_captured_slot(fc, context, captured_types, index), captured_types[index])


def call_func_value(fc: FunctionCompiler, closure: ir.Value, signature: ts.Signature,
                    arguments: list[ir.Value]):
    """Calls func value `closure` with the Go arguments (register forms, already of the
    parameters' types).  Returns as calls.evaluate_call does: None, the value, the
    struct of results, or (big results) the pointer to their memory."""
    fc.nil_check(closure)
    function_type = closure_function_type(signature)
    code_slot = fc.builder.bitcast(closure, lt.POINTER.as_pointer())
    code = fc.builder.bitcast(fc.builder.load(code_slot), function_type.as_pointer())
    out = None
    results = signature.results
    if lt.returns_in_memory(results):
        out = fc.raw(fc.stack_slot(lt.memory_type(lt.results_memory_type(results))))
        arguments = [out] + list(arguments)
    result = fc.builder.call(code, [closure] + list(arguments))
    if out is not None:
        return out
    return None if isinstance(result.type, ir.VoidType) else result


# ---------------------------------------------------------------- declared functions as values

def function_value(fc: FunctionCompiler, func: ts.Func, reference: ast.Expr) -> ir.Value:
    """A declared function used as a value (reference: the Ident or pkg.Name naming
    it): its static closure object, one per function per module."""
    program = fc.program
    name = func.link_name + "·f"
    found = program.module.globals.get(name)
    if found is not None:
        return found.bitcast(lt.POINTER)
    if func.decl is None or (func.pkg is not None and func.pkg.is_library):
        wrapper = _library_wrapper(program, func, reference)
    else:
        wrapper = _forwarding_wrapper(program, func)
    return static_closure(program, wrapper, name)


def _forwarding_wrapper(program, func: ts.Func) -> ir.Function:
    """code(context, args...) { return func(args...) } (LLVM usually makes the call a
    jump)."""
    target = program.function_for(func)
    wrapper = declare_closure_function(program, func.link_name + "·code", func.type, wrapper=True)
    builder = ir.IRBuilder(wrapper.append_basic_block("entry"))
    call = builder.call(target, list(wrapper.args[1:]), tail=True)
    if isinstance(call.type, ir.VoidType):
        builder.ret_void()
    else:
        builder.ret(call)
    return wrapper


def _library_wrapper(program, func: ts.Func, reference: ast.Expr) -> ir.Function:
    """The code of a library function's value (fmt.Println): the call lowered as a
    written one would be, on the parameters (a variadic one passed on as f(s...))."""
    signature = func.type
    if lt.returns_in_memory(signature.results):
        unsupported(reference, f"{func.link_name} as a value")
    code = declare_closure_function(program, func.link_name + "·code", signature, wrapper=True)
    fc = FunctionCompiler(program, code, signature)
    parameters = [Evaluated(argument, v.type) for argument, v in zip(code.args[1:], signature.params.vars)]
    value = fc.call_library(LibraryCall(reference, signature, parameters, signature.variadic), func, None)
    if value is None or not signature.results.vars:
        fc.builder.ret_void()
    else:
        fc.builder.ret(value)
    fc.finish()
    return code


# ---------------------------------------------------------------- function literals

def func_lit_value(fc: FunctionCompiler, e: ast.FuncLit) -> ir.Value:
    """The closure of a function literal: its body compiled as a function of its own,
    and a new closure object holding its captured variables' homes (or values, see
    captures.py)."""
    captures = list(getattr(e, "captures", []) or [])
    code = _compile_func_lit(fc.program, e, captures)
    if not captures:
        return static_closure(fc.program, code)
    by_reference = fc.program.captures.by_reference
    captured = [(fc.home(var), ts.UNSAFE_POINTER) if by_reference(var)
                else (fc.load(fc.home(var), var.type), var.type) for var in captures]
    return make_closure(fc, code, captured)


def static_closure(program, code: ir.Function, name: str = "") -> ir.Value:
    """A constant closure object {code} for code that captures nothing (a global
    called `name` when one is given)."""
    object_type = ir.LiteralStructType([lt.POINTER])
    value = ir.Constant(object_type, [code.bitcast(lt.POINTER)])
    if name:
        cell = ir.GlobalVariable(program.module, object_type, name)
        cell.initializer = value
        cell.global_constant = True
        cell.linkage = "internal"
    else:
        cell = program.constant_global(object_type, value, "closure")
    cell.align = 8
    return cell.bitcast(lt.POINTER)


def _compile_func_lit(program, e: ast.FuncLit, captures: list[ts.Var]) -> ir.Function:
    compiled = getattr(e, "compiled_function", None)
    if compiled is not None:
        return compiled
    code = declare_closure_function(program, e.link_name, e.signature, e.pos)
    e.compiled_function = code
    by_reference = program.captures.by_reference
    types = [ts.UNSAFE_POINTER if by_reference(var) else var.type for var in captures]

    def bind_captures(fc: FunctionCompiler, context: ir.Value) -> None:
        """A variable captured by reference lives where the captured pointer points; one
        captured by value, in the closure object itself (it is never written)."""
        for index, var in enumerate(captures):
            if by_reference(var):
                fc.homes[var] = captured_value(fc, context, types, index)
            else:
                fc.homes[var] = _captured_slot(fc, context, types, index)

    program.compile_body(code, e.signature, e.body, bind_captures)
    return code


def _captured_slot(fc: FunctionCompiler, context: ir.Value, captured_types: list[ts.Type],
                   index: int) -> ir.Value:
    """The address of captured value number `index` inside a closure object."""
    typed = fc.builder.bitcast(context, captured_struct_type(captured_types).as_pointer())
    return fc.builder.gep(typed, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, index + 1)],
                          inbounds=True)


def is_func_value_call(fun: ast.Expr) -> bool:
    """Whether a call's callee (unparenthesised, not a type or builtin) is a func value
    rather than a declared function or a method."""
    if isinstance(fun, ast.Ident):
        return not isinstance(fun.obj, ts.Func)
    if isinstance(fun, ast.SelectorExpr):
        if fun.selection is None:
            return not isinstance(fun.sel.obj, ts.Func)
        return fun.selection.kind == "field"
    return True


def call_value_expression(fc: FunctionCompiler, e: ast.CallExpr, fun: ast.Expr):
    """f(args) for a func-valued expression f: f first, then the arguments (Go's order)."""
    closure = fc.value(fun)
    signature = ts.underlying(fun.type)
    arguments = fc.call_arguments(e, signature)
    return call_func_value(fc, closure, signature, arguments)
