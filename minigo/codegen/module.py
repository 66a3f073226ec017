# The driver: the checked packages of a program in, one LLVM module out.
#
# Design: Program holds what is per module: the ir.Module, the Go functions and
# globals declared so far (created on first mention, so order of declaration never
# matters), deduplicated string constants, the type descriptor table and the capture
# analysis (captures.py, run on each body before it is lowered).  A build compiles each
# package into a module of its own (separate=True; link/pkgcache.py caches imported
# packages' objects): the module defines its package's functions, variables and
# `PATH.init` with external linkage (a main package's stay internal) and declares
# those of the packages it imports, which may call recover (defer.py is told so).  Without
# separate (--emit, the tests' IR), every package of the program goes into the one
# module (imported packages first, the main package last: minigo/packages.py's order).
# Either way LLVM inlines across packages (pkgcache.inline_header).  Instances of generics
# (types/generics.py: Package.instances) are compiled by every package that makes them,
# weak_odr under one link name, so the linker keeps one; a main package's are internal,
# since no other module names them (instance_function).  generate() first has
# lowering.py fill in FunctionCompiler's dispatch (the star every codegen file stands
# on: function.py), declares every function, lowers every body, then emits
#   - for each package, `PATH.init` (gc's name, shown in tracebacks): its variables'
#     initialisers in package.var_init_order (dependency order, as the spec
#     requires), then its func init()s in source order;
#   - `main..init` (main package only), which the runtime calls, nameless in
#     tracebacks: each package's `PATH.init`, imported packages first;
#   - `PATH..functab` in the section minigo_functab (runtime.h), which the linker joins
#     with every other module's: entry address, Go name, file and line of every Go
#     function the module defines, for the runtime's tracebacks.
#
# Invariants: Go globals live in the section 'mg_globals' (the GC's roots), zero
# initialised, aligned as Go aligns them; a module-private anchor keeps that section
# present even in a program without globals.  Every function the module defines lies
# in the section 'minigo_text' (runtime_abi.GO_TEXT_SECTION), wrappers excepted (closures.py), and
# has an entry in its module's function table, nameless for code tracebacks hide (the goroutine
# trampoline, library bodies): the runtime bounds the Go code by the section and each
# function by the next entry, so no address is ever named by the wrong function, even
# where LLVM would have moved a cold function (one that always panics) to
# .text.unlikely, below the runtime's code.  Go functions are nounwind and keep
# frame pointers ("frame-pointer"="all") so tracebacks can walk rbp; all but the
# entry points the runtime calls (main.main, main..init) are internal, which lets
# LLVM inline and specialise them freely; they make no sibling calls (a traceback
# lists every caller, as gc's does).
from __future__ import annotations

import os

import llvmlite.ir as ir

from minigo.errors import Pos
from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import lowering, statements
from minigo.codegen import bodyless, closures
from minigo.codegen import defer as deferral
from minigo.codegen import safepoints
from minigo.codegen.captures import CaptureModes
from minigo.codegen.debuginfo import DebugInfo
from minigo.codegen.constants import i64
from minigo.codegen.descriptors import DescriptorTable
from minigo.codegen.function import FunctionCompiler, mark_go_function, unsupported
from minigo.codegen import runtime_abi
from minigo.codegen.runtime_abi import call_runtime

ENTRY_POINTS = ("main.main",)

FUNCTION_INFO = runtime_abi.layout("FunctionInfo")


def generate(package: ts.Package, files: list[ast.File],
             imported: list[ts.Package] = (), separate: bool = False,
             checkpoint=None) -> ir.Module:
    """Lowers a checked package, with the source packages it imports (directly or not,
    in initialisation order, each with its .files), to one LLVM module (raises
    CompileErrors for constructs not supported yet).  separate: the module holds the
    package's own code only, and names the imported packages' functions, variables
    and `PATH.init`s, which their own modules define (see the file comment).
    checkpoint(program, done, declarations), if given, is called after each of the
    `declarations` (the FuncDecls compiled, in order) is lowered, `done` of them so far:
    link/parts.py's Stream forks there a process that compiles the functions lowered so
    far while codegen goes on (Program.finish_early_part)."""
    lowering.install()
    program = Program(package, files, imported, separate)
    program.compile(checkpoint)
    return program.module


class Program:
    def __init__(self, package: ts.Package, files: list[ast.File],
                 imported: list[ts.Package] = (), separate: bool = False):
        self.package = package
        self.files = files
        self.separate = separate
        # the packages whose code this module holds, and those it only names
        compiled = [package] if separate else list(imported) + [package]
        self.packages = [(p, p.files if p is not package else files) for p in compiled]
        self.elsewhere = {id(p) for p in imported} if separate else set()
        self.imported = list(imported)
        self.module = ir.Module(name=package.path)
        self.module.triple = runtime_abi.TARGET_TRIPLE
        self.module.data_layout = runtime_abi.DATA_LAYOUT
        self.functions: dict[ts.Func, ir.Function] = {}
        self.instances_here: dict[str, ir.Function] = {}       # generics' instances by link name
        self.instances_elsewhere: dict[str, ir.Function] = {}
        self.globals: dict[ts.Var, ir.GlobalVariable] = {}
        self.strings: dict[bytes, ir.Constant] = {}
        self.descriptors = DescriptorTable(self)
        self.captures = CaptureModes()        # the capture analysis (captures.py)
        self.function_table: list[tuple[ir.Function, str, str, int]] = []
        self.debug = DebugInfo(self.module)
        self.private_count = 0

    # ------------------------------------------------------------ the run

    def compile(self, checkpoint=None) -> None:
        # a generic declaration is compiled as its instances (Package.instances)
        declarations = [d for package, files in self.packages
                        for d in [d for f in files for d in f.decls] + package.instances
                        if isinstance(d, ast.FuncDecl) and not getattr(d, "generic", False)]
        for declaration in declarations:
            function = self.function_for(declaration.name.obj)
            if self.separate and self.package.name != "main" and function.linkage != "weak_odr":
                function.linkage = ""       # importers' modules call it
        for done, declaration in enumerate(declarations, 1):
            if declaration.body is None:
                bodyless.define(self, declaration)     # checked: a stdlib function
            else:
                self.compile_function(declaration)
            if checkpoint is not None:
                checkpoint(self, done, declarations)
        self.compile_package_init()
        closures.finish_wrappers(self)
        deferral.finish(self)
        safepoints.finish(self)
        self.emit_kept_tables()
        go_text = [f for f in self.module.functions if f.section == runtime_abi.GO_TEXT_SECTION]
        self.debug.finish(go_text)

    def finish_early_part(self) -> None:
        """compile()'s finishing for the functions lowered so far, in a process that
        compiles them while codegen goes on in another (link/parts.py's Stream); the
        other process emits the tables.  A Go function not lowered yet may call recover,
        so defer.finish is told so, as for another module's."""
        for function in self.module.functions:
            if function.is_declaration and safepoints.GO_FUNCTION_MARKER in function.attributes:
                set.add(function.attributes, deferral.CALLS_RECOVER)
        closures.finish_wrappers(self)
        deferral.finish(self)
        safepoints.finish(self)
        self.debug.finish(self.text_functions())

    def compile_function(self, declaration: ast.FuncDecl) -> None:
        func: ts.Func = declaration.name.obj
        signature: ts.Signature = func.type
        function = self.function_for(func)
        self.record_function(function, func.link_name, declaration.pos)
        self.compile_body(function, signature, declaration.body)

    def compile_body(self, function: ir.Function, signature: ts.Signature, body: ast.BlockStmt,
                     bind_context=None) -> None:
        """Lowers a function body into `function`; bind_context(fc, context) receives the
        hidden first argument of a closure's code (closures.py)."""
        with self.captures.lowering(body):
            self._lower_body(function, signature, body, bind_context)

    def _lower_body(self, function: ir.Function, signature: ts.Signature, body: ast.BlockStmt,
                    bind_context) -> None:
        fc = FunctionCompiler(self, function, signature)
        parameters = list(signature.params.vars)
        if signature.recv is not None:
            parameters.insert(0, signature.recv)
        arguments = list(function.args)
        if bind_context is not None:
            bind_context(fc, arguments.pop(0))
        if lt.returns_in_memory(signature.results):
            fc.out_pointer = arguments.pop(0)
        for var, argument in zip(parameters, arguments):
            if var.name and var.name != "_":
                fc.declare(var, argument)
        results = signature.results.vars
        if results and results[0].name:
            fc.result_vars = _declare_named_results(fc, results)
        deferral.begin(fc, body)
        fc.block(body.stmts)
        deferral.end(fc)
        fc.finish()

    def compile_package_init(self) -> None:
        """`main..init` runs every package's initialisation, in order.  A separately
        compiled package other than main has only its own `PATH.init`, which the main
        package's module calls (declared there, as every imported package's)."""
        package_inits = [self.compile_one_package_init(p, files) for p, files in self.packages]
        if self.separate:
            if self.package.name != "main":
                package_inits[0].linkage = ""
                return
            package_inits[:0] = [self.imported_package_init(p) for p in self.imported]
        function = ir.Function(self.module, ir.FunctionType(lt.VOID, []),
                               self.package.link_name(".init"))
        mark_go_function(function)
        fc = FunctionCompiler(self, function, ts.Signature(ts.Tuple([]), ts.Tuple([])))
        for package_init in package_inits:
            fc.builder.call(package_init, [])
        fc.builder.ret_void()
        fc.finish()

    def compile_one_package_init(self, package: ts.Package, files: list[ast.File]) -> ir.Function:
        name = package.link_name("init")
        function = ir.Function(self.module, ir.FunctionType(lt.VOID, []), name)
        mark_go_function(function)
        function.linkage = "internal"
        function.attributes.add("noinline")    # its frame shows in tracebacks, as in gc
        first_file = files[0].filename if files else ""
        self.record_function(function, name, Pos(first_file, 1, 1))
        empty = ts.Signature(ts.Tuple([]), ts.Tuple([]))
        fc = FunctionCompiler(self, function, empty)
        for initialiser in package.var_init_order:
            if initialiser.init is not None:
                fc.at(initialiser.init.pos)
            self.initialise(fc, initialiser)
        for init in package.inits:
            fc.builder.call(self.function_for(init), [])
        fc.builder.ret_void()
        fc.finish()
        return function

    def imported_package_init(self, package: ts.Package) -> ir.Function:
        """The declaration of an imported package's `PATH.init` (its module defines it)."""
        function = ir.Function(self.module, ir.FunctionType(lt.VOID, []), package.link_name("init"))
        mark_go_function(function)
        return function

    def initialise(self, fc: FunctionCompiler, initialiser) -> None:
        if initialiser.init is None:
            return
        fc.hoist_calls([initialiser.init])
        variables = initialiser.lhs
        if len(variables) == 1:
            var = variables[0]
            if var.name == "_":
                statements.right_hand_values(fc, [initialiser.init], [None])
            else:
                statements.store_expression(fc, fc.home(var), initialiser.init, var.type, fresh=True)
            return
        targets = [None if v.name == "_" else v.type for v in variables]
        values = statements.right_hand_values(fc, [initialiser.init], targets)
        for var, v in zip(variables, values):
            if var.name != "_":
                fc.store(v, fc.home(var), var.type)

    # ------------------------------------------------------------ functions and globals

    def function_for(self, func: ts.Func) -> ir.Function:
        found = self.functions.get(func)
        if found is None and getattr(func, "instance_home", None) is not None:
            found = self.functions[func] = self.instance_function(func)
        if found is None:
            # unique_name: blank functions and methods (func _()) share the link name main._
            name = closures.unique_name(self.module, func.link_name)
            found = ir.Function(self.module, lt.function_type(func.type), name)
            mark_go_function(found)
            if self.is_elsewhere(func):
                # another module's; it may call recover (defer.finish must assume so)
                set.add(found.attributes, deferral.CALLS_RECOVER)
            elif func.link_name not in ENTRY_POINTS:
                found.linkage = "internal"
            self.functions[func] = found
        return found

    def instance_function(self, func: ts.Func) -> ir.Function:
        """The function of an instance of a generic (types/generics.py).  Each package
        that instantiates a generic compiles its own instances, all weak_odr under the
        same name (the linker keeps one); an instance made by an imported package (a
        method of the instantiated type its API returns) is the same function when this
        module compiles one of that name, else a declaration of the other module's."""
        compiled_here = id(func.instance_home) not in self.elsewhere
        here = self.instances_here.get(func.link_name)
        elsewhere = self.instances_elsewhere.get(func.link_name)
        if not compiled_here:
            if here is not None or elsewhere is not None:
                return here or elsewhere
            function = ir.Function(self.module, lt.function_type(func.type), func.link_name)
            mark_go_function(function)
            set.add(function.attributes, deferral.CALLS_RECOVER)     # another module's
            self.instances_elsewhere[func.link_name] = function
            return function
        if here is None and elsewhere is not None:
            function = elsewhere          # declared first for an import's use: defined here
        else:
            # two instances of one name compiled here (local type arguments of the same
            # name, or one module for the whole program): kept apart
            function = ir.Function(self.module, lt.function_type(func.type),
                                   closures.unique_name(self.module, func.link_name))
            mark_go_function(function)
        # no other module names an instance a main package (or a whole-program module)
        # makes: internal lets LLVM specialise it as any function of the package
        private = not self.separate or self.package.name == "main"
        function.linkage = "internal" if private else "weak_odr"
        self.instances_here.setdefault(func.link_name, function)
        return function

    def global_for(self, var: ts.Var) -> ir.GlobalVariable:
        found = self.globals.get(var)
        if found is None:
            name = var.link_name or f"{self.package.path}.{var.name}"
            found = ir.GlobalVariable(self.module, lt.memory_type(var.type), name)
            found.align = max(lt.align_of(var.type), 1)
            self.globals[var] = found
            if self.is_elsewhere(var):
                return found                    # defined by its own package's module
            found.initializer = ir.Constant(lt.memory_type(var.type), None)
            found.section = runtime_abi.GLOBALS_SECTION
            if not self.separate or self.package.name == "main":
                found.linkage = "internal"
        return found

    def is_elsewhere(self, obj: ts.Object) -> bool:
        """Whether obj (a function or variable) belongs to a package another module
        compiles."""
        return obj.pkg is not None and id(obj.pkg) in self.elsewhere

    def record_function(self, function: ir.Function, name: str, pos) -> None:
        """Lists a Go function for tracebacks; recorded before its body is lowered, it
        also gets source positions (debuginfo.py)."""
        filename = os.path.abspath(pos.filename) if pos is not None and pos.filename else ""
        line = pos.line if pos is not None else 0
        name = traceback_name(name)
        self.function_table.append((function, name, filename, line))
        if function.section != runtime_abi.WRAPPER_SECTION:
            self.debug.subprogram(function, name, pos)

    # ------------------------------------------------------------ constants

    def string_constant(self, data: bytes) -> ir.Constant:
        """A Go string constant {i8*, i64}; "" is {null, 0}."""
        found = self.strings.get(data)
        if found is not None:
            return found
        if not data:
            found = ir.Constant(lt.STRING, [ir.Constant(lt.POINTER, None), i64(0)])
        else:
            array_type = ir.ArrayType(lt.I8, len(data))
            cell = self.constant_global(array_type, ir.Constant(array_type, bytearray(data)), "str")
            cell.unnamed_addr = True
            found = ir.Constant(lt.STRING, [cell.bitcast(lt.POINTER), i64(len(data))])
        self.strings[data] = found
        return found

    def string_words(self, data: bytes) -> tuple[ir.Constant, ir.Constant]:
        """(pointer, length) constants of a string constant, for runtime arguments."""
        words = self.string_constant(data).constant
        return words[0], words[1]

    def constant_global(self, llvm_type: ir.Type, value: ir.Constant, hint: str) -> ir.GlobalVariable:
        self.private_count += 1
        cell = ir.GlobalVariable(self.module, llvm_type, f".{hint}.{self.private_count}")
        cell.linkage = "private"
        cell.global_constant = True
        cell.initializer = value
        return cell

    # ------------------------------------------------------------ tables

    def emit_kept_tables(self) -> None:
        """The globals anchor, the function table and the type links, which no code
        names: kept by llvm.compiler.used."""
        kept = [self.emit_globals_anchor(), self.emit_function_table(), self.descriptors.emit_type_links()]
        used_type = ir.ArrayType(lt.POINTER, len(kept))
        used = ir.GlobalVariable(self.module, used_type, "llvm.compiler.used")
        used.linkage = "appending"
        used.section = "llvm.metadata"
        used.initializer = ir.Constant(used_type, [g.bitcast(lt.POINTER) for g in kept])

    def emit_globals_anchor(self) -> ir.GlobalVariable:
        anchor = ir.GlobalVariable(self.module, lt.I64, f"{self.package.path}..globals_anchor")
        anchor.initializer = i64(0)
        anchor.section = runtime_abi.GLOBALS_SECTION
        anchor.align = 8
        anchor.linkage = "internal"
        return anchor

    def text_functions(self) -> list[ir.Function]:
        """The functions defined so far, wrappers excepted, put in GO_TEXT_SECTION."""
        functions = [f for f in self.module.functions
                     if not f.is_declaration and f.section != runtime_abi.WRAPPER_SECTION]
        for function in functions:
            function.section = runtime_abi.GO_TEXT_SECTION
        return functions

    def emit_function_table(self) -> ir.GlobalVariable:
        """The table of every function in runtime_abi.GO_TEXT_SECTION (see the file comment)."""
        named = {entry[0]: entry for entry in self.function_table}
        entries = []
        for function in self.text_functions():
            _, name, filename, line = named.get(function, (function, "", "", 0))
            entries.append(ir.Constant(FUNCTION_INFO, [
                function.bitcast(lt.POINTER),
                self.string_constant(name.encode()),
                self.string_constant(filename.encode()),
                i64(line),
            ]))
        table_type = ir.ArrayType(FUNCTION_INFO, len(entries))
        table = ir.GlobalVariable(self.module, table_type, f"{self.package.path}..functab")
        table.global_constant = True
        table.initializer = ir.Constant(table_type, entries)
        table.align = 8
        table.section = runtime_abi.FUNCTION_TABLE_SECTION
        table.linkage = "internal"
        return table


def _declare_named_results(fc: FunctionCompiler, results: list[ts.Var]) -> list[ts.Var]:
    """Named results, each with a home (a blank `_` result gets an anonymous one)."""
    homes = []
    for var in results:
        if var.name == "_":
            var = ts.Var("_result", var.type)
        fc.declare(var)
        homes.append(var)
    return homes


def traceback_name(link_name: str) -> str:
    """A function's name as gc's tracebacks print it: an instance of a generic
    function or method shows its type arguments as `[...]` (main.(*List[...]).Push)."""
    if "[" not in link_name:
        return link_name
    out = []
    depth = 0
    for char in link_name:
        if char == "[":
            if depth == 0:
                out.append("[...]")
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)
