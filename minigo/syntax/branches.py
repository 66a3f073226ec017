"""Labels, break, continue, goto and fallthrough within one function body.

gc checks these in its parser, before types, with its own wording ("break is not in a
loop, switch, or select", "label L defined and not used"...); this pass reproduces
that check over our AST.  It walks statements only (a function literal's body is
checked on its own when the checker meets it) and returns (position, message) pairs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from minigo.errors import Pos
from minigo.syntax import ast


@dataclass(eq=False)
class Block:
    parent: Optional["Block"]
    start: Pos
    labeled: Optional[ast.LabeledStmt]      # the labeled statement this block belongs to


@dataclass(eq=False)
class LabelInfo:
    block: Block
    stmt: ast.LabeledStmt
    used: bool = False


@dataclass
class Targets:
    breaks: object = None           # innermost ForStmt/RangeStmt/SwitchStmt/TypeSwitchStmt/SelectStmt
    continues: object = None        # innermost loop
    case_index: int = -1            # index of the enclosing switch case clause, or -1


@dataclass(eq=False)
class LabelScope:
    errors: list = field(default_factory=list)
    labels: dict = field(default_factory=dict)

    def report(self, pos, message) -> None:
        self.errors.append((pos, message))


def check_branches(body: ast.BlockStmt) -> list:
    scope = LabelScope()
    forward_gotos = block_branches(scope, None, Targets(), None, body.pos, body.stmts)
    for goto in forward_gotos:
        name = goto.label.name
        label = scope.labels.get(name)
        if label is not None:
            label.used = True
            scope.report(goto.label.pos, f"goto {name} jumps into block starting at {label.block.start}")
        else:
            scope.report(goto.label.pos, f"label {name} not defined")
    for label in scope.labels.values():
        if not label.used:
            scope.report(label.stmt.label.pos, f"label {label.stmt.label.name} defined and not used")
    return scope.errors


def enclosing_target(scope, block, name):
    """The labeled statement named name enclosing block; 'invalid' if the label exists
    elsewhere; None if it does not exist."""
    label = scope.labels.get(name)
    if label is None:
        return None
    label.used = True
    while block is not None:
        if block.labeled is label.stmt:
            return label.stmt
        block = block.parent
    return "invalid"


def goto_target(scope, block, name):
    label = scope.labels.get(name)
    if label is None:
        return None
    label.used = True
    while block is not None:
        if label.block is block:
            return label.stmt
        block = block.parent
    return None


def trim_trailing_empty(stmts):
    end = len(stmts)
    while end > 0 and isinstance(stmts[end - 1], ast.EmptyStmt):
        end -= 1
    return stmts[:end]


def block_branches(scope, parent, targets, labeled, start, body):   # noqa: C901 - mirrors the statement kinds
    block = Block(parent, start, labeled)
    state = {"var_pos": None, "var_name": "", "bad_gotos": []}
    forward_gotos: list = []

    def record_var_declaration(pos, name):
        state["var_pos"], state["var_name"] = pos, name
        state["bad_gotos"] = list(forward_gotos)

    def jumps_over_declaration(goto) -> bool:
        return state["var_pos"] is not None and any(goto is bad for bad in state["bad_gotos"])

    def inner_block(inner_targets, inner_start, inner_body, inner_labeled):
        forward_gotos.extend(block_branches(scope, block, inner_targets, inner_labeled, inner_start, inner_body))

    stmts = trim_trailing_empty(body)
    for index, stmt in enumerate(stmts):
        current_label = None
        while isinstance(stmt, ast.LabeledStmt):
            name = stmt.label.name
            if name != "_":
                label = declare_label(scope, block, stmt)
                remaining = []
                for goto in forward_gotos:
                    if goto.label.name == name:
                        label.used = True
                        if jumps_over_declaration(goto):
                            scope.report(goto.label.pos, f"goto {name} jumps over declaration of "
                                                         f"{state['var_name']} at {state['var_pos']}")
                    else:
                        remaining.append(goto)
                forward_gotos[:] = remaining
                current_label = stmt
            stmt = stmt.stmt
        if isinstance(stmt, ast.DeclStmt):
            decl = stmt.decl
            if isinstance(decl, ast.GenDecl) and decl.tok == "var" and decl.specs:
                first = decl.specs[0]
                record_var_declaration(first.names[0].pos, first.names[0].name)
        elif isinstance(stmt, ast.BranchStmt):
            check_branch(scope, block, targets, stmt, index, len(stmts), forward_gotos)
        elif isinstance(stmt, ast.AssignStmt):
            if stmt.tok == ":=":
                from minigo.types.wording import expr_string
                last = stmt.lhs[-1]
                operator = stmt.tok_pos or Pos(last.pos.filename, last.pos.line,
                                               last.pos.col + len(expr_string(last)) + 1)
                record_var_declaration(operator, ", ".join(expr_string(e) for e in stmt.lhs))
        elif isinstance(stmt, ast.BlockStmt):
            inner_block(Targets(targets.breaks, targets.continues), stmt.pos, stmt.stmts, current_label)
        elif isinstance(stmt, ast.IfStmt):
            inner = Targets(targets.breaks, targets.continues)
            inner_block(inner, stmt.body.pos, stmt.body.stmts, current_label)
            if stmt.else_ is not None:
                inner_block(inner, stmt.else_.pos, [stmt.else_], current_label)
        elif isinstance(stmt, (ast.ForStmt, ast.RangeStmt)):
            inner_block(Targets(stmt, stmt), stmt.body.pos, stmt.body.stmts, current_label)
        elif isinstance(stmt, (ast.SwitchStmt, ast.TypeSwitchStmt)):
            for case_index, clause in enumerate(stmt.body):
                inner_block(Targets(stmt, targets.continues, case_index), clause.pos, clause.body, current_label)
        elif isinstance(stmt, ast.SelectStmt):
            for clause in stmt.body:
                inner_block(Targets(stmt, targets.continues), clause.pos, clause.body, current_label)
    return forward_gotos


def declare_label(scope, block, stmt):
    name = stmt.label.name
    existing = scope.labels.get(name)
    if existing is not None:
        scope.report(stmt.label.pos, f"label {name} already defined at {existing.stmt.label.pos}")
        return existing
    label = LabelInfo(block, stmt)
    scope.labels[name] = label
    return label


def check_branch(scope, block, targets, stmt, index, count, forward_gotos) -> None:
    if stmt.label is None:
        if stmt.tok == "break":
            if targets.breaks is None:
                scope.report(stmt.pos, "break is not in a loop, switch, or select")
        elif stmt.tok == "continue":
            if targets.continues is None:
                scope.report(stmt.pos, "continue is not in a loop")
        elif stmt.tok == "fallthrough":
            message = "fallthrough statement out of place"
            switch = targets.breaks
            if isinstance(switch, ast.TypeSwitchStmt):
                message = "cannot fallthrough in type switch"
            elif isinstance(switch, ast.SwitchStmt):
                if targets.case_index < 0 or index + 1 < count:
                    pass
                elif targets.case_index + 1 == len(switch.body):
                    message = "cannot fallthrough final case in switch"
                else:
                    return
            scope.report(stmt.pos, message)
        return
    name = stmt.label.name
    if stmt.tok == "break":
        target = enclosing_target(scope, block, name)
        if target is None:
            scope.report(stmt.label.pos, f"break label not defined: {name}")
        elif target == "invalid" or not isinstance(
                target.stmt, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt, ast.RangeStmt)):
            scope.report(stmt.label.pos, f"invalid break label {name}")
    elif stmt.tok == "continue":
        target = enclosing_target(scope, block, name)
        if target is None:
            scope.report(stmt.label.pos, f"continue label not defined: {name}")
        elif target == "invalid" or not isinstance(target.stmt, (ast.ForStmt, ast.RangeStmt)):
            scope.report(stmt.label.pos, f"invalid continue label {name}")
    elif stmt.tok == "goto":
        if goto_target(scope, block, name) is None:
            forward_gotos.append(stmt)
