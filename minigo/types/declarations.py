"""Package-level declarations: collecting objects, checking each on demand, function
bodies, and the unused-import report.

Every package-level object gets a DeclInfo holding what its declaration needs
(the spec, the file scope it was written in, iota) and, filled while it is checked,
the package-level objects its initialiser or body refers to: the initialisation
order is computed from those.  An object is white (unchecked), grey (being checked:
meeting it again is a cycle) or black.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from minigo.errors import NO_POS
from minigo.syntax import ast
from minigo.types import library, unsafe_builtins
from minigo.types.typesystem import (
    INVALID, Basic, Const, Func, Interface, Named, PkgName, Pointer, Scope, Signature, Struct,
    TypeName, Var, underlying,
)
from minigo.types.wording import describe, expr_string

WHITE, GREY, BLACK = 0, 1, 2


@dataclass(eq=False)
class DeclInfo:
    kind: str                                # 'const', 'var', 'type', 'func'
    file_scope: Any
    spec: Any                                # ValueSpec, TypeSpec or FuncDecl
    value_type: Any = None                   # the declared type expression, if any
    init: Any = None                         # the initialiser expression, if any
    lhs: Optional[list] = None               # var a, b = f(): all the Vars sharing init
    iota: int = 0
    inherited: bool = False                  # const spec repeating the previous one's values
    color: int = WHITE
    deps: dict = field(default_factory=dict)  # Object -> True, in first-use order
    order: int = -1                          # declaration order in the package


@dataclass(eq=False)
class FunctionContext:
    """The function (declaration or literal) whose body is being checked."""
    signature: Signature
    func: Optional[Func]             # None for a function literal
    parent: Optional["FunctionContext"]
    scope: Scope
    decl: Any                        # ast.FuncDecl or ast.FuncLit
    local_vars: list = field(default_factory=list)   # for `declared but not used`


class DeclarationChecks:

    # ------------------------------------------------------------ collecting

    def collect_objects(self) -> None:
        for file in self.files:
            if file.package.name != self.pkg.name:
                self.error(file.package, f"package {file.package.name}; expected package {self.pkg.name}")
            file_scope = Scope(self.pkg.scope, "file")
            self.file_scopes.append(file_scope)
            for decl in file.decls:
                self.collect_decl(decl, file_scope)
        self.check_file_scope_conflicts()
        self.resolve_method_bases()

    def collect_decl(self, decl, file_scope) -> None:
        if isinstance(decl, ast.FuncDecl):
            self.collect_func(decl, file_scope)
        elif isinstance(decl, ast.GenDecl):
            for spec in decl.specs:
                if isinstance(spec, ast.ImportSpec):
                    self.collect_import(spec, file_scope)
                elif isinstance(spec, ast.ValueSpec):
                    self.collect_value_spec(decl.tok, spec, file_scope)
                elif isinstance(spec, ast.TypeSpec):
                    obj = TypeName(spec.name.name, None, spec.name.pos, self.pkg)
                    self.add_package_object(spec.name, obj, DeclInfo("type", file_scope, spec))

    def add_package_object(self, ident, obj, info) -> None:
        if info.order < 0:
            info.order = len(self.declarations)
        self.declarations[obj] = info
        self.declare(self.pkg.scope, ident, obj)
        if obj.name in ("init", "main") and not isinstance(obj, Func) and self.pkg.name == "main":
            if obj.name == "init":
                self.error(ident, "cannot declare init - must be func")
            else:
                self.error(ident, "cannot declare main - must be func")

    def collect_import(self, spec, file_scope) -> None:
        path = string_literal_text(spec.path)
        package = self.source_imports.get(path) or library.PACKAGES.get(path) or unsafe_builtins.PACKAGES.get(path)
        if package is None:
            # A package Go lacks was reported by the loader (minigo/packages.py), before
            # any checking, as the go command does.
            if path in library.GO_STD_PACKAGES:
                self.error(spec.path, f"could not import {path} (package not supported yet)")
            package = library.fake_package(path)
        elif package not in self.pkg.imports:
            self.pkg.imports.append(package)
        name = spec.name.name if spec.name is not None else package.name
        if name == "_":
            return
        obj = PkgName(name, None, (spec.name or spec.path).pos, self.pkg, imported=package)
        self.imports.append((obj, spec))
        if spec.name is not None:
            spec.name.obj = obj
        if name == ".":
            self.dot_import(obj, file_scope)
            return
        existing = file_scope.insert(obj)
        if existing is not None:
            self.error(obj.pos, f"{name} redeclared in this block\n\t{existing.pos}: other declaration of {name}")

    def dot_import(self, package_name, file_scope) -> None:
        """import . "fmt": the package's exported names join the file's scope (using one
        uses the import: use_dot_import); names it has that minigo lacks are explained
        by unsupported_dot_name."""
        self.dot_imports.setdefault(file_scope, []).append(package_name)
        for name, member in package_name.imported.scope.names.items():
            if name[:1].isupper() and file_scope.insert(member) is not None:
                self.error(package_name.pos, f"{name} redeclared in this block")

    def use_dot_import(self, obj) -> None:
        """obj, a library object, was named without its package: it came by a dot import."""
        for package_name in self.dot_imports.get(self.file_scope(), ()):
            if package_name.imported is obj.pkg:
                package_name.used = True

    def unsupported_dot_name(self, ident) -> bool:
        """Whether an undefined name may come from a dot-imported package minigo cannot
        supply (reported here as not supported, or silent after a failed import)."""
        for package_name in self.dot_imports.get(self.file_scope(), ()):
            package = package_name.imported
            if package.fake:
                package_name.used = True
                return True
            if ident.name in library.GO_EXPORTS.get(package.path, ()):
                package_name.used = True
                self.error(ident, f"{package.name}.{ident.name} not supported yet")
                return True
        return False

    def file_scope(self):
        scope = self.scope
        while scope is not None and scope.kind != "file":
            scope = scope.parent
        return scope

    def collect_value_spec(self, tok, spec, file_scope) -> None:
        names, values = spec.names, spec.values
        if tok == "const":
            for index, ident in enumerate(names):
                obj = Const(ident.name, None, ident.pos, self.pkg)
                init = values[index] if index < len(values) else None
                info = DeclInfo("const", file_scope, spec, spec.value_type, init,
                                iota=spec.iota, inherited=spec.implicit)
                self.add_package_object(ident, obj, info)
            self.check_arity(spec, names, values, True)
            return
        if len(values) == 1 and len(names) > 1:
            # var a, b = f(): one declaration (one DeclInfo) for all the variables
            shared = [self.new_global(ident) for ident in names]
            info = DeclInfo("var", file_scope, spec, spec.value_type, values[0], lhs=shared)
            for ident, obj in zip(names, shared):
                self.add_package_object(ident, obj, info)
        else:
            for index, ident in enumerate(names):
                init = values[index] if index < len(values) else None
                info = DeclInfo("var", file_scope, spec, spec.value_type, init)
                self.add_package_object(ident, self.new_global(ident), info)
        self.check_arity(spec, names, values, False)

    def new_global(self, ident) -> Var:
        var = Var(ident.name, None, ident.pos, self.pkg, is_global=True)
        var.link_name = self.pkg.link_name(ident.name)
        return var

    def check_arity(self, spec, names, values, is_const) -> None:
        if not values:
            if spec.value_type is None:
                self.error(spec, "missing type or init expr" if not is_const else "missing init expr for const declaration")
            return
        if len(names) < len(values):
            extra = values[len(names)]
            if spec.implicit:
                self.error(spec, f"extra init expr at {extra.pos}")
            else:
                self.error(extra, f"extra init expr {expr_string(extra)}")
        elif len(names) > len(values) and (is_const or len(values) != 1):
            self.error(names[len(values)], f"missing init expr for {names[len(values)].name}")

    def collect_func(self, decl, file_scope) -> None:
        name = decl.name.name
        obj = Func(name, None, decl.name.pos, self.pkg, decl=decl)
        info = DeclInfo("func", file_scope, decl)
        if decl.recv is not None:
            info.order = len(self.declarations)
            self.declarations[obj] = info
            decl.name.obj = obj
            if decl.recv.fields:
                receiver_type = strip_parens(decl.recv.fields[0].field_type)
                obj.pointer_receiver = isinstance(receiver_type, ast.StarExpr)
            if name != "_":
                self.methods_to_associate.append((obj, decl, file_scope))
            else:   # in no method set, never called; its body is still compiled
                obj.link_name = self.pkg.link_name("_")
            return
        obj.link_name = self.pkg.link_name(name)
        if name == "init":
            obj.link_name = self.pkg.link_name(f"init.{len(self.pkg.inits)}")
            self.pkg.inits.append(obj)
            decl.name.obj = obj
            info.order = len(self.declarations)
            self.declarations[obj] = info
            if decl.func_type.params.fields or decl.func_type.results:
                self.error(decl.name, "func init must have no arguments and no return values")
            if decl.func_type.type_params:
                self.error(decl.name, "func init must have no type parameters")
            return
        if name == "main" and self.pkg.name == "main":
            if decl.func_type.params.fields or decl.func_type.results:
                self.error(decl.name, "func main must have no arguments and no return values")
            if decl.func_type.type_params:
                self.error(decl.name, "func main must have no type parameters")
        if name == "_":
            decl.name.obj = obj
            info.order = len(self.declarations)
            self.declarations[obj] = info
            return
        self.add_package_object(decl.name, obj, info)

    def check_file_scope_conflicts(self) -> None:
        for file_scope in self.file_scopes:
            for name, obj in file_scope.names.items():
                other = self.pkg.scope.lookup_local(name)
                if other is not None and not isinstance(obj, PkgName):
                    self.error(other.pos, f"{name} already declared through dot-import of package "
                                          f'{obj.pkg.name} ("{obj.pkg.path}")')
                elif other is not None:
                    self.error(other.pos, f"{name} already declared through import of package "
                                          f'{obj.imported.name} ("{obj.imported.path}")\n'
                                          f"\t{obj.pos}: other declaration of {name}")

    def resolve_method_bases(self) -> None:
        """Attaches each method to the defined type its receiver names (checked later)."""
        for method, decl, _ in self.methods_to_associate:
            if not decl.recv.fields:
                continue
            base = self.receiver_base_type_name(decl.recv.fields[0].field_type)
            if base is not None:
                self.methods_by_base.setdefault(base, []).append(method)

    def receiver_base_type_name(self, type_expr):
        seen_pointer = False
        seen = set()
        node = type_expr
        while True:
            node = strip_parens(node)
            if isinstance(node, ast.StarExpr):
                if seen_pointer:
                    return None
                seen_pointer = True
                node = strip_parens(node.x)
            if isinstance(node, (ast.IndexExpr, ast.IndexListExpr)):
                node = strip_parens(node.x)       # a generic type's receiver: List[T]
            if not isinstance(node, ast.Ident):
                return None
            obj = self.pkg.scope.lookup_local(node.name)
            if not isinstance(obj, TypeName) or obj in seen:
                return None
            seen.add(obj)
            spec = self.declarations[obj].spec
            if not spec.assign:
                return obj
            node = spec.spec_type

    def collect_methods(self, obj, named) -> None:
        methods = self.methods_by_base.pop(obj, None)
        if not methods:
            return
        by_name = {}
        for method in methods:
            other = by_name.get(method.name)
            if other is not None:
                self.error(method.pos, f"{obj.name}.{method.name} redeclared in this block\n"
                                       f"\t{other.pos}: other declaration of {method.name}")
                continue
            by_name[method.name] = method
            named.methods.append(method)
            receiver = f"(*{obj.name})" if method.pointer_receiver else obj.name
            method.link_name = self.pkg.link_name(f"{receiver}.{method.name}")
        self.later_type_checks.append(lambda: self.check_field_method_clash(named))

    def check_field_method_clash(self, named) -> None:
        struct = named.underlying
        if not isinstance(struct, Struct):
            return
        methods = {m.name: m for m in named.methods}
        for field in struct.fields:
            method = methods.get(field.name)
            if method is not None and field.name != "_":
                self.error(method.pos, f"field and method with the same name {field.name}\n"
                                       f"\t{field.pos}: other declaration of {field.name}")

    # ------------------------------------------------------------ checking package objects

    def check_package_objects(self) -> None:
        objects = list(self.declarations)
        types_first = [o for o in objects if isinstance(o, TypeName) and not self.declarations[o].spec.assign]
        aliases = [o for o in objects if isinstance(o, TypeName) and self.declarations[o].spec.assign]
        others = [o for o in objects if not isinstance(o, TypeName)]
        for obj in types_first + aliases + others:
            self.obj_decl(obj)

    def check_main_declared(self) -> None:
        """gc's linker reports a missing main, so only a program without other errors does."""
        if self.pkg.name == "main" and not self.errors and not isinstance(
                self.pkg.scope.lookup_local("main"), Func):
            self.error(NO_POS, "runtime.main_main·f: function main is undeclared in the main package")

    def obj_decl(self, obj) -> None:
        info = self.declarations.get(obj)
        if info is None:
            return
        if info.color == BLACK:
            return
        if info.color == GREY:
            self.report_grey_reference(obj, info)
            return
        info.color = GREY
        self.object_path.append(obj)
        saved = (self.scope, self.current_decl, self.iota, self.function, self.inherited_error_pos)
        self.scope = info.file_scope
        self.current_decl = info
        self.function = None
        self.iota = None
        self.inherited_error_pos = None
        try:
            if info.kind == "const":
                self.const_decl(obj, info)
            elif info.kind == "var":
                self.var_decl(obj, info)
            elif info.kind == "type":
                self.type_decl(obj, info)
            else:
                self.func_decl(obj, info)
        finally:
            self.scope, self.current_decl, self.iota, self.function, self.inherited_error_pos = saved
            self.object_path.pop()
            info.color = BLACK

    def report_grey_reference(self, obj, info) -> None:
        """obj is referred to while its own declaration is being checked."""
        start = self.object_path.index(obj) if obj in self.object_path else 0
        cycle = self.object_path[start:]
        values = sum(1 for o in cycle if isinstance(o, (Const, Var)))
        definitions = sum(1 for o in cycle if isinstance(o, TypeName) and not self.declarations[o].spec.assign)
        if isinstance(obj, (Const, Var)):
            if obj.type is None or values != len(cycle):
                if values != len(cycle) and not (values == 0 and definitions):
                    self.report_cycle(cycle)
                obj.type = INVALID
            return
        if isinstance(obj, TypeName):
            if values == 0 and definitions:
                return
            self.report_cycle(cycle)
            if obj.type is None:
                obj.type = INVALID
            return
        if isinstance(obj, Func) and obj.type is None:
            self.report_cycle(cycle)

    def report_cycle(self, cycle) -> None:
        first = min(range(len(cycle)), key=lambda i: cycle[i].pos)
        ordered = cycle[first:] + cycle[:first]
        lines = [f"invalid recursive type {ordered[0].name}"]
        for obj in ordered:
            lines.append(f"{obj.pos}: {obj.name} refers to")
        lines.append(f"{ordered[0].pos}: {ordered[0].name}")
        self.error(ordered[0].pos, "\n\t".join(lines))

    # ------------------------------------------------------------ constants

    def const_decl(self, obj, info) -> None:
        self.iota = info.iota
        if info.inherited:
            self.inherited_error_pos = obj.pos
        declared = None
        if info.value_type is not None:
            declared = self.type_expr(info.value_type)
            if declared is not INVALID and not is_const_type(declared):
                self.error(info.value_type, f"invalid constant type {self.type_text(declared)}")
                obj.type = INVALID
                return
            obj.type = declared
        if info.init is None:
            if obj.type is None:
                obj.type = INVALID
            return
        self.expr(info.init)
        self.init_const(obj, info.init)

    def init_const(self, obj, expr) -> None:
        if expr.mode == "invalid" or expr.type is INVALID or obj.type is INVALID:
            if obj.type is None:
                obj.type = INVALID
            return
        if expr.mode != "constant":
            self.error(expr, f"{describe(expr)} is not constant")
            if obj.type is None:
                obj.type = INVALID
            return
        if obj.type is None:
            obj.type = expr.type
        self.assignment(expr, obj.type, "constant declaration")
        if expr.mode == "invalid":
            return
        obj.value = expr.value

    # ------------------------------------------------------------ variables

    def var_decl(self, obj, info) -> None:
        declared = self.var_type(info.value_type) if info.value_type is not None else None
        targets = info.lhs if info.lhs is not None else [obj]
        for target in targets:
            target.type = declared
        if info.init is None:
            if declared is None:
                obj.type = INVALID
            return
        if len(targets) == 1:
            self.expr(info.init)
            self.init_var(obj, info.init, "variable declaration")
            return
        self.init_vars(targets, [info.init], None)

    # ------------------------------------------------------------ types

    def type_decl(self, obj, info) -> None:
        spec = info.spec
        if spec.type_params is not None and spec.type_params.fields:
            if spec.assign:
                self.error(spec.name, "generic type cannot be alias")
                obj.type = INVALID
                return
            self.declare_generic_type(obj, info)      # generics.py
            return
        if spec.assign:
            obj.is_alias = True
            obj.type = INVALID
            obj.type = self.type_expr(spec.spec_type)
            return
        named = Named(obj)
        obj.type = named
        rhs = self.defined_type(spec.spec_type, named)
        resolved = underlying_resolved(rhs)
        if resolved is None:
            chain = self.named_chain(named)
            if not self.chain_is_cycle(chain):
                # `type T2 T1` met while T1's own type literal is being checked (T1's
                # fields point to T2): T2's underlying is T1's, known once T1 is done
                self.pending_underlying[named] = (rhs, spec)
                self.collect_methods(obj, named)
                return
            self.report_cycle(chain)
            resolved = INVALID
        named.underlying = resolved
        self.check_valid_type(named, spec)
        self.collect_methods(obj, named)
        self.resolve_pending_underlying()

    def chain_is_cycle(self, chain) -> bool:
        """Whether a chain of `type A B` declarations (named_chain) comes back on itself,
        rather than ending in a type literal still being checked."""
        info = self.declarations.get(chain[-1])
        target = getattr(info.spec.spec_type, "obj", None) if info else None
        return target in chain

    def resolve_pending_underlying(self) -> None:
        for named, (rhs, spec) in list(self.pending_underlying.items()):
            resolved = underlying_resolved(rhs)
            if resolved is not None:
                del self.pending_underlying[named]
                named.underlying = resolved
                self.check_valid_type(named, spec)

    def named_chain(self, named):
        chain = [named.obj]
        current = named
        while True:
            info = self.declarations.get(current.obj)
            rhs_ident = info.spec.spec_type if info else None
            target = getattr(rhs_ident, "obj", None)
            if not isinstance(target, TypeName) or target in chain:
                return chain
            chain.append(target)
            current = target.type
            if not isinstance(current, Named):
                return chain

    # ------------------------------------------------------------ functions

    def func_decl(self, obj, info) -> None:
        decl = info.spec
        obj.type = INVALID
        if decl.func_type.type_params is not None and decl.func_type.type_params.fields:
            if decl.recv is not None:
                self.error(decl.func_type.type_params, "methods cannot have type parameters")
                return
            self.declare_generic_func(obj, info)      # generics.py
            return
        if decl.recv is not None and self.has_generic_receiver(decl.recv):
            decl.generic = True       # instantiated with its type (generics.py)
            self.mark_imports_used_in(decl, info.file_scope)
            return
        signature = self.func_signature(decl.func_type, decl.recv)
        obj.type = signature
        decl.signature = signature
        if decl.recv is not None:
            self.later_type_checks.append(lambda: self.validate_receiver(signature.recv))
        if decl.body is None:
            if self.runtime_supplies_body(obj, decl):
                self.pkg.funcs.append(obj)     # codegen makes its body (bodyless.py)
            return
        if obj.name != "_":         # blank functions are checked, never called nor compiled
            self.pkg.funcs.append(obj)
        self.delayed.append(lambda: self.func_body(info, obj, decl, signature))

    def runtime_supplies_body(self, obj, decl) -> bool:
        """Whether a function declared without a body gets one from the compiler: only
        in stdlib/, and only one runtime_abi.BODYLESS_FUNCTIONS maps to the runtime
        or BODYLESS_INTRINSICS to instructions (codegen/bodyless.py); otherwise reports
        the missing body."""
        if not self.from_stdlib:
            self.error(decl.name, "missing function body")
            return False
        from minigo.codegen.runtime_abi import BODYLESS_FUNCTIONS, BODYLESS_INTRINSICS, LOWERED_AT_CALLS
        supplied = obj.link_name in BODYLESS_FUNCTIONS or obj.link_name in BODYLESS_INTRINSICS \
            or obj.link_name in LOWERED_AT_CALLS
        if decl.recv is not None or not supplied:
            self.error(decl.name, "missing function body: minigo's runtime supplies no body "
                                  f"for {obj.link_name} (codegen/runtime_abi.py)")
            return False
        return True

    def has_generic_receiver(self, recv) -> bool:
        """A method of a generic type (compiled per instantiation of its type)."""
        if not recv.fields:
            return False
        node = strip_parens(recv.fields[0].field_type)
        if isinstance(node, ast.StarExpr):
            node = strip_parens(node.x)
        if isinstance(node, (ast.IndexExpr, ast.IndexListExpr)):
            node = node.x
        return isinstance(node, ast.Ident) and self.pkg.scope.lookup_local(node.name) in self.generic_types

    def validate_receiver(self, receiver) -> None:
        if receiver is None:
            return
        base = receiver.type.elem if isinstance(receiver.type, Pointer) else receiver.type
        if base is INVALID:
            return
        if isinstance(base, Named):
            if base.obj.pkg is not self.pkg:
                self.error(receiver.pos, f"cannot define new methods on non-local type {self.type_text(base)}")
            elif isinstance(base.underlying, (Pointer, Interface)):
                self.error(receiver.pos, f"invalid receiver type {self.type_text(base)} (pointer or interface type)")
        elif isinstance(base, Basic):
            self.error(receiver.pos, f"cannot define new methods on non-local type {self.type_text(base)}")
        else:
            self.error(receiver.pos, f"invalid receiver type {self.type_text(receiver.type)}")

    def func_body(self, info, obj, decl, signature) -> None:
        saved = (self.scope, self.current_decl, self.iota, self.function)
        self.current_decl = info
        self.iota = None
        self.scope = signature.scope
        self.function = FunctionContext(signature, obj, None, signature.scope, decl)
        receiver = [signature.recv] if signature.recv is not None else []
        for var in receiver + signature.params.vars + signature.results.vars:
            self.var_owner[var] = self.function      # so closures capturing them mark them
        try:
            self.check_function_body(decl.body)
        finally:
            self.scope, self.current_decl, self.iota, self.function = saved

    # ------------------------------------------------------------ imports

    def mark_imports_used_in(self, decl, scope) -> None:
        """A declaration left unchecked (reported as not supported) still uses the
        packages it names (`fmt.Sprint` in a generic function's body): no 'imported and
        not used' follows the not-supported error."""
        def visit(node):
            if isinstance(node, ast.SelectorExpr) and isinstance(node.x, ast.Ident):
                package_name = scope.lookup(node.x.name)
                if isinstance(package_name, PkgName):
                    package_name.used = True
        ast.walk(decl, visit)

    def report_unused_imports(self) -> None:
        for obj, spec in self.imports:
            if obj.used or obj.imported.fake:
                continue
            path = string_literal_text(spec.path)
            if spec.name is not None and spec.name.name not in (obj.imported.name, "."):
                self.error(obj.pos, f'imported and not used: "{path}" as {spec.name.name}', soft=True)
            elif spec.name is None and obj.name != path.rsplit("/", 1)[-1]:
                # a package whose name is not its folder's says which name went unused
                self.error(obj.pos, f'imported and not used: "{path}" as {obj.name}', soft=True)
            else:
                self.error(obj.pos, f'imported and not used: "{path}"', soft=True)


def strip_parens(node):
    while isinstance(node, ast.ParenExpr):
        node = node.x
    return node


def string_literal_text(literal) -> str:
    """An import path's text (paths are plain ASCII: just drop the quotes)."""
    text = literal.literal
    if len(text) >= 2 and text[0] in "\"`":
        return text[1:-1]
    return text


def is_const_type(t) -> bool:
    u = underlying(t)
    return isinstance(u, Basic) and bool(u.info) and u is not INVALID and u.name != "unsafe.Pointer" \
        and u.name != "untyped nil"


def underlying_resolved(t):
    """underlying(t), or None while a Named on the way is still being declared."""
    seen = set()
    while isinstance(t, Named):
        if id(t) in seen:
            return None
        seen.add(id(t))
        t = t.underlying
    return t

