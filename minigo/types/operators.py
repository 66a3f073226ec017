"""Operators: unary (- + ^ ! & <-), binary arithmetic and logic, shifts and comparisons,
folding constant operands exactly and checking overflow after every constant operation
as go/types does."""
from __future__ import annotations

from fractions import Fraction

from minigo.syntax import ast
from minigo.types import constants
from minigo.types.typesystem import (
    BOOLEAN, INTEGER, INVALID, NUMERIC, ORDERED, STRING, UINT, UNTYPED_BOOL, UNTYPED_INT,
    Array, Basic, Chan, Interface, Map, Pointer, Signature, Slice, Struct, TypeParam, Var, default_type,
    identical, is_basic, is_integer, is_interface, is_untyped, underlying, SEND_ONLY,
)
from minigo.types.typeparams import core_or_self
from minigo.types.typeparams import every_term
from minigo.types.wording import describe, expr_string, is_nil, type_text

UNARY_PREDICATES = {"+": NUMERIC, "-": NUMERIC, "^": INTEGER, "!": BOOLEAN}
BINARY_PREDICATES = {"+": NUMERIC | STRING, "-": NUMERIC, "*": NUMERIC, "/": NUMERIC,
                     "%": INTEGER, "&": INTEGER, "|": INTEGER, "^": INTEGER, "&^": INTEGER,
                     "&&": BOOLEAN, "||": BOOLEAN}
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
OVERFLOW_OPERATION_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR",
                            "*": "multiplication", "<<": "shift"}


def unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def op_satisfies(t, flags) -> bool:
    if isinstance(t, TypeParam):        # defined on every term of its type set
        return every_term(t, lambda term: op_satisfies(term, flags))
    u = underlying(t)
    return isinstance(u, Basic) and bool(u.info & flags)


class OperatorChecks:

    def unary(self, e) -> None:
        op = e.op
        if op == "&":
            self.address_of(e)
            return
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if op == "<-":
            self.receive(e)
            return
        if op == "~":
            self.error(e, "cannot use ~ outside of interface or type constraint")
            return
        if not op_satisfies(x.type, UNARY_PREDICATES[op]):
            self.error(x, f"invalid operation: operator {op} not defined on {describe(x)}")
            return
        e.type = x.type
        if x.mode == "constant":
            basic = underlying(x.type)
            e.mode = "constant"
            e.value = constants.unary(op, x.value, basic)
            self.overflow(e)
            return
        e.mode = "value"

    def address_of(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if not isinstance(unparen(x), ast.CompositeLit) and x.mode != "variable":
            self.error(x, f"invalid operation: cannot take address of {describe(x)}")
            return
        self.mark_address_taken(x)
        e.mode, e.type = "value", Pointer(x.type)

    def mark_address_taken(self, x) -> None:
        """&x, &x.f, &x[i] (x an array): the variable x must live in memory."""
        node = unparen(x)
        while True:
            if isinstance(node, ast.SelectorExpr):
                selection = node.selection
                if selection is None or selection.indirect or isinstance(underlying(node.x.type), Pointer):
                    return
                node = unparen(node.x)
            elif isinstance(node, ast.IndexExpr):
                if not isinstance(underlying(node.x.type), Array):
                    return
                node = unparen(node.x)
            else:
                break
        if isinstance(node, ast.Ident) and isinstance(node.obj, Var):
            node.obj.address_taken = True

    def receive(self, e) -> None:
        x = e.x
        channel = core_or_self(x.type)
        if not isinstance(channel, Chan):
            self.error(x, f"invalid operation: cannot receive from non-channel {describe(x)}")
            return
        if channel.dir == SEND_ONLY:
            self.error(x, f"invalid operation: cannot receive from send-only channel {describe(x)}")
            return
        e.mode, e.type = "commaok", channel.elem
        self.has_call_or_recv = True
        self.not_supported(e, "receive operation", feature="channels")

    def overflow(self, e) -> None:
        """After a constant operation: typed results must fit their type, untyped
        integers their 512 bits, untyped floats their exponent range."""
        if not is_untyped(e.type):
            self.representable(e, underlying(e.type))
            return
        if constants.out_of_range(e.value):
            at = e.op_pos if isinstance(e, ast.BinaryExpr) and e.op_pos else e.pos
            self.error(at, "constant result is not representable")
            self.invalid(e)
            return
        if constants.too_big(e.value):
            name = ""
            if isinstance(e, ast.BinaryExpr):
                name = OVERFLOW_OPERATION_NAMES.get(e.op, "")
            elif isinstance(e, ast.UnaryExpr) and e.op == "^":
                name = "bitwise complement"
            at = e.op_pos if isinstance(e, ast.BinaryExpr) and e.op_pos else e.pos
            self.error(at, f"constant {name} overflow" if name else "constant overflow")
            self.invalid(e)

    def representable(self, e, basic) -> None:
        value, code = constants.representation(e.value, basic)
        if code is not None:
            code = constants.conversion_code(e.value, underlying(e.type), basic) \
                if isinstance(underlying(e.type), Basic) else code
            self.invalid_conversion(code, e, basic)
            self.invalid(e)
            return
        e.value = value

    def invalid_conversion(self, code, e, target) -> None:
        if code == constants.TRUNCATED:
            self.error(e, f"{describe(e)} truncated to {type_text(target)}")
        elif code == constants.OVERFLOWS:
            self.error(e, f"{describe(e)} overflows {type_text(target)}")
        else:
            self.error(e, f"cannot convert {describe(e)} to {type_text(target)}")

    # ------------------------------------------------------------ binary

    def binary(self, e, lhs, rhs, op, assign_op=False) -> None:
        """e = lhs op rhs (for `x op= y`, e is the AssignStmt's pseudo-expression)."""
        self.expr(lhs)
        self.expr(rhs)
        x, y = lhs, rhs
        if x.mode == "invalid" or y.mode == "invalid":
            self.invalid(e)
            return
        if op in ("<<", ">>"):
            self.shift(e, x, y, op)
            return
        if self.can_mix(x, y):
            self.convert_untyped(x, y.type)
            if x.mode == "invalid":
                self.invalid(e)
                return
            self.convert_untyped(y, x.type)
            if y.mode == "invalid":
                self.invalid(e)
                return
        if op in COMPARISONS:
            self.comparison(e, x, y, op)
            return
        if not identical(x.type, y.type):
            if x.type is not INVALID and y.type is not INVALID:
                if assign_op:
                    text = f"{expr_string(lhs)} {op}= {expr_string(rhs)}"
                else:
                    text = expr_string(e)
                self.error(x, f"invalid operation: {text} (mismatched types "
                              f"{type_text(x.type)} and {type_text(y.type)})")
            self.invalid(e)
            return
        if not op_satisfies(x.type, BINARY_PREDICATES[op]):
            self.error(x, f"invalid operation: operator {op} not defined on {describe(x)}")
            self.invalid(e)
            return
        if op in ("/", "%"):
            if (x.mode == "constant" or is_integer(x.type)) and y.mode == "constant" and y.value == 0:
                self.error(y, "invalid operation: division by zero")
                self.invalid(e)
                return
        e.type = x.type
        if x.mode == "constant" and y.mode == "constant":
            integer_division = is_integer(x.type)
            e.mode = "constant"
            e.value = constants.binary(op, x.value, y.value, integer_division)
            if is_basic(x.type, INTEGER) and isinstance(e.value, Fraction):
                e.value = int(e.value)
            self.overflow(e)
            return
        e.mode = "value"
        e.value = None

    def can_mix(self, x, y) -> bool:
        if is_interface(x.type) or is_interface(y.type):
            return True
        if op_satisfies(x.type, BOOLEAN) != op_satisfies(y.type, BOOLEAN):
            return False
        if op_satisfies(x.type, STRING) != op_satisfies(y.type, STRING):
            return False
        if is_nil(x) and not self.has_nil(y.type):
            return False
        if is_nil(y) and not self.has_nil(x.type):
            return False
        return True

    def shift(self, e, x, y, op) -> None:
        x_int = constants.to_int(x.value) if x.mode == "constant" and not isinstance(x.value, (bool, bytes)) else None
        if not (op_satisfies(x.type, INTEGER) or is_untyped(x.type) and x_int is not None):
            self.error(x, f"invalid operation: shifted operand {describe(x)} must be integer")
            self.invalid(e)
            return
        if y.mode == "constant":
            y_int = constants.to_int(y.value) if not isinstance(y.value, (bool, bytes)) else None
            if y_int is not None and y_int < 0:
                self.error(y, f"invalid operation: negative shift count {describe(y)}")
                self.invalid(e)
                return
            if is_untyped(y.type):
                self.representable(y, self.universe_uint())
                if y.mode == "invalid":
                    self.invalid(e)
                    return
        else:
            if op_satisfies(y.type, INTEGER):
                pass
            elif is_untyped(y.type):
                self.convert_untyped(y, self.universe_uint())
                if y.mode == "invalid":
                    self.invalid(e)
                    return
            else:
                self.error(y, f"invalid operation: shift count {describe(y)} must be integer")
                self.invalid(e)
                return
        if x.mode == "constant":
            if y.mode == "constant":
                count = constants.to_int(y.value)
                if count is None or count > constants.MAX_SHIFT_COUNT:
                    self.error(y, f"invalid operation: invalid shift count {describe(y)}")
                    self.invalid(e)
                    return
                e.type = x.type if is_basic(x.type, INTEGER) else UNTYPED_INT
                e.mode = "constant"
                e.value = constants.shift(op, x_int, count)
                self.overflow(e)
                return
            if is_untyped(x.type):
                self.shift_lhs.add(x)
                self.type_constant_shift_count(y)
                e.mode, e.type = "value", x.type
                return
        if not op_satisfies(x.type, INTEGER):
            self.error(x, f"invalid operation: shifted operand {describe(x)} must be integer")
            self.invalid(e)
            return
        self.type_constant_shift_count(y)
        e.mode, e.type = "value", x.type

    def type_constant_shift_count(self, y) -> None:
        """A constant count of a non-constant shift is materialised as a uint (go/types
        leaves it untyped; codegen prefers every materialised constant typed)."""
        if y.mode == "constant" and is_untyped(y.type):
            y.type = self.universe_uint()

    def universe_uint(self):
        return UINT

    def comparison(self, e, x, y, op, switch_case=False) -> None:
        error_operand = x
        cause = ""
        if not (self.assignable_to(x, y.type) or self.assignable_to(y, x.type)):
            error_operand = y
            cause = f"mismatched types {type_text(x.type)} and {type_text(y.type)}"
        elif op in ("==", "!="):
            if is_nil(x) or is_nil(y):
                other = y.type if is_nil(x) else x.type
                error_operand = None
                if not self.has_nil(other):
                    error_operand = y
                    cause = f"operator {op} not defined on nil"
            elif not self.comparable(x.type):
                error_operand = x
                cause = self.incomparable_cause(x.type)
            elif not self.comparable(y.type):
                error_operand = y
                cause = self.incomparable_cause(y.type)
            else:
                error_operand = None
        else:
            if not op_satisfies(x.type, ORDERED):
                error_operand = x
            elif not op_satisfies(y.type, ORDERED):
                error_operand = y
            else:
                error_operand = None
            if error_operand is not None and isinstance(error_operand.type, TypeParam):
                cause = f"type parameter {type_text(error_operand.type)} is not comparable with {op}"
            elif error_operand is not None:
                cause = f"operator {op} not defined on {self.kind_string(error_operand.type)}"
        if error_operand is not None:
            if switch_case:
                self.error(x, f"invalid case {expr_string(x)} in switch on {expr_string(y)} ({cause})")
            else:
                self.error(error_operand, f"invalid operation: {expr_string(x)} {op} {expr_string(y)} ({cause})")
            self.invalid(e)
            return
        if x.mode == "constant" and y.mode == "constant":
            e.mode = "constant"
            e.value = constants.compare(op, x.value, y.value)
        else:
            e.mode = "value"
            e.value = None
            self.update_expr_type(x, default_type(x.type), True)
            self.update_expr_type(y, default_type(y.type), True)
        e.type = UNTYPED_BOOL

    def kind_string(self, t) -> str:
        u = underlying(t)
        for kind, word in ((Array, "array"), (Slice, "slice"), (Struct, "struct"), (Pointer, "pointer"),
                           (Signature, "func"), (Interface, "interface"), (Map, "map"), (Chan, "chan")):
            if isinstance(u, kind):
                return word
        return type_text(t)

    def incomparable_cause(self, t) -> str:
        u = underlying(t)
        if isinstance(u, (Slice, Signature, Map)):
            return self.kind_string(t) + " can only be compared to nil"
        return self.comparable_cause(t)
