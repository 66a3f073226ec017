"""The REPL's commands: a line starting with ':' (see HELP)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

HELP = """\
Type Go: statements, expressions (printed with their type: 42 // int),
declarations (func, type, var, const, methods) and imports.  An input goes on
while a bracket is open.  Each input is compiled to native code and run once.
Commands:
  :help            this text
  :quit            leave (Ctrl-D too)
  :type EXPR       the type of an expression (not run)
  :doc PKG.NAME    the declaration of NAME in package PKG, with its comment
  :import PKG      import "PKG"
  :print           the session as a Go program
  :write FILE      save that program (minigo run FILE prints what the session printed)
  :clear           start a new session
  :ir              the LLVM IR of the last input
  :asm             the machine code of the last input
  :time            toggle timing each input
"""


class Commands:
    def __init__(self, console):
        self.console = console

    def names(self) -> list[str]:
        return [":" + name[len("command_"):] for name in dir(self) if name.startswith("command_")]

    def run(self, line: str) -> bool:
        """Runs a command line; False to leave the REPL."""
        name, _, argument = line[1:].partition(" ")
        handler = getattr(self, "command_" + name, None)
        if handler is None:
            self.fail(f"unknown command :{name} (:help lists them)")
            return True
        return handler(argument.strip()) is not False

    def fail(self, message: str) -> None:
        self.console.error(message)
        self.console.failed = True

    def out(self, text: str) -> None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()

    # ------------------------------------------------------------ the commands

    def command_help(self, argument: str):
        self.out(HELP)

    def command_quit(self, argument: str):
        return False

    def command_type(self, argument: str):
        from minigo.errors import CompileErrors
        from minigo.repl.session import InputError, error_text
        if not argument:
            return self.fail("usage: :type EXPR")
        try:
            self.out(self.console.session.type_of(argument))
        except CompileErrors as errors:
            self.fail("\n".join(error_text(e) for e in errors.errors))
        except InputError as error:
            self.fail(str(error))

    def command_import(self, argument: str):
        if not argument:
            return self.fail("usage: :import PKG")
        path = argument.strip('"')
        self.console.evaluate(f'import "{path}"')

    def command_print(self, argument: str):
        self.out(self.program())

    def command_write(self, argument: str):
        if not argument:
            return self.fail("usage: :write FILE")
        try:
            Path(argument).write_text(self.program())
        except OSError as error:
            return self.fail(f"cannot write {argument}: {error.strerror}")
        self.console.note(f"wrote {argument}")

    def program(self) -> str:
        session = self.console.session
        inputs = self.console.transcript
        return session.program(inputs, session.unused_imports(session.program(inputs)))

    def command_clear(self, argument: str):
        self.console.reset()
        self.console.note("session cleared")

    def command_ir(self, argument: str):
        if self.console.last is None:
            return self.fail("no input yet")
        self.out(self.console.last.ir_text)

    def command_asm(self, argument: str):
        from minigo.link import objects
        from minigo.repl import host
        last = self.console.last
        if last is None:
            return self.fail("no input yet")
        module = objects._run_pipeline(last.ir_text, self.console.host.headers(last.packages))
        self.out(host.pic_machine().emit_assembly(module))

    def command_time(self, argument: str):
        self.console.timing = not self.console.timing
        self.console.note("timing " + ("on" if self.console.timing else "off"))

    def command_doc(self, argument: str):
        found = documentation(argument)
        if found is None:
            return self.fail(f"no documentation for {argument} in minigo's stdlib")
        self.out(found)


def documentation(name: str) -> str | None:
    """The declaration of pkg.Name in stdlib/ with the comment above it, or None;
    a package path alone gives the package's comment."""
    import minigo
    package, _, member = name.rpartition(".")
    if not package:
        package, member = member, ""
    folder = minigo.stdlib_dir() / package
    if not folder.is_dir():
        return None
    files = sorted(p for p in folder.glob("*.go") if not p.name.endswith("_test.go"))
    for path in files:
        text = path.read_text(errors="replace")
        if not member:
            match = re.search(r"((?:^//.*\n)+)package ", text, re.MULTILINE)
            if match:
                return match.group(1) + f"package {package.rsplit('/', 1)[-1]}"
            continue
        declaration = re.compile(
            rf"^(func (\([^)]*\) )?{re.escape(member)}\b.*|type {re.escape(member)}\b.*"
            rf"|(var|const) {re.escape(member)}\b.*|\t{re.escape(member)}\b.*=.*)$", re.MULTILINE)
        for match in declaration.finditer(text):
            if match.group(2):          # a method of that name: only for T.M
                continue
            return _comment_above(text, match.start()) + _declaration_text(text, match)
    return None


def _comment_above(text: str, start: int) -> str:
    lines = text[:start].split("\n")[:-1]
    comment: list[str] = []
    while lines and lines[-1].lstrip().startswith("//"):
        comment.insert(0, lines.pop())
    return "\n".join(comment) + ("\n" if comment else "")


def _declaration_text(text: str, match) -> str:
    line = match.group(0)
    if line.startswith("type ") and line.rstrip().endswith("{"):
        end = text.find("\n}", match.end())
        return text[match.start():end + 2] if end >= 0 else line
    return line.rstrip(" {") if line.startswith("func ") else line.strip()
