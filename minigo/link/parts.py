"""Splitting codegen's module into parts that LLVM optimises and compiles at once.

LLVM's -O2 and machine-code generation are two thirds of a large program's build and
run on one core.  A module of at least MIN_INSTRUCTIONS is split into one part per
core (at most MAX_PARTS); objects.py forks a process per part beyond the first, so
printing the IR text, LLVM's parse, -O2 and code generation all run in parallel, and
the linker joins the objects.  Small programs are never split, so their code is
exactly what one module gives: the benchmarks have under 900 instructions, the test
programs under 2,800, the 3,100-line program of benchmarks/gen_big_program.py 16,800.

Every part is the whole module with the bodies of other parts' functions dropped:
 - a function is defined in exactly one part (its "home"); elsewhere it is a
   declaration, or, if it is small (SMALL_FUNCTION instructions at most), an
   `available_externally` copy: LLVM may inline it there but emits no code for it, so
   every small function stays inlinable everywhere, as in one module;
 - functions that call (or name) each other directly are kept in one home (union-find
   over direct references), so a medium-sized callee is inlined as before; homes are
   balanced by instruction count (plus FUNCTION_COST each), largest group first;
 - part 0 defines every global variable; the other parts declare the variables and
   hold `available_externally` copies of the constants their code names, so loads
   from type descriptors, itabs and strings still fold there and every address is
   the one part 0 defines (descriptor identity holds).  A constant only other
   constants name (a descriptor's field and method tables) is declared: copying
   every one cost a part of the 20,000-line program a quarter of its IR text;
 - module-local (internal, private) symbols become external so that the parts can
   name each other's; their names are unique in the module and unlike the runtime's.
   (The function table, minigo_functab, takes every function's address anyway, so
   an internal function had no signature-changing optimisation to lose.)
   linkonce_odr definitions (itabs, type descriptors, wrappers) become weak_odr in
   their home part: LLVM drops an unused linkonce_odr one, and another part may still
   name it.
What a split gives up, for large programs only: inlining through a devirtualised call
into a function of another part, and the whole-module optimisations of module-local
globals.  Every part carries the debug-info compile unit; the runtime's DWARF reader
walks every unit.  The partition never affects correctness, only where code lands.
"""
from __future__ import annotations

import os
import re

MIN_INSTRUCTIONS = 8000
MAX_PARTS = 4
SMALL_FUNCTION = 40
# LLVM's cost of a function beyond its instructions', in instructions: balances parts of
# many small functions against parts of few big ones (measured on the 20K-line program:
# 1017 methods took 8.5 s CPU against 7.1 s for 523 bigger functions of equal size).
FUNCTION_COST = 30
PARTS_VARIABLE = "MINIGO_LLVM_PARTS"    # forces a number of parts (tests use it)
LOCAL_LINKAGES = ("internal", "private")
DISCARDABLE_LINKAGES = {"linkonce_odr": "weak_odr", "linkonce": "weak"}

# A global's name in a formatted constant expression: @"quoted" or @bare.
_GLOBAL_REFERENCE = re.compile(r'@"((?:[^"\\]|\\.)*)"|@([-\w$.]+)')


class Partition:
    """Which part defines each function, and which functions every part may inline."""

    def __init__(self, count: int, home: dict[str, int], shared: set[str]):
        self.count = count
        self.home = home
        self.shared = shared


def forced_count() -> str:
    """The number of parts MINIGO_LLVM_PARTS forces, "" if none (part of the cache key:
    the split changes the code)."""
    return os.environ.get(PARTS_VARIABLE, "")


def part_count(ir_module) -> int:
    """How many parts to split `ir_module` into (1: no split)."""
    return part_count_for(sum(_instruction_count(f) for f in _defined_functions(ir_module)))


def partition(ir_module, count: int) -> Partition:
    functions = _defined_functions(ir_module)
    sizes = {f.name: _instruction_count(f) for f in functions}
    shared = {name for name, size in sizes.items() if size <= SMALL_FUNCTION}
    groups = _UnionFind()
    for function in functions:
        groups.add(function.name)
        if function.name in shared:
            continue
        for name in _referenced_names(function):
            if name in sizes and name not in shared:
                groups.union(function.name, name)
    totals: dict[str, int] = {}
    for name, size in sizes.items():
        root = groups.find(name)
        totals[root] = totals.get(root, 0) + size + FUNCTION_COST
    loads = [0] * count
    root_home: dict[str, int] = {}
    for root in sorted(totals, key=lambda r: (-totals[r], r)):
        lightest = loads.index(min(loads))
        root_home[root] = lightest
        loads[lightest] += totals[root]
    home = {name: root_home[groups.find(name)] for name in sizes}
    return Partition(count, home, shared)


def restrict(ir_module, partition: Partition, index: int) -> None:
    """Turns `ir_module` (this process's copy) into part `index`, in place."""
    from llvmlite import ir

    for value in list(ir_module.globals.values()):
        if isinstance(value, ir.Function):
            if not value.is_declaration or value.linkage in LOCAL_LINKAGES:
                _restrict_function(value, partition, index)
    used = None if index == 0 else {name for function in _defined_functions(ir_module)
                                    for name in _referenced_names(function)}
    for name, value in list(ir_module.globals.items()):
        if isinstance(value, ir.GlobalVariable):
            if name.startswith("llvm."):
                if index != 0:
                    del ir_module.globals[name]     # llvm.compiler.used: part 0's anchor
                continue
            _restrict_variable(value, index, used)


def _restrict_function(function, partition: Partition, index: int) -> None:
    if function.is_declaration:     # in a Stream's early part: lowered later, elsewhere
        function.linkage = ""
        return
    if partition.home[function.name] == index:
        function.linkage = _kept_linkage(function.linkage)
    elif function.name in partition.shared:
        function.linkage = "available_externally"
    else:
        function.blocks = []
        function.linkage = ""
        function.section = ""
        function.metadata = {}


def _restrict_variable(variable, index: int, used: set[str] | None) -> None:
    if index == 0:
        variable.linkage = _kept_linkage(variable.linkage)
    elif variable.global_constant and variable.initializer is not None and variable.name in used:
        variable.linkage = "available_externally"
    else:
        variable.initializer = None
        variable.linkage = ""
        variable.section = ""


def _kept_linkage(linkage: str) -> str:
    """The linkage of a definition in its home part: one other parts can name, and one
    LLVM keeps even where its home part no longer uses it (a linkonce_odr itab, say,
    that only another part's code loads from)."""
    if linkage in LOCAL_LINKAGES:
        return ""
    return DISCARDABLE_LINKAGES.get(linkage, linkage)


def _defined_functions(ir_module) -> list:
    return [f for f in ir_module.functions if not f.is_declaration]


def _instruction_count(function) -> int:
    return sum(len(block.instructions) for block in function.blocks)


def _referenced_names(function):
    """Names of the globals an instruction of `function` uses directly or inside a
    constant expression (a function pointer stored for a closure, say)."""
    from llvmlite import ir

    for block in function.blocks:
        for instruction in block.instructions:
            for operand in getattr(instruction, "operands", ()):
                if isinstance(operand, ir.GlobalValue):
                    yield operand.name
                elif isinstance(operand, ir.FormattedConstant) and "@" in operand.constant:
                    for quoted, bare in _GLOBAL_REFERENCE.findall(operand.constant):
                        yield quoted or bare


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def add(self, item: str) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: str) -> str:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


# ---------------------------------------------------------------- streaming

STREAM_VARIABLE = "MINIGO_LLVM_STREAM"  # "1" streams any program (tests use it), "0" none
STREAM_MIN_LINES = 2000     # lines of function bodies in the main package
STREAM_SHARE = 0.53         # of those lines, lowered before the first fork (see Stream)


def forced_stream() -> str:
    """MINIGO_LLVM_STREAM's value (part of the cache key, as forced_count)."""
    return os.environ.get(STREAM_VARIABLE, "")


def stream_count(files) -> int:
    """Into how many parts to stream a main package of these syntax trees (1: none)."""
    if forced_stream() in ("0", "1"):     # "0": never (measurements compare with it)
        return max(2, part_count_for(STREAM_MIN_LINES * 5)) if forced_stream() == "1" else 1
    lines = sum(_body_lines(declaration) for declaration in _function_declarations(files))
    return part_count_for(lines * 5) if lines >= STREAM_MIN_LINES else 1


def part_count_for(instructions: int) -> int:
    """part_count for a module of `instructions` instructions."""
    forced = forced_count()
    if forced:
        return max(1, min(int(forced), MAX_PARTS))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores < 2:
        return 1
    return min(cores, MAX_PARTS) if instructions >= MIN_INSTRUCTIONS else 1


def _function_declarations(files):
    from minigo.syntax import ast

    return [d for f in files for d in f.decls if isinstance(d, ast.FuncDecl)]


def _body_lines(declaration) -> int:
    body = declaration.body
    if body is None or body.rbrace is None:
        return 1
    return body.rbrace.line - declaration.pos.line + 1


class Stream:
    """Parts made while codegen is still lowering (objects.write_objects takes them).

    Without it, one core idles through the whole front end.  A Stream forks a process
    at a checkpoint of codegen (codegen.generate's `checkpoint`): that process finishes
    the functions lowered so far (Program.finish_early_part), keeps them as its part
    and compiles it (IR text, LLVM parse, -O2, machine code), while the parent lowers
    the rest; part 0, made by the parent once codegen is done, defines the rest and
    every global.  So the functions of a part are those lowered between two
    checkpoints; grouping callers with callees (partition()) is given up, and a small
    function is inlinable only in the parts that lower it or come after it.  The
    checkpoints are chosen from the syntax (the lines of the function bodies lowered so
    far), so the split is deterministic.  The first STREAM_SHARE of the lines go to
    the other parts, in equal shares; part 0 keeps the rest: it also lowers them, emits
    the tables and defines every global (20,514-line program, 2 cores: see
    build.py's design comment for the figures)."""

    def __init__(self, count: int, headers: list[str]):
        import tempfile
        from pathlib import Path

        self.count = count
        self.headers = list(headers)
        self.home: dict[str, int] = {}
        self.children: dict[int, int] = {}     # part index -> pid
        self.directory = Path(tempfile.mkdtemp(prefix="minigo-parts-"))
        self._cuts: dict[int, list[int]] | None = None

    def checkpoint(self, program, done: int, declarations) -> None:
        if self._cuts is None:
            self._cuts = self._plan(declarations)
        for index in self._cuts.get(done, ()):
            self._fork(program, index)

    def _plan(self, declarations) -> dict[int, list[int]]:
        """done -> the parts forked once `done` declarations are lowered."""
        weights = [_body_lines(d) for d in declarations]
        total = sum(weights) or 1
        cuts: dict[int, list[int]] = {}
        running, done = 0, 0
        for index in range(1, self.count):
            target = total * STREAM_SHARE * index / (self.count - 1)
            while done < len(weights) and (running < target or done == 0):
                running += weights[done]
                done += 1
            cuts.setdefault(max(done, 1), []).append(index)
        return cuts

    def _fork(self, program, index: int) -> None:
        from minigo.link import objects

        module = program.module
        for function in _defined_functions(module):
            self.home.setdefault(function.name, index)
        partition = Partition(self.count, dict(self.home), _small_functions(module))
        self.children[index] = objects.fork_part(
            module, partition, index, self.directory, self.headers,
            prepare=program.finish_early_part)

    def partition(self, ir_module) -> Partition:
        """Part 0's partition, once codegen is done: the functions no checkpoint took."""
        for function in _defined_functions(ir_module):
            self.home.setdefault(function.name, 0)
        return Partition(self.count, self.home, _small_functions(ir_module))

    def close(self) -> None:
        """Stops the children not waited for yet (codegen failed) and removes the folder."""
        import shutil
        import signal

        for pid in self.children.values():
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
        self.children.clear()
        shutil.rmtree(self.directory, ignore_errors=True)


def _small_functions(ir_module) -> set[str]:
    return {f.name for f in _defined_functions(ir_module) if _instruction_count(f) <= SMALL_FUNCTION}
