"""Positions and compile errors shared by every stage of the pipeline.

A stage that finds problems in the user's program raises CompileErrors holding one
CompileError per problem; the CLI prints them as `file:line:col: message` (the form
editors jump to) and exits with status 1.  Go reports at most ten errors a run, so
`CompileErrors.limited()` keeps the first ten in source order.
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_REPORTED_ERRORS = 10


@dataclass(frozen=True, order=True)
class Pos:
    filename: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.col}"


NO_POS = Pos("", 0, 0)


@dataclass
class CompileError:
    pos: Pos
    message: str

    def __str__(self) -> str:
        if self.pos is NO_POS or not self.pos.filename:
            return self.message
        return f"{self.pos}: {self.message}"


class CompileErrors(Exception):
    """One or more errors in the user's program (never a bug in minigo)."""

    def __init__(self, errors: list[CompileError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def limited(self) -> list[CompileError]:
        ordered = sorted(self.errors, key=lambda e: (e.pos.filename, e.pos.line, e.pos.col))
        return ordered[:MAX_REPORTED_ERRORS]

    def render(self) -> str:
        shown = self.limited()
        lines = [str(e) for e in shown]
        if len(self.errors) > MAX_REPORTED_ERRORS:
            # gc names the position of the last error it printed.
            lines.append(str(CompileError(shown[-1].pos, "too many errors")))
        return "\n".join(lines)


class ToolchainError(Exception):
    """The machine lacks something minigo needs (a C compiler, say); message says what to install."""
