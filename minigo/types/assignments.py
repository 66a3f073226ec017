"""Assignments in every form: `=`, `:=`, `op=`, variable initialisation, arguments and
return values all pass through assignment(), which converts untyped operands and
checks assignability with Go's wording."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.types.typesystem import (
    INVALID, UNTYPED_NIL, Var, default_type, is_interface, is_untyped,
)
from minigo.types.wording import describe, expr_string, plural, type_text, types_summary
from minigo.types.operators import unparen


class AssignmentChecks:

    def assignment(self, x, target, context: str) -> None:
        """Checks that x can be assigned to a variable of type target (None: the value
        takes its default type, as for `_ =`, print arguments, `x := 1`)."""
        self.single_value(x)
        if x.mode == "invalid":
            return
        if x.mode not in ("constant", "variable", "mapindex", "value", "commaok"):
            self.error(x, f"cannot assign {describe(x)} to {type_text(target)} in {context}")
            self.invalid(x)
            return
        if is_untyped(x.type):
            wanted = target
            if x.type is UNTYPED_NIL:
                if target is None:
                    self.error(x, f"use of untyped nil in {context}")
                    self.invalid(x)
                    return
            elif target is None or is_interface(target):
                wanted = default_type(x.type)
            new_type, value, code = self.implicit_type_and_value(x, wanted)
            if code is not None:
                message = f"cannot use {describe(x)} as {type_text(wanted)} value in {context}"
                if code == "truncated":
                    message += " (truncated)"
                elif code == "overflows":
                    message += " (overflows)"
                self.error(x, message)
                self.invalid(x)
                return
            self.record_implicit_conversion(x, new_type, value)
        if target is None:
            return
        reasons: list[str] = []
        if not self.assignable_to(x, target, reasons):
            lacking = self.lacking_library_method(x.type, target)
            if lacking is not None:
                self.error(x, f"{lacking} not supported yet")
            elif reasons:
                self.error(x, f"cannot use {describe(x)} as type {type_text(target)} in {context}:\n\t{reasons[0]}")
            else:
                self.error(x, f"cannot use {describe(x)} as type {type_text(target)} in {context}")
            self.invalid(x)

    # ------------------------------------------------------------ variables

    def init_var(self, lhs: Var, x, context: str):
        """Initialises lhs with x; returns x's type, or None after an error."""
        if x.mode == "invalid" or x.type is INVALID or lhs.type is INVALID:
            if lhs.type is None:
                lhs.type = INVALID
            lhs.used = True
            return None
        if lhs.type is None:
            value_type = x.type
            if is_untyped(value_type):
                if value_type is UNTYPED_NIL:
                    self.error(x, f"use of untyped nil in {context}")
                    lhs.type = INVALID
                    return None
                value_type = default_type(value_type)
            lhs.type = value_type
        self.assignment(x, lhs.type, context)
        if x.mode == "invalid":
            lhs.used = True
            return None
        return x.type

    def init_vars(self, lhs: list, rhs_exprs: list, return_stmt) -> None:
        """lhs = rhs for declarations (and return statements: lhs are the results)."""
        values = self.expr_list(rhs_exprs, allow_comma_ok=len(lhs) == 2 and return_stmt is None)
        if len(lhs) != len(values):
            for var in lhs:
                var.used = True
                if var.type is None:
                    var.type = INVALID
            if any(v.mode == "invalid" for v in values):
                return
            if return_stmt is not None:
                if len(values) > len(lhs):
                    at, qualifier = values[len(lhs)], "too many"
                else:
                    at, qualifier = (values[-1] if values else return_stmt), "not enough"
                self.error(at, f"{qualifier} return values\n\thave {types_summary([v.type for v in values])}"
                               f"\n\twant {types_summary([v.type for v in lhs])}")
                return
            self.assign_error(rhs_exprs, len(lhs), len(values))
            return
        context = "return statement" if return_stmt is not None else "assignment"
        ok = True
        for var, value in zip(lhs, values):
            if self.init_var(var, value, context) is None:
                ok = False
        if not ok:
            for var in lhs:
                var.used = True

    def assign_error(self, rhs_exprs, variables: int, values: int) -> None:
        first = rhs_exprs[0]
        if len(rhs_exprs) == 1:
            call = unparen(first)
            if isinstance(call, ast.CallExpr):
                self.error(first, f"assignment mismatch: {plural(variables, 'variable')} but "
                                  f"{expr_string(call.fun)} returns {plural(values, 'value')}")
                return
        self.error(first, f"assignment mismatch: {plural(variables, 'variable')} but {plural(values, 'value')}")

    def assign_var(self, lhs, x):
        """lhs = x for an existing variable (or _, a field, an element...)."""
        if x.mode == "invalid" or x.type is INVALID:
            self.use_lhs(lhs)
            return None
        target = unparen(lhs)
        if isinstance(target, ast.Ident) and target.name == "_":
            target.obj = None
            self.assignment(x, None, "assignment to _ identifier")
            return None if x.mode == "invalid" else x.type
        self.use_lhs(lhs)
        z = lhs
        if z.mode == "invalid" or z.type is INVALID:
            return None
        if z.mode not in ("variable", "mapindex"):
            if isinstance(target, ast.SelectorExpr) and target.x.mode == "mapindex":
                self.error(z, f"cannot assign to struct field {expr_string(z)} in map")
                return None
            self.error(z, f"cannot assign to {describe(z)}")
            return None
        self.assignment(x, z.type, "assignment")
        return None if x.mode == "invalid" else x.type

    def assign_vars(self, lhs: list, rhs_exprs: list) -> None:
        values = self.expr_list(rhs_exprs, allow_comma_ok=len(lhs) == 2)
        if len(lhs) != len(values):
            self.use_lhs(*lhs)
            if any(v.mode == "invalid" for v in values):
                return
            self.assign_error(rhs_exprs, len(lhs), len(values))
            return
        ok = True
        for target, value in zip(lhs, values):
            if self.assign_var(target, value) is None:
                ok = False
        if not ok:
            for target in lhs:
                node = unparen(target)
                if isinstance(node, ast.Ident):
                    obj = self.scope.lookup(node.name)
                    if isinstance(obj, Var) and obj.pkg is self.pkg:
                        obj.used = True

    def short_var_decl(self, stmt) -> None:
        scope = self.scope
        seen = set()
        lhs_vars = []
        new_vars = []
        has_error = False
        for target in stmt.lhs:
            if not isinstance(target, ast.Ident):
                self.use_lhs(target)
                self.error(target, f"non-name {expr_string(target)} on left side of :=")
                has_error = True
                lhs_vars.append(None)
                continue
            name = target.name
            if name != "_":
                if name in seen:
                    self.error(target, f"{name} repeated on left side of :=")
                    has_error = True
                    lhs_vars.append(None)
                    continue
                seen.add(name)
            existing = scope.lookup_local(name)
            if existing is not None:
                target.obj = existing
                if isinstance(existing, Var):
                    lhs_vars.append(existing)
                else:
                    self.error(target, f"cannot assign to {expr_string(target)}")
                    has_error = True
                    lhs_vars.append(None)
                continue
            var = Var(name, None, target.pos, self.pkg)
            target.obj = var if name != "_" else None
            lhs_vars.append(var)
            if name != "_":
                new_vars.append((target, var))
        lhs_vars = [v if v is not None else Var("_", None, t.pos, self.pkg) for v, t in zip(lhs_vars, stmt.lhs)]
        self.init_vars(lhs_vars, stmt.rhs, None)
        for target, var in zip(stmt.lhs, lhs_vars):
            if isinstance(target, ast.Ident) and target.obj is var and var.type is not None:
                target.mode, target.type = "variable", var.type
        if not new_vars and not has_error:
            self.error(stmt, "no new variables on left side of :=", soft=True)
            return
        for target, var in new_vars:
            self.declare(scope, None, var)

    def assign_op(self, stmt) -> None:
        """x op= y: checked as x = x op y, the operation recorded on nothing but x, y."""
        if len(stmt.lhs) != 1 or len(stmt.rhs) != 1:
            self.error(stmt, f"assignment operation {stmt.tok} requires single-valued expressions")
            return
        op = stmt.tok[:-1]
        pseudo = ast.BinaryExpr(stmt.pos, op, stmt.lhs[0], stmt.rhs[0], op_pos=stmt.pos)
        self.binary(pseudo, stmt.lhs[0], stmt.rhs[0], op, assign_op=True)
        if pseudo.mode == "invalid":
            return
        self.assign_var_checked(stmt.lhs[0], pseudo)

    def assign_var_checked(self, lhs, x) -> None:
        """The left side of op= or ++/-- was already evaluated as an operand."""
        if lhs.mode == "invalid" or lhs.type is INVALID:
            return
        if lhs.mode not in ("variable", "mapindex"):
            target = unparen(lhs)
            if isinstance(target, ast.SelectorExpr) and target.x.mode == "mapindex":
                self.error(lhs, f"cannot assign to struct field {expr_string(lhs)} in map")
                return
            self.error(lhs, f"cannot assign to {describe(lhs)}")
            return
        self.assignment(x, lhs.type, "assignment")

