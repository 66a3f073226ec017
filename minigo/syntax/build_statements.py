"""Builder callbacks for statements (see builder.py).

Headers of if/for/switch and select cases are parsed loosely as simple statements;
the checks Go applies outside its grammar happen here: a condition must be an
expression, a post statement may not declare, `:=` needs names on its left, a select
case must communicate, `go`/`defer` need a call."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.syntax.build_common import MADE_UP, present
from minigo.syntax.printer import expr_string, gc_pos

class StatementBuilder:

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
        """gc reads on after these errors: the parentheses are dropped, and an
        expression that is not a call is taken as a function called without
        arguments (the usual slip), so the type checker still sees a call."""
        keyword, call = children
        if isinstance(call, ast.ParenExpr):
            self.error(call.pos, f"expression in {what} must not be parenthesized")
            while isinstance(call, ast.ParenExpr):
                call = call.x
        if not isinstance(call, ast.CallExpr):
            self.error(gc_pos(call), f"expression in {what} must be function call")
            call = ast.CallExpr(call.pos, call, [])
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

    def header_ended(self, keyword: str, parts: list, end):
        """gc checks a header's statements as soon as the header is read, where the
        tree builder waits for the whole statement.  Error recovery calls this when
        a header ends at an error, with the parts between its semicolons (a part
        still unreduced on the parser's stack is skipped); the statements checked
        are not reported again.  `end` is where the header ended."""
        parts = [part if isinstance(part, ast.Stmt) else None for part in parts]
        condition = parts[0] if len(parts) == 1 else parts[1] if len(parts) > 1 else None
        if condition is not None and not (keyword == "switch" and self._type_switch_guard(condition)):
            self._condition(condition, keyword, condition.pos, end=end, first=False)
        if keyword == "for" and len(parts) == 3:
            self._check_post(parts[2], end, first=False)
        self.headers_checked.update(part for part in parts if part is not None)

    def _made_up_assignment(self, statement) -> bool:
        """An assignment error recovery completed with a made-up right side: gc
        keeps only the left side's first expression (an expression statement)."""
        return isinstance(statement, ast.AssignStmt) and not self.stand_ins.isdisjoint(statement.rhs)

    def _check_post(self, post, end, first=True):
        if self._made_up_assignment(post):
            return
        if isinstance(post, ast.AssignStmt) and post.tok == ":=" and post not in self.headers_checked:
            self.syntax_error(post.tok_pos, "cannot declare in post statement of for loop", end, first)

    def _condition(self, statement, keyword, where, semicolon=None, end=None, first=True):
        """The expression of an if/for condition written as a simple statement.
        gc checks it at the end of the header, `end` (by default `where`): before
        the errors at the block that follows when checked late (`first`)."""
        end = end or where
        if statement in self.headers_checked or self._made_up_assignment(statement):
            return statement.x if isinstance(statement, ast.ExprStmt) else ast.BadExpr(statement.pos)
        if statement is None:
            if semicolon is not None and semicolon.start_pos == MADE_UP:
                return ast.BadExpr(where)       # error recovery ended the header: gc is silent
            if semicolon is not None and semicolon == "newline":
                message = f"unexpected newline, expecting {{ after {keyword} clause"
                self.syntax_error(self.pos(semicolon), message, end, first)
            else:
                self.syntax_error(where, f"missing condition in {keyword} statement", end, first)
            return ast.BadExpr(where)
        if isinstance(statement, ast.ExprStmt):
            return statement.x
        if isinstance(statement, ast.AssignStmt) and statement.tok == "=":
            shown = ("assignment (" + ", ".join(map(expr_string, statement.lhs)) + ") = ("
                     + ", ".join(map(expr_string, statement.rhs)) + ")")
        else:
            shown = expr_string(statement)
        self.syntax_error(gc_pos(statement), f"cannot use {shown} as value", end, first)
        return ast.BadExpr(statement.pos)

    def if_stmt(self, children):
        keyword, header, body, _else, else_branch = children
        init, condition, semicolon = None, None, None
        if header is not None:
            init, condition, semicolon = header
        cond = self._condition(condition, "if", body.pos, semicolon)
        return ast.IfStmt(self.pos(keyword), init, cond, body, else_branch)

    def switch_stmt(self, children):
        keyword, header, lbrace = children[0], children[1], children[2]
        rbrace = children[-1]
        clauses = present(children[3:-1])
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
            if isinstance(tag_statement, ast.AssignStmt) and self._is_type_guard(tag_statement.rhs[-1]):
                self.loose_type_guards.pop(id(tag_statement.rhs[-1]), None)
            tag = self._condition(tag_statement, "switch", pos, end=self.pos(lbrace))
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
        return candidate if StatementBuilder._is_type_guard(candidate) else None

    @staticmethod
    def _is_type_guard(expression) -> bool:
        return isinstance(expression, ast.TypeAssertExpr) and expression.assert_type is None

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
        return ast.SelectStmt(self.pos(keyword), present(children[2:-1]))

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
        self._check_post(post, body.pos)
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
        if operator == ":=" and not (len(rhs) == 1 and self._is_type_guard(rhs[0])):
            self._check_define_names(lhs)     # a type switch guard is checked by switch_stmt
        return ast.AssignStmt(lhs[0].pos, lhs, str(operator), rhs, tok_pos=self.pos(operator))

    def op_assign_stmt(self, children):
        target, operator, value = children
        return ast.AssignStmt(target.pos, [target], str(operator), [value], tok_pos=self.pos(operator))

    def _check_define_names(self, targets):
        for target in targets:
            if not isinstance(target, ast.Ident):
                self.error(target.pos, f"non-name {expr_string(target)} on left side of :=")
