"""The type checker's driver and shared state.

Design: one Checker object walks the package once, in gc's order: labels and branch
statements first (gc's parser checks them), then, as go/types does, collect every
package-level object into scopes, check each package-level declaration on demand
(a declaration referring to another one checks that one first; grey objects mean a
cycle), check function bodies in source order, compute the variable initialisation
order and report unused imports.  The checking code is split by concern into mixin
classes (declarations, type expressions, expressions, operators, indexing, composite
literals, conversions, assignability, calls, builtins, assignments, statements); they
share the state defined here.

Operands are the AST nodes themselves: checking an Expr sets its .mode, .type and
.value in place (mode 'invalid' marks an expression that already produced an error;
anything built on it stays silent, so one mistake gives one message).

Errors are collected, never raised, until the end; their order and filtering follow
gc: the same message on the same line as the previous one is dropped, and follow-on
messages mentioning an invalid operand are suppressed once an error exists.
"""
from __future__ import annotations

import gc
import sys
from contextlib import contextmanager
from typing import Optional

from minigo import bigstack
from minigo.errors import CompileError, CompileErrors, Pos
from minigo.syntax import ast
from minigo.syntax import branches
from minigo.types.assignability import AssignabilityChecks
from minigo.types.assignments import AssignmentChecks
from minigo.types.builtins import BuiltinChecks
from minigo.types.calls import CallChecks
from minigo.types.conversions import ConversionChecks
from minigo.types.declarations import DeclarationChecks, FunctionContext
from minigo.types.composites import CompositeLiteralChecks
from minigo.types.expressions import ExpressionChecks
from minigo.types.generics import GenericChecks
from minigo.types.indexing import IndexChecks
from minigo.types.initorder import compute_init_order
from minigo.types.operators import OperatorChecks
from minigo.types.statements import StatementChecks
from minigo.types.typexpr import TypeExpressions
from minigo.types.unsafe_builtins import UnsafeBuiltinChecks
from minigo.types import typesystem
from minigo.types.typesystem import INVALID, Package, Scope, Var
from minigo.types.universe import UNIVERSE

# Constructs the checker handles completely but codegen cannot compile yet.
UNSUPPORTED_FEATURES: set = set()

MAX_EXPRESSION_DEPTH = 100_000     # deeper nesting is reported, not recursed into
RECURSION_LIMIT = 1_000_000         # Python frames while checking (3.11 keeps them off the C stack)


class Checker(DeclarationChecks, TypeExpressions, ExpressionChecks, OperatorChecks, IndexChecks,
              CompositeLiteralChecks, ConversionChecks, AssignabilityChecks, CallChecks,
              BuiltinChecks, AssignmentChecks, StatementChecks, GenericChecks, UnsafeBuiltinChecks):

    def __init__(self, files: list[ast.File], path: Optional[str] = None,
                 imports: Optional[dict] = None, from_stdlib: bool = False):
        self.files = files
        self.from_stdlib = from_stdlib        # bodyless functions allowed (codegen/bodyless.py)
        self.errors: list[CompileError] = []
        self.last_error: Optional[CompileError] = None
        name = files[0].package.name if files else "main"
        self.pkg = Package(path=path or name, name=name, scope=Scope(UNIVERSE, "package"),
                           files=files)
        self.source_imports: dict = imports or {}     # import path -> checked Package
        self.scope: Scope = self.pkg.scope
        self.function: Optional[FunctionContext] = None
        self.var_owner: dict[Var, Optional[FunctionContext]] = {}
        self.iota: Optional[int] = None
        self.inherited_error_pos: Optional[Pos] = None
        self.expression_depth = 0
        self.max_expression_depth = MAX_EXPRESSION_DEPTH
        self.depth_reported = False
        self.object_path: list = []           # package-level objects being declared, outermost first
        self.methods_to_associate: list = []  # (Func, ast.FuncDecl, file scope)
        self.methods_by_base: dict = {}       # TypeName -> its methods, until its type is declared
        self.generic_types: set = set()       # TypeNames of generic types (generics.py)
        self.deep_instances: list = []        # instantiation cycles seen by depth (generics.py)
        self.generic_base = None              # the Ident allowed to name a generic (instantiated) thing
        self.pending_underlying: dict = {}    # Named -> (its rhs, spec) until the rhs is declared
        self.later_type_checks: list = []     # checks that must wait for a type to be complete
        self.shift_lhs: set = set()           # untyped lhs of non-constant shifts (type decided later)
        self.has_call_or_recv = False         # for len/cap constancy
        self.panic_calls: set = set()         # panic(...) calls: terminating statements
        self.declarations: dict = {}          # package-level Object -> DeclInfo
        self.current_decl = None              # DeclInfo whose dependencies are being recorded
        self.delayed: list = []               # function bodies, checked after package objects
        self.func_lit_count: dict = {}
        self.file_scopes: list[Scope] = []
        self.imports: list = []               # (PkgName, ast.ImportSpec)
        self.dot_imports: dict = {}           # file Scope -> PkgNames imported with `.`

    # ------------------------------------------------------------ errors

    def error(self, at, message: str, soft: bool = False) -> None:
        if self.errors and ("invalid operand" in message[1:] or "invalid type" in message[1:]):
            return
        pos = self.inherited_error_pos or self.position(at)
        error = CompileError(pos, message)
        previous = self.last_error
        if previous is not None and previous.pos.filename == pos.filename \
                and previous.pos.line == pos.line and previous.message == message:
            return
        self.last_error = error
        self.errors.append(error)

    @staticmethod
    def position(at) -> Pos:
        """Where gc reports an error about a node: its start, found by descending into
        the leftmost operand, except that gc places a slice expression at its `[` and a
        key:value pair at its `:` (so do we, to print the same columns)."""
        if isinstance(at, Pos):
            return at
        node = getattr(at, "expr", at)
        while True:
            if isinstance(node, ast.SliceExpr):
                return node.lbrack or node.pos
            if isinstance(node, ast.KeyValueExpr):
                return node.colon or node.pos
            if isinstance(node, ast.CompositeLit) and node.lit_type is not None:
                node = node.lit_type
            elif isinstance(node, (ast.SelectorExpr, ast.IndexExpr, ast.IndexListExpr,
                                   ast.TypeAssertExpr, ast.BinaryExpr)):
                node = node.x
            elif isinstance(node, ast.CallExpr):
                node = node.fun
            else:
                return node.pos

    def invalid(self, expr) -> None:
        expr.mode = "invalid"
        expr.type = INVALID
        expr.value = None

    def not_supported(self, at, what: str, feature: Optional[str] = None) -> None:
        """Reports a construct minigo cannot compile yet.  A construct the checker does
        check fully names its feature; codegen's progress is recorded by removing the
        feature from UNSUPPORTED_FEATURES (then it is checked and passed on)."""
        if feature is not None and feature not in UNSUPPORTED_FEATURES:
            return
        self.error(at, f"{what} not supported yet")

    # ------------------------------------------------------------ scopes

    @contextmanager
    def open_scope(self, kind: str = "block"):
        outer = self.scope
        self.scope = Scope(outer, kind)
        try:
            yield self.scope
        finally:
            self.scope = outer

    def declare(self, scope: Scope, ident, obj) -> None:
        """Adds obj to scope, reporting a redeclaration; records ident.obj."""
        if ident is not None:
            ident.obj = obj
        if obj.name == "_":
            return
        existing = scope.insert(obj)
        if existing is not None:
            self.report_redeclared(obj, existing)
            return
        if isinstance(obj, Var) and not obj.is_global and not obj.is_field:
            self.var_owner[obj] = self.function
            if self.function is not None and not obj.is_param:
                self.function.local_vars.append(obj)

    def report_redeclared(self, obj, existing) -> None:
        message = f"{obj.name} redeclared in this block"
        if existing.pos.filename:
            message += f"\n\t{relative(existing.pos)}: other declaration of {obj.name}"
        self.error(obj.pos, message)

    # ------------------------------------------------------------ the run

    def check(self) -> Package:
        self.check_all_branches()
        self.collect_objects()
        self.check_package_objects()
        # Checks queued by type declarations (completing interfaces with embedded ones, ...)
        # run after each function body; a package without bodies must still run them.
        self.drain_later_checks()
        for named in self.pending_underlying:     # never resolved: its declaration failed
            named.underlying = INVALID
        self.process_delayed()
        self.finish_instantiation_cycles()      # instance_cycles.py
        self.pkg.var_init_order = compute_init_order(self)
        self.report_unused_imports()
        self.check_main_declared()
        return self.pkg

    def check_all_branches(self) -> None:
        """Labels and branch statements of every function declaration's body, first, as
        gc's parser checks them before any type is looked at (function literals' bodies
        are checked when the checker meets them)."""
        for file in self.files:
            for decl in file.decls:
                if isinstance(decl, ast.FuncDecl) and decl.body is not None:
                    self.check_branches(decl.body)

    def check_branches(self, body) -> None:
        for pos, message in branches.check_branches(body):
            self.error(pos, message)

    def process_delayed(self) -> None:
        # package-level types complete first (an interface embedding an imported one
        # gets its methods), before any body uses them
        self.drain_later_checks()
        index = 0
        while index < len(self.delayed):
            action = self.delayed[index]
            index += 1
            action()
        self.delayed.clear()


def relative(pos: Pos) -> str:
    """A position inside a multi-line message, as gc prints it."""
    return str(pos)


def check_package(files: list[ast.File], path: Optional[str] = None,
                  imports: Optional[dict] = None, from_stdlib: bool = False) -> Package:
    """Type-checks one package's files, annotating their ASTs; raises CompileErrors.
    path is the package's path in link names ('main' for a main package, else its
    import path; the package name by default); imports maps the import paths of the
    source packages it imports to their checked Packages (library.py supplies the
    others).  from_stdlib: the package is minigo's own (stdlib/), whose functions may
    be declared without a body (codegen/bodyless.py supplies it)."""
    collecting = gc.isenabled()
    gc.disable()                         # the checker makes no garbage cycles worth a pause
    previous_limit = sys.getrecursionlimit()
    previous_digits = sys.get_int_max_str_digits()
    if previous_limit < RECURSION_LIMIT and not bigstack.on_big_stack():
        sys.setrecursionlimit(RECURSION_LIMIT)   # there, the limit already fits the stack
    sys.set_int_max_str_digits(0)        # Go prints constants of any length
    try:
        checker = Checker(files, path, imports, from_stdlib)
        typesystem.messages_package = checker.pkg
        package = checker.check()
    finally:
        typesystem.messages_package = None
        sys.setrecursionlimit(previous_limit)
        sys.set_int_max_str_digits(previous_digits)
        if collecting:
            gc.enable()
    if checker.errors:
        raise CompileErrors(checker.errors)
    return package
