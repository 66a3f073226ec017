"""Builds the syntax tree while Lark parses (the `transformer=` of the LALR parser).

Each method is named after a rule or alias of go.lark and receives that rule's kept
children: named tokens, already-built nodes, and None for an absent `[optional]`.
Nodes are built bottom-up as the parser reduces, so nothing here recurses over the
tree.  The builder also performs the checks Go makes outside its grammar (`:=` with a
non-name, go/defer without a call, parameter grouping, literal escapes...): problems
are collected in `errors`, in the order found, with the lexical errors the scanner
reports through it and the syntax errors of recovery.py.  A node built after a syntax
error may hold stand-ins for what was missing (made-up tokens, see recovery.py); it is
never type-checked.  One Builder serves one parse at a time (`begin` resets it).
"""
from __future__ import annotations

from minigo.errors import CompileError
from minigo.syntax import ast, literals
from minigo.syntax.build_common import clone_tree, present
from minigo.syntax.build_expressions import ExpressionBuilder
from minigo.syntax.build_statements import StatementBuilder
from minigo.syntax.build_types import TypeBuilder
from minigo.syntax.lexer import name_problems
from minigo.syntax.printer import expr_string

LITERAL_CHECKS = {
    "NUMBER": literals.number_problem,
    "STRING": literals.string_problem,
    "CHAR": literals.rune_problem,
}


class Builder(TypeBuilder, StatementBuilder, ExpressionBuilder):
    """The file and its declarations; the other rules are in the mixins."""

    def __init__(self):
        self.begin(None)

    def begin(self, source_map):
        self.source_map = source_map
        self.errors: list[CompileError] = []
        self.report_times: dict[int, tuple] = {}    # id(error) -> when gc reports it (see error())
        self.loose_type_guards: dict[int, ast.TypeAssertExpr] = {}
        self.bad_literals: set[int] = set()     # start offsets of literals with lexical errors
        self.checked_receivers: set = set()     # receiver lists already checked
        self.errors_in_package_clause = None    # the errors up to the end of the package clause, if any
        self.headers_checked: set = set()       # if/for/switch header statements already checked
        self.stand_ins: set = set()             # made-up right sides of assignments (recovery.assignment)
        self.header_imports: list = []          # import specs before any other declaration
        self.function_bodies: list = []         # every function's and function literal's body
        self.in_header = True                   # no declaration but imports reduced yet

    # ------------------------------------------------------------ helpers

    def pos(self, token):
        return self.source_map.pos(token)

    def ident(self, token) -> ast.Ident:
        return ast.Ident(self.source_map.pos(token), str(token))

    def error(self, pos, message: str, reported_at=None, before_others=False):
        """Records an error at `pos`.  gc would report it when its parser reaches
        `reported_at` (by default `pos`), before the other errors there if
        `before_others`; the LALR parser often knows later, and gc's
        one-syntax-error-a-line rule depends on the order of reports."""
        error = CompileError(pos, message)
        self.errors.append(error)
        if reported_at is not None:
            self.report_times[id(error)] = (reported_at.line, reported_at.col, 0 if before_others else 1)

    def syntax_error(self, pos, message: str, reported_at=None, before_others=False):
        self.error(pos, "syntax error: " + message, reported_at, before_others)

    # ------------------------------------------------------------ lexical checks
    # (called by the scanner and the post-lexer as tokens are read, so that lexical
    # errors come in the order gc's scanner reports them)

    def check_literal(self, token):
        """Reports what is wrong with a literal's text; the literal then stands for an
        invalid operand (BadExpr), as gc marks it bad."""
        if token.start_pos in self.bad_literals:
            return
        problem = LITERAL_CHECKS[token.type](str(token))
        if problem is not None:
            offset, message = problem
            self.bad_literals.add(token.start_pos)
            self.error(self.pos_in(token, offset), message)

    def check_name(self, token):
        text = str(token)
        for index, message in name_problems(text):
            self.error(self.pos_in(token, len(text[:index].encode("utf-8"))), message)

    def unterminated_comment(self, token):
        self.error(self.pos(token), "comment not terminated")

    def bad_literal(self, token):
        """An unterminated literal, already reported by the scanner."""
        self.bad_literals.add(token.start_pos)

    def lexical_error(self, line: int, column: int, message: str):
        self.error(self.source_map.pos_at(line, column), message)

    def pos_in(self, token, byte_offset: int):
        pos = self.pos(token)
        return ast.Pos(pos.filename, pos.line, pos.col + byte_offset)

    # ------------------------------------------------------------ file

    def start(self, children):
        package_pos, package = children[0]
        decls = children[1:]
        imports = []
        seen_other = False
        for decl in decls:
            if isinstance(decl, ast.GenDecl) and decl.tok == "import":
                if seen_other:
                    self.syntax_error(decl.pos, "non-declaration statement outside function body")
                imports.extend(decl.specs)
            else:
                seen_other = True
        return ast.File(package_pos, "", package, imports, decls)

    def package_clause(self, children):
        """Reduced at the `;` after the name: gc gives up on a file whose package
        clause has errors (lexical ones included), reporting those alone."""
        keyword, name = children
        line = name.line
        early = [error for error in self.errors if error.pos.line <= line]
        if early and self.errors_in_package_clause is None:
            self.errors_in_package_clause = early
        return self.pos(keyword), self.ident(name)

    # ------------------------------------------------------------ declarations

    def _gen_decl(self, children, grouped):
        keyword = children[0]
        if str(keyword) != "import":
            self.in_header = False
        specs = present(children[1:])
        return ast.GenDecl(self.pos(keyword), str(keyword), specs, grouped)

    def gen_decl(self, children):
        return self._gen_decl(children, False)

    def gen_group(self, children):
        return self._gen_decl(children, True)

    def import_spec(self, children):
        name_token, path_token = children
        path = self.string_literal(path_token)
        name = None
        if name_token is not None:
            name = self.ident(name_token)
        spec = ast.ImportSpec(name.pos if name else path.pos, name, path)
        if self.in_header:
            self.header_imports.append(spec)
        return spec

    def const_decl(self, children):
        self.in_header = False
        return self._number_consts(self._gen_decl(children, False))

    def const_group(self, children):
        self.in_header = False
        return self._number_consts(self._gen_decl(children, True))

    def _number_consts(self, decl: ast.GenDecl) -> ast.GenDecl:
        previous = None
        for iota, spec in enumerate(decl.specs):
            spec.iota = iota
            if spec.values:
                previous = spec
                continue
            if previous is None:
                self.error(spec.names[0].pos, f"missing init expr for {spec.names[0].name}")
            elif spec.value_type is not None:
                self.error(spec.names[0].pos, f"missing init expr for {spec.names[0].name}")
            else:
                spec.value_type = clone_tree(previous.value_type)
                spec.values = [clone_tree(value) for value in previous.values]
                spec.implicit = True
        return decl

    def value_spec(self, children):
        names, value_type, values = children
        return ast.ValueSpec(names[0].pos, names, value_type, values or [])

    def untyped_value_spec(self, children):
        names, values = children
        return ast.ValueSpec(names[0].pos, names, None, values)

    def name_list(self, children):
        return [self.ident(token) for token in children]

    def type_spec(self, children):
        name, spec_type = children
        return ast.TypeSpec(self.pos(name), self.ident(name), None, False, spec_type)

    def alias_spec(self, children):
        name, _assign, spec_type = children
        return ast.TypeSpec(self.pos(name), self.ident(name), None, True, spec_type)

    def generic_type_spec(self, children):
        name, lbrack, params, rbrack, spec_type = children
        fields = self._type_param_fields(self.pos(lbrack), params, self.pos(rbrack))
        return ast.TypeSpec(self.pos(name), self.ident(name), fields, False, spec_type)

    def generic_alias_spec(self, children):
        name, lbrack, params, rbrack, _assign, spec_type = children
        self.error(self.pos(name), "generic type cannot be alias")
        fields = self._type_param_fields(self.pos(lbrack), params, self.pos(rbrack))
        return ast.TypeSpec(self.pos(name), self.ident(name), fields, True, spec_type)

    def generic_type_spec_from_expr(self, children):
        name, lbrack, expression = children[0], children[1], children[2]
        params = [self._split_type_parameter(expression)] + present(children[3:-2])
        fields = self._type_param_fields(self.pos(lbrack), params, self.pos(children[-2]))
        return ast.TypeSpec(self.pos(name), self.ident(name), fields, False, children[-1])

    def _split_type_parameter(self, expression):
        """`P *C`, `P(C)` or `P *C | D`, read as an expression, as the type parameter
        P with constraint `*C`, `(C)` or `*C | D`."""
        unions = []
        leftmost = expression
        while isinstance(leftmost, ast.BinaryExpr) and leftmost.op == "|":
            unions.append(leftmost)
            leftmost = leftmost.x
        if isinstance(leftmost, ast.BinaryExpr) and leftmost.op == "*" and isinstance(leftmost.x, ast.Ident):
            name, term = leftmost.x, ast.StarExpr(leftmost.op_pos, leftmost.y)
        elif (isinstance(leftmost, ast.CallExpr) and isinstance(leftmost.fun, ast.Ident)
              and len(leftmost.args) == 1 and not leftmost.has_ellipsis):
            name, term = leftmost.fun, ast.ParenExpr(leftmost.lparen, leftmost.args[0])
        else:
            self.syntax_error(expression.pos, f"unexpected {expr_string(expression)}, expecting type parameter")
            return ast.Ident(expression.pos, "_"), ast.BadExpr(expression.pos)
        if unions:
            unions[-1].x = term
            unions[-1].pos = term.pos
            for outer, inner in zip(unions, unions[1:]):
                outer.pos = inner.pos
            term = unions[0]
        return name, term

    def type_decl_params(self, children):
        first = self.ident(children[0])
        rest = present(children[1:])
        if rest and isinstance(rest[0], ast.Expr):
            return [(first, rest[0])] + rest[1:]
        return [(first, None)] + rest

    def type_params(self, children):
        lbrack, rbrack = children[0], children[-1]
        return self._type_param_fields(self.pos(lbrack), present(children[1:-1]), self.pos(rbrack))

    def type_param(self, children):
        name, constraint = children
        return self.ident(name), constraint

    def _type_param_fields(self, pos, params, rbrack_pos) -> ast.FieldList:
        fields = []
        pending = []
        for name, constraint in params:
            pending.append(name)
            if constraint is not None:
                fields.append(ast.Field(pending[0].pos, pending, constraint))
                pending = []
        if pending:
            self.syntax_error(rbrack_pos or pending[-1].pos, "missing type constraint")
            fields.append(ast.Field(pending[0].pos, pending, ast.BadExpr(pending[-1].pos)))
        return ast.FieldList(pos, fields)

    def first_constraint(self, children):
        return self.constraint(children)

    def constraint(self, children):
        result = children[0]
        for index in range(1, len(children), 2):
            operator, term = children[index], children[index + 1]
            result = ast.BinaryExpr(result.pos, "|", result, term, op_pos=self.pos(operator))
        return result

    def tilde(self, children):
        operator, operand = children
        return ast.UnaryExpr(self.pos(operator), "~", operand)

    def func_decl(self, children):
        self.in_header = False
        keyword, name, type_params, func_type, body = children
        func_type.pos = self.pos(keyword)
        func_type.type_params = type_params
        if body is not None:
            self.function_bodies.append(body)
        return ast.FuncDecl(self.pos(keyword), None, self.ident(name), func_type, body)

    def method_decl(self, children):
        self.in_header = False
        keyword, receiver, name, func_type, body = children
        func_type.pos = self.pos(keyword)
        receiver = self.check_receivers(receiver, self.pos(name))
        if body is not None:
            self.function_bodies.append(body)
        return ast.FuncDecl(self.pos(keyword), receiver, self.ident(name), func_type, body)

    def check_receivers(self, receiver: ast.FieldList, after):
        """A method has one receiver; gc reports none or several at the token after
        the list, and reads on with a function (none) or the first receiver."""
        if receiver in self.checked_receivers:
            return receiver if receiver.fields else None
        self.checked_receivers.add(receiver)
        count = sum(max(1, len(field.names)) for field in receiver.fields)
        if count == 0:
            self.error(after, "method has no receiver")
            return None
        if count > 1:
            self.error(after, "method has multiple receivers")
            first = receiver.fields[0]
            return ast.FieldList(receiver.pos, [ast.Field(first.pos, first.names[:1], first.field_type)])
        return receiver

    # ------------------------------------------------------------ after the parse

    def finish(self):
        for guard in self.loose_type_guards.values():
            self.error(guard.x.pos, "invalid AST: use of .(type) outside type switch")
