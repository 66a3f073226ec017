"""Separate compilation: one object per imported package, cached by its inputs.

Design.  A build compiles each package of the program into an LLVM module of its
own (codegen.generate(..., separate=True)): the module defines the package's
functions, variables and `PATH.init` with external linkage and only names (declares)
what other packages define; main's module defines `main..init`, which calls every
package's `PATH.init` in order.  What several modules emit agrees by name: type
descriptors, itabs and map descriptors are linkonce_odr under names made from the
type (descriptors.py), so the linker keeps one; string constants, closures and
method wrappers stay private to each module; each module's function table goes into
the section minigo_functab, which the linker concatenates for the runtime
(traceback.c), and each object carries its own DWARF unit.

An imported package's object is cached under <cache>/pkg/KEY/package.o, KEY being
the digest of the compiler's fingerprint (every file of minigo and stdlib/), the C
compiler, the package's import path, file names and contents, and the keys of the
packages it imports (their export data: a changed import changes every importer's
key, since its layouts and names may differ).  So an edit of the main package
rebuilds only main's module; an edit of a package rebuilds it and its importers.

Export data: an importer is checked against its imports' types.Package, which the
checker rebuilds from the imports' cached parse trees (packages.py's parse cache)
rather than unpickling it: checking strings, strconv, unicode, utf8 and errors takes
0.25 s CPU, while the objects saved (LLVM -O2 and machine code for them) cost 2.5 s.

Figures (build times, run times) are in build.py's comment.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from minigo.link import cache, timings


def package_key(source_package, keys: dict[str, str], cc_identity: str) -> str:
    """The cache key of one imported package (see the file comment)."""
    parts: list[bytes | str] = [cache.compiler_fingerprint(), cc_identity, source_package.path]
    for name, source in zip(source_package.filenames, source_package.sources):
        parts += [os.path.basename(name), os.path.abspath(name), source]
    for imported in sorted(source_package.imports):
        parts += [imported, keys[imported]]
    return cache.digest(*parts)


def package_object(key: str, compile_module, headers: list[str]) -> tuple[Path, str]:
    """The cached object of the package with this key and its inline header;
    compile_module() makes its LLVM module when they are not cached, which is
    optimised with the headers of the packages it imports."""
    from minigo.link import objects

    entries = cache.cache_dir() / "pkg"
    path = entries / key / "package.o"
    header_path = path.with_name("inline.ll")
    if path.exists() and header_path.exists():
        with timings.stage("package cache hit"):
            os.utime(path.parent)       # in use: keep it from being pruned
            return path, header_path.read_text()
    cache.prune(entries)
    module = compile_module()
    temporary = cache.temporary_path(path)
    objects.write_object(objects.optimised_module(module, headers), temporary)
    with timings.stage("inline header"):
        header = inline_header(module)
    temporary_header = cache.temporary_path(header_path)
    temporary_header.write_text(header)
    cache.publish(temporary_header, header_path)
    cache.publish(temporary, path)
    return path, header


# ---------------------------------------------------------------- inlining across packages

# A function of at most this many instructions (codegen's, before -O2, which shrinks
# them severalfold) is given to importers; LLVM's inliner then decides.  40 left
# strings.(*Builder).WriteString (53) and WriteByte (47) as calls in string_build's
# loops; with 100 main.main makes exactly the calls the one-module build makes, for
# 0.07 s CPU more per warm build of a program importing strings, strconv and unicode
# (headers linked 0.023 s, optimised 0.020 s).
SMALL_FUNCTION = 100
LOCAL_LINKAGES = ("internal", "private")
_GLOBAL_REFERENCE = re.compile(r'@"((?:[^"\\]|\\.)*)"|@([-\w$.]+)')


def inline_header(ir_module) -> str:
    """The package's module restricted to what importers may inline, as LLVM assembly:
    its small external functions as `available_externally` copies (LLVM inlines them
    and emits no code), the constants they name (strings stay private copies,
    descriptors and itabs linkonce_odr, so addresses agree), every other function and
    variable declared.  A small function naming something an importer cannot name (a
    closure, a wrapper, a module-local variable) is not given.  Turns `ir_module`
    itself into the header: call it after the package's object was made."""
    from llvmlite import ir

    values = dict(ir_module.globals)
    given = [f for f in ir_module.functions if _is_small_external(f)]
    allowed: dict[str, bool] = {}
    given = [f for f in given if all(_can_name(n, values, allowed) for n in _references(f))]
    _settle_cycles(values, allowed)
    given = [f for f in given if all(allowed.get(n, True) for n in _references(f))]
    kept = {f.name for f in given} | {n for n, ok in allowed.items()
                                       if ok and _is_copied_constant(values.get(n))}
    for name, value in list(values.items()):
        if isinstance(value, ir.Function):
            _restrict_function(ir_module, value, kept)
        elif name.startswith("llvm.") or (name not in kept and _is_discardable(value)):
            del ir_module.globals[name]
        elif name not in kept:
            value.initializer = None
            value.linkage = ""
            value.section = ""
    for value in ir_module.globals.values():
        value._clear_string_cache()     # llvmlite caches the text of each global
    return str(ir_module)


def _is_small_external(function) -> bool:
    return (not function.is_declaration and function.linkage == ""
            and sum(len(b.instructions) for b in function.blocks) <= SMALL_FUNCTION)


def _references(value) -> set[str]:
    text = str(value)
    if hasattr(value, "blocks"):
        text = text[text.index("{"):]          # not the function's own name
    return {quoted or bare for quoted, bare in _GLOBAL_REFERENCE.findall(text)}


def _can_name(name: str, values: dict, allowed: dict[str, bool]) -> bool:
    """Whether an importer's copy of a function may name the global `name`: anything
    external, and constants it can copy (whose own references it may name)."""
    from llvmlite import ir

    if name in allowed:
        return allowed[name]
    value = values.get(name)
    if value is None:
        return True     # an intrinsic or a name inside a string: harmless
    if isinstance(value, ir.Function):
        allowed[name] = value.linkage not in LOCAL_LINKAGES
        return allowed[name]
    if value.linkage in ("", "external", "weak") and not value.global_constant:
        allowed[name] = True
        return True
    if not value.global_constant or value.initializer is None:
        allowed[name] = False
        return False
    allowed[name] = True        # recursive descriptors name themselves
    allowed[name] = all(_can_name(n, values, allowed) for n in _references(value.initializer))
    return allowed[name]


def _settle_cycles(values: dict, allowed: dict[str, bool]) -> None:
    """_can_name answers a constant in a cycle (T's descriptor names *T's, which names
    T's) before the cycle is done: one found nameable may name one that turned out
    not to be.  Withdraw those until nothing changes."""
    changed = True
    while changed:
        changed = False
        for name, ok in allowed.items():
            value = values.get(name)
            if ok and getattr(value, "initializer", None) is not None and \
                    any(allowed.get(n) is False for n in _references(value.initializer)):
                allowed[name] = False
                changed = True


def _is_copied_constant(value) -> bool:
    """A constant an importer gets a copy of (others it names, as declared)."""
    from llvmlite import ir

    return isinstance(value, ir.GlobalVariable) and value.global_constant \
        and value.initializer is not None and _is_discardable(value)


def _is_discardable(variable) -> bool:
    return variable.linkage in LOCAL_LINKAGES or variable.linkage.startswith("linkonce")


def _restrict_function(ir_module, function, kept: set[str]) -> None:
    if function.name in kept:
        function.linkage = "available_externally"
        function.section = ""
    elif function.linkage in LOCAL_LINKAGES:
        del ir_module.globals[function.name]
    elif not function.is_declaration:
        function.blocks = []
        function.linkage = ""
        function.section = ""
        function.metadata = {}
