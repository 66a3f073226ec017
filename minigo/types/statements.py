"""Statements and function bodies.

Annotations for codegen: identifiers declared by `:=`, range and type switches carry
.obj (a new Var, or for `:=` an existing one being reassigned); a tagless switch
compares each case with `true` (case expressions are typed bool); a tagged switch's
tag has its final type and each case expression is converted to it; a range
statement's x has its type (string, array, pointer to array, slice, map, chan) and
its key/value Idents (for :=) carry their Vars; for `=` the key/value are ordinary
checked lhs expressions."""
from __future__ import annotations

from fractions import Fraction

from minigo.errors import Pos
from minigo.syntax import ast
from minigo.types.constants import ComplexValue
from minigo.types.typesystem import (
    BOOL, BOOLEAN, INT, INVALID, NUMERIC, RUNE, STRING, STRING_TYPE, Array, Basic, Chan,
    Const, Interface, Map, Nil, Pointer, Slice, Tuple, TypeName, TypeParam, Var, identical, is_basic, underlying,
    RECV_ONLY, SEND_ONLY,
)
from minigo.types.typeparams import core_or_self, every_term
from minigo.types.operators import unparen
from minigo.types.calls import Operand
from minigo.types.declarations import DeclInfo
from minigo.types.wording import describe, expr_string, type_text, types_summary


class StatementChecks:

    # ------------------------------------------------------------ function bodies

    def check_function_body(self, body) -> None:
        self.statement_list(body.stmts)
        signature = self.function.signature
        if signature.results.vars and not self.is_terminating_list(body.stmts, ""):
            self.error(body.rbrace or body, "missing return")
        self.report_unused_variables()
        self.drain_later_checks()

    def report_unused_variables(self) -> None:
        # as gc: a variable whose type failed is not reported (its type's error is)
        unused = [v for v in self.function.local_vars
                  if not v.used and v.name != "_" and v.type is not INVALID]
        for var in sorted(unused, key=lambda v: v.pos):
            self.error(var.pos, f"{var.name} declared but not used", soft=True)

    def drain_later_checks(self) -> None:
        while self.later_type_checks:
            check = self.later_type_checks.pop(0)
            check()

    # ------------------------------------------------------------ statements

    def statement_list(self, stmts) -> None:
        for stmt in stmts:
            self.statement(stmt)

    def statement(self, s) -> None:   # noqa: C901 - one case per statement kind
        if isinstance(s, ast.ExprStmt):
            self.expression_statement(s)
        elif isinstance(s, ast.AssignStmt):
            self.assign_statement(s)
        elif isinstance(s, ast.IncDecStmt):
            self.inc_dec(s)
        elif isinstance(s, ast.DeclStmt):
            self.local_declaration(s.decl)
        elif isinstance(s, ast.ReturnStmt):
            self.return_statement(s)
        elif isinstance(s, ast.BlockStmt):
            with self.open_scope():
                self.statement_list(s.stmts)
        elif isinstance(s, ast.IfStmt):
            self.if_statement(s)
        elif isinstance(s, ast.ForStmt):
            self.for_statement(s)
        elif isinstance(s, ast.RangeStmt):
            self.range_statement(s)
        elif isinstance(s, ast.SwitchStmt):
            self.switch_statement(s)
        elif isinstance(s, ast.TypeSwitchStmt):
            self.type_switch_statement(s)
        elif isinstance(s, ast.LabeledStmt):
            self.statement(s.stmt)
        elif isinstance(s, ast.BranchStmt):
            pass        # checked by branches.check_branches
        elif isinstance(s, (ast.EmptyStmt, ast.BadStmt)):
            pass
        elif isinstance(s, ast.GoStmt):
            self.suspended_call("go", s.call)
        elif isinstance(s, ast.DeferStmt):
            self.suspended_call("defer", s.call)
        elif isinstance(s, ast.SendStmt):
            self.send_statement(s)
        elif isinstance(s, ast.SelectStmt):
            self.select_statement(s)
        else:
            self.error(s, "invalid statement")
        self.drain_later_checks()

    def expression_statement(self, s) -> None:
        x = s.x
        self.raw_expr(x)
        if x.mode == "invalid":
            return
        inner = unparen(x)
        if x.mode == "builtin":
            self.error(x, f"{describe(x)} must be called")
            return
        if x.mode == "type":
            self.error(x, f"{describe(x)} is not an expression")
            return
        if isinstance(inner, ast.CallExpr) and inner.fun.mode not in ("type", "builtin"):
            return
        if isinstance(inner, ast.CallExpr) and inner.fun.mode == "builtin":
            name = inner.fun.obj.name if isinstance(inner.fun, ast.Ident) and inner.fun.obj else ""
            if name in ("copy", "panic", "print", "println", "recover", "close", "delete"):
                return
        if isinstance(inner, ast.UnaryExpr) and inner.op == "<-":
            return
        self.error(x, f"{describe(x)} is not used")

    def suspended_call(self, keyword, call) -> None:
        self.raw_expr(call)
        if call.mode == "invalid":
            return
        if not isinstance(call, ast.CallExpr):
            return
        if call.fun.mode == "type":
            self.error(call, f"{keyword} requires function call, not conversion {describe(call)}")
            return
        if call.fun.mode == "builtin":
            name = call.fun.obj.name if isinstance(call.fun, ast.Ident) and call.fun.obj else ""
            if name not in ("copy", "panic", "print", "println", "recover", "close", "delete"):
                self.error(call, f"{keyword} discards result of {describe(call)}")
                return
        self.not_supported(call, f"{keyword} statement", feature=f"{keyword} statement")

    def assign_statement(self, s) -> None:
        if s.tok == "=":
            self.assign_vars(s.lhs, s.rhs)
        elif s.tok == ":=":
            self.short_var_decl_at(s)
        else:
            self.assign_op(s)

    def short_var_decl_at(self, s) -> None:
        """`:=` errors are reported at the operator, as gc does."""
        operator_pos = s.tok_pos
        if operator_pos is None:
            end = self.end_position(s.lhs[-1])
            operator_pos = Pos(end.filename, end.line, end.col + 1)
        original = s.pos
        s.pos = operator_pos
        try:
            self.short_var_decl(s)
        finally:
            s.pos = original

    def inc_dec(self, s) -> None:
        self.expr(s.x)
        x = s.x
        if x.mode == "invalid":
            return
        if not (is_basic(x.type, NUMERIC) or every_term(x.type, lambda t: is_basic(t, NUMERIC))):
            self.error(x, f"invalid operation: {expr_string(x)}{s.tok} (non-numeric type {type_text(x.type)})")
            return
        self.assign_var_checked(x, x)

    def return_statement(self, s) -> None:
        results = self.function.signature.results.vars
        if not s.results and results and results[0].name:
            for result in results:
                found = self.scope.lookup(result.name)
                if found is not None and found is not result:
                    self.error(s, f"result parameter {result.name} not in scope at return\n"
                                  f"\t{found.pos}: inner declaration of {found!r}".replace(
                                      f"{found!r}", f"var {found.name} {type_text(found.type)}"))
            return
        if not s.results and not results:
            return
        if s.results and not results:
            self.use(*s.results)
            self.error(s.results[0], "too many return values\n\thave " +
                       self.summary_of(s.results) + "\n\twant ()")
            return
        self.init_vars([Var(v.name, v.type, v.pos, self.pkg) for v in results], s.results, s)

    def summary_of(self, exprs) -> str:
        types = []
        for e in exprs:
            if isinstance(e.type, Tuple):
                types.extend(e.type.types())
            else:
                types.append(e.type)
        return types_summary(types)

    def if_statement(self, s) -> None:
        with self.open_scope():
            if s.init is not None:
                self.simple_statement(s.init)
            self.expr(s.cond)
            if s.cond.mode != "invalid" and not is_basic(s.cond.type, BOOLEAN):
                self.error(s.cond, "non-boolean condition in if statement")
            self.update_untyped_condition(s.cond)
            with self.open_scope():
                self.statement_list(s.body.stmts)
            if s.else_ is not None:
                self.statement(s.else_)

    def update_untyped_condition(self, cond) -> None:
        """A condition's untyped bool (a < b, true) becomes bool."""
        if cond.mode != "invalid" and cond.type is not None and is_basic(cond.type, BOOLEAN):
            self.update_expr_type(cond, BOOL, True)

    def simple_statement(self, s) -> None:
        if s is not None:
            self.statement(s)

    def for_statement(self, s) -> None:
        with self.open_scope():
            self.simple_statement(s.init)
            if s.cond is not None:
                self.expr(s.cond)
                if s.cond.mode != "invalid" and not is_basic(s.cond.type, BOOLEAN):
                    self.error(s.cond, "non-boolean condition in for statement")
                self.update_untyped_condition(s.cond)
            self.simple_statement(s.post)
            if isinstance(s.post, ast.AssignStmt) and s.post.tok == ":=":
                self.use(*s.post.lhs)
            with self.open_scope():
                self.statement_list(s.body.stmts)

    # ------------------------------------------------------------ range

    def range_statement(self, s) -> None:
        self.expr(s.x)
        x = s.x
        key_type = value_type = None
        if x.mode != "invalid":
            u = core_or_self(x.type)
            cause = ""
            if isinstance(u, Chan):
                if s.value is not None:
                    self.error(s.value, f"range over {describe(x)} permits only one iteration variable", soft=True)
                if u.dir == SEND_ONLY:
                    cause = "receive from send-only channel"
            key_type, value_type = range_key_value(u)
            if isinstance(u, TypeParam):
                cause = f"{type_text(u)} has no core type"
            if key_type is None or cause:
                if cause:
                    self.error(x, f"cannot range over {describe(x)} ({cause})", soft=True)
                else:
                    self.error(x, f"cannot range over {describe(x)}", soft=True)
            elif is_basic(x.type, STRING) and x.mode == "constant":
                self.update_expr_type(x, STRING_TYPE, True)
        with self.open_scope():
            targets = [(s.key, key_type), (s.value, value_type)]
            if s.tok == ":=":
                self.range_define(s, targets)
            elif s.tok == "=":
                for target, target_type in targets:
                    if target is None:
                        continue
                    if target_type is not None:
                                        self.assign_var(target, Operand(target, target_type))
                    else:
                        self.use_lhs(target)
            with self.open_scope():
                self.statement_list(s.body.stmts)

    def range_define(self, s, targets) -> None:
        new_vars = []
        for target, target_type in targets:
            if target is None:
                continue
            if isinstance(target, ast.Ident):
                var = Var(target.name, None, target.pos, self.pkg)
                target.obj = var if target.name != "_" else None
                if target.name != "_":
                    new_vars.append(var)
            else:
                self.error(target, f"cannot declare {expr_string(target)}")
                var = Var("_", None, target.pos, self.pkg)
            if target_type is not None:
                self.init_var(var, Operand(target, target_type), "range clause")
                target.mode, target.type = "variable", var.type
            else:
                var.type = INVALID
                var.used = True
        if new_vars:
            for var in new_vars:
                self.declare(self.scope, None, var)
        else:
            self.error(s, "no new variables on left side of :=")

    # ------------------------------------------------------------ switch

    def switch_statement(self, s) -> None:
        with self.open_scope():
            self.simple_statement(s.init)
            tag = s.tag
            if tag is not None:
                self.expr(tag)
                self.assignment(tag, None, "switch expression")
                if tag.mode != "invalid" and not self.comparable(tag.type) and not self.has_nil(tag.type):
                    self.error(tag, f"cannot switch on {describe(tag)} ({type_text(tag.type)} is not comparable)")
                    self.invalid(tag)
                switch_value = tag
            else:
                position = s.body[0].pos if s.body else (s.rbrace or s.pos)
                switch_value = ast.Ident(position, "true")
                switch_value.mode, switch_value.type, switch_value.value = "constant", BOOL, True
            self.multiple_defaults(s.body)
            seen: dict = {}
            for clause in s.body:
                if clause.list:
                    for value in clause.list:
                        self.case_value(switch_value, value, seen)
                with self.open_scope():
                    self.statement_list(clause.body)

    def multiple_defaults(self, clauses) -> None:
        first = None
        for clause in clauses:
            if clause.list is None:
                if first is not None:
                    self.error(clause, f"multiple defaults (first at {first.pos})")
                else:
                    first = clause

    def case_value(self, switch_value, value, seen) -> None:
        self.expr(value)
        if switch_value.mode == "invalid" or value.mode == "invalid":
            return
        self.convert_untyped(value, switch_value.type)
        if value.mode == "invalid":
            return
        result = ast.BinaryExpr(value.pos, "==", value, switch_value)
        self.comparison(result, value, switch_value, "==", switch_case=True)
        if result.mode == "invalid":
            return
        if value.mode != "constant":
            return
        key = value.value
        if isinstance(key, Fraction) and key.denominator == 1:
            key = key.numerator
        if isinstance(key, (bool, ComplexValue)):
            return                      # go/types checks only numbers and strings
        for previous_pos, previous_type in seen.get(key, []):
            if identical(value.type, previous_type):
                self.error(value, f"duplicate case {describe(value)} in expression switch\n"
                                  f"\t{previous_pos}: previous case")
                return
        seen.setdefault(key, []).append((value.pos, value.type))

    def type_switch_statement(self, s) -> None:
        with self.open_scope():
            self.simple_statement(s.init)
            assign = s.assign
            name = None
            if isinstance(assign, ast.AssignStmt):
                name = assign.lhs[0] if assign.lhs and isinstance(assign.lhs[0], ast.Ident) else None
                guard = assign.rhs[0]
            else:
                guard = assign.x
            if name is not None and name.name == "_":
                self.error(name, "no new variable on left side of :=", soft=True)
                name = None
            x = guard.x
            self.expr(x)
            guard.mode, guard.type = x.mode, x.type
            if x.mode == "invalid":
                return
            switch_value = x
            if isinstance(x.type, TypeParam):
                self.error(x, f"cannot use type switch on type parameter value {describe(x)}")
                switch_value = None
            elif not isinstance(underlying(x.type), Interface):
                self.error(x, f"{describe(x)} is not an interface")
                switch_value = None
            self.multiple_defaults(s.body)
            implicit_vars = []
            seen: list = []
            for clause in s.body:
                cases = clause.list or []
                case_type = self.case_types(switch_value, cases, seen)
                with self.open_scope():
                    if name is not None:
                        if len(cases) != 1 or case_type is None:
                            case_type = x.type
                        var = Var(name.name, case_type, name.pos, self.pkg)
                        self.declare(self.scope, None, var)
                        clause.implicit_obj = var
                        implicit_vars.append(var)
                    self.statement_list(clause.body)
            if name is not None:
                used = any(v.used for v in implicit_vars)
                for var in implicit_vars:
                    var.used = True
                if not used:
                    self.error(name, f"{name.name} declared but not used", soft=True)

    def case_types(self, switch_value, cases, seen):
        case_type = None
        for e in cases:
            if isinstance(unparen(e), ast.Ident) and isinstance(self.scope.lookup(unparen(e).name), Nil):
                case_type = None
                self.expr(e)
                current = None
            else:
                case_type = self.var_type(e)
                if case_type is INVALID:
                    continue
                current = case_type
            for other_type, other in seen:
                if (current is None and other_type is None) or (
                        current is not None and other_type is not None and identical(current, other_type)):
                    shown = "nil" if current is None else type_text(current)
                    self.error(e, f"duplicate case {shown} in type switch\n\t{other.pos}: previous case")
                    break
            seen.append((current, e))
            if switch_value is not None and current is not None:
                self.check_type_assertion(e, switch_value, current, True)
        return case_type

    # ------------------------------------------------------------ channels (later issues)

    def send_statement(self, s) -> None:
        self.expr(s.chan)
        self.expr(s.value)
        if s.chan.mode == "invalid" or s.value.mode == "invalid":
            return
        channel = core_or_self(s.chan.type)
        if not isinstance(channel, Chan):
            self.error(s, f"invalid operation: cannot send to non-channel {describe(s.chan)}")
            return
        if channel.dir == RECV_ONLY:
            self.error(s, f"invalid operation: cannot send to receive-only channel {describe(s.chan)}")
            return
        self.assignment(s.value, channel.elem, "send")
        self.not_supported(s, "send statement", feature="channels")

    def select_statement(self, s) -> None:
        first_default = None
        for clause in s.body:
            if clause.comm is None:
                if first_default is not None:
                    self.error(clause, f"multiple defaults (first at {first_default.pos})")
                first_default = first_default or clause
            with self.open_scope():
                if clause.comm is not None and not is_select_communication(clause.comm):
                    self.error(clause.comm, "select case must be send or receive (possibly with assignment)")
                elif clause.comm is not None:
                    self.statement(clause.comm)
                self.statement_list(clause.body)
        self.not_supported(s, "select statement", feature="select statement")

    # ------------------------------------------------------------ local declarations

    def local_declaration(self, decl) -> None:
        if not isinstance(decl, ast.GenDecl):
            return
        for spec in decl.specs:
            if isinstance(spec, ast.ValueSpec):
                if decl.tok == "const":
                    self.local_const(spec)
                else:
                    self.local_var(spec)
            elif isinstance(spec, ast.TypeSpec):
                self.local_type(spec)

    def local_const(self, spec) -> None:
        objects = []
        for index, ident in enumerate(spec.names):
            obj = Const(ident.name, None, ident.pos, self.pkg)
            init = spec.values[index] if index < len(spec.values) else None
            info = DeclInfo("const", self.scope, spec, spec.value_type, init, iota=spec.iota,
                            inherited=spec.implicit)
            saved_decl = self.current_decl
            saved_error_pos = self.inherited_error_pos
            saved_iota = self.iota
            try:
                self.const_decl(obj, info)
            finally:
                self.current_decl, self.inherited_error_pos, self.iota = saved_decl, saved_error_pos, saved_iota
            objects.append((ident, obj))
        self.check_arity(spec, spec.names, spec.values, True)
        for ident, obj in objects:
            self.declare(self.scope, ident, obj)

    def local_var(self, spec) -> None:
        names = spec.names
        variables = [Var(ident.name, None, ident.pos, self.pkg) for ident in names]
        declared = self.var_type(spec.value_type) if spec.value_type is not None else None
        for var in variables:
            var.type = declared
        values = spec.values
        if not values:
            if declared is None:
                for var in variables:
                    var.type = INVALID
        elif len(names) == len(values):
            for var, value in zip(variables, values):
                self.expr(value)
                self.init_var(var, value, "variable declaration")
        elif len(values) == 1:
            self.init_vars(variables, values, None)
        else:
            self.check_arity(spec, names, values, False)
            self.use(*values)
            for var in variables:
                var.used = True
                if var.type is None:
                    var.type = INVALID
        for ident, var in zip(names, variables):
            self.declare(self.scope, ident, var)
            if var.type is not None:
                ident.mode, ident.type = "variable", var.type

    def local_type(self, spec) -> None:
        obj = TypeName(spec.name.name, None, spec.name.pos, self.pkg)
        self.declare(self.scope, spec.name, obj)
        info = DeclInfo("type", self.scope, spec)
        saved = self.current_decl
        try:
            self.type_decl(obj, info)
        finally:
            self.current_decl = saved

    # ------------------------------------------------------------ terminating statements

    def is_terminating(self, s, label) -> bool:   # noqa: C901 - the spec's list
        if isinstance(s, ast.LabeledStmt):
            return self.is_terminating(s.stmt, s.label.name)
        if isinstance(s, ast.ExprStmt):
            call = unparen(s.x)
            return isinstance(call, ast.CallExpr) and call in self.panic_calls
        if isinstance(s, ast.ReturnStmt):
            return True
        if isinstance(s, ast.BranchStmt):
            return s.tok in ("goto", "fallthrough")
        if isinstance(s, ast.BlockStmt):
            return self.is_terminating_list(s.stmts, "")
        if isinstance(s, ast.IfStmt):
            return s.else_ is not None and self.is_terminating(s.body, "") and self.is_terminating(s.else_, "")
        if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
            has_default = False
            for clause in s.body:
                if clause.list is None:
                    has_default = True
                if not self.is_terminating_list(clause.body, "") or has_break_list(clause.body, label, True):
                    return False
            return has_default
        if isinstance(s, ast.SelectStmt):
            return all(self.is_terminating_list(c.body, "") and not has_break_list(c.body, label, True)
                       for c in s.body)
        if isinstance(s, ast.ForStmt):
            return s.cond is None and not has_break(s.body, label, True)
        return False

    def is_terminating_list(self, stmts, label) -> bool:
        for s in reversed(stmts):
            if not isinstance(s, ast.EmptyStmt):
                return self.is_terminating(s, label)
        return False


def has_break(s, label, implicit) -> bool:
    if isinstance(s, ast.LabeledStmt):
        return has_break(s.stmt, label, implicit)
    if isinstance(s, ast.BranchStmt):
        if s.tok == "break":
            if s.label is None:
                return implicit
            return s.label.name == label
        return False
    if isinstance(s, ast.BlockStmt):
        return has_break_list(s.stmts, label, implicit)
    if isinstance(s, ast.IfStmt):
        return has_break(s.body, label, implicit) or (s.else_ is not None and has_break(s.else_, label, implicit))
    if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
        return label != "" and any(has_break_list(c.body, label, False) for c in s.body)
    if isinstance(s, (ast.ForStmt, ast.RangeStmt)):
        return label != "" and has_break(s.body, label, False)
    return False


def is_select_communication(comm) -> bool:
    """A send, a receive, or `v[, ok] = / := <-c` (what a select case may hold)."""
    def is_receive(e):
        e = unparen(e)
        return isinstance(e, ast.UnaryExpr) and e.op == "<-"
    if isinstance(comm, ast.SendStmt):
        return True
    if isinstance(comm, ast.ExprStmt):
        return is_receive(comm.x)
    return isinstance(comm, ast.AssignStmt) and comm.tok in ("=", ":=") and len(comm.rhs) == 1 \
        and len(comm.lhs) <= 2 and is_receive(comm.rhs[0])


def has_break_list(stmts, label, implicit) -> bool:
    return any(has_break(s, label, implicit) for s in stmts)


def range_key_value(u):
    if isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
        u = underlying(u.elem)
    if isinstance(u, Basic) and u.info & STRING:
        return INT, RUNE
    if isinstance(u, (Array, Slice)):
        return INT, u.elem
    if isinstance(u, Map):
        return u.key, u.elem
    if isinstance(u, Chan):
        return u.elem, INVALID
    return None, None

