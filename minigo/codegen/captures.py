# Capture analysis: whether a closure holds each captured variable by reference or
# by value.  A pass of its own over each function body the driver lowers (inside
# CaptureModes.lowering(body)), run when codegen first asks about a captured
# variable there; its result (CaptureModes) is what codegen consults.  Bodies
# without captured variables (most) are never walked: 10% of codegen's time on the
# 20,000-line program of benchmarks/gen_big_program.py.
#
# Design: the checker marks every local variable a function literal uses
# (Var.captured) and lists it in each enclosing literal's .captures; that record is
# left as the checker wrote it.  This pass decides the mode: a captured variable
# nobody writes after its declaration (no assignment, ++, range, no address taken;
# not a result, which return statements write) and not big is captured by value --
# the closure holds a copy and the variable stays in its function's frame; every
# other one is captured by reference and lives in a heap cell (function.py's
# declare), the closure holding the cell's address (closures.py).
#
# Invariant: a body is analysed once together with the literals inside it (their
# variables are written only inside them), so a literal's body is never walked again
# when it is lowered as a function of its own; the bodies being lowered (a literal's
# is lowered while its enclosing function's is) are analysed outermost first, so a
# literal is never analysed apart from the body around it.  Every captured variable
# is asked about while its body is being lowered (its declaration asks).
from __future__ import annotations

from contextlib import contextmanager

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt


class CaptureModes:
    """The pass's result for one module: the captured variables held by value."""

    def __init__(self):
        self.by_value: set[ts.Var] = set()
        self.analysed: set = set()        # bodies decided, with the literals inside them
        self.open: list = []              # the bodies being lowered, outermost first

    def by_reference(self, var: ts.Var) -> bool:
        """Whether var lives in a heap cell closures point at (captured, not by value)."""
        if not var.captured:
            return False
        for body in self.open:
            self.analyse(body)
        return var not in self.by_value

    @contextmanager
    def lowering(self, body: ast.BlockStmt):
        """While body is lowered: it is analysed if a captured variable is asked about."""
        self.open.append(body)
        try:
            yield
        finally:
            self.open.pop()

    def analyse(self, body: ast.BlockStmt) -> None:
        """Decides the mode of every variable captured inside body (see the file comment)."""
        if body in self.analysed:
            return
        self.analysed.add(body)
        captured: set = set()
        written: set = set()
        declared: set = set()

        def visit(node) -> None:
            if isinstance(node, ast.FuncLit):
                captured.update(getattr(node, "captures", ()) or ())
                self.analysed.add(node.body)
            for var in _written_variables(node, declared):
                written.add(var)

        ast.walk(body, visit)
        for var in captured:
            if var.captured and not (var.address_taken or var.is_result or var in written
                                     or lt.is_big(var.type)):
                self.by_value.add(var)


def _written_variables(node, declared: set) -> list:
    """The variables a statement writes (besides declaring them): assignment and ++
    targets (the variable at the root of x.f, a[i]), range targets, and := names
    already declared; declared collects the ones declared so far (source order)."""
    if isinstance(node, ast.DeclStmt) and node.decl.tok == "var":
        declared.update(name.obj for spec in node.decl.specs for name in spec.names)
        return []
    if isinstance(node, ast.AssignStmt) and node.tok == ":=":
        written = []
        for target in node.lhs:
            var = getattr(target, "obj", None)
            if var in declared:
                written.append(var)
            declared.add(var)
        return written
    if isinstance(node, ast.AssignStmt):
        targets = node.lhs
    elif isinstance(node, ast.IncDecStmt):
        targets = [node.x]
    elif isinstance(node, ast.RangeStmt):
        targets = [node.key, node.value]
    else:
        return []
    return [var for var in map(_root_variable, targets) if var is not None]


def _root_variable(e):
    """The variable whose storage an assignment to e changes (x for x, x.f, x[i], (x))."""
    while isinstance(e, (ast.SelectorExpr, ast.IndexExpr, ast.ParenExpr)):
        e = e.x
    if isinstance(e, ast.Ident) and isinstance(e.obj, ts.Var):
        return e.obj
    return None
