"""Generics: type parameters, constraints, instantiation.

Design: instantiation by substitution before checking (monomorphisation in the
checker).  A generic function or type is declared once with its type parameters as
TypeParam types (so its signature can drive inference and its constraints checks), and
its body is checked once generically, which reports its errors as gc does
(generic_bodies.py, by the rules of typeparams.py); each instantiation takes a fresh copy of the
declaration's syntax tree (a pristine one, cloned before any checking annotated it),
binds every type parameter name to its type argument (an alias TypeName in a scope
between the declaration's file scope and the declaration) and checks the copy as an
ordinary declaration.  What comes out is an ordinary Func (link name `main.F[int]`)
or Named (`main.List[int]`, its obj the generic TypeName, its type_args the
arguments) with ordinary methods, so codegen compiles instantiations as any other
code: the instance bodies are FuncDecls listed in Package.instances, compiled in the
package whose checker made them.  Each instantiation is made once per checked
package, found by the identity of its type arguments (GenericInfo.instances).

A generic function's call is resolved here (generic_call): explicit type arguments,
inference of the others (inference.py), the constraints' satisfaction; then the call's
.fun becomes an Ident (or pkg.F) naming the instance.

An instance's own errors are dropped (the generic check reported the declaration's).
Instantiation cycles are found in the generic declarations (instance_cycles.py); the
depth limit below only stops an instance from instantiating forever meanwhile.
A type argument containing type parameters (met in a generic body) makes no compiled
instance: a function gets its signature, a type its method signatures.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from minigo.syntax import ast
from minigo.syntax.build_common import clone_tree
from minigo.types.generic_bodies import GenericBodyChecks
from minigo.types.typeparams import TypeParamChecks
from minigo.types.instance_cycles import InstanceCycleChecks
from minigo.types.inference import InferenceChecks, absolute, contains_type_params
from minigo.types.typesystem import (
    INVALID, Array, Chan, Func, Interface, Map, Named, PkgName, Pointer, Scope, Signature, Slice,
    TypeName, TypeParam, identical, type_string, underlying,
)
from minigo.types.wording import type_text


@dataclass(eq=False)
class GenericInfo:
    """What a generic function or type keeps for its instantiations."""
    obj: Any                                  # the generic Func or TypeName
    decl: Any                                 # pristine clone: ast.FuncDecl or ast.TypeSpec
    file_scope: Scope
    pkg: Any
    type_params: list = field(default_factory=list)      # TypeParams, in order
    # id(package compiling them) -> [(type arguments, instance)]: each package makes
    # its own instances (codegen merges equal ones by name: weak_odr)
    instances: dict = field(default_factory=dict)
    methods: list = field(default_factory=list)          # types: (Func, pristine FuncDecl, file scope)


def generic_info(obj) -> Optional[GenericInfo]:
    return getattr(obj, "generic", None)


class GenericChecks(InferenceChecks, GenericBodyChecks, TypeParamChecks, InstanceCycleChecks):

    # ------------------------------------------------------------ declarations

    def declare_type_params(self, field_list, scope) -> list:
        """Declares the type parameters of field_list in scope and resolves their
        constraints (which may name any of them)."""
        params = []
        for param_field in field_list.fields:
            for ident in param_field.names:
                name = TypeName(ident.name, None, ident.pos, self.pkg)
                name.type = TypeParam(name, len(params))
                self.declare(scope, ident, name)
                params.append(name.type)
        saved = self.scope
        self.scope = scope
        try:
            index = 0
            for param_field in field_list.fields:
                constraint = self.constraint_type(param_field.field_type)
                for _ in param_field.names:
                    params[index].constraint = constraint
                    index += 1
        finally:
            self.scope = saved
        return params

    def constraint_type(self, e):
        """The interface a constraint denotes: an interface type, or the implicit
        interface{ E } of a union / ~T / non-interface type E."""
        if isinstance(e, ast.BadExpr):
            return INVALID
        if is_union_element(e):
            return implicit_interface(self.union_terms(e))
        t = self.type_expr(e)
        if t is INVALID or isinstance(underlying(t), Interface):
            return t
        return implicit_interface([(False, t)])

    def union_terms(self, e) -> list:
        """The terms (tilde, type) of a union element `~int | float64 | Number`; None
        when it holds every type (`any | int`)."""
        if isinstance(e, ast.ParenExpr):
            return self.union_terms(e.x)
        if isinstance(e, ast.BinaryExpr) and e.op == "|":
            left, right = self.union_terms(e.x), self.union_terms(e.y)
            return None if left is None or right is None else left + right
        if isinstance(e, ast.UnaryExpr) and e.op == "~":
            t = self.type_expr(e.x)
            if t is not INVALID and not identical(underlying(t), t):
                self.error(e, f"invalid use of ~ ({type_text(t)} is not the underlying type of {type_text(t)})")
            return [(True, t)]
        t = self.type_expr(e)
        u = underlying(t)
        if isinstance(u, Interface):
            if u.type_set is not None:
                return list(u.type_set)
            if u.all_methods or u.methods:
                self.error(e, f"cannot use {type_text(t)} in union ({type_text(t)} contains methods)")
                return []
            return None         # any: the union holds every type
        return [(False, t)]

    def embed_constraint_terms(self, interface, e) -> None:
        """interface{ ...; E } with E a union or a non-interface type: the interface's
        type set is intersected with E's terms (typexpr.interface_type's hook)."""
        terms = self.union_terms(e)
        if terms is None:
            return              # every type: no restriction
        interface.type_set = terms if interface.type_set is None else intersect_terms(interface.type_set, terms)

    def declare_generic_func(self, obj, info) -> None:
        decl = info.spec
        generic = GenericInfo(obj, clone_tree(decl), info.file_scope, self.pkg)
        obj.generic = generic
        decl.generic = True
        self.report_local_types(decl)
        scope = Scope(self.scope, "block")
        generic.type_params = self.declare_type_params(decl.func_type.type_params, scope)
        saved = self.scope
        self.scope = scope
        try:
            obj.type = self.func_signature(decl.func_type, None)
        finally:
            self.scope = saved
        self.mark_imports_used_in(decl, info.file_scope)
        self.queue_generic_func_check(generic)         # generic_bodies.py

    def declare_generic_type(self, obj, info) -> None:
        spec = info.spec
        generic = GenericInfo(obj, clone_tree(spec), info.file_scope, self.pkg)
        obj.generic = generic
        self.generic_types.add(obj)
        obj.type = Named(obj, INVALID)
        scope = Scope(self.scope, "block")
        generic.type_params = self.declare_type_params(spec.type_params, scope)
        rhs = spec.spec_type
        while isinstance(rhs, ast.ParenExpr):
            rhs = rhs.x
        if isinstance(rhs, ast.Ident) and isinstance(scope.lookup_local(rhs.name), TypeName):
            self.error(rhs, "cannot use a type parameter as RHS in type declaration")
            obj.type = Named(obj, INVALID)
            self.generic_types.discard(obj)
            del obj.generic
            return
        for method in self.methods_by_base.pop(obj, []):
            method_info = self.declarations[method]
            method.decl.generic = True
            self.mark_imports_used_in(method.decl, method_info.file_scope)
            if not self.receiver_matches(method.decl, len(generic.type_params)):
                continue
            self.report_local_types(method.decl)
            generic.methods.append((method, clone_tree(method.decl), method_info.file_scope))
        self.mark_imports_used_in(spec, info.file_scope)
        self.queue_generic_method_checks(generic)      # generic_bodies.py
        # the definition with its own parameters as arguments: its errors (an undefined
        # name, a type containing itself) are reported even if it is never instantiated
        with self.recording_instances():
            self.instantiate_type(obj, list(generic.type_params))

    def receiver_matches(self, decl, wanted) -> bool:
        """Whether a method's receiver names as many type parameters as its type has."""
        receiver_type = decl.recv.fields[0].field_type if decl.recv.fields else None
        node = receiver_type
        while isinstance(node, (ast.ParenExpr, ast.StarExpr)):
            node = node.x
        if isinstance(node, ast.Ident):
            base = self.pkg.scope.lookup_local(node.name)
            self.error(node, f"cannot use generic type {self.generic_type_text(base)} without instantiation")
            return False
        if not isinstance(node, (ast.IndexExpr, ast.IndexListExpr)):
            return False
        given = 1 if isinstance(node, ast.IndexExpr) else len(node.indices)
        if given != wanted:
            self.error(node.x, f"got {given} arguments but {wanted} type parameters")
            return False
        return True

    def report_local_types(self, decl) -> None:
        """gc 1.19 has no type declarations inside generic functions (nor methods)."""
        def visit(node):
            if isinstance(node, ast.DeclStmt) and node.decl.tok == "type":
                self.error(node, "type declarations inside generic functions are not currently supported")
        if decl.body is not None:
            ast.walk(decl.body, visit)

    def generic_type_text(self, obj) -> str:
        """`List[T any]`, as gc names a generic type in messages."""
        generic = generic_info(obj)
        parts = []
        for param_field in generic.decl.type_params.fields:
            names = ", ".join(ident.name for ident in param_field.names)
            parts.append(f"{names} {ast_constraint_text(param_field.field_type)}")
        return f"{obj.name}[{', '.join(parts)}]"

    # ------------------------------------------------------------ instantiation

    def type_param_scope(self, generic, names, args) -> Scope:
        """A scope binding each type parameter name to its argument (an alias)."""
        scope = Scope(generic.file_scope, "block")
        for ident, arg in zip(names, args):
            alias = TypeName(ident.name, arg, ident.pos, generic.pkg, is_alias=True)
            ident.obj = alias
            scope.insert(alias)
        return scope

    def home_package(self):
        """The package being checked, whose module compiles the instances it makes
        (self.pkg is the generic's own package while an instance is checked)."""
        return getattr(self, "_home_pkg", None) or self.pkg

    def known_instances(self, generic) -> list:
        return generic.instances.setdefault(id(self.home_package()), [])

    def find_instance(self, generic, args):
        for known_args, instance in self.known_instances(generic):
            if len(known_args) == len(args) and all(identical(a, b) for a, b in zip(known_args, args)):
                return instance
        return None

    def instantiate_type(self, obj, args) -> Named:
        generic = generic_info(obj)
        found = self.find_instance(generic, args)
        if found is not None:
            return found
        named = Named(obj, None, type_args=list(args))
        self.known_instances(generic).append((list(args), named))
        spec = clone_tree(generic.decl)
        names = [ident for f in spec.type_params.fields for ident in f.names]
        scope = self.type_param_scope(generic, names, args)
        own = all(a is p for a, p in zip(args, generic.type_params))
        with self.in_generic_context(scope, generic.pkg), self.recording_only_if(own):
            rhs = self.defined_type(spec.spec_type, named)
        u = underlying(rhs) if rhs is not None else INVALID
        named.underlying = u if u is not None else INVALID
        contained = self_containing_node(spec.spec_type, named)
        if contained is not None:
            where = self.position(contained)
            self.error(contained, f"invalid recursive type {obj.name}\n\t{where}: {obj.name} refers to\n"
                                  f"\t{where}: {obj.name}")
            named.underlying = INVALID
        # methods are instantiated with their type (their signatures are in its method
        # set), except beyond a depth no program uses: a method returning List[List[T]]
        # would otherwise instantiate types forever
        if type_depth(named) > MAX_METHOD_DEPTH:
            return named
        if any(contains_type_params(a) for a in args):
            self.instantiate_method_signatures(generic, named, args)
        else:
            self.instantiate_methods(generic, named, args)
        return named

    def instantiate_methods(self, generic, named, args) -> None:
        for method, pristine, file_scope in generic.methods:
            decl = clone_tree(pristine)
            receiver_type = decl.recv.fields[0].field_type if decl.recv.fields else None
            names = receiver_type_param_names(receiver_type)
            instance = Func(method.name, None, method.pos, generic.pkg, decl=decl)
            instance.pointer_receiver = method.pointer_receiver
            receiver = f"(*{type_text_for_link(named)})" if method.pointer_receiver else type_text_for_link(named)
            instance.link_name = generic.pkg.link_name(f"{receiver}.{method.name}")
            decl.name.obj = instance
            named.methods.append(instance)
            scope = self.type_param_scope(generic, names, args)
            self.check_instance_func(instance, decl, scope, generic, pristine)

    def instantiate_method_signatures(self, generic, named, args) -> None:
        """The methods of an instance whose arguments are (or contain) type parameters,
        met in a generic body: signatures to check calls with, never compiled."""
        for method, pristine, file_scope in generic.methods:
            decl = clone_tree(pristine)
            receiver_type = decl.recv.fields[0].field_type if decl.recv.fields else None
            names = receiver_type_param_names(receiver_type)
            instance = Func(method.name, None, method.pos, generic.pkg, decl=decl)
            instance.pointer_receiver = method.pointer_receiver
            decl.name.obj = instance
            named.methods.append(instance)
            scope = self.type_param_scope(generic, names, args)
            # the declaration's own check reports the signature's errors (generic_bodies.py)
            with self.in_generic_context(scope, generic.pkg), self.not_recording_instances(), \
                    self.errors_dropped():
                instance.type = self.func_signature(decl.func_type, decl.recv)

    def signature_instance(self, obj, generic, args) -> Func:
        """F[T] called in a generic body: the signature with T in place, never compiled."""
        instance = Func(obj.name, None, obj.pos, generic.pkg, decl=None)
        instance.type = self.subst(obj.type, dict(zip(generic.type_params, args)))
        return instance

    def instantiate_func(self, obj, args) -> Func:
        generic = generic_info(obj)
        if any(contains_type_params(a) for a in args):
            return self.signature_instance(obj, generic, args)
        found = self.find_instance(generic, args)
        if found is not None:
            return found
        decl = clone_tree(generic.decl)
        instance = Func(obj.name, None, obj.pos, generic.pkg, decl=decl)
        instance.link_name = generic.pkg.link_name(f"{obj.name}[{link_args_text(args)}]")
        self.known_instances(generic).append((list(args), instance))
        decl.name.obj = instance
        decl.func_type.type_params = None
        names = [ident for f in generic.decl.func_type.type_params.fields for ident in f.names]
        scope = self.type_param_scope(generic, names, args)
        self.check_instance_func(instance, decl, scope, generic, generic.decl)
        return instance

    def check_instance_func(self, instance, decl, scope, generic, pristine) -> None:
        """Checks an instance's signature now and its body with the other bodies;
        queues the declaration for codegen in the package being checked."""
        from minigo.types.declarations import BLACK, DeclInfo
        # its errors are the generic declaration's, reported by its own check
        with self.in_generic_context(scope, generic.pkg), self.errors_dropped():
            signature = self.func_signature(decl.func_type, decl.recv)
        instance.type = signature
        decl.signature = signature
        decl.generic = False        # the clone's own mark: an instance is compiled
        if decl.body is None:
            return
        home = self.home_package()
        instance.instance_home = home         # codegen: compiled in home's module
        home.instances.append(decl)
        home.funcs.append(instance)
        info = DeclInfo("func", generic.file_scope, decl)
        if generic.pkg is home:
            # a package-level object (black: declared here) whose body's references
            # count in the initialisation order of the variables that call it
            info.order, info.color = len(self.declarations), BLACK
            self.declarations[instance] = info

        def check_body():
            with _InPackage(self, generic.pkg), self.instance_errors(generic, pristine):
                self.func_body(info, instance, decl, signature)
        self.delayed.append(check_body)

    def in_generic_context(self, scope, pkg):
        return _GenericContext(self, scope, pkg)

    # ------------------------------------------------------------ explicit instantiation

    def type_arguments(self, exprs) -> Optional[list]:
        args = []
        for e in exprs:
            t = self.var_type(e)
            if t is INVALID:
                return None
            args.append(t)
        return args

    def instantiated_generic_type(self, e, base):
        """G[A, B] where base (checked) names the generic type G."""
        obj = named_object(base)
        generic = generic_info(obj)
        exprs = [e.index] if isinstance(e, ast.IndexExpr) else list(e.indices)
        args = self.type_arguments(exprs)
        if args is None:
            return INVALID
        wanted = len(generic.type_params)
        if len(args) != wanted:
            self.error(base, f"got {len(args)} arguments but {wanted} type parameters")
            return INVALID
        if not self.check_satisfaction(generic, args, exprs, None):
            return INVALID
        self.record_instance(generic, args, exprs, e)          # instance_cycles.py
        if self.instantiation_cycle(generic, args, exprs, e, MAX_METHOD_DEPTH - 1):
            return INVALID
        return self.instantiate_type(obj, args)

    def explicit_func_instance(self, e, base) -> None:
        """F[A, B] used as a value (not called): every type argument must be given."""
        obj = named_object(base)
        generic = generic_info(obj)
        exprs = [e.index] if isinstance(e, ast.IndexExpr) else list(e.indices)
        args = self.type_arguments(exprs)
        self.invalid(e)
        if args is None:
            return
        wanted = len(generic.type_params)
        if len(args) > wanted:
            self.error(exprs[wanted], f"got {len(args)} type arguments but want {wanted}")
            return
        if len(args) < wanted:
            args = self.infer_from_constraints(generic, args)      # f[byte] with B []A
            if len(args) < wanted:
                missing = generic.type_params[len(args)].obj
                self.error(e.lbrack or e, f"cannot infer {missing.name} ({absolute(missing.pos)})")
                return
        if not self.check_satisfaction(generic, args, exprs, None):
            return
        self.record_instance(generic, args, exprs, e)
        if self.instantiation_cycle(generic, args, exprs, e):
            return
        instance = self.instantiate_func(obj, args)
        self.add_dependency(instance)
        e.instance = instance
        e.mode, e.type = "value", instance.type

    def infer_from_constraints(self, generic, args) -> list:
        """The given type arguments followed by those constraint type inference finds
        (as many as it finds in order)."""
        bindings = dict(zip(generic.type_params, args))
        self.constraint_inference(generic, bindings)
        result = []
        for tp in generic.type_params:
            if bindings.get(tp) is None:
                break
            result.append(self.subst_fully(bindings[tp], bindings))
        return result

    # ------------------------------------------------------------ calls

    def generic_callee(self, fun):
        """(base Ident, type argument expressions) when fun names a generic function,
        perhaps with explicit type arguments; None otherwise."""
        node = fun
        while isinstance(node, ast.ParenExpr):
            node = node.x
        exprs = []
        if isinstance(node, ast.IndexExpr):
            exprs, node = [node.index], node.x
        elif isinstance(node, ast.IndexListExpr):
            exprs, node = list(node.indices), node.x
        if isinstance(node, ast.SelectorExpr) and isinstance(node.x, ast.Ident):
            package_name = self.scope.lookup(node.x.name)
            if not isinstance(package_name, PkgName) or not node.sel.name[:1].isupper():
                return None
            obj = package_name.imported.scope.lookup_local(node.sel.name)
        elif isinstance(node, ast.Ident):
            obj = self.scope.lookup(node.name)
        else:
            return None
        if not isinstance(obj, Func) or obj.decl is None or not obj.decl.func_type.type_params \
                or not obj.decl.func_type.type_params.fields or obj.decl.recv is not None:
            return None
        if obj.type is None:
            self.obj_decl(obj)
        if generic_info(obj) is None:
            return None
        return node, exprs, obj

    def generic_call(self, call, base, type_arg_exprs, obj) -> None:
        if isinstance(base, ast.SelectorExpr):
            self.generic_base = base
            self.qualified_identifier(base, self.scope.lookup(base.x.name))
        else:
            base.obj = obj
        self.add_dependency(obj)
        generic = generic_info(obj)
        explicit = self.type_arguments(type_arg_exprs)
        if explicit is None:
            self.use(*call.args)
            return
        wanted = len(generic.type_params)
        if len(explicit) > wanted:
            self.error(type_arg_exprs[wanted], f"got {len(explicit)} type arguments but want {wanted}")
            self.use(*call.args)
            return
        args = self.expr_list(call.args, allow_comma_ok=False)
        if any(a.mode == "invalid" for a in args):
            return
        lparen = call.lparen or call.pos
        if len(explicit) == wanted:
            inferred = explicit          # nothing to infer: the arguments are checked as usual
        else:
            view, signature = self.callee_view(generic, obj.type)
            bindings = {tp: t for tp, t in zip(view.type_params, explicit)}
            inferred = self.infer(view, signature, args, bindings, lparen, call.has_ellipsis)
        if inferred is None:
            return
        if not self.check_satisfaction(generic, inferred, type_arg_exprs, lparen):
            return
        self.record_instance(generic, inferred, type_arg_exprs, lparen)
        if self.instantiation_cycle(generic, inferred, type_arg_exprs, lparen):
            return
        instance = self.instantiate_func(obj, inferred)
        self.add_dependency(instance)
        if isinstance(base, ast.SelectorExpr):
            base.sel.obj = instance
            base.sel.mode, base.sel.type = "value", instance.type
        else:
            base.obj = instance
        base.mode, base.type = "value", instance.type
        call.fun.mode, call.fun.type = "value", instance.type
        self.finish_call(call, instance.type, args)     # messages name call.fun as written
        call.fun = base                                  # codegen: a direct call of the instance

    def callee_view(self, generic, signature):
        """(generic, signature) to infer a call's type arguments with.  In a generic body
        the arguments may mention the callee's own type parameters (a recursive call
        `g([]T{x})`: T flows into T as []T): inference then works on fresh copies of them,
        as if the callee were another function."""
        if not self.in_generic_body():
            return generic, signature
        fresh = [TypeParam(tp.obj, tp.index) for tp in generic.type_params]
        renaming = dict(zip(generic.type_params, fresh))
        for tp, copy in zip(generic.type_params, fresh):
            copy.constraint = self.subst_constraint(tp.constraint, renaming)
        view = GenericInfo(generic.obj, generic.decl, generic.file_scope, generic.pkg, type_params=fresh)
        return view, self.subst(signature, renaming)

    def subst_constraint(self, constraint, bindings):
        """A constraint with type parameters replaced, its type set and methods too."""
        if not isinstance(constraint, Interface):
            return self.subst(constraint, bindings) if constraint is not None else None
        terms = None if constraint.type_set is None else \
            [(tilde, self.subst(t, bindings)) for tilde, t in constraint.type_set]
        methods = [Func(m.name, self.subst(m.type, bindings), m.pos, m.pkg) for m in constraint.methods]
        copy = Interface(methods, list(constraint.embeddeds), type_set=terms)
        copy.all_methods = [Func(m.name, self.subst(m.type, bindings), m.pos, m.pkg)
                            for m in constraint.all_methods]
        for flag in ("implicit", "comparable"):
            if getattr(constraint, flag, False):
                setattr(copy, flag, True)
        return copy

    def instantiation_cycle(self, generic, args, exprs, at, limit=None) -> bool:
        """A generic instantiating itself with ever larger type arguments (F[T] calling
        F[[]T]) would make instances forever: stopped once an argument nests deeper
        than any program writes.  The cycle is reported by instance_cycles.py, found in
        the generic declarations; this message, only if that found none."""
        for index, arg in enumerate(args):
            if type_depth(arg) > (limit or MAX_TYPE_ARGUMENT_DEPTH):
                where = exprs[index] if index < len(exprs) else at
                text = self.expr_text(exprs[index]) if index < len(exprs) else type_text(arg)
                param = generic.type_params[index].obj
                if getattr(generic, "cycle_reported", False):
                    return True
                generic.cycle_reported = True
                self.deep_instances.append((generic.type_params[0].obj.pos,
                    f"instantiation cycle:\n\t{self.position(where)}: {param.name} instantiated as {text}"))
                return True
        return False

    # ------------------------------------------------------------ constraints

    def check_satisfaction(self, generic, args, exprs, at) -> bool:
        """Whether each type argument satisfies its constraint; reports the first that
        does not (at its expression when written, else at `at`)."""
        bindings = dict(zip(generic.type_params, args))
        for index, (tp, arg) in enumerate(zip(generic.type_params, args)):
            cause = self.unsatisfied(arg, tp.constraint, bindings)
            if cause:
                where = exprs[index] if index < len(exprs) else at
                self.error(where, cause)
                return False
        return True

    def unsatisfied(self, t, constraint, bindings) -> str:
        """'' when t satisfies constraint, else gc's message."""
        if constraint is None or constraint is INVALID:
            return ""
        iface = underlying(constraint)
        if not isinstance(iface, Interface):
            return ""
        written_as_terms = getattr(iface, "implicit", False) and iface.type_set is not None
        name = terms_text(iface.type_set) if written_as_terms else type_text(constraint)
        if isinstance(t, TypeParam):        # in a generic body: by its own constraint
            return self.type_param_unsatisfied(t, iface, name, bindings)
        # go 1.19: interfaces are not strictly comparable, so none satisfies comparable
        if is_comparable_constraint(iface) and (not self.comparable(t) or isinstance(underlying(t), Interface)):
            return f"{type_text(t)} does not implement comparable"
        if iface.type_set is not None:
            terms = [(tilde, self.subst(term, bindings)) for tilde, term in iface.type_set]
            if not any(term_includes(tilde, term, t) for tilde, term in terms):
                if not terms:
                    return f"cannot satisfy {name} (empty type set)"
                return f"{type_text(t)} does not implement {name} ({type_text(t)} missing in {terms_text(terms)})"
        methods = iface.all_methods or iface.methods
        if any(not isinstance(m.type, Signature) for m in methods):
            return ""       # the constraint itself is invalid (reported where it is declared)
        if methods:
            substituted = Interface([Func(m.name, self.subst(m.type, bindings), m.pos, m.pkg)
                                     for m in methods])
            substituted.all_methods = sorted(substituted.methods, key=lambda m: m.name)
            missing = self.missing_method(t, substituted, True)
            if missing is not None:
                return f"{type_text(t)} does not implement {name} {self.missing_method_cause(t, constraint, missing)}"
        return ""


class _GenericContext:
    """Checks a generic declaration's copy in its own scope (the checker's function
    context is set aside: an instance is a package-level declaration)."""

    def __init__(self, checker, scope, pkg):
        self.checker = checker
        self.scope = scope
        self.package = _InPackage(checker, pkg)

    def __enter__(self):
        c = self.checker
        self.saved = (c.scope, c.function, c.iota, c.inherited_error_pos)
        c.scope, c.function, c.iota, c.inherited_error_pos = self.scope, None, None, None
        self.package.__enter__()
        return self

    def __exit__(self, *exc):
        self.package.__exit__(*exc)
        c = self.checker
        c.scope, c.function, c.iota, c.inherited_error_pos = self.saved
        return False


class _InPackage:
    """Checks code of another package (an imported generic's instance) as that package
    (its unexported names are accessible), while the function literals met go to the
    package being compiled, whose module holds the instance."""

    def __init__(self, checker, pkg):
        self.checker = checker
        self.pkg = pkg

    def __enter__(self):
        c = self.checker
        self.saved_pkg = c.pkg
        self.saved_home = getattr(c, "_home_pkg", None)
        home = c.home_package()
        c._home_pkg = home
        c.pkg = self.pkg
        self.literal_count = len(self.pkg.func_lits)
        return self

    def __exit__(self, *exc):
        c = self.checker
        home = c.home_package()
        if self.pkg is not home:
            home.func_lits.extend(self.pkg.func_lits[self.literal_count:])
            del self.pkg.func_lits[self.literal_count:]
        c.pkg = self.saved_pkg
        c._home_pkg = self.saved_home
        return False


def is_union_element(e) -> bool:
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return (isinstance(e, ast.BinaryExpr) and e.op == "|") or (isinstance(e, ast.UnaryExpr) and e.op == "~")


def is_comparable_constraint(iface, depth=0) -> bool:
    """Whether the interface is, or embeds, comparable."""
    if getattr(iface, "comparable", False):
        return True
    return depth < 50 and any(isinstance(underlying(e), Interface)
                              and is_comparable_constraint(underlying(e), depth + 1) for e in iface.embeddeds)


def term_includes(tilde, term, t) -> bool:
    if tilde:
        return identical(underlying(term), underlying(t))
    return identical(term, t)


def intersect_terms(a, b) -> list:
    result = []
    for tilde_a, ta in a:
        for tilde_b, tb in b:
            if tilde_a and tilde_b and identical(underlying(ta), underlying(tb)):
                result.append((True, ta))
            elif not tilde_b and term_includes(tilde_a, ta, tb):
                result.append((False, tb))
            elif not tilde_a and term_includes(tilde_b, tb, ta):
                result.append((False, ta))
    return result


def terms_text(terms, separator=" | ") -> str:
    return separator.join(("~" if tilde else "") + type_text(t) for tilde, t in terms)


def receiver_type_param_names(receiver_type) -> list:
    """The type parameter names a method's receiver `*List[T]` declares."""
    node = receiver_type
    while isinstance(node, (ast.ParenExpr, ast.StarExpr)):
        node = node.x
    if isinstance(node, ast.IndexExpr):
        return [node.index] if isinstance(node.index, ast.Ident) else []
    if isinstance(node, ast.IndexListExpr):
        return [i for i in node.indices if isinstance(i, ast.Ident)]
    return []


def link_args_text(args) -> str:
    """Type arguments in a link name: fully qualified, as gc's symbols have them."""
    return ",".join(type_string(a, qualify=True) for a in args)


def type_text_for_link(named) -> str:
    return f"{named.obj.name}[{link_args_text(named.type_args)}]"


def ast_constraint_text(e) -> str:
    from minigo.types.wording import expr_string
    return expr_string(e)


def named_object(e):
    """The object an Ident or a qualified identifier pkg.Name denotes (None otherwise)."""
    while isinstance(e, ast.ParenExpr):
        e = e.x
    if isinstance(e, ast.Ident):
        return e.obj
    if isinstance(e, ast.SelectorExpr) and e.selection is None:
        return e.sel.obj
    return None


def is_generic_type_name(obj) -> bool:
    return isinstance(obj, TypeName) and generic_info(obj) is not None


def is_generic_func(obj) -> bool:
    return isinstance(obj, Func) and generic_info(obj) is not None


MAX_TYPE_ARGUMENT_DEPTH = 32
MAX_METHOD_DEPTH = 12


def type_depth(t, limit=MAX_TYPE_ARGUMENT_DEPTH + 1) -> int:
    """How deeply composite types nest in t (counted up to limit)."""
    depth = 0
    while depth < limit:
        if isinstance(t, (Pointer, Slice, Array, Chan)):
            t = t.elem
        elif isinstance(t, Map):
            t = t.elem if type_depth(t.elem, limit) >= type_depth(t.key, limit) else t.key
        elif isinstance(t, Named) and t.type_args:
            t = max(t.type_args, key=lambda a: type_depth(a, limit))
        else:
            return depth
        depth += 1
    return depth


def self_containing_node(type_expr, named):
    """The type expression, inside a generic type's definition, that makes an instance
    contain itself (through struct fields and arrays, not pointers): None if none."""
    work = [type_expr]
    while work:
        node = work.pop()
        while isinstance(node, ast.ParenExpr):
            node = node.x
        if isinstance(node, (ast.IndexExpr, ast.IndexListExpr)) and node.type is named:
            return node
        if isinstance(node, ast.StructType):
            work.extend(f.field_type for f in reversed(node.fields.fields))
        elif isinstance(node, ast.ArrayType) and node.len is not None:
            work.append(node.elt)
    return None


def implicit_interface(terms) -> Interface:
    """The interface a constraint written as a union or a plain type stands for
    (`[T ~int | ~float64]`); messages write it as its terms."""
    interface = Interface([], type_set=terms)
    interface.implicit = True
    return interface
