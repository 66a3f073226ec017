"""The syntax tree of a Go source file.

The node set and field names follow go/ast (snake_cased), so anyone who knows Go's
tooling can read it.  Like go/ast, types are expressions: `[]int`, `*T`, `map[K]V`
are Expr nodes wherever they stand, and the type checker decides whether an
expression denotes a value or a type.  Every node carries `pos`, the position of its
first token.

The parser only builds the tree.  The type checker (minigo/types) then fills the
annotation fields declared here with `field(default=None, ...)`; codegen reads them:

  every Expr      .type   the expression's types.Type (for untyped constants: the type
                          they were finally converted to, as go/types records)
                  .mode   one of MODES below
                  .value  the exact constant value when mode == 'constant'
                          (int, fractions.Fraction, float, str, bool)
  Ident           .obj    the types.Object it denotes or declares (None for `_`)
  SelectorExpr    .selection  a types.Selection for x.f (field/method), None for a
                          qualified identifier pkg.Name (then .sel.obj is the member)
  CallExpr        kind is read off .fun.mode: 'type' = conversion, 'builtin' = builtin
                  call (.fun names the builtin), otherwise an ordinary call
  FuncDecl/FuncLit .signature  the types.Signature
  AssignStmt(:=), RangeStmt, TypeSwitch: the Idents they declare carry .obj
  CaseClause in a type switch: .implicit_obj, the clause's own variable

One child iterator serves every traversal of the tree: children(node) yields the
nodes directly below a node, driven by its class's field list (every dataclass field
but pos and the annotations), so a new node class or field needs no walker updated.
walk() (parents first, without recursion), the const-spec cloning in build_common.py
and codegen's statement scans all stand on it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from minigo.errors import Pos

# Operand modes (go/types' vocabulary).
MODES = (
    "novalue",    # a call of a function with no results
    "builtin",    # a builtin function name, only valid as a call's .fun
    "type",       # the expression denotes a type
    "constant",   # a constant with .value
    "variable",   # an addressable value
    "mapindex",   # m[k]: assignable but not addressable
    "value",      # any other value
    "commaok",    # a value that may be used as v, ok := x (m[k], x.(T), <-ch)
    "package",    # a package name, only valid before `.`
)


def annotation(default=None):
    return field(default=default, compare=False, repr=False, kw_only=True)


@dataclass(eq=False)
class Node:
    pos: Pos


# ---------------------------------------------------------------- expressions

@dataclass(eq=False)
class Expr(Node):
    type: Any = annotation()
    mode: Optional[str] = annotation()
    value: Any = annotation()


@dataclass(eq=False)
class BadExpr(Expr):
    pass


@dataclass(eq=False)
class Ident(Expr):
    name: str
    obj: Any = annotation()


@dataclass(eq=False)
class Ellipsis(Expr):
    """`...T` as the type of a final parameter, or `[...]T` as an array length."""
    elt: Optional[Expr] = None


@dataclass(eq=False)
class BasicLit(Expr):
    kind: str          # 'INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING'
    literal: str       # the source text, unprocessed (quotes and escapes intact)


@dataclass(eq=False)
class FuncLit(Expr):
    func_type: "FuncType"
    body: "BlockStmt"
    signature: Any = annotation()


@dataclass(eq=False)
class CompositeLit(Expr):
    lit_type: Optional[Expr]         # None when elided inside an outer literal
    elts: list[Expr]                 # KeyValueExpr for keyed elements
    lbrace: Pos = None
    incomplete: bool = False
    rbrace: Pos = None               # (addition) position of the closing brace


@dataclass(eq=False)
class ParenExpr(Expr):
    x: Expr


@dataclass(eq=False)
class SelectorExpr(Expr):
    x: Expr
    sel: Ident
    selection: Any = annotation()
    dot: Pos = None                  # (addition) the `.`, where gc places the selector


@dataclass(eq=False)
class IndexExpr(Expr):
    """x[index]; also a generic instantiation F[T] (the checker decides)."""
    x: Expr
    index: Expr
    lbrack: Pos = None               # (addition)


@dataclass(eq=False)
class IndexListExpr(Expr):
    """F[A, B]: instantiation with several type arguments."""
    x: Expr
    indices: list[Expr]
    lbrack: Pos = None               # (addition)


@dataclass(eq=False)
class SliceExpr(Expr):
    x: Expr
    low: Optional[Expr]
    high: Optional[Expr]
    max: Optional[Expr]
    slice3: bool = False
    lbrack: Pos = None               # (addition)


@dataclass(eq=False)
class TypeAssertExpr(Expr):
    x: Expr
    assert_type: Optional[Expr]      # None for x.(type) in a type switch
    lparen: Pos = None               # (addition)
    dot: Pos = None                  # (addition) the `.`, where gc places the assertion


@dataclass(eq=False)
class CallExpr(Expr):
    fun: Expr
    args: list[Expr]
    has_ellipsis: bool = False       # f(xs...)
    rparen: Pos = None
    lparen: Pos = None               # (addition)


@dataclass(eq=False)
class StarExpr(Expr):
    """*x: a dereference or a pointer type."""
    x: Expr


@dataclass(eq=False)
class UnaryExpr(Expr):
    op: str                          # '+', '-', '!', '^', '&', '<-', '~'
    x: Expr


@dataclass(eq=False)
class BinaryExpr(Expr):
    op: str                          # '||' '&&' '==' '!=' '<' '<=' '>' '>=' '+' '-' '|' '^' '*' '/' '%' '<<' '>>' '&' '&^'
    x: Expr
    y: Expr
    op_pos: Pos = None


@dataclass(eq=False)
class KeyValueExpr(Expr):
    key: Expr
    val: Expr
    colon: Pos = None                # (addition)


# ---------------------------------------------------------------- types (as expressions)

@dataclass(eq=False)
class ArrayType(Expr):
    """[len]elt, [...]elt (len is an Ellipsis), or []elt (len is None: a slice)."""
    len: Optional[Expr]
    elt: Expr


@dataclass(eq=False)
class Field(Node):
    """A struct field, parameter, result or interface method group.

    names is empty for an embedded field, an unnamed parameter or an embedded interface."""
    names: list[Ident]
    field_type: Expr
    tag: Optional[BasicLit] = None


@dataclass(eq=False)
class FieldList(Node):
    fields: list[Field]


@dataclass(eq=False)
class StructType(Expr):
    fields: FieldList


@dataclass(eq=False)
class FuncType(Expr):
    type_params: Optional[FieldList]
    params: FieldList
    results: Optional[FieldList]


@dataclass(eq=False)
class InterfaceType(Expr):
    """methods holds method Fields (one name, FuncType) and embedded elements (no names:
    a type, or a union/~T constraint expression built from BinaryExpr('|') and UnaryExpr('~'))."""
    methods: FieldList


@dataclass(eq=False)
class MapType(Expr):
    key: Expr
    value_type: Expr


SEND = 1
RECV = 2


@dataclass(eq=False)
class ChanType(Expr):
    dir: int                         # SEND, RECV or SEND | RECV
    value_type: Expr


# ---------------------------------------------------------------- statements

@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class BadStmt(Stmt):
    pass


@dataclass(eq=False)
class DeclStmt(Stmt):
    decl: "GenDecl"


@dataclass(eq=False)
class EmptyStmt(Stmt):
    implicit: bool = False


@dataclass(eq=False)
class LabeledStmt(Stmt):
    label: Ident
    stmt: Stmt


@dataclass(eq=False)
class ExprStmt(Stmt):
    x: Expr


@dataclass(eq=False)
class SendStmt(Stmt):
    chan: Expr
    value: Expr
    arrow: Pos = None                # (addition)


@dataclass(eq=False)
class IncDecStmt(Stmt):
    x: Expr
    tok: str                         # '++' or '--'
    tok_pos: Pos = None              # (addition)


@dataclass(eq=False)
class AssignStmt(Stmt):
    lhs: list[Expr]
    tok: str                         # '=', ':=', '+=', '-=', ... '&^='
    rhs: list[Expr]
    tok_pos: Pos = None              # (addition) position of the operator


@dataclass(eq=False)
class GoStmt(Stmt):
    call: CallExpr


@dataclass(eq=False)
class DeferStmt(Stmt):
    call: CallExpr


@dataclass(eq=False)
class ReturnStmt(Stmt):
    results: list[Expr]


@dataclass(eq=False)
class BranchStmt(Stmt):
    tok: str                         # 'break', 'continue', 'goto', 'fallthrough'
    label: Optional[Ident] = None


@dataclass(eq=False)
class BlockStmt(Stmt):
    stmts: list[Stmt]
    rbrace: Pos = None


@dataclass(eq=False)
class IfStmt(Stmt):
    init: Optional[Stmt]
    cond: Expr
    body: BlockStmt
    else_: Optional[Stmt]            # BlockStmt or IfStmt


@dataclass(eq=False)
class CaseClause(Stmt):
    """case list: (list is None for `default`) in an expression or type switch."""
    list: Optional[list[Expr]]
    body: list[Stmt]
    implicit_obj: Any = annotation()


@dataclass(eq=False)
class SwitchStmt(Stmt):
    init: Optional[Stmt]
    tag: Optional[Expr]
    body: list[CaseClause]
    rbrace: Pos = None


@dataclass(eq=False)
class TypeSwitchStmt(Stmt):
    """switch init; x := y.(type) {...}: assign is ExprStmt(TypeAssertExpr) or
    AssignStmt(:=) whose rhs is a TypeAssertExpr with assert_type None."""
    init: Optional[Stmt]
    assign: Stmt
    body: list[CaseClause]
    rbrace: Pos = None


@dataclass(eq=False)
class CommClause(Stmt):
    comm: Optional[Stmt]             # SendStmt, ExprStmt(<-c) or AssignStmt(v[, ok] = / := <-c); None for default
    body: list[Stmt]


@dataclass(eq=False)
class SelectStmt(Stmt):
    body: list[CommClause]


@dataclass(eq=False)
class ForStmt(Stmt):
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: BlockStmt


@dataclass(eq=False)
class RangeStmt(Stmt):
    key: Optional[Expr]
    value: Optional[Expr]
    tok: Optional[str]               # ':=', '=' or None (for range x)
    x: Expr
    body: BlockStmt


# ---------------------------------------------------------------- declarations

@dataclass(eq=False)
class Spec(Node):
    pass


@dataclass(eq=False)
class ImportSpec(Spec):
    name: Optional[Ident]            # alias, `.` or `_`
    path: BasicLit


@dataclass(eq=False)
class ValueSpec(Spec):
    """A var or const spec.  For a const spec with its expression list omitted, the
    parser fills values (and value_type) from the previous spec of the group and sets
    implicit=True; iota is the spec's index within its group."""
    names: list[Ident]
    value_type: Optional[Expr]
    values: list[Expr]
    iota: int = 0
    implicit: bool = False


@dataclass(eq=False)
class TypeSpec(Spec):
    name: Ident
    type_params: Optional[FieldList]
    assign: bool                     # alias: type A = B
    spec_type: Expr


@dataclass(eq=False)
class Decl(Node):
    pass


@dataclass(eq=False)
class BadDecl(Decl):
    pass


@dataclass(eq=False)
class GenDecl(Decl):
    tok: str                         # 'import', 'const', 'type', 'var'
    specs: list[Spec]
    grouped: bool = False            # written with parentheses


@dataclass(eq=False)
class FuncDecl(Decl):
    recv: Optional[FieldList]
    name: Ident
    func_type: FuncType
    body: Optional[BlockStmt]
    signature: Any = annotation()


@dataclass(eq=False)
class File(Node):
    filename: str
    package: Ident
    imports: list[ImportSpec]
    decls: list[Decl]                # every top-level declaration, import GenDecls included


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def child_fields(node_class: type) -> tuple[str, ...]:
    """The fields of a node class that hold its syntax (nodes, lists of nodes, names,
    tokens), in declaration order: every dataclass field but pos and the checker's
    annotations (compare=False)."""
    found = _CHILD_FIELDS.get(node_class)
    if found is None:
        found = tuple(f.name for f in dataclasses.fields(node_class) if f.name != "pos" and f.compare)
        _CHILD_FIELDS[node_class] = found
    return found


def children(node) -> Iterator[Node]:
    """The nodes directly below node, in field (so source) order; the nodes of list
    fields one by one.  The one child iterator: every walk over the tree uses it."""
    for name in child_fields(type(node)):
        yield from _nodes_in(getattr(node, name))


def _nodes_in(value) -> Iterator[Node]:
    if isinstance(value, Node):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _nodes_in(item)


def walk(node, visit) -> None:
    """Calls visit(n) for node (a node, a list of them, or None) and every node below
    it, parents first, in source order; without recursion, so any depth is fine."""
    stack = list(_nodes_in(node))[::-1]
    while stack:
        current = stack.pop()
        visit(current)
        stack.extend(reversed(list(children(current))))
