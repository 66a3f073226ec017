"""The universe scope: Go's predeclared types, constants, nil and builtin functions.

Every package scope has this scope as its parent.  Objects here have pkg None."""
from __future__ import annotations

from minigo.types.typesystem import (
    ANY, BASIC_TYPES, BYTE, RUNE, STRING_TYPE, UNTYPED_BOOL, UNTYPED_NIL,
    UNTYPED_INT, Builtin, Const, Func, Interface, Named, Nil, Scope, Signature, Tuple,
    TypeName, Var,
)

BUILTIN_NAMES = ("append", "cap", "close", "complex", "copy", "delete", "imag", "len",
                 "make", "new", "panic", "print", "println", "real", "recover")


def _make_error_type() -> Named:
    error_name = TypeName("error", None)
    result = Tuple([Var("", STRING_TYPE)])
    method = Func("Error", Signature(Tuple([]), result), link_name="error.Error")
    error_type = Named(error_name, Interface([method], all_methods=[method]))
    method.type.recv = Var("", error_type)
    error_name.type = error_type
    return error_type


ERROR = _make_error_type()


def _make_comparable_type() -> Named:
    """The predeclared constraint comparable: an interface only constraints use
    (generics.is_comparable_constraint reads its flag)."""
    name = TypeName("comparable", None)
    interface = Interface([])
    interface.comparable = True
    name.type = Named(name, interface)
    return name.type


COMPARABLE = _make_comparable_type()


def _make_universe() -> Scope:
    scope = Scope(None, "universe")
    for basic in BASIC_TYPES:
        scope.insert(TypeName(basic.name, basic))
    scope.insert(TypeName("byte", BYTE, is_alias=True))
    scope.insert(TypeName("rune", RUNE, is_alias=True))
    scope.insert(TypeName("any", ANY, is_alias=True))
    scope.insert(ERROR.obj)
    scope.insert(COMPARABLE.obj)
    scope.insert(Const("true", UNTYPED_BOOL, value=True))
    scope.insert(Const("false", UNTYPED_BOOL, value=False))
    scope.insert(Const("iota", UNTYPED_INT, value=0))
    scope.insert(Nil("nil", UNTYPED_NIL))
    for name in BUILTIN_NAMES:
        scope.insert(Builtin(name, None))
    return scope


UNIVERSE = _make_universe()
