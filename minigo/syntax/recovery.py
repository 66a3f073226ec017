"""Going on after a syntax error as gc does, on Lark's LALR(1) parser.

gc's recursive-descent parser, after a syntax error, skips tokens up to a
synchronisation point chosen by what it was parsing (the end of the statement, the
closing bracket of a list, the next declaration keyword...) and carries on as if that
construct were complete; so one run reports the errors of many statements, and gc
keeps at most one syntax error a line.  Each of gc's messages is made in one place of
its parser, so the message syntax_errors.py chose for a failure tells which of gc's
recoveries to imitate.  A recovery skips the tokens gc skips, then brings the LALR
parser to where gc's parser would be: it feeds made-up tokens (a `;`, a closing
bracket, a `_` standing in for a bad operand or type) or abandons an unfinished
construct by popping the parser's stacks.  A made-up token is fed only if the parse
table accepts it (Automaton); it has the position of the unexpected token or of the
next one, and the start offset MADE_UP, by which the tree builder knows it.

Invariants: the error-free path never comes here (parser.py feeds the parser itself
until a first error); each recovery consumes a token or changes the parser's state,
and a token failing again in a state it already failed in is dropped, so the loop
ends; after ten errors the parse stops, as gc does.  After a syntax error gc does not
type-check, so the tree built from then on is never used: only the errors matter.
The tree is completed at the end of the file only when no syntax error was reported
(lexical errors alone, or the follow-up error at the end of the file gc keeps quiet).
"""
from __future__ import annotations

from lark import Token
from lark.exceptions import UnexpectedToken

from minigo.errors import MAX_REPORTED_ERRORS, CompileError
from minigo.syntax import ast
from minigo.syntax.automaton import END
from minigo.syntax.build_common import (ASSIGNMENT_STAND_IN, MADE_UP, Restart, one_syntax_error_a_line,
                                        reported_by_parser)
from minigo.syntax.syntax_errors import ParseFailure, describe_failure, token_text

# Keywords starting a statement: gc never skips them inside a function body.
STATEMENT_KEYWORDS = frozenset({
    "BREAK", "CONST", "CONTINUE", "DEFER", "FALLTHROUGH", "FOR", "GO", "GOTO", "IF",
    "RETURN", "SELECT", "SWITCH", "TYPE", "VAR",
})
DECLARATION_KEYWORDS = frozenset({"CONST", "TYPE", "VAR", "FUNC"})
CLOSERS = {")": "RPAREN", "]": "RBRACK", "}": "RBRACE"}
OPERATORS = frozenset({
    "LOR", "LAND", "EQL", "NEQ", "LSS", "LEQ", "GTR", "GEQ", "PLUS", "MINUS", "PIPE", "CARET",
    "SLASH", "PERCENT", "SHL", "SHR", "AMP", "ANDNOT", "NOT", "TILDE",
})
# What a made-up token of each kind reads as.
MADE_UP_TEXT = {
    "NAME": "_", "_SEMI": "semicolon", "RPAREN": ")", "RBRACK": "]", "RBRACE": "}", "LPAREN": "(",
    "LBRACK": "[", "LBRACE": "{", "COLON": ":", "COMMA": ",", "ASSIGN": "=", "DEFINE": ":=",
    "DEFAULT": "default", "CHAN": "chan", "STRING": '""', "DOT": ".", "NUMBER": "0",
}
# The token gc wants, as its messages name it (`expecting X`).
WANTED = {
    ")": "RPAREN", "]": "RBRACK", "}": "RBRACE", "(": "LPAREN", "{": "LBRACE", ":": "COLON",
    "=": "ASSIGN", ":=": "DEFINE", "name": "NAME", "semicolon or newline": "_SEMI",
    "comma": "COMMA", "chan": "CHAN", "string literal": "STRING", "type": "NAME", "[": "LBRACK",
    "struct": "STRUCT", "interface": "INTERFACE",
}
# Made-up tokens tried when a recovery's own does not fit.
REPAIR_KINDS = ("NAME", "_SEMI", "RPAREN", "RBRACK", "RBRACE", "LBRACE", "COLON", "COMMA", "ASSIGN")
# Endings of the file tried, in order, when a tree must be completed.
COMPLETION_ORDER = ("_SEMI", "RBRACE", "RPAREN", "RBRACK", "NAME", "COLON")
MAX_FAILURES_AT_ONE_TOKEN = 16


class TokenQueue:
    """The parser's input: the scanner's tokens, with room to put tokens back, and
    the end-of-file token once they are exhausted."""

    def __init__(self, tokens, end_token):
        self._tokens = tokens
        self._back = []
        self.end_token = end_token

    def next(self):
        if self._back:
            return self._back.pop()
        return next(self._tokens, self.end_token)

    def push(self, token):
        self._back.append(token)

    def has_put_back(self) -> bool:
        return bool(self._back)

    def peek(self):
        token = self.next()
        self.push(token)
        return token


class RecoveringParser:
    """Feeds the parser the rest of the file after a first syntax error, reporting
    and recovering from each error in gc's manner.  run() returns the tree, or None
    when a syntax error makes it useless."""

    def __init__(self, parser_state, automaton, builder, source_map, queue, forced_braces):
        self.state = parser_state
        self.automaton = automaton
        self.builder = builder
        self.source_map = source_map
        self.queue = queue
        self.forced_braces = forced_braces
        self.stopped = False
        self.last_failed = None
        self.failures_in_a_row = 0
        self.stacks_failed_at = set()
        self.in_function = False

    # ------------------------------------------------------------ the loop

    def run(self, failed_token=None):
        if failed_token is not None:
            self.fail(failed_token)
        while not self.stopped:
            token = self.queue.next()
            if token.type == END:
                return self.finish(token)
            if token.type == "LBRACE" and self.forced_braces and self.position(token) in self.forced_braces:
                self.fail(token)
                continue
            try:
                self.state.feed_token(token)
            except UnexpectedToken:
                self.fail(token)
        return None

    def fail(self, token):
        """The parser cannot take `token`: report gc's error and recover."""
        stack = tuple(self.state.state_stack)
        if token is self.last_failed:
            self.failures_in_a_row += 1
            if stack in self.stacks_failed_at or self.failures_in_a_row >= MAX_FAILURES_AT_ONE_TOKEN:
                return              # dropped: the recoveries made no headway
        else:
            self.last_failed, self.failures_in_a_row = token, 0
            self.stacks_failed_at = set()
        self.stacks_failed_at.add(stack)
        failure = ParseFailure(self.state, self.automaton, token)
        earlier = failure.misread_composite_literal()
        if earlier is not None:
            brace_pos = self.source_map.pos(earlier.token)
            if brace_pos not in self.forced_braces:
                raise Restart(brace_pos)
        error = describe_failure(failure, self.source_map)
        self._check_open_receiver(failure)
        if _ends_header(error.message):
            self._header_ended(failure)
        self.report(error, token)
        if error.message.startswith("expected '"):
            self.stopped = True     # an error of the go command's own reader: gc never runs
            return
        self.in_function = self._inside_function(failure)
        self.queue.push(token)
        recovery_for(error.message, failure)(self, failure, error.message)

    def report(self, error, token):
        if token.type == END and self.any_errors():
            return                  # gc: no follow-up errors at the end of the file
        self.builder.error(error.pos, error.message, self.position(token))
        kept = one_syntax_error_a_line(self.builder.errors, self.builder.report_times)
        if sum(reported_by_parser(error.message) for error in kept) >= MAX_REPORTED_ERRORS:
            self.stopped = True     # gc gives up after ten errors

    def any_errors(self) -> bool:
        return any(reported_by_parser(error.message) for error in self.builder.errors)

    def any_syntax_errors(self) -> bool:
        return any(error.message.startswith("syntax error") for error in self.builder.errors)

    def finish(self, end_token):
        try:
            return self.state.feed_token(end_token, True)
        except UnexpectedToken:
            self.fail(end_token)
        if not self.stopped and self.queue.has_put_back():
            # The recovery gave the end back: read on to it again, as gc's parser goes
            # on to finish the statement it was in (`go` at the end of the file is
            # still reported as not a call after an earlier error).
            return self.run()
        if self.stopped or self.any_syntax_errors():
            return None
        return self.complete(end_token)

    def complete(self, end_token):
        """Closes what is still open at the end of the file with made-up tokens, for
        the tree of a file whose only errors are lexical: gc type-checks it."""
        previous = None
        for _ in range(4 * len(self.state.state_stack) + 16):
            if self.automaton.accepts(self.state.state_stack, END):
                return self.state.feed_token(end_token, True)
            for kind in COMPLETION_ORDER:
                if not (kind == previous == "_SEMI") and self.insert(kind):
                    previous = kind
                    break
            else:
                return None
        return None

    # ------------------------------------------------------------ what recoveries use

    def peek(self):
        return self.queue.peek()

    def consume_one(self):
        """gc's advance() without a follow list: one token (never the end of file)."""
        if self.queue.peek().type != END:
            self.queue.next()

    def skip_to(self, follow, statement_keywords: bool = True):
        """gc's advance(follow...): skips tokens up to one in `follow`, or a statement
        keyword inside a function body, or the end of the file."""
        if statement_keywords and self.in_function:
            follow = follow | STATEMENT_KEYWORDS
        while True:
            token = self.queue.peek()
            if token.type in follow or token.type == END:
                return token
            self.queue.next()

    def insert(self, kind: str, at=None, text=None) -> bool:
        """Feeds a made-up token of `kind` if the parser accepts it; it stands at the
        token `at`, by default the next one."""
        if not self.automaton.accepts(self.state.state_stack, kind):
            return False
        self.state.feed_token(self.made_up(kind, at, text))
        return True

    def insert_block_brace(self, at=None) -> bool:
        """Feeds a made-up `{` opening the block after a header.  Where the header's
        last expression could take a `{` (`[]string`, `func()`), the parser is first
        made to reduce that expression, as it would before a token ending it."""
        stack = self.state.state_stack
        if not self.automaton.opens_block(stack):
            for terminal in sorted(self.automaton.states[stack[-1]]):
                if not terminal.isupper() or terminal == "LBRACE":
                    continue
                rules = self.automaton.reductions(stack, terminal)
                if rules and self._opens_block_after(rules):
                    self._reduce(rules)
                    break
        return self.insert("LBRACE", at=at)

    def _opens_block_after(self, rules) -> bool:
        stack = list(self.state.state_stack)
        for rule in rules:
            if len(rule.expansion):
                del stack[-len(rule.expansion):]
            stack.append(self.automaton.states[stack[-1]][rule.origin.name][1])
        return self.automaton.opens_block(stack)

    def _reduce(self, rules):
        """Applies reductions to the parser itself, building their nodes."""
        states, values = self.state.state_stack, self.state.value_stack
        callbacks = self.state.parse_conf.callbacks
        for rule in rules:
            size = len(rule.expansion)
            children = values[-size:] if size else []
            if size:
                del states[-size:]
                del values[-size:]
            values.append(callbacks[rule](children))
            states.append(self.automaton.states[states[-1]][rule.origin.name][1])

    def repair(self) -> bool:
        """When the planned made-up token does not fit: the shortest run of made-up
        tokens after which the parser takes the next real token, if one is short."""
        next_kind = self.queue.peek().type
        stack = self.state.state_stack
        if self.automaton.accepts(stack, next_kind):
            return True
        for first in REPAIR_KINDS:
            after_first = self.automaton.after(stack, first)
            if after_first is None:
                continue
            if self.automaton.accepts(after_first, next_kind):
                return self.insert(first)
            for second in REPAIR_KINDS:
                after_second = self.automaton.after(after_first, second)
                if after_second is not None and self.automaton.accepts(after_second, next_kind):
                    return self.insert(first) and self.insert(second)
        return False

    def made_up(self, kind: str, at=None, text=None) -> Token:
        where = at if at is not None and at.type != END else self.queue.peek()
        return Token(kind, text or MADE_UP_TEXT.get(kind, kind.lower()), MADE_UP, where.line, where.column,
                     where.line, where.column, MADE_UP)

    def drop_unless_accepted(self, kind: str):
        if self.queue.peek().type == kind and not self.automaton.accepts(self.state.state_stack, kind):
            self.queue.next()

    def _header_ended(self, failure):
        """The header before a missing block is complete: gc checks it now."""
        index = failure.context_index
        if index is None or failure.context not in ("if", "for", "switch"):
            return
        parts = [None]
        for item in failure.stack[index + 1:]:
            if _is_token(item, "_SEMI"):
                parts.append(None)
            else:
                parts[-1] = item
        self.builder.header_ended(failure.context, parts, self.position(failure.token))

    def _check_open_receiver(self, failure):
        """gc checks a method's receiver list as soon as it is read, where the LALR
        parser's tree builder waits for the whole method: a method declaration still
        open at an error has its receivers checked now, at the token after them."""
        stack = failure.stack
        for index in range(len(stack) - 2, 0, -1):
            if (_is_token(stack[index], "FUNC") and isinstance(stack[index + 1], ast.FieldList)
                    and _is_top_level(stack, index)):
                after = stack[index + 2] if index + 2 < len(stack) else failure.token
                position = self.position(after) if isinstance(after, Token) else after.pos
                self.builder.check_receivers(stack[index + 1], position)
                return

    def abandon_from(self, kind: str) -> bool:
        """Pops the stacks down to before the last `kind` token on them: the parser
        is then where it was before that token, as gc is after giving up on the
        construct it started."""
        values = self.state.value_stack
        for index in range(len(values) - 1, -1, -1):
            item = values[index]
            if _is_token(item, kind):
                del self.state.state_stack[index + 1:]
                del values[index:]
                return True
        return False

    def position(self, token):
        return self.source_map.end_pos() if token.type == END else self.source_map.pos(token)

    def _inside_function(self, failure) -> bool:
        """gc's fnest > 0: some `{` on the stack opened a function body or block."""
        for index, item in enumerate(failure.stack):
            if _is_token(item, "LBRACE") and "RETURN" in failure.accepted_after(index):
                return True
        return False


# ---------------------------------------------------------------- gc's recoveries
# Each is named after the place of gc's parser that makes the message it follows.

def end_of_statement(parser, failure, message):
    """stmtList: skip to `;` `}` `case` `default`; a `;` there ends the statement."""
    token = parser.skip_to({"_SEMI", "RBRACE", "CASE", "DEFAULT"})
    if token.type not in ("_SEMI", "RBRACE"):
        parser.insert("_SEMI")


def after_top_level_declaration(parser, failure, message):
    parser.skip_to(DECLARATION_KEYWORDS, statement_keywords=False)
    parser.insert("_SEMI")


def outside_function_body(parser, failure, message):
    parser.skip_to(DECLARATION_KEYWORDS, statement_keywords=False)


def list_element(parser, failure, message):
    """list(): skip to a closing bracket; the list ends there, closed or not."""
    closer = CLOSERS[message[-1]]
    token = parser.skip_to({"RPAREN", "RBRACK", "RBRACE"})
    if token.type != closer:
        parser.insert(closer)


def skip_then_insert(follow, kind, statement_keywords=True):
    """The many places that skip to `follow` and stand in a bad operand or type
    (made at the unexpected token, as gc's BadExpr is)."""
    def recover(parser, failure, message):
        parser.skip_to(frozenset(follow), statement_keywords)
        parser.insert(kind, at=failure.token)
    return recover


def function_name(parser, failure, message):
    """funcDeclOrNil without a name: the declaration is dropped; a `{` after it then
    draws 'after top level declaration' and a skip to the next declaration."""
    parser.abandon_from("FUNC")
    token = parser.skip_to({"LBRACE", "_SEMI"}, statement_keywords=False)
    if token.type == "_SEMI":
        parser.queue.next()
    elif token.type == "LBRACE":
        message = "syntax error: unexpected { after top level declaration"
        parser.report(CompileError(parser.position(token), message), token)
        parser.skip_to(DECLARATION_KEYWORDS, statement_keywords=False)


def parameter(parser, failure, message):
    """paramDeclOrNil: no parameter here; skip to the next `,` (which the list then
    takes) or the closing bracket.  Stopped short of both, the list complains in
    turn and ends."""
    closer = message[-1]
    token = parser.skip_to({"COMMA", CLOSERS[closer]})
    if token.type == "COMMA":
        parser.drop_unless_accepted("COMMA")
    elif token.type == CLOSERS[closer]:
        if not parser.automaton.accepts(parser.state.state_stack, token.type):
            parser.insert("NAME", at=failure.token)     # the list may not be empty here
    else:
        text = f"unexpected {token_text(token)} in parameter list; possibly missing comma or {closer}"
        parser.report(CompileError(parser.position(token), "syntax error: " + text), token)
        parser.insert(CLOSERS[closer])


def selector(parser, failure, message):
    """pexpr: `x.` without a name or `(`: the operand stays `x`."""
    parser.abandon_from("DOT")
    parser.skip_to({"_SEMI", "RPAREN"})


def field_declaration(parser, failure, message):
    parser.skip_to({"_SEMI", "RBRACE"})
    parser.drop_unless_accepted("_SEMI")


def else_branch(parser, failure, message):
    """ifStmt: an `else` not followed by if or a block is given up."""
    parser.abandon_from("ELSE")
    parser.skip_to({"NAME", "RBRACE"})


def case_clause(parser, failure, message):
    """caseClause: skip to `:` `case` `default` `}`; gc then reads a clause without
    its keyword, and wants its `:` even where a `case` or `default` starts the next
    one (`unexpected case, expecting :`, unless that is on the line of the error)."""
    token = parser.skip_to({"COLON", "CASE", "DEFAULT", "RBRACE"})
    if token.type != END:
        parser.insert("DEFAULT")


def header_brace(parser, failure, message):
    """header(): want `{`, then skip to `{` or `}`; what was read is the init
    statement, and what follows (if not `{`) the condition."""
    if failure.context not in ("if", "for", "switch"):
        want("LBRACE")(parser, failure, message)
        return
    parser.consume_one()
    if parser.peek().type != "LBRACE":
        parser.skip_to({"LBRACE", "RBRACE"})
    parser.insert("_SEMI")      # what was read is the init statement; a `for` then wants its condition


def block_missing(follow):
    """blockStmt (and switch, select) without `{`: skip to `follow`, then read on
    as in the block."""
    def recover(parser, failure, message):
        parser.skip_to(frozenset(follow))
        parser.insert_block_brace(at=failure.token)
    return recover


def want(kind):
    """want(): one token is skipped and the wanted one taken as read."""
    def recover(parser, failure, message):
        parser.consume_one()
        if not parser.insert(kind, at=failure.token):
            parser.repair()
    return recover


def skip_one(parser, failure, message):
    parser.consume_one()


def insert_only(kind):
    def recover(parser, failure, message):
        parser.insert(kind)
    return recover


def assignment(parser, failure, message):
    """simpleStmt: a list of expressions without `=`; gc keeps the first as an
    expression statement (here: an assignment of a marked stand-in, which the tree
    builder takes for that)."""
    parser.skip_to({"_SEMI", "RBRACE"})
    parser.insert("ASSIGN")
    parser.insert("NAME", text=ASSIGNMENT_STAND_IN)


def index_separator(parser, failure, message):
    """x[i then neither `,` `:` nor `]`: skip to one, then read on as the slice
    x[i:...]: a `:` found is then its second colon."""
    parser.skip_to({"COMMA", "COLON", "RBRACK"})
    parser.insert("COLON")


RECOVERIES = [
    (lambda m: m.endswith(" at end of statement"), end_of_statement),
    (lambda m: m.endswith(" after top level declaration"), after_top_level_declaration),
    (lambda m: m in ("syntax error: non-declaration statement outside function body",
                     "syntax error: unexpected semicolon or newline before {"), outside_function_body),
    (lambda m: "; possibly missing " in m and m[-1] in CLOSERS, list_element),
    (lambda m: m.endswith(", expecting expression"),
     skip_then_insert({"RPAREN", "RBRACK", "RBRACE"}, "NAME")),
    (lambda m: m.endswith(", expecting type"),
     skip_then_insert({"COMMA", "COLON", "_SEMI", "RPAREN", "RBRACK", "RBRACE"}, "NAME")),
    (lambda m: m.endswith(" in type declaration"), skip_then_insert({"_SEMI", "RPAREN"}, "NAME")),
    (lambda m: m.endswith(", expecting field name or embedded type"), field_declaration),
    (lambda m: m.endswith(", expecting ~ term or type"),
     skip_then_insert(OPERATORS | {"_SEMI", "RPAREN", "RBRACK", "RBRACE"}, "NAME")),
    (lambda m: m == "syntax error: else must be followed by if or statement block", else_branch),
    (lambda m: m.startswith("syntax error: missing { after "), block_missing({"CASE", "DEFAULT", "RBRACE"})),
    (lambda m: m.endswith(", expecting case or default or }"), case_clause),
    (lambda m: ", expecting { after " in m, block_missing({"NAME", "RBRACE"})),
    (lambda m: m.endswith(", expecting {"), header_brace),
    (lambda m: m.endswith(", expecting for loop condition"), insert_only("_SEMI")),
    (lambda m: m.startswith("syntax error: var declaration not allowed"), skip_one),
    (lambda m: m in ("syntax error: missing channel element type", "syntax error: ... is missing type"),
     insert_only("NAME")),
    (lambda m: m.endswith(", expecting := or = or comma"), assignment),
    (lambda m: m.endswith(", expecting comma, : or ]"), index_separator),
    (lambda m: m.endswith(", expecting operand"), insert_only("NAME")),
]


def recovery_for(message: str, failure):
    """The recovery gc makes after `message`."""
    if failure.context in ("parameters", "type parameters") and message.endswith((", expecting )",
                                                                                  ", expecting ]")):
        return parameter
    if message.endswith(", expecting name or ("):
        if failure.context == "top" and _after_func_keyword(failure):
            return function_name
        return selector
    for matches, recovery in RECOVERIES:
        if matches(message):
            return recovery
    wanted = message.rpartition(", expecting ")[2] if ", expecting " in message else None
    if wanted in WANTED:
        return want(WANTED[wanted])
    return skip_one


def _is_top_level(stack, index) -> bool:
    """Whether stack[index] is outside every bracket."""
    return not any(_is_token(item, "LBRACE", "LPAREN", "LBRACK") for item in stack[:index])


def _is_token(item, *kinds) -> bool:
    return isinstance(item, Token) and item.type in kinds


def _ends_header(message: str) -> bool:
    """Whether gc makes `message` right after reading an if/for/switch header."""
    return " expecting { after " in message or message.startswith("syntax error: missing { after ")


def _after_func_keyword(failure) -> bool:
    for item in reversed(failure.stack):
        if _is_token(item, "FUNC"):
            return True
        if _is_token(item, "_SEMI", "NAME", "LBRACE"):
            return False
    return False
