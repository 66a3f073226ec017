"""The build driver: Go source files to a static executable, stage by stage.

build() runs the pipeline the folders are named after: minigo.syntax parses each file,
minigo.types checks the package, minigo.codegen makes one LLVM module, and minigo.link
optimises it, emits objects and links them with the cached runtime archive into a
`-static` executable.  Executables are made in the cache, keyed by the sources and
the compiler, so `minigo run` of an unchanged program starts at once and `minigo
build` of one is a copy (build() copies from there; executable_for_run() runs it).

Heavy modules (llvmlite, lark, the compiler stages) are imported only when used, so
that a warm `minigo build` of a small program stays under half a second.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path

from minigo.errors import CompileErrors
from minigo.link import cache, link_executable, place_executable, timings
from minigo.link import parts as llvm_parts
from minigo.link.toolchain import c_compiler, compiler_identity

EMIT_KINDS = {"llvm": ".ll", "asm": ".s"}


def read_sources(paths: list[str]) -> list[bytes]:
    """Each file's bytes; OSError (with .filename) if one cannot be read."""
    sources = []
    for path in paths:
        with open(path, "rb") as file:
            sources.append(file.read())
    return sources


NOT_MAIN = "package command-line-arguments is not a main package"


NOT_MAIN = "package command-line-arguments is not a main package"


def compile_to_ir(paths: list[str], sources: list[bytes], require_main: bool = False):
    """Front end and codegen: an llvmlite.ir.Module, None for a package other than main
    (checked and compiled, with nothing to link, as `go build` does), or CompileErrors
    for the program.  require_main (`go run`): a package other than main is an error,
    whatever else is wrong with it."""
    from minigo import codegen, syntax, types
    from minigo.errors import NO_POS, CompileError

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
    if require_main and any(tree.package.name != "main" for tree in files):
        raise CompileErrors([CompileError(NO_POS, NOT_MAIN)])
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
        module = codegen.generate(package, files)
    return module if package.name == "main" else None


def build(paths: list[str], output: str, emit: str | None = None) -> None:
    """Compile the Go files `paths` (one package main) into the executable `output`
    (a package other than main is only checked and compiled, as by `go build`);
    with emit="llvm" or "asm", also write the optimised IR or assembly beside it, to
    output + .ll/.s.  Without emit the executable comes from the cache when the
    inputs and the compiler are unchanged (as for `minigo run`), and goes into it."""
    if emit is not None and emit not in EMIT_KINDS:
        raise ValueError(f"unknown emit kind {emit!r}")
    cc = c_compiler()
    sources = read_sources(paths)
    if emit is None:
        executable = _cached_executable(paths, sources, cc, for_run=False)
        if executable is not None:
            with timings.stage("copy to output"):
                place_executable(Path(executable), output, keep=True)
    else:
        _build_sources(paths, sources, output, emit, cc)
    timings.report()


@contextmanager
def _cycle_collector_paused():
    """A build makes millions of long-lived objects (syntax tree, types, IR) and almost
    no cyclic garbage, so Python's cycle collector, which runs every few hundred
    allocations and traverses them all, costs a 20,000-line program 40% of its front
    end (6.2 s CPU -> 3.9 s without it) and frees nothing; peak RSS grows by 4%
    without it.  The build's objects are then frozen (never traversed): collecting them
    at process exit cost another 1.5 s.  A later build in the same process unfreezes
    and collects them first, so they are not kept for good."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _build_sources(paths: list[str], sources: list[bytes], output: str, emit: str | None,
                   cc: list[str], for_run: bool = False) -> bool:
    """Build `output`; False when the package is not main and there is nothing to link
    (for_run: `go run`'s error instead)."""
    from minigo.link import objects

    with _cycle_collector_paused():
        ir_module = compile_to_ir(paths, sources, require_main=for_run)
        if ir_module is None:
            return False
        if emit is None:
            link_executable(lambda work: objects.write_objects(ir_module, work), output, cc)
            return True
        module = objects.optimised_module(ir_module)
        if emit == "llvm":
            Path(output + EMIT_KINDS[emit]).write_text(str(module))
        elif emit == "asm":
            Path(output + EMIT_KINDS[emit]).write_text(objects.emit_assembly(module))
        link_executable(lambda work: [objects.write_object(module, work / "prog.o")], output, cc)
        return True


def executable_for_run(paths: list[str]) -> str:
    """The path of an executable for `paths`, built into the cache unless it is there."""
    executable = _cached_executable(paths, read_sources(paths), c_compiler(), for_run=True)
    timings.report()
    return executable


def _cached_executable(paths: list[str], sources: list[bytes], cc: list[str],
                       for_run: bool) -> str | None:
    """The cached executable for the sources, built unless it is there; None for a
    package other than main when not for_run (checked and compiled, nothing to link)."""
    parts: list[bytes | str] = [cache.compiler_fingerprint(), compiler_identity(cc),
                                llvm_parts.forced_count()]
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
        if not _build_sources(paths, sources, str(temporary), None, cc, for_run=for_run):
            return None
        cache.publish(temporary, executable)
    return str(executable)
