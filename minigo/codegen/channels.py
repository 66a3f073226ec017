# Channels: make, send, receive, close, len/cap and range (runtime.h "channels").
#
# Design: a chan value is the runtime's channel pointer (nil = null); every
# operation is one runtime call and values travel through memory: a send stores its
# value in a stack slot and passes the slot's address, a receive passes the address
# of a slot the runtime writes the element into (null when the value is dropped).
# Directional channel types need nothing here: the checker enforces the direction
# and every direction has the same representation.
#
# Invariant: slots are entry-block allocas of the element's memory type, so the
# runtime's copy of elemsize bytes never overruns them (a zero-size element gets a
# slot too; the runtime copies nothing).
from __future__ import annotations

from typing import Optional

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import pointer_masks, types as lt
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler, unparen
from minigo.codegen.library_call import CallOperands

NULL = ir.Constant(lt.POINTER, None)


def element_type(chan_type: ts.Type) -> ts.Type:
    return ts.underlying(chan_type).elem


def is_receive(e: ast.Expr) -> bool:
    e = unparen(e)
    return isinstance(e, ast.UnaryExpr) and e.op == "<-"


def make(fc: FunctionCompiler, e: ast.CallExpr) -> ir.Value:
    """make(chan T[, n])"""
    elem = element_type(e.args[0].type)
    capacity = fc.index_value(e.args[1]) if len(e.args) > 1 else i64(0)
    return fc.runtime("runtime_makechan", i64(lt.size_of(elem)), i64(lt.allocation_flags(elem)),
                      capacity, pointer_masks.allocation_mask(fc, elem))


def value_slot(fc: FunctionCompiler, value: ir.Value, elem: ts.Type) -> ir.Value:
    """A stack slot holding value (register form), as the i8* a send passes."""
    slot = fc.stack_slot(lt.memory_type(elem), name="sent")
    fc.store(value, slot, elem)
    return fc.raw(slot)


def send_operands(fc: FunctionCompiler, chan: ast.Expr, value: ast.Expr):
    """(channel, address of the value): both evaluated in order, as a send does."""
    channel = fc.value(chan)
    elem = element_type(chan.type)
    return channel, value_slot(fc, fc.value_as(value, elem), elem)


def send_statement(fc: FunctionCompiler, s: ast.SendStmt) -> None:
    fc.hoist_calls([s.chan, s.value])
    channel, slot = send_operands(fc, s.chan, s.value)
    fc.runtime("runtime_chansend", channel, slot)


def receive_slot(fc: FunctionCompiler, elem: ts.Type) -> ir.Value:
    return fc.raw(fc.stack_slot(lt.memory_type(elem), name="received"))


def receive(fc: FunctionCompiler, e: ast.UnaryExpr) -> ir.Value:
    """<-c as a value (taken from fc.hoisted when order.py received it already)."""
    if e in fc.hoisted:
        return fc.hoisted.pop(e)
    return receive_comma_ok(fc, e)[0]


def receive_comma_ok(fc: FunctionCompiler, e: ast.Expr) -> list[ir.Value]:
    """v, ok := <-c: [v, ok as i1]."""
    e = unparen(e)
    elem = element_type(e.x.type)
    channel = fc.value(e.x)
    slot = receive_slot(fc, elem)
    received = fc.runtime("runtime_chanrecv", channel, slot)
    ok = fc.builder.icmp_signed("!=", received, i64(0))
    return [fc.load(slot, elem), ok]


def close(fc: FunctionCompiler, call: CallOperands) -> None:
    fc.runtime("runtime_closechan", call.value(fc, 0))


def length_or_capacity(fc: FunctionCompiler, channel: ir.Value, word: int) -> ir.Value:
    """len(c) (word 1) or cap(c) (word 2); nil channels give 0."""
    return fc.runtime("runtime_chanlen" if word == 1 else "runtime_chancap", channel)


def range_loop(fc: FunctionCompiler, s: ast.RangeStmt, label, variables, loop_body) -> None:
    """for v := range c: receive until the channel is closed and drained.
    variables: statements' (declare target, set target) pair; loop_body as theirs."""
    target_for, set_targets = variables
    elem = element_type(s.x.type)
    channel = fc.value(s.x)
    slot = receive_slot(fc, elem)
    target: Optional[tuple] = target_for(fc, s.key, s.tok)    # one variable for the loop
    b = fc.builder
    test, body, end = (fc.new_block(n) for n in ("chan_range_receive", "chan_range_body", "chan_range_end"))
    fc.jump(test)
    fc.start(test)
    received = fc.runtime("runtime_chanrecv", channel, slot)
    b.cbranch(b.icmp_signed("!=", received, i64(0)), body, end)
    fc.start(body)
    set_targets(fc, [(target, fc.load(slot, elem), elem)])
    loop_body(fc, label, test, end, s.body)
    fc.start(end)
