# Expressions: values, addresses and branch conditions.
#
# Design: three entry points, reached through FunctionCompiler's dispatch
# (function.py; VALUE_HANDLERS is this file's part of the per-node table, which
# lowering.py installs).  fc.value(e) yields e's register-form SSA value;
# fc.address(e) yields a pointer to an addressable e's memory; fc.condition(e,
# yes, no) branches, so `&&`, `||` and `!` in an if or for header become control
# flow rather than i1 arithmetic.  Reading through an addressable operand
# (`b[i].vx`, `p.x`, `a[i][j]`) goes through address() and loads only the scalar
# at the end, never the whole aggregate.  fc.value_as(e, T) is the one place an
# operand meets the type of the slot it flows into (assignment, argument, return,
# element): untyped nil and concrete-to-interface conversion happen there.
#
# Invariants: a constant expression (mode 'constant') never generates code; the
# operands of a Go expression are evaluated left to right; every index is bounds
# checked and every pointer followed is nil checked (see function.py).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import arithmetic, channels, composites, conversions, slicing, strings
from minigo.codegen import closures, methods
from minigo.codegen import maps
from minigo.codegen.constants import constant, i64, zero
from minigo.codegen.function import FunctionCompiler, unsupported
from minigo.codegen.function import follow_fields, is_addressable, is_nil, unparen
from minigo.codegen.function import walk_fields_from_address


def value_as(fc: FunctionCompiler, e: ast.Expr, target: ts.Type) -> ir.Value:
    """e's value converted to the type of the slot it is assigned to."""
    if is_nil(e):
        return zero(target)
    if e.mode == "constant" and not ts.is_interface(target):
        return constant(fc.program, e.value, target)
    return conversions.implicit(fc, fc.value(e), e.type, target)


# ---------------------------------------------------------------- names

def _ident(fc: FunctionCompiler, e: ast.Ident) -> ir.Value:
    obj = e.obj
    if isinstance(obj, ts.Var):
        return fc.load(fc.home(obj), obj.type)
    if isinstance(obj, ts.Nil):
        return zero(e.type if e.type is not ts.UNTYPED_NIL else ts.UNSAFE_POINTER)
    if isinstance(obj, ts.Func):
        return closures.function_value(fc, obj, e)
    unsupported(e, f"use of {obj!r}")


def _paren(fc, e: ast.ParenExpr) -> ir.Value:
    return fc.value(e.x)


def _selector(fc, e: ast.SelectorExpr) -> ir.Value:
    if e.selection is None:                     # qualified identifier pkg.Name
        obj = e.sel.obj
        if isinstance(obj, ts.Var):
            return fc.load(fc.home(obj), obj.type)
        if isinstance(obj, ts.Func):
            return closures.function_value(fc, obj, e)
        unsupported(e, f"{e.sel.name} as a value")
    if e.selection.kind != "field":
        return methods.method_value(fc, e)
    if e.mode == "variable":
        return fc.load(fc.address(e), e.type)
    return _field_of_value(fc, e)


def _field_of_value(fc, e: ast.SelectorExpr) -> ir.Value:
    """x.f where x is not addressable (a call result, say): extract, following any
    embedded pointers through memory."""
    current = fc.value(e.x)
    current_type = e.x.type
    path = list(e.selection.path)
    if lt.is_big(current_type):          # a private copy in memory: walk it by address
        return fc.load(walk_fields_from_address(fc, current, current_type, path), e.type)
    while path:
        u = ts.underlying(current_type)
        if isinstance(u, ts.Pointer):
            pointer = follow_fields(fc, current, current_type, path)
            return fc.load(pointer, e.type)
        index = path.pop(0)
        current_type = u.fields[index].type
        current = lt.to_register(fc.builder, current_type, fc.builder.extract_value(current, index))
    return current


def _star(fc, e: ast.StarExpr) -> ir.Value:
    return fc.load(fc.address(e), e.type)


def _index(fc, e: ast.IndexExpr) -> ir.Value:
    if getattr(e, "instance", None) is not None:     # F[int] as a value: the instance
        return closures.function_value(fc, e.instance, e)
    u = ts.underlying(e.x.type)
    if isinstance(u, ts.Basic) and u.info & ts.STRING:
        return strings.index(fc, fc.value(e.x), fc.index_value(e.index))
    if isinstance(u, ts.Map):
        return maps.index_value(fc, e)
    if isinstance(u, ts.Array) and not is_addressable(e.x):
        return _index_array_value(fc, e, u)
    return fc.load(fc.address(e), e.type)


def _index_array_value(fc, e: ast.IndexExpr, array: ts.Array) -> ir.Value:
    aggregate = fc.value(e.x)
    if e.index.mode == "constant" and not lt.is_big(array):
        element = fc.builder.extract_value(aggregate, int(e.index.value))
        return lt.to_register(fc.builder, array.elem, element)
    index = fc.index_value(e.index)
    fc.bounds_check(index, i64(array.length))
    slot = fc.typed(fc.spill(aggregate, e.x.type), array)
    pointer = fc.builder.gep(slot, [ir.Constant(lt.I32, 0), index], inbounds=True)
    return fc.load(pointer, array.elem)


def index_value(fc, e: ast.Expr) -> ir.Value:
    """An index operand as i64 (any integer type; negative values fail the unsigned
    bounds compare; unsigned values wider than int stay unsigned)."""
    if e.mode == "constant":
        return i64(int(e.value))
    v = fc.value(e)
    return conversions.integer_to_i64(fc, v, e.type)


def _slice(fc, e: ast.SliceExpr) -> ir.Value:
    return slicing.slice_expression(fc, e)


def _unary(fc, e: ast.UnaryExpr) -> ir.Value:
    if e.op == "&":
        return address_of(fc, e.x)
    if e.op == "!":
        return fc.builder.not_(fc.value(e.x))
    if e.op == "<-":
        return channels.receive(fc, e)
    return arithmetic.unary(fc, e.op, fc.value(e.x), e.type)


def address_of(fc, x: ast.Expr) -> ir.Value:
    x = unparen(x)
    if isinstance(x, ast.CompositeLit):
        cell = fc.heap_alloc(x.type)
        composites.store_literal(fc, x, cell, zeroed=True)
        return cell
    return fc.raw(fc.address(x))


def _binary(fc, e: ast.BinaryExpr) -> ir.Value:
    if e.op in ("&&", "||"):
        return _logical(fc, e)
    return arithmetic.binary(fc, e)


def _logical(fc, e: ast.BinaryExpr) -> ir.Value:
    yes = fc.new_block("true")
    no = fc.new_block("false")
    done = fc.new_block("logical")
    fc.condition(e, yes, no)
    fc.start(yes)
    fc.builder.branch(done)
    fc.start(no)
    fc.builder.branch(done)
    fc.start(done)
    return fc.merge(([ir.Constant(lt.I1, 1)], yes), ([ir.Constant(lt.I1, 0)], no))[0]


def condition(fc, e: ast.Expr, yes: ir.Block, no: ir.Block) -> None:
    """Branches to yes when the boolean e holds, else to no."""
    e = unparen(e)
    if e.mode == "constant":
        fc.builder.branch(yes if e.value else no)
        return
    if isinstance(e, ast.BinaryExpr) and e.op in ("&&", "||"):
        middle = fc.new_block("and" if e.op == "&&" else "or")
        if e.op == "&&":
            fc.condition(e.x, middle, no)
        else:
            fc.condition(e.x, yes, middle)
        fc.start(middle)
        fc.condition(e.y, yes, no)
        return
    if isinstance(e, ast.UnaryExpr) and e.op == "!":
        fc.condition(e.x, no, yes)
        return
    fc.hoist_calls([e])
    fc.builder.cbranch(fc.value(e), yes, no)


def _call(fc, e: ast.CallExpr) -> ir.Value:
    return fc.call(e)


def _composite(fc, e: ast.CompositeLit) -> ir.Value:
    return composites.literal_value(fc, e)


VALUE_HANDLERS = {      # this file's part of the value table (lowering.py adds the rest)
    ast.Ident: _ident,
    ast.BasicLit: lambda fc, e: constant(fc.program, e.value, e.type),
    ast.ParenExpr: _paren,
    ast.SelectorExpr: _selector,
    ast.StarExpr: _star,
    ast.IndexExpr: _index,
    ast.IndexListExpr: _index,
    ast.SliceExpr: _slice,
    ast.UnaryExpr: _unary,
    ast.BinaryExpr: _binary,
    ast.CompositeLit: _composite,
}


# ---------------------------------------------------------------- addresses

def address(fc: FunctionCompiler, e: ast.Expr) -> ir.Value:
    """A pointer to the memory of addressable expression e."""
    e = unparen(e)
    if isinstance(e, ast.Ident):
        if not isinstance(e.obj, ts.Var):
            unsupported(e, "taking the address of a non-variable")
        return fc.home(e.obj)
    if isinstance(e, ast.SelectorExpr):
        return _field_address(fc, e)
    if isinstance(e, ast.StarExpr):
        pointer = fc.value(e.x)
        fc.nil_check(pointer)
        return fc.typed(pointer, e.type)
    if isinstance(e, ast.IndexExpr):
        return _element_address(fc, e)
    if isinstance(e, ast.CompositeLit):
        slot = fc.stack_slot(lt.memory_type(e.type))
        composites.store_literal(fc, e, slot)
        return slot
    unsupported(e, "taking this address")


def _field_address(fc, e: ast.SelectorExpr) -> ir.Value:
    if e.selection is None:
        obj = e.sel.obj
        if isinstance(obj, ts.Var):
            return fc.home(obj)
        unsupported(e, f"the address of {e.sel.name}")
    if e.selection.kind != "field":
        unsupported(e, "method values")
    base_type = e.x.type
    if isinstance(ts.underlying(base_type), ts.Pointer):
        return follow_fields(fc, fc.value(e.x), base_type, e.selection.path)
    base = fc.address(e.x)
    return walk_fields_from_address(fc, base, base_type, e.selection.path)


def _element_address(fc, e: ast.IndexExpr) -> ir.Value:
    u = ts.underlying(e.x.type)
    if isinstance(u, ts.Slice):
        slice_value = fc.value(e.x)
        index = fc.index_value(e.index)
        length = fc.builder.extract_value(slice_value, 1)
        fc.bounds_check(index, length)
        return fc.element_pointer(fc.builder.extract_value(slice_value, 0), u.elem, index)
    if isinstance(u, ts.Pointer):
        array_pointer = fc.value(e.x)
        fc.nil_check(array_pointer)
        array = ts.underlying(u.elem)
    elif isinstance(u, ts.Array):
        array_pointer = fc.address(e.x)
        array = u
    elif isinstance(u, ts.Map):
        return maps.slot_address(fc, e)
    else:
        unsupported(e, "indexing this type")
    index = fc.index_value(e.index)
    if e.index.mode != "constant":
        fc.bounds_check(index, i64(array.length))
    typed = fc.typed(array_pointer, array)
    return fc.builder.gep(typed, [ir.Constant(lt.I32, 0), index], inbounds=True)
