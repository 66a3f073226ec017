"""Line editing on a terminal: Python's readline (GNU readline or libedit), history
kept in the user's data folder ($XDG_DATA_HOME/minigo/repl_history, default
~/.local/share/minigo), Tab completing the session's names, Go's keywords and
builtins, the commands, the members of an imported package after `pkg.`, and the
fields and methods of a session variable of a session type after `x.`."""
from __future__ import annotations

import os
import re
from pathlib import Path

HISTORY_LENGTH = 2000
KEYWORDS = """break case chan const continue default defer else fallthrough for func go goto
if import interface map package range return select struct switch type var""".split()
BUILTINS = """append bool byte cap close complex complex128 complex64 copy delete error false
float32 float64 imag int int16 int32 int64 int8 iota len make new nil panic print println
real recover rune string true uint uint16 uint32 uint64 uint8 uintptr any""".split()
WORD_BREAKS = " \t\n()[]{},;+-*/%&|^!=<>\"'"


def history_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "minigo" / "repl_history"


class LineEditor:
    def __init__(self, console):
        import readline

        self.readline = readline
        self.console = console
        self.matches: list[str] = []
        readline.set_completer_delims(WORD_BREAKS)
        readline.set_completer(self.complete)
        if "libedit" in (readline.__doc__ or ""):
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")
        readline.set_history_length(HISTORY_LENGTH)
        try:
            readline.read_history_file(history_path())
        except OSError:
            pass

    def read(self, prompt: str) -> str | None:
        try:
            return input(prompt)
        except EOFError:
            print()
            return None

    def save(self) -> None:
        path = history_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.readline.write_history_file(path)
        except OSError:
            pass

    def complete(self, text: str, state: int) -> str | None:
        if state == 0:
            try:
                self.matches = candidates(self.console, text)
            except Exception:       # never a traceback from Tab
                self.matches = []
        return self.matches[state] if state < len(self.matches) else None


def candidates(console, text: str) -> list[str]:
    """What `text` (the word before the cursor) may complete to."""
    if text.startswith(":"):
        return sorted(n for n in console.commands.names() if n.startswith(text))
    package, dot, member = text.rpartition(".")
    if dot and re.fullmatch(r"\w+", package):
        members = package_members(console, package) or value_members(console.session, package)
        return sorted(f"{package}.{name}" for name in members if name.startswith(member))
    session = console.session
    names = [n for n in session.definitions if "." not in n] + list(session.imports)
    names += KEYWORDS + BUILTINS
    return sorted({n for n in names if n.startswith(text)})


def package_members(console, name: str) -> list[str]:
    """The exported names of the package imported as `name`."""
    from minigo.types import library

    path = console.session.imports.get(name)
    if path is None:
        return []
    package = console.session.checked.get(path) or library.PACKAGES.get(path)
    if package is None or package.scope is None:
        return []
    return [n for n in package.scope.names if n[:1].isupper()]


def value_members(session, name: str) -> list[str]:
    """The fields and methods of the session variable `name`, when its type is (a
    pointer to) a type declared in the session: methods from the session's
    definitions, fields from the type's declaration as typed."""
    variable = session.definitions.get(name)
    if variable is None or variable.kind != "var":
        return []
    base = variable.type_text.lstrip("*").split("[", 1)[0]
    methods = [key.split(".", 1)[1] for key in session.definitions if key.startswith(base + ".")]
    declared = session.definitions.get(base)
    fields = struct_fields(declared.text, base) if declared is not None \
        and declared.kind == "type" else []
    return fields + methods


def struct_fields(declaration: str, name: str) -> list[str]:
    """The field names (an embedded field's type name) of struct type `name` in
    the declaration's text."""
    from minigo import syntax
    from minigo.syntax import ast

    tree, errors = syntax.parse_file_with_errors("type.go", "package main\n" + declaration + "\n")
    if tree is None or errors:
        return []
    for decl in tree.decls:
        for spec in getattr(decl, "specs", []):
            if isinstance(spec, ast.TypeSpec) and spec.name.name == name \
                    and isinstance(spec.spec_type, ast.StructType):
                return [embedded_name(field.field_type) if not field.names else ident.name
                        for field in spec.spec_type.fields.fields
                        for ident in (field.names or [None])]
    return []


def embedded_name(field_type) -> str:
    """An embedded field's name: its type's name (T, *T, pkg.T, T[int])."""
    from minigo.syntax import ast
    while not isinstance(field_type, ast.Ident):
        if isinstance(field_type, ast.SelectorExpr):
            field_type = field_type.sel
        elif isinstance(field_type, (ast.StarExpr, ast.IndexExpr, ast.IndexListExpr)):
            field_type = field_type.x
        else:
            return "?"
    return field_type.name
