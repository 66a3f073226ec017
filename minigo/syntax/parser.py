"""parse_file: Go source text to an ast.File, with Lark's LALR(1) parser.

The parser is built once per process (lazily, on first use) from go.lark, whose
expression rules are written once and expanded here into the full and the header
variant (see go.lark).  Lark's analysis of the grammar takes about half a second, so
its tables are cached in $XDG_CACHE_HOME/minigo (default ~/.cache/minigo), in a file
named by a hash of the expanded grammar; a warm start only unpickles them.
The builder runs inside the parse (`transformer=`), so the tree comes out finished.

Tokens come from lexer.scan (Lark's lexer, carried on past lexical errors) and are
fed to the parser here, without Lark's driver loop, by _feed_tokens: Lark's
feed_token for every token in one loop over the parse table laid out for it (a
20,000-line file parses in 0.96 s instead of 1.18 s).  An error-free file never
leaves that loop; at the first syntax error recovery.py takes over, from the same
stacks, and reports the file's errors as gc does.  parse_file_with_errors then decides, by gc's rules, whether the
file goes on to the type checker.
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

from lark import Token
from lark.exceptions import UnexpectedToken
from lark.parsers.lalr_analysis import Shift

from minigo.errors import CompileError, CompileErrors
from minigo.syntax import ast, literals
from minigo.syntax.automaton import END, Automaton
from minigo.syntax.build_common import MisreadBrace, Restart, one_syntax_error_a_line, reported_by_parser
from minigo.syntax.builder import Builder
from minigo.syntax.lexer import SemicolonInserter, SourceMap, decode_source, scan

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
    lark = Lark(grammar, parser="lalr", lexer="basic", postlex=SemicolonInserter(builder),
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
            return list(_token_stream(lark, builder, source))
        finally:
            builder.begin(None)


def _token_stream(lark, builder, text: str):
    """The scanner's tokens through the semicolon inserter (Lark's post-lexer)."""
    basic_lexer = lark.parser.lexer.lexer
    raw = scan(basic_lexer, text, builder.lexical_error, builder.bad_literal)
    return lark.parser.lexer.postlexer.process(raw)


MAX_RESTARTS = 32


def parse_file(filename: str, source) -> ast.File:
    """Parses one Go source file (bytes or str); raises CompileErrors on any error."""
    tree, errors = parse_file_with_errors(filename, source)
    if errors:
        raise CompileErrors(errors)
    return tree


def parse_file_with_errors(filename: str, source):
    """Parses one Go source file (bytes or str) as gc does: returns (File or None,
    errors sorted by position).

    The File is None when gc would stop after parsing: after a syntax error (the
    errors are then all of gc's syntax and lexical errors for the file, at most one
    syntax error a line) or an error of the go command's own header reader.  Else the
    File comes with the errors gc's scanner and parser report without stopping
    (lexical ones such as `invalid character`, and checks such as `expression in go
    must be function call`), and those the tree builder finds for gc's type checker
    (`non-name x.y on left side of :=`); the caller type-checks the File and reports
    all of them."""
    text, source_errors = decode_source(filename, source)
    source_map = SourceMap(filename, text)
    with _lock, _collector_paused():
        lark, builder = _get_parser()
        try:
            tree, errors = _parse(lark, builder, text, source_map, source_errors)
        finally:
            builder.begin(None)
        return _gc_result(tree, errors, filename)


def _parse(lark, builder, text, source_map, source_errors):
    """(tree or None, errors in the order found)."""
    forced_braces = set()
    for _ in range(MAX_RESTARTS):
        builder.begin(source_map)
        builder.errors.extend(source_errors)
        try:
            tree = _parse_once(lark, builder, text, source_map, forced_braces)
        except (MisreadBrace, Restart) as misread:
            if misread.pos in forced_braces:
                break
            forced_braces.add(misread.pos)
            continue
        except RecursionError:
            return None, [CompileError(source_map.end_pos(), "syntax error: expression nested too deeply")]
        if builder.errors_in_package_clause is not None:
            return None, builder.errors_in_package_clause
        invalid_import = go_command_import_error(builder.header_imports, builder.errors)
        if invalid_import is not None:
            return None, [invalid_import]
        if tree is not None:
            builder.finish()
        errors = one_syntax_error_a_line(builder.errors, builder.report_times)
        if tree is None or any(error.message.startswith("syntax error") for error in errors):
            errors += branch_errors_beside_syntax_errors(builder.function_bodies, errors)
        return tree, errors
    errors = one_syntax_error_a_line(builder.errors, builder.report_times)
    if not any(error.message.startswith("syntax error") for error in errors):
        errors.append(CompileError(source_map.end_pos(), "syntax error: unexpected {"))
    return None, errors


GO_COMMAND_ERRORS = ("expected '", "invalid import path: ")   # its reader's errors: gc never runs


def go_command_import_error(header_imports, errors):
    """The go command reads the imports before gc runs, and stops at the first whose
    path is not a valid import path, unless its own reader failed earlier (those errors
    start `expected '`) or the literal itself is malformed."""
    reader_failed_at = min((error.pos for error in errors if error.message.startswith("expected '")),
                           default=None, key=lambda pos: (pos.line, pos.col))
    for spec in header_imports:
        literal = spec.path.literal
        if reader_failed_at is not None and (spec.pos.line, spec.pos.col) >= (reader_failed_at.line,
                                                                               reader_failed_at.col):
            return None
        if len(literal) < 2 or literal[-1] != literal[0] or literals.string_problem(literal):
            return None
        path = literals.string_bytes(literal).decode("utf-8", "replace")
        if not literals.valid_import_path(path):
            return CompileError(spec.path.pos, f"invalid import path: {literal}")
    return None


def branch_errors_beside_syntax_errors(bodies, errors) -> list:
    """gc's parser checks labels and branch statements in each function body it read
    without a syntax error; the type checker, which would check them otherwise, does
    not run after a syntax error.  (branches.py is that check; the checker runs it
    itself when the parse succeeded.)"""
    from minigo.syntax import branches
    syntax_errors = [(e.pos.line, e.pos.col) for e in errors if e.message.startswith("syntax error")]
    found = []
    for body in bodies:
        if getattr(body, "rbrace", None) is None:
            continue
        start, end = (body.pos.line, body.pos.col), (body.rbrace.line, body.rbrace.col)
        if not any(start <= pos <= end for pos in syntax_errors):
            found += [CompileError(pos, message) for pos, message in branches.check_branches(body)]
    return found


def _parse_once(lark, builder, text, source_map, forced_braces):
    """One pass of the parser over the file: straight through while there is no
    error, then on with gc's recovery (recovery.py)."""
    state = _fresh_parser_state(lark)
    stream = _token_stream(lark, builder, text)
    end_token = Token(END, "", len(text), *_end_line_column(text))
    failed = None
    if not forced_braces:
        try:
            _feed_tokens(state, _fast_table(lark), stream)
            return state.feed_token(end_token, True)
        except UnexpectedToken as error:
            failed = error.token
    from minigo.syntax.recovery import RecoveringParser, TokenQueue
    recovering = RecoveringParser(state, _automaton(lark), builder, source_map,
                                  TokenQueue(iter(stream), end_token), forced_braces)
    return recovering.run(failed)


class _FastTable:
    """Lark's parse table re-laid for _feed_tokens: per state, terminal -> the next
    state (a shift, an int) or (size, callback, rule's name) (a reduce); per state,
    rule name -> the state after reducing to it (the goto)."""

    def __init__(self, parse_conf):
        callbacks = parse_conf.callbacks
        self.actions, self.gotos = {}, {}
        for state, entries in parse_conf.states.items():
            actions, gotos = {}, {}
            for symbol, (kind, argument) in entries.items():
                if kind is Shift:
                    (actions if symbol.isupper() or symbol == END else gotos)[symbol] = argument
                else:
                    actions[symbol] = (len(argument.expansion), callbacks[argument], argument.origin.name)
            self.actions[state], self.gotos[state] = actions, gotos
        self.token_callbacks = {name: callback for name, callback in callbacks.items()
                                if isinstance(name, str)}


_fast_tables = {}


def _fast_table(lark) -> _FastTable:
    table = _fast_tables.get(id(lark))
    if table is None:
        table = _fast_tables[id(lark)] = _FastTable(_fresh_parser_state(lark).parse_conf)
    return table


def _feed_tokens(state, table: _FastTable, stream) -> None:
    """Lark's ParserState.feed_token for every token of stream, in one loop over a
    table laid out for it (a third of the parse's time on large files); the stacks
    are Lark's, so on an error (UnexpectedToken, raised as Lark raises it) recovery
    goes on from the same state."""
    state_stack, value_stack = state.state_stack, state.value_stack
    actions, gotos, token_callbacks = table.actions, table.gotos, table.token_callbacks
    for token in stream:
        kind = token.type
        while True:
            action = actions[state_stack[-1]].get(kind)
            if action is None:
                expected = {s for s in state.parse_conf.states[state_stack[-1]] if s.isupper()}
                raise UnexpectedToken(token, expected, state=state, interactive_parser=None)
            if action.__class__ is not tuple:
                state_stack.append(action)
                callback = token_callbacks.get(kind)
                value_stack.append(token if callback is None else callback(token))
                break
            size, callback, origin = action
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value = callback(children)
            state_stack.append(gotos[state_stack[-1]][origin])
            value_stack.append(value)


def _end_line_column(text: str) -> tuple[int, int]:
    line = text.count("\n") + 1
    return line, len(text) - (text.rfind("\n") + 1) + 1


_automata = {}


def _automaton(lark) -> Automaton:
    automaton = _automata.get(id(lark))
    if automaton is None:
        automaton = _automata[id(lark)] = Automaton(_fresh_parser_state(lark).parse_conf)
    return automaton


def _fresh_parser_state(lark):
    return lark.parse_interactive(None).parser_state


def _gc_result(tree, errors, filename):
    """What gc makes of one file's parse: see parse_file_with_errors."""
    go_command = [error for error in errors if error.message.startswith(GO_COMMAND_ERRORS)]
    if go_command:
        return None, go_command[:1]
    errors = sorted(errors, key=lambda e: (e.pos.line, e.pos.col))
    if tree is None or any(error.message.startswith("syntax error") for error in errors):
        errors = [error for error in errors if reported_by_parser(error.message)]
        return None, errors or [CompileError(ast.Pos(filename, 1, 1), "syntax error: unexpected EOF")]
    tree.filename = filename
    return tree, errors
