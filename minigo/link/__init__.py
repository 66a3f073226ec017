"""The last stage: Go source files to a static executable.

build() runs the whole pipeline: minigo.syntax parses each file, minigo.types checks
the package, minigo.codegen makes one LLVM module, objects.py optimises it and emits
an object, and the system C compiler links that with the cached runtime archive into
a `-static` executable.  Executables are made in the cache, keyed by the sources and
the compiler, so `minigo run` of an unchanged program starts at once and `minigo
build` of one is a copy (build() copies from there; executable_for_run() runs it).

Heavy modules (llvmlite, lark, the compiler stages) are imported only when used, so
that a warm `minigo build` of a small program stays under half a second.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from minigo.errors import CompileErrors
from minigo.link import cache, timings
from minigo.link.toolchain import c_compiler, compiler_identity, run_tool

EMIT_KINDS = {"llvm": ".ll", "asm": ".s"}


def read_sources(paths: list[str]) -> list[bytes]:
    """Each file's bytes; OSError (with .filename) if one cannot be read."""
    sources = []
    for path in paths:
        with open(path, "rb") as file:
            sources.append(file.read())
    return sources


def compile_to_ir(paths: list[str], sources: list[bytes]):
    """Front end and codegen: an llvmlite.ir.Module, or CompileErrors for the program."""
    from minigo import codegen, syntax, types

    # gc type-checks unless the parser itself failed (scanner errors do not stop
    # it), and reports the parser's and the checker's errors together.
    files, errors, parsed_all = [], [], True
    for path, source in zip(paths, sources):
        with timings.stage("parse"):
            tree, file_errors = syntax.parse_file_with_errors(path, source)
        errors.extend(file_errors)
        if tree is None:
            parsed_all = False
        else:
            files.append(tree)
    package = None
    if parsed_all:
        try:
            with timings.stage("check"):
                package = types.check_package(files)
        except CompileErrors as type_errors:
            errors.extend(type_errors.errors)
    if errors:
        raise CompileErrors(errors)
    with timings.stage("codegen"):
        return codegen.generate(package, files)


def link_executable(module, output: str, cc: list[str]) -> None:
    """Emit the optimised module as an object and link it with the runtime.  The
    executable is linked in a scratch folder and then moved to `output`, so a
    destination that cannot be written is an OSError naming it."""
    from minigo.link import objects
    from minigo.link.runtime_archive import runtime_archive

    archive = runtime_archive(cc)
    with tempfile.TemporaryDirectory(prefix="minigo-") as work:
        program_object = Path(work) / "prog.o"
        program_object.write_bytes(objects.emit_object(module))
        linked = Path(work) / "a.out"
        with timings.stage("link"):
            run_tool(cc + ["-static", "-no-pie", "-o", str(linked), str(program_object),
                           str(archive), "-lm"], "linking")
        shutil.move(str(linked), output)


def build(paths: list[str], output: str, emit: str | None = None) -> None:
    """Compile the Go files `paths` (one package main) into the executable `output`;
    with emit="llvm" or "asm", also write the optimised IR or assembly beside it, to
    output + .ll/.s.  Without emit the executable comes from the cache when the
    inputs and the compiler are unchanged (as for `minigo run`), and goes into it."""
    if emit is not None and emit not in EMIT_KINDS:
        raise ValueError(f"unknown emit kind {emit!r}")
    cc = c_compiler()
    sources = read_sources(paths)
    if emit is None:
        executable = _cached_executable(paths, sources, cc)
        with timings.stage("copy to output"):
            shutil.copy(executable, output)
    else:
        _build_sources(paths, sources, output, emit, cc)
    timings.report()


def _build_sources(paths: list[str], sources: list[bytes], output: str, emit: str | None,
                   cc: list[str]) -> None:
    from minigo.link import objects

    module = objects.optimised_module(compile_to_ir(paths, sources))
    if emit == "llvm":
        Path(output + EMIT_KINDS[emit]).write_text(str(module))
    elif emit == "asm":
        Path(output + EMIT_KINDS[emit]).write_text(objects.emit_assembly(module))
    link_executable(module, output, cc)


def executable_for_run(paths: list[str]) -> str:
    """The path of an executable for `paths`, built into the cache unless it is there."""
    executable = _cached_executable(paths, read_sources(paths), c_compiler())
    timings.report()
    return executable


def _cached_executable(paths: list[str], sources: list[bytes], cc: list[str]) -> str:
    parts: list[bytes | str] = [cache.compiler_fingerprint(), compiler_identity(cc)]
    for path, source in zip(paths, sources):
        parts += [path, os.path.abspath(path), source]
    name = Path(paths[0]).stem or "main"
    runs = cache.cache_dir() / "run"
    executable = runs / cache.digest(*parts) / name
    if executable.exists():
        with timings.stage("cache hit"):
            os.utime(executable.parent)   # in use: keep it from being pruned
    else:
        cache.prune(runs)
        temporary = cache.temporary_path(executable)
        _build_sources(paths, sources, str(temporary), None, cc)
        cache.publish(temporary, executable)
    return str(executable)
