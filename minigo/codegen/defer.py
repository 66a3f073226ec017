# defer, panic and recover: the compiler's half (the runtime's is runtime/defer.c,
# whose opening comment describes frames, records and the panic list).
#
# Design: only a function whose body holds a defer statement gets a defer frame.
# Its entry pushes the frame and calls runtime_defer_setjmp (returns_twice); a
# nonzero result means a deferred call recovered a panic.  Every return of such a
# function stores its values in the results' memory and branches to one `exit`
# block, as does the recovered path: exit unlinks and calls the deferred records
# newest first (code(closure), inline: no runtime call), unlinks the frame, and
# returns what the results' memory then holds -- so deferred closures can change
# named results, and a recovered function returns its results as they stand.
#
# A deferred call is reduced to a func() value run later (thunks.bind_call): f
# itself for `defer f()` when f already is one (a literal, a variable), else a thunk
# whose closure holds what the defer statement evaluated.  Thunks are wrappers
# (closures.py), so recover() in the called function still counts as called directly
# by the deferred function.
#
# Records (and the thunk's closure) live in the function's stack frame when the
# defer statement runs at most once per call (outside loops, in a function without
# goto), else in the heap.
#
# Invariants: the results' memory is passed to runtime_defer_push so LLVM never
# keeps results in registers across the setjmp.  recover() compares frame addresses
# (runtime/defer.c), so a function that calls it is never inlined and no call that
# may reach it is a tail call (finish): its caller's frame is always there.
from __future__ import annotations

from dataclasses import dataclass

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import closures, pointer_masks, runtime_abi, thunks
from minigo.codegen.constants import i64
from minigo.codegen.function import FunctionCompiler

FRAME_WORDS = runtime_abi.DEFER_FRAME_SIZE // 8
LINK, DEFERS, STATE = (runtime_abi.field_index("DeferFrame", f) for f in ("link", "defers", "state"))
JUMP = runtime_abi.DEFER_FRAME_JUMP_OFFSET // 8          # the jump buffer's first word
RECORD = runtime_abi.layout("DeferRecord")
RECORD_SIZE = 8 * len(runtime_abi.LAYOUTS["DeferRecord"])     # all words


@dataclass
class DeferFrame:
    frame: ir.Value                  # i8* to the DeferFrame
    single_shot: set                 # DeferStmts that run at most once per call
    exit: ir.Block                   # runs the deferred calls and returns


# ---------------------------------------------------------------- the frame

def begin(fc: FunctionCompiler, body: ast.BlockStmt) -> None:
    """Sets up the function's defer frame when its body holds a defer statement."""
    defers, single_shot = _find_defers(body.stmts)
    if not defers:
        return
    b = fc.builder
    results = _home_results(fc)
    frame = fc.raw(fc.stack_slot(ir.ArrayType(lt.I64, FRAME_WORDS), "defer_frame"))
    fc.runtime("runtime_defer_push", frame, results)
    resumed = fc.runtime("runtime_defer_setjmp", fc.raw(_word(fc, frame, JUMP)))
    body_block = fc.new_block("defer_body")
    exit_block = fc.new_block("defer_exit")
    b.cbranch(b.icmp_signed("!=", resumed, i64(0)), exit_block, body_block)
    fc.defer_frame = DeferFrame(frame, single_shot, exit_block)
    fc.start(body_block)


def end(fc: FunctionCompiler) -> None:
    """Lowers the exit block every return (and a body falling off its end) reaches."""
    info = fc.defer_frame
    if info is None:
        return
    fc.jump(info.exit)
    fc.start(info.exit)
    _run_records(fc, info.frame)
    fc.defer_frame = None
    fc.emit_return([fc.load(fc.home(v), v.type) for v in fc.result_vars])


def return_through_exit(fc: FunctionCompiler, values: list[ir.Value]) -> None:
    """A return statement: the results to memory, then to the exit block."""
    for var, v in zip(fc.result_vars, values):
        fc.store(v, fc.home(var), var.type)
    fc.builder.branch(fc.defer_frame.exit)


def _run_records(fc: FunctionCompiler, frame: ir.Value) -> None:
    """while (record = frame.defers) { frame.defers = record.next; record.closure() }
    then frame.state.frames = frame.link."""
    b = fc.builder
    head = _word(fc, frame, DEFERS)
    test = fc.new_block("next_deferred")
    call = fc.new_block("call_deferred")
    done = fc.new_block("deferred_done")
    b.branch(test)
    fc.start(test)
    record = b.load(head)
    b.cbranch(b.icmp_unsigned("==", record, ir.Constant(lt.POINTER, None)), done, call)
    fc.start(call)
    fields = b.bitcast(record, RECORD.as_pointer())
    zero = ir.Constant(lt.I32, 0)
    b.store(b.load(b.gep(fields, [zero, zero], inbounds=True)), head)
    closure = b.load(b.gep(fields, [zero, ir.Constant(lt.I32, 1)], inbounds=True))
    closures.call_func_value(fc, closure, closures.PLAIN_FUNC, [])   # a nil one panics now
    b.branch(test)
    fc.start(done)
    state = b.bitcast(b.load(_word(fc, frame, STATE)), lt.POINTER.as_pointer())
    b.store(b.load(_word(fc, frame, LINK)), state)


def _word(fc: FunctionCompiler, frame: ir.Value, index: int) -> ir.Value:
    """The address of word `index` of the DeferFrame, as an i8**."""
    address = fc.builder.gep(frame, [i64(index * 8)], inbounds=True)
    return fc.builder.bitcast(address, lt.POINTER.as_pointer())


def _home_results(fc: FunctionCompiler) -> ir.Value:
    """Gives every result a home in one block of memory (a named result whose address
    escapes keeps its heap cell); returns that memory (null when there are none)."""
    variables = fc.signature.results.vars
    if not variables:
        return ir.Constant(lt.POINTER, None)
    if not fc.result_vars:
        fc.result_vars = [ts.Var("_result", v.type) for v in variables]
    memory = fc.stack_slot(lt.memory_type(fc.signature.results), "results")
    fc.zero_memory(memory, ts.Struct(list(variables)))      # memset when big
    for index, var in enumerate(fc.result_vars):
        if not (fc.program.captures.by_reference(var) or var.address_taken):
            fc.homes[var] = fc.field_pointer(memory, fc.signature.results, index)
    return fc.raw(memory)


def _find_defers(statements) -> tuple[set, set]:
    """(the DeferStmts directly in this function, those among them that run at most
    once per call: outside every loop, in a function without goto), not looking
    inside function literals."""
    found: set = set()
    in_loops: set = set()
    has_goto = False
    stack = [(s, False) for s in statements]
    while stack:
        node, in_loop = stack.pop()
        if isinstance(node, ast.DeferStmt):
            found.add(node)
            if in_loop:
                in_loops.add(node)
        has_goto = has_goto or (isinstance(node, ast.BranchStmt) and node.tok == "goto")
        in_loop = in_loop or isinstance(node, (ast.ForStmt, ast.RangeStmt))
        stack.extend((child, in_loop) for child in _child_statements(node))
    return found, set() if has_goto else found - in_loops


def _child_statements(node) -> list:
    """The statements directly inside a statement (a block's, a clause's body...);
    expressions, and so function literals, are not entered."""
    return [child for child in ast.children(node) if isinstance(child, ast.Stmt)]


# ---------------------------------------------------------------- defer statements

def defer_statement(fc: FunctionCompiler, s: ast.DeferStmt) -> None:
    on_stack = s in fc.defer_frame.single_shot
    closure = thunks.bind_call(fc, s.call, "deferwrap", on_stack)
    b = fc.builder
    if on_stack:
        record = fc.stack_slot(RECORD, "defer_record")
    else:   # {next, closure}: both words pointers, so every-word is the exact mask
        record = b.bitcast(fc.runtime("runtime_alloc", i64(RECORD_SIZE), pointer_masks.conservative_mask(fc)),
                           RECORD.as_pointer())
    head = _word(fc, fc.defer_frame.frame, DEFERS)
    zero = ir.Constant(lt.I32, 0)
    b.store(b.load(head), b.gep(record, [zero, zero], inbounds=True))
    b.store(closure, b.gep(record, [zero, ir.Constant(lt.I32, 1)], inbounds=True))
    b.store(fc.raw(record), head)


# ---------------------------------------------------------------- recover

CALLS_RECOVER = '"minigo-calls-recover"'


def recover(fc: FunctionCompiler) -> ir.Value:
    """recover(): the runtime decides from the caller's frame address whether this
    function is the deferred call a panic is running (see the file comment)."""
    fc.function.attributes.add("noinline")
    set.add(fc.function.attributes, CALLS_RECOVER)
    frame_address = fc.module.globals.get("llvm.frameaddress.p0")
    if frame_address is None:
        frame_address = ir.Function(fc.module, ir.FunctionType(lt.POINTER, [lt.I32]),
                                    "llvm.frameaddress.p0")
    frame = fc.builder.call(frame_address, [ir.Constant(lt.I32, 0)])
    return fc.runtime("runtime_recover", frame)


def finish(program) -> None:
    """When the program calls recover: no call that may reach a function calling it
    (a direct call of one, any indirect call) is a tail call, so that function's caller
    keeps its frame and recover can tell whether that caller is the deferred call."""
    functions = list(program.module.functions)
    if not any(CALLS_RECOVER in f.attributes for f in functions):
        return
    for function in functions:
        for block in function.blocks:
            for instruction in block.instructions:
                if isinstance(instruction, ir.CallInstr) and _may_reach_recover(instruction.callee):
                    instruction.tail = "notail"


def _may_reach_recover(callee) -> bool:
    return not isinstance(callee, ir.Function) or CALLS_RECOVER in callee.attributes
