"""Builder callbacks for types, fields, parameters and signatures (see builder.py).

Parameters, type parameters and fields are read one at a time, so that `a, b int`
and `int, string` need no lookahead; the callbacks here regroup them the way
go/ast holds them and reject mixed named and unnamed parameters."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.syntax.build_common import ASSIGNMENT_STAND_IN, MADE_UP, CHAN_BOTH, present

class TypeBuilder:

    def name(self, children):
        token = children[0]
        if token.start_pos == MADE_UP:
            stand_in = ast.BadExpr(self.pos(token))     # for a missing operand or type
            if token == ASSIGNMENT_STAND_IN:
                self.stand_ins.add(stand_in)
            return stand_in
        return self.ident(token)

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
        return self.pos(children[0]), present(children[1:-1])

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
        fields = ast.FieldList(self.pos(lbrace), present(children[2:-1]))
        return ast.StructType(self.pos(keyword), fields)

    def interface_type(self, children):
        keyword, lbrace = children[0], children[1]
        methods = ast.FieldList(self.pos(lbrace), present(children[2:-1]))
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
        args = present(children[2:-2])
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
        lparen, rparen = children[0], children[-1]
        params = present(children[1:-1])
        fields = self._group_parameters(params, self.pos(rparen))
        for field in fields[:-1]:
            if isinstance(field.field_type, ast.Ellipsis):
                self.error(field.field_type.pos, "can only use ... with final parameter in list")
        return ast.FieldList(self.pos(lparen), fields)

    def _group_parameters(self, params, end):
        """Fields of the parameters; gc checks their naming at the list's end."""
        if not any(kind == "named" for kind, _name, _type in params):
            return [ast.Field(param_type.pos, [], param_type) if kind == "type"
                    else ast.Field(name.pos, [], name)
                    for kind, name, param_type in params]
        fields = []
        pending = []
        unnamed = []        # where a parameter lacks its name or its type
        for kind, name, param_type in params:
            if kind == "name":
                pending.append(name)
            elif kind == "named":
                names = pending + [name]
                fields.append(ast.Field(names[0].pos, names, param_type))
                pending = []
            else:
                unnamed.append(param_type.pos)
                names = pending + [ast.Ident(param_type.pos, "_")]
                fields.append(ast.Field(names[0].pos, names, param_type))
                pending = []
        if pending:
            unnamed += [name.pos for name in pending]
            fields.append(ast.Field(pending[0].pos, pending, ast.BadExpr(pending[-1].pos)))
        if unnamed:     # gc names the leftmost
            self.syntax_error(min(unnamed), "mixed named and unnamed parameters", end)
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
        args = present(children[2:-1])
        return "type", None, self._instantiate(self.ident(name), self.pos(lbrack), args)

    def param_type(self, children):
        return "type", None, children[0]
