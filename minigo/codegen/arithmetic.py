# Go's operators with Go's exact semantics, on LLVM values.
#
# Design and invariants, each a place where LLVM's defaults differ from Go:
# - Integer + - * wrap: no nsw/nuw flags, ever.
# - x / y and x % y: y == 0 panics (runtime_panic_divide); signed x / -1 is -x and
#   x % -1 is 0 even for the most negative x, where LLVM's sdiv/srem are undefined.
#   The divisor is replaced by 1 when it is -1 (a select, no branch), so the sdiv
#   never overflows, and the quotient selects -x there.
# - Shifts: a count >= the width gives 0 (or the sign for signed >>); LLVM's shifts
#   are poison there, so the count is compared and the result selected.  A negative
#   signed count panics (runtime_panic_shift).  Constant counts fold at compile time.
# - Floats: plain fadd/fsub/fmul/fdiv, no fast-math or contract flag, so a*b+c
#   stays two roundings as in gc on amd64.  == is ordered (NaN != NaN), != unordered.
#   Complex numbers are pairs of them (complexes.py).
# - Comparison of strings, structs and arrays is by value (fieldwise; blank fields
#   skipped); interfaces compare dynamic types, then values (interfaces.py).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import complexes, interfaces, strings
from minigo.codegen.function import FunctionCompiler, is_nil, unsupported

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


def binary(fc: FunctionCompiler, e: ast.BinaryExpr) -> ir.Value:
    if e.op in COMPARISONS:
        return compare(fc, e.op, e.x, e.y, e)
    if e.op in ("<<", ">>"):
        x = fc.value_as(e.x, e.type)
        return shift(fc, e.op, x, e.type, e.y)
    # A left-associative chain (a + b + c + ..., thousands of terms in generated
    # code) is evaluated in a loop down its left spine, not by recursion: the same
    # instructions in the same order.
    spine = [e]
    while _continues_chain(spine[-1].x, spine[-1].type):
        spine.append(spine[-1].x)
    result = fc.value_as(spine[-1].x, spine[-1].type)
    for node in reversed(spine):
        y = fc.value_as(node.y, node.type)
        result = operate(fc, node.op, result, y, node.type, node)
    return result


ARITHMETIC_OPERATORS = frozenset(("+", "-", "*", "/", "%", "&", "|", "^", "&^"))


def _continues_chain(x: ast.Expr, t: ts.Type) -> bool:
    """Whether x, the left operand of an arithmetic operation of type t, is itself
    one whose value binary() would compute, with nothing to convert."""
    return isinstance(x, ast.BinaryExpr) and x.mode != "constant" \
        and x.op in ARITHMETIC_OPERATORS and x.type is t


def operate(fc: FunctionCompiler, op: str, x: ir.Value, y: ir.Value, t: ts.Type, node) -> ir.Value:
    """x op y for the arithmetic and bitwise operators (also op= and ++/--)."""
    b = fc.builder
    u = ts.underlying(t)
    if not isinstance(u, ts.Basic):
        unsupported(node, f"operator {op} on {t}")
    if u.info & ts.STRING:
        return strings.concatenate(fc, x, y)
    if u.info & ts.COMPLEX:
        return complexes.operate(fc, op, x, y, t)
    if u.info & ts.FLOAT:
        operations = {"+": b.fadd, "-": b.fsub, "*": b.fmul, "/": b.fdiv}
        return operations[op](x, y)
    if op in ("/", "%"):
        return divide(fc, op, x, y, not (u.info & ts.UNSIGNED))
    if op == "&^":
        return b.and_(x, b.not_(y))
    operations = {"+": b.add, "-": b.sub, "*": b.mul, "&": b.and_, "|": b.or_, "^": b.xor}
    return operations[op](x, y)


def divide(fc: FunctionCompiler, op: str, x: ir.Value, y: ir.Value, signed: bool) -> ir.Value:
    b = fc.builder
    y_known = y.constant if isinstance(y, ir.Constant) else None
    if y_known is None or y_known == 0:
        fc.check(b.icmp_unsigned("!=", y, zero_of(y)), "runtime_panic_divide")
    if not signed:
        return b.udiv(x, y) if op == "/" else b.urem(x, y)
    if y_known is not None and y_known not in (0, -1):
        return b.sdiv(x, y) if op == "/" else b.srem(x, y)
    minus_one = b.icmp_signed("==", y, ir.Constant(y.type, -1))
    safe_y = b.select(minus_one, ir.Constant(y.type, 1), y)
    if op == "%":
        return b.srem(x, safe_y)
    return b.select(minus_one, b.sub(zero_of(x), x), b.sdiv(x, safe_y))


def zero_of(v: ir.Value) -> ir.Constant:
    return ir.Constant(v.type, 0)


def shift(fc: FunctionCompiler, op: str, x: ir.Value, t: ts.Type, count_expr: ast.Expr) -> ir.Value:
    b = fc.builder
    width = x.type.width
    signed = not ts.is_unsigned(t)
    if count_expr.mode == "constant":
        count = int(count_expr.value)
        if count >= width:
            if op == ">>" and signed:
                return b.ashr(x, ir.Constant(x.type, width - 1))
            return ir.Constant(x.type, 0)
        amount = ir.Constant(x.type, count)
        return b.shl(x, amount) if op == "<<" else (b.ashr(x, amount) if signed else b.lshr(x, amount))
    count = fc.value(count_expr)
    if not ts.is_unsigned(count_expr.type):
        fc.check(b.icmp_signed(">=", count, zero_of(count)), "runtime_panic_shift")
    return shift_by(fc, op, x, signed, count)


def shift_by(fc: FunctionCompiler, op: str, x: ir.Value, signed: bool, count: ir.Value) -> ir.Value:
    """x << count or x >> count for a non-negative count of any integer width."""
    b = fc.builder
    width = x.type.width
    compare_width = max(width, count.type.width)
    wide_count = count if count.type.width == compare_width else b.zext(count, ir.IntType(compare_width))
    in_range = b.icmp_unsigned("<", wide_count, ir.Constant(wide_count.type, width))
    if count.type.width > width:
        amount = b.trunc(count, x.type)
    elif count.type.width < width:
        amount = b.zext(count, x.type)
    else:
        amount = count
    if op == "<<":
        return b.select(in_range, b.shl(x, amount), zero_of(x))
    if not signed:
        return b.select(in_range, b.lshr(x, amount), zero_of(x))
    return b.ashr(x, b.select(in_range, amount, ir.Constant(x.type, width - 1)))


def unary(fc: FunctionCompiler, op: str, x: ir.Value, t: ts.Type) -> ir.Value:
    b = fc.builder
    if op == "+":
        return x
    if op == "-":
        if ts.is_basic(t, ts.COMPLEX):
            return complexes.negate(b, x, t)
        if ts.is_float(t):
            return b.fneg(x)
        return b.sub(zero_of(x), x)
    if op == "^":
        return b.not_(x)
    raise AssertionError(op)


# ---------------------------------------------------------------- comparison

def compare(fc: FunctionCompiler, op: str, x_expr: ast.Expr, y_expr: ast.Expr, node) -> ir.Value:
    if is_nil(y_expr):
        return compare_with_nil(fc, op, fc.value(x_expr), x_expr.type, node)
    if is_nil(x_expr):
        return compare_with_nil(fc, op, fc.value(y_expr), y_expr.type, node)
    operand_type = _operand_type(x_expr, y_expr)
    if ts.is_interface(x_expr.type) != ts.is_interface(y_expr.type):
        equal = _interface_equals_concrete(fc, x_expr, y_expr, node)
        return equal if op == "==" else fc.builder.not_(equal)
    x = fc.value_as(x_expr, operand_type)
    y = fc.value_as(y_expr, operand_type)
    if op in ("==", "!="):
        equal = values_equal(fc, x, y, operand_type, node)
        return equal if op == "==" else fc.builder.not_(equal)
    return order(fc, op, x, y, operand_type)


def _interface_equals_concrete(fc, x_expr: ast.Expr, y_expr: ast.Expr, node) -> ir.Value:
    """x == y where one operand is an interface and the other is not (no boxing)."""
    types = [e.type if ts.is_interface(e.type) else ts.default_type(e.type) for e in (x_expr, y_expr)]
    x = fc.value_as(x_expr, types[0])
    y = fc.value_as(y_expr, types[1])
    if ts.is_interface(types[0]):
        return interfaces.equal_to_concrete(fc, x, types[0], y, types[1], node)
    return interfaces.equal_to_concrete(fc, y, types[1], x, types[0], node)


def _operand_type(x_expr: ast.Expr, y_expr: ast.Expr) -> ts.Type:
    """The type both operands are compared in: an interface when either is one (the
    empty one when both are and one is: every interface converts to it)."""
    if ts.is_interface(y_expr.type) and not ts.is_interface(x_expr.type):
        return y_expr.type
    if ts.is_interface(y_expr.type) and not ts.underlying(y_expr.type).all_methods:
        return y_expr.type
    if ts.is_untyped(x_expr.type) and not ts.is_untyped(y_expr.type):
        return y_expr.type
    return ts.default_type(x_expr.type)


def compare_with_nil(fc, op: str, v: ir.Value, t: ts.Type, node) -> ir.Value:
    u = ts.underlying(t)
    if isinstance(u, ts.Slice):
        word = fc.builder.extract_value(v, 0)
    elif isinstance(u, ts.Interface):
        word = fc.builder.extract_value(v, 0)
    else:
        word = v
    null = ir.Constant(word.type, None)
    return fc.builder.icmp_unsigned("==" if op == "==" else "!=", word, null)


def values_equal(fc: FunctionCompiler, x: ir.Value, y: ir.Value, t: ts.Type, node) -> ir.Value:
    """x == y as an i1, for any comparable type."""
    b = fc.builder
    u = ts.underlying(t)
    if lt.is_big(t):
        return memory_equal(fc, x, y, t, node)
    if isinstance(u, ts.Basic):
        if u.info & ts.STRING:
            return strings.equal(fc, x, y)
        if u.info & ts.FLOAT:
            return b.fcmp_ordered("==", x, y)
        if u.info & ts.COMPLEX:
            return complexes.equal(b, x, y)
        return b.icmp_unsigned("==", x, y)
    if isinstance(u, (ts.Pointer, ts.Chan, ts.Map, ts.Signature)):
        return b.icmp_unsigned("==", x, y)
    if isinstance(u, ts.Struct):
        fields = [(index, f.type) for index, f in enumerate(u.fields) if f.name != "_"]
        return _all_equal(fc, x, y, fields, node)
    if isinstance(u, ts.Array):
        return _all_equal(fc, x, y, [(index, u.elem) for index in range(u.length)], node)
    if isinstance(u, ts.Interface):
        return interfaces.equal(fc, x, y, t)
    unsupported(node, f"comparing values of type {t}")


def _all_equal(fc, x, y, members, node) -> ir.Value:
    b = fc.builder
    result = ir.Constant(lt.I1, 1)
    for index, member_type in members:
        x_member = lt.to_register(b, member_type, b.extract_value(x, index))
        y_member = lt.to_register(b, member_type, b.extract_value(y, index))
        result = b.and_(result, values_equal(fc, x_member, y_member, member_type, node))
    return result


def memory_equal(fc: FunctionCompiler, x: ir.Value, y: ir.Value, t: ts.Type, node) -> ir.Value:
    """*x == *y for pointers x, y to values of type t: fieldwise for structs, a loop
    stopping at the first difference for arrays."""
    u = ts.underlying(t)
    if not lt.is_big(t):
        return values_equal(fc, fc.load(x, t), fc.load(y, t), t, node)
    b = fc.builder
    if isinstance(u, ts.Struct):
        result = ir.Constant(lt.I1, 1)
        for index, f in enumerate(u.fields):
            if f.name != "_":
                equal = memory_equal(fc, fc.field_pointer(x, t, index), fc.field_pointer(y, t, index),
                                     f.type, node)
                result = b.and_(result, equal)
        return result
    counter = fc.stack_slot(lt.I64, name="compare_index")
    b.store(ir.Constant(lt.I64, 0), counter)
    test, body, advance, done = (fc.new_block(n) for n in ("eq_cond", "eq_body", "eq_next", "eq_done"))
    b.branch(test)
    fc.start(test)
    index = b.load(counter)
    b.cbranch(b.icmp_unsigned("<", index, ir.Constant(lt.I64, u.length)), body, done)
    fc.start(body)
    equal = memory_equal(fc, fc.element_pointer(x, u.elem, index), fc.element_pointer(y, u.elem, index),
                         u.elem, node)
    body_end = b.block
    b.cbranch(equal, advance, done)
    fc.start(advance)
    b.store(b.add(index, ir.Constant(lt.I64, 1)), counter)
    b.branch(test)
    fc.start(done)
    return fc.merge(([ir.Constant(lt.I1, 1)], test), ([ir.Constant(lt.I1, 0)], body_end))[0]


def order(fc: FunctionCompiler, op: str, x: ir.Value, y: ir.Value, t: ts.Type) -> ir.Value:
    b = fc.builder
    if ts.is_string(t):
        return b.icmp_signed(op, strings.compare(fc, x, y), ir.Constant(lt.I64, 0))
    if ts.is_float(t):
        return b.fcmp_ordered(op, x, y)
    if ts.is_unsigned(t):
        return b.icmp_unsigned(op, x, y)
    return b.icmp_signed(op, x, y)
