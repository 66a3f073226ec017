# Source positions for tracebacks: DWARF line tables, through LLVM's debug metadata.
#
# Design: gc prints, for every frame of a traceback, the line being executed, and
# shows the frames of inlined calls as if they had not been inlined.  LLVM keeps
# both through -O2 when each instruction carries a DILocation: its line tables map
# every address to the innermost line, and its DW_TAG_inlined_subroutine entries say
# into which function, at which call line, each inlined body went.  So codegen asks
# for exactly that (emissionKind LineTablesOnly, DWARF 4: no types, no variables)
# and runtime/dwarf.c reads it back from the executable when a traceback is printed.
#
# Invariants: a function has a DISubprogram only if it was recorded for tracebacks
# with a position before its body was lowered (Program.record_function); wrappers and
# thunks have none, and no instruction of theirs carries a location.  In a function
# with a subprogram every instruction codegen builds carries a location (the
# function's own line until the first statement), and after the module is complete
# every call does (LLVM must know where any call it inlines was).
from __future__ import annotations

import os
from dataclasses import dataclass

import llvmlite.ir as ir

from minigo.errors import Pos

DWARF_VERSION = 4
DEBUG_INFO_VERSION = 3
MAX_COLUMN = 65535          # DILocation's limit


@dataclass
class _Subprogram:
    node: ir.DIValue
    line: int                 # of the func keyword
    path: str                 # absolute path of its file


class DebugInfo:
    def __init__(self, module: ir.Module):
        self.module = module
        self.unit = None
        self.unit_filename = ""
        self.files: dict[str, ir.DIValue] = {}
        self.subprograms: dict[ir.Function, _Subprogram] = {}
        self.file_scopes: dict[tuple, ir.DIValue] = {}
        self.locations: dict[tuple, ir.DIValue] = {}
        self.subroutine_type = None

    def subprogram(self, function: ir.Function, name: str, pos) -> None:
        """Gives `function` a DISubprogram named `name` at `pos` (a Pos with a file)."""
        if function in self.subprograms or pos is None or not pos.filename:
            return
        file = self._file(pos.filename)
        node = self.module.add_debug_info("DISubprogram", {
            "name": name, "linkageName": function.name, "file": file, "line": pos.line,
            "scopeLine": pos.line, "type": self.subroutine_type, "unit": self.unit,
            "spFlags": ir.DIToken("DISPFlagDefinition | DISPFlagOptimized"),
        }, is_distinct=True)
        function.set_metadata("dbg", node)
        self.subprograms[function] = _Subprogram(node, pos.line, os.path.abspath(pos.filename))

    def entry_location(self, function: ir.Function):
        """The location of the function's own line, or None without a subprogram."""
        found = self.subprograms.get(function)
        return None if found is None else self.location(found.node, found.line, 0)

    def location_at(self, function: ir.Function, pos):
        """The location of pos in `function`, or None without a subprogram; a position
        in another file (package initialisation spans the package's files) gets a
        lexical-block-file scope, which is how DWARF changes file inside a function."""
        found = self.subprograms.get(function)
        if found is None or pos is None or pos.line <= 0:
            return None
        scope = found.node
        path = os.path.abspath(pos.filename) if pos.filename else found.path
        if path != found.path:
            key = (function, path)
            if key not in self.file_scopes:
                self.file_scopes[key] = self.module.add_debug_info("DILexicalBlockFile", {
                    "scope": scope, "file": self._file(path), "discriminator": 0})
            scope = self.file_scopes[key]
        return self.location(scope, pos.line, pos.col)

    def location(self, scope, line: int, column: int) -> ir.DIValue:
        # LLVM holds a column in 16 bits; generated code has longer lines, and
        # tracebacks show lines only, so a longer column becomes 0 ("unknown").
        if column > MAX_COLUMN:
            column = 0
        key = (id(scope), line, column)
        found = self.locations.get(key)
        if found is None:
            found = self.module.add_debug_info(
                "DILocation", {"line": line, "column": column, "scope": scope})
            self.locations[key] = found
        return found

    def finish(self, functions: list[ir.Function]) -> None:
        """At the end of the module, for `functions` (all the code that may inline Go
        code): those without a subprogram get one at line 0 (LLVM would otherwise
        inline located code into unlocated code, which its code generator rejects),
        and every call without a location gets the caller's first line (any call may
        be inlined, even an indirect one LLVM resolves)."""
        if self.unit is None:
            return
        for function in functions:
            if function not in self.subprograms:
                self.subprogram(function, function.name, Pos(self.unit_filename, 0, 0))
        for function in functions:
            entry = self.entry_location(function)
            for block in function.blocks:
                for instruction in block.instructions:
                    if isinstance(instruction, ir.CallInstr) and "dbg" not in instruction.metadata:
                        instruction.set_metadata("dbg", entry)

    def _file(self, filename: str) -> ir.DIValue:
        path = os.path.abspath(filename)
        found = self.files.get(path)
        if found is None:
            found = self.module.add_debug_info(
                "DIFile", {"filename": path, "directory": os.path.dirname(path)})
            self.files[path] = found
            if self.unit is None:
                self.unit_filename = path
                self._start(found)
        return found

    def _start(self, file: ir.DIValue) -> None:
        self.unit = self.module.add_debug_info("DICompileUnit", {
            "language": ir.DIToken("DW_LANG_Go"), "file": file, "producer": "minigo",
            "isOptimized": True, "runtimeVersion": 0,
            "emissionKind": ir.DIToken("LineTablesOnly"),
        }, is_distinct=True)
        self.subroutine_type = self.module.add_debug_info(
            "DISubroutineType", {"types": self.module.add_metadata([])})
        self.module.add_named_metadata("llvm.dbg.cu", self.unit)
        int32 = ir.IntType(32)
        self.module.add_named_metadata("llvm.module.flags", self.module.add_metadata(
            [int32(2), "Dwarf Version", int32(DWARF_VERSION)]))
        self.module.add_named_metadata("llvm.module.flags", self.module.add_metadata(
            [int32(2), "Debug Info Version", int32(DEBUG_INFO_VERSION)]))

