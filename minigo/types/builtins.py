"""Calls of Go's builtin functions.

Annotations for codegen: the CallExpr gets the result type (mode 'novalue' for
print/println/panic/copy-less ones, 'constant' for len/cap folded at compile time).
Arguments of print/println and panic carry their final (defaulted) types; append's
extra arguments are assigned to the slice's element type, except `append(b, s...)`
with s a string.  make's size arguments are converted to int when untyped."""
from __future__ import annotations

from minigo.types.typesystem import (
    ANY, BYTE, COMPLEX64, COMPLEX128, FLOAT32, FLOAT64, INT, INVALID, NUMERIC, UNTYPED_COMPLEX,
    UNTYPED_FLOAT, STRING, STRING_TYPE, UNTYPED_NIL, Array, Basic, Chan, Map, Pointer,
    Signature, Slice, Tuple, TypeParam, Var, identical, is_basic, is_untyped, underlying, RECV_ONLY,
)
from minigo.types.typeparams import core_or_self, every_term, term_map_key
from minigo.types import constants, unsafe_builtins
from minigo.types.wording import describe, expr_string, type_text

COMPLEX_OF_FLOAT = {id(FLOAT32): COMPLEX64, id(FLOAT64): COMPLEX128, id(UNTYPED_FLOAT): UNTYPED_COMPLEX}
FLOAT_OF_COMPLEX = {id(COMPLEX64): FLOAT32, id(COMPLEX128): FLOAT64, id(UNTYPED_COMPLEX): UNTYPED_FLOAT}

# name -> (argument count, variadic)
ARITY = {"append": (1, True), "cap": (1, False), "close": (1, False), "complex": (2, False),
         "copy": (2, False), "delete": (2, False), "imag": (1, False), "len": (1, False),
         "make": (1, True), "new": (1, False), "panic": (1, False), "print": (0, True),
         "println": (0, True), "real": (1, False), "recover": (0, False)}

TYPE_ARGUMENT_BUILTINS = ("make", "new")

# unsafe's builtins (types/unsafe_builtins.py) join the table
ARITY.update(unsafe_builtins.ARITY)
UNEVALUATED_ARGUMENTS = TYPE_ARGUMENT_BUILTINS + unsafe_builtins.UNEVALUATED_ARGUMENTS


class BuiltinChecks:

    def builtin_call(self, call, builtin) -> None:
        name = builtin.name
        if call.has_ellipsis and name != "append":
            self.error(call, f"invalid operation: invalid use of ... with built-in {name}")
            self.use(*call.args)
            return
        saved_call_flag = self.has_call_or_recv
        if name in ("len", "cap"):
            self.has_call_or_recv = False
        try:
            self.builtin_dispatch(call, name)
        finally:
            if name in ("len", "cap"):
                self.has_call_or_recv = saved_call_flag
        if call.mode not in ("invalid", "constant"):
            self.has_call_or_recv = True

    def builtin_dispatch(self, call, name) -> None:
        expected, variadic = ARITY[name]
        args = []
        if name not in UNEVALUATED_ARGUMENTS:
            args = self.expr_list(call.args, allow_comma_ok=False)
            if args and args[0].mode == "invalid":
                return
        count = len(args) if name not in UNEVALUATED_ARGUMENTS else len(call.args)
        problem = "not enough" if count < expected else ("too many" if not variadic and count > expected else "")
        if problem:
            self.error(call, f"invalid operation: {problem} arguments for {expr_string(call)} "
                             f"(expected {expected}, found {count})")
            return
        getattr(self, f"builtin_{name}")(call, args)

    def builtin_append(self, call, args) -> None:
        first = args[0]
        slice_type = core_or_self(first.type)
        if not isinstance(slice_type, Slice):
            cause = "have untyped nil" if first.type is UNTYPED_NIL else f"have {describe(first)}"
            self.error(first, f"first argument to append must be a slice; {cause}")
            return
        if len(args) == 2 and call.has_ellipsis:
            second = args[1]
            if second.mode == "invalid":
                return
            if self.assignable_to(first, Slice(BYTE)) and (is_basic(second.type, STRING) or every_term(
                    second.type, lambda t: is_basic(t, STRING) or identical(underlying(t), Slice(BYTE)))):
                if is_untyped(second.type):
                    self.update_expr_type(second, STRING_TYPE, True)
                call.mode, call.type = "value", first.type
                return
        signature = Signature(Tuple([Var("", first.type), Var("", Slice(slice_type.elem))]),
                              Tuple([Var("", first.type)]), variadic=True)
        self.arguments(call, signature, args)
        call.mode, call.type = "value", first.type

    def builtin_len(self, call, args) -> None:
        self.length_or_capacity(call, args[0], "len")

    def builtin_cap(self, call, args) -> None:
        self.length_or_capacity(call, args[0], "cap")

    def length_or_capacity(self, call, x, name) -> None:
        u = core_or_self(x.type)
        if isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            u = underlying(u.elem)
        mode, value = "invalid", None
        if isinstance(u, Basic) and u.info & STRING and name == "len":
            if x.mode == "constant":
                mode, value = "constant", len(x.value)
            else:
                mode = "value"
        elif isinstance(u, Array):
            mode = "value"
            if not self.has_call_or_recv and not isinstance(x.type, TypeParam):
                mode, value = "constant", u.length
        elif isinstance(u, (Slice, Chan)):
            mode = "value"
        elif isinstance(u, Map) and name == "len":
            mode = "value"
        elif every_term(u, lambda term: self.has_length(term, name)):
            mode = "value"          # a type parameter: every type of its set has one
        if mode == "invalid":
            if u is not INVALID:
                self.error(x, f"invalid argument: {describe(x)} for {name}")
            return
        if is_untyped(x.type):
            self.update_expr_type(x, STRING_TYPE, True)
        call.mode, call.type, call.value = mode, INT, value

    def has_length(self, t, name) -> bool:
        u = underlying(t)
        if isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            return True
        if isinstance(u, Basic):
            return bool(u.info & STRING) and name == "len"
        return isinstance(u, (Array, Slice, Chan)) or isinstance(u, Map) and name == "len"

    def builtin_close(self, call, args) -> None:
        x = args[0]
        channel = core_or_self(x.type)
        if every_term(x.type, lambda t: isinstance(underlying(t), Chan) and underlying(t).dir != RECV_ONLY):
            call.mode, call.type = "novalue", Tuple([])      # a type parameter's channels
            return
        if not isinstance(channel, Chan):
            self.error(x, f"invalid operation: cannot close non-channel {describe(x)}")
            return
        if channel.dir == RECV_ONLY:
            self.error(x, f"invalid operation: cannot close receive-only channel {describe(x)}")
            return
        call.mode, call.type = "novalue", Tuple([])

    def builtin_complex(self, call, args) -> None:
        """complex(x, y): both parts of one float type (go/types' rules for untyped ones)."""
        x, y = args
        if y.mode == "invalid":
            return
        if is_untyped(x.type) and is_untyped(y.type):
            if x.mode == "constant" and y.mode == "constant":
                for part in (x, y):
                    if is_basic(part.type, NUMERIC) and constants.imaginary_part(part.value) == 0:
                        part.type = UNTYPED_FLOAT
            else:
                self.convert_untyped(x, FLOAT64)
                self.convert_untyped(y, FLOAT64)
        elif is_untyped(x.type):
            self.convert_untyped(x, y.type)
        elif is_untyped(y.type):
            self.convert_untyped(y, x.type)
        if x.mode == "invalid" or y.mode == "invalid":
            return
        if not identical(x.type, y.type):
            self.error(x, f"invalid operation: {expr_string(call)} (mismatched types "
                          f"{type_text(x.type)} and {type_text(y.type)})")
            return
        result = COMPLEX_OF_FLOAT.get(id(underlying(x.type)))
        if result is None:
            self.error(x, f"invalid argument: arguments have type {type_text(x.type)}, "
                          "expected floating-point")
            return
        call.type = result
        if x.mode == "constant" and y.mode == "constant":
            call.mode = "constant"
            call.value = constants.ComplexValue(constants.real_part(x.value),
                                                constants.real_part(y.value))
        else:
            call.mode = "value"

    def builtin_real(self, call, args) -> None:
        self.complex_part(call, args[0], "real")

    def builtin_imag(self, call, args) -> None:
        self.complex_part(call, args[0], "imag")

    def complex_part(self, call, x, name) -> None:
        """real(x), imag(x): an untyped numeric constant counts as an untyped complex one."""
        if is_untyped(x.type):
            if x.mode == "constant":
                if is_basic(x.type, NUMERIC):
                    x.type = UNTYPED_COMPLEX
            else:
                self.convert_untyped(x, COMPLEX128)
                if x.mode == "invalid":
                    return
        result = FLOAT_OF_COMPLEX.get(id(underlying(x.type)))
        if result is None:
            self.error(x, f"invalid argument: argument has type {type_text(x.type)}, "
                          "expected complex type")
            return
        call.type = result
        if x.mode == "constant":
            part = constants.real_part if name == "real" else constants.imaginary_part
            call.mode, call.value = "constant", part(x.value)
            if not is_untyped(result):
                call.value, _ = constants.representation(call.value, result)
        else:
            call.mode = "value"

    def builtin_copy(self, call, args) -> None:
        destination, source = args[0], args[1]
        if source.mode == "invalid":
            return
        target_slice = core_or_self(destination.type)
        source_type = core_or_self(source.type)
        if isinstance(source_type, Basic) and source_type.info & STRING:
            source_type = Slice(BYTE)
        if not isinstance(target_slice, Slice) or not isinstance(source_type, Slice):
            self.error(destination, f"invalid argument: copy expects slice arguments; found "
                                    f"{describe(destination)} and {describe(source)}")
            return
        if not identical(target_slice.elem, source_type.elem):
            self.error(destination, f"invalid argument: arguments to copy {describe(destination)} and "
                                    f"{describe(source)} have different element types "
                                    f"{type_text(target_slice.elem)} and {type_text(source_type.elem)}")
            return
        if is_untyped(source.type):
            self.update_expr_type(source, STRING_TYPE, True)
        call.mode, call.type = "value", INT

    def builtin_delete(self, call, args) -> None:
        map_value, key = args[0], args[1]
        map_type = core_or_self(map_value.type)
        if not isinstance(map_type, Map):
            map_type = term_map_key(map_value.type) or map_type    # maps of one key type
        if not isinstance(map_type, Map):
            self.error(map_value, f"invalid argument: {describe(map_value)} is not a map")
            return
        if key.mode == "invalid":
            return
        self.assignment(key, map_type.key, "argument to delete")
        if key.mode == "invalid":
            return
        call.mode, call.type = "novalue", Tuple([])

    def builtin_make(self, call, args) -> None:
        first = call.args[0]
        target = self.var_type(first)
        if target is INVALID:
            self.use(*call.args[1:])
            return
        u = core_or_self(target)
        if isinstance(u, Slice):
            minimum = 2
        elif isinstance(u, (Map, Chan)):
            minimum = 1
        elif isinstance(u, TypeParam):
            self.error(first, f"invalid argument: cannot make {expr_string(first)}: no core type")
            self.use(*call.args[1:])
            return
        else:
            self.error(first, f"invalid argument: cannot make {expr_string(first)}; "
                              "type must be slice, map, or channel")
            self.use(*call.args[1:])
            return
        count = len(call.args)
        if count < minimum or count > minimum + 1:
            self.error(call, f"invalid operation: {expr_string(call)} expects {minimum} or "
                             f"{minimum + 1} arguments; found {count}")
            self.use(*call.args[1:])
            return
        sizes = []
        for size_expr in call.args[1:]:
            _, size = self.index(size_expr, -1)
            if size >= 0:
                sizes.append(size)
        if len(sizes) == 2 and sizes[0] > sizes[1]:
            self.error(call.args[1], "invalid argument: length and capacity swapped")
        call.mode, call.type = "value", target

    def builtin_new(self, call, args) -> None:
        target = self.var_type(call.args[0])
        if target is INVALID:
            return
        call.mode, call.type = "value", Pointer(target)

    def builtin_panic(self, call, args) -> None:
        x = args[0]
        self.assignment(x, ANY, "argument to panic")
        if x.mode == "invalid":
            return
        if self.function is not None:
            self.panic_calls.add(call)
        call.mode, call.type = "novalue", Tuple([])

    def builtin_print(self, call, args) -> None:
        self.print_arguments(call, args, "print")

    def builtin_println(self, call, args) -> None:
        self.print_arguments(call, args, "println")

    def print_arguments(self, call, args, name) -> None:
        for x in args:
            if x.mode == "invalid":
                return
            self.assignment(x, None, f"argument to {name}")
            if x.mode == "invalid":
                return
        call.mode, call.type = "novalue", Tuple([])

    def builtin_recover(self, call, args) -> None:
        call.mode, call.type = "value", ANY

