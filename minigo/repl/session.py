"""One REPL session's compiler side: each input to a Go source file, checked, and
lowered to a shared object the session host loads (see the package comment).

The session is kept as definitions (its functions, methods, types, constants,
variables and imports), each with the number of the input that made it.  An input
is compiled as one Go file of package main holding
  - the imports, and `_replfmt "fmt"` (results are printed with it);
  - every earlier definition, *carried*: constants by their value (`const K T = V`,
    so a group's member or a constant built on an old version stands alone), types as
    written, functions and methods as their signature with a dummy body, variables as
    `var x T`;
  - the input: its declarations as written, or its statements as the body of
    `func main()`, the function the host runs (so tracebacks name it main.main).  Variables the statements declare at
    their top level become package variables (x := e is compiled as x = e), so later
    inputs see them.
It is checked twice: a probe with the statements as written (for the types of the
variables they declare and of an expression to print), then the final file (only
once when they are the same: no variable declared, nothing printed).  Unused
variables and imports are not errors at the prompt: those errors are dropped.

Symbols: codegen names the session's objects main.NAME; before optimisation every
such name is versioned with the input that defined it (main.f$3, main.(*T$2).M$4,
type:[]main.T$2), so a redefinition is a new symbol and the objects loaded before it
keep theirs; carried functions lose their dummy bodies (declarations) and carried
variables their storage, so they bind to the earlier object's symbols, which the
host loaded RTLD_GLOBAL.  Type descriptors stay linkonce: the first loaded wins.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from minigo.errors import CompileError, CompileErrors, NO_POS, Pos

FMT_ALIAS = "_replfmt"
OS_ALIAS = "_replos"             # :write's program, for the panics inputs met
PANICKED_HANDLER = "_replpanicked"
ENTRY_IF_MAIN_TAKEN = "_replmain"
GROUP_PREFIX = "_replgroup_"     # a grouped var's local name (_lower_var_group)
OLD_PREFIX = "_replold_"         # a retyped variable's old object (_retyped_variables)
DUMMY_BODY = " { panic(0) }"     # a carried function's body
SUPPRESSED_ERRORS = ("declared but not used", "imported and not used",
                     "function main is undeclared")
# an expression standing alone is printed (the final file uses it), not an error
PROBE_SUPPRESSED = (") is not used",)
# how an input that may be declarations starts (comments aside)
DECLARATION_START = re.compile(r"(\s|//[^\n]*\n|/\*.*?\*/)*(func|type|import|const|var)\b", re.S)
# calls whose results the REPL does not print (fmt.Println's byte count and error)
QUIET_CALLS = re.compile(r"^fmt\.(Print|Println|Printf|Fprint|Fprintln|Fprintf)$")


@dataclass
class Definition:
    """One name of the session: kind is func, method, type, const, var or import."""
    kind: str
    name: str           # a method's is "T.M"
    text: str           # what later inputs carry (see the file comment)
    version: int
    source: str         # the source as typed (for :print)
    type_text: str = ""  # a variable's type
    # the session's names source uses, declares included: (offset, length, name,
    # version of it then); :write renames the versions a later input replaced
    refs: list = field(default_factory=list)
    value_text: str = ""  # a constant's declaration by its value (_constant_declaration)


@dataclass
class Compiled:
    """An input ready to run: its number, entry symbol, LLVM module text and what it
    defines (applied to the session only once it ran)."""
    number: int
    module: object                  # llvmlite.ir.Module, versioned (see the file comment)
    entry: str
    packages: list                  # SourcePackages it imports, dependencies first
    definitions: list[Definition]
    imports: dict[str, str]
    replaced: list[str] = field(default_factory=list)
    ir_text: str = ""
    body: str = ""                  # statements as compiled (x = e for x := e), for :write
    body_refs: list = field(default_factory=list)   # as Definition.refs, in body
    status: str = "D"               # how it ran (host.run): D, P, I or B


class InputError(Exception):
    """An input that cannot be compiled: the message is printed as is."""


class Session:
    def __init__(self, folder):
        self.folder = folder                      # where each input's file is written
        self.probe_was_exact = False              # the last probe check needs no final one
        self.definitions: dict[str, Definition] = {}
        self.imports: dict[str, str] = {}         # local name -> import path
        self.checked: dict = {}                   # import path -> checked types.Package
        self.count = 0

    # ------------------------------------------------------------ classifying

    def compile(self, text: str) -> Compiled:
        """The input compiled (raises CompileErrors with positions inside the input,
        or InputError)."""
        self.count += 1
        number = self.count
        declarations = None
        if DECLARATION_START.match(text):     # else it cannot parse as declarations
            declarations = self._parse_declarations(text)
        if declarations is not None and not _declares_variables(declarations):
            try:
                return self._compile_declarations(number, text, declarations)
            except CompileErrors as errors:
                retry = self._old_constants_used(errors, text, declarations)
                if retry is None:
                    raise
                text, names = retry
                return self._compile_declarations(number, text, self._parse_declarations(text),
                                                  old_constants=names)
        return self._compile_statements(number, text)

    def _old_constants_used(self, errors, text: str, tree):
        """`const K = K + 1` redefining the session's K: Go would see an initialization
        loop; at the prompt K on the right is the old K, as with `x := x + 1`.  The
        input's text with those uses spelled OLD_PREFIX + K, and the names; None if
        the errors are not such loops."""
        from minigo.syntax import ast

        looping = {match.group(1) for e in errors.errors
                   for match in [re.match(r"initialization (?:loop|cycle) for (\w+)", e.message)]
                   if match}
        looping = {name for name in looping if name in self.definitions
                   and self.definitions[name].kind == "const"
                   and self.definitions[name].value_text != ""}
        if not looping:
            return None
        whole = "package main\n" + text + "\n"
        offsets = _line_offsets(whole)
        uses = []
        for decl in tree.decls:
            for spec in getattr(decl, "specs", None) or []:
                if getattr(decl, "tok", None) != "const" or not spec.values:
                    continue
                ast.walk(spec.values, lambda node: uses.append(_offset(offsets, node.pos))
                         if isinstance(node, ast.Ident) and node.name in looping else None)
        for position in sorted(uses, reverse=True):
            whole = whole[:position] + OLD_PREFIX + whole[position:]
        return whole[len("package main\n"):-1], looping

    def _parse_declarations(self, text: str):
        from minigo import syntax
        tree, errors = syntax.parse_file_with_errors("input.go", "package main\n" + text + "\n")
        if tree is None or errors or not tree.decls:
            return None
        return tree

    # ------------------------------------------------------------ the file

    def _file(self, text: str, is_body: bool, declarations: str = "",
              skip: set[str] = frozenset()) -> tuple[str, int]:
        """The Go file of an input and how far its first line is shifted right.  The
        input starts on line 1, after the package clause, the imports and (for
        statements) `func main() {`, so positions inside it (errors, tracebacks)
        are its own lines; the earlier definitions and `declarations` follow it."""
        imports = {FMT_ALIAS: "fmt", **self.imports}
        header = "package main; import (" + "; ".join(
            f'{name} "{path}"' for name, path in imports.items()) + "); "
        if is_body:
            header += f"func {self.entry_name()}() {{ "
        lines = [header + text]
        if is_body:
            lines.append("}")
        carried = []
        for definition in self.definitions.values():
            if definition.kind != "import" and definition.name not in skip \
                    and definition.text not in carried:
                carried.append(definition.text)
        lines += carried
        lines.append(declarations)
        return "\n".join(lines) + "\n", len(header)

    def entry_name(self) -> str:
        """The function an input's statements are the body of: main (tracebacks then
        name it main.main, as a program's), unless the session has its own main."""
        return ENTRY_IF_MAIN_TAKEN if "main" in self.definitions else "main"

    def _check(self, source: str, shift: int, probe: bool = False):
        """(checked main package, its ast.File, imported SourcePackages) of one
        session file; errors re-positioned inside the input."""
        from minigo import packages
        from minigo.build import _check
        from minigo.types.checker import Checker
        from minigo.types import typesystem

        path = os.path.join(self.folder, f"input{self.count}.go")
        with open(path, "w") as file:
            file.write(source)
        try:
            program = packages.load_files([path], [source.encode()])
        except CompileErrors as errors:         # an import that cannot be found
            raise _moved(errors.errors, shift) from None
        imported = program.packages[:-1]
        for package in imported:
            if package.path not in self.checked:
                self.checked[package.path] = _check(package, self.checked, is_main=False)
        main = program.main
        main.parse(cached=False)
        if main.parse_errors or not main.parsed_all:
            raise _moved(main.parse_errors, shift)
        checker = Checker(main.trees, "main", {p.path: self.checked[p.path] for p in imported})
        typesystem.messages_package = checker.pkg
        try:
            package = checker.check()
        finally:
            typesystem.messages_package = None
        suppressed = SUPPRESSED_ERRORS + (PROBE_SUPPRESSED if probe else ())
        errors = [e for e in checker.errors
                  if not any(phrase in e.message for phrase in suppressed)]
        self.probe_was_exact = len(errors) == len([
            e for e in checker.errors if not any(p in e.message for p in SUPPRESSED_ERRORS)])
        if errors:
            raise _moved(errors, shift)
        return package, main.trees[0], imported

    # ------------------------------------------------------------ declarations

    def _compile_declarations(self, number: int, text: str, tree,
                              old_constants: set[str] = frozenset()) -> Compiled:
        from minigo.syntax import ast

        whole = "package main\n" + text + "\n"
        offsets = _line_offsets(whole)
        made: list[Definition] = []
        imports: dict[str, str] = {}
        spans = _decl_spans(tree, offsets, len(whole))
        made_spans: list[tuple[int, int]] = []       # each definition's decl
        previous = None
        for decl, (start, end) in zip(tree.decls, spans):
            made_spans += [previous] * (len(made) - len(made_spans))
            previous = (start, end)
            written = whole[start:end].strip()
            if isinstance(decl, ast.FuncDecl):
                signature = whole[start:_offset(offsets, decl.body.pos)].strip() \
                    if decl.body is not None else written
                # a generic function is instantiated by the inputs that use it: they
                # carry its body, not a dummy (their instances are their own symbols)
                dummy = written if _is_generic(decl) else signature + DUMMY_BODY
                if decl.recv is not None:
                    made.append(Definition("method", _receiver_base(decl) + "." + decl.name.name,
                                           dummy, number, written))
                else:
                    made.append(Definition("func", decl.name.name, dummy, number, written))
            elif decl.tok == "import":
                for spec in decl.specs:
                    path = _unquote(spec.path.literal)
                    name = spec.name.name if spec.name is not None else path.rsplit("/", 1)[-1]
                    imports[name] = path
                    made.append(Definition("import", name, "", number, f'import "{path}"'
                                           if spec.name is None else f'import {name} "{path}"'))
            else:
                for spec in decl.specs:
                    for name in _spec_names(spec):
                        made.append(Definition(decl.tok, name, written, number, written))
        made_spans += [previous] * (len(made) - len(made_spans))
        new_names = {d.name for d in made if d.kind != "import"} | set(self.dropped_by(made))
        saved = dict(self.imports)
        self.imports.update(imports)
        try:
            source, shift = self._file(_blank_imports(tree, whole, spans)[len("package main\n"):],
                                       False, "\n".join(map(self._old_declaration, old_constants)),
                                       skip=new_names)
            package, file, imported = self._check(source, shift)
            module = self._generate(package, file, imported, number, made)
        finally:
            self.imports = saved
        for definition in made:
            if definition.kind == "const":
                definition.value_text = _constant_declaration(
                    definition.name, package.scope.lookup_local(definition.name))
                if definition.value_text:   # carried alone, by value: a group's other
                    definition.text = definition.value_text   # names and old names stay out
        # the references, by offset in whole (the input follows the header's shift)
        refs = self._references(file.decls, package, source, shift, made,
                                len("package main\n"), len(whole) - len("package main\n"),
                                {OLD_PREFIX + name: self.definitions[name].version
                                 for name in old_constants})
        for (start, end), definition in zip(made_spans, made):
            lead = len(whole[start:end]) - len(whole[start:end].lstrip())
            definition.refs = [(offset - start - lead, length, name, version)
                               for offset, length, name, version in refs
                               if start <= offset < end]
        return Compiled(number, module, "", imported, made, imports,
                        replaced=[d.name for d in made if d.name in self.definitions
                                  and d.kind != "import"])

    # ------------------------------------------------------------ statements

    def _compile_statements(self, number: int, text: str) -> Compiled:
        from minigo.syntax import ast
        from minigo.types import typesystem as ts

        source, shift = self._file(text, True)
        package, file, imported = self._check(source, shift, probe=True)
        entry = _entry_decl(file, self.entry_name())
        statements = [s for s in entry.body.stmts if not isinstance(s, ast.EmptyStmt)]
        offsets = _line_offsets(source)
        ends = [_offset(offsets, s.pos) for s in statements[1:]] + \
               [_offset(offsets, entry.body.rbrace)]
        body_start = shift
        pieces: list[str] = []
        cursor = body_start
        new_vars: dict[str, str] = {}
        printed: list[tuple[str, object]] = []
        retyped = self._retyped_variables(statements, package)
        for statement, end in zip(statements, ends):
            start = _offset(offsets, statement.pos)
            pieces.append(source[cursor:start])
            cursor = end
            renamed = {id(package.scope.lookup_local(name)): OLD_PREFIX for name in retyped}
            renamed.update({id(ident.obj): GROUP_PREFIX for ident in _group_idents(statement)})
            written = _prefixed(statement, source[start:end], start, offsets, renamed)
            replacement = self._lower_statement(statement, written, offsets, source, new_vars,
                                                printed, len(statements) == 1)
            pieces.append(replacement if replacement is not None else written)
        pieces.append(source[cursor:_offset(offsets, entry.body.rbrace)])
        body = "".join(pieces)
        definitions = []
        declarations = [self._old_declaration(name) for name in retyped]
        for name, type_text in new_vars.items():
            old = self.definitions.get(name)
            version = number
            if old is not None and old.kind == "var" and old.type_text == type_text:
                version = old.version       # same name, same type: the same variable
            definition = Definition("var", name, f"var {name} {type_text}", version,
                                    f"var {name} {type_text}", type_text)
            definitions.append(definition)
            if version == number:
                declarations.append(definition.text)
        skip = {d.name for d in definitions if d.version == number}
        final = source
        if body != source[shift:_offset(offsets, entry.body.rbrace)] or declarations \
                or not self.probe_was_exact:
            final, shift = self._file(body, True, "\n".join(declarations), skip=skip)
            package, file, imported = self._check(final, shift)
        # else the probe is the final file: its check stands
        aliases = {OLD_PREFIX + name: self.definitions[name].version for name in retyped}
        module = self._generate(package, file, imported, number, definitions, entry=True,
                                aliases=aliases)
        body_refs = self._references([_entry_decl(file, self.entry_name())], package, final,
                                     shift, definitions, 0, len(body), aliases)
        for definition in definitions:
            definition.refs = [(4, len(definition.name), definition.name, definition.version)] \
                + self._type_text_refs(definition.type_text, 5 + len(definition.name))
        replaced = [d.name for d in definitions if d.version == number and d.name in self.definitions]
        return Compiled(number, module, f"main.{self.entry_name()}${number}", imported,
                        definitions, {},
                        replaced=replaced, body=body, body_refs=body_refs)

    def _references(self, nodes, package, source: str, shift: int, made: list[Definition],
                    base: int, length: int, aliases: dict[str, int] | None = None) -> list:
        """The identifiers in nodes inside the input's text (which starts at `shift`
        of source and is `length` long) that name the session's package-level
        objects: (offset + base, length, name, version it named then)."""
        from minigo.syntax import ast

        versions = {name: d.version for name, d in self.definitions.items() if d.kind != "import"}
        versions.update({d.name: d.version for d in made if d.kind != "import"})
        named = {alias: (alias[len(OLD_PREFIX):], version)
                 for alias, version in (aliases or {}).items()}
        offsets = _line_offsets(source)
        found = {}

        def add(node, key: str, version: int):
            offset = _offset(offsets, node.pos) - shift
            if 0 <= offset < length:
                found[offset] = (offset + base, len(node.name), key, version)

        def visit(node):
            if isinstance(node, ast.FuncDecl) and node.recv is not None:
                key = _receiver_base(node) + "." + node.name.name
                if key in versions:
                    add(node.name, key, versions[key])
                return
            if not isinstance(node, ast.Ident) or node.obj is None:
                return
            key = _method_key(node.obj)
            if key is not None:
                if key in versions:
                    add(node, key, versions[key])
                return
            name = node.name
            if name in named:
                real, version = named[name]
            elif name in versions:
                real, version = name, versions[name]
            else:
                return
            if package.scope.lookup_local(name) is node.obj:
                add(node, real, version)
        ast.walk(nodes, visit)
        return list(found.values())

    def _type_text_refs(self, type_text: str, base: int) -> list:
        """refs (see _references) of the session's types named in a variable's type
        as _type_text spells it (package members, after a dot, are not the session's)."""
        return [(base + match.start(), len(match.group()), match.group(),
                 self.definitions[match.group()].version)
                for match in re.finditer(r"(?<![.\w])[A-Za-z_]\w*", type_text)
                if match.group() in self.definitions
                and self.definitions[match.group()].kind == "type"]

    def _retyped_variables(self, statements, package) -> set[str]:
        """The session's names this input declares again as variables at its top
        level, where the old object is not the new variable: a variable of another
        type, a constant or a function.  The old one stays reachable, as OLD_PREFIX +
        name, for the uses of it in this input (`x := len(x)` reads the old x, as
        Go's shadowing would; `f := f()` calls the old function)."""
        from minigo.syntax import ast

        retyped = set()
        for statement in statements:
            idents = []
            if isinstance(statement, ast.AssignStmt) and statement.tok == ":=":
                idents = [t for t in statement.lhs if isinstance(t, ast.Ident)]
            elif isinstance(statement, ast.DeclStmt) and statement.decl.tok == "var":
                idents = [n for spec in statement.decl.specs for n in spec.names]
            for ident in idents:
                old = self.definitions.get(ident.name)
                if old is None or ident.obj is None \
                        or package.scope.lookup_local(ident.name) is None:
                    continue
                if (old.kind == "var" and old.type_text != _type_text(ident.obj.type)) \
                        or (old.kind == "const" and old.value_text != "")\
                        or (old.kind == "func" and old.text.endswith(DUMMY_BODY)):
                    retyped.add(ident.name)
        return retyped

    def _old_declaration(self, name: str) -> str:
        """The declaration of OLD_PREFIX + name, the session's old `name` that an input
        replaces by a variable: a variable of its type or a function of its
        signature (both bound to the old symbol: _generate's aliases), or the
        constant as it was declared."""
        old = self.definitions[name]
        if old.kind == "var":
            return f"var {OLD_PREFIX}{name} {old.type_text}"
        if old.kind == "func":
            return re.sub(rf"^func\s+{name}\b", f"func {OLD_PREFIX}{name}", old.text)
        return re.sub(rf"^const\s+{name}\b", f"const {OLD_PREFIX}{name}", old.value_text)

    def _lower_statement(self, statement, written: str, offsets, source: str,
                         new_vars: dict, printed: list, alone: bool) -> str | None:
        """The text an input's top-level statement becomes in the final file (None:
        unchanged): see the file comment."""
        from minigo.syntax import ast
        from minigo.types import typesystem as ts

        if isinstance(statement, ast.AssignStmt) and statement.tok == ":=":
            for target in statement.lhs:
                if isinstance(target, ast.Ident) and target.name != "_":
                    new_vars[target.name] = _type_text(target.obj.type)
            operator = _offset(offsets, statement.tok_pos) - _offset(offsets, statement.pos)
            return written[:operator] + "=" + written[operator + 2:]
        if isinstance(statement, ast.DeclStmt) and statement.decl.tok == "var":
            if statement.decl.grouped or len(statement.decl.specs) != 1:
                return self._lower_var_group(statement, written, offsets, new_vars)
            spec = statement.decl.specs[0]
            names = [n.name for n in spec.names]
            for ident in spec.names:
                if ident.name != "_":
                    new_vars[ident.name] = _type_text(ident.obj.type)
            if spec.values:
                start = _offset(offsets, spec.values[0].pos) - _offset(offsets, statement.pos)
                return ", ".join(names) + " = " + written[start:]
            return "; ".join(f"{n} = *new({new_vars[n]})" for n in names if n != "_") + "\n"
        if alone and isinstance(statement, ast.ExprStmt):
            return self._printing(statement, written)
        return None

    def _lower_var_group(self, statement, written: str, offsets, new_vars: dict) -> str:
        """var ( a = 1; b = a + 1 ) at the top level: declared as written but with
        local names (GROUP_PREFIX + name, uses inside the group too: the caller
        renamed them in written), then assigned to the session's variables."""
        idents = _group_idents(statement)
        for ident in idents:
            new_vars[ident.name] = _type_text(ident.obj.type)
        if not idents:
            return written
        return (written.rstrip() + "; " + ", ".join(i.name for i in idents) + " = "
                + ", ".join(GROUP_PREFIX + i.name for i in idents) + "\n")

    def _printing(self, statement, written: str) -> str | None:
        """An expression statement that prints its value(s) and type(s)."""
        from minigo.syntax import ast
        from minigo.types import typesystem as ts

        expression = statement.x
        if isinstance(expression, ast.CallExpr) and _is_quiet_call(expression.fun):
            return None
        results = expression.type
        if expression.mode in ("novalue", "type", "builtin", "package") or results is None:
            return None
        types = [v.type for v in results.vars] if isinstance(results, ts.Tuple) else [results]
        if not types:
            return None
        names = [f"_replv{i}" for i in range(len(types))]
        text = written.rstrip().rstrip(";")
        lines = [", ".join(names) + " := " + text]
        for name, result in zip(names, types):
            verb = _verb(result)
            lines.append(f'{FMT_ALIAS}.Printf("{verb} // %T\\n", {name}, {name})')
        return "; ".join(lines) + "\n"

    # ------------------------------------------------------------ codegen

    def _generate(self, package, file, imported, number: int, made: list[Definition],
                  entry: bool = False, aliases: dict[str, int] | None = None):
        from minigo import codegen
        dropped = set(self.dropped_by(made))
        versions = {name: d.version for name, d in self.definitions.items()
                    if d.kind != "import" and name not in dropped}
        if entry:
            versions[self.entry_name()] = number   # main.main$N: never the host's main.main
        for definition in made:
            if definition.kind != "import":
                versions[definition.name] = definition.version
        versions.update(aliases or {})
        module = codegen.generate(package, [file], [self.checked[p.path] for p in imported],
                                  separate=True)
        version_symbols(module, versions, number)
        return module

    def commit(self, compiled: Compiled) -> list[str]:
        """The input ran (or panicked after its definitions were made): its names join
        the session.  Returns the names dropped (see dropped_by)."""
        dropped = self.dropped_by(compiled.definitions)
        for definition in compiled.definitions:
            self.definitions.pop(definition.name, None)
            self.definitions[definition.name] = definition
        for name in dropped:
            self.definitions.pop(name, None)
        self.imports.update(compiled.imports)
        return dropped

    def program(self, inputs: list[Compiled], unused: set[str] = frozenset()) -> str:
        """The session as one Go program (:print, :write) that prints what the session
        printed: the imports; every definition of the session in the order made, an
        earlier version of a redefined name (a method's too) under NAME_vN (N: the
        input that made it), so that what ran before the redefinition keeps using it
        (but a call through an interface reaches the last version of a method, and
        %T of an earlier version of a type prints its new name); then main, running
        each input's statements in order, each as a func literal called at once (its
        defers and returns end the input, as at the prompt; its variables are package
        variables; expressions print as at the prompt).  An input that panicked runs
        with a deferred recover that prints "panic: VALUE" on stderr and goes on, as
        the session did; an interrupted one is left out, as a comment."""
        final = {name: d.version for name, d in self.definitions.items() if d.kind != "import"}

        def render(text: str, refs: list) -> str:
            for offset, length, key, version in sorted(refs, reverse=True):
                if final.get(key) != version:       # a method's key is T.M
                    name = key.rsplit(".", 1)[-1]
                    text = text[:offset] + f"{name}_v{version}" + text[offset + length:]
            return text

        panicked = any(c.status == "P" and c.body.strip() for c in inputs)
        imports = {FMT_ALIAS: "fmt", **self.imports}
        if panicked:
            imports[OS_ALIAS] = "os"
        lines = ["package main", "", "import ("]
        lines += [f'\t{name} "{path}"' if name != path.rsplit("/", 1)[-1] else f'\t"{path}"'
                  for name, path in imports.items() if name not in unused]
        lines += [")", ""]
        written: dict = {}                  # key -> text, in the order first made
        for compiled in inputs:
            for definition in compiled.definitions:
                if definition.kind == "import":
                    continue
                written[(definition.kind, definition.name, definition.version)] = \
                    render(definition.source, definition.refs)
        texts: list[str] = []
        for text in written.values():
            if text not in texts:
                texts.append(text)
        lines += [text + "\n" for text in texts]
        if panicked:
            lines += [f"// {PANICKED_HANDLER} shows the panic an input met in the session, "
                      "where it ended that input only.",
                      f"func {PANICKED_HANDLER}() {{",
                      "\tif r := recover(); r != nil {",
                      f'\t\t{FMT_ALIAS}.Fprintln({OS_ALIAS}.Stderr, "panic:", r)',
                      "\t}", "}", ""]
        lines.append("func main() {")
        for compiled in inputs:
            if not compiled.body.strip():
                continue
            body = render(compiled.body, compiled.body_refs).strip("\n").split("\n")
            if compiled.status in ("I", "B"):
                lines += [f"\t// input {compiled.number} was interrupted in the session:"]
                lines += ["\t// " + line for line in body]
                continue
            lines.append("\tfunc() {")
            if compiled.status == "P":
                lines.append(f"\t\tdefer {PANICKED_HANDLER}()  // it panicked in the session")
            lines += ["\t\t" + line if line else line for line in body] + ["\t}()"]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def unused_imports(self, program: str) -> set[str]:
        """The local names of the imports `program` does not use (Go rejects them)."""
        from minigo.types.checker import Checker
        from minigo import packages

        path = os.path.join(self.folder, "program.go")
        loaded = packages.load_files([path], [program.encode()])
        main = loaded.main
        main.parse(cached=False)
        if main.parse_errors or not main.parsed_all:
            return set()
        checker = Checker(main.trees, "main", {p.path: self.checked[p.path]
                                               for p in loaded.packages[:-1] if p.path in self.checked})
        checker.check()
        unused = set()
        for error in checker.errors:
            match = re.match(r'imported and not used: "([^"]+)"(?: as (\w+))?', error.message)
            if match:
                unused.add(match.group(2) or match.group(1).rsplit("/", 1)[-1])
        return unused

    def type_of(self, expression: str) -> str:
        """:type: the type of an expression, checked, not run."""
        from minigo.syntax import ast
        from minigo.types import typesystem as ts

        source, shift = self._file("_ = " + expression, True)
        package, file, imported = self._check(source, shift, probe=True)
        statement = _entry_decl(file, self.entry_name()).body.stmts[0]
        value = statement.rhs[0] if isinstance(statement, ast.AssignStmt) else None
        if value is None or value.type is None:
            raise InputError(f"{expression} is not an expression")
        return ts.type_string(ts.default_type(value.type), qualify=False)

    def dropped_by(self, made: list[Definition]) -> list[str]:
        """The earlier definitions that new definitions `made` end: those that use a
        type `made` redefines, and its methods (their layout or methods would no
        longer match what the earlier code made), transitively."""
        names = {d.name for d in made}
        redefined_types = [d.name for d in made if d.name in self.definitions
                           and "type" in (d.kind, self.definitions[d.name].kind)]
        dropped: list[str] = []
        while redefined_types:
            name = redefined_types.pop()
            uses = re.compile(rf"\b{re.escape(name)}\b")
            for key, definition in self.definitions.items():
                if key in names or key in dropped or definition.kind == "import":
                    continue
                if (definition.kind == "method" and key.split(".")[0] == name) \
                        or uses.search(definition.text):
                    dropped.append(key)
                    if definition.kind == "type":
                        redefined_types.append(key)
        return dropped


# ---------------------------------------------------------------- symbols

_SYMBOL = re.compile(r'([@$])("(?:[^"\\]|\\.)*"|[-\w$.]+)')
_SESSION_NAME = re.compile(r'(?<![\w/.])main\.(\(\*)?(\w+)(\))?(?:\.(\w+))?')


def version_symbols(module, versions: dict[str, int], number: int) -> None:
    """Versions the session's symbols in codegen's module (see the file comment):
    definitions carried from earlier inputs become declarations, this input's
    definitions external."""
    from llvmlite import ir

    for value in list(module.globals.values()):
        key = _session_key(value.name, versions)
        if key is None:
            if value.name.startswith("main.") and isinstance(value, ir.Function) \
                    and not value.is_declaration and value.linkage == "":
                value.linkage = "internal"     # main..init: every input has one
            continue
        carried = versions[key] != number
        if isinstance(value, ir.Function):
            if value.is_declaration:
                continue
            if carried and value.section == _go_text_section():
                value.blocks = []
                value.linkage = ""
                value.section = ""
                value.metadata = {}
            elif not carried and value.linkage == "internal":
                value.linkage = ""
        elif isinstance(value, ir.GlobalVariable) and not value.global_constant:
            if carried:
                value.initializer = None
                value.linkage = ""
                value.section = ""
            elif value.linkage == "internal":
                value.linkage = ""
    module.repl_versions = versions


def versioned_text(text: str, versions: dict[str, int]) -> str:
    """The module's LLVM assembly with every session symbol versioned."""
    def rename_symbol(match):
        return match.group(1) + _SESSION_NAME.sub(lambda m: _versioned(m, versions), match.group(2))
    return _SYMBOL.sub(rename_symbol, text)


def _versioned(match, versions: dict[str, int]) -> str:
    star, base, close, member = match.groups()
    if base not in versions:
        return match.group(0)
    name = base[len(OLD_PREFIX):] if base.startswith(OLD_PREFIX) else base
    text = "main." + (star or "") + f"{name}${versions[base]}" + (close or "")
    if member is not None:
        method = versions.get(f"{base}.{member}")
        text += "." + member + (f"${method}" if method is not None else "")
    return text


def _session_key(symbol: str, versions: dict[str, int]) -> str | None:
    """The session name whose definition holds `symbol` (a function, method or
    variable), or None."""
    match = _SESSION_NAME.match(symbol)
    if match is None or match.group(2) not in versions:
        return None
    star, base, close, member = match.groups()
    if member is not None and f"{base}.{member}" in versions and match.end() == len(symbol):
        return f"{base}.{member}"
    if member is None and match.end() == len(symbol):
        return base
    return None


def _go_text_section() -> str:
    from minigo.codegen.runtime_abi import GO_TEXT_SECTION
    return GO_TEXT_SECTION


# ---------------------------------------------------------------- helpers

def _group_idents(statement) -> list:
    """The variables a grouped (or multi-spec) var declaration declares (see
    Session._lower_var_group); [] for any other statement."""
    from minigo.syntax import ast

    if not (isinstance(statement, ast.DeclStmt) and statement.decl.tok == "var"
            and (statement.decl.grouped or len(statement.decl.specs) != 1)):
        return []
    return [ident for spec in statement.decl.specs for ident in spec.names
            if ident.name != "_" and ident.obj is not None]


def _prefixed(node, written: str, start: int, offsets, objects: dict) -> str:
    """written (node's text, starting at offset start of the file) with every
    identifier that the probe resolved to one of objects (by id) prefixed by the
    prefix objects maps it to."""
    from minigo.syntax import ast

    if not objects:
        return written
    uses = []

    def visit(found):
        if isinstance(found, ast.Ident) and found.obj is not None and id(found.obj) in objects:
            uses.append((_offset(offsets, found.pos) - start, objects[id(found.obj)]))
    ast.walk(node, visit)
    for position, prefix in sorted(uses, reverse=True):
        written = written[:position] + prefix + written[position:]
    return written


def _constant_declaration(name: str, const) -> str:
    """`const NAME [T] = VALUE` declaring the checked constant again by its exact
    value, of the same type (an untyped one keeps its kind); "" if there is none
    (a complex constant)."""
    from fractions import Fraction
    from minigo.types import typesystem as ts

    if not isinstance(const, ts.Const):
        return ""
    value, kind = const.value, const.type
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int):
        text = f"('\\x00' + {value})" if kind is ts.UNTYPED_RUNE else str(value)
        if kind is ts.UNTYPED_FLOAT:
            text = f"{value}.0"
    elif isinstance(value, Fraction):
        text = f"({value.numerator}.0 / {value.denominator})"
    elif isinstance(value, bytes):
        text = '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}"
                             for b in value) + '"'
    else:
        return ""
    typed = "" if ts.is_untyped(kind) else " " + _type_text(kind)
    return f"const {name}{typed} = {text}"


def _method_key(obj) -> str | None:
    """T.M for a method of the session (main.T.M or main.(*T).M), else None."""
    from minigo.types import typesystem as ts

    link = getattr(obj, "link_name", "") if isinstance(obj, ts.Func) else ""
    if not link.startswith("main.") or getattr(obj.decl, "recv", None) is None:
        return None
    return link[len("main."):].replace("(*", "").replace(")", "")


def _declares_variables(tree) -> bool:
    return any(getattr(d, "tok", None) == "var" for d in tree.decls)


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for index, character in enumerate(text):
        if character == "\n":
            offsets.append(index + 1)
    return offsets


def _offset(offsets: list[int], pos) -> int:
    return offsets[pos.line - 1] + pos.col - 1


def _decl_spans(tree, offsets, length: int) -> list[tuple[int, int]]:
    starts = [_offset(offsets, d.pos) for d in tree.decls]
    return list(zip(starts, starts[1:] + [length]))


def _blank_imports(tree, whole: str, spans) -> str:
    """`whole` with its import declarations blanked (their lines kept, so positions
    hold): the file's import block has them."""
    for decl, (start, end) in zip(tree.decls, spans):
        if getattr(decl, "tok", None) == "import":
            piece = whole[start:end]
            whole = whole[:start] + "".join(c if c == "\n" else " " for c in piece) + whole[end:]
    return whole


def _is_generic(decl) -> bool:
    """A generic function, or a method of a generic type (its receiver is T[...])."""
    from minigo.syntax import ast
    if decl.func_type.type_params is not None and decl.func_type.type_params.fields:
        return True
    receiver = decl.recv.fields[0].field_type if decl.recv is not None and decl.recv.fields \
        else None
    while isinstance(receiver, (ast.StarExpr, ast.ParenExpr)):
        receiver = receiver.x
    return receiver is not None and not isinstance(receiver, ast.Ident)


def _receiver_base(decl) -> str:
    from minigo.syntax import ast
    receiver = decl.recv.fields[0].field_type if decl.recv.fields else None
    while receiver is not None and not isinstance(receiver, ast.Ident):
        receiver = getattr(receiver, "x", None) or getattr(receiver, "elt", None)
    return receiver.name if receiver is not None else "?"


def _spec_names(spec) -> list[str]:
    names = getattr(spec, "names", None)
    if names is not None:
        return [n.name for n in names if n.name != "_"]
    return [spec.name.name]


def _unquote(literal: str) -> str:
    return literal[1:-1] if literal[:1] in "\"`" else literal


def _entry_decl(file, name: str):
    for decl in file.decls:
        if getattr(decl, "recv", 1) is None and decl.name.name == name:
            return decl
    raise InputError("internal: the input's function is missing")


def _type_text(t) -> str:
    from minigo.types import typesystem as ts
    t = ts.default_type(t)
    if ts.is_untyped(t):
        raise InputError("use of untyped nil")
    return ts.type_string(t, qualify=False)


def _verb(t) -> str:
    from minigo.types import typesystem as ts
    t = ts.default_type(t)
    if ts.is_string(t):
        return "%q"
    under = ts.underlying(t)
    if isinstance(under, ts.Pointer):
        under = ts.underlying(under.elem)
    return "%+v" if isinstance(under, ts.Struct) else "%v"


def _is_quiet_call(function) -> bool:
    from minigo.syntax.printer import expr_string
    try:
        return QUIET_CALLS.match(expr_string(function)) is not None
    except Exception:       # a callee the printer does not know: print its results
        return False


def _moved(errors, shift: int) -> CompileErrors:
    """Errors with their positions inside the input (its line 1 is shifted right)."""
    moved = []
    for error in errors:
        pos = error.pos
        if pos is NO_POS or not pos.filename or pos.line == 0 \
                or (pos.line == 1 and pos.col <= shift):     # the file's own header
            moved.append(CompileError(NO_POS, error.message))
        else:
            column = pos.col - shift if pos.line == 1 else pos.col
            moved.append(CompileError(Pos(pos.filename, pos.line, max(column, 1)),
                                      _moved_message(error.message, shift)))
    return CompileErrors(moved)


def _moved_message(message: str, shift: int) -> str:
    """The positions a message's own lines cite (`\tFILE:L:C: K refers to`) as
    LINE:COL inside the input."""
    def inside(match):
        line, column = int(match.group(1)), int(match.group(2))
        return f"{line}:{max(column - shift, 1) if line == 1 else column}: "
    return re.sub(r"\S*input\d+\.go:(\d+):(\d+): ", inside, message)


def error_text(error: CompileError) -> str:
    """A compile error as the REPL prints it: LINE:COL inside the input."""
    if error.pos is NO_POS or error.pos.line == 0:
        return error.message
    return f"{error.pos.line}:{error.pos.col}: {error.message}"
