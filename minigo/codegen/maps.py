# Maps: make, literals, m[k] (plain and comma-ok), assignment, op=, ++/--,
# delete, len and range, lowered onto the hash table in runtime/map.c.
#
# Design: a map value is an i8* to the runtime's table header (nil is null); len(m)
# is the header's first word, read inline after a nil test.  Every other operation
# is one runtime call, chosen by the key's class: keys that are one 64-bit word
# (integers, pointers) pass by value to the _int64 entry points, strings as (ptr,
# len) to the _string ones, and any other key is spilled to the stack and passed by
# address with the map's type descriptor (the runtime hashes it generically from
# the descriptor).  Lookups return the value's address or null, and a null selects
# a constant all-zero block instead, so m[k] of a missing key is a load like any
# other (no branch); assignments return the address of the value slot to store to.
#
# Invariants (Go's order of evaluation, as gc implements it):
# - `m[k] = v` evaluates m, k, then v, and only then inserts: a panic in v leaves
#   the map untouched, and v never observes the new entry (len(m) included).
#   Multiple assignments defer every map insertion to the store phase the same way
#   (MapEntry targets).
# - `m[k] op= v` and `m[k]++` insert once and update the slot in place, except for
#   / and %, which look up first, compute, then insert, so that a division by zero
#   panics before the key is added (gc does exactly this).
# - range evaluates the map once; the runtime iterator (MAP_ITERATOR_WORDS words in
#   the frame) randomises the order per loop and copes with inserts, deletes and
#   growth during the loop; key and value are copied out before the body runs.
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import arithmetic, composites, runtime_abi
from minigo.codegen.constants import constant, i64, memory_constant
from minigo.codegen.function import FunctionCompiler, unparen
from minigo.codegen.library_call import CallOperands

ITERATOR_VALUE_WORD = 1          # where runtime_mapiternext leaves the value's address

_WORD_KINDS = {2, 6, 7, 11, 12, 26}   # int int64 uint uint64 uintptr unsafe.Pointer


def is_map_index(e: ast.Expr) -> bool:
    e = unparen(e)
    return isinstance(e, ast.IndexExpr) and e.x.type is not None and \
        isinstance(ts.underlying(e.x.type), ts.Map)


def _map_type(e: ast.Expr) -> ts.Map:
    return ts.underlying(e.type)


def _key_class(key_type: ts.Type) -> str:
    """'int64', 'string' or 'generic': which family of runtime entry points serves the key
    (map.c's key_class_of makes the same split, so every family hashes alike)."""
    u = ts.underlying(key_type)
    if isinstance(u, (ts.Pointer, ts.Chan)):
        return "int64"
    if isinstance(u, ts.Basic):
        if u.kind in _WORD_KINDS:
            return "int64"
        if u.info & ts.STRING:
            return "string"
    return "generic"


def _call(fc: FunctionCompiler, operation: str, map_type: ts.Type, map_value: ir.Value,
          key: ir.Value) -> ir.Value:
    """runtime_map<operation>[_int64|_string](...) for a key already of the key type."""
    u = ts.underlying(map_type)
    key_class = _key_class(u.key)
    name = "runtime_map" + operation
    if key_class == "int64":
        word = fc.builder.ptrtoint(key, lt.I64) if key.type == lt.POINTER else key
        return fc.runtime(name + "_int64", map_value, word)
    if key_class == "string":
        b = fc.builder
        return fc.runtime(name + "_string", map_value, b.extract_value(key, 0), b.extract_value(key, 1))
    descriptor = fc.program.descriptors.descriptor(map_type)
    return fc.runtime(name, descriptor, map_value, fc.raw(fc.spill(key, u.key)))


def _key_value(fc: FunctionCompiler, e: ast.IndexExpr) -> ir.Value:
    return fc.value_as(e.index, _map_type(e.x).key)


# ---------------------------------------------------------------- reading

def _zero_block(fc: FunctionCompiler, size: int) -> ir.Value:
    """An i8* to `size` constant zero bytes, one block per size per module."""
    name = f"minigo.zero.{size}"
    found = fc.module.globals.get(name)
    if found is None:
        array_type = ir.ArrayType(lt.I8, size)
        found = ir.GlobalVariable(fc.module, array_type, name)
        found.initializer = ir.Constant(array_type, None)
        found.global_constant = True
        found.linkage = "linkonce_odr"
        found.align = 8
    return found.bitcast(lt.POINTER)


def _load_or_zero(fc: FunctionCompiler, value_address: ir.Value, t: ts.Type) -> ir.Value:
    """The t at value_address, or t's zero value when the address is null."""
    size = lt.size_of(t)
    if size == 0:
        return ir.Constant(lt.register_type(t), None)
    found = fc.builder.icmp_unsigned("!=", value_address, ir.Constant(lt.POINTER, None))
    source = fc.builder.select(found, value_address, _zero_block(fc, size))
    return fc.load(source, t)


def _lookup(fc: FunctionCompiler, e: ast.IndexExpr) -> ir.Value:
    map_value = fc.value(e.x)
    return _call(fc, "access", e.x.type, map_value, _key_value(fc, e))


def index_value(fc: FunctionCompiler, e: ast.IndexExpr) -> ir.Value:
    """m[k]: the value, or the zero value for a missing key or a nil map."""
    return _load_or_zero(fc, _lookup(fc, e), e.type)


def comma_ok(fc: FunctionCompiler, e: ast.IndexExpr) -> list[ir.Value]:
    """v, ok := m[k]: [value (zero if missing), ok as i1]."""
    value_address = _lookup(fc, e)
    ok = fc.builder.icmp_unsigned("!=", value_address, ir.Constant(lt.POINTER, None))
    return [_load_or_zero(fc, value_address, e.type), ok]


def length(fc: FunctionCompiler, map_value: ir.Value) -> ir.Value:
    """len(m): 0 for nil, else the header's first word."""
    b = fc.builder
    before = b.block
    present = fc.new_block("map_len")
    done = fc.new_block("map_len_done")
    b.cbranch(b.icmp_unsigned("==", map_value, ir.Constant(lt.POINTER, None)), done, present)
    fc.start(present)
    count = b.load(b.bitcast(map_value, lt.I64.as_pointer()))
    b.branch(done)
    fc.start(done)
    return fc.merge(([i64(0)], before), ([count], present))[0]


# ---------------------------------------------------------------- making

def make(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    """make(map[K]V) and make(map[K]V, hint)."""
    hint = fc.index_value(e.args[1]) if len(e.args) > 1 else i64(0)
    return fc.runtime("runtime_makemap", fc.program.descriptors.descriptor(e.type), hint)


TABLE_LITERAL_MINIMUM = 25     # gc's threshold for filling a literal from static arrays


def literal(fc: FunctionCompiler, e: ast.CompositeLit) -> ir.Value:
    """map[K]V{k: v, ...}: a map sized for the entries, filled in source order; a big
    literal of constants loops over two constant tables instead of growing the code by
    one insertion per entry."""
    u = ts.underlying(e.type)
    map_value = fc.runtime("runtime_makemap", fc.program.descriptors.descriptor(e.type),
                           i64(len(e.elts)))
    if len(e.elts) > TABLE_LITERAL_MINIMUM and _all_constant(e, u):
        _fill_from_tables(fc, e, u, map_value)
        return map_value
    for element in e.elts:
        key = composites.element_value(fc, element.key, u.key)
        v = composites.element_value(fc, element.val, u.elem)
        fc.store(v, _call(fc, "assign", e.type, map_value, key), u.elem)
    return map_value


def _all_constant(e: ast.CompositeLit, u: ts.Map) -> bool:
    return not ts.is_interface(u.key) and not ts.is_interface(u.elem) and \
        all(element.key.mode == "constant" and element.val.mode == "constant" for element in e.elts)


def _constant_table(fc: FunctionCompiler, values: list, t: ts.Type) -> ir.Value:
    array_type = ir.ArrayType(lt.memory_type(t), len(values))
    members = [memory_constant(fc.program, v, t) for v in values]
    return fc.program.constant_global(array_type, ir.Constant(array_type, members), "maplit")


def _fill_from_tables(fc: FunctionCompiler, e: ast.CompositeLit, u: ts.Map, map_value: ir.Value) -> None:
    b = fc.builder
    keys = _constant_table(fc, [element.key.value for element in e.elts], u.key)
    values = _constant_table(fc, [element.val.value for element in e.elts], u.elem)
    counter = fc.stack_slot(lt.I64, name="literal_index")
    b.store(i64(0), counter)
    test, body, end = (fc.new_block(n) for n in ("maplit_cond", "maplit_body", "maplit_end"))
    b.branch(test)
    fc.start(test)
    index = b.load(counter)
    b.cbranch(b.icmp_unsigned("<", index, i64(len(e.elts))), body, end)
    fc.start(body)
    key = fc.load(b.gep(keys, [i64(0), index], inbounds=True), u.key)
    v = fc.load(b.gep(values, [i64(0), index], inbounds=True), u.elem)
    fc.store(v, _call(fc, "assign", e.type, map_value, key), u.elem)
    b.store(b.add(index, i64(1)), counter)
    b.branch(test)
    fc.start(end)


# ---------------------------------------------------------------- writing

@dataclass
class MapEntry:
    """The left side m[k] of an assignment, its operands evaluated, not yet inserted."""
    map_type: ts.Type
    map_value: ir.Value
    key: ir.Value

    def slot(self, fc: FunctionCompiler) -> ir.Value:
        """Inserts the key if absent (panics on a nil map); the value slot's address."""
        return _call(fc, "assign", self.map_type, self.map_value, self.key)

    def lookup(self, fc: FunctionCompiler) -> ir.Value:
        return _call(fc, "access", self.map_type, self.map_value, self.key)

    def store(self, fc: FunctionCompiler, v: ir.Value) -> None:
        fc.store(v, self.slot(fc), ts.underlying(self.map_type).elem)


def entry(fc: FunctionCompiler, e: ast.Expr) -> MapEntry:
    e = unparen(e)
    map_value = fc.value(e.x)
    return MapEntry(e.x.type, map_value, _key_value(fc, e))


def location(fc: FunctionCompiler, e: ast.Expr):
    """Where an assignment's left operand goes: a MapEntry for m[k], else an address."""
    if is_map_index(e):
        return entry(fc, e)
    return fc.address(e)


def store_to(fc: FunctionCompiler, where, v: ir.Value, t: ts.Type) -> None:
    """The store phase of an assignment to a location()."""
    if isinstance(where, MapEntry):
        where.store(fc, v)
    else:
        fc.store(v, where, t)


def slot_address(fc: FunctionCompiler, e: ast.IndexExpr) -> ir.Value:
    """&m[k] for stores that have already evaluated their value (range assigning to
    m[k], say): inserts the key now."""
    return entry(fc, e).slot(fc)


def assign(fc: FunctionCompiler, target: ast.Expr, source: ast.Expr) -> None:
    """m[k] = v."""
    where = entry(fc, target)
    where.store(fc, fc.value_as(source, target.type))


def update(fc: FunctionCompiler, target: ast.Expr, op: str, operand: Optional[ast.Expr], node) -> None:
    """m[k] op= operand, or m[k]++ / m[k]-- (op '+' or '-', operand None)."""
    where = entry(fc, target)
    t = target.type
    if operand is None:
        y = constant(fc.program, 1, t)
    elif op in ("<<", ">>"):
        y = None
    else:
        y = fc.value_as(operand, t)
    if op in ("/", "%"):
        old = _load_or_zero(fc, where.lookup(fc), t)
        where.store(fc, arithmetic.operate(fc, op, old, y, t, node))
        return
    slot = where.slot(fc)
    old = fc.load(slot, t)
    if y is None:
        new = arithmetic.shift(fc, op, old, t, operand)
    else:
        new = arithmetic.operate(fc, op, old, y, t, node)
    fc.store(new, slot, t)


def delete(fc: FunctionCompiler, call: CallOperands) -> None:
    """delete(m, k): nothing for a nil map or a missing key."""
    map_type = call.type_of(0)
    map_value = call.value(fc, 0)
    key = call.value_as(fc, 1, ts.underlying(map_type).key)
    _call(fc, "delete", map_type, map_value, key)


# ---------------------------------------------------------------- range

def range_loop(fc: FunctionCompiler, s: ast.RangeStmt, label, bind_variable, loop_body) -> None:
    """for k, v := range m.  From statements.py: bind_variable, the pair (declare(fc,
    expr, tok) -> target or None, set(fc, [(target, value, type)...])) that every range uses
    for its iteration variables, and loop_body, which lowers the body with its
    break/continue targets."""
    declare_variable, set_variables = bind_variable
    u = ts.underlying(s.x.type)
    b = fc.builder
    map_value = fc.value(s.x)
    key_target = declare_variable(fc, s.key, s.tok)
    value_target = declare_variable(fc, s.value, s.tok)
    iterator = fc.raw(fc.stack_slot(ir.ArrayType(lt.I64, runtime_abi.MAP_ITERATOR_WORDS), name="map_iterator"))
    fc.runtime("runtime_mapiterinit", map_value, iterator)
    test, body, end = (fc.new_block(n) for n in ("map_range_next", "map_range_body", "map_range_end"))
    fc.jump(test)
    fc.start(test)
    key_address = fc.runtime("runtime_mapiternext", iterator)
    b.cbranch(b.icmp_unsigned("==", key_address, ir.Constant(lt.POINTER, None)), end, body)
    fc.start(body)
    assignments = []
    if key_target is not None:
        assignments.append((key_target, fc.load(key_address, u.key), u.key))
    if value_target is not None:
        words = b.bitcast(iterator, lt.POINTER.as_pointer())
        value_address = b.load(b.gep(words, [i64(ITERATOR_VALUE_WORD)], inbounds=True))
        assignments.append((value_target, fc.load(value_address, u.elem), u.elem))
    set_variables(fc, assignments)
    loop_body(fc, label, test, end, s.body)
    fc.start(end)
