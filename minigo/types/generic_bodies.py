"""Generic bodies checked once, generically, as gc checks them.

Design: besides its per-instance checks (generics.py: an instance is a copy of the
declaration checked with its type arguments in place, compiled by codegen), each generic
function and each method of a generic type is checked once more with its type parameters
as types (TypeParam): a fresh copy of its pristine declaration, in a scope that binds the
type parameter names to the TypeParams themselves.  Operations on a type-parameter operand
are allowed as the 1.19 spec says, by the constraint's type set (typeparams.py answers:
core types, "every term satisfies", the constraint's methods).  This check is the one
that reports the body's errors, in gc's words (`T`, not the argument) and at the body's
positions, also for generics never instantiated; nothing it annotates reaches codegen
(its function literals are dropped, the generic calls it meets make no compiled
instance: a type argument containing a type parameter gives a signature only).

An instance's body is checked again (its annotations are what codegen compiles) with its
errors dropped: the generic check is the one gc makes.  An instance sees more than gc
allows itself to know (T is int in F[int]: `case T: ... case int:` is a duplicate there,
not in the generic body), so its errors would be wrong ones; and a real error in the body
was reported once, by the generic check, at the generic body's position."""
from __future__ import annotations

from contextlib import contextmanager

from minigo.syntax.build_common import clone_tree
from minigo.types.typesystem import Func, Scope, TypeName, TypeParam


class GenericBodyChecks:

    # ------------------------------------------------------------ functions

    def queue_generic_func_check(self, generic) -> None:
        generic.body_errors = {}
        self.delayed.append(lambda: self.check_generic_func_body(generic))

    def check_generic_func_body(self, generic) -> None:
        pristine = generic.decl
        if pristine.body is None:
            return
        decl = clone_tree(pristine)
        names = [ident for f in decl.func_type.type_params.fields for ident in f.names]
        scope = self.type_param_self_scope(generic.file_scope, names, generic.type_params)
        decl.func_type.type_params = None
        func = Func(generic.obj.name, None, generic.obj.pos, generic.pkg, decl=decl)
        decl.name.obj = func
        self.check_generically(generic, pristine, decl, func, scope, signature_reported=True)

    # ------------------------------------------------------------ methods of generic types

    def queue_generic_method_checks(self, generic) -> None:
        generic.body_errors = {}
        for method, pristine, _ in generic.methods:
            self.delayed.append(lambda m=method, p=pristine: self.check_generic_method_body(generic, m, p))

    def check_generic_method_body(self, generic, method, pristine) -> None:
        from minigo.types.generics import receiver_type_param_names
        if pristine.body is None:
            return
        decl = clone_tree(pristine)
        receiver_type = decl.recv.fields[0].field_type if decl.recv.fields else None
        names = receiver_type_param_names(receiver_type)
        if len(names) != len(generic.type_params):
            return
        params = self.receiver_type_params(generic, names)
        scope = self.type_param_self_scope(generic.file_scope, names, params)
        func = Func(method.name, None, method.pos, generic.pkg, decl=decl)
        func.pointer_receiver = method.pointer_receiver
        decl.name.obj = func
        self.check_generically(generic, pristine, decl, func, scope)

    def receiver_type_params(self, generic, names) -> list:
        """The type parameters a method's receiver declares: the type's own when named
        alike, else new ones (`func (p Pair[A, B])`) with the constraints renamed."""
        if all(ident.name == tp.obj.name for ident, tp in zip(names, generic.type_params)):
            return list(generic.type_params)
        params = []
        for ident, tp in zip(names, generic.type_params):
            name = TypeName(ident.name, None, ident.pos, generic.pkg)
            name.type = TypeParam(name, tp.index)
            name.type.canonical = tp          # the same vertex for instantiation cycles
            params.append(name.type)
        renaming = dict(zip(generic.type_params, params))
        for tp, param in zip(generic.type_params, params):
            param.constraint = self.subst(tp.constraint, renaming) if tp.constraint is not None else None
        return params

    # ------------------------------------------------------------ the check

    def type_param_self_scope(self, file_scope, names, params) -> Scope:
        """A scope in which each type parameter name denotes the type parameter."""
        scope = Scope(file_scope, "block")
        for ident, param in zip(names, params):
            ident.obj = param.obj
            scope.insert(param.obj)
        return scope

    def check_generically(self, generic, pristine, decl, func, scope, signature_reported=False) -> None:
        """Checks decl (a fresh copy of pristine) with its type parameters as types.
        A generic function's signature was checked (and its errors reported) when it was
        declared; a method's is checked here first."""
        from minigo.types.declarations import DeclInfo
        from minigo.types.generics import _InPackage
        before = len(self.errors)
        literals = len(generic.pkg.func_lits)
        self.generic_body_depth = getattr(self, "generic_body_depth", 0) + 1
        recording = self.recording_instances()
        recording.__enter__()
        try:
            with self.in_generic_context(scope, generic.pkg):
                if signature_reported:
                    with self.errors_dropped():
                        signature = self.func_signature(decl.func_type, decl.recv)
                else:
                    signature = self.func_signature(decl.func_type, decl.recv)
            func.type = signature
            decl.signature = signature
            info = DeclInfo("func", generic.file_scope, decl)
            with _InPackage(self, generic.pkg):
                self.func_body(info, func, decl, signature)
        finally:
            recording.__exit__(None, None, None)
            self.generic_body_depth -= 1
            del generic.pkg.func_lits[literals:]       # never compiled
        generic.body_errors[id(pristine)] = len(self.errors) - before

    @contextmanager
    def errors_dropped(self):
        before = len(self.errors)
        last = self.last_error
        try:
            yield
        finally:
            del self.errors[before:]
            self.last_error = last

    @contextmanager
    def instance_errors(self, generic, pristine):
        """An instance's body check: its errors are dropped when the generic check of the
        same declaration ran (see the design comment)."""
        before = len(self.errors)
        last = self.last_error
        yield
        if id(pristine) in getattr(generic, "body_errors", {}) and len(self.errors) > before:
            del self.errors[before:]
            self.last_error = last

    def in_generic_body(self) -> bool:
        return getattr(self, "generic_body_depth", 0) > 0
