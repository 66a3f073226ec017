"""Package unsafe: its type Pointer and its five builtins, checked as go/types does.

unsafe is no library: the compiler is its implementation.  Pointer is the Basic type
UNSAFE_POINTER (i8* in codegen, a pointer word for the collector).  Sizeof, Alignof
and Offsetof fold into constants of type uintptr here, from types/sizes.py (the layout
codegen uses); Add and Slice are calls codegen lowers (codegen/unsafe_builtins.py).
The conversions *T <-> Pointer <-> uintptr are conversions.py's (unsafe_conversion).

The builtins reach builtins.py's dispatch by name (ARITY below joins its table), so
arity errors, `... must be called` and `discards result` read as for len or cap."""
from __future__ import annotations

from minigo.syntax import ast
from minigo.types import sizes
from minigo.types.assignability import lookup_field_or_method
from minigo.types.typesystem import (
    UINTPTR, UNSAFE_POINTER, Basic, Builtin, Func, Package, Pointer, Scope, Slice,
    Struct, TypeName, underlying,
)
from minigo.types.universe import UNIVERSE
from minigo.types.wording import describe, expr_string, type_text

# name -> (argument count, variadic), as builtins.ARITY
ARITY = {"Sizeof": (1, False), "Alignof": (1, False), "Offsetof": (1, False),
         "Add": (2, False), "Slice": (2, False)}

# Builtins whose arguments the check evaluates itself (Offsetof looks at its selector
# before evaluating the operand, as go/types does).
UNEVALUATED_ARGUMENTS = ("Offsetof",)


def _unsafe_package() -> Package:
    package = Package(path="unsafe", name="unsafe", scope=Scope(UNIVERSE, "package"), is_library=True)
    package.scope.insert(TypeName("Pointer", UNSAFE_POINTER, pkg=package))
    for name in ARITY:
        package.scope.insert(Builtin(name, None, pkg=package))
    return package


UNSAFE = _unsafe_package()
PACKAGES = {"unsafe": UNSAFE}


def is_unsafe_pointer(t) -> bool:
    u = underlying(t)
    return isinstance(u, Basic) and u is UNSAFE_POINTER


def is_uintptr(t) -> bool:
    u = underlying(t)
    return isinstance(u, Basic) and u.kind == UINTPTR.kind


def unsafe_conversion(from_type, to_type) -> bool:
    """The spec's conversions through unsafe.Pointer: a pointer or a uintptr to Pointer,
    Pointer to a pointer or a uintptr."""
    source, target = underlying(from_type), underlying(to_type)
    if is_unsafe_pointer(target):
        return isinstance(source, Pointer) or is_uintptr(source)
    if is_unsafe_pointer(source):
        return isinstance(target, Pointer) or is_uintptr(target)
    return False


class UnsafeBuiltinChecks:
    """builtin_<Name> for unsafe's builtins (mixed into the Checker)."""

    def builtin_Sizeof(self, call, args) -> None:
        self.size_constant(call, args[0], "Sizeof", sizes.size_of)

    def builtin_Alignof(self, call, args) -> None:
        self.size_constant(call, args[0], "Alignof", sizes.align_of)

    def size_constant(self, call, x, name, measure) -> None:
        self.assignment(x, None, f"argument to unsafe.{name}")
        if x.mode == "invalid":
            return
        self.uintptr_constant(call, measure(x.type))

    def uintptr_constant(self, call, value: int) -> None:
        call.mode, call.type, call.value = "constant", UINTPTR, value

    def builtin_Offsetof(self, call, args) -> None:
        argument = call.args[0]
        selector = argument
        while isinstance(selector, ast.ParenExpr):
            selector = selector.x
        if not isinstance(selector, ast.SelectorExpr):
            self.error(argument, f"invalid argument: {expr_string(argument)} is not a selector expression")
            self.use(argument)
            return
        self.expr(selector.x)
        x = selector.x
        if x.mode == "invalid":
            return
        base = x.type
        if isinstance(underlying(base), Pointer) and isinstance(underlying(underlying(base).elem), Struct):
            base = underlying(base).elem
        name = selector.sel.name
        found = lookup_field_or_method(base, False, name)
        if found.obj is None or found.path is None:
            self.error(x, f"invalid argument: {type_text(base)} has no single field {name}")
            return
        if isinstance(found.obj, Func):
            self.error(argument, f"invalid argument: {expr_string(argument)} is a method value")
            return
        if found.indirect:
            self.error(x, f"invalid argument: field {name} is embedded via a pointer in {type_text(base)}")
            return
        selector.sel.obj = found.obj
        selector.mode, selector.type = "variable", found.obj.type
        self.uintptr_constant(call, field_path_offset(base, found.path))

    def builtin_Add(self, call, args) -> None:
        pointer, length = args
        self.assignment(pointer, UNSAFE_POINTER, "argument to unsafe.Add")
        if pointer.mode == "invalid":
            return
        if not self.is_valid_index(length, "length", True):
            return
        call.mode, call.type = "value", UNSAFE_POINTER

    def builtin_Slice(self, call, args) -> None:
        pointer, length = args
        pointer_type = underlying(pointer.type)
        if not isinstance(pointer_type, Pointer):
            self.error(pointer, f"invalid argument: {describe(pointer)} is not a pointer")
            return
        if not self.is_valid_index(length, "length", False):
            return
        call.mode, call.type = "value", Slice(pointer_type.elem)


def field_path_offset(base, path) -> int:
    """The offset of the field reached from struct type base through path (field indices,
    embedded structs first, none through a pointer)."""
    offset = 0
    struct_type = base
    for index in path:
        struct = underlying(struct_type)
        if not isinstance(struct, Struct):
            break
        offset += sizes.field_offsets(struct)[index]
        struct_type = struct.fields[index].type
    return offset
