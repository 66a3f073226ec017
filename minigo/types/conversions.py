"""Implicit conversion of untyped operands, recording final types down the tree, and
explicit conversions T(x).

update_expr_type is go/types' updateExprType: once the context decides the type of
an untyped expression (`var f float64 = 1 << 3`, `x + 1` with x int8, an argument to
`...any`), the type is recorded on the expression and, for non-constant untyped
expressions, on its operands too, so codegen only ever meets typed values (except
untyped constants never materialised, e.g. the operands of a folded constant
expression: codegen must not descend into an expression whose mode is 'constant')."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.types import constants
from minigo.types.typesystem import (
    BOOLEAN, COMPLEX, FLOAT, INTEGER, INVALID, NUMERIC, STRING, UNTYPED, UNTYPED_NIL, UNTYPED_BOOL,
    UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, Array, Basic,
    Interface, Pointer, Slice, Struct, TypeParam, default_type, identical, is_basic, is_interface, is_untyped,
    underlying,
)
from minigo.types.unsafe_builtins import unsafe_conversion
from minigo.types.wording import describe, expr_string, type_text

UNTYPED_KIND_ORDER = {id(UNTYPED_BOOL): 1, id(UNTYPED_INT): 2, id(UNTYPED_RUNE): 3,
                      id(UNTYPED_FLOAT): 4, id(UNTYPED_COMPLEX): 5, id(UNTYPED_STRING): 6,
                      id(UNTYPED_NIL): 7}

INVALID_UNTYPED_CONVERSION = "invalid untyped conversion"


class ConversionChecks:

    # ------------------------------------------------------------ untyped operands

    def implicit_type_and_value(self, x, target):
        """(new type, new value or None, error code or None) for untyped x used as target."""
        if x.mode == "invalid" or not is_untyped(x.type) or target is INVALID:
            return x.type, None, None
        if is_untyped(target):
            if x.type.info & NUMERIC and target.info & NUMERIC:
                if UNTYPED_KIND_ORDER[id(x.type)] < UNTYPED_KIND_ORDER[id(target)]:
                    return target, None, None
            elif x.type is not target:
                return None, None, INVALID_UNTYPED_CONVERSION
            return x.type, None, None
        if x.type is UNTYPED_NIL:
            if self.has_nil(target):
                return target, None, None
            return None, None, INVALID_UNTYPED_CONVERSION
        if isinstance(target, TypeParam):
            return self.untyped_to_type_param(x, target)      # typeparams.py
        u = underlying(target)
        if isinstance(u, Basic):
            if x.mode == "constant":
                value, code = constants.representation(x.value, u)
                if code is not None:
                    return None, None, constants.conversion_code(x.value, x.type, u)
                return target, value, None
            kinds = {id(UNTYPED_BOOL): u.info & BOOLEAN, id(UNTYPED_STRING): u.info & STRING}
            allowed = kinds.get(id(x.type), u.info & NUMERIC)
            if not allowed:
                return None, None, INVALID_UNTYPED_CONVERSION
            return target, None, None
        if isinstance(u, Interface):
            if u.all_methods or u.type_set is not None:
                return None, None, INVALID_UNTYPED_CONVERSION
            return default_type(x.type), None, None
        return None, None, INVALID_UNTYPED_CONVERSION

    def convert_untyped(self, x, target) -> None:
        new_type, value, code = self.implicit_type_and_value(x, target)
        if code is not None:
            shown = underlying(target) if target is not None else target
            self.invalid_conversion(code, x, shown)
            self.invalid(x)
            return
        self.record_implicit_conversion(x, new_type, value)

    def record_implicit_conversion(self, x, new_type, value) -> None:
        """x, untyped, now stands for `value` of `new_type` (go/types' updateExprType)."""
        if value is not None:
            x.value = value
        if new_type is not x.type:
            self.update_expr_type(x, new_type, False)

    def update_expr_type(self, e, target, final) -> None:
        self.update_expr_type_in(None, e, target, final)

    def update_expr_type_in(self, parent, e, target, final) -> None:
        if e.type is None or not is_untyped(e.type) or e.mode == "invalid":
            return
        if isinstance(e, ast.ParenExpr):
            self.update_expr_type_in(e, e.x, target, final)
        elif isinstance(e, ast.UnaryExpr):
            if e.mode != "constant":
                self.update_expr_type_in(e, e.x, target, final)
        elif isinstance(e, ast.BinaryExpr):
            if e.mode != "constant":
                if e.op in ("==", "!=", "<", "<=", ">", ">="):
                    pass
                elif e.op in ("<<", ">>"):
                    self.update_expr_type_in(e, e.x, target, final)
                else:
                    self.update_expr_type_in(e, e.x, target, final)
                    self.update_expr_type_in(e, e.y, target, final)
        if not final and is_untyped(target):
            e.type = underlying(target)
            return
        if e in self.shift_lhs:
            self.shift_lhs.discard(e)
            if not is_basic(target, INTEGER):
                self.error(e, f"invalid operation: {expr_string(parent)} (shift of type {type_text(target)})")
                return
        if e.mode == "constant" and not is_untyped(target):
            u = underlying(target)
            if isinstance(u, Basic):
                value, code = constants.representation(e.value, u)
                if code is not None:
                    self.invalid_conversion(constants.conversion_code(e.value, e.type, u), e, u)
                    return
                e.value = value
        e.type = target

    # ------------------------------------------------------------ explicit conversions

    def conversion(self, call, x, target) -> None:
        """T(x): call is the CallExpr, x its single (checked) argument."""
        constant_argument = x.mode == "constant"
        ok = False
        cause = ""
        converted_value = None
        target_basic = underlying(target)
        if constant_argument and self.is_const_type(target):
            value, code = constants.representation(x.value, target_basic)
            if code is None:
                ok, converted_value = True, value
            elif is_basic(x.type, INTEGER) and target_basic.info & STRING:
                rune = constants.to_int(x.value)
                ok, converted_value = True, constants.rune_to_string(rune if rune is not None else -1)
            elif target_basic.info & INTEGER and constants.to_int(x.value) is not None:
                # go/types has already replaced an integral value by the integer when its
                # range check fails, and the message shows that integer
                x.value = constants.to_int(x.value)
        else:
            ok, cause = self.convertible_to(x, target)
        if not ok:
            if cause and constant_argument and isinstance(target, TypeParam):
                x.mode = "value"        # (gc: a conversion to a type parameter is no constant)
            message = f"cannot convert {describe(x)} to type {type_text(target)}"
            if cause:
                message += ":\n\t" + cause
            self.error(x, message)
            self.invalid(call)
            return
        if is_untyped(x.type):
            final = target
            if x.type is UNTYPED_NIL:
                pass
            elif is_interface(target) or constant_argument and not self.is_const_type(target):
                final = default_type(x.type)
            elif x.mode == "constant" and is_basic(x.type, INTEGER) and is_basic(target, STRING):
                final = x.type
            self.update_expr_type(x, final, True)
        call.type = target
        if constant_argument and self.is_const_type(target):
            call.mode, call.value = "constant", converted_value
        else:
            call.mode, call.value = "value", None

    def is_const_type(self, t) -> bool:
        u = underlying(t)
        return isinstance(u, Basic) and bool(u.info & (BOOLEAN | NUMERIC | STRING)) and not u.info & UNTYPED

    def convertible_to(self, x, target):
        """(ok, cause) for a non-constant conversion."""
        if self.assignable_to(x, target):
            return True, ""
        if isinstance(x.type, TypeParam) or isinstance(target, TypeParam):
            return self.type_param_convertible(x, target)    # typeparams.py
        v, t = underlying(x.type), underlying(target)
        if identical_ignore_tags(v, t):
            return True, ""
        if isinstance(x.type, Pointer) and isinstance(target, Pointer):
            if identical_ignore_tags(underlying(x.type.elem), underlying(target.elem)):
                return True, ""
        numeric = INTEGER | FLOAT
        if is_basic(v, numeric) and is_basic(t, numeric):
            return True, ""
        if is_basic(v, COMPLEX) and is_basic(t, COMPLEX):
            return True, ""
        if (is_basic(v, INTEGER) or is_bytes_or_runes(v)) and is_basic(t, STRING):
            return True, ""
        if is_basic(v, STRING) and is_bytes_or_runes(t):
            return True, ""
        if unsafe_conversion(x.type, target):
            return True, ""
        if isinstance(v, Slice) and isinstance(t, Pointer) and isinstance(underlying(t.elem), Array):
            if identical(v.elem, underlying(t.elem).elem):
                return True, ""
        return False, ""


def is_bytes_or_runes(t) -> bool:
    u = underlying(t)
    if isinstance(u, Slice):
        elem = underlying(u.elem)
        return isinstance(elem, Basic) and elem.kind in (8, 5)
    return False


def identical_ignore_tags(a, b) -> bool:
    """Conversions between struct types ignore field tags."""
    if isinstance(a, Struct) and isinstance(b, Struct):
        return len(a.fields) == len(b.fields) and all(
            x.name == y.name and x.embedded == y.embedded and identical(x.type, y.type)
            for x, y in zip(a.fields, b.fields))
    return identical(a, b)
