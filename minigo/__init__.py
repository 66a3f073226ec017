"""minigo: a compiler from a subset of Go to static native executables.

Pipeline: minigo.syntax -> minigo.types -> minigo.codegen -> minigo.link, driven by
minigo.build (under cli.py and repl.py), with the C runtime in minigo/runtime apart.
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

GO_VERSION = "go1.19"   # the language version minigo follows


def stdlib_dir() -> Path:
    """The Go sources of minigo's standard library: inside the installed package,
    or the repository's top-level stdlib/ when running from a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "stdlib"
    return installed if installed.is_dir() else package.parent / "stdlib"
