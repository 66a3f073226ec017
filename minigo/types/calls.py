"""Calls (functions, methods, conversions, builtins), argument lists and selectors.

Annotations codegen reads here: a CallExpr's kind comes from .fun.mode ('type' is a
conversion, 'builtin' a builtin call); a call's .type is the single result type, a
Tuple for several results, and mode 'novalue' for none.  f(g()) with g returning
several values keeps the one argument (its .type is a Tuple) to be spread.  A
variadic call without `...` passes its trailing arguments individually; codegen
packs them into a slice of the final parameter's type.  A SelectorExpr's .selection
says what x.f is (field path through embedded fields, method, implicit & or *)."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.types import library
from minigo.types.assignability import (
    LookupResult, dereference, embeds_invalid, lookup_field_or_method, pointer_receiver,
)
from minigo.types.typesystem import (
    INVALID, UNTYPED_BOOL, Builtin, Const, Func, Interface, Named, PkgName, Pointer, Selection,
    Signature, Slice, Tuple, TypeName, Var, underlying,
)
from minigo.types.typeparams import core_or_self
from minigo.types.wording import describe, expr_string, type_text, types_summary


class Operand:
    """One value of a multi-value expression (f() returning (int, error)), standing in
    for an Expr in assignment checks; its position and wording are the call's."""

    def __init__(self, expr, value_type, mode="value"):
        self.expr = expr
        self.pos = expr.pos
        self.type = value_type
        self.mode = mode
        self.value = None

    def __getattr__(self, name):
        return getattr(self.expr, name)


class CallChecks:

    def call_expr(self, call) -> None:
        fun = call.fun
        generic = self.generic_callee(fun)
        if generic is not None:
            self.generic_call(call, *generic)     # generics.py: inference, instantiation
            return
        self.expr_or_type(fun, want_type=True)
        if fun.mode == "invalid":
            self.use(*call.args)
            return
        if fun.mode == "type":
            self.conversion_call(call, fun.type)
            return
        if fun.mode == "builtin":
            self.builtin_call(call, fun.obj if isinstance(fun, ast.Ident) else unparen_obj(fun))
            return
        signature = core_or_self(fun.type)
        if not isinstance(signature, Signature):
            self.error(fun, f"invalid operation: cannot call non-function {describe(fun)}")
            self.use(*call.args)
            return
        args = self.expr_list(call.args, allow_comma_ok=False)
        self.finish_call(call, signature, args)

    def finish_call(self, call, signature, args) -> None:
        """Checks the arguments of a call of a function of this signature; the call's
        mode and type."""
        self.arguments(call, signature, args)
        self.has_call_or_recv = True
        results = signature.results.vars
        if not results:
            call.mode, call.type = "novalue", signature.results
        elif len(results) == 1:
            call.mode, call.type = "value", results[0].type
        else:
            call.mode, call.type = "value", signature.results

    def conversion_call(self, call, target) -> None:
        if not call.args:
            self.error(call.rparen or call, f"missing argument in conversion to {type_text(target)}")
            return
        if len(call.args) > 1:
            self.use(*call.args)
            self.error(call.args[-1], f"too many arguments in conversion to {type_text(target)}")
            return
        argument = call.args[0]
        self.expr(argument)
        if argument.mode == "invalid":
            return
        u = underlying(target)
        if isinstance(u, Interface) and u.type_set is not None:
            self.error(call, f"cannot use interface {type_text(target)} in conversion "
                             "(contains specific type constraints or is comparable)")
            return
        if call.has_ellipsis:
            self.error(argument, f"invalid use of ... in type conversion to {type_text(target)}")
            return
        self.conversion(call, argument, target)

    def expr_list(self, exprs, allow_comma_ok):
        """The values of an expression list: one per expression, or the results of a
        single multi-value call, or (allow_comma_ok) v, ok of a comma-ok expression."""
        if len(exprs) == 1:
            e = exprs[0]
            self.multi_expr(e)
            if isinstance(e.type, Tuple) and e.mode != "invalid":
                return [Operand(e, v.type) for v in e.type.vars]
            if allow_comma_ok and e.mode in ("mapindex", "commaok"):
                return [e, Operand(e, UNTYPED_BOOL)]
            return [e]
        values = []
        for e in exprs:
            self.expr(e)
            values.append(e)
        return values

    def arguments(self, call, signature, args) -> None:
        for argument in args:
            if argument.mode == "type":
                self.error(argument, f"{describe(argument)} used as value")
                return
            if argument.mode == "invalid":
                return
        count = len(args)
        params = list(signature.params.vars)
        wanted = len(params)
        param_types = [p.type for p in params]
        if signature.variadic:
            if call.has_ellipsis:
                if len(call.args) == 1 and count > 1:
                    self.error(call, f"cannot use ... with {count}-valued {expr_string(call.args[0])}")
                    return
            elif count >= wanted - 1:
                element = params[-1].type.elem if isinstance(params[-1].type, Slice) else INVALID
                param_types = param_types[:-1] + [element] * (count - wanted + 1)
                wanted = count
            else:
                wanted -= 1
        elif call.has_ellipsis:
            self.error(call, f"cannot use ... in call to non-variadic {expr_string(call.fun)}")
            return
        if count != wanted:
            if count > wanted:
                at, qualifier = args[wanted], "too many"
            else:
                at, qualifier = (args[-1] if args else call), "not enough"
            if count < wanted and not args and call.rparen is not None:
                at = call
            self.error(at, f"{qualifier} arguments in call to {expr_string(call.fun)}\n"
                           f"\thave {types_summary([a.type for a in args])}\n"
                           f"\twant {types_summary([p.type for p in params], signature.variadic)}")
            return
        context = f"argument to {expr_string(call.fun)}"
        for argument, param_type in zip(args, param_types):
            self.assignment(argument, param_type, context)

    # ------------------------------------------------------------ selectors

    def selector(self, e) -> None:
        name = e.sel.name
        if isinstance(e.x, ast.Ident):
            obj = self.scope.lookup(e.x.name)
            if isinstance(obj, PkgName):
                self.qualified_identifier(e, obj)
                return
        self.expr_or_type(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if x.mode == "builtin":
            self.error(e, f"cannot select on {describe(x)}")
            return
        if x.mode == "type" and isinstance(x.type, Named) and x.type.underlying is None:
            self.report_cycle([x.type.obj])
            return
        result = lookup_field_or_method(x.type, x.mode == "variable", name)
        if not self.accessible(result.obj or dereference(x.type)[0], name):
            result = LookupResult(None, None, False)
        if result.obj is None:
            self.report_missing_selector(e, x, name, result)
            return
        obj = result.obj
        e.sel.obj = obj
        if isinstance(obj, Func):
            self.obj_decl(obj)
        if x.mode == "type":
            self.method_expression(e, x, obj, result)
            return
        if isinstance(obj, Var):
            e.selection = Selection("field", x.type, obj, result.path, result.indirect)
            e.mode = "variable" if x.mode == "variable" or result.indirect else "value"
            e.type = obj.type
            return
        signature = obj.type
        if not isinstance(signature, Signature):
            return
        e.selection = Selection("method", x.type, obj, result.path, result.indirect)
        self.add_dependency(obj)
        if pointer_receiver(obj) and not result.indirect and not isinstance(underlying(x.type), Pointer):
            self.mark_address_taken(x)
        e.mode = "value"
        e.type = Signature(signature.params, signature.results, signature.variadic)

    def accessible(self, member, name: str) -> bool:
        """Whether this package may select `name` found as member (a field or method, or
        for a method that needs an address the type it was looked up in): exported, or
        its own (an unexported one of another package reads as missing, as in gc 1.19)."""
        if isinstance(member, Named):
            member = member.obj
        pkg = getattr(member, "pkg", None)
        return name[:1].isupper() or pkg is None or pkg is self.pkg

    def report_missing_selector(self, e, x, name, result) -> None:
        if embeds_invalid(x.type):
            return
        library_type = dereference(x.type)[0]
        if library.member_lacking(library_type, name):
            self.error(e.sel, f"{type_text(library_type)}.{name} not supported yet")
            return
        if result.path is not None:
            self.error(e.sel, f"ambiguous selector {expr_string(x)}.{name}")
            return
        if result.indirect:
            self.error(e.sel, f"cannot call pointer method {name} on {type_text(x.type)}")
            return
        if x.mode == "type" and self.accessible(dereference(x.type)[0], name):
            why = f"type {type_text(x.type)} has no method {name}"
        else:
            u = underlying(x.type)
            if isinstance(u, Pointer) and isinstance(underlying(u.elem), Interface):
                why = f"type {type_text(x.type)} is pointer to interface, not interface"
            elif isinstance(u, Pointer) and type(u.elem).__name__ == "TypeParam":
                why = f"type {type_text(x.type)} is pointer to type parameter, not type parameter"
            else:
                why = f"type {type_text(x.type)} has no field or method {name}"
                changed = name[0].lower() + name[1:] if name[:1].isupper() else name[:1].upper() + name[1:]
                if lookup_field_or_method(x.type, x.mode == "variable", changed).obj is not None:
                    why += f", but does have {changed}"
        self.error(e.sel, f"{expr_string(x)}.{name} undefined ({why})")

    def method_expression(self, e, x, obj, result) -> None:
        if not isinstance(obj, Func):
            self.error(e.sel, f"{expr_string(x)}.{e.sel.name} undefined (type {type_text(x.type)} "
                              f"has no method {e.sel.name})")
            return
        signature = obj.type
        if not isinstance(signature, Signature):
            return
        receiver = Var(signature.recv.name if signature.recv else "", x.type, e.pos, self.pkg, is_param=True)
        params = Tuple([receiver] + list(signature.params.vars))
        e.selection = Selection("method_expr", x.type, obj, result.path, result.indirect)
        self.add_dependency(obj)
        e.mode, e.type = "value", Signature(params, signature.results, signature.variadic)

    def qualified_identifier(self, e, package_name) -> None:
        generic_ok = self.generic_base is e     # pkg.G instantiated here
        package_name.used = True
        e.x.obj = package_name
        e.x.mode = "package"
        package = package_name.imported
        name = e.sel.name
        member = package.scope.lookup_local(name)
        if member is None and package.fake:
            return
        if member is None and name in library.GO_EXPORTS.get(package.path, ()):
            self.error(e.sel, f"{package.name}.{name} not supported yet")
            return
        if member is None or not name[:1].isupper():
            # gc 1.19 words an unexported name as it does a missing one
            self.error(e.sel, f"undefined: {package.name}.{name}")
            return
        e.sel.obj = member
        e.selection = None
        if getattr(member, "generic", None) is not None and not generic_ok:
            what = "function" if isinstance(member, Func) else "type"
            name = member.name if isinstance(member, Func) else self.generic_type_text(member)
            self.error(e, f"cannot use generic {what} {package.name}.{name} without instantiation")
            return
        if isinstance(member, Const):
            e.mode, e.type, e.value = "constant", member.type, member.value
        elif isinstance(member, TypeName):
            e.mode, e.type = "type", member.type
        elif isinstance(member, Var):
            e.mode, e.type = "variable", member.type
        elif isinstance(member, Func):
            e.mode, e.type = "value", member.type
        elif isinstance(member, Builtin):
            e.mode = "builtin"
        e.sel.mode, e.sel.type, e.sel.value = e.mode, e.type, e.value


def unparen_obj(fun):
    while isinstance(fun, ast.ParenExpr):
        fun = fun.x
    if isinstance(fun, ast.Ident):
        return fun.obj
    if isinstance(fun, ast.SelectorExpr):
        return fun.sel.obj
    return None
