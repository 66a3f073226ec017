"""The REPL's commands (:help, :quit, ...)."""
from __future__ import annotations

import sys

HELP = """\
Type Go: statements, expressions (printed with their type), declarations
(func, type, var, const, methods) and imports.  Commands:
  :help            this text
  :quit            leave (Ctrl-D too)
"""


class Commands:
    def __init__(self, console):
        self.console = console

    def run(self, line: str) -> bool:
        """Runs a command line; False to leave the REPL."""
        name, _, argument = line[1:].partition(" ")
        handler = getattr(self, "command_" + name, None)
        if handler is None:
            self.console.error(f"unknown command :{name} (:help lists them)")
            self.console.failed = True
            return True
        return handler(argument.strip()) is not False

    def command_help(self, argument: str):
        sys.stdout.write(HELP)
        sys.stdout.flush()

    def command_quit(self, argument: str):
        return False
