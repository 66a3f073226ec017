"""Index and slice expressions: x[i] on strings, arrays, pointers to arrays, slices and
maps, x[i:j:k], and the index checks shared with composite literals and make."""
from __future__ import annotations

from minigo.errors import Pos
from minigo.types import constants
from minigo.types.generics import is_generic_func, named_object
from minigo.types.typesystem import (
    BYTE, INT, INTEGER, INVALID, STRING, STRING_TYPE, Array, Basic, Func, Map, Pointer, Slice,
    is_basic, is_untyped, underlying,
)
from minigo.types.operators import op_satisfies
from minigo.types.typeparams import core_or_self, term_index_element
from minigo.types.wording import describe, expr_string


class IndexChecks:

    def index_expr(self, e) -> None:
        self.generic_base = e.x
        self.expr_or_type(e.x)
        x = e.x
        if x.mode == "invalid":
            self.use(e.index)
            return
        if x.mode == "type":
            e.mode, e.type = "type", self.instantiated_type(e, checked=True)
            return
        if is_generic_func(named_object(x)):
            self.explicit_func_instance(e, x)      # F[int] as a value (generics.py)
            return
        u = core_or_self(x.type)
        length = -1
        if isinstance(u, Basic) and u.info & STRING:
            if x.mode == "constant":
                length = len(x.value)
                if is_untyped(x.type):
                    self.update_expr_type(x, STRING_TYPE, True)
            e.mode, e.type = "value", BYTE
        elif isinstance(u, Array):
            length = u.length
            e.mode = "variable" if x.mode == "variable" else "value"
            e.type = u.elem
        elif isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            array = underlying(u.elem)
            length = array.length
            e.mode, e.type = "variable", array.elem
        elif isinstance(u, Slice):
            e.mode, e.type = "variable", u.elem
        elif isinstance(u, Map):
            self.expr(e.index, u.key)
            self.assignment(e.index, u.key, "map index")
            e.mode, e.type = "mapindex", u.elem
            return
        elif term_index_element(u) is not None:
            # a type parameter without a core type whose terms all index alike
            element, of_string = term_index_element(u)
            e.mode, e.type = "value" if of_string else "variable", element
        else:
            self.error(e.lbrack or self.end_position(x), f"invalid operation: cannot index {describe(x)}")
            self.invalid(e)
            self.use(e.index)
            return
        self.index(e.index, length)

    def end_position(self, x):
        """Where the token after x starts (x written on one line, gc's spacing)."""
        return Pos(x.pos.filename, x.pos.line, x.pos.col + len(expr_string(x)))

    def index(self, index, max_length):
        """Checks an index; returns (type, constant value or -1)."""
        self.expr(index)
        if not self.is_valid_index(index, "index", False):
            return INVALID, -1
        if index.mode != "constant":
            return index.type, -1
        value = index.value
        if max_length >= 0 and value >= max_length:
            self.error(index, f"invalid argument: index {constants.value_string(value)} out of bounds [0:{max_length}]")
            return INVALID, -1
        return index.type, value

    def is_valid_index(self, x, what, allow_negative) -> bool:
        if x.mode == "invalid":
            return False
        self.convert_untyped(x, INT)
        if x.mode == "invalid":
            return False
        if not op_satisfies(x.type, INTEGER):
            self.error(x, f"invalid argument: {what} {describe(x)} must be integer")
            return False
        if x.mode == "constant":
            if not allow_negative and x.value < 0:
                self.error(x, f"invalid argument: {what} {describe(x)} must not be negative")
                return False
            _, code = constants.representation(x.value, INT)
            if code is not None:
                self.error(x, f"invalid argument: {what} {describe(x)} overflows int")
                return False
        return True

    def slice_expr(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            self.use(e.low, e.high, e.max)
            return
        u = core_or_self(x.type)
        length = -1
        valid = False
        if isinstance(u, Basic) and u.info & STRING:
            if e.slice3:
                self.error(e.max or e, "invalid operation: 3-index slice of string")
                self.use(e.low, e.high, e.max)
                return
            valid = True
            if x.mode == "constant":
                length = len(x.value)
            e.type = STRING_TYPE if is_untyped(x.type) else x.type
            if is_untyped(x.type):
                self.update_expr_type(x, STRING_TYPE, True)
        elif isinstance(u, Array):
            valid = True
            length = u.length
            if x.mode != "variable":
                self.error(x, f"invalid operation: {describe(x)} (slice of unaddressable value)")
                self.use(e.low, e.high, e.max)
                return
            self.mark_address_taken(x)
            e.type = Slice(u.elem)
        elif isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            valid = True
            length = underlying(u.elem).length
            e.type = Slice(underlying(u.elem).elem)
        elif isinstance(u, Slice):
            valid = True
            e.type = x.type
        if not valid:
            self.error(x, f"invalid operation: cannot slice {describe(x)}")
            self.use(e.low, e.high, e.max)
            e.type = INVALID
            return
        e.mode = "value"
        values = []
        for position, bound in enumerate((e.low, e.high, e.max)):
            value = -1
            if bound is not None:
                _, constant_value = self.index(bound, length + 1 if length >= 0 else -1)
                if constant_value >= 0:
                    value = constant_value
            elif position == 0:
                value = 0
            elif length >= 0:
                value = length
            values.append(value)
        bounds = (e.low, e.high, e.max)
        for i in range(2):
            if values[i] > 0:
                for j in range(i + 1, 3):
                    if 0 <= values[j] < values[i] and bounds[j] is not None:
                        self.error(bounds[j], f"invalid slice indices: {values[j]} < {values[i]}")
                        return
