# select statements (runtime.h "select").
#
# Design: on entry every case's channel operand and every send's value are
# evaluated once, in source order, as the spec requires; the cases go into an
# array of SelectCase records on the stack and one runtime_select call returns the
# index of the case that ran (-1: the default).  A receive case has its own slot,
# so its value is known after the call; the clause then assigns or declares its
# variables from that slot.  Dispatch is an LLVM switch on the index.
# The forms gc also special-cases avoid the array: one case and a default is the
# non-blocking runtime_selectnbsend/recv, one case alone is the plain operation,
# and `select {}` blocks forever.  All forms produce the same `chosen` index, so
# the clause lowering is shared.
#
# Invariant: `break` inside a clause leaves the select (BranchTargets without a
# continue block), so an enclosing loop's continue still works.
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import channels, conversions, maps, runtime_abi
from minigo.codegen.constants import i64
from minigo.codegen.function import BranchTargets, FunctionCompiler, unparen

CASE = runtime_abi.layout("SelectCase")


@dataclass
class Case:
    clause: ast.CommClause
    channel: ir.Value
    element: ir.Value                  # the sent value's slot, the receive slot, or null
    is_send: bool
    receive: Optional[ast.UnaryExpr]   # the <-c of a receive case


def select_statement(fc: FunctionCompiler, s: ast.SelectStmt, label: Optional[str]) -> None:
    clauses = [c for c in s.body if c.comm is not None]
    default = next((c for c in s.body if c.comm is None), None)
    cases = [_evaluate_case(fc, clause) for clause in clauses]
    ok_slot = fc.stack_slot(lt.I64, name="select_ok")
    fc.builder.store(i64(0), ok_slot)
    chosen = _choose(fc, cases, default is not None, ok_slot)
    _dispatch(fc, cases, default, chosen, ok_slot, label)


def _evaluate_case(fc: FunctionCompiler, clause: ast.CommClause) -> Case:
    comm = clause.comm
    if isinstance(comm, ast.SendStmt):
        fc.hoist_calls([comm.chan, comm.value])
        channel, slot = channels.send_operands(fc, comm.chan, comm.value)
        return Case(clause, channel, slot, True, None)
    receive = unparen(comm.x if isinstance(comm, ast.ExprStmt) else comm.rhs[0])
    fc.hoist_calls([receive.x])
    channel = fc.value(receive.x)
    wants_value = isinstance(comm, ast.AssignStmt) and not _is_blank(comm.lhs[0])
    slot = channels.receive_slot(fc, channels.element_type(receive.x.type)) if wants_value \
        else channels.NULL
    return Case(clause, channel, slot, False, receive)


def _is_blank(e: ast.Expr) -> bool:
    return isinstance(e, ast.Ident) and e.name == "_"


def _choose(fc: FunctionCompiler, cases: list[Case], has_default: bool, ok_slot) -> ir.Value:
    """The index of the case that ran, -1 for the default (never returns for select {})."""
    b = fc.builder
    if len(cases) == 1:
        case = cases[0]
        if has_default:
            ran = _one_case_nonblocking(fc, case, ok_slot)
            return b.select(b.icmp_signed("!=", ran, i64(0)), i64(0), i64(-1))
        if case.is_send:
            fc.runtime("runtime_chansend", case.channel, case.element)
        else:
            b.store(fc.runtime("runtime_chanrecv", case.channel, case.element), ok_slot)
        return i64(0)
    if not cases and not has_default:
        fc.runtime("runtime_select", channels.NULL, i64(0), i64(0), channels.NULL)
        fc.builder.unreachable()
        fc.start(fc.new_block("dead"))
        return i64(-1)
    array = channels.NULL
    if cases:
        array = fc.stack_slot(ir.ArrayType(CASE, len(cases)), name="select_cases")
        for index, case in enumerate(cases):
            _store_case(fc, array, index, case)
        array = fc.raw(array)
    return fc.runtime("runtime_select", array, i64(len(cases)), i64(int(has_default)), fc.raw(ok_slot))


def _one_case_nonblocking(fc: FunctionCompiler, case: Case, ok_slot) -> ir.Value:
    if case.is_send:
        return fc.runtime("runtime_selectnbsend", case.channel, case.element)
    return fc.runtime("runtime_selectnbrecv", case.channel, case.element, fc.raw(ok_slot))


def _store_case(fc: FunctionCompiler, array, index: int, case: Case) -> None:
    b = fc.builder
    zero = ir.Constant(lt.I32, 0)
    record = b.gep(array, [zero, ir.Constant(lt.I32, index)], inbounds=True)
    direction = runtime_abi.SELECT_SEND if case.is_send else runtime_abi.SELECT_RECEIVE
    for field, v in enumerate((case.channel, case.element, i64(direction))):
        b.store(v, b.gep(record, [zero, ir.Constant(lt.I32, field)], inbounds=True))


def _dispatch(fc: FunctionCompiler, cases: list[Case], default, chosen, ok_slot, label) -> None:
    if fc.terminated:
        return
    end = fc.new_block("select_end")
    default_block = fc.new_block("select_default")
    bodies = [fc.new_block("select_case") for _ in cases]
    switch = fc.builder.switch(chosen, default_block)
    for index, body in enumerate(bodies):
        switch.add_case(i64(index), body)
    fc.targets.append(BranchTargets(label, end, None))
    for case, body in zip(cases, bodies):
        fc.start(body)
        if case.receive is not None:
            _bind_received(fc, case, ok_slot)
        fc.block(case.clause.body)
        fc.jump(end)
    fc.start(default_block)
    if default is not None:
        fc.block(default.body)
    fc.jump(end)
    fc.targets.pop()
    fc.start(end)


def _bind_received(fc: FunctionCompiler, case: Case, ok_slot) -> None:
    """The clause's `v[, ok] :=` or `v[, ok] =` from the received value and ok."""
    comm = case.clause.comm
    if not isinstance(comm, ast.AssignStmt):
        return
    elem = channels.element_type(case.receive.x.type)
    b = fc.builder
    values = [(None, elem), (b.icmp_signed("!=", b.load(ok_slot), i64(0)), ts.BOOL)]
    if case.element is not channels.NULL:
        values[0] = (fc.load(case.element, elem), elem)
    for target, (v, t) in zip(comm.lhs, values):
        if v is None or _is_blank(target):
            continue
        if comm.tok == ":=":
            var = target.obj
            if var in fc.homes:
                fc.store(conversions.implicit(fc, v, t, var.type), fc.homes[var], var.type)
            else:
                fc.declare(var, conversions.implicit(fc, v, t, var.type))
        else:
            maps.store_to(fc, maps.location(fc, target), conversions.implicit(fc, v, t, target.type),
                          target.type)
