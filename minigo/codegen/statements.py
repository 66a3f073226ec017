# Statements: control flow as LLVM blocks, assignments in Go's two phases.
#
# Design: structured statements become the usual diamonds and loops (cond / body /
# post / end blocks); break, continue and goto are branches to blocks recorded on
# a stack of BranchTargets (by label when one is given).  Conditions are lowered by
# fc.condition (expressions.py), so && and || short-circuit as branches.
# STATEMENT_HANDLERS is this file's part of the per-node table behind fc.statement
# (function.py); lowering.py installs it with the concern files' statements.
#
# Invariants:
# - Assignment `l1, l2 = r1, r2` first evaluates the left side's addresses (index
#   operands, pointer indirections) and the right side's values, left to right,
#   then stores left to right, so swaps work.
# - A range expression is evaluated once before the loop; ranging over an array
#   value iterates over a copy (Go's semantics) unless only the index is used.
# - Range and := variables are declared where the statement executes (a new heap
#   cell each time for escaping ones); Go 1.19 shares one range variable across
#   iterations.
# - A switch evaluates its tag once and tests cases in source order, default last.
from __future__ import annotations

from typing import Optional

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import arithmetic, composites, conversions, strings
from minigo.codegen import maps
from minigo.codegen import channels
from minigo.codegen import defer as deferral
from minigo.codegen import interfaces
from minigo.codegen.constants import constant, i64
from minigo.codegen.function import BranchTargets, FunctionCompiler, unsupported, unparen


# ---------------------------------------------------------------- simple statements

def _expression_statement(fc, s: ast.ExprStmt) -> None:
    fc.hoist_calls([s.x])
    fc.value(s.x)


def _declaration(fc, s: ast.DeclStmt) -> None:
    if s.decl.tok != "var":
        return
    for spec in s.decl.specs:
        fc.hoist_calls(spec.values)
        variables = [name.obj for name in spec.names]
        if not spec.values:
            for var in variables:
                fc.declare(var)
            continue
        if len(variables) == 1 and variables[0] is not None:
            declare_from(fc, variables[0], spec.values[0])
            continue
        values = right_hand_values(fc, spec.values, [v.type if v is not None else None for v in variables])
        for var, v in zip(variables, values):
            fc.declare(var, v)


def declare_from(fc: FunctionCompiler, var: ts.Var, e: ast.Expr) -> None:
    """var := e for one new variable: aggregates are written straight into its home
    (the blank variable has none: its value is computed and dropped)."""
    if var.name != "_" and (isinstance(unparen(e), ast.CompositeLit) or
                            (e.mode == "variable" and lt.is_big(var.type))):
        home = fc.declare(var)
        store_expression(fc, home, e, var.type, fresh=True)
        return
    fc.declare(var, fc.value_as(e, var.type))


def right_hand_values(fc: FunctionCompiler, rhs: list[ast.Expr], targets: list) -> list[ir.Value]:
    """The right side's values, each converted to its target type (None: blank, keep its own)."""
    if len(rhs) == 1 and len(targets) > 1:
        return _multi_values(fc, rhs[0], targets)
    values = []
    for e, target in zip(rhs, targets):
        values.append(fc.value_as(e, target if target is not None else ts.default_type(e.type)))
    return values


def _multi_values(fc, e: ast.Expr, targets: list) -> list[ir.Value]:
    e = unparen(e)
    if maps.is_map_index(e):
        return [conversions.implicit(fc, v, t, target) if target is not None else v
                for v, t, target in zip(maps.comma_ok(fc, e), [e.type, ts.BOOL], targets)]
    if isinstance(e, ast.TypeAssertExpr):
        return [conversions.implicit(fc, v, t, target) if target is not None else v
                for v, t, target in zip(interfaces.assertion_comma_ok(fc, e), [e.type, ts.BOOL], targets)]
    if channels.is_receive(e):
        return [conversions.implicit(fc, v, t, target) if target is not None else v
                for v, t, target in zip(channels.receive_comma_ok(fc, e), [e.type, ts.BOOL], targets)]
    if not isinstance(e, ast.CallExpr):
        unsupported(e, "comma-ok expressions")
    values = fc.call_results(e)
    return [conversions.implicit(fc, v, t, target) if target is not None else v
            for v, t, target in zip(values, e.type.types(), targets)]


def _assign(fc, s: ast.AssignStmt) -> None:
    fc.hoist_calls(s.lhs + s.rhs)
    if s.tok == ":=":
        _define(fc, s)
    elif s.tok == "=":
        _assign_values(fc, s.lhs, s.rhs)
    else:
        _compound_assign(fc, s.lhs[0], s.tok[:-1], s.rhs[0])


def _define(fc, s: ast.AssignStmt) -> None:
    variables = [e.obj if isinstance(e, ast.Ident) else None for e in s.lhs]
    if len(variables) == 1 and len(s.rhs) == 1 and variables[0] is not None \
            and variables[0] not in fc.homes:
        declare_from(fc, variables[0], s.rhs[0])
        return
    targets = [v.type if v is not None else None for v in variables]
    values = right_hand_values(fc, s.rhs, targets)
    for var, v in zip(variables, values):
        if var is None:
            continue
        if var in fc.homes:
            fc.store(v, fc.homes[var], var.type)
        else:
            fc.declare(var, v)


def _is_blank(e: ast.Expr) -> bool:
    return isinstance(e, ast.Ident) and e.name == "_"


def _assign_values(fc, lhs: list[ast.Expr], rhs: list[ast.Expr]) -> None:
    if len(lhs) == 1 and len(rhs) == 1 and not _is_blank(lhs[0]):
        target = lhs[0]
        if maps.is_map_index(target):
            maps.assign(fc, target, rhs[0])
            return
        store_expression(fc, fc.address(target), rhs[0], target.type)
        return
    addresses = [None if _is_blank(e) else maps.location(fc, e) for e in lhs]
    targets = [None if _is_blank(e) else e.type for e in lhs]
    values = right_hand_values(fc, rhs, targets)
    for address, target_type, v in zip(addresses, targets, values):
        if address is not None:
            maps.store_to(fc, address, v, target_type)


def store_expression(fc: FunctionCompiler, address: ir.Value, e: ast.Expr, t: ts.Type,
                     fresh: bool = False) -> None:
    """*address = e.  A literal is written in place when the destination is fresh
    (zeroed, and its elements cannot read it), else built aside first; big
    addressable values are copied with memmove."""
    source = unparen(e)
    big = lt.is_big(t)
    if isinstance(source, ast.CompositeLit) and not ts.is_interface(t) \
            and not isinstance(ts.underlying(source.type), ts.Pointer):
        if fresh:
            composites.store_literal(fc, source, address, zeroed=True)
            return
        if big:
            aside = fc.stack_slot(lt.memory_type(t))
            composites.store_literal(fc, source, aside)
            fc.copy_memory(address, aside, lt.size_of(t))
            return
    if source.mode == "variable" and big:
        fc.copy_memory(address, fc.address(source), lt.size_of(t))
        return
    fc.store(fc.value_as(e, t), address, t)


def _compound_assign(fc, target: ast.Expr, op: str, operand: ast.Expr) -> None:
    if maps.is_map_index(target):
        maps.update(fc, target, op, operand, target)
        return
    address = fc.address(target)
    t = target.type
    old = fc.load(address, t)
    if op in ("<<", ">>"):
        new = arithmetic.shift(fc, op, old, t, operand)
    else:
        new = arithmetic.operate(fc, op, old, fc.value_as(operand, t), t, target)
    fc.store(new, address, t)


def _inc_dec(fc, s: ast.IncDecStmt) -> None:
    fc.hoist_calls([s.x])
    if maps.is_map_index(s.x):
        maps.update(fc, s.x, "+" if s.tok == "++" else "-", None, s)
        return
    address = fc.address(s.x)
    t = s.x.type
    old = fc.load(address, t)
    one = constant(fc.program, 1, t)
    new = arithmetic.operate(fc, "+" if s.tok == "++" else "-", old, one, t, s)
    fc.store(new, address, t)


def _block(fc, s: ast.BlockStmt) -> None:
    fc.block(s.stmts)


def _empty(fc, s) -> None:
    pass


# ---------------------------------------------------------------- return

def _return(fc, s: ast.ReturnStmt) -> None:
    fc.hoist_calls(s.results)
    result_types = [v.type for v in fc.signature.results.vars]
    if not s.results and fc.result_vars:
        values = [fc.load(fc.home(v), v.type) for v in fc.result_vars]
    elif len(s.results) == 1 and len(result_types) > 1:
        values = _multi_values(fc, s.results[0], result_types)
    else:
        values = [fc.value_as(e, t) for e, t in zip(s.results, result_types)]
    fc.emit_return(values)
    fc.start(fc.new_block("after_return"))


def emit_return(fc: FunctionCompiler, values: list[ir.Value]) -> None:
    if fc.defer_frame is not None:
        deferral.return_through_exit(fc, values)
        return
    b = fc.builder
    if fc.out_pointer is not None:
        results = fc.signature.results
        if len(values) == 1:
            fc.store(values[0], fc.out_pointer, results.vars[0].type)
        else:
            for index, (v, var) in enumerate(zip(values, results.vars)):
                fc.store(v, fc.field_pointer(fc.out_pointer, results, index), var.type)
        b.ret_void()
    elif not values:
        b.ret_void()
    elif len(values) == 1:
        b.ret(values[0])
    else:
        aggregate = ir.Constant(fc.function.function_type.return_type, None)
        for index, v in enumerate(values):
            aggregate = b.insert_value(aggregate, v, index)
        b.ret(aggregate)


# ---------------------------------------------------------------- if, for, switch

def _if(fc, s: ast.IfStmt) -> None:
    if s.init is not None:
        fc.statement(s.init)
    then_block = fc.new_block("then")
    end = fc.new_block("endif")
    else_block = fc.new_block("else") if s.else_ is not None else end
    fc.condition(s.cond, then_block, else_block)
    fc.start(then_block)
    fc.block(s.body.stmts)
    fc.jump(end)
    if s.else_ is not None:
        fc.start(else_block)
        fc.statement(s.else_)
        fc.jump(end)
    fc.start(end)


def _for(fc, s: ast.ForStmt) -> None:
    label = fc.take_label()
    if s.init is not None:
        fc.statement(s.init)
    bounded = s.cond is not None and (s.post is not None or _steps_at_end(s))  # no poll (safepoints.py)
    test = fc.new_block("counted_for_cond" if bounded else "for_cond")
    body = fc.new_block("for_body")
    post = fc.new_block("for_post")
    end = fc.new_block("for_end")
    fc.jump(test)
    fc.start(test)
    if s.cond is not None:
        fc.condition(s.cond, body, end)
    else:
        fc.builder.branch(body)
    fc.start(body)
    _loop_body(fc, label, post, end, s.body)
    fc.start(post)
    if s.post is not None:
        fc.statement(s.post)
    fc.jump(test)
    fc.start(end)


def _steps_at_end(s: ast.ForStmt) -> bool:
    """`for i < j { ...; i++ }` is the counted loop `for ; i < j; i++ { ... }` written
    out, so it is bounded alike (no poll): the body ends with ++/-- of a variable the
    condition reads, and no continue or goto in the body can skip that step."""
    stepped = []
    for step in reversed(s.body.stmts):
        if not (isinstance(step, ast.IncDecStmt) and isinstance(step.x, ast.Ident)):
            break
        stepped.append(step.x.obj)
    read = [ident.obj for ident in _nodes(s.cond, ast.Ident)]
    skips = [branch for branch in _nodes(s.body, ast.BranchStmt) if branch.tok in ("continue", "goto")]
    return not skips and any(var is not None and any(var is obj for obj in read) for var in stepped)


def _nodes(root: ast.Node, kind: type) -> list:
    found = []
    ast.walk(root, lambda node: found.append(node) if isinstance(node, kind) else None)
    return found


def _loop_body(fc, label, post, end, statements: ast.BlockStmt) -> None:
    """The loop's statements, lowered where the builder stands, then on to post."""
    fc.targets.append(BranchTargets(label, end, post))
    fc.block(statements.stmts)
    fc.targets.pop()
    fc.jump(post)


def _switch(fc, s: ast.SwitchStmt) -> None:
    label = fc.take_label()
    if s.init is not None:
        fc.statement(s.init)
    tag = None
    tag_type = None
    if s.tag is not None:
        tag_type = ts.default_type(s.tag.type)
        fc.hoist_calls([s.tag])
        tag = fc.value_as(s.tag, tag_type)

    def test(e: ast.Expr, body: ir.Block, following: ir.Block) -> None:
        if tag is None:
            fc.condition(e, body, following)
            return
        fc.hoist_calls([e])
        if ts.is_interface(tag_type) and not ts.is_interface(e.type):
            case_type = ts.default_type(e.type)
            case_value = fc.value_as(e, case_type)
            equal = interfaces.equal_to_concrete(fc, tag, tag_type, case_value, case_type, e)
        else:
            case_value = fc.value_as(e, tag_type)
            equal = arithmetic.values_equal(fc, tag, case_value, tag_type, e)
        fc.builder.cbranch(equal, body, following)
    fc.switch_clauses(label, s.body, test)


def switch_clauses(fc: FunctionCompiler, label, clauses: list[ast.CaseClause], test,
                   enter=None) -> None:
    """The shape every switch shares: the cases of each clause tested in source order
    by test(e, body, following), which branches to one of the two, the default clause
    taken when none matched, then the clause bodies with their break and fallthrough
    targets; enter(clause), if given, runs first in each body."""
    end = fc.new_block("switch_end")
    bodies = [fc.new_block("case") for _ in clauses]
    default = None
    for clause, body in zip(clauses, bodies):
        if clause.list is None:
            default = body
            continue
        for e in clause.list:
            following = fc.new_block("next_case")
            test(e, body, following)
            fc.start(following)
    fc.jump(default if default is not None else end)
    fc.targets.append(BranchTargets(label, end, None))
    for index, (clause, body) in enumerate(zip(clauses, bodies)):
        fc.start(body)
        fc.fallthrough_block = bodies[index + 1] if index + 1 < len(bodies) else None
        if enter is not None:
            enter(clause)
        fc.block(clause.body)
        fc.jump(end)
    fc.targets.pop()
    fc.start(end)


# ---------------------------------------------------------------- range

def _range(fc, s: ast.RangeStmt) -> None:
    label = fc.take_label()
    fc.hoist_calls([s.x])
    u = ts.underlying(s.x.type)
    if isinstance(u, ts.Basic) and u.info & ts.STRING:
        _range_string(fc, s, label)
    elif isinstance(u, (ts.Slice, ts.Array, ts.Pointer)):
        _range_indexed(fc, s, label, u)
    elif isinstance(u, ts.Map):
        maps.range_loop(fc, s, label, (_range_variable, _set_range_variables), _loop_body)
    elif isinstance(u, ts.Chan):
        channels.range_loop(fc, s, label, (_range_variable, _set_range_variables), _loop_body)
    else:
        unsupported(s, f"range over {s.x.type}")


def _range_variable(fc, e: Optional[ast.Expr], tok: Optional[str]):
    """Where a range key/value goes: (home pointer, type) or None for absent/blank."""
    if e is None or _is_blank(e):
        return None
    if tok == ":=":
        var = e.obj
        return fc.declare(var), var.type
    return e, e.type


def _set_range_variables(fc, assignments) -> None:
    """Assigns each (target, value, value type) of one iteration, a target being
    _range_variable's result.  As in any assignment, the operands of every target
    (`x[i]`, `*p`) are evaluated before the first store: `for i, x[i] = range y`
    indexes x with the i of the previous iteration."""
    locations = []
    for target, v, v_type in assignments:
        if target is None:
            continue
        where, t = target
        if isinstance(where, ast.Expr):
            where = maps.location(fc, where)
        locations.append((where, conversions.implicit(fc, v, v_type, t), t))
    for where, v, t in locations:
        maps.store_to(fc, where, v, t)


def _range_indexed(fc, s: ast.RangeStmt, label, u) -> None:
    b = fc.builder
    wants_value = s.value is not None and not _is_blank(s.value)
    if isinstance(u, ts.Slice):
        sequence = fc.value(s.x)
        data = b.extract_value(sequence, 0)
        length = b.extract_value(sequence, 1)
        elem = u.elem
    else:
        array = u if isinstance(u, ts.Array) else ts.underlying(u.elem)
        length = i64(array.length)
        elem = array.elem
        data = _range_array_data(fc, s, u, wants_value)
    key = _range_variable(fc, s.key, s.tok)
    value_target = _range_variable(fc, s.value, s.tok)

    def bind(index: ir.Value) -> ir.Value:
        assignments = [(key, index, ts.INT)]
        if wants_value:
            element = fc.load(fc.element_pointer(data, elem, index), elem)
            assignments.append((value_target, element, elem))
        _set_range_variables(fc, assignments)
        return b.add(index, i64(1))
    _range_loop(fc, s, label, length, bind)


def _range_loop(fc, s: ast.RangeStmt, label, length: ir.Value, bind) -> None:
    """The loop every range shares: a counter from 0 while below length; bind(counter),
    lowered at the top of the body, sets the iteration variables and returns the next
    counter value (it dominates the body, so continue can use it too)."""
    b = fc.builder
    counter = fc.stack_slot(lt.I64, name="range_index")
    b.store(i64(0), counter)
    test, body, post, end = (fc.new_block(n) for n in ("range_cond", "range_body", "range_post", "range_end"))
    fc.jump(test)
    fc.start(test)
    index = b.load(counter)
    b.cbranch(b.icmp_signed("<", index, length), body, end)
    fc.start(body)
    following = bind(index)
    _loop_body(fc, label, post, end, s.body)
    fc.start(post)
    b.store(following, counter)
    fc.jump(test)
    fc.start(end)


def _range_array_data(fc, s: ast.RangeStmt, u, wants_value: bool) -> Optional[ir.Value]:
    """The elements a range over an array or *array reads: the pointer's target, or a
    copy of the array value taken before the loop."""
    if isinstance(u, ts.Pointer):
        pointer = fc.value(s.x)
        if wants_value:
            fc.nil_check(pointer)
        return pointer
    if not wants_value:
        if s.x.mode != "variable":
            fc.value(s.x)
        return None
    copy = fc.stack_slot(lt.memory_type(u), name="range_copy")
    if s.x.mode == "variable":
        fc.copy_memory(copy, fc.address(s.x), lt.size_of(u))
    else:
        fc.store(fc.value(s.x), copy, s.x.type)
    return copy


def _range_string(fc, s: ast.RangeStmt, label) -> None:
    text = fc.value(s.x)
    key = _range_variable(fc, s.key, s.tok)
    value_target = _range_variable(fc, s.value, s.tok)

    def bind(offset: ir.Value) -> ir.Value:
        rune, next_offset = strings.decode_rune(fc, text, offset)
        _set_range_variables(fc, [(key, offset, ts.INT), (value_target, rune, ts.RUNE)])
        return next_offset
    _range_loop(fc, s, label, strings.length(fc, text), bind)


# ---------------------------------------------------------------- branches and labels

def _branch(fc, s: ast.BranchStmt) -> None:
    label = s.label.name if s.label is not None else None
    if s.tok == "goto":
        fc.jump_and_continue_dead(label_block(fc, label))
        return
    if s.tok == "fallthrough":
        fc.jump_and_continue_dead(fc.fallthrough_block)
        return
    for targets in reversed(fc.targets):
        if label is not None and targets.label != label:
            continue
        if s.tok == "break":
            fc.jump_and_continue_dead(targets.break_block)
            return
        if targets.continue_block is not None:
            fc.jump_and_continue_dead(targets.continue_block)
            return
        if label is not None:
            break
    unsupported(s, f"{s.tok} here")


def label_block(fc, name: str) -> ir.Block:
    found = fc.label_blocks.get(name)
    if found is None:
        found = fc.label_blocks[name] = fc.new_block("label_" + name)
    return found


def _labeled(fc, s: ast.LabeledStmt) -> None:
    target = label_block(fc, s.label.name)
    fc.jump(target)
    fc.start(target)
    fc.pending_label = s.label.name
    fc.statement(s.stmt)
    fc.pending_label = None


STATEMENT_HANDLERS = {      # this file's part of the statement table (lowering.py adds the rest)
    ast.ExprStmt: _expression_statement,
    ast.DeclStmt: _declaration,
    ast.AssignStmt: _assign,
    ast.IncDecStmt: _inc_dec,
    ast.BlockStmt: _block,
    ast.EmptyStmt: _empty,
    ast.ReturnStmt: _return,
    ast.IfStmt: _if,
    ast.ForStmt: _for,
    ast.SwitchStmt: _switch,
    ast.RangeStmt: _range,
    ast.BranchStmt: _branch,
    ast.LabeledStmt: _labeled,
}
