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

Measured (MINIGO_TIMINGS=1, CPU seconds, a program importing strings, strconv and
unicode, main edited between builds so the executable cache misses): see
separate_compilation in the project notes; figures are in build.py's comment.
"""
from __future__ import annotations

import os
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


def package_object(key: str, compile_module) -> Path:
    """The cached object of the package with this key; compile_module() makes its
    LLVM module when it is not cached."""
    from minigo.link import objects

    entries = cache.cache_dir() / "pkg"
    path = entries / key / "package.o"
    if path.exists():
        with timings.stage("package cache hit"):
            os.utime(path.parent)       # in use: keep it from being pruned
        return path
    cache.prune(entries)
    module = compile_module()
    temporary = cache.temporary_path(path)
    objects.write_object(objects.optimised_module(module), temporary)
    cache.publish(temporary, path)
    return path
