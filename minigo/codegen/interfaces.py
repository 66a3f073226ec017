# Interface values: conversions, itabs, dynamic calls, assertions, type switches, ==.
#
# Design (runtime.h): an interface value is {word0, data}.  For an empty interface
# word0 is the dynamic type's descriptor; for one with methods it is an itab
# {type descriptor, interface descriptor, one function per method in the interface's
# all_methods order (sorted by name)} whose functions take the data word as their
# receiver (methods.py).  data is the value itself for pointer-shaped types and a
# pointer to an immutable heap copy otherwise (conversions.box).
# - Converting a concrete value to an interface knows both types, so its itab is a
#   constant emitted here once per pair ("itab:T,I", linkonce_odr like descriptors).
# - Interface to interface: to an empty interface word0 becomes the dynamic type
#   (itab->type); to an interface with the same method list the value is unchanged;
#   otherwise the runtime looks the itab up (runtime_itab_or_null, cached per pair).
# - x.(T) compares the dynamic type's descriptor with T's (descriptor address is type
#   identity); x.(I) asks the runtime for the itab; failures call runtime panics that
#   print gc's "interface conversion: ..." messages.  A type switch tests its cases in
#   source order the same way, on a dynamic type computed once.
# - == compares dynamic types, then (same non-nil type) the data through
#   runtime_efaceeq, which panics for uncomparable dynamic types as gc does.  An
#   interface against a concrete value (also a switch case) checks the dynamic type
#   against the value's and compares the values inline, without boxing.
#
# Invariants: a nil interface is word0 == null whatever the interface; the dynamic
# type is read from an itab only after a null test (dynamic_type loads from a null
# word through a constant instead of branching).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import arithmetic, conversions, methods, runtime_abi
from minigo.codegen.constants import zero
from minigo.codegen.function import FunctionCompiler, field_type_at, is_nil, unparen

NULL = ir.Constant(lt.POINTER, None)


def is_empty(t: ts.Type) -> bool:
    return not ts.underlying(t).all_methods


def _itab_type(method_count: int) -> ir.LiteralStructType:
    """runtime.h's Itab with its method_count functions."""
    header = list(runtime_abi.layout("Itab").elements)
    return ir.LiteralStructType(header + [ir.ArrayType(lt.POINTER, method_count)])


# ---------------------------------------------------------------- itabs and conversions

def interface_word(program, concrete: ts.Type, iface: ts.Type) -> ir.Constant:
    """word0 of a concrete-typed value converted to iface: its descriptor or its itab."""
    concrete = ts.default_type(concrete)
    if is_empty(iface):
        return program.descriptors.descriptor(concrete)
    key = f"itab:{program.descriptors.key(concrete)},{program.descriptors.key(iface)}"
    found = program.module.globals.get(key)
    if found is None:
        wanted = ts.underlying(iface).all_methods
        entries = {entry.name: entry for entry in methods.method_set(concrete)}
        itab_type = _itab_type(len(wanted))
        found = ir.GlobalVariable(program.module, itab_type, key)
        found.linkage = "linkonce_odr"
        found.global_constant = True
        found.align = 8
        functions = [methods.entry_function(program, concrete, entries[m.name]).bitcast(lt.POINTER)
                     for m in wanted]
        found.initializer = ir.Constant(itab_type, [
            program.descriptors.descriptor(concrete), program.descriptors.descriptor(iface),
            ir.Constant(ir.ArrayType(lt.POINTER, len(wanted)), functions),
        ])
    return found.bitcast(lt.POINTER)


def convert(fc: FunctionCompiler, v: ir.Value, from_type: ts.Type, to_type: ts.Type) -> ir.Value:
    """v of from_type as an interface value of to_type (from_type assignable to it)."""
    if not ts.is_interface(from_type):
        boxed = conversions.box(fc, v, from_type)
        if is_empty(to_type):
            return boxed
        return fc.builder.insert_value(boxed, interface_word(fc.program, from_type, to_type), 0)
    if is_empty(to_type):
        return to_any(fc, v, from_type)
    if _same_methods(from_type, to_type):
        return v
    word = fc.runtime("runtime_itab_or_null", fc.program.descriptors.descriptor(to_type),
                      dynamic_type(fc, v, from_type))
    return fc.builder.insert_value(v, word, 0)


def _same_methods(a: ts.Type, b: ts.Type) -> bool:
    x, y = ts.underlying(a).all_methods, ts.underlying(b).all_methods
    return len(x) == len(y) and all(
        m.name == n.name and ts.identical(m.type, n.type) for m, n in zip(x, y))


def to_any(fc: FunctionCompiler, v: ir.Value, iface: ts.Type) -> ir.Value:
    """An interface value of type iface as an `any` (word0 = the dynamic type)."""
    if is_empty(iface):
        return v
    return fc.builder.insert_value(v, dynamic_type(fc, v, iface), 0)


def dynamic_type(fc: FunctionCompiler, v: ir.Value, iface: ts.Type) -> ir.Value:
    """The descriptor of the dynamic type of interface value v (null when nil)."""
    b = fc.builder
    word = b.extract_value(v, 0)
    if is_empty(iface):
        return word
    is_nil = b.icmp_unsigned("==", word, NULL)
    readable = b.select(is_nil, _null_word(fc.program), word)
    return b.load(b.bitcast(readable, lt.POINTER.as_pointer()))


def _null_word(program) -> ir.Constant:
    """A constant null pointer in memory: the 'itab' a nil interface's type is read from."""
    name = "itab:nil"
    found = program.module.globals.get(name)
    if found is None:
        found = ir.GlobalVariable(program.module, lt.POINTER, name)
        found.linkage = "linkonce_odr"
        found.global_constant = True
        found.initializer = NULL
        found.align = 8
    return found.bitcast(lt.POINTER)


def data_value(fc: FunctionCompiler, data: ir.Value, t: ts.Type) -> ir.Value:
    """The value of concrete type t that an interface's data word holds."""
    if lt.is_pointer_shaped(t):
        return data
    return fc.load(data, t)


# ---------------------------------------------------------------- method calls

def method_holder_type(fun: ast.Expr):
    """For x.M naming an interface's method (x an interface, or M promoted from an
    embedded interface field): that interface type; else None."""
    selection = getattr(fun, "selection", None)
    if not isinstance(fun, ast.SelectorExpr) or selection is None or selection.kind != "method":
        return None
    path = list(selection.path[:-1])
    holder = field_type_at(fun.x.type, path) if path else fun.x.type
    return holder if ts.is_interface(holder) else None


def call_method(fc: FunctionCompiler, e: ast.CallExpr, fun: ast.SelectorExpr, holder: ts.Type):
    """x.M(args) for an interface method: through the itab, with the value's data word."""
    receiver = fc.receiver_of(fun)
    signature = fun.selection.obj.type
    arguments = fc.call_arguments(e, signature)
    out = None
    if lt.returns_in_memory(signature.results):
        out = fc.raw(fc.stack_slot(lt.memory_type(lt.results_memory_type(signature.results))))
    result = dynamic_call(fc, receiver, holder, fun.sel.name, arguments, out)
    return out if out is not None else result


def nil_check_interface(fc: FunctionCompiler, v: ir.Value) -> None:
    fc.nil_check(fc.builder.extract_value(v, 0))


def dynamic_call(fc: FunctionCompiler, iface: ir.Value, iface_type: ts.Type, name: str,
                 arguments: list[ir.Value], out):
    """Calls method `name` of interface value iface; a nil interface panics as a nil
    dereference (gc faults the same way)."""
    b = fc.builder
    all_methods = ts.underlying(iface_type).all_methods
    index = next(i for i, m in enumerate(all_methods) if m.name == name)
    itab = b.extract_value(iface, 0)
    fc.nil_check(itab)
    table = b.bitcast(itab, _itab_type(len(all_methods)).as_pointer())
    slot = b.gep(table, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, 2), ir.Constant(lt.I32, index)],
                 inbounds=True)
    function_type = lt.function_type(methods.word_signature(all_methods[index]))
    function = b.bitcast(b.load(slot), function_type.as_pointer())
    prefix = [out] if out is not None else []
    call = b.call(function, prefix + [b.extract_value(iface, 1)] + list(arguments))
    return None if isinstance(call.type, ir.VoidType) else call


# ---------------------------------------------------------------- assertions

def assertion_value(fc: FunctionCompiler, e: ast.TypeAssertExpr) -> ir.Value:
    """x.(T), panicking as gc does when x does not hold a T."""
    return _assert(fc, e, with_ok=False)[0]


def assertion_comma_ok(fc: FunctionCompiler, e: ast.TypeAssertExpr) -> list[ir.Value]:
    """[v, ok] of `v, ok := x.(T)`: v is T's zero value when ok is false."""
    return _assert(fc, e, with_ok=True)


def _assert(fc: FunctionCompiler, e: ast.TypeAssertExpr, with_ok: bool) -> list[ir.Value]:
    x = fc.value(e.x)
    x_type = e.x.type
    target = e.type
    dynamic = dynamic_type(fc, x, x_type)
    if ts.is_interface(target):
        word = _interface_word_for(fc, dynamic, target, with_ok)
        ok = fc.builder.icmp_unsigned("!=", word, NULL)
        result = fc.builder.insert_value(x, word, 0)
        if with_ok:
            result = fc.builder.select(ok, result, zero(target))
        return [result, ok]
    want = fc.program.descriptors.descriptor(target)
    ok = fc.builder.icmp_unsigned("==", dynamic, want)
    data = fc.builder.extract_value(x, 1)
    if not with_ok:
        fc.check(ok, "runtime_panic_assert", fc.program.descriptors.descriptor(x_type), dynamic, want)
        return [data_value(fc, data, target), ok]
    return [_value_if(fc, ok, data, target), ok]


def _interface_word_for(fc: FunctionCompiler, dynamic: ir.Value, target: ts.Type, with_ok: bool):
    """word0 of the dynamic value converted to interface target; null (with_ok) or a
    panic when it does not implement target or is nil."""
    descriptor = fc.program.descriptors.descriptor(target)
    if is_empty(target):
        if not with_ok:
            fc.check(fc.builder.icmp_unsigned("!=", dynamic, NULL), "runtime_assert_itab",
                     descriptor, dynamic)
        return dynamic
    name = "runtime_itab_or_null" if with_ok else "runtime_assert_itab"
    return fc.runtime(name, descriptor, dynamic)


def _value_if(fc: FunctionCompiler, ok: ir.Value, data: ir.Value, t: ts.Type) -> ir.Value:
    """The T behind data when ok, else T's zero value (data is read only when ok)."""
    if lt.is_pointer_shaped(t):
        return fc.builder.select(ok, data, NULL)
    fallback = zero(t)
    if lt.is_big(t):
        slot = fc.stack_slot(lt.memory_type(t))
        fc.zero_memory(slot, t)
        fallback = fc.raw(slot)
    before = fc.builder.block
    load = fc.new_block("assert_ok")
    done = fc.new_block("assert_done")
    fc.builder.cbranch(ok, load, done)
    fc.start(load)
    v = fc.load(data, t)
    loaded = fc.builder.block
    fc.builder.branch(done)
    fc.start(done)
    return fc.merge(([v], loaded), ([fallback], before))[0]


# ---------------------------------------------------------------- type switches

def type_switch(fc: FunctionCompiler, s: ast.TypeSwitchStmt) -> None:
    label = fc.take_label()
    if s.init is not None:
        fc.statement(s.init)
    guard = s.assign.rhs[0] if isinstance(s.assign, ast.AssignStmt) else s.assign.x
    guard = unparen(guard)
    x_type = guard.x.type
    fc.hoist_calls([guard.x])
    x = fc.value(guard.x)
    dynamic = dynamic_type(fc, x, x_type)

    def test(e: ast.Expr, body: ir.Block, following: ir.Block) -> None:
        fc.builder.cbranch(_case_matches(fc, e, dynamic), body, following)

    def bind(clause: ast.CaseClause) -> None:
        var = clause.implicit_obj
        if var is not None:
            fc.declare(var, _case_value(fc, x, x_type, dynamic, var.type))
    fc.switch_clauses(label, s.body, test, bind)


def _case_matches(fc: FunctionCompiler, e: ast.Expr, dynamic: ir.Value) -> ir.Value:
    b = fc.builder
    if is_nil(e):
        return b.icmp_unsigned("==", dynamic, NULL)
    t = e.type
    if not ts.is_interface(t):
        return b.icmp_unsigned("==", dynamic, fc.program.descriptors.descriptor(t))
    return b.icmp_unsigned("!=", _interface_word_for(fc, dynamic, t, with_ok=True), NULL)


def _case_value(fc: FunctionCompiler, x: ir.Value, x_type: ts.Type, dynamic: ir.Value,
                t: ts.Type) -> ir.Value:
    """The clause's variable: x itself, or x's dynamic value as the clause's one type."""
    if ts.identical(t, x_type):
        return x
    if ts.is_interface(t):
        return fc.builder.insert_value(x, _interface_word_for(fc, dynamic, t, with_ok=True), 0)
    return data_value(fc, fc.builder.extract_value(x, 1), t)


# ---------------------------------------------------------------- comparison

def equal(fc: FunctionCompiler, x: ir.Value, y: ir.Value, t: ts.Type) -> ir.Value:
    """x == y for interface values of type t, as an i1."""
    b = fc.builder
    x_type = dynamic_type(fc, x, t)
    y_type = dynamic_type(fc, y, t)
    same = b.icmp_unsigned("==", x_type, y_type)
    both_nil = b.icmp_unsigned("==", x_type, NULL)
    before = b.block
    compare = fc.new_block("iface_compare")
    done = fc.new_block("iface_equal")
    b.cbranch(b.and_(same, b.not_(both_nil)), compare, done)
    fc.start(compare)
    equal_data = fc.runtime("runtime_efaceeq", x_type, b.extract_value(x, 1), b.extract_value(y, 1))
    data_result = b.icmp_unsigned("!=", equal_data, ir.Constant(lt.I64, 0))
    compared = b.block
    b.branch(done)
    fc.start(done)
    return fc.merge(([same], before), ([data_result], compared))[0]


def equal_to_concrete(fc: FunctionCompiler, iface: ir.Value, iface_type: ts.Type, v: ir.Value,
                      t: ts.Type, node) -> ir.Value:
    """iface == v for a value v of concrete type t, without boxing v: the dynamic type
    must be t and the value behind the data word equal v."""
    b = fc.builder
    same = b.icmp_unsigned("==", dynamic_type(fc, iface, iface_type),
                           fc.program.descriptors.descriptor(t))
    data = b.extract_value(iface, 1)
    if lt.is_pointer_shaped(t):
        return b.and_(same, b.icmp_unsigned("==", data, fc.raw(v)))
    before = b.block
    compare = fc.new_block("iface_compare_value")
    done = fc.new_block("iface_equal_value")
    b.cbranch(same, compare, done)
    fc.start(compare)
    result = arithmetic.values_equal(fc, fc.load(data, t), v, t, node)
    compared = b.block
    b.branch(done)
    fc.start(done)
    return fc.merge(([ir.Constant(lt.I1, 0)], before), ([result], compared))[0]
