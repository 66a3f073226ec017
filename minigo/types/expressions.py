"""Expressions: operands, literals, operators, indexing, slicing, composite literals.

Each check sets the node's .mode/.type/.value.  Untyped results stay untyped here;
the context that finally decides their type (assignment, argument, binary operand)
calls update_expr_type (conversions.py), which records the type down the tree as
go/types does.  Constant results are folded exactly (constants.py); overflow is
checked after every constant operation."""
from __future__ import annotations

from fractions import Fraction

from minigo.errors import Pos
from minigo.syntax import ast, literals
from minigo.types.declarations import FunctionContext
from minigo.types import constants
from minigo.types.typesystem import (
    BOOLEAN, BYTE, INT, INTEGER, INVALID, NUMERIC, ORDERED, STRING, STRING_TYPE, UINT,
    UNTYPED_BOOL, UNTYPED_FLOAT, UNTYPED_INT, UNTYPED_NIL, UNTYPED_RUNE, UNTYPED_STRING,
    Array, Basic, Builtin, Chan, Const, Func, Interface, Map, Nil, PkgName, Pointer, Signature,
    Slice, Struct, Tuple, TypeName, Var, default_type, identical, is_basic, is_integer,
    is_interface, is_untyped, underlying, SEND_ONLY,
)
from minigo.types.wording import describe, expr_string, is_nil, type_text

UNARY_PREDICATES = {"+": NUMERIC, "-": NUMERIC, "^": INTEGER, "!": BOOLEAN}
BINARY_PREDICATES = {"+": NUMERIC | STRING, "-": NUMERIC, "*": NUMERIC, "/": NUMERIC,
                     "%": INTEGER, "&": INTEGER, "|": INTEGER, "^": INTEGER, "&^": INTEGER,
                     "&&": BOOLEAN, "||": BOOLEAN}
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
OVERFLOW_OPERATION_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR",
                            "*": "multiplication", "<<": "shift"}


def unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def op_satisfies(t, flags) -> bool:
    u = underlying(t)
    return isinstance(u, Basic) and bool(u.info & flags)


class ExpressionChecks:

    # ------------------------------------------------------------ entry points

    def raw_expr(self, e, hint=None) -> None:
        self.expression_depth += 1
        try:
            if self.expression_depth > self.max_expression_depth:
                if not self.depth_reported:
                    self.depth_reported = True
                    self.error(e, "expression nesting too deep")
                self.invalid(e)
                return
            self.expr_internal(e, hint)
        finally:
            self.expression_depth -= 1

    def expr(self, e, hint=None) -> None:
        """A single value."""
        self.raw_expr(e, hint)
        self.exclude(e, ("novalue", "builtin", "type"))
        self.single_value(e)

    def multi_expr(self, e) -> None:
        """A value or a tuple (the call of a function with several results)."""
        self.raw_expr(e)
        self.exclude(e, ("novalue", "builtin", "type"))

    def expr_or_type(self, e, want_type=False) -> None:
        self.raw_expr_or_type(e, want_type)
        self.exclude(e, ("novalue",), allows_type=True)
        self.single_value(e)

    def raw_expr_or_type(self, e, want_type) -> None:
        if isinstance(e, ast.Ident):
            self.expression_depth += 1
            try:
                self.ident(e, want_type)
            finally:
                self.expression_depth -= 1
        else:
            self.raw_expr(e)

    def exclude(self, e, modes, allows_type=False) -> None:
        if e.mode not in modes:
            return
        if e.mode == "novalue":
            message = f"{describe(e)} used as value" if allows_type or "type" in modes else \
                f"{describe(e)} used as value or type"
            if "type" in modes:
                message = f"{describe(e)} used as value"
        elif e.mode == "builtin":
            message = f"{describe(e)} must be called"
        else:
            message = f"{describe(e)} is not an expression"
        self.error(e, message)
        self.invalid(e)

    def single_value(self, e) -> None:
        if e.mode == "value" and isinstance(e.type, Tuple):
            self.error(e, f"multiple-value {describe(e)} in single-value context")
            self.invalid(e)

    def use(self, *exprs) -> None:
        """Evaluates expressions only for their side effects on the checker (marking
        variables used, reporting their own errors) after an enclosing error."""
        for e in exprs:
            if e is None:
                continue
            if isinstance(e, ast.KeyValueExpr):
                self.use(e.val)
                continue
            self.raw_expr(e)

    def use_lhs(self, *exprs) -> None:
        """Like use, but a plain local variable on the left of = is not thereby used."""
        for e in exprs:
            target = unparen(e)
            if isinstance(target, ast.Ident):
                if target.name == "_":
                    continue
                obj = self.scope.lookup(target.name)
                if isinstance(obj, Var) and obj.pkg is self.pkg:
                    was_used = obj.used
                    self.raw_expr(e)
                    obj.used = was_used
                    continue
            self.use(e)

    # ------------------------------------------------------------ dispatch

    def expr_internal(self, e, hint) -> None:   # noqa: C901 - one case per node kind
        self.invalid(e)
        if isinstance(e, ast.Ident):
            self.ident(e, False)
        elif isinstance(e, ast.BasicLit):
            self.basic_lit(e)
        elif isinstance(e, ast.BinaryExpr):
            self.binary(e, e.x, e.y, e.op)
        elif isinstance(e, ast.UnaryExpr):
            self.unary(e)
        elif isinstance(e, ast.ParenExpr):
            self.raw_expr(e.x, hint)
            e.mode, e.type, e.value = e.x.mode, e.x.type, e.x.value
        elif isinstance(e, ast.CallExpr):
            self.call_expr(e)
        elif isinstance(e, ast.SelectorExpr):
            self.selector(e)
        elif isinstance(e, ast.IndexExpr):
            self.index_expr(e)
        elif isinstance(e, ast.SliceExpr):
            self.slice_expr(e)
        elif isinstance(e, ast.StarExpr):
            self.star_expr(e)
        elif isinstance(e, ast.CompositeLit):
            self.composite_lit(e, hint)
        elif isinstance(e, ast.FuncLit):
            self.func_lit(e)
        elif isinstance(e, ast.TypeAssertExpr):
            self.type_assertion(e)
        elif isinstance(e, (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType,
                            ast.MapType, ast.ChanType)):
            self.type_expr(e)
        elif isinstance(e, ast.Ellipsis):
            self.error(e, "invalid use of '...'")
        elif isinstance(e, ast.KeyValueExpr):
            self.error(e, "unexpected key:value expression")
            self.use(e.key, e.val)
        elif isinstance(e, ast.IndexListExpr):
            self.expr_or_type(e.x)
            if e.x.mode not in ("invalid", "type"):
                self.error(e.x, f"invalid operation: cannot index {describe(e.x)}")
                self.use(*e.indices)
            elif e.x.mode == "type":
                e.mode, e.type = "type", self.instantiated_type(e)
        elif isinstance(e, ast.BadExpr):
            pass
        else:
            self.error(e, f"unexpected expression {expr_string(e)}")

    # ------------------------------------------------------------ identifiers

    def ident(self, e, want_type) -> None:
        self.invalid(e)
        obj = self.scope.lookup(e.name)
        if obj is None:
            if e.name == "_":
                self.error(e, "cannot use _ as value")
            else:
                self.error(e, f"undefined: {e.name}")
            return
        e.obj = obj
        if obj.type is None or (isinstance(obj, TypeName) and want_type):
            self.obj_decl(obj)
        if isinstance(obj, PkgName):
            self.error(e, f"use of package {obj.name} not in selector")
            return
        if isinstance(obj, Const):
            self.add_dependency(obj)
            if obj.type is INVALID or obj.type is None:
                return
            if obj.name == "iota" and obj.pkg is None:
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return
                e.value = self.iota
            else:
                if obj.value is None:       # its declaration failed: already reported
                    return
                e.value = obj.value
            e.mode = "constant"
            e.type = obj.type
            return
        if isinstance(obj, TypeName):
            if obj.type is None:
                return
            e.mode = "type"
            e.type = obj.type
            return
        if isinstance(obj, Var):
            if obj.pkg is self.pkg:
                obj.used = True
                self.note_capture(obj)
            self.add_dependency(obj)
            if obj.type is None or obj.type is INVALID:
                return
            e.mode = "variable"
            e.type = obj.type
            return
        if isinstance(obj, Func):
            self.add_dependency(obj)
            if obj.type is None or obj.type is INVALID:
                return
            e.mode = "value"
            e.type = obj.type
            return
        if isinstance(obj, Builtin):
            e.mode = "builtin"
            e.type = INVALID
            return
        if isinstance(obj, Nil):
            e.mode = "value"
            e.type = UNTYPED_NIL
            return

    def add_dependency(self, obj) -> None:
        if self.current_decl is not None and obj in self.declarations:
            self.current_decl.deps[obj] = True

    def note_capture(self, var) -> None:
        """A local variable used inside a function literal nested in its declaring
        function is captured; each literal on the way lists it in .captures."""
        if var.is_global or self.function is None:
            return
        owner = self.var_owner.get(var)
        if owner is None or owner is self.function:
            return
        var.captured = True
        context = self.function
        while context is not None and context is not owner:
            captures = context.decl.captures
            if not any(v is var for v in captures):
                captures.append(var)
            context = context.parent

    # ------------------------------------------------------------ literals

    def basic_lit(self, e) -> None:
        kind = e.kind
        if kind in ("INT", "FLOAT", "IMAG") and len(e.literal) > 10000:
            self.error(e, f"excessively long constant: {e.literal[:10]}... ({len(e.literal)} chars)")
            return
        try:
            if kind == "INT":
                e.mode, e.type, e.value = "constant", UNTYPED_INT, literals.int_value(e.literal)
            elif kind == "FLOAT":
                e.mode, e.type, e.value = "constant", UNTYPED_FLOAT, constants.float_literal(
                    e.literal, literals.float_value)
            elif kind == "CHAR":
                e.mode, e.type, e.value = "constant", UNTYPED_RUNE, literals.rune_value(e.literal)
            elif kind == "STRING":
                e.mode, e.type, e.value = "constant", UNTYPED_STRING, literals.string_bytes(e.literal)
            else:
                self.not_supported(e, "complex number")
        except (ValueError, IndexError):
            self.invalid(e)
            self.error(e, f"malformed constant: {e.literal}")

    def func_lit(self, e) -> None:
        with self.open_scope("func"):
            signature = self.func_signature(e.func_type, None)
        e.signature = signature
        e.captures = []
        e.mode, e.type = "value", signature
        outer_scope, outer_function, outer_iota = self.scope, self.function, self.iota
        self.scope = signature.scope
        self.function = FunctionContext(signature, None, outer_function, signature.scope, e)
        for var in signature.params.vars + signature.results.vars:
            self.var_owner[var] = self.function
        self.note_func_lit(e)
        self.check_branches(e.body)
        try:
            self.check_function_body(e.body)
        finally:
            self.scope, self.function, self.iota = outer_scope, outer_function, outer_iota

    def note_func_lit(self, e) -> None:
        """Function literals are named as gc names them: main.main.func1 inside main,
        main.main.func1.1 inside that one, main.glob..func1 in a package initialiser."""
        parent = self.function.parent
        if parent is not None and isinstance(parent.decl, ast.FuncLit):
            base = parent.decl.link_name + "."
        elif parent is not None and parent.func is not None:
            base = parent.func.link_name + ".func"
        else:
            base = f"{self.pkg.path}.glob..func"
        count = self.func_lit_count.get(base, 0) + 1
        self.func_lit_count[base] = count
        e.link_name = f"{base}{count}"
        self.pkg.func_lits.append(e)

    # ------------------------------------------------------------ unary

    def unary(self, e) -> None:
        op = e.op
        if op == "&":
            self.address_of(e)
            return
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if op == "<-":
            self.receive(e)
            return
        if op == "~":
            self.error(e, "cannot use ~ outside of interface or type constraint")
            return
        if not op_satisfies(x.type, UNARY_PREDICATES[op]):
            self.error(x, f"invalid operation: operator {op} not defined on {describe(x)}")
            return
        e.type = x.type
        if x.mode == "constant":
            basic = underlying(x.type)
            e.mode = "constant"
            e.value = constants.unary(op, x.value, basic)
            self.overflow(e)
            return
        e.mode = "value"

    def address_of(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if not isinstance(unparen(x), ast.CompositeLit) and x.mode != "variable":
            self.error(x, f"invalid operation: cannot take address of {describe(x)}")
            return
        self.mark_address_taken(x)
        e.mode, e.type = "value", Pointer(x.type)

    def mark_address_taken(self, x) -> None:
        """&x, &x.f, &x[i] (x an array): the variable x must live in memory."""
        node = unparen(x)
        while True:
            if isinstance(node, ast.SelectorExpr):
                selection = node.selection
                if selection is None or selection.indirect or isinstance(underlying(node.x.type), Pointer):
                    return
                node = unparen(node.x)
            elif isinstance(node, ast.IndexExpr):
                if not isinstance(underlying(node.x.type), Array):
                    return
                node = unparen(node.x)
            else:
                break
        if isinstance(node, ast.Ident) and isinstance(node.obj, Var):
            node.obj.address_taken = True

    def receive(self, e) -> None:
        x = e.x
        channel = underlying(x.type)
        if not isinstance(channel, Chan):
            self.error(x, f"invalid operation: cannot receive from non-channel {describe(x)}")
            return
        if channel.dir == SEND_ONLY:
            self.error(x, f"invalid operation: cannot receive from send-only channel {describe(x)}")
            return
        e.mode, e.type = "commaok", channel.elem
        self.has_call_or_recv = True
        self.not_supported(e, "receive operation", feature="channels")

    def overflow(self, e) -> None:
        """After a constant operation: typed results must fit their type, untyped
        integers their 512 bits."""
        if not is_untyped(e.type):
            self.representable(e, underlying(e.type))
            return
        if constants.too_big(e.value):
            name = ""
            if isinstance(e, ast.BinaryExpr):
                name = OVERFLOW_OPERATION_NAMES.get(e.op, "")
            elif isinstance(e, ast.UnaryExpr) and e.op == "^":
                name = "bitwise complement"
            at = e.op_pos if isinstance(e, ast.BinaryExpr) and e.op_pos else e.pos
            self.error(at, f"constant {name} overflow" if name else "constant overflow")
            self.invalid(e)

    def representable(self, e, basic) -> None:
        value, code = constants.representation(e.value, basic)
        if code is not None:
            code = constants.conversion_code(e.value, underlying(e.type), basic) \
                if isinstance(underlying(e.type), Basic) else code
            self.invalid_conversion(code, e, basic)
            self.invalid(e)
            return
        e.value = value

    def invalid_conversion(self, code, e, target) -> None:
        if code == constants.TRUNCATED:
            self.error(e, f"{describe(e)} truncated to {type_text(target)}")
        elif code == constants.OVERFLOWS:
            self.error(e, f"{describe(e)} overflows {type_text(target)}")
        else:
            self.error(e, f"cannot convert {describe(e)} to {type_text(target)}")

    # ------------------------------------------------------------ binary

    def binary(self, e, lhs, rhs, op, assign_op=False) -> None:
        """e = lhs op rhs (for `x op= y`, e is the AssignStmt's pseudo-expression)."""
        self.expr(lhs)
        self.expr(rhs)
        x, y = lhs, rhs
        if x.mode == "invalid" or y.mode == "invalid":
            self.invalid(e)
            return
        if op in ("<<", ">>"):
            self.shift(e, x, y, op)
            return
        if self.can_mix(x, y):
            self.convert_untyped(x, y.type)
            if x.mode == "invalid":
                self.invalid(e)
                return
            self.convert_untyped(y, x.type)
            if y.mode == "invalid":
                self.invalid(e)
                return
        if op in COMPARISONS:
            self.comparison(e, x, y, op)
            return
        if not identical(x.type, y.type):
            if x.type is not INVALID and y.type is not INVALID:
                if assign_op:
                    text = f"{expr_string(lhs)} {op}= {expr_string(rhs)}"
                else:
                    text = expr_string(e)
                self.error(x, f"invalid operation: {text} (mismatched types "
                              f"{type_text(x.type)} and {type_text(y.type)})")
            self.invalid(e)
            return
        if not op_satisfies(x.type, BINARY_PREDICATES[op]):
            self.error(x, f"invalid operation: operator {op} not defined on {describe(x)}")
            self.invalid(e)
            return
        if op in ("/", "%"):
            if (x.mode == "constant" or is_integer(x.type)) and y.mode == "constant" and y.value == 0:
                self.error(y, "invalid operation: division by zero")
                self.invalid(e)
                return
        e.type = x.type
        if x.mode == "constant" and y.mode == "constant":
            integer_division = is_integer(x.type)
            e.mode = "constant"
            e.value = constants.binary(op, x.value, y.value, integer_division)
            if is_basic(x.type, INTEGER) and isinstance(e.value, Fraction):
                e.value = int(e.value)
            self.overflow(e)
            return
        e.mode = "value"
        e.value = None

    def can_mix(self, x, y) -> bool:
        if is_interface(x.type) or is_interface(y.type):
            return True
        if is_basic(x.type, BOOLEAN) != is_basic(y.type, BOOLEAN):
            return False
        if is_basic(x.type, STRING) != is_basic(y.type, STRING):
            return False
        if is_nil(x) and not self.has_nil(y.type):
            return False
        if is_nil(y) and not self.has_nil(x.type):
            return False
        return True

    def shift(self, e, x, y, op) -> None:
        x_int = constants.to_int(x.value) if x.mode == "constant" and not isinstance(x.value, (bool, bytes)) else None
        if not (is_basic(x.type, INTEGER) or is_untyped(x.type) and x_int is not None):
            self.error(x, f"invalid operation: shifted operand {describe(x)} must be integer")
            self.invalid(e)
            return
        if y.mode == "constant":
            y_int = constants.to_int(y.value) if not isinstance(y.value, (bool, bytes)) else None
            if y_int is not None and y_int < 0:
                self.error(y, f"invalid operation: negative shift count {describe(y)}")
                self.invalid(e)
                return
            if is_untyped(y.type):
                self.representable(y, self.universe_uint())
                if y.mode == "invalid":
                    self.invalid(e)
                    return
        else:
            if is_basic(y.type, INTEGER):
                pass
            elif is_untyped(y.type):
                self.convert_untyped(y, self.universe_uint())
                if y.mode == "invalid":
                    self.invalid(e)
                    return
            else:
                self.error(y, f"invalid operation: shift count {describe(y)} must be integer")
                self.invalid(e)
                return
        if x.mode == "constant":
            if y.mode == "constant":
                count = constants.to_int(y.value)
                if count is None or count > constants.MAX_SHIFT_COUNT:
                    self.error(y, f"invalid operation: invalid shift count {describe(y)}")
                    self.invalid(e)
                    return
                e.type = x.type if is_basic(x.type, INTEGER) else UNTYPED_INT
                e.mode = "constant"
                e.value = constants.shift(op, x_int, count)
                self.overflow(e)
                return
            if is_untyped(x.type):
                self.shift_lhs.add(x)
                self.type_constant_shift_count(y)
                e.mode, e.type = "value", x.type
                return
        if not is_basic(x.type, INTEGER):
            self.error(x, f"invalid operation: shifted operand {describe(x)} must be integer")
            self.invalid(e)
            return
        self.type_constant_shift_count(y)
        e.mode, e.type = "value", x.type

    def type_constant_shift_count(self, y) -> None:
        """A constant count of a non-constant shift is materialised as a uint (go/types
        leaves it untyped; codegen prefers every materialised constant typed)."""
        if y.mode == "constant" and is_untyped(y.type):
            y.type = self.universe_uint()

    def universe_uint(self):
        return UINT

    def comparison(self, e, x, y, op, switch_case=False) -> None:
        error_operand = x
        cause = ""
        if not (self.assignable_to(x, y.type) or self.assignable_to(y, x.type)):
            error_operand = y
            cause = f"mismatched types {type_text(x.type)} and {type_text(y.type)}"
        elif op in ("==", "!="):
            if is_nil(x) or is_nil(y):
                other = y.type if is_nil(x) else x.type
                error_operand = None
                if not self.has_nil(other):
                    error_operand = y
                    cause = f"operator {op} not defined on nil"
            elif not self.comparable(x.type):
                error_operand = x
                cause = self.incomparable_cause(x.type)
            elif not self.comparable(y.type):
                error_operand = y
                cause = self.incomparable_cause(y.type)
            else:
                error_operand = None
        else:
            if not op_satisfies(x.type, ORDERED):
                error_operand = x
            elif not op_satisfies(y.type, ORDERED):
                error_operand = y
            else:
                error_operand = None
            if error_operand is not None:
                cause = f"operator {op} not defined on {self.kind_string(error_operand.type)}"
        if error_operand is not None:
            if switch_case:
                self.error(x, f"invalid case {expr_string(x)} in switch on {expr_string(y)} ({cause})")
            else:
                self.error(error_operand, f"invalid operation: {expr_string(x)} {op} {expr_string(y)} ({cause})")
            self.invalid(e)
            return
        if x.mode == "constant" and y.mode == "constant":
            e.mode = "constant"
            e.value = constants.compare(op, x.value, y.value)
        else:
            e.mode = "value"
            e.value = None
            self.update_expr_type(x, default_type(x.type), True)
            self.update_expr_type(y, default_type(y.type), True)
        e.type = UNTYPED_BOOL

    def kind_string(self, t) -> str:
        u = underlying(t)
        for kind, word in ((Array, "array"), (Slice, "slice"), (Struct, "struct"), (Pointer, "pointer"),
                           (Signature, "func"), (Interface, "interface"), (Map, "map"), (Chan, "chan")):
            if isinstance(u, kind):
                return word
        return type_text(t)

    def incomparable_cause(self, t) -> str:
        u = underlying(t)
        if isinstance(u, (Slice, Signature, Map)):
            return self.kind_string(t) + " can only be compared to nil"
        return self.comparable_cause(t)

    # ------------------------------------------------------------ pointers

    def star_expr(self, e) -> None:
        self.expr_or_type(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if x.mode == "type":
            e.mode, e.type = "type", Pointer(x.type)
            return
        pointer = underlying(x.type)
        if not isinstance(pointer, Pointer):
            if x.type is UNTYPED_NIL:
                self.error(x, "invalid operation: cannot indirect nil")
            else:
                self.error(x, f"invalid operation: cannot indirect {describe(x)}")
            return
        e.mode, e.type = "variable", pointer.elem

    # ------------------------------------------------------------ index and slice

    def index_expr(self, e) -> None:
        self.expr_or_type(e.x)
        x = e.x
        if x.mode == "invalid":
            self.use(e.index)
            return
        if x.mode == "type":
            e.mode, e.type = "type", self.instantiated_type(e)
            return
        u = underlying(x.type)
        length = -1
        if isinstance(u, Basic) and u.info & STRING:
            if x.mode == "constant":
                length = len(x.value)
                if is_untyped(x.type):
                    self.update_expr_type(x, STRING_TYPE, True)
            e.mode, e.type = "value", BYTE
        elif isinstance(u, Array):
            length = u.length
            e.mode = "variable" if x.mode == "variable" else "value"
            e.type = u.elem
        elif isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            array = underlying(u.elem)
            length = array.length
            e.mode, e.type = "variable", array.elem
        elif isinstance(u, Slice):
            e.mode, e.type = "variable", u.elem
        elif isinstance(u, Map):
            self.expr(e.index, u.key)
            self.assignment(e.index, u.key, "map index")
            e.mode, e.type = "mapindex", u.elem
            return
        else:
            self.error(e.lbrack or self.end_position(x), f"invalid operation: cannot index {describe(x)}")
            self.invalid(e)
            self.use(e.index)
            return
        self.index(e.index, length)

    def end_position(self, x):
        """Where the token after x starts (x written on one line, gc's spacing)."""
        return Pos(x.pos.filename, x.pos.line, x.pos.col + len(expr_string(x)))

    def index(self, index, max_length):
        """Checks an index; returns (type, constant value or -1)."""
        self.expr(index)
        if not self.is_valid_index(index, "index", False):
            return INVALID, -1
        if index.mode != "constant":
            return index.type, -1
        value = index.value
        if max_length >= 0 and value >= max_length:
            self.error(index, f"invalid argument: index {constants.value_string(value)} out of bounds [0:{max_length}]")
            return INVALID, -1
        return index.type, value

    def is_valid_index(self, x, what, allow_negative) -> bool:
        if x.mode == "invalid":
            return False
        self.convert_untyped(x, INT)
        if x.mode == "invalid":
            return False
        if not is_basic(x.type, INTEGER):
            self.error(x, f"invalid argument: {what} {describe(x)} must be integer")
            return False
        if x.mode == "constant":
            if not allow_negative and x.value < 0:
                self.error(x, f"invalid argument: {what} {describe(x)} must not be negative")
                return False
            _, code = constants.representation(x.value, INT)
            if code is not None:
                self.error(x, f"invalid argument: {what} {describe(x)} overflows int")
                return False
        return True

    def slice_expr(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            self.use(e.low, e.high, e.max)
            return
        u = underlying(x.type)
        length = -1
        valid = False
        if isinstance(u, Basic) and u.info & STRING:
            if e.slice3:
                self.error(e.max or e, "invalid operation: 3-index slice of string")
                self.use(e.low, e.high, e.max)
                return
            valid = True
            if x.mode == "constant":
                length = len(x.value)
            e.type = STRING_TYPE if is_untyped(x.type) else x.type
            if is_untyped(x.type):
                self.update_expr_type(x, STRING_TYPE, True)
        elif isinstance(u, Array):
            valid = True
            length = u.length
            if x.mode != "variable":
                self.error(x, f"invalid operation: {describe(x)} (slice of unaddressable value)")
                self.use(e.low, e.high, e.max)
                return
            self.mark_address_taken(x)
            e.type = Slice(u.elem)
        elif isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            valid = True
            length = underlying(u.elem).length
            e.type = Slice(underlying(u.elem).elem)
        elif isinstance(u, Slice):
            valid = True
            e.type = x.type
        if not valid:
            self.error(x, f"invalid operation: cannot slice {describe(x)}")
            self.use(e.low, e.high, e.max)
            e.type = INVALID
            return
        e.mode = "value"
        values = []
        for position, bound in enumerate((e.low, e.high, e.max)):
            value = -1
            if bound is not None:
                _, constant_value = self.index(bound, length + 1 if length >= 0 else -1)
                if constant_value >= 0:
                    value = constant_value
            elif position == 0:
                value = 0
            elif length >= 0:
                value = length
            values.append(value)
        bounds = (e.low, e.high, e.max)
        for i in range(2):
            if values[i] > 0:
                for j in range(i + 1, 3):
                    if 0 <= values[j] < values[i] and bounds[j] is not None:
                        self.error(bounds[j], f"invalid slice indices: {values[j]} < {values[i]}")
                        return

    # ------------------------------------------------------------ composite literals

    def composite_lit(self, e, hint) -> None:
        if e.lit_type is not None:
            lit_type = e.lit_type
            if isinstance(lit_type, ast.ArrayType) and isinstance(lit_type.len, ast.Ellipsis):
                elem = self.var_type(lit_type.elt)
                typ = Array(-1, elem)
                base = typ
                lit_type.mode, lit_type.type = "type", typ
            else:
                typ = self.type_expr(lit_type)
                base = typ
        elif hint is not None:
            typ = hint
            base = underlying(typ)
            if isinstance(base, Pointer):
                base = base.elem
        else:
            self.error(e, "invalid composite literal type: missing type")
            self.use(*e.elts)
            return
        u = underlying(base)
        if isinstance(u, Struct):
            self.struct_literal(e, u, base, typ)
        elif isinstance(u, Array):
            count = self.indexed_elements(e.elts, u.elem, u.length)
            if u.length < 0:
                u.length = count
        elif isinstance(u, Slice):
            self.indexed_elements(e.elts, u.elem, -1)
        elif isinstance(u, Map):
            self.map_literal(e, u)
        else:
            self.use(*e.elts)
            if u is not INVALID:
                self.error(e, f"invalid composite literal type {type_text(typ)}")
            return
        e.mode, e.type = "value", typ

    def struct_literal(self, e, struct, base, typ) -> None:
        fields = struct.fields
        if not e.elts:
            return
        if isinstance(e.elts[0], ast.KeyValueExpr):
            visited = set()
            for element in e.elts:
                if not isinstance(element, ast.KeyValueExpr):
                    self.error(element, "mixture of field:value and value elements in struct literal")
                    self.use(element)
                    continue
                key = element.key
                if not isinstance(key, ast.Ident):
                    self.error(element, f"invalid field name {expr_string(key)} in struct literal")
                    self.use(element.val)
                    continue
                index = next((i for i, f in enumerate(fields) if f.name == key.name), -1)
                if index < 0:
                    self.error(key, f"unknown field '{key.name}' in struct literal of type {type_text(base)}")
                    self.use(element.val)
                    continue
                field = fields[index]
                key.obj = field
                key.mode, key.type = "variable", field.type
                self.expr(element.val, field.type)
                self.assignment(element.val, field.type, "struct literal")
                element.mode, element.type = element.val.mode, field.type
                if index in visited:
                    self.error(element, f"duplicate field name {key.name} in struct literal")
                    continue
                visited.add(index)
            return
        for index, element in enumerate(e.elts):
            if isinstance(element, ast.KeyValueExpr):
                self.error(element, "mixture of field:value and value elements in struct literal")
                self.use(element.val)
                continue
            self.expr(element, fields[index].type if index < len(fields) else None)
            if index >= len(fields):
                self.error(element, f"too many values in {type_text(base)}{{…}}")
                break
            field = fields[index]
            if not field.name[:1].isupper() and field.pkg is not self.pkg:
                self.error(element, f"implicit assignment to unexported field {field.name} in {type_text(typ)} literal")
                continue
            self.assignment(element, field.type, "struct literal")
        if len(e.elts) < len(fields):
            self.error(e.rbrace or e, f"too few values in {type_text(base)}{{…}}")

    def indexed_elements(self, elements, elem_type, length) -> int:
        visited = set()
        index = 0
        largest = 0
        for element in elements:
            valid_index = False
            value_expr = element
            if isinstance(element, ast.KeyValueExpr):
                key_type, key_value = self.index(element.key, length)
                if key_type is not INVALID:
                    if key_value >= 0:
                        index = key_value
                        valid_index = True
                    else:
                        self.error(element, f"index {expr_string(element.key)} must be integer constant")
                value_expr = element.val
            elif length >= 0 and index >= length:
                self.error(element, f"index {index} is out of bounds (>= {length})")
            else:
                valid_index = True
            if valid_index:
                if index in visited:
                    self.error(element, f"duplicate index {index} in array or slice literal")
                visited.add(index)
            index += 1
            largest = max(largest, index)
            self.expr(value_expr, elem_type)
            self.assignment(value_expr, elem_type, "array or slice literal")
            if value_expr is not element:
                element.mode, element.type = value_expr.mode, elem_type
        return largest

    def map_literal(self, e, map_type) -> None:
        seen = {}
        for element in e.elts:
            if not isinstance(element, ast.KeyValueExpr):
                self.error(element, "missing key in map literal")
                self.use(element)
                continue
            self.expr(element.key, map_type.key)
            self.assignment(element.key, map_type.key, "map literal")
            if element.key.mode == "invalid":
                self.use(element.val)
                continue
            if element.key.mode == "constant":
                marker = (constants.value_string(element.key.value), type_text(element.key.type)) \
                    if is_interface(map_type.key) else element.key.value
                if isinstance(marker, Fraction) and marker.denominator == 1:
                    marker = marker.numerator
                if marker in seen:
                    self.error(element.key, f"duplicate key {expr_string(element.key)} in map literal")
                    self.use(element.val)
                    continue
                seen[marker] = True
            self.expr(element.val, map_type.elem)
            self.assignment(element.val, map_type.elem, "map literal")
            element.mode, element.type = "value", map_type.elem

    # ------------------------------------------------------------ type assertions

    def type_assertion(self, e) -> None:
        self.expr(e.x)
        x = e.x
        if x.mode == "invalid":
            return
        if not isinstance(underlying(x.type), Interface):
            self.error(x, f"invalid operation: {describe(x)} is not an interface")
            return
        if e.assert_type is None:
            self.error(e, "use of .(type) outside type switch")
            return
        target = self.var_type(e.assert_type)
        if target is INVALID:
            return
        self.check_type_assertion(e, x, target, False)
        e.mode, e.type = "commaok", target

    def check_type_assertion(self, e, x, target, in_type_switch) -> None:
        if is_interface(target):
            return
        missing = self.missing_method(target, underlying(x.type), False)
        if missing is None:
            return
        cause = self.missing_method_cause(target, x.type, missing)
        if in_type_switch:
            self.error(e, f"impossible type switch case: {expr_string(e)}\n\t{describe(x)} cannot have dynamic type {type_text(target)} {cause}")
        else:
            self.error(e, f"impossible type assertion: {expr_string(e)}\n\t{type_text(target)} does not implement {type_text(x.type)} {cause}")

