"""LLVM: from codegen's IR module to optimised IR, assembly or an object file.

LLVM is initialised once per process and one target machine is kept.  Objects are
for a generic x86-64 CPU (binaries run on any x86-64 machine, as gc's do) with the
static relocation model and small code model, which is what a `-static -no-pie`
executable wants.  The pipeline is LLVM's standard -O2; the IR codegen emits is
responsible for Go's semantics surviving it (no nsw/nuw, no fast-math flags).

The baseline has SSE2 but no packed 64-bit multiply: a vectorised `mul <2 x i64>`
becomes three pmuludq plus shifts and adds, which LLVM's cost model prices below the
two scalar imuls it replaces (a 64-bit hashing loop ran 1.6x slower vectorised).  So a
function whose optimised body holds such a multiply is optimised again from codegen's
IR with the "noimplicitfloat" attribute, which keeps the vectorisers out of that
function only; loops without 64-bit multiplies (sieve's counting loop) stay vectorised.
"""
from __future__ import annotations

import re

TRIPLE = "x86_64-unknown-linux-gnu"

_target_machine = None


def target_machine():
    global _target_machine
    if _target_machine is None:
        import llvmlite.binding as llvm

        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_triple(TRIPLE)
        _target_machine = target.create_target_machine(
            cpu="x86-64", features="", opt=2, reloc="static", codemodel="small")
    return _target_machine


# A function definition's name in LLVM assembly, then a packed 64-bit multiply.
_DEFINITION = re.compile(r'^define [^@]*@"?([^"(]+)"?\(', re.MULTILINE)
_PACKED_I64_MULTIPLY = re.compile(r'= mul (?:nuw )?(?:nsw )?<\d+ x i64>')


def optimised_module(ir_module):
    """Parse and verify codegen's llvmlite.ir.Module, then run the -O2 pipeline on it
    (twice if the vectorisers emitted packed 64-bit multiplies; see the module doc)."""
    module = _run_pipeline(str(ir_module))
    slow = _functions_with_packed_i64_multiply(str(module))
    if not slow:
        return module
    for name in slow:
        function = _defined_function(ir_module, name)
        if function is not None:
            function.attributes.add("noimplicitfloat")
    return _run_pipeline(str(ir_module))


def _run_pipeline(assembly: str):
    import llvmlite.binding as llvm

    machine = target_machine()
    module = llvm.parse_assembly(assembly)
    module.triple = TRIPLE
    module.data_layout = str(machine.target_data)
    module.verify()
    builder = llvm.create_pass_builder(machine, llvm.PipelineTuningOptions(speed_level=2))
    builder.getModulePassManager().run(module, builder)
    return module


def _functions_with_packed_i64_multiply(assembly: str) -> list[str]:
    if not _PACKED_I64_MULTIPLY.search(assembly):
        return []
    definitions = list(_DEFINITION.finditer(assembly))
    names = []
    for index, definition in enumerate(definitions):
        end = definitions[index + 1].start() if index + 1 < len(definitions) else len(assembly)
        if _PACKED_I64_MULTIPLY.search(assembly, definition.end(), end):
            names.append(definition.group(1))
    return names


def _defined_function(ir_module, name: str):
    from llvmlite import ir

    function = ir_module.globals.get(name)
    if isinstance(function, ir.Function) and not function.is_declaration:
        return function
    return None


def emit_object(module) -> bytes:
    return target_machine().emit_object(module)


def emit_assembly(module) -> str:
    return target_machine().emit_assembly(module)
