"""Builds the syntax tree while Lark parses (the `transformer=` of the LALR parser).

Each method is named after a rule or alias of go.lark and receives that rule's kept
children: named tokens, already-built nodes, and None for an absent `[optional]`.
Nodes are built bottom-up as the parser reduces, so nothing here recurses over the
tree.  The builder also performs the checks Go makes outside its grammar (`:=` with a
non-name, go/defer without a call, parameter grouping, literal escapes...): problems
are collected in `errors` and reported after the parse, so that the first error in the
file wins as in gc.  One Builder serves one parse at a time (`begin` resets it).
"""
from __future__ import annotations

from lark import Token

from minigo.errors import CompileError
from minigo.syntax import ast, literals
from minigo.syntax.printer import expr_string, gc_pos

CHAN_BOTH = ast.SEND | ast.RECV
LITERAL_CHECKS = {
    "NUMBER": literals.number_problem,
    "STRING": literals.string_problem,
    "CHAR": literals.rune_problem,
}
COMPOSITE_TYPES = (ast.Ident, ast.SelectorExpr, ast.IndexExpr, ast.IndexListExpr,
                   ast.ArrayType, ast.MapType, ast.StructType)


def _present(children):
    return [child for child in children if child is not None and not isinstance(child, Token)]


class Builder:
    def __init__(self):
        self.begin(None)

    def begin(self, source_map):
        self.source_map = source_map
        self.errors: list[CompileError] = []
        self.loose_type_guards: dict[int, ast.TypeAssertExpr] = {}

    # ------------------------------------------------------------ helpers

    def pos(self, token):
        return self.source_map.pos(token)

    def ident(self, token) -> ast.Ident:
        return ast.Ident(self.source_map.pos(token), str(token))

    def error(self, pos, message: str):
        self.errors.append(CompileError(pos, message))

    def syntax_error(self, pos, message: str):
        self.error(pos, "syntax error: " + message)

    def check_literal_token(self, token):
        """Called by the post-lexer for every literal as it is scanned, so that a bad
        literal is reported even when a syntax error follows it (as gc's scanner does)."""
        problem = LITERAL_CHECKS[token.type](str(token))
        if problem is not None:
            offset, message = problem
            pos = self.pos(token)
            self.error(ast.Pos(pos.filename, pos.line, pos.col + offset), message)

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
        keyword, name = children
        return self.pos(keyword), self.ident(name)

    # ------------------------------------------------------------ declarations

    def _gen_decl(self, children, grouped):
        keyword = children[0]
        specs = _present(children[1:])
        return ast.GenDecl(self.pos(keyword), str(keyword), specs, grouped)

    def import_decl(self, children):
        return self._gen_decl(children, False)

    def import_group(self, children):
        return self._gen_decl(children, True)

    def import_spec(self, children):
        name_token, path_token = children
        path = self.string_literal(path_token)
        name = None
        if name_token is not None:
            name = self.ident(name_token)
        return ast.ImportSpec(name.pos if name else path.pos, name, path)

    def const_decl(self, children):
        return self._number_consts(self._gen_decl(children, False))

    def const_group(self, children):
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
                self.error(spec.pos, "const declaration cannot have type without expression")
            else:
                spec.value_type = previous.value_type
                spec.values = previous.values
                spec.implicit = True
        return decl

    def var_decl(self, children):
        return self._gen_decl(children, False)

    def var_group(self, children):
        return self._gen_decl(children, True)

    def value_spec(self, children):
        names, value_type, values = children
        return ast.ValueSpec(names[0].pos, names, value_type, values or [])

    def untyped_value_spec(self, children):
        names, values = children
        return ast.ValueSpec(names[0].pos, names, None, values)

    def name_list(self, children):
        return [self.ident(token) for token in children]

    def type_decl(self, children):
        return self._gen_decl(children, False)

    def type_group(self, children):
        return self._gen_decl(children, True)

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
        params = [self._split_type_parameter(expression)] + _present(children[3:-2])
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
        rest = _present(children[1:])
        if rest and isinstance(rest[0], ast.Expr):
            return [(first, rest[0])] + rest[1:]
        return [(first, None)] + rest

    def type_params(self, children):
        lbrack, rbrack = children[0], children[-1]
        return self._type_param_fields(self.pos(lbrack), _present(children[1:-1]), self.pos(rbrack))

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
        keyword, name, type_params, func_type, body = children
        func_type.pos = self.pos(keyword)
        func_type.type_params = type_params
        return ast.FuncDecl(self.pos(keyword), None, self.ident(name), func_type, body)

    def method_decl(self, children):
        keyword, receiver, name, func_type, body = children
        func_type.pos = self.pos(keyword)
        return ast.FuncDecl(self.pos(keyword), receiver, self.ident(name), func_type, body)

    # ------------------------------------------------------------ types

    def name(self, children):
        return self.ident(children[0])

    def qualified_name(self, children):
        package, _dot, member = children
        return ast.SelectorExpr(self.pos(package), self.ident(package), self.ident(member))

    def generic_name(self, children):
        name, (lbrack, args) = children
        return self._instantiate(self.ident(name), lbrack, args)

    def generic_qualified_name(self, children):
        package, _dot, member, (lbrack, args) = children
        base = ast.SelectorExpr(self.pos(package), self.ident(package), self.ident(member))
        return self._instantiate(base, lbrack, args)

    def _instantiate(self, base, lbrack_pos, args):
        if len(args) == 1:
            return ast.IndexExpr(base.pos, base, args[0], lbrack=lbrack_pos)
        return ast.IndexListExpr(base.pos, base, args, lbrack=lbrack_pos)

    def type_args(self, children):
        return self.pos(children[0]), _present(children[1:-1])

    def star(self, children):
        operator, operand = children
        return ast.StarExpr(self.pos(operator), operand)

    def func_type(self, children):
        keyword, func_type = children
        func_type.pos = self.pos(keyword)
        return func_type

    def paren_type(self, children):
        lparen, inner, _rparen = children
        return ast.ParenExpr(self.pos(lparen), inner)

    def recv_chan_type(self, children):
        arrow, _chan, element = children
        return ast.ChanType(self.pos(arrow), ast.RECV, element)

    def chan_type(self, children):
        keyword, element = children
        return ast.ChanType(self.pos(keyword), CHAN_BOTH, element)

    def send_chan_type(self, children):
        keyword, _arrow, element = children
        return ast.ChanType(self.pos(keyword), ast.SEND, element)

    def array_type(self, children):
        lbrack, length, _rbrack, element = children
        return ast.ArrayType(self.pos(lbrack), length, element)

    def slice_type(self, children):
        lbrack, _rbrack, element = children
        return ast.ArrayType(self.pos(lbrack), None, element)

    def ellipsis_array_type(self, children):
        lbrack, ellipsis, _rbrack, element = children
        return ast.ArrayType(self.pos(lbrack), ast.Ellipsis(self.pos(ellipsis)), element)

    def map_type(self, children):
        keyword, _lbrack, key, _rbrack, value = children
        return ast.MapType(self.pos(keyword), key, value)

    def struct_type(self, children):
        keyword, lbrace = children[0], children[1]
        fields = ast.FieldList(self.pos(lbrace), _present(children[2:-1]))
        return ast.StructType(self.pos(keyword), fields)

    def interface_type(self, children):
        keyword, lbrace = children[0], children[1]
        methods = ast.FieldList(self.pos(lbrace), _present(children[2:-1]))
        return ast.InterfaceType(self.pos(keyword), methods)

    def tag(self, children):
        return self.string_literal(children[0])

    def field_one(self, children):
        name, field_type, tag = children
        return ast.Field(self.pos(name), [self.ident(name)], field_type, tag)

    def field_names(self, children):
        names = [self.ident(token) for token in children[:-2]]
        return ast.Field(names[0].pos, names, children[-2], children[-1])

    def embedded_name(self, children):
        name, tag = children
        return ast.Field(self.pos(name), [], self.ident(name), tag)

    def embedded_qualified(self, children):
        package, _dot, member, type_args, tag = children
        field_type = self.qualified_name([package, _dot, member])
        if type_args is not None:
            field_type = self._instantiate(field_type, *type_args)
        return ast.Field(field_type.pos, [], field_type, tag)

    def embedded_generic1(self, children):
        name, lbrack, arg, _rbrack, tag = children
        field_type = self._instantiate(self.ident(name), self.pos(lbrack), [arg])
        return ast.Field(field_type.pos, [], field_type, tag)

    def embedded_generic(self, children):
        name, lbrack, tag = children[0], children[1], children[-1]
        args = _present(children[2:-2])
        field_type = self._instantiate(self.ident(name), self.pos(lbrack), args)
        return ast.Field(field_type.pos, [], field_type, tag)

    def embedded_pointer(self, children):
        star, base, tag = children
        return ast.Field(self.pos(star), [], ast.StarExpr(self.pos(star), base), tag)

    def embedded_paren(self, children):
        lparen, field_type, _rparen, tag = children
        self.syntax_error(self.pos(lparen), "cannot parenthesize embedded type")
        return ast.Field(self.pos(lparen), [], field_type, tag)

    def embedded_paren_pointer(self, children):
        star, lparen, field_type, _rparen, tag = children
        self.syntax_error(self.pos(lparen), "cannot parenthesize embedded type")
        return ast.Field(self.pos(star), [], ast.StarExpr(self.pos(star), field_type), tag)

    def method_spec(self, children):
        name, func_type = children
        return ast.Field(self.pos(name), [self.ident(name)], func_type)

    def embedded_elem(self, children):
        element = children[0]
        return ast.Field(element.pos, [], element)

    def signature(self, children):
        params, result = children
        if result is None or isinstance(result, ast.FieldList):
            results = result
        else:
            results = ast.FieldList(result.pos, [ast.Field(result.pos, [], result)])
        if results is not None:
            for field in results.fields:
                if isinstance(field.field_type, ast.Ellipsis):
                    self.error(field.field_type.pos, "can only use ... with final parameter in list")
        return ast.FuncType(params.pos, None, params, results)

    # parameters are read one at a time as (kind, name, type) and grouped here
    def parameters(self, children):
        lparen = children[0]
        params = _present(children[1:-1])
        fields = self._group_parameters(params)
        for field in fields[:-1]:
            if isinstance(field.field_type, ast.Ellipsis):
                self.error(field.field_type.pos, "can only use ... with final parameter in list")
        return ast.FieldList(self.pos(lparen), fields)

    def _group_parameters(self, params):
        if not any(kind == "named" for kind, _name, _type in params):
            return [ast.Field(param_type.pos, [], param_type) if kind == "type"
                    else ast.Field(name.pos, [], name)
                    for kind, name, param_type in params]
        fields = []
        pending = []
        for kind, name, param_type in params:
            if kind == "name":
                pending.append(name)
            elif kind == "named":
                names = pending + [name]
                fields.append(ast.Field(names[0].pos, names, param_type))
                pending = []
            else:
                self.syntax_error(param_type.pos, "mixed named and unnamed parameters")
                return fields
        if pending:
            self.syntax_error(pending[-1].pos, "mixed named and unnamed parameters")
        return fields

    def param_named(self, children):
        name, param_type = children
        return "named", self.ident(name), param_type

    def param_named_variadic(self, children):
        name, ellipsis, param_type = children
        return "named", self.ident(name), ast.Ellipsis(self.pos(ellipsis), param_type)

    def param_variadic(self, children):
        ellipsis, param_type = children
        return "type", None, ast.Ellipsis(self.pos(ellipsis), param_type)

    def param_name(self, children):
        return "name", self.ident(children[0]), None

    def param_qualified(self, children):
        package, dot, member, type_args = children
        param_type = self.qualified_name([package, dot, member])
        if type_args is not None:
            param_type = self._instantiate(param_type, *type_args)
        return "type", None, param_type

    def param_generic1(self, children):
        name, lbrack, arg, _rbrack = children
        return "type", None, self._instantiate(self.ident(name), self.pos(lbrack), [arg])

    def param_generic(self, children):
        name, lbrack = children[0], children[1]
        args = _present(children[2:-1])
        return "type", None, self._instantiate(self.ident(name), self.pos(lbrack), args)

    def param_type(self, children):
        return "type", None, children[0]

    # ------------------------------------------------------------ statements

    def block(self, children):
        lbrace, statements, rbrace = children
        return ast.BlockStmt(self.pos(lbrace), statements, rbrace=self.pos(rbrace))

    def stmt_list(self, children):
        return children

    def decl_stmt(self, children):
        decl = children[0]
        return ast.DeclStmt(decl.pos, decl)

    def labeled_stmt(self, children):
        name, colon, statement = children
        if statement is None:
            statement = ast.EmptyStmt(self.pos(colon), implicit=True)
        return ast.LabeledStmt(self.pos(name), self.ident(name), statement)

    def _call_statement(self, children, what, node_class):
        keyword, call = children
        if isinstance(call, ast.ParenExpr):
            self.error(call.pos, f"expression in {what} must not be parenthesized")
        elif not isinstance(call, ast.CallExpr):
            self.error(gc_pos(call), f"expression in {what} must be function call")
        return node_class(self.pos(keyword), call)

    def go_stmt(self, children):
        return self._call_statement(children, "go", ast.GoStmt)

    def defer_stmt(self, children):
        return self._call_statement(children, "defer", ast.DeferStmt)

    def return_stmt(self, children):
        keyword, results = children
        return ast.ReturnStmt(self.pos(keyword), results or [])

    def branch_stmt(self, children):
        keyword = children[0]
        label = children[1] if len(children) > 1 else None
        return ast.BranchStmt(self.pos(keyword), str(keyword), self.ident(label) if label is not None else None)

    def header_one(self, children):
        return None, children[0], False

    def header_two(self, children):
        init, semicolon, condition = children
        return init, condition, semicolon

    def _condition(self, statement, keyword, where, semicolon=None):
        """The expression of an if/for condition written as a simple statement."""
        if statement is None:
            if semicolon is not None and semicolon == "newline":
                self.syntax_error(self.pos(semicolon), f"unexpected newline, expecting {{ after {keyword} clause")
            else:
                self.syntax_error(where, f"missing condition in {keyword} statement")
            return ast.BadExpr(where)
        if isinstance(statement, ast.ExprStmt):
            return statement.x
        if isinstance(statement, ast.AssignStmt) and statement.tok == "=":
            shown = ("assignment (" + ", ".join(map(expr_string, statement.lhs)) + ") = ("
                     + ", ".join(map(expr_string, statement.rhs)) + ")")
        else:
            shown = expr_string(statement)
        self.syntax_error(gc_pos(statement), f"cannot use {shown} as value")
        return ast.BadExpr(statement.pos)

    def if_stmt(self, children):
        keyword, header, body, _else, else_branch = children
        init, condition, semicolon = None, None, None
        if header is not None:
            init, condition, semicolon = header
        cond = self._condition(condition, "if", body.pos, semicolon)
        return ast.IfStmt(self.pos(keyword), init, cond, body, else_branch)

    def switch_stmt(self, children):
        keyword, header, _lbrace = children[0], children[1], children[2]
        rbrace = children[-1]
        clauses = _present(children[3:-1])
        init, tag_statement = None, None
        if header is not None:
            init, tag_statement, _semicolon = header
        pos = self.pos(keyword)
        guard = self._type_switch_guard(tag_statement)
        if guard is not None:
            self.loose_type_guards.pop(id(guard), None)
            return ast.TypeSwitchStmt(pos, init, tag_statement, clauses, rbrace=self.pos(rbrace))
        tag = None
        if tag_statement is not None:
            tag = self._condition(tag_statement, "switch", pos)
        return ast.SwitchStmt(pos, init, tag, clauses, rbrace=self.pos(rbrace))

    @staticmethod
    def _type_switch_guard(statement):
        if isinstance(statement, ast.ExprStmt):
            candidate = statement.x
        elif (isinstance(statement, ast.AssignStmt) and statement.tok == ":="
              and len(statement.lhs) == 1 and len(statement.rhs) == 1
              and isinstance(statement.lhs[0], ast.Ident)):
            candidate = statement.rhs[0]
        else:
            return None
        if isinstance(candidate, ast.TypeAssertExpr) and candidate.assert_type is None:
            return candidate
        return None

    def clause_stmts(self, children):
        return children

    def case_clause(self, children):
        keyword, expressions = children[0], children[1]
        return ast.CaseClause(self.pos(keyword), expressions, children[3])

    def default_clause(self, children):
        keyword = children[0]
        return ast.CaseClause(self.pos(keyword), None, children[2])

    def select_stmt(self, children):
        keyword = children[0]
        return ast.SelectStmt(self.pos(keyword), _present(children[2:-1]))

    def comm_clause(self, children):
        keyword, comm = children[0], children[1]
        if not self._is_communication(comm):
            where = gc_pos(comm.x) if isinstance(comm, ast.ExprStmt) else comm.pos
            self.error(where, "select case must be send or receive (possibly with assignment)")
        return ast.CommClause(self.pos(keyword), comm, children[3])

    @staticmethod
    def _is_receive(expr):
        while isinstance(expr, ast.ParenExpr):
            expr = expr.x
        return isinstance(expr, ast.UnaryExpr) and expr.op == "<-"

    def _is_communication(self, statement):
        if isinstance(statement, ast.SendStmt):
            return True
        if isinstance(statement, ast.ExprStmt):
            return self._is_receive(statement.x)
        if isinstance(statement, ast.AssignStmt):
            return (statement.tok in ("=", ":=") and len(statement.rhs) == 1
                    and len(statement.lhs) <= 2 and self._is_receive(statement.rhs[0]))
        return False

    def default_comm_clause(self, children):
        keyword = children[0]
        return ast.CommClause(self.pos(keyword), None, children[2])

    def for_forever(self, children):
        keyword, body = children
        return ast.ForStmt(self.pos(keyword), None, None, None, body)

    def for_cond(self, children):
        keyword, condition, body = children
        cond = self._condition(condition, "for", body.pos)
        return ast.ForStmt(self.pos(keyword), None, cond, None, body)

    def for_clause(self, children):
        keyword, init, condition, post, body = children
        cond = None if condition is None else self._condition(condition, "for", body.pos)
        if isinstance(post, ast.AssignStmt) and post.tok == ":=":
            self.syntax_error(post.tok_pos, "cannot declare in post statement of for loop")
        return ast.ForStmt(self.pos(keyword), init, cond, post, body)

    def for_range(self, children):
        keyword, variables, token, _range, expression, body = children
        if token == ":=":
            self._check_define_names(variables)
        if len(variables) > 2:
            self.error(variables[2].pos, "range clause permits at most two iteration variables")
        key = variables[0]
        value = variables[1] if len(variables) > 1 else None
        return ast.RangeStmt(self.pos(keyword), key, value, str(token), expression, body)

    def for_range_bare(self, children):
        keyword, _range, expression, body = children
        return ast.RangeStmt(self.pos(keyword), None, None, None, expression, body)

    def expr_stmt(self, children):
        expression = children[0]
        return ast.ExprStmt(expression.pos, expression)

    def send_stmt(self, children):
        channel, arrow, value = children
        return ast.SendStmt(channel.pos, channel, value, arrow=self.pos(arrow))

    def incdec_stmt(self, children):
        operand, operator = children
        return ast.IncDecStmt(operand.pos, operand, str(operator), tok_pos=self.pos(operator))

    def assign_stmt(self, children):
        lhs, operator, rhs = children
        if operator == ":=":
            self._check_define_names(lhs)
        return ast.AssignStmt(lhs[0].pos, lhs, str(operator), rhs, tok_pos=self.pos(operator))

    def op_assign_stmt(self, children):
        target, operator, value = children
        return ast.AssignStmt(target.pos, [target], str(operator), [value], tok_pos=self.pos(operator))

    def _check_define_names(self, targets):
        for target in targets:
            if not isinstance(target, ast.Ident):
                self.error(target.pos, f"non-name {expr_string(target)} on left side of :=")

    # ------------------------------------------------------------ expressions

    def expr_list(self, children):
        return children

    def string_literal(self, token) -> ast.BasicLit:
        return ast.BasicLit(self.pos(token), "STRING", str(token))

    def string(self, children):
        return self.string_literal(children[0])

    def number(self, children):
        token = children[0]
        text = str(token)
        return ast.BasicLit(self.pos(token), literals.number_kind(text), text)

    def char(self, children):
        token = children[0]
        return ast.BasicLit(self.pos(token), "CHAR", str(token))

    def paren(self, children):
        lparen, inner, _rparen = children
        return ast.ParenExpr(self.pos(lparen), inner)

    def func_lit(self, children):
        keyword, func_type, body = children
        func_type.pos = self.pos(keyword)
        return ast.FuncLit(func_type.pos, func_type, body)

    def literal_value(self, children):
        lbrace, rbrace = children[0], children[-1]
        elements = _present(children[1:-1])
        return ast.CompositeLit(self.pos(lbrace), None, elements, lbrace=self.pos(lbrace),
                                rbrace=self.pos(rbrace))

    def keyed_element(self, children):
        key, colon, value = children
        return ast.KeyValueExpr(key.pos, key, value, colon=self.pos(colon))

    def composite_lit(self, children):
        lit_type, literal = children
        bare = lit_type
        while isinstance(bare, ast.ParenExpr):
            bare = bare.x
        if bare is not lit_type:
            self.syntax_error(lit_type.pos, "cannot parenthesize type in composite literal")
        elif not isinstance(bare, COMPOSITE_TYPES):
            self.syntax_error(literal.lbrace, "unexpected {, expecting composite literal type")
        literal.lit_type = lit_type
        literal.pos = lit_type.pos
        return literal

    def call_args(self, children):
        ellipsis = children[-1]
        return _present(children[:-1]), ellipsis is not None

    def call(self, children):
        function, lparen, arguments, rparen = children
        args, has_ellipsis = arguments if arguments is not None else ([], False)
        return ast.CallExpr(function.pos, function, args, has_ellipsis, rparen=self.pos(rparen),
                            lparen=self.pos(lparen))

    def selector(self, children):
        operand, _dot, name = children
        return ast.SelectorExpr(operand.pos, operand, self.ident(name))

    def type_assert(self, children):
        operand, _dot, lparen, assert_type, _rparen = children
        return ast.TypeAssertExpr(operand.pos, operand, assert_type, lparen=self.pos(lparen))

    def type_guard(self, children):
        operand, _dot, lparen, _type, _rparen = children
        guard = ast.TypeAssertExpr(operand.pos, operand, None, lparen=self.pos(lparen))
        self.loose_type_guards[id(guard)] = guard
        return guard

    def index(self, children):
        operand, lbrack, index, _rbrack = children
        return ast.IndexExpr(operand.pos, operand, index, lbrack=self.pos(lbrack))

    def index_list(self, children):
        operand, lbrack = children[0], children[1]
        return ast.IndexListExpr(operand.pos, operand, _present(children[2:-1]), lbrack=self.pos(lbrack))

    def slice(self, children):
        operand, lbrack, low, _colon, high, _rbrack = children
        return ast.SliceExpr(operand.pos, operand, low, high, None, False, lbrack=self.pos(lbrack))

    def slice3(self, children):
        operand, lbrack, low, _colon, high, colon2, maximum, rbrack = children
        if high is None:
            self.error(self.pos(colon2), "middle index required in 3-index slice")
        if maximum is None:
            self.error(self.pos(rbrack), "final index required in 3-index slice")
        return ast.SliceExpr(operand.pos, operand, low, high, maximum, True, lbrack=self.pos(lbrack))

    def binary(self, children):
        left, operator, right = children
        return ast.BinaryExpr(left.pos, str(operator), left, right, op_pos=self.pos(operator))

    def unary(self, children):
        operator, operand = children
        pos = self.pos(operator)
        if operator == "<-" and isinstance(operand, ast.ChanType):
            return self._receive_channel_type(pos, operand)
        return ast.UnaryExpr(pos, str(operator), operand)

    def _receive_channel_type(self, pos, chan_type: ast.ChanType):
        """`<-chan T` parsed as `<-` applied to `chan T`: re-associate the arrow,
        turning `<-chan<- chan T` into `<-chan <-chan T` as gc does."""
        current = chan_type
        while True:
            if current.dir == ast.RECV:
                self.syntax_error(current.pos, "unexpected <-, expecting chan")
                break
            was_send = current.dir == ast.SEND
            current.dir = ast.RECV
            if not was_send:
                break
            if not isinstance(current.value_type, ast.ChanType):
                self.syntax_error(current.value_type.pos,
                                  f"unexpected {expr_string(current.value_type)}, expecting chan")
                break
            current = current.value_type
        chan_type.pos = pos
        return chan_type

    # ------------------------------------------------------------ after the parse

    def finish(self):
        for guard in self.loose_type_guards.values():
            self.error(guard.x.pos, "invalid AST: use of .(type) outside type switch")
