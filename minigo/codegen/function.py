# The state of one function being lowered, the dispatch every construct goes
# through, and the small helpers every construct uses.
#
# Design: codegen is a star around FunctionCompiler.  The lowering of each kind of
# node lives in free functions in a file per concern (expressions.py, statements.py,
# calls.py, maps.py, channels.py, closures.py, ...) which take a FunctionCompiler as
# first argument; this class owns the builder, the blocks and the variables' homes,
# and the dispatch: fc.value(e), fc.address(e), fc.condition(e, yes, no),
# fc.statement(s), fc.call(e) and the few other entry points below.  The tables and
# entry points behind them (LOWERING) are filled in once by lowering.py, the one
# file that imports every concern; a concern file reaches the lowering of other
# nodes only through fc, so it imports neither expressions, statements nor calls,
# nor the driver (module.py).  tests/test_codegen_structure.py keeps it so.
#
# Invariants:
# - Every Go variable has a *home*, a pointer to its memory form: an alloca in the
#   entry block (mem2reg turns it into registers) or, when its address escapes
#   (Var.address_taken, or captured by reference: captures.py) or it is too big
#   for a goroutine stack, a runtime_alloc'd heap cell with its type's pointer mask
#   (pointer_masks.py).
#   A declaration re-stores the initial value each time it executes, so a `:=` in
#   a loop starts fresh every iteration.
# - All allocas are in the entry block, so LLVM sees fixed-size frames.
# - Runtime checks are `br ok, continue, fail` where `fail` calls a noreturn cold
#   runtime panic: LLVM then keeps the hot path straight and can hoist or drop the
#   check.
# - After a terminator (return, panic, break, goto) lowering continues in a fresh
#   block with no predecessors; finish() closes any such block and LLVM deletes it.
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import llvmlite.ir as ir

from minigo.errors import CompileError, CompileErrors
from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import pointer_masks, runtime_abi, write_barrier
from minigo.codegen.constants import constant, i64

LOCAL_NAME_LIMIT = 64      # characters of a Go name kept in an alloca's name (stack_slot)

STACK_LIMIT = 64 * 1024   # bigger locals live in the heap


def unsupported(node, what: str):
    """Raises the compile error for a construct codegen does not lower yet."""
    raise CompileErrors([CompileError(node.pos, f"{what} not supported yet")])


@dataclass
class BranchTargets:
    """Where break and continue go inside one for/switch/select statement."""
    label: Optional[str]
    break_block: ir.Block
    continue_block: Optional[ir.Block]


class Lowering:
    """The dispatch behind FunctionCompiler's entry points, filled in once by
    lowering.install(): the per-node tables and the entry points implemented in the
    hub files (expressions.py, statements.py, calls.py, order.py)."""

    def __init__(self):
        self.values: dict[type, Callable] = {}       # ast.Expr class -> handler(fc, e) -> value
        self.statements: dict[type, Callable] = {}   # ast.Stmt class -> handler(fc, s)
        self.value_as: Optional[Callable] = None     # expressions.value_as
        self.address: Optional[Callable] = None      # expressions.address
        self.condition: Optional[Callable] = None    # expressions.condition
        self.index_value: Optional[Callable] = None  # expressions.index_value
        self.call: Optional[Callable] = None         # calls.call_expression
        self.evaluate_call: Optional[Callable] = None
        self.call_results: Optional[Callable] = None
        self.call_arguments: Optional[Callable] = None
        self.resolve_callee: Optional[Callable] = None
        self.receiver_of: Optional[Callable] = None
        self.call_builtin: Optional[Callable] = None   # builtins.lower_builtin
        self.call_library: Optional[Callable] = None  # library.lower_call
        self.convert: Optional[Callable] = None       # conversions.implicit
        self.hoist_calls: Optional[Callable] = None   # order.hoist_calls
        self.emit_return: Optional[Callable] = None   # statements.emit_return
        self.switch_clauses: Optional[Callable] = None


LOWERING = Lowering()

_UNSUPPORTED_EXPRESSIONS = {
    ast.FuncLit: "function literals", ast.TypeAssertExpr: "type assertions",
    ast.KeyValueExpr: "key-value expressions",
}


class FunctionCompiler:
    def __init__(self, program, function: ir.Function, signature: ts.Signature):
        self.program = program
        self.module: ir.Module = program.module
        self.function = function
        self.signature = signature
        self.entry = function.append_basic_block("entry")
        self.builder = ir.IRBuilder(self.entry)
        self.builder.debug_metadata = program.debug.entry_location(function)
        self.homes: dict[ts.Var, ir.Value] = {}
        self.result_vars: list[ts.Var] = []
        self.targets: list[BranchTargets] = []
        self.label_blocks: dict[str, ir.Block] = {}
        self.pending_label: Optional[str] = None
        self.fallthrough_block: Optional[ir.Block] = None
        self.hoisted: dict = {}        # CallExpr -> its result, see order.py
        self.out_pointer: Optional[ir.Value] = None   # where results go (types.returns_in_memory)
        self.defer_frame = None        # defer.DeferFrame when the body holds a defer

    def at(self, pos) -> None:
        """What is built from now on belongs to source position pos (debuginfo.py)."""
        location = self.program.debug.location_at(self.function, pos)
        if location is not None:
            self.builder.debug_metadata = location

    # ------------------------------------------------------------ dispatch (see the file comment)

    def value(self, e: ast.Expr) -> ir.Value:
        """e's register-form value (a constant expression generates no code)."""
        if e.mode == "constant":
            return constant(self.program, e.value, e.type)
        handler = LOWERING.values.get(type(e))
        if handler is None:
            unsupported(e, _UNSUPPORTED_EXPRESSIONS.get(type(e), type(e).__name__))
        return handler(self, e)

    def value_as(self, e: ast.Expr, target: ts.Type) -> ir.Value:
        """e's value converted to the type of the slot it flows into."""
        return LOWERING.value_as(self, e, target)

    def address(self, e: ast.Expr) -> ir.Value:
        """A pointer to the memory of addressable expression e."""
        return LOWERING.address(self, e)

    def condition(self, e: ast.Expr, yes: ir.Block, no: ir.Block) -> None:
        """Branches to yes when the boolean e holds, else to no."""
        LOWERING.condition(self, e, yes, no)

    def index_value(self, e: ast.Expr) -> ir.Value:
        """An index operand as i64."""
        return LOWERING.index_value(self, e)

    def statement(self, s: ast.Stmt) -> None:
        handler = LOWERING.statements.get(type(s))
        if handler is None:
            unsupported(s, type(s).__name__)
        self.at(s.pos)
        handler(self, s)

    def block(self, statements: list) -> None:
        for s in statements:
            self.statement(s)

    def call(self, e: ast.CallExpr):
        """The call's LLVM result: None, a value, or a struct of results."""
        return LOWERING.call(self, e)

    def evaluate_call(self, e: ast.CallExpr):
        """Makes the call now (not taking a hoisted result; order.py)."""
        return LOWERING.evaluate_call(self, e)

    def call_results(self, e: ast.CallExpr) -> list:
        """Each result of a multi-valued call, in register form."""
        return LOWERING.call_results(self, e)

    def call_arguments(self, e: ast.CallExpr, signature: ts.Signature) -> list:
        """The call's arguments converted to signature's parameters (variadic packed)."""
        return LOWERING.call_arguments(self, e, signature)

    def resolve_callee(self, fun: ast.Expr):
        """(the Func called, its receiver argument or None)."""
        return LOWERING.resolve_callee(self, fun)

    def receiver_of(self, fun: ast.SelectorExpr) -> ir.Value:
        """The receiver argument of x.M()."""
        return LOWERING.receiver_of(self, fun)

    def call_builtin(self, name: str, call):
        """A call of the builtin `name` (builtins.py), its operands given by a
        library_call.CallOperands."""
        return LOWERING.call_builtin(self, name, call)

    def call_library(self, call, func: ts.Func, receiver):
        """A call of a library function or method (library.py), its operands given by
        a library_call.LibraryCall."""
        return LOWERING.call_library(self, call, func, receiver)

    def convert(self, v: ir.Value, source: ts.Type, target: ts.Type) -> ir.Value:
        """A value of type source as the type of the slot it flows into (the
        conversion value_as applies after evaluating)."""
        return LOWERING.convert(self, v, source, target)

    def hoist_calls(self, roots) -> None:
        """Makes the calls of an evaluation root first, in gc's order (order.py)."""
        LOWERING.hoist_calls(self, roots)

    def emit_return(self, values: list) -> None:
        """Returns values (already of the result types), through the defer exit if any."""
        LOWERING.emit_return(self, values)

    def switch_clauses(self, label, clauses: list, test, enter=None) -> None:
        """The shape every switch shares (statements.switch_clauses)."""
        LOWERING.switch_clauses(self, label, clauses, test, enter)

    def take_label(self) -> Optional[str]:
        """The label of the statement being lowered (once: it is cleared)."""
        label, self.pending_label = self.pending_label, None
        return label

    # ------------------------------------------------------------ blocks

    def new_block(self, name: str) -> ir.Block:
        return self.function.append_basic_block(name)

    def start(self, block: ir.Block) -> None:
        self.builder.position_at_end(block)

    @property
    def terminated(self) -> bool:
        return self.builder.block.is_terminated

    def jump(self, block: ir.Block) -> None:
        """Branches to block unless the current block already ended."""
        if not self.terminated:
            self.builder.branch(block)

    def merge(self, *incoming) -> list[ir.Value]:
        """At the start of the current block, one phi per value position joining
        (values, predecessor block) pairs: merge(([a1, b1], block1), ([a2, b2], block2))."""
        first_values = incoming[0][0]
        phis = []
        for position, first in enumerate(first_values):
            phi = self.builder.phi(first.type)
            for values, block in incoming:
                phi.add_incoming(values[position], block)
            phis.append(phi)
        return phis

    def jump_and_continue_dead(self, block: ir.Block) -> None:
        self.jump(block)
        self.start(self.new_block("dead"))

    def finish(self) -> None:
        for block in self.function.blocks:
            if not block.is_terminated:
                self.builder.position_at_end(block)
                if isinstance(self.function.function_type.return_type, ir.VoidType):
                    self.builder.ret_void()
                else:
                    self.builder.unreachable()

    # ------------------------------------------------------------ memory

    def stack_slot(self, llvm_type: ir.Type, name: str = "") -> ir.Value:
        """An alloca in the entry block.  Its name (a Go variable's, to read the IR by) is
        cut to LOCAL_NAME_LIMIT characters: LLVM truncates local names past 1024 when it
        reads the IR back, so two long Go names sharing a prefix would collide there,
        while llvmlite keeps the names it hands out unique."""
        name = name[:LOCAL_NAME_LIMIT]
        saved = self.builder.block
        if self.entry.instructions:
            self.builder.position_before(self.entry.instructions[0])
        else:
            self.builder.position_at_end(self.entry)
        slot = self.builder.alloca(llvm_type, name=name)
        self.builder.position_at_end(saved)
        return slot

    def heap_alloc(self, t: ts.Type, count: Optional[ir.Value] = None) -> ir.Value:
        """runtime_alloc for one t, or `count` of them; returns i8*."""
        size = i64(lt.size_of(t))
        if count is not None:
            size = self.builder.mul(size, count)
        return self.runtime("runtime_alloc", size, pointer_masks.allocation_mask(self, t))

    def typed(self, pointer: ir.Value, t: ts.Type) -> ir.Value:
        """pointer (any pointer) as a pointer to t's memory form."""
        wanted = lt.memory_type(t).as_pointer()
        if pointer.type == wanted:
            return pointer
        return self.builder.bitcast(pointer, wanted)

    def raw(self, pointer: ir.Value) -> ir.Value:
        if pointer.type == lt.POINTER:
            return pointer
        return self.builder.bitcast(pointer, lt.POINTER)

    def load(self, pointer: ir.Value, t: ts.Type) -> ir.Value:
        """The register form of the t at pointer (for a big t: a fresh copy's address)."""
        if lt.is_big(t):
            copy = self.stack_slot(lt.memory_type(t))
            self.copy_memory(copy, pointer, lt.size_of(t))
            return self.raw(copy)
        value = self.builder.load(self.typed(pointer, t))
        return lt.to_register(self.builder, t, value)

    def store(self, value: ir.Value, pointer: ir.Value, t: ts.Type) -> None:
        """Every store of a Go value into memory: the write barrier's place (write_barrier.py)."""
        write_barrier.guarded(self, pointer, t, lambda: self._store_unguarded(value, pointer, t))

    def _store_unguarded(self, value: ir.Value, pointer: ir.Value, t: ts.Type) -> None:
        if lt.is_big(t):
            self.copy_memory(pointer, value, lt.size_of(t))
            return
        self.builder.store(lt.to_memory(self.builder, t, value), self.typed(pointer, t))

    def zero_memory(self, pointer: ir.Value, t: ts.Type) -> None:
        write_barrier.guarded(self, pointer, t, lambda: self._zero_unguarded(pointer, t))

    def _zero_unguarded(self, pointer: ir.Value, t: ts.Type) -> None:
        if lt.is_big(t):
            memset = self.module.declare_intrinsic("llvm.memset", [lt.POINTER, lt.I64])
            self.builder.call(memset, [self.raw(pointer), ir.Constant(lt.I8, 0),
                                       i64(lt.size_of(t)), ir.Constant(lt.I1, 0)])
            return
        self.builder.store(ir.Constant(lt.memory_type(t), None), self.typed(pointer, t))

    def element_pointer(self, base: ir.Value, elem: ts.Type, index: ir.Value) -> ir.Value:
        """&base[index] for base pointing at elements of type elem."""
        return self.builder.gep(self.typed(base, elem), [index], inbounds=True)

    def field_pointer(self, base: ir.Value, struct_type: ts.Type, index: int) -> ir.Value:
        typed = self.typed(base, struct_type)
        return self.builder.gep(typed, [ir.Constant(lt.I32, 0), ir.Constant(lt.I32, index)],
                                inbounds=True)

    def spill(self, value: ir.Value, t: ts.Type) -> ir.Value:
        """A stack copy of a register value, for indexing an array value by a variable."""
        if lt.is_big(t):
            return value          # already a private copy in memory
        slot = self.stack_slot(lt.memory_type(t))
        self.store(value, slot, t)
        return slot

    def copy_memory(self, destination: ir.Value, source: ir.Value, size) -> None:
        """memmove of size bytes (an int or an i64 value); the regions may overlap."""
        if isinstance(size, int):
            size = i64(size)
        memmove = self.module.declare_intrinsic("llvm.memmove", [lt.POINTER, lt.POINTER, lt.I64])
        self.builder.call(memmove, [self.raw(destination), self.raw(source), size,
                                    ir.Constant(lt.I1, 0)])

    # ------------------------------------------------------------ variables

    def declare(self, var: ts.Var, value: Optional[ir.Value] = None) -> ir.Value:
        """Gives var its home and stores value (zero when None); returns the home."""
        if var is None or var.name == "_":
            return None
        t = var.type
        if var.address_taken or self.program.captures.by_reference(var) \
                or lt.size_of(t) > STACK_LIMIT:
            home = self.heap_alloc(t)
            if value is not None:
                self.store(value, home, t)
        else:
            home = self.stack_slot(lt.memory_type(t), name=var.name)
            if value is None:
                self.zero_memory(home, t)
            else:
                self.store(value, home, t)
        self.homes[var] = home
        return home

    def home(self, var: ts.Var) -> ir.Value:
        found = self.homes.get(var)
        if found is not None:
            return found
        if var.is_global or var.link_name:
            return self.program.global_for(var)
        raise AssertionError(f"variable {var.name} used before its declaration")

    # ------------------------------------------------------------ runtime calls and checks

    def runtime(self, name: str, *args) -> ir.Value:
        """Calls the runtime; after a noreturn one, lowering continues in a dead block."""
        call = runtime_abi.call_runtime(self.builder, self.module, name, args)
        if runtime_abi.is_noreturn(name):
            self.builder.unreachable()
            self.start(self.new_block("dead"))
        return call

    def check(self, ok: ir.Value, panic: str, *args) -> None:
        """Continues when ok (an i1) holds, else calls the noreturn runtime panic."""
        if isinstance(ok, ir.Constant) and ok.constant == 1:
            return
        fail = self.new_block(panic.replace("runtime_", ""))
        good = self.new_block("ok")
        self.builder.cbranch(ok, good, fail)
        self.start(fail)
        runtime_abi.call_runtime(self.builder, self.module, panic, args)
        self.builder.unreachable()
        self.start(good)

    def nil_check(self, pointer: ir.Value) -> None:
        ok = self.builder.icmp_unsigned("!=", self.raw(pointer), ir.Constant(lt.POINTER, None))
        self.check(ok, "runtime_panic_nil")

    def bounds_check(self, index: ir.Value, length: ir.Value) -> None:
        """0 <= index < length, as one unsigned compare; index and length are i64."""
        ok = self.builder.icmp_unsigned("<", index, length)
        self.check(ok, "runtime_panic_index", index, length)

    def panic_message(self, message: str) -> None:
        """A runtime panic printed as `panic: <message>` (e.g. "runtime error: makeslice: ...")."""
        self.runtime("runtime_panic_message", *self.program.string_words(message.encode()))

    def check_message(self, ok: ir.Value, message: str) -> None:
        """Continues when ok (an i1) holds, else panics with panic_message's message."""
        self.check(ok, "runtime_panic_message", *self.program.string_words(message.encode()))


# ---------------------------------------------------------------- helpers on nodes

def unparen(e: ast.Expr) -> ast.Expr:
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def builtin_name(e: ast.CallExpr) -> str:
    """The name of the builtin a call of one calls."""
    fun = unparen(e.fun)
    if isinstance(fun, ast.SelectorExpr):     # unsafe.Add
        return fun.sel.name
    return fun.obj.name if getattr(fun, "obj", None) is not None else fun.name


def is_nil(e: ast.Expr) -> bool:
    e = unparen(e)
    return isinstance(e, ast.Ident) and isinstance(e.obj, ts.Nil) or e.type is ts.UNTYPED_NIL


def is_addressable(e: ast.Expr) -> bool:
    return e.mode == "variable"


def field_type_at(t: ts.Type, path: list[int]) -> ts.Type:
    """The type of the field a selection path reaches from t (through pointers)."""
    for index in path:
        u = ts.underlying(t)
        if isinstance(u, ts.Pointer):
            u = ts.underlying(u.elem)
        t = u.fields[index].type
    return t


def follow_fields(fc: FunctionCompiler, pointer: ir.Value, pointer_type: ts.Type,
                  path: list[int]) -> ir.Value:
    """The address reached from a pointer value by walking field indices, loading and
    nil checking each pointer met on the way."""
    current_type = pointer_type
    current = pointer
    at_address = False
    for index in path:
        u = ts.underlying(current_type)
        if isinstance(u, ts.Pointer):
            if at_address:
                current = fc.load(current, current_type)
            fc.nil_check(current)
            current_type = u.elem
            u = ts.underlying(current_type)
        current = fc.field_pointer(current, current_type, index)
        current_type = u.fields[index].type
        at_address = True
    return current


def walk_fields_from_address(fc: FunctionCompiler, base, base_type, path):
    """The address reached from an addressable base by walking field indices."""
    current, current_type = base, base_type
    for position, index in enumerate(path):
        u = ts.underlying(current_type)
        if isinstance(u, ts.Pointer):
            pointer = fc.load(current, current_type)
            return follow_fields(fc, pointer, current_type, path[position:])
        current = fc.field_pointer(current, current_type, index)
        current_type = u.fields[index].type
    return current


def mark_go_function(function: ir.Function) -> None:
    """The attributes every Go function (and wrapper) carries; see module.py."""
    function.attributes.add("nounwind")
    set.add(function.attributes, '"frame-pointer"="all"')
    # No sibling calls: a Go function's last call keeps its caller's frame, as in gc,
    # so a traceback still lists the caller.
    set.add(function.attributes, '"disable-tail-calls"="true"')
    # Loops stay loops, as gc compiles them: LLVM's idiom recogniser would turn short
    # copy loops (fannkuch's permutation rotations) into memmove calls costing more
    # than the loop.
    set.add(function.attributes, '"no-builtin-memcpy"')
    set.add(function.attributes, '"no-builtin-memmove"')
