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
        """What gc shows: the first ten errors in the order found, sorted by position,
        identical neighbours dropped."""
        shown: list[CompileError] = []
        for error in sorted(self.errors[:MAX_REPORTED_ERRORS],
                            key=lambda e: (e.pos.filename, e.pos.line, e.pos.col)):
            if not shown or str(shown[-1]) != str(error):
                shown.append(error)
        return shown

    def render(self) -> str:
        lines = [str(e) for e in self.limited()]
        if len(self.errors) >= MAX_REPORTED_ERRORS:
            # gc stops at the tenth error found and names its position.
            tenth = self.errors[MAX_REPORTED_ERRORS - 1]
            lines.append(str(CompileError(tenth.pos, "too many errors")))
        return "\n".join(lines)


class PackagesErrors(CompileErrors):
    """The errors of several packages that failed independently (none imports another),
    each package's rendered on its own, as gc compiles each apart: ten errors a
    package at most, sorted within it."""

    def __init__(self, packages: list[CompileErrors]):
        super().__init__([error for errors in packages for error in errors.errors])
        self.packages = packages

    def render(self) -> str:
        return "\n".join(errors.render() for errors in self.packages)


class ToolchainError(Exception):
    """The machine lacks something minigo needs (a C compiler, say); message says what to install."""
