"""Expressions: the dispatch over expression kinds, operands' modes, identifiers,
literals, function literals, dereferences and type assertions.  Operators live in
operators.py, indexing in indexing.py, composite literals in composites.py.

Each check sets the node's .mode/.type/.value.  Untyped results stay untyped here;
the context that finally decides their type (assignment, argument, binary operand)
calls update_expr_type (conversions.py), which records the type down the tree as
go/types does."""
from __future__ import annotations

from minigo.syntax import ast, literals
from minigo.types import constants
from minigo.types.declarations import FunctionContext
from minigo.types.generics import is_generic_func, is_generic_type_name, named_object
from minigo.types.operators import unparen
from minigo.types.typesystem import (
    INVALID, UNTYPED_COMPLEX, UNTYPED_FLOAT, UNTYPED_INT, UNTYPED_NIL, UNTYPED_RUNE, UNTYPED_STRING, Builtin,
    Const, Func, Interface, Nil, PkgName, Pointer, Tuple, TypeName, Var, is_interface,
    underlying,
)
from minigo.types.typeparams import core_or_self
from minigo.types.wording import describe, expr_string, type_text


class ExpressionChecks:

    # ------------------------------------------------------------ entry points

    def raw_expr(self, e, hint=None) -> None:
        self.expression_depth += 1
        try:
            if self.expression_depth > self.max_expression_depth:
                if not self.depth_reported:
                    self.depth_reported = True
                    self.error(e, "expression nesting too deep")
                self.invalid(e)
                return
            self.expr_internal(e, hint)
            if e.type is INVALID and e.mode not in ("invalid", "type", "builtin", "novalue"):
                self.invalid(e)     # of a type already reported (a failed import, say): silent
        finally:
            self.expression_depth -= 1

    def expr(self, e, hint=None) -> None:
        """A single value."""
        self.raw_expr(e, hint)
        self.exclude(e, ("novalue", "builtin", "type"))
        self.single_value(e)

    def multi_expr(self, e) -> None:
        """A value or a tuple (the call of a function with several results)."""
        self.raw_expr(e)
        self.exclude(e, ("novalue", "builtin", "type"))

    def expr_or_type(self, e, want_type=False) -> None:
        self.raw_expr_or_type(e, want_type)
        self.exclude(e, ("novalue",), allows_type=True)
        self.single_value(e)

    def raw_expr_or_type(self, e, want_type) -> None:
        if isinstance(e, ast.Ident):
            self.expression_depth += 1
            try:
                self.ident(e, want_type)
            finally:
                self.expression_depth -= 1
        else:
            self.raw_expr(e)

    def exclude(self, e, modes, allows_type=False) -> None:
        if e.mode not in modes:
            return
        if e.mode == "novalue":
            message = f"{describe(e)} used as value" if allows_type or "type" in modes else \
                f"{describe(e)} used as value or type"
            if "type" in modes:
                message = f"{describe(e)} used as value"
        elif e.mode == "builtin":
            message = f"{describe(e)} must be called"
        else:
            message = f"{describe(e)} is not an expression"
        self.error(e, message)
        self.invalid(e)

    def single_value(self, e) -> None:
        if e.mode == "value" and isinstance(e.type, Tuple):
            self.error(e, f"multiple-value {describe(e)} in single-value context")
            self.invalid(e)

    def use(self, *exprs) -> None:
        """Evaluates expressions only for their side effects on the checker (marking
        variables used, reporting their own errors) after an enclosing error."""
        for e in exprs:
            if e is None:
                continue
            if isinstance(e, ast.KeyValueExpr):
                self.use(e.val)
                continue
            self.raw_expr(e)

    def use_lhs(self, *exprs) -> None:
        """Like use, but a plain local variable on the left of = is not thereby used."""
        for e in exprs:
            target = unparen(e)
            if isinstance(target, ast.Ident):
                if target.name == "_":
                    continue
                obj = self.scope.lookup(target.name)
                if isinstance(obj, Var) and obj.pkg is self.pkg:
                    was_used = obj.used
                    self.raw_expr(e)
                    obj.used = was_used
                    continue
            self.use(e)

    # ------------------------------------------------------------ dispatch

    def expr_internal(self, e, hint) -> None:   # noqa: C901 - one case per node kind
        self.invalid(e)
        if isinstance(e, ast.Ident):
            self.ident(e, False)
        elif isinstance(e, ast.BasicLit):
            self.basic_lit(e)
        elif isinstance(e, ast.BinaryExpr):
            self.binary(e, e.x, e.y, e.op)
        elif isinstance(e, ast.UnaryExpr):
            self.unary(e)
        elif isinstance(e, ast.ParenExpr):
            self.raw_expr(e.x, hint)
            e.mode, e.type, e.value = e.x.mode, e.x.type, e.x.value
        elif isinstance(e, ast.CallExpr):
            self.call_expr(e)
        elif isinstance(e, ast.SelectorExpr):
            self.selector(e)
        elif isinstance(e, ast.IndexExpr):
            self.index_expr(e)
        elif isinstance(e, ast.SliceExpr):
            self.slice_expr(e)
        elif isinstance(e, ast.StarExpr):
            self.star_expr(e)
        elif isinstance(e, ast.CompositeLit):
            self.composite_lit(e, hint)
        elif isinstance(e, ast.FuncLit):
            self.func_lit(e)
        elif isinstance(e, ast.TypeAssertExpr):
            self.type_assertion(e)
        elif isinstance(e, (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType,
                            ast.MapType, ast.ChanType)):
            self.type_expr(e)
        elif isinstance(e, ast.Ellipsis):
            self.error(e, "invalid use of '...'")
        elif isinstance(e, ast.KeyValueExpr):
            self.error(e, "unexpected key:value expression")
            self.use(e.key, e.val)
        elif isinstance(e, ast.IndexListExpr):
            self.generic_base = e.x
            self.expr_or_type(e.x)
            if is_generic_func(named_object(e.x)) and e.x.mode != "invalid":
                self.explicit_func_instance(e, e.x)
            elif e.x.mode not in ("invalid", "type"):
                self.error(e.x, f"invalid operation: cannot index {describe(e.x)}")
                self.use(*e.indices)
            elif e.x.mode == "type":
                e.mode, e.type = "type", self.instantiated_type(e, checked=True)
        elif isinstance(e, ast.BadExpr):
            pass
        else:
            self.error(e, f"unexpected expression {expr_string(e)}")

    # ------------------------------------------------------------ identifiers

    def ident(self, e, want_type) -> None:
        self.invalid(e)
        generic_ok = self.generic_base is e     # instantiated here (before obj_decl moves it)
        obj = self.scope.lookup(e.name)
        if obj is None:
            if e.name == "_":
                self.error(e, "cannot use _ as value")
            elif not self.unsupported_dot_name(e):
                self.error(e, f"undefined: {e.name}")
            return
        e.obj = obj
        if obj.pkg is not None and obj.pkg is not self.pkg:
            self.use_dot_import(obj)
        if obj.type is None or (isinstance(obj, TypeName) and want_type):
            self.obj_decl(obj)
        if isinstance(obj, PkgName):
            self.error(e, f"use of package {obj.name} not in selector")
            return
        if isinstance(obj, Const):
            self.add_dependency(obj)
            if obj.type is INVALID or obj.type is None:
                return
            if obj.name == "iota" and obj.pkg is None:
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return
                e.value = self.iota
            else:
                if obj.value is None:       # its declaration failed: already reported
                    return
                e.value = obj.value
            e.mode = "constant"
            e.type = obj.type
            return
        if isinstance(obj, TypeName):
            if obj.type is None:
                return
            if is_generic_type_name(obj) and not generic_ok:
                self.error(e, f"cannot use generic type {self.generic_type_text(obj)} without instantiation")
                return
            e.mode = "type"
            e.type = obj.type
            return
        if isinstance(obj, Var):
            if obj.pkg is self.pkg:
                obj.used = True
                self.note_capture(obj)
            self.add_dependency(obj)
            if obj.type is None or obj.type is INVALID:
                return
            e.mode = "variable"
            e.type = obj.type
            return
        if isinstance(obj, Func):
            self.add_dependency(obj)
            if obj.type is None or obj.type is INVALID:
                return
            if getattr(obj, "generic", None) is not None and not generic_ok:
                self.error(e, f"cannot use generic function {obj.name} without instantiation")
                return
            e.mode = "value"
            e.type = obj.type
            return
        if isinstance(obj, Builtin):
            e.mode = "builtin"
            e.type = INVALID
            return
        if isinstance(obj, Nil):
            e.mode = "value"
            e.type = UNTYPED_NIL
            return

    def add_dependency(self, obj) -> None:
        if self.current_decl is not None and obj in self.declarations:
            self.current_decl.deps[obj] = True

    def note_capture(self, var) -> None:
        """A local variable used inside a function literal nested in its declaring
        function is captured; each literal on the way lists it in .captures."""
        if var.is_global or self.function is None:
            return
        owner = self.var_owner.get(var)
        if owner is None or owner is self.function:
            return
        var.captured = True
        context = self.function
        while context is not None and context is not owner:
            captures = context.decl.captures
            if not any(v is var for v in captures):
                captures.append(var)
            context = context.parent

    # ------------------------------------------------------------ literals

    def basic_lit(self, e) -> None:
        kind = e.kind
        if kind in ("INT", "FLOAT", "IMAG") and len(e.literal) > 10000:
            self.error(e, f"excessively long constant: {e.literal[:10]}... ({len(e.literal)} chars)")
            return
        try:
            if kind == "INT":
                e.mode, e.type, e.value = "constant", UNTYPED_INT, literals.int_value(e.literal)
            elif kind == "FLOAT":
                e.mode, e.type, e.value = "constant", UNTYPED_FLOAT, constants.float_literal(
                    e.literal, literals.float_value)
            elif kind == "CHAR":
                e.mode, e.type, e.value = "constant", UNTYPED_RUNE, literals.rune_value(e.literal)
            elif kind == "STRING":
                e.mode, e.type, e.value = "constant", UNTYPED_STRING, literals.string_bytes(e.literal)
            else:
                e.mode, e.type = "constant", UNTYPED_COMPLEX
                e.value = constants.ComplexValue(0, constants.float_literal(
                    e.literal[:-1], lambda body: literals.imag_value(body + "i")))
        except (ValueError, IndexError):
            self.invalid(e)
            self.error(e, f"malformed constant: {e.literal}")

    def func_lit(self, e) -> None:
        with self.open_scope("func"):
            signature = self.func_signature(e.func_type, None)
        e.signature = signature
        e.captures = []
        e.mode, e.type = "value", signature
        outer_scope, outer_function, outer_iota = self.scope, self.function, self.iota
        self.scope = signature.scope
        self.function = FunctionContext(signature, None, outer_function, signature.scope, e)
        for var in signature.params.vars + signature.results.vars:
            self.var_owner[var] = self.function
        self.note_func_lit(e)
        self.check_branches(e.body)
        try:
            self.check_function_body(e.body)
        finally:
            self.scope, self.function, self.iota = outer_scope, outer_function, outer_iota

    def note_func_lit(self, e) -> None:
        """Function literals are named as gc names them: main.main.func1 inside main,
        main.main.func1.1 inside that one, main.glob..func1 in a package initialiser."""
        parent = self.function.parent
        if parent is not None and isinstance(parent.decl, ast.FuncLit):
            base = parent.decl.link_name + "."
        elif parent is not None and parent.func is not None:
            base = parent.func.link_name + ".func"
        else:
            base = self.pkg.link_name("glob..func")
        count = self.func_lit_count.get(base, 0) + 1
        self.func_lit_count[base] = count
        e.link_name = f"{base}{count}"
        self.pkg.func_lits.append(e)

    # ------------------------------------------------------------ pointers

    def star_expr(self, e) -> None:
        self.expr_or_type(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if x.mode == "type":
            e.mode, e.type = "type", Pointer(x.type)
            return
        pointer = core_or_self(x.type)
        if not isinstance(pointer, Pointer):
            if x.type is UNTYPED_NIL:
                self.error(x, "invalid operation: cannot indirect nil")
            else:
                self.error(x, f"invalid operation: cannot indirect {describe(x)}")
            return
        e.mode, e.type = "variable", pointer.elem

    # ------------------------------------------------------------ type assertions

    def type_assertion(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if type(x.type).__name__ == "TypeParam":
            self.error(x, f"invalid operation: cannot use type assertion on type parameter value {describe(x)}")
            return
        if not isinstance(underlying(x.type), Interface):
            self.error(x, f"invalid operation: {describe(x)} is not an interface")
            return
        if e.assert_type is None:
            self.error(e, "use of .(type) outside type switch")
            return
        target = self.var_type(e.assert_type)
        if target is INVALID:
            return
        self.check_type_assertion(e, x, target, False)
        e.mode, e.type = "commaok", target

    def check_type_assertion(self, e, x, target, in_type_switch) -> None:
        if is_interface(target) or type(target).__name__ == "TypeParam":
            return      # (a type parameter may stand for an interface)
        missing = self.missing_method(target, underlying(x.type), False)
        if missing is None:
            return
        lacking = self.lacking_library_method(target, x.type)
        if lacking is not None:
            self.error(e, f"{lacking} not supported yet")
            return
        cause = self.missing_method_cause(target, x.type, missing)
        if in_type_switch:
            self.error(e, f"impossible type switch case: {expr_string(e)}\n\t{describe(x)} cannot have dynamic type {type_text(target)} {cause}")
        else:
            self.error(e, f"impossible type assertion: {expr_string(e)}\n\t{type_text(target)} does not implement {type_text(x.type)} {cause}")

