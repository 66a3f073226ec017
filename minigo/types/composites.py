"""Composite literals: struct (keyed or positional), array ([...]T included), slice and
map literals, with elided inner types taken from the enclosing literal (a CompositeLit
whose lit_type is None has the element type as .type, or *T meaning &T{...})."""
from __future__ import annotations

from fractions import Fraction

from minigo.syntax import ast
from minigo.types import constants
from minigo.types.typesystem import (
    INVALID, Array, Map, Pointer, Slice, Struct, is_interface, underlying,
)
from minigo.types.typeparams import core_or_self
from minigo.types.wording import expr_string, type_text


class CompositeLiteralChecks:

    def composite_lit(self, e, hint) -> None:
        if e.lit_type is not None:
            lit_type = e.lit_type
            if isinstance(lit_type, ast.ArrayType) and isinstance(lit_type.len, ast.Ellipsis):
                elem = self.var_type(lit_type.elt)
                typ = Array(-1, elem)
                base = typ
                lit_type.mode, lit_type.type = "type", typ
            else:
                typ = self.type_expr(lit_type)
                base = typ
        elif hint is not None:
            typ = hint
            base = core_or_self(typ)
            if isinstance(base, Pointer):
                base = base.elem
        else:
            self.error(e, "invalid composite literal type: missing type")
            self.use(*e.elts)
            return
        u = core_or_self(base)
        if isinstance(u, Struct):
            self.struct_literal(e, u, base, typ)
        elif isinstance(u, Array):
            count = self.indexed_elements(e.elts, u.elem, u.length)
            if u.length < 0:
                u.length = count
        elif isinstance(u, Slice):
            self.indexed_elements(e.elts, u.elem, -1)
        elif isinstance(u, Map):
            self.map_literal(e, u)
        else:
            self.use(*e.elts)
            if u is not INVALID:
                self.error(e, f"invalid composite literal type {type_text(typ)}")
            return
        e.mode, e.type = "value", typ

    def struct_literal(self, e, struct, base, typ) -> None:
        fields = struct.fields
        if not e.elts:
            return
        if isinstance(e.elts[0], ast.KeyValueExpr):
            visited = set()
            for element in e.elts:
                if not isinstance(element, ast.KeyValueExpr):
                    self.error(element, "mixture of field:value and value elements in struct literal")
                    self.use(element)
                    continue
                key = element.key
                if not isinstance(key, ast.Ident):
                    self.error(element, f"invalid field name {expr_string(key)} in struct literal")
                    self.use(element.val)
                    continue
                index = next((i for i, f in enumerate(fields)
                              if f.name == key.name and self.accessible(f, f.name)), -1)
                if index < 0:
                    self.error(key, f"unknown field '{key.name}' in struct literal of type {type_text(base)}")
                    self.use(element.val)
                    continue
                field = fields[index]
                key.obj = field
                key.mode, key.type = "variable", field.type
                self.expr(element.val, field.type)
                self.assignment(element.val, field.type, "struct literal")
                element.mode, element.type = element.val.mode, field.type
                if index in visited:
                    self.error(element, f"duplicate field name {key.name} in struct literal")
                    continue
                visited.add(index)
            return
        for index, element in enumerate(e.elts):
            if isinstance(element, ast.KeyValueExpr):
                self.error(element, "mixture of field:value and value elements in struct literal")
                self.use(element.val)
                continue
            self.expr(element, fields[index].type if index < len(fields) else None)
            if index >= len(fields):
                self.error(element, f"too many values in {type_text(base)}{{…}}")
                break
            field = fields[index]
            if not field.name[:1].isupper() and field.pkg is not self.pkg:
                self.error(element, f"implicit assignment to unexported field {field.name} in {type_text(typ)} literal")
                continue
            self.assignment(element, field.type, "struct literal")
        if len(e.elts) < len(fields):
            self.error(e.rbrace or e, f"too few values in {type_text(base)}{{…}}")

    def indexed_elements(self, elements, elem_type, length) -> int:
        visited = set()
        index = 0
        largest = 0
        for element in elements:
            valid_index = False
            value_expr = element
            if isinstance(element, ast.KeyValueExpr):
                key_type, key_value = self.index(element.key, length)
                if key_type is not INVALID:
                    if key_value >= 0:
                        index = key_value
                        valid_index = True
                    else:
                        self.error(element, f"index {expr_string(element.key)} must be integer constant")
                value_expr = element.val
            elif length >= 0 and index >= length:
                self.error(element, f"index {index} is out of bounds (>= {length})")
            else:
                valid_index = True
            if valid_index:
                if index in visited:
                    self.error(element, f"duplicate index {index} in array or slice literal")
                visited.add(index)
            index += 1
            largest = max(largest, index)
            self.expr(value_expr, elem_type)
            self.assignment(value_expr, elem_type, "array or slice literal")
            if value_expr is not element:
                element.mode, element.type = value_expr.mode, elem_type
        return largest

    def map_literal(self, e, map_type) -> None:
        seen = {}
        for element in e.elts:
            if not isinstance(element, ast.KeyValueExpr):
                self.error(element, "missing key in map literal")
                self.use(element)
                continue
            self.expr(element.key, map_type.key)
            self.assignment(element.key, map_type.key, "map literal")
            if element.key.mode == "invalid":
                self.use(element.val)
                continue
            if element.key.mode == "constant":
                marker = (constants.value_string(element.key.value), type_text(element.key.type)) \
                    if is_interface(map_type.key) else element.key.value
                if isinstance(marker, Fraction) and marker.denominator == 1:
                    marker = marker.numerator
                if marker in seen:
                    self.error(element.key, f"duplicate key {constants.value_string(element.key.value)} in map literal")
                    self.use(element.val)
                    continue
                seen[marker] = True
            self.expr(element.val, map_type.elem)
            self.assignment(element.val, map_type.elem, "map literal")
            element.mode, element.type = "value", map_type.elem
