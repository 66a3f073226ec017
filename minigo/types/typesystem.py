"""Go's types and the objects that names denote, as the checker builds them.

The vocabulary is go/types': Basic, Pointer, Slice, Array, Map, Chan, Struct, Tuple,
Signature, Interface, Named (a defined type), TypeParam; objects Var, Const,
TypeName, Func, Builtin, PkgName, Nil, Label.  Codegen reads these and nothing else
of the checker.

Invariants:
- Basic types are singletons, except that `byte` and `rune` are their own Basic objects
  (so that messages spell them as written) with the kind of uint8 and int32: compare
  basic types by `kind` (or with identical()), not with `is`.  Composite types are
  compared with identical(), never with `==` (two `[]int` written in two places are
  two objects).
- A Named type's `underlying` is never itself a Named.
- Untyped constant kinds are Basic types with the UNTYPED flag; after checking, every
  evaluated expression's type is typed, except inside folded constant expressions
  (codegen reads a constant's .value and never descends into it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from minigo.errors import Pos, NO_POS

# ---------------------------------------------------------------- basic types

BOOLEAN, INTEGER, UNSIGNED, FLOAT, COMPLEX, STRING, UNTYPED = 1, 2, 4, 8, 16, 32, 64
NUMERIC = INTEGER | FLOAT | COMPLEX
ORDERED = INTEGER | FLOAT | STRING


class Type:
    """Base of every type.  str(t) is the type as Go writes it in messages."""

    def __str__(self) -> str:
        return type_string(self)

    __repr__ = __str__


@dataclass(eq=False, repr=False)
class Basic(Type):
    name: str                        # 'int', 'untyped int', 'unsafe.Pointer'
    info: int                        # BOOLEAN | INTEGER | ... flags
    size: int                        # bytes; 0 for untyped kinds
    kind: int                        # reflect.Kind number (runtime.h KIND_*); 0 for untyped


def _basic(name, info, size, kind):
    return Basic(name, info, size, kind)


BOOL = _basic("bool", BOOLEAN, 1, 1)
INT = _basic("int", INTEGER, 8, 2)
INT8 = _basic("int8", INTEGER, 1, 3)
INT16 = _basic("int16", INTEGER, 2, 4)
INT32 = _basic("int32", INTEGER, 4, 5)
INT64 = _basic("int64", INTEGER, 8, 6)
UINT = _basic("uint", INTEGER | UNSIGNED, 8, 7)
UINT8 = _basic("uint8", INTEGER | UNSIGNED, 1, 8)
UINT16 = _basic("uint16", INTEGER | UNSIGNED, 2, 9)
UINT32 = _basic("uint32", INTEGER | UNSIGNED, 4, 10)
UINT64 = _basic("uint64", INTEGER | UNSIGNED, 8, 11)
UINTPTR = _basic("uintptr", INTEGER | UNSIGNED, 8, 12)
FLOAT32 = _basic("float32", FLOAT, 4, 13)
FLOAT64 = _basic("float64", FLOAT, 8, 14)
COMPLEX64 = _basic("complex64", COMPLEX, 8, 15)
COMPLEX128 = _basic("complex128", COMPLEX, 16, 16)
STRING_TYPE = _basic("string", STRING, 16, 24)
UNSAFE_POINTER = _basic("unsafe.Pointer", 0, 8, 26)

UNTYPED_BOOL = _basic("untyped bool", BOOLEAN | UNTYPED, 0, 0)
UNTYPED_INT = _basic("untyped int", INTEGER | UNTYPED, 0, 0)
UNTYPED_RUNE = _basic("untyped rune", INTEGER | UNTYPED, 0, 0)
UNTYPED_FLOAT = _basic("untyped float", FLOAT | UNTYPED, 0, 0)
UNTYPED_COMPLEX = _basic("untyped complex", COMPLEX | UNTYPED, 0, 0)
UNTYPED_STRING = _basic("untyped string", STRING | UNTYPED, 0, 0)
UNTYPED_NIL = _basic("untyped nil", UNTYPED, 8, 0)
INVALID = _basic("invalid type", 0, 0, 0)

# byte and rune are aliases of uint8 and int32: identical() to them (same kind), but
# distinct objects so that Go's messages can say `byte` where the source says byte.
BYTE = _basic("byte", INTEGER | UNSIGNED, 1, 8)
RUNE = _basic("rune", INTEGER, 4, 5)

BASIC_TYPES = [BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64,
               UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING_TYPE]


# ---------------------------------------------------------------- composite types

@dataclass(eq=False, repr=False)
class Pointer(Type):
    elem: Type


@dataclass(eq=False, repr=False)
class Slice(Type):
    elem: Type


@dataclass(eq=False, repr=False)
class Array(Type):
    length: int
    elem: Type


@dataclass(eq=False, repr=False)
class Map(Type):
    key: Type
    elem: Type


SEND_ONLY, RECV_ONLY, BOTH_WAYS = 1, 2, 3


@dataclass(eq=False, repr=False)
class Chan(Type):
    dir: int                         # SEND_ONLY, RECV_ONLY or BOTH_WAYS
    elem: Type


@dataclass(eq=False, repr=False)
class Struct(Type):
    fields: list["Var"]              # Var.embedded marks embedded fields
    tags: list[Optional[str]] = field(default_factory=list)   # per field, Go-quoted; [] if none has one


@dataclass(eq=False, repr=False)
class Tuple(Type):
    vars: list["Var"]

    def __len__(self):
        return len(self.vars)

    def types(self) -> list[Type]:
        return [v.type for v in self.vars]


@dataclass(eq=False, repr=False)
class Signature(Type):
    params: Tuple
    results: Tuple
    variadic: bool = False           # last param is ...T, its type recorded as Slice(T)
    recv: Optional["Var"] = None
    scope: Any = field(default=None, compare=False)   # parameters' scope (checker's use)


@dataclass(eq=False, repr=False)
class Interface(Type):
    methods: list["Func"]            # explicitly declared
    embeddeds: list[Type] = field(default_factory=list)
    all_methods: list["Func"] = field(default_factory=list)  # complete method set, sorted by name
    type_set: Optional[list[Type]] = None   # union terms for constraint interfaces (None = all types)
    incomplete: bool = False         # embeds a type that failed (reported): methods unknown

    def is_empty(self) -> bool:
        return not self.all_methods and self.type_set is None


# The universe's `any`: an alias of interface{} that messages print as `any`.
ANY = Interface([])


@dataclass(eq=False, repr=False)
class Named(Type):
    obj: "TypeName"
    underlying: Optional[Type] = None         # set once the declaration is checked
    methods: list["Func"] = field(default_factory=list)
    type_args: list[Type] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class TypeParam(Type):
    obj: "TypeName"
    index: int
    constraint: Optional[Type] = None


# ---------------------------------------------------------------- objects

@dataclass(eq=False)
class Object:
    name: str
    type: Optional[Type]
    pos: Pos = NO_POS
    pkg: Optional["Package"] = None          # None for universe objects

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name}: {self.type})"


@dataclass(eq=False, repr=False)
class Var(Object):
    """A variable, parameter, result or struct field."""
    is_field: bool = False
    embedded: bool = False
    is_global: bool = False
    is_param: bool = False
    is_result: bool = False
    link_name: str = ""             # package-level variables: 'main.x', 'os.Args'
    captured: bool = False          # referenced by a closure other than its declaring function
    address_taken: bool = False     # &v, or v.f / v[i] made addressable through &, or method call via pointer
    used: bool = False


@dataclass(eq=False, repr=False)
class Const(Object):
    value: Any = None               # exact: int, fractions.Fraction, bytes, bool, ComplexValue (constants.py)


@dataclass(eq=False, repr=False)
class TypeName(Object):
    is_alias: bool = False


@dataclass(eq=False, repr=False)
class Func(Object):
    """A function or method; type is its Signature.  decl is the ast.FuncDecl (None for
    interface methods and library functions)."""
    decl: Any = None
    link_name: str = ""             # symbol: 'main.main', 'main.fib', 'main.T.String', 'main.(*T).Set'
    pointer_receiver: bool = False  # a method declared on *T


@dataclass(eq=False, repr=False)
class Builtin(Object):
    """len, cap, append, make, new, copy, delete, panic, recover, print, println, close,
    complex, real, imag, min/max are not in 1.19."""


@dataclass(eq=False, repr=False)
class PkgName(Object):
    imported: Optional["Package"] = None
    used: bool = False


@dataclass(eq=False, repr=False)
class Nil(Object):
    pass


@dataclass(eq=False, repr=False)
class Label(Object):
    used: bool = False


# ---------------------------------------------------------------- scopes and packages

class Scope:
    def __init__(self, parent: Optional["Scope"], kind: str = "block"):
        self.parent = parent
        self.kind = kind            # 'universe', 'package', 'file', 'func', 'block'
        self.names: dict[str, Object] = {}

    def lookup_local(self, name: str) -> Optional[Object]:
        return self.names.get(name)

    def lookup(self, name: str) -> Optional[Object]:
        scope = self
        while scope is not None:
            found = scope.names.get(name)
            if found is not None:
                return found
            scope = scope.parent
        return None

    def insert(self, obj: Object) -> Optional[Object]:
        """Adds obj; returns the object already declared under that name, if any."""
        existing = self.names.get(obj.name)
        if existing is not None:
            return existing
        self.names[obj.name] = obj
        return None


@dataclass(eq=False)
class Package:
    path: str                        # 'main', 'fmt', 'unicode/utf8'
    name: str
    scope: Scope = None
    imports: list["Package"] = field(default_factory=list)
    # In source order: package-level variables in initialisation order (dependency order, as
    # the spec requires), and the function declarations to compile.
    var_init_order: list["VarInit"] = field(default_factory=list)
    funcs: list[Func] = field(default_factory=list)
    inits: list[Func] = field(default_factory=list)           # func init()s, in source order (also in funcs)
    func_lits: list[Any] = field(default_factory=list)        # ast.FuncLit nodes, in the order met
    is_library: bool = False         # a package supplied by minigo (fmt, os, ...) rather than source
    fake: bool = False               # stands in for a package that could not be imported
    files: list[Any] = field(default_factory=list)            # its ast.Files, in gc's order
    instances: list[Any] = field(default_factory=list)        # ast.FuncDecls of generic instances (generics.py)

    def link_name(self, name: str) -> str:
        """The symbol of a package-level name, as gc spells it: 'main.f', 'os.Args',
        'example.com/m/sub.T.M' (every link name is made here)."""
        return f"{self.path}.{name}"

    def __repr__(self):
        return f"Package({self.path})"


# ---------------------------------------------------------------- helpers shared by checker and codegen

def underlying(t: Type) -> Type:
    while isinstance(t, Named):
        t = t.underlying
    return t


def is_basic(t: Type, info: int) -> bool:
    u = underlying(t)
    return isinstance(u, Basic) and bool(u.info & info)


def is_untyped(t: Type) -> bool:
    return isinstance(t, Basic) and bool(t.info & UNTYPED)


def is_integer(t: Type) -> bool:
    return is_basic(t, INTEGER)


def is_unsigned(t: Type) -> bool:
    return is_basic(t, UNSIGNED)


def is_float(t: Type) -> bool:
    return is_basic(t, FLOAT)


def is_string(t: Type) -> bool:
    return is_basic(t, STRING)


def is_boolean(t: Type) -> bool:
    return is_basic(t, BOOLEAN)


def is_interface(t: Type) -> bool:
    return isinstance(underlying(t), Interface)


def default_type(t: Type) -> Type:
    """The type an untyped constant takes where no other type is asked for."""
    return {
        id(UNTYPED_BOOL): BOOL,
        id(UNTYPED_INT): INT,
        id(UNTYPED_RUNE): RUNE,
        id(UNTYPED_FLOAT): FLOAT64,
        id(UNTYPED_COMPLEX): COMPLEX128,
        id(UNTYPED_STRING): STRING_TYPE,
    }.get(id(t), t)


def field_tag_suffix(struct: Struct, index: int) -> str:
    """' "tag"' after the field at index as Go prints struct types, '' for an untagged field."""
    tag = struct.tags[index] if struct.tags else None
    return " " + tag if tag else ""


def identical(a: Type, b: Type) -> bool:
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, Basic):
        return a.kind == b.kind if a.kind else a.name == b.name
    if isinstance(a, (Pointer, Slice)):
        return identical(a.elem, b.elem)
    if isinstance(a, Array):
        return a.length == b.length and identical(a.elem, b.elem)
    if isinstance(a, Map):
        return identical(a.key, b.key) and identical(a.elem, b.elem)
    if isinstance(a, Chan):
        return a.dir == b.dir and identical(a.elem, b.elem)
    if isinstance(a, Struct):
        return len(a.fields) == len(b.fields) and all(
            x.name == y.name and x.embedded == y.embedded and identical(x.type, y.type)
            and (x.name[:1].isupper() or x.pkg is y.pkg)
            for x, y in zip(a.fields, b.fields)
        ) and list(a.tags) == list(b.tags)
    if isinstance(a, Tuple):
        return len(a.vars) == len(b.vars) and all(identical(x.type, y.type) for x, y in zip(a.vars, b.vars))
    if isinstance(a, Signature):
        return a.variadic == b.variadic and identical(a.params, b.params) and identical(a.results, b.results)
    if isinstance(a, Interface):
        if (a.type_set is None) != (b.type_set is None):
            return False
        return len(a.all_methods) == len(b.all_methods) and all(
            x.name == y.name and identical(x.type, y.type) for x, y in zip(a.all_methods, b.all_methods)
        )
    if isinstance(a, Named):
        return a.obj is b.obj and len(a.type_args) == len(b.type_args) and all(
            identical(x, y) for x, y in zip(a.type_args, b.type_args))
    return False


# The package being checked: its own names are unqualified in its compile errors.
messages_package: Optional["Package"] = None


def type_string(t: Type, qualify: bool = True, parameter_names: bool = False) -> str:
    """The type as Go prints it in error messages and %T ('main.T' for named types;
    the checked package's names are unqualified in compile errors, other packages'
    qualified by their name ('hidden.T'): pass qualify=False;
    compile errors also show parameter names in func types: parameter_names=True)."""
    def s(x):
        return type_string(x, qualify, parameter_names)
    if t is None:
        return "<nil>"
    if isinstance(t, Basic):
        return t.name
    if isinstance(t, Pointer):
        return "*" + s(t.elem)
    if isinstance(t, Slice):
        return "[]" + s(t.elem)
    if isinstance(t, Array):
        return f"[{t.length}]" + s(t.elem)
    if isinstance(t, Map):
        return f"map[{s(t.key)}]{s(t.elem)}"
    if isinstance(t, Chan):
        prefix = {SEND_ONLY: "chan<- ", RECV_ONLY: "<-chan ", BOTH_WAYS: "chan "}[t.dir]
        if t.dir == BOTH_WAYS and isinstance(t.elem, Chan) and t.elem.dir == RECV_ONLY:
            return prefix + "(" + s(t.elem) + ")"
        return prefix + s(t.elem)
    if isinstance(t, Struct):
        parts = []
        for index, f in enumerate(t.fields):
            parts.append(s(f.type) if f.embedded else f"{f.name} {s(f.type)}")
            parts[-1] += field_tag_suffix(t, index)
        return "struct{" + "; ".join(parts) + "}"
    if isinstance(t, Tuple):
        return "(" + ", ".join(s(v.type) for v in t.vars) + ")"
    if isinstance(t, Signature):
        return "func" + signature_string(t, qualify, parameter_names)
    if t is ANY:
        return "any"
    if isinstance(t, Interface):
        if t.is_empty() and not t.embeddeds:
            return "interface{}"
        parts = [m.name + signature_string(m.type, qualify, parameter_names) for m in t.methods]
        parts += [s(e) for e in t.embeddeds]
        return "interface{" + "; ".join(parts) + "}"
    if isinstance(t, Named):
        name = t.obj.name
        pkg = t.obj.pkg
        if pkg is not None and qualify:
            name = pkg.path + "." + name
        elif pkg is not None and pkg is not messages_package and pkg.path != "main":
            name = pkg.name + "." + name      # gc qualifies other packages' names by name
        if t.type_args:
            name += "[" + ",".join(s(a) for a in t.type_args) + "]"
        return name
    if isinstance(t, TypeParam):
        return t.obj.name
    return "?"


def signature_string(sig: Signature, qualify: bool = True, parameter_names: bool = False) -> str:
    def one(v, variadic):
        text = type_string(v.type.elem if variadic else v.type, qualify, parameter_names)
        text = "..." + text if variadic else text
        if parameter_names and v.name:
            text = v.name + " " + text
        return text
    last = len(sig.params.vars) - 1
    text = "(" + ", ".join(one(v, sig.variadic and i == last) for i, v in enumerate(sig.params.vars)) + ")"
    results = sig.results.vars
    if len(results) == 1 and not (parameter_names and results[0].name):
        text += " " + type_string(results[0].type, qualify, parameter_names)
    elif results:
        text += " (" + ", ".join(one(v, False) for v in results) + ")"
    return text


@dataclass(eq=False)
class Selection:
    """What x.f resolved to.  kind: 'field', 'method' (x.M with a receiver value),
    'method_expr' (T.M).  path: the field indices walked through embedded fields, the
    last one being the field itself for 'field'.  indirect: a pointer was followed on
    the way.  obj: the Var (field) or Func (method)."""
    kind: str
    recv_type: Type
    obj: Object
    path: list[int]
    indirect: bool = False


@dataclass(eq=False)
class VarInit:
    """One package-level initialisation, as Package.var_init_order lists them: lhs = the
    variables (one, or several for `var a, b = f()`; blank `_` is a Var named '_'),
    init = the expression (None: zero value), spec = the ast.ValueSpec it comes from."""
    lhs: list[Var]
    init: Any
    spec: Any
