"""LLVM: from codegen's IR module to optimised IR, assembly or an object file.

LLVM is initialised once per process and one target machine is kept.  Objects are
for a generic x86-64 CPU (binaries run on any x86-64 machine, as gc's do) with the
static relocation model and small code model, which is what a `-static -no-pie`
executable wants.  The pipeline is LLVM's standard -O2; the IR codegen emits is
responsible for Go's semantics surviving it (no nsw/nuw, no fast-math flags).
"""
from __future__ import annotations

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


def optimised_module(ir_module):
    """Parse and verify codegen's llvmlite.ir.Module, then run the -O2 pipeline on it."""
    import llvmlite.binding as llvm

    machine = target_machine()
    module = llvm.parse_assembly(str(ir_module))
    module.triple = TRIPLE
    module.data_layout = str(machine.target_data)
    module.verify()
    builder = llvm.create_pass_builder(machine, llvm.PipelineTuningOptions(speed_level=2))
    builder.getModulePassManager().run(module, builder)
    return module


def emit_object(module) -> bytes:
    return target_machine().emit_object(module)


def emit_assembly(module) -> str:
    return target_machine().emit_assembly(module)
