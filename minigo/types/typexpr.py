"""Type expressions: turning `[]int`, `*T`, `struct{...}`, `func(int) string` written in
the source into typesystem objects, and the signatures of functions and methods.

A type expression is checked like any expression (so it is annotated with
mode 'type' and .type), then its type is taken; a defined type's underlying type
may still be unknown while its own declaration is in progress (recursive types through
pointers, slices and the like are fine; direct containment is reported by
check_valid_type)."""
from __future__ import annotations

from minigo.syntax import ast, literals
from minigo.types.typesystem import (
    INT, INVALID, Array, Chan, Const, Func, Interface, Map, Named, Pointer, Scope, Signature, Slice,
    Struct, Tuple, TypeParam, Var, identical, is_integer, is_untyped, underlying,
    BOTH_WAYS, RECV_ONLY, SEND_ONLY,
)
from minigo.types import constants
from minigo.types.generics import (
    is_comparable_constraint, is_generic_type_name, is_union_element, named_object,
)
from minigo.types.wording import describe, expr_string, type_text

MAX_ARRAY_LENGTH = (1 << 63) - 1


class TypeExpressions:

    def type_text(self, t) -> str:
        return type_text(t)

    def type_expr(self, e) -> object:
        """The type e denotes; INVALID (after reporting) if e is not a type."""
        return self.defined_type(e, None)

    def var_type(self, e):
        t = self.type_expr(e)
        u = underlying(t)
        if isinstance(u, Interface) and u.type_set is not None:
            self.error(e, f"cannot use type {type_text(t)} outside a type constraint: interface contains type constraints")
        elif isinstance(u, Interface) and is_comparable_constraint(u):
            self.error(e, f"cannot use type {type_text(t)} outside a type constraint: interface is (or embeds) comparable")
        return t

    def defined_type(self, e, named):
        t = self.type_internal(e, named)
        e.mode = "type"
        e.type = t
        return t

    def type_internal(self, e, named):   # noqa: C901 - one case per type syntax
        if isinstance(e, ast.Ident) or isinstance(e, ast.SelectorExpr):
            self.expr_or_type(e, want_type=True)
            if e.mode == "type":
                return e.type
            if e.mode == "invalid":
                return INVALID
            if e.mode == "novalue":
                self.error(e, f"{describe(e)} used as type")
            else:
                self.error(e, f"{describe(e)} is not a type")
            return INVALID
        if isinstance(e, ast.ParenExpr):
            return self.defined_type(e.x, named)
        if isinstance(e, ast.StarExpr):
            pointer = Pointer(INVALID)
            pointer.elem = self.type_expr(e.x)
            return pointer
        if isinstance(e, ast.ArrayType):
            if e.len is None:
                slice_type = Slice(INVALID)
                slice_type.elem = self.var_type(e.elt)
                return slice_type
            if isinstance(e.len, ast.Ellipsis):
                self.error(e, "invalid use of [...] array (outside a composite literal)")
                self.var_type(e.elt)
                return INVALID
            length = self.array_length(e.len)
            elem = self.var_type(e.elt)
            if length < 0:
                return INVALID
            return Array(length, elem)
        if isinstance(e, ast.Ellipsis):
            self.error(e, "invalid use of '...'")
            return INVALID
        if isinstance(e, ast.MapType):
            return self.map_type(e)
        if isinstance(e, ast.ChanType):
            self.not_supported(e, "channel type", feature="channels")
            direction = {ast.SEND: SEND_ONLY, ast.RECV: RECV_ONLY}.get(e.dir, BOTH_WAYS)
            return Chan(direction, self.var_type(e.value_type))
        if isinstance(e, ast.FuncType):
            if e.type_params is not None and e.type_params.fields:
                self.not_supported(e, "generic function type")
            with self.open_scope("func"):
                return self.func_signature(e, None)
        if isinstance(e, ast.StructType):
            return self.struct_type(e)
        if isinstance(e, ast.InterfaceType):
            return self.interface_type(e, named)
        if isinstance(e, (ast.IndexExpr, ast.IndexListExpr)):
            return self.instantiated_type(e)
        self.expr_or_type(e)
        if e.mode != "invalid":
            self.error(e, f"{expr_string(e)} is not a type")
        return INVALID

    def instantiated_type(self, e, checked=False):
        """G[T] in a type: an instance of the generic type G (generics.py)."""
        if not checked:
            self.generic_base = e.x
            self.expr_or_type(e.x, want_type=True)
        base = e.x
        if base.mode == "invalid":
            self.use(*([e.index] if isinstance(e, ast.IndexExpr) else e.indices))
            return INVALID
        if is_generic_type_name(named_object(base)):
            return self.instantiated_generic_type(e, base)
        for index in ([e.index] if isinstance(e, ast.IndexExpr) else e.indices):
            self.expr_or_type(index)
        if base.mode == "type":
            self.error(base, f"{type_text(base.type)} is not a generic type")
        else:
            self.error(base, f"{expr_string(base)} is not a type")
        return INVALID

    def array_length(self, e) -> int:
        if isinstance(e, ast.Ident):
            obj = self.scope.lookup(e.name)
            if obj is None:
                self.error(e, f"undeclared name {e.name} for array length")
                return -1
            if not isinstance(obj, Const):
                self.error(e, f"invalid array length {e.name}")
                return -1
        self.expr(e)
        if e.mode != "constant":
            if e.mode != "invalid":
                self.error(e, f"array length {describe(e)} must be constant")
            return -1
        if is_untyped(e.type) or is_integer(e.type):
            as_int = constants.to_int(e.value)
            if as_int is not None and not isinstance(e.value, bool):
                if -(1 << 63) <= as_int <= MAX_ARRAY_LENGTH:
                    if as_int >= 0:
                        if is_untyped(e.type):
                            self.update_expr_type(e, INT, True)
                        return as_int
                    self.error(e, f"invalid array length {describe(e)}")
                    return -1
        self.error(e, f"array length {describe(e)} must be integer")
        return -1

    def map_type(self, e):
        key = self.var_type(e.key)
        elem = self.var_type(e.value_type)
        map_type = Map(key, elem)

        def check_key():
            if key is not INVALID and not self.comparable(key):
                why = " (missing comparable constraint)" if isinstance(key, TypeParam) else ""
                self.error(e.key, f"invalid map key type {type_text(key)}{why}")
        self.later_type_checks.append(check_key)
        return map_type

    # ------------------------------------------------------------ structs and interfaces

    def struct_type(self, e):
        fields: list[Var] = []
        tags = []
        seen: dict[str, Var] = {}
        for field in e.fields.fields:
            field_type = self.var_type(field.field_type)
            tag = self.quoted_tag(field.tag)
            if field.names:
                for ident in field.names:
                    var = Var(ident.name, field_type, ident.pos, self.pkg, is_field=True)
                    ident.obj = var
                    if self.add_field(var, seen, fields):
                        tags.append(tag)
                continue
            embedded_name = embedded_field_name(field.field_type)
            var = Var(embedded_name, field_type, field.field_type.pos, self.pkg, is_field=True, embedded=True)
            self.check_embedded(field.field_type, field_type)
            if self.add_field(var, seen, fields):
                tags.append(tag)
        return Struct(fields, tags if any(t is not None for t in tags) else [])

    def add_field(self, var, seen, fields) -> bool:
        """Adds a field unless its name is taken (then it is reported and dropped)."""
        if var.name != "_" and var.name in seen:
            other = seen[var.name]
            self.error(var.pos, f"{var.name} redeclared\n\t{other.pos}: other declaration of {var.name}")
            return False
        seen[var.name] = var
        fields.append(var)
        return True

    def check_embedded(self, type_expr, field_type) -> None:
        if field_type is INVALID:
            return
        base = field_type.elem if isinstance(field_type, Pointer) else field_type
        if isinstance(base, TypeParam):
            self.error(type_expr, "embedded field type cannot be a (pointer to a) type parameter")
            return
        if isinstance(field_type, Pointer):
            if isinstance(underlying(base), Pointer):
                self.error(type_expr, "embedded field type cannot be a pointer")
            elif isinstance(underlying(base), Interface):
                self.error(type_expr, "embedded field type cannot be a pointer to an interface")

    def quoted_tag(self, literal):
        """A field tag as strconv.Quote writes it, None for none: `a int ""` is `a int`, the
        same type; the quoted form keeps tags with different invalid UTF-8 bytes apart."""
        if literal is None:
            return None
        value = literals.string_bytes(literal.literal)
        return constants.go_quote(value) if value else None

    def interface_type(self, e, named):
        methods: list[Func] = []
        embeddeds = []
        seen: dict[str, Func] = {}
        interface = Interface(methods, embeddeds)
        receiver_type = named if named is not None else interface
        for field in e.methods.fields:
            if field.names:
                ident = field.names[0]
                with self.open_scope("func"):
                    signature = self.func_signature(field.field_type, None)
                signature.recv = Var("", receiver_type, ident.pos, self.pkg)
                method = Func(ident.name, signature, ident.pos, self.pkg)
                ident.obj = method
                if ident.name == "_":
                    self.error(ident, "methods must have a unique non-blank name")
                    continue
                if ident.name in seen:
                    self.error(ident, f"duplicate method {ident.name}\n"
                                      f"\t{seen[ident.name].pos}: other declaration of {ident.name}")
                    continue
                seen[ident.name] = method
                methods.append(method)
                continue
            if is_union_element(field.field_type):
                self.embed_constraint_terms(interface, field.field_type)    # generics.py
                continue
            embedded = self.type_expr(field.field_type)
            if embedded is INVALID:
                interface.incomplete = True
                continue
            if not isinstance(underlying(embedded), Interface):
                if underlying(embedded) is not None:
                    self.embed_constraint_terms(interface, field.field_type)
                continue
            inner = underlying(embedded)
            if inner.type_set is not None:
                self.embed_constraint_terms(interface, field.field_type)
            embeddeds.append(embedded)
        interface.all_methods = sorted(methods, key=lambda m: m.name)
        if embeddeds:
            self.later_type_checks.append(lambda: self.complete_interface(interface, e))
        return interface

    def complete_interface(self, interface, e) -> None:
        by_name = {m.name: m for m in interface.methods}
        for embedded in interface.embeddeds:
            inner = underlying(embedded)
            if not isinstance(inner, Interface):
                continue
            if inner.embeddeds and not inner.all_methods:
                self.complete_interface(inner, e)
            for method in inner.all_methods:
                existing = by_name.get(method.name)
                if existing is not None and not identical(existing.type, method.type):
                    self.error(e, f"duplicate method {method.name}")
                    continue
                by_name.setdefault(method.name, method)
        interface.all_methods = sorted(by_name.values(), key=lambda m: m.name)

    # ------------------------------------------------------------ signatures

    def func_signature(self, func_type, recv_list) -> Signature:
        """The signature of a function type; its parameters are declared in the current
        scope's new child, recorded as signature.scope.  They are in scope only in the
        body: every type in the signature is resolved outside it first (in
        `func f(T string, x T)` the second T is the package's), then the names declared."""
        scope = Scope(self.scope, "func")
        named: list = []          # (ident, Var) in declaration order
        recv = None
        if recv_list is not None:
            recv = self.receiver(recv_list, named)
        params, variadic = self.parameter_list(func_type.params, named, variadic_ok=True)
        results, _ = self.parameter_list(func_type.results, named, variadic_ok=False, results=True)
        for ident, var in named:
            self.declare(scope, ident, var)
        signature = Signature(Tuple(params), Tuple(results), variadic, recv)
        signature.scope = scope
        return signature

    def parameter_list(self, field_list, named, variadic_ok, results=False):
        """The parameters (or results) of field_list; the named ones are appended to
        named, to be declared once the whole signature is resolved."""
        variables: list[Var] = []
        variadic = False
        if field_list is None:
            return variables, variadic
        fields = field_list.fields
        for index, field in enumerate(fields):
            type_node = field.field_type
            if isinstance(type_node, ast.Ellipsis):
                last = index == len(fields) - 1 and len(field.names) <= 1
                elem = self.var_type(type_node.elt)
                type_node.mode, type_node.type = "type", Slice(elem)
                if variadic_ok and last:
                    param_type = Slice(elem)
                    variadic = True
                else:
                    if results:
                        self.error(type_node, "invalid use of '...'")
                    else:
                        self.error(type_node, "can only use ... with final parameter in list")
                    param_type = Slice(elem)
            else:
                param_type = self.var_type(type_node)
            if field.names:
                for ident in field.names:
                    var = Var(ident.name, param_type, ident.pos, self.pkg, is_param=True, used=True)
                    var.is_result = results
                    named.append((ident, var))
                    variables.append(var)
            else:
                var = Var("", param_type, type_node.pos, self.pkg, is_param=True, used=True)
                var.is_result = results
                variables.append(var)
        return variables, variadic

    def receiver(self, recv_list, named):
        fields = recv_list.fields
        if len(fields) != 1 or len(fields[0].names) > 1:
            if not fields:
                self.error(recv_list, "method has no receiver")
            else:
                self.error(recv_list, "method has multiple receivers")
            if not fields:
                return Var("", INVALID, recv_list.pos, self.pkg, is_param=True, used=True)
        field = fields[0]
        recv_type = self.type_expr(field.field_type)
        name = field.names[0] if field.names else None
        var = Var(name.name if name else "", recv_type, (name or field.field_type).pos, self.pkg,
                  is_param=True, used=True)
        if name is not None:
            named.append((name, var))
        return var

    # ------------------------------------------------------------ validity of defined types

    def check_valid_type(self, named, spec) -> None:
        """Reports a defined type that contains itself (through arrays and struct fields)."""
        path: list[Named] = []

        def visit(t) -> bool:
            if isinstance(t, Named):
                if t.obj.pkg is not self.pkg:
                    return True
                if t in path:
                    if t is named:
                        cycle = path[path.index(t):]
                        self.report_cycle([n.obj for n in cycle])
                    return False
                path.append(t)
                pending = self.pending_underlying.get(t)
                if pending is not None:           # `type T2 T1` with T1 being declared
                    ok = visit(pending[0])
                else:
                    ok = visit(t.underlying) if t.underlying is not None else True
                path.pop()
                return ok
            if isinstance(t, Array):
                return visit(t.elem)
            if isinstance(t, Struct):
                return all(visit(f.type) for f in t.fields)
            return True

        if not visit(named):
            named.underlying = INVALID


def embedded_field_name(type_expr) -> str:
    node = type_expr
    while True:
        if isinstance(node, ast.StarExpr):
            node = node.x
        elif isinstance(node, ast.ParenExpr):
            node = node.x
        elif isinstance(node, (ast.IndexExpr, ast.IndexListExpr)):
            node = node.x
        else:
            break
    if isinstance(node, ast.Ident):
        return node.name
    if isinstance(node, ast.SelectorExpr):
        return node.sel.name
    return "_"
