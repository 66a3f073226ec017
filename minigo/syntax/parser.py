"""parse_file: Go source text to an ast.File, with Lark's LALR(1) parser.

The parser is built once per process (lazily, on first use) from go.lark, whose
expression rules are written once and expanded here into the full and the header
variant (see go.lark).  Lark's analysis of the grammar takes about half a second, so
its tables are cached in $XDG_CACHE_HOME/minigo (default ~/.cache/minigo), in a file
named by a hash of the expanded grammar; a warm start only unpickles them.
The builder runs inside the parse (`transformer=`), so the tree comes out finished.
"""
from __future__ import annotations

import gc
import hashlib
import os
import sys
import threading
from pathlib import Path


def _import_lark_quickly():
    """Imports lark without the optional third-party `regex` module.

    lark imports `regex` when it is installed, only to offer `Lark(regex=True)`, which
    minigo does not use; that import alone costs ~14 ms of every compiler start.  The
    module is hidden for the duration of lark's import and is importable again after."""
    if "lark" in sys.modules or "regex" in sys.modules:
        return
    sys.modules["regex"] = None
    try:
        import lark  # noqa: F401
    finally:
        del sys.modules["regex"]


_import_lark_quickly()   # before the imports below, which import lark themselves

from minigo.errors import CompileError, CompileErrors
from minigo.syntax import ast
from minigo.syntax.build_common import MisreadBrace
from minigo.syntax.builder import Builder
from minigo.syntax.lexer import (SemicolonInserter, SourceMap, UnterminatedComment,
                                 decode_source, describe_bad_character)

GRAMMAR_PATH = Path(__file__).with_name("go.lark")
VARIANT_BEGIN = "// ---- VARIANTS BEGIN"
VARIANT_END = "// ---- VARIANTS END"
VARIANTS = (("_f", "//@header"), ("_h", "//@full"))   # (suffix, marker of lines to drop)

_parser = None
_builder = None
_lock = threading.Lock()


def grammar_text() -> str:
    """go.lark with its VARIANTS block expanded into the full and header variants."""
    lines = GRAMMAR_PATH.read_text(encoding="utf-8").splitlines()
    begin, end = lines.index(VARIANT_BEGIN), lines.index(VARIANT_END)
    block = lines[begin + 1:end]
    expanded = []
    for suffix, dropped_marker in VARIANTS:
        expanded += [line.replace("$", suffix) for line in block
                     if not line.rstrip().endswith(dropped_marker)]
    return "\n".join(lines[:begin] + expanded + lines[end + 1:]) + "\n"


def cache_directory() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "minigo"


def build_parser(grammar: str, cache: bool = True, **options):
    """A Lark LALR parser for `grammar` building nodes with a fresh Builder."""
    from lark import Lark
    builder = Builder()
    cache_file = False
    if cache:
        digest = hashlib.sha256(grammar.encode("utf-8")).hexdigest()[:16]
        directory = cache_directory()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            cache_file = str(directory / f"go-parser-{digest}.lark-cache")
            if not os.path.exists(cache_file):
                for stale in directory.glob("go-parser-*.lark-cache"):
                    stale.unlink(missing_ok=True)       # tables of an older grammar
        except OSError:
            cache_file = False
    lark = Lark(grammar, parser="lalr", lexer="basic", postlex=SemicolonInserter(builder.check_literal_token),
                transformer=builder, maybe_placeholders=True, cache=cache_file, **options)
    return lark, builder


def _get_parser():
    global _parser, _builder
    if _parser is None:
        _parser, _builder = build_parser(grammar_text())
    return _parser, _builder


class _collector_paused:
    """Pauses Python's cyclic garbage collector: a parse allocates hundreds of
    thousands of objects, none of them garbage, and the collector's repeated passes
    over them cost a quarter of the time on large files."""

    def __enter__(self):
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was_enabled:
            gc.enable()


def tokens(source: str) -> list:
    """The tokens the parser sees for `source`, semicolons inserted (for tests and
    tools): Lark Tokens with .type, .value, .line and .column."""
    lark, builder = _get_parser()
    with _lock:
        builder.begin(SourceMap("<tokens>", source))
        try:
            return list(lark.lex(source))
        finally:
            builder.begin(None)


def _misread_brace_error(lark, builder, text, source_map, brace_pos) -> CompileError:
    """Parses again up to the misread `{` and describes it as an unexpected token there."""
    from minigo.syntax.syntax_errors import ParseFailure, message_for
    builder.begin(source_map)
    interactive = lark.parse_interactive(text)
    for token in interactive.iter_parse():
        if token.type == "LBRACE" and source_map.pos(token) == brace_pos:
            return CompileError(brace_pos, message_for(ParseFailure(interactive, token)))
    return CompileError(brace_pos, "syntax error: unexpected {")


def parse_file(filename: str, source) -> ast.File:
    """Parses one Go source file (bytes or str); raises CompileErrors."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken
    from minigo.syntax.syntax_errors import describe_unexpected_token

    text = decode_source(filename, source)
    source_map = SourceMap(filename, text)
    with _lock, _collector_paused():
        lark, builder = _get_parser()
        builder.begin(source_map)
        failure = None
        tree = None
        try:
            tree = lark.parse(text)
        except UnexpectedToken as error:
            failure = describe_unexpected_token(error, source_map)
        except UnexpectedCharacters as error:
            offset, message = describe_bad_character(text, error.pos_in_stream)
            failure = CompileError(source_map.pos_of_offset(offset), message)
        except UnterminatedComment as error:
            failure = CompileError(source_map.pos(error.token), "comment not terminated")
        except MisreadBrace as error:
            failure = _misread_brace_error(lark, builder, text, source_map, error.pos)
        except RecursionError:
            failure = CompileError(source_map.end_pos(), "syntax error: expression nested too deeply")
        if failure is None:
            builder.finish()
        errors = list(builder.errors)
        builder.begin(None)
    if failure is not None:
        errors.append(failure)
    if errors:
        raise CompileErrors(sorted(errors, key=lambda e: (e.pos.line, e.pos.col)))
    tree.filename = filename
    return tree
