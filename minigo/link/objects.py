"""LLVM: from codegen's IR module to optimised IR, assembly or object files.

LLVM is initialised once per process and one target machine is kept.  A large module
is split into parts (parts.py) that forked processes optimise and emit at once, one
object each (write_objects); --emit output always comes from the whole module.  Objects are
for a generic x86-64 CPU (binaries run on any x86-64 machine, as gc's do) with the
static relocation model and small code model, which is what a `-static -no-pie`
executable wants.  The pipeline is LLVM's standard -O2; the IR codegen emits is
responsible for Go's semantics surviving it (no nsw/nuw, no fast-math flags).

Two kinds of vectorised code lose on the SSE2 baseline, and a function holding either
is optimised again from codegen's IR with the "noimplicitfloat" attribute, which keeps
the vectorisers out of that function only (loops elsewhere stay vectorised: sieve's
counting loop, spectral_norm's sums):
 - a packed 64-bit multiply: `mul <2 x i64>` becomes three pmuludq plus shifts and
   adds, which LLVM's cost model prices below the two scalar imuls it replaces (a
   64-bit hashing loop ran 1.6x slower vectorised);
 - a vectorised loop that only moves data (vector loads and stores, no vector
   arithmetic).  Such loops copy short slices in Go programs (fannkuch copies and
   rotates 10 ints), and a 16-byte load of elements that the code before it has just
   stored one by one cannot be forwarded from the store buffer: it waits for the
   stores to retire.  The scalar copy is as fast for short slices and never stalls
   (fannkuch 1.08x -> 1.06x gc with nothing else changed).

Two code-layout options (LLVM_OPTIONS), chosen by measurement on the benchmarks, 21
interleaved runs each, medians, minigo/gc; they change layout only, never semantics:
 - MachineBlockPlacement uses the ext-TSP model (also without profile data), not its
   default chain-based algorithm: the default's compact rotated loops lost in
   fannkuch's short, data-dependent inner loops on this CPU (AMD EPYC) -- fannkuch
   1.06 vs 1.00-1.02 with placement off --, and placement off keeps the split-stack
   prologue's call of __morestack (runtime/stack.c) on the hot path, jumped over by
   every call (fib(40) 1.31x, binary_trees 1.09x the CPU time of the earlier
   fall-through check).  ext-TSP moves that cold block out of the way and leaves the
   loops alone: against placement off, CPU time fib 0.69x, binary_trees 0.93x,
   fannkuch 0.99x, spectral_norm, nbody, mandelbrot, sieve within 1% (best of 5).
   Its branch folding stays off (as it was with placement off): it merged the cold
   calls that panic from two places into one, which then had no line of its own for
   the traceback (testdata/panic_index_string).
 - branches are padded so that none crosses or ends on a 32-byte boundary (the
   assembler's -x86-align-branch, first written for an Intel erratum): fannkuch a
   further 1-2% in four side-by-side measurements, the others within noise.  Not in
   a module split into parts (parts.py: 8,000 instructions or more, never a
   benchmark): the padding's relaxation is 12% of machine-code time (the
   20,000-line program's whole module: 4.92 -> 4.35 s CPU, best of 3), and on a
   large program the build is what waits.
The collector scans stacks conservatively (runtime/gc.c), so an object must stay
reachable through a pointer to its start or inside it while it is live.  LLVM's loop
strength reduction broke that: in a loop storing to ring[i % n] it kept ring + 8*i and
a negative offset in registers and no copy of ring itself, so once i passed n the only
pointer lay beyond the object and a collection freed the ring and everything in it (a
program churning 10 GB with 51 MB live crashed).  LSR is therefore off
(-disable-lsr); CPU time of fannkuch, nbody, spectral_norm, mandelbrot and sieve
against LSR on (medians of 9 interleaved runs): fannkuch 1.08x, nbody 1.02x, sieve,
spectral_norm, mandelbrot, binary_trees within 1%: the price of a collector that
never frees a live object, until codegen keeps base pointers live or LLVM gives stack
maps.
mandelbrot and nbody run the same floating-point instruction chains gc emits and are
bound by their latency (0.98-1.00 either way); only a different CPU model changes them.
"""
from __future__ import annotations

import ast
import os
import re
import time
import traceback
from pathlib import Path

from minigo.link import timings
from minigo.link.timings import stage

_target_machine = None


def target_machine():
    global _target_machine
    if _target_machine is None:
        import llvmlite.binding as llvm

        from minigo.codegen.runtime_abi import TARGET_TRIPLE
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        llvm.initialize_native_asmparser()  # inline assembly: math/bits.Div64's divq
        for option in LLVM_OPTIONS:
            llvm.set_option("minigo", option)
        target = llvm.Target.from_triple(TARGET_TRIPLE)
        _target_machine = target.create_target_machine(
            cpu="x86-64", features="", opt=2, reloc="static", codemodel="small")
    return _target_machine


# LLVM options for every module this process compiles (see the module doc).
BRANCH_PADDING = "-x86-align-branch-boundary=32"
NO_BRANCH_PADDING = "-x86-align-branch-boundary=0"
LLVM_OPTIONS = (
    "-disable-lsr",
    "-enable-ext-tsp-block-placement",
    "-ext-tsp-apply-without-profile",
    "-branch-fold-placement=false",
    BRANCH_PADDING,
    "-x86-align-branch=fused+jcc+jmp",
)

# A function definition's name in LLVM assembly; a packed 64-bit multiply; the body of
# a vectorised loop (up to the next label); an instruction computing a vector.
_DEFINITION = re.compile(r'^define [^@]*@"?([^"(]+)"?\(', re.MULTILINE)
_PACKED_I64_MULTIPLY = re.compile(r'= mul (?:nuw )?(?:nsw )?<\d+ x i64>')
_VECTOR_LOOP_BODY = re.compile(r'^vector\.body[\w.]*:.*\n((?:[ \t].*\n|\n)*)', re.MULTILINE)
_VECTOR_RESULT = re.compile(r'= (\w+)[^=\n]*?<\d+ x ')
_DATA_MOVING = {"load", "phi", "shufflevector", "insertelement", "extractelement", "getelementptr"}


def optimised_module(ir_module, headers: list[str] = ()):
    """Parse and verify codegen's llvmlite.ir.Module, link in the inline headers of
    the packages it imports (link/pkgcache.py), then run the -O2 pipeline on it
    (twice if the vectorisers made code that loses; see the module doc)."""
    with stage("IR text"):
        assembly = str(ir_module)
    module = _run_pipeline(assembly, headers)
    with stage("vector check"):
        slow = _functions_with_losing_vector_code(str(module))
    if not slow:
        return module
    for name in slow:
        function = _defined_function(ir_module, name)
        if function is not None:
            function.attributes.add("noimplicitfloat")
    with stage("IR text"):
        assembly = str(ir_module)
    return _run_pipeline(assembly, headers)


def _run_pipeline(assembly: str, headers: list[str] = ()):
    import llvmlite.binding as llvm

    from minigo.codegen.runtime_abi import TARGET_TRIPLE

    machine = target_machine()
    with stage("LLVM parse"):
        module = llvm.parse_assembly(assembly)
        module.triple = TARGET_TRIPLE
        module.data_layout = str(machine.target_data)
        module.verify()
    with stage("link inline headers"):
        for header in headers:
            module.link_in(llvm.parse_assembly(header))
    with stage("optimise"):
        builder = llvm.create_pass_builder(machine, llvm.PipelineTuningOptions(speed_level=2))
        builder.getModulePassManager().run(module, builder)
    return module


def _functions_with_losing_vector_code(assembly: str) -> list[str]:
    if "vector.body" not in assembly and not _PACKED_I64_MULTIPLY.search(assembly):
        return []
    definitions = list(_DEFINITION.finditer(assembly))
    names = []
    for index, definition in enumerate(definitions):
        end = definitions[index + 1].start() if index + 1 < len(definitions) else len(assembly)
        body = assembly[definition.end():end]
        if _PACKED_I64_MULTIPLY.search(body) or _has_data_moving_vector_loop(body):
            names.append(definition.group(1))
    return names


def _has_data_moving_vector_loop(body: str) -> bool:
    for loop in _VECTOR_LOOP_BODY.finditer(body):
        operations = {match.group(1) for match in _VECTOR_RESULT.finditer(loop.group(1))}
        if "load" in operations and operations <= _DATA_MOVING:
            return True
    return False


def _defined_function(ir_module, name: str):
    from llvmlite import ir

    function = ir_module.globals.get(name)
    if isinstance(function, ir.Function) and not function.is_declaration:
        return function
    return None


def write_objects(ir_module, directory: Path, headers: list[str] = (), stream=None) -> list[Path]:
    """Optimises codegen's module and writes it as objects into `directory`: one, or
    one per part when parts.py splits it; part 0 is made in this process, each other
    part in a forked child (fork copies the IR module, so each process prints only its
    own part's text, with no lock between them).  With a parts.Stream, the other parts
    were forked during codegen and write into the stream's folder."""
    from minigo.link import parts

    if stream is not None:
        partition = stream.partition(ir_module)
        children, child_directory = stream.children, stream.directory
    else:
        count = parts.part_count(ir_module)
        if count == 1:
            return [write_object(optimised_module(ir_module, headers), directory / "prog.o")]
        with stage("partition"):
            partition = parts.partition(ir_module, count)
        target_machine()    # once, before forking
        children = {index: fork_part(ir_module, partition, index, directory, headers)
                    for index in range(1, count)}
        child_directory = directory
    try:
        with stage("restrict"):
            parts.restrict(ir_module, partition, 0)
        first = write_object(optimised_module(ir_module, headers), directory / "prog0.o",
                             padded=False)
    finally:
        with stage("wait for parts"):
            failures = [_reap_part(pid, index, child_directory) for index, pid in children.items()]
            indices = sorted(children)
            children.clear()
    for failure in failures:
        if failure:
            raise RuntimeError(failure)
    return [first] + [child_directory / f"prog{index}.o" for index in indices]


def fork_part(ir_module, partition, index: int, directory: Path, headers: list[str],
              prepare=None) -> int:
    """Starts a child that writes part `index` to directory/prog{index}.o, or its
    traceback to prog{index}.error; returns the child's pid.  prepare(), if given,
    runs first in the child (a Stream's: finish the functions lowered so far)."""
    from minigo.link import parts

    target_machine()    # made once, before forking
    pid = os.fork()
    if pid != 0:
        _forked_at[pid] = time.perf_counter()
        return pid
    status = 0
    try:
        earlier = len(timings.records())
        if prepare is not None:
            with stage("finish functions"):
                prepare()
        with stage("restrict"):
            parts.restrict(ir_module, partition, index)
        write_object(optimised_module(ir_module, headers), directory / f"prog{index}.o",
                     padded=False)
        if timings.enabled():
            (directory / f"prog{index}.ended").write_text(repr(
                [time.perf_counter(), timings.records()[earlier:]]))
    except BaseException:
        status = 3
        try:
            (directory / f"prog{index}.error").write_text(traceback.format_exc())
        except BaseException:
            pass
    os._exit(status)


_forked_at: dict[int, float] = {}     # child pid -> perf_counter() at the fork


def _reap_part(pid: int, index: int, directory: Path) -> str | None:
    """Waits for part `index`'s child: None if it succeeded, else what went wrong.
    Its CPU time is recorded as a stage of its own."""
    _, status, usage = os.wait4(pid, 0)
    reaped, forked = time.perf_counter(), _forked_at.pop(pid, None)
    name = f"part {index} (child)"
    ended = directory / f"prog{index}.ended"
    stages = []
    if forked is not None and ended.exists():   # timings enabled: when it ran, its stages
        end, stages = ast.literal_eval(ended.read_text())
        name += f" ran {end - forked:.2f} s wall, ended {reaped - end:.2f} s before part 0"
    timings.record(name, 0.0, usage.ru_utime + usage.ru_stime)
    for stage_name, wall, cpu in stages:
        timings.record(timings.DETAIL + stage_name, wall, cpu)
    if status == 0:
        return None
    error = directory / f"prog{index}.error"
    detail = error.read_text() if error.exists() else f"wait status {status}"
    return f"LLVM part {index} failed:\n{detail}"


def write_object(module, path: Path, padded: bool = True) -> Path:
    path.write_bytes(emit_object(module, padded))
    return path


def emit_object(module, padded: bool = True) -> bytes:
    """The object code of an optimised module; padded: with branch padding (every
    module but the parts of a split one; see the module doc)."""
    with stage("machine code"):
        machine = target_machine()
        _pad_branches(padded)
        return machine.emit_object(module)


def emit_assembly(module) -> str:
    machine = target_machine()
    _pad_branches(True)
    return machine.emit_assembly(module)


_padding = True     # as LLVM_OPTIONS set it


def _pad_branches(enabled: bool) -> None:
    """Branch padding on or off for the objects emitted from now on in this process
    (the assembler reads the option each time it is made)."""
    global _padding
    if enabled != _padding:
        import llvmlite.binding as llvm
        llvm.set_option("minigo", BRANCH_PADDING if enabled else NO_BRANCH_PADDING)
        _padding = enabled
