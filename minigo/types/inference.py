"""Type inference for calls of generic functions (go 1.19's rules): function argument
type inference (unifying parameter types with the typed arguments' types), constraint
type inference (a constraint with a single-term type set, its core type, determines the
parameters it mentions), untyped constants' default types for parameters still unbound.
A mixin of the checker, used by generics.py's generic_call.

Unification is inexact where the spec allows it: a defined type matches a type literal
by its underlying type (so Sort(Names{...}) infers S = Names from S ~[]E)."""
from __future__ import annotations

import os

from minigo.types.typesystem import (
    Array, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct, Tuple, TypeParam,
    Var, default_type, identical, is_untyped, underlying,
)
from minigo.types.wording import expr_string, type_text


class InferenceChecks:

    def infer(self, generic, signature, args, bindings, at, has_ellipsis):
        params = list(signature.params.vars)
        param_types = [p.type for p in params]
        if signature.variadic and not has_ellipsis and params:
            last = param_types.pop()
            while len(param_types) < len(args):
                param_types.append(last.elem)
        untyped = []
        for param_type, arg in zip(param_types, args):
            if is_untyped(arg.type):
                if isinstance(param_type, TypeParam) and param_type in generic.type_params:
                    untyped.append((param_type, arg))
                continue
            if not self.unify(param_type, arg.type, bindings, generic):
                if isinstance(param_type, TypeParam) and param_type in bindings:
                    self.error(arg, f"type {type_text(arg.type)} of {self.expr_text(arg)} does not match "
                                    f"inferred type {type_text(bindings[param_type])} for {type_text(param_type)}")
                else:
                    self.error(arg, f"type {type_text(arg.type)} of {self.expr_text(arg)} does not match "
                                    f"{type_text(self.subst(param_type, bindings))}")
                return None
        # go 1.19's order: typed arguments, constraint type inference, then untyped
        # constants give their default type to the parameters still unbound (those
        # defaults must then agree), then constraint type inference again
        self.constraint_inference(generic, bindings)
        bound_by_typed = set(bindings)
        for param_type, arg in untyped:
            default = default_type(arg.type)
            if arg.type.name == "untyped nil" or param_type in bound_by_typed:
                continue
            bound = bindings.get(param_type)
            if bound is None:
                bindings[param_type] = default
            elif not identical(bound, default):
                self.error(arg, f"default type {type_text(default)} of {self.expr_text(arg)} does not match "
                                f"inferred type {type_text(bound)} for {type_text(param_type)}")
                return None
        self.constraint_inference(generic, bindings)
        result = []
        for tp in generic.type_params:
            t = bindings.get(tp)
            if t is None:
                self.error(at, f"cannot infer {tp.obj.name} ({absolute(tp.obj.pos)})")
                return None
            result.append(self.subst_fully(t, bindings))
        return result

    def subst_fully(self, t, bindings):
        """t with the bound type parameters replaced, also inside the types bound to them
        (A bound to struct{ b B }, B to float64)."""
        bound = {tp for tp, b in bindings.items() if b is not None and b is not tp}
        for _ in range(len(bindings) + 1):
            if not contains_type_params(t, among=bound):
                return t
            t = self.subst(t, bindings)
        return t

    def expr_text(self, e) -> str:
        return expr_string(e)

    def constraint_inference(self, generic, bindings) -> None:
        changed = True
        while changed:
            changed = False
            for tp in generic.type_params:
                core = core_term(tp.constraint)
                if core is None:
                    continue
                tilde, core_type = core
                bound = bindings.get(tp)
                if bound is core_type:
                    continue        # bound to its own core type: nothing more to learn
                if bound is None:
                    if not tilde:
                        bindings[tp] = core_type
                        changed = True
                    continue
                before = len(bindings)
                if isinstance(bound, TypeParam):
                    from minigo.types.typeparams import core_or_self
                    bound = core_or_self(bound)       # a type parameter argument: its core type
                self.unify(core_type, underlying(bound) if tilde else bound, bindings, generic)
                changed = changed or len(bindings) != before

    def unify(self, param, arg, bindings, generic) -> bool:
        """Whether param (mentioning generic's type parameters) matches arg, binding
        the parameters it meets (inexactly: a defined type matches a literal by its
        underlying type)."""
        if isinstance(param, TypeParam) and param in generic.type_params:
            bound = bindings.get(param)
            if bound is None:
                bindings[param] = arg
                return True
            if identical(bound, arg):
                return True
            if isinstance(bound, Named) != isinstance(arg, Named):
                # a literal bound first may be replaced by the defined type (inexact)
                if identical(underlying(bound), underlying(arg)):
                    if isinstance(arg, Named):
                        bindings[param] = arg
                    return True
            return False
        if not contains_type_params(param):
            return True       # checked as an ordinary assignment once instantiated
        if isinstance(arg, TypeParam) and not isinstance(param, TypeParam):
            from minigo.types.typeparams import core_or_self
            arg = core_or_self(arg)     # in a generic body: a type parameter by its core type
        if isinstance(arg, Named) and not isinstance(param, Named):
            arg = underlying(arg)
        if isinstance(param, Named):
            if not isinstance(arg, Named):      # inexact: a literal by the defined type's underlying
                return self.unify(underlying(param), arg, bindings, generic)
            if arg.obj is not param.obj:
                return False
            return all(self.unify(p, a, bindings, generic) for p, a in zip(param.type_args, arg.type_args))
        if type(param) is not type(arg):
            return False
        if isinstance(param, (Pointer, Slice)):
            return self.unify(param.elem, arg.elem, bindings, generic)
        if isinstance(param, Array):
            return param.length == arg.length and self.unify(param.elem, arg.elem, bindings, generic)
        if isinstance(param, Chan):
            return self.unify(param.elem, arg.elem, bindings, generic)
        if isinstance(param, Map):
            return self.unify(param.key, arg.key, bindings, generic) and \
                self.unify(param.elem, arg.elem, bindings, generic)
        if isinstance(param, Signature):
            if len(param.params.vars) != len(arg.params.vars) or len(param.results.vars) != len(arg.results.vars):
                return False
            pairs = list(zip(param.params.vars, arg.params.vars)) + list(zip(param.results.vars, arg.results.vars))
            return all(self.unify(p.type, a.type, bindings, generic) for p, a in pairs)
        if isinstance(param, Struct):
            if len(param.fields) != len(arg.fields):
                return False
            return all(self.unify(p.type, a.type, bindings, generic) for p, a in zip(param.fields, arg.fields))
        return True

    def subst(self, t, bindings):
        """t with the bound type parameters replaced."""
        if isinstance(t, TypeParam):
            bound = bindings.get(t)
            return bound if bound is not None and bound is not t else t
        if not contains_type_params(t):
            return t
        if isinstance(t, Pointer):
            return Pointer(self.subst(t.elem, bindings))
        if isinstance(t, Slice):
            return Slice(self.subst(t.elem, bindings))
        if isinstance(t, Array):
            return Array(t.length, self.subst(t.elem, bindings))
        if isinstance(t, Chan):
            return Chan(t.dir, self.subst(t.elem, bindings))
        if isinstance(t, Map):
            return Map(self.subst(t.key, bindings), self.subst(t.elem, bindings))
        if isinstance(t, Named):
            args = [self.subst(a, bindings) for a in t.type_args]
            return self.instantiate_type(t.obj, args)
        if isinstance(t, Signature):
            def copy_vars(vs):
                return Tuple([Var(v.name, self.subst(v.type, bindings), v.pos, v.pkg, is_param=True)
                              for v in vs])
            return Signature(copy_vars(t.params.vars), copy_vars(t.results.vars), t.variadic)
        if isinstance(t, Struct):
            fields = [Var(f.name, self.subst(f.type, bindings), f.pos, f.pkg, is_field=True,
                          embedded=f.embedded) for f in t.fields]
            return Struct(fields, list(t.tags))
        return t


def contains_type_params(t, seen=None, among=None) -> bool:
    """Whether t mentions a type parameter (one of among, when given)."""
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return False
    seen.add(id(t))
    if isinstance(t, TypeParam):
        return among is None or t in among
    if isinstance(t, (Pointer, Slice, Array, Chan)):
        return contains_type_params(t.elem, seen, among)
    if isinstance(t, Map):
        return contains_type_params(t.key, seen, among) or contains_type_params(t.elem, seen, among)
    if isinstance(t, Named):
        return any(contains_type_params(a, seen, among) for a in t.type_args)
    if isinstance(t, Signature):
        return any(contains_type_params(v.type, seen, among) for v in t.params.vars + t.results.vars)
    if isinstance(t, Struct):
        return any(contains_type_params(f.type, seen, among) for f in t.fields)
    return False


def core_term(constraint):
    """(tilde, type) when the constraint's type set has a single term (its core type,
    in the cases constraint type inference uses)."""
    iface = underlying(constraint) if constraint is not None else None
    if not isinstance(iface, Interface) or not iface.type_set or len(iface.type_set) != 1:
        return None
    return iface.type_set[0]


def absolute(pos) -> str:
    """A declaration's position as gc cites it inside a message: its file's absolute path."""
    return f"{os.path.abspath(pos.filename)}:{pos.line}:{pos.col}" if pos.filename else str(pos)
