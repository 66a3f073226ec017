"""Builder callbacks for expressions and literals (see builder.py).

Types appear among expressions (`[]int{...}`, `make(chan T)`), as in go/ast.  `<-`
applied to a `chan T` operand is re-associated into a receive-only channel type, as
gc does; `.(type)` is remembered until a switch header claims it."""
from __future__ import annotations

from minigo.syntax import ast, literals
from minigo.syntax.build_common import COMPOSITE_TYPES, MisreadBrace, present
from minigo.syntax.printer import expr_string

class ExpressionBuilder:

    def expr_list(self, children):
        return children

    def string_literal(self, token) -> ast.BasicLit:
        return ast.BasicLit(self.pos(token), "STRING", str(token))

    def string(self, children):
        token = children[0]
        if token.start_pos in self.bad_literals:
            return ast.BadExpr(self.pos(token))
        return self.string_literal(token)

    def number(self, children):
        token = children[0]
        if token.start_pos in self.bad_literals:
            return ast.BadExpr(self.pos(token))
        text = str(token)
        return ast.BasicLit(self.pos(token), literals.number_kind(text), text)

    def char(self, children):
        token = children[0]
        if token.start_pos in self.bad_literals:
            return ast.BadExpr(self.pos(token))
        return ast.BasicLit(self.pos(token), "CHAR", str(token))

    def paren(self, children):
        lparen, inner, _rparen = children
        return ast.ParenExpr(self.pos(lparen), inner)

    def func_lit(self, children):
        keyword, func_type, body = children
        func_type.pos = self.pos(keyword)
        self.function_bodies.append(body)
        return ast.FuncLit(func_type.pos, func_type, body)

    def literal_value(self, children):
        lbrace, rbrace = children[0], children[-1]
        elements = present(children[1:-1])
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
        if not isinstance(bare, COMPOSITE_TYPES):
            raise MisreadBrace(literal.lbrace)
        if bare is not lit_type:
            self.syntax_error(lit_type.pos, "cannot parenthesize type in composite literal")
        literal.lit_type = lit_type
        literal.pos = lit_type.pos
        return literal

    def call_args(self, children):
        ellipsis = children[-1]
        return present(children[:-1]), ellipsis is not None

    def call(self, children):
        function, lparen, arguments, rparen = children
        args, has_ellipsis = arguments if arguments is not None else ([], False)
        return ast.CallExpr(function.pos, function, args, has_ellipsis, rparen=self.pos(rparen),
                            lparen=self.pos(lparen))

    def selector(self, children):
        operand, dot, name = children
        return ast.SelectorExpr(operand.pos, operand, self.ident(name), dot=self.pos(dot))

    def type_assert(self, children):
        operand, dot, lparen, assert_type, _rparen = children
        return ast.TypeAssertExpr(operand.pos, operand, assert_type, lparen=self.pos(lparen),
                                  dot=self.pos(dot))

    def type_guard(self, children):
        operand, dot, lparen, _type, _rparen = children
        guard = ast.TypeAssertExpr(operand.pos, operand, None, lparen=self.pos(lparen), dot=self.pos(dot))
        self.loose_type_guards[id(guard)] = guard
        return guard

    def index(self, children):
        operand, lbrack, index, _rbrack = children
        return ast.IndexExpr(operand.pos, operand, index, lbrack=self.pos(lbrack))

    def index_list(self, children):
        operand, lbrack = children[0], children[1]
        return ast.IndexListExpr(operand.pos, operand, present(children[2:-1]), lbrack=self.pos(lbrack))

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
