# Safepoints: the prologue stack check and the loop back-edge preemption poll
# (runtime.h "safepoints").
#
# Design: a pass over the finished module, so no statement lowering has to know
# about it.  For every Go function (function.mark_go_function's marker):
#  - every CFG back-edge (found by a depth-first walk from the entry) is split by a
#    block that reads the thread-local runtime_preempt_flag and, when it is set,
#    calls runtime_preempt_poll; so loops built by any statement (for, range over
#    maps and channels, goto) are preemption points -- except bounded loops, whose
#    header block statements.py names "range_cond" (range over a slice, array or
#    string) or "counted_for_cond" (a for with a condition and a post statement, or
#    with a condition and a body ending in ++/-- of a variable it reads):
#    a poll there stops LLVM vectorising and costs hot numeric loops up to 2x, and
#    such a loop ends by itself (a `for {}` or `for !done {}` is always polled).
#    The exemption holds only while the loop calls no runtime function: a bounded
#    loop that does (a map write, an append that grows) is not vectorised anyway,
#    the call costs more than the poll, and it may run for seconds --
#    `for i := 0; i < 1<<30; i++ { m[i%16] = i }` kept a collection's stop-the-world
#    waiting until it ended (testdata/map_concurrent_print_write hung under
#    MINIGO_GCSTRESS).  A call of a Go function does not count: the callee's
#    prologue is a preemption point already, and a small one is inlined into a
#    loop that may then vectorise (spectral_norm's A(i, j));
#  - function entry: the function gets LLVM's "split-stack" attribute, so its
#    prologue compares sp - frame size with the thread's guard word before the
#    frame is touched and calls the runtime's __morestack below it, which yields
#    (a preemption request) or runs the function on a new stack segment (stack.c).
#    A function whose frame is under LEAF_FRAME_LIMIT and that calls no Go
#    function (but those that are one instruction, BODYLESS_INTRINSICS) goes
#    without (runtime.h: the red zone absorbs it).
# The preempt flag is read with a monotonic atomic load by name each time (the
# goroutine may have moved to another thread after a call); the call is cold.
#
# Invariant: splitting an edge u->v re-points v's phis from u to the new blocks.
from __future__ import annotations

import llvmlite.binding as llvm
import llvmlite.ir as ir

from minigo.codegen import types as lt
from minigo.codegen import runtime_abi

GO_FUNCTION_MARKER = '"no-builtin-memcpy"'      # every Go function has it (module.py)
LEAF_FRAME_LIMIT = 1024
SAFE_CALLEE_PREFIXES = ("runtime_", "llvm.", "memcmp")
BOUNDED_LOOP_HEADERS = ("range_cond", "counted_for_cond")


def finish(program) -> None:
    module = program.module
    target_data = None
    for function in list(module.functions):
        if function.is_declaration or GO_FUNCTION_MARKER not in function.attributes:
            continue
        _poll_back_edges(module, function)
        if target_data is None:
            target_data = llvm.create_target_data(module.data_layout)
        if _needs_stack_check(function, target_data):
            set.add(function.attributes, '"split-stack"')     # llvmlite knows no such name


# ---------------------------------------------------------------- thread-locals

def _thread_local(module: ir.Module, name: str) -> ir.GlobalVariable:
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    variable = ir.GlobalVariable(module, runtime_abi.llvm_type(runtime_abi.RUNTIME_THREAD_LOCALS[name]), name)
    variable.linkage = "external"
    variable.storage_class = "thread_local(initialexec)"
    variable.align = 8
    return variable


def _load_thread_local(module: ir.Module, builder: ir.IRBuilder, name: str) -> ir.Value:
    return builder.load_atomic(_thread_local(module, name), "monotonic", 8)


# ---------------------------------------------------------------- the CFG

def _successors(block: ir.Block) -> list[ir.Block]:
    terminator = block.terminator
    if terminator is None:
        return []
    found = [op for op in terminator.operands if isinstance(op, ir.Block)]
    if isinstance(terminator, ir.SwitchInstr):
        found += [terminator.default] + [target for _, target in terminator.cases]
    return found


def _retarget(block: ir.Block, old: ir.Block, new: ir.Block) -> None:
    terminator = block.terminator
    terminator.operands = [new if op is old else op for op in terminator.operands]
    if isinstance(terminator, ir.SwitchInstr):
        if terminator.default is old:
            terminator.default = new
        terminator.cases = [(value, new if target is old else target) for value, target in terminator.cases]


def _repoint_phis(block: ir.Block, old: ir.Block, new_blocks: list[ir.Block]) -> None:
    for instruction in block.instructions:
        if not isinstance(instruction, ir.PhiInstr):
            continue
        incomings = []
        for value, source in instruction.incomings:
            if source is old:
                incomings.extend((value, new) for new in new_blocks)
            else:
                incomings.append((value, source))
        instruction.incomings = incomings


def _back_edges(function: ir.Function) -> list[tuple[ir.Block, ir.Block]]:
    entry = function.blocks[0]
    state = {entry: "open"}
    stack = [(entry, iter(_successors(entry)))]
    edges = []
    while stack:
        block, successors = stack[-1]
        following = next(successors, None)
        if following is None:
            state[block] = "done"
            stack.pop()
            continue
        seen = state.get(following)
        if seen == "open":
            if (block, following) not in edges:
                edges.append((block, following))
        elif seen is None:
            state[following] = "open"
            stack.append((following, iter(_successors(following))))
    return edges


# ---------------------------------------------------------------- preemption polls

def _poll_back_edges(module: ir.Module, function: ir.Function) -> None:
    predecessors = None
    for source, header in _back_edges(function):
        if header.name.startswith(BOUNDED_LOOP_HEADERS):
            predecessors = predecessors or _predecessors(function)
            if not _loop_calls(predecessors, source, header):
                continue
        check = function.append_basic_block("preempt_check")
        poll = function.append_basic_block("preempt_poll")
        builder = ir.IRBuilder(check)
        flag = _load_thread_local(module, builder, "runtime_preempt_flag")
        builder.cbranch(builder.icmp_signed("!=", flag, ir.Constant(lt.I64, 0)), poll, header)
        builder.position_at_end(poll)
        runtime_abi.call_runtime(builder, module, "runtime_preempt_poll", [])
        builder.branch(header)
        _retarget(source, header, check)
        _repoint_phis(header, source, [check, poll])


def _loop_calls(predecessors: dict, source: ir.Block, header: ir.Block) -> bool:
    """Whether the natural loop of back-edge source->header calls the runtime.  Its
    blocks are those reaching source without passing header; a panic's block ends in
    unreachable, so a bounds check does not count as a call."""
    loop, work = {header, source}, [source]
    while work:
        block = work.pop()
        for predecessor in predecessors.get(block, ()):
            if predecessor not in loop:
                loop.add(predecessor)
                work.append(predecessor)
    return any(isinstance(instruction, ir.CallInstr) and _is_runtime(instruction.callee)
               for block in loop for instruction in block.instructions)


def _predecessors(function: ir.Function) -> dict[ir.Block, list[ir.Block]]:
    found: dict[ir.Block, list[ir.Block]] = {}
    for block in function.blocks:
        for successor in _successors(block):
            found.setdefault(successor, []).append(block)
    return found


def _is_runtime(callee) -> bool:
    return isinstance(callee, ir.Function) and callee.name.startswith("runtime_")


# ---------------------------------------------------------------- stack checks

def _needs_stack_check(function: ir.Function, target_data) -> bool:
    """A function that calls Go code, or whose frame is big, checks its stack.  Calls
    are looked for first: most functions have one, and sizing a local asks LLVM
    (get_abi_size parses the type's text), which took 15% of codegen when done for
    every local of every function."""
    instructions = [instruction for block in function.blocks for instruction in block.instructions]
    if any(isinstance(instruction, ir.CallInstr) and not _is_safe_callee(instruction.callee)
           for instruction in instructions):
        return True
    frame = sum(_abi_size(instruction.type.pointee, target_data)
                for instruction in instructions if isinstance(instruction, ir.AllocaInstr))
    return frame >= LEAF_FRAME_LIMIT


_abi_sizes: dict = {}


def _abi_size(llvm_type: ir.Type, target_data) -> int:
    """get_abi_size, remembered per type: each call parses a module (60% of this pass
    on a 20,000-line program, 1,543 functions, whose allocas have a dozen types)."""
    key = (str(llvm_type), str(target_data))
    size = _abi_sizes.get(key)
    if size is None:
        size = _abi_sizes[key] = llvm_type.get_abi_size(target_data)
    return size


def _is_safe_callee(callee) -> bool:
    """The runtime, LLVM's intrinsics, and the stdlib functions whose body is one
    instruction (runtime_abi.BODYLESS_INTRINSICS: math.Sqrt, atomic.AddInt64, ...),
    which LLVM inlines: nbody's advance stays a leaf."""
    return isinstance(callee, ir.Function) and (
        callee.name.startswith(SAFE_CALLEE_PREFIXES) or callee.name in runtime_abi.BODYLESS_INTRINSICS)
