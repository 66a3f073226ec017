# Type descriptors: one constant runtime.h TypeDescriptor per Go type in the program.
#
# Design: a descriptor's address is the type's identity at run time (interfaces,
# type switches, fmt's %T and %v, later maps and the GC), so each type gets exactly
# one, named "type:<type as reflect prints it>" and emitted linkonce_odr: modules
# that mention the same type share one definition at link time.  Types declared
# inside functions can repeat a name (two `type T` in two functions are both
# "main.T" to %T); the second and later get a "·N" suffix on the symbol only.  Instances
# of a generic type share its TypeName: their key is its name plus their arguments' keys.
# Recursive types work because the global is registered before its initialiser,
# which may mention it, is built.  The method table lists a concrete type's method
# set (name, func type, the function taking the data word: methods.py), which the
# runtime uses to build itabs and fmt/panic to call Error() and String(); an
# interface type's table lists its methods (no functions).
#
# reflect (stdlib/reflect) reads the same descriptors: a struct field carries its
# tag, and the questions only some types answer hang off `extra` (TypeExtra, null for
# every other type, so hello world pays one word per descriptor): a named type's
# package path, a func type's parameter and result types (TYPE_FLAG_VARIADIC marks
# ...T; TYPE_FLAG_CHAN_* a channel's direction) and the wrapper reflect's Value.Call calls it through (reflect_calls.py), an
# array type's slice type (Value.Slice of an array).  Name() is the part of the name after the package's, so it is not stored.
# ptr_to links every non-pointer type to *T's descriptor (emitted with it, so every
# module that emits T agrees), for the pointers reflect makes at run time.  Every
# unnamed slice, array, map, chan and pointer-to-pointer descriptor a module emits is
# also listed in the section minigo_typelinks (emit_type_links), which the linker
# concatenates: reflect's SliceOf, MapOf, ArrayOf, ChanOf and PointerTo search it
# before making a descriptor at run time, so a type the program names keeps one
# descriptor, its identity.
#
# Invariants: the LLVM layouts are runtime.h's TypeDescriptor, TypeExtra, StructField
# and Method, taken from runtime_abi.LAYOUTS; flags carry TYPE_FLAG_NO_POINTERS exactly when
# types.has_pointers says no, the same rule every runtime_alloc uses, and
# TYPE_FLAG_NONEMPTY_INTERFACE for interfaces with methods; tables are sorted by name;
# pointer_mask is one value's mask (pointer_masks.value_mask), for the runtime's own
# allocations of values (interface boxes, map slots).
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import literals
from minigo.types import typesystem as ts
from minigo.codegen import pointer_masks, reflect_calls
from minigo.codegen import runtime_abi as abi
from minigo.codegen import types as lt
from minigo.codegen.constants import i64

DESCRIPTOR = abi.layout("TypeDescriptor")
STRUCT_FIELD = abi.layout("StructField")
METHOD = abi.layout("Method")
TYPE_EXTRA = abi.layout("TypeExtra")


def kind_of(t: ts.Type) -> int:
    u = ts.underlying(t)
    if isinstance(u, ts.Basic):
        return u.kind
    return {
        ts.Pointer: abi.KIND_POINTER, ts.Slice: abi.KIND_SLICE, ts.Array: abi.KIND_ARRAY,
        ts.Map: abi.KIND_MAP, ts.Chan: abi.KIND_CHAN, ts.Signature: abi.KIND_FUNC,
        ts.Interface: abi.KIND_INTERFACE, ts.Struct: abi.KIND_STRUCT,
    }[type(u)]


_CHAN_FLAGS = {ts.RECV_ONLY: abi.TYPE_FLAG_CHAN_RECV_ONLY, ts.SEND_ONLY: abi.TYPE_FLAG_CHAN_SEND_ONLY,
               ts.BOTH_WAYS: 0}
_ALIAS_NAMES = {"byte": "uint8", "rune": "int32"}   # reflect names the types, not the aliases


def runtime_name(t: ts.Type, full: bool = False) -> str:
    """The type as reflect's String() (and so fmt's %T) writes it; full: a defined type
    is named by its package's path, as gc writes type arguments (coll.List[example.com/m/coll.Item])."""
    if isinstance(t, ts.Basic):
        return _ALIAS_NAMES.get(t.name, t.name)
    if isinstance(t, ts.Named):
        name = t.obj.name
        if t.obj.pkg is not None:
            name = (t.obj.pkg.path if full else t.obj.pkg.name) + "." + name
        if t.type_args:
            name += "[" + ",".join(runtime_name(a, True) for a in t.type_args) + "]"
        return name
    if isinstance(t, ts.Pointer):
        return "*" + runtime_name(t.elem, full)
    if isinstance(t, ts.Slice):
        return "[]" + runtime_name(t.elem, full)
    if isinstance(t, ts.Array):
        return f"[{t.length}]" + runtime_name(t.elem, full)
    if isinstance(t, ts.Map):
        return f"map[{runtime_name(t.key, full)}]{runtime_name(t.elem, full)}"
    if isinstance(t, ts.Chan):
        prefix = {ts.SEND_ONLY: "chan<- ", ts.RECV_ONLY: "<-chan ", ts.BOTH_WAYS: "chan "}[t.dir]
        return prefix + runtime_name(t.elem, full)
    if isinstance(t, ts.Struct):
        if not t.fields:
            return "struct {}"
        parts = [(runtime_name(f.type, full) if f.embedded else f"{f.name} {runtime_name(f.type, full)}")
                 + ts.field_tag_suffix(t, index) for index, f in enumerate(t.fields)]
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, ts.Interface):
        if not t.all_methods:
            return "interface {}"
        parts = [m.name + signature_name(m.type, full)[4:] for m in t.all_methods]
        return "interface { " + "; ".join(parts) + " }"
    if isinstance(t, ts.Signature):
        return signature_name(t, full)
    return str(t)


def signature_name(sig: ts.Signature, full: bool = False) -> str:
    params = []
    for index, v in enumerate(sig.params.vars):
        if sig.variadic and index == len(sig.params.vars) - 1:
            params.append("..." + runtime_name(v.type.elem, full))
        else:
            params.append(runtime_name(v.type, full))
    text = "func(" + ", ".join(params) + ")"
    results = [runtime_name(v.type, full) for v in sig.results.vars]
    if len(results) == 1:
        text += " " + results[0]
    elif results:
        text += " (" + ", ".join(results) + ")"
    return text


def reflect_may_make(t: ts.Type) -> bool:
    """Whether reflect could make t at run time (and so must find the program's own
    descriptor for it): an unnamed slice, array, map or chan type, or a pointer to a
    type whose ptr_to is null (a pointer type)."""
    if isinstance(t, ts.Pointer):
        return isinstance(ts.underlying(t.elem), ts.Pointer)
    return isinstance(t, (ts.Slice, ts.Array, ts.Map, ts.Chan))


class DescriptorTable:
    """Emits and remembers the descriptors of one module."""

    def __init__(self, program):
        self.program = program
        self.module: ir.Module = program.module
        self.by_key: dict[str, ir.GlobalVariable] = {}
        self.named_symbols: dict[int, str] = {}     # id(TypeName) -> symbol key
        self.named_keepalive: list = []
        self.taken_named_keys: set[str] = set()
        self.links: list[ir.GlobalVariable] = []     # emit_type_links's entries

    def descriptor(self, t: ts.Type) -> ir.Constant:
        """An i8* to t's descriptor."""
        key = self.key(t)
        found = self.by_key.get(key)
        if found is None:
            found = ir.GlobalVariable(self.module, DESCRIPTOR, "type:" + key)
            found.linkage = "linkonce_odr"
            found.global_constant = True
            found.align = 8
            self.by_key[key] = found
            found.initializer = self.build(t, key)
            if reflect_may_make(t):
                self.links.append(found)
        return found.bitcast(lt.POINTER)

    def emit_type_links(self) -> ir.GlobalVariable:
        """This module's entries of the section minigo_typelinks (see the file comment)."""
        table_type = ir.ArrayType(lt.POINTER, len(self.links))
        table = ir.GlobalVariable(self.module, table_type, f"{self.program.package.path}..typelinks")
        table.global_constant = True
        table.initializer = ir.Constant(table_type, [g.bitcast(lt.POINTER) for g in self.links])
        table.align = 8
        table.section = abi.TYPE_LINKS_SECTION
        table.linkage = "internal"
        return table

    def key(self, t: ts.Type) -> str:
        """The symbol's type string: runtime_name with named types made unique."""
        if isinstance(t, ts.Named):
            return self.named_key(t)
        if isinstance(t, ts.Pointer):
            return "*" + self.key(t.elem)
        if isinstance(t, ts.Slice):
            return "[]" + self.key(t.elem)
        if isinstance(t, ts.Array):
            return f"[{t.length}]" + self.key(t.elem)
        if isinstance(t, ts.Map):
            return f"map[{self.key(t.key)}]{self.key(t.elem)}"
        if isinstance(t, ts.Struct):
            return self.struct_key(t)
        return runtime_name(t)

    def struct_key(self, t: ts.Struct) -> str:
        """Like runtime_name, but an embedded field also shows its name: struct{int} and
        struct{Int} (Int an alias of int), or struct{byte} and struct{uint8}, are different
        types that reflect writes alike."""
        parts = [(f"{f.name}={self.key(f.type)}" if f.embedded else f"{f.name} {self.key(f.type)}")
                 + ts.field_tag_suffix(t, index) for index, f in enumerate(t.fields)]
        return "struct { " + "; ".join(parts) + " }" if parts else "struct {}"

    def named_key(self, t: ts.Named) -> str:
        known = self.named_symbols.get(id(t.obj))
        if known is None:
            known = runtime_name(t).split("[", 1)[0]   # a generic's instances share its name
            if known in self.taken_named_keys:
                suffix = 1
                while f"{known}·{suffix}" in self.taken_named_keys:
                    suffix += 1
                known = f"{known}·{suffix}"
            self.taken_named_keys.add(known)
            self.named_symbols[id(t.obj)] = known
            self.named_keepalive.append(t.obj)
        if t.type_args:
            return known + "[" + ",".join(self.key(a) for a in t.type_args) + "]"
        return known

    def build(self, t: ts.Type, key: str) -> ir.Constant:
        u = ts.underlying(t)
        flags = lt.allocation_flags(t)
        if isinstance(t, ts.Named):
            flags |= abi.TYPE_FLAG_NAMED
        null = ir.Constant(lt.POINTER, None)
        elem = key_type = null
        length = 0
        fields = null
        field_count = 0
        if isinstance(u, (ts.Pointer, ts.Slice, ts.Array, ts.Chan)):
            elem = self.descriptor(u.elem)
        if isinstance(u, ts.Map):
            elem = self.descriptor(u.elem)
            key_type = self.descriptor(u.key)
        if isinstance(u, ts.Array):
            length = u.length
        if isinstance(u, ts.Struct) and u.fields:
            fields = self.struct_fields(u, key)
            field_count = len(u.fields)
        if isinstance(u, ts.Interface) and u.all_methods:
            flags |= abi.TYPE_FLAG_NONEMPTY_INTERFACE
        if isinstance(u, ts.Signature) and u.variadic:
            flags |= abi.TYPE_FLAG_VARIADIC
        if isinstance(u, ts.Chan):
            flags |= _CHAN_FLAGS[u.dir]
        methods, method_count = self.method_table(t, key)
        return ir.Constant(DESCRIPTOR, [
            i64(lt.size_of(t)), i64(kind_of(t)), i64(flags),
            self.program.string_constant(runtime_name(t).encode()),
            elem, key_type, i64(length), fields, i64(field_count), methods, i64(method_count),
            pointer_masks.value_mask(self.program, t), self.extra(t, key),
            self.pointer_to(t),
        ])

    def pointer_to(self, t: ts.Type) -> ir.Constant:
        """*t's descriptor for a t that is not a pointer (reflect.New(t) and Addr make
        *t values whatever the program names), null for pointers: no **T chains."""
        if isinstance(ts.underlying(t), ts.Pointer):
            return ir.Constant(lt.POINTER, None)
        return self.descriptor(ts.Pointer(t))

    def extra(self, t: ts.Type, key: str) -> ir.Constant:
        """The TypeExtra of a named, func or array type (an i8*), null for the others."""
        pkg = t.obj.pkg if isinstance(t, ts.Named) else None
        u = ts.underlying(t)
        signature = u if isinstance(u, ts.Signature) else None
        array = u if isinstance(u, ts.Array) else None
        if pkg is None and signature is None and array is None:
            return ir.Constant(lt.POINTER, None)
        slice_type = self.descriptor(ts.Slice(array.elem)) if array is not None \
            else ir.Constant(lt.POINTER, None)
        params, in_count, out_count = ir.Constant(lt.POINTER, None), 0, 0
        call = ir.Constant(lt.POINTER, None)
        if signature is not None:
            call = reflect_calls.call_wrapper(self.module, signature, key).bitcast(lt.POINTER)
            types = [v.type for v in signature.params.vars + signature.results.vars]
            in_count, out_count = len(signature.params.vars), len(signature.results.vars)
            if types:
                params = self.table("typeparams:" + key, lt.POINTER,
                                    [self.descriptor(p) for p in types])
        row = ir.Constant(TYPE_EXTRA, [
            self.program.string_constant((pkg.path if pkg else "").encode()),
            params, i64(in_count), i64(out_count), call, slice_type])
        return self.table("typeextra:" + key, TYPE_EXTRA, [row])

    def method_table(self, t: ts.Type, key: str):
        """(pointer to t's Method entries, count): an interface's methods, or a concrete
        type's method set with the functions interfaces call (methods.py)."""
        from minigo.codegen import methods
        u = ts.underlying(t)
        if isinstance(u, ts.Interface):
            entries = [(m.name, m.type, ir.Constant(lt.POINTER, None)) for m in u.all_methods]
        else:
            entries = [(entry.name, entry.func.type,
                        methods.entry_function(self.program, t, entry).bitcast(lt.POINTER))
                       for entry in methods.method_set(t)]
        if not entries:
            return ir.Constant(lt.POINTER, None), 0
        rows = [ir.Constant(METHOD, [
            self.program.string_constant(name.encode()),
            self.descriptor(methods.without_receiver(signature)), function,
        ]) for name, signature, function in entries]
        return self.table("typemethods:" + key, METHOD, rows), len(rows)

    def struct_fields(self, struct: ts.Struct, key: str) -> ir.Constant:
        entries = []
        for index, (f, offset) in enumerate(zip(struct.fields, lt.field_offsets(struct))):
            entries.append(ir.Constant(STRUCT_FIELD, [
                self.program.string_constant(f.name.encode()),
                self.descriptor(f.type), i64(offset), i64(1 if f.embedded else 0),
                self.program.string_constant(self.tag(struct, index)),
            ]))
        return self.table("typefields:" + key, STRUCT_FIELD, entries)

    @staticmethod
    def tag(struct: ts.Struct, index: int) -> bytes:
        """The field's tag as StructField.Tag holds it (the checker keeps it quoted)."""
        quoted = struct.tags[index] if struct.tags else None
        return literals.string_bytes(quoted) if quoted else b""

    def table(self, name: str, row_type: ir.Type, rows: list[ir.Constant]) -> ir.Constant:
        """A constant array of rows shared at link time like the descriptors; an i8* to it."""
        array_type = ir.ArrayType(row_type, len(rows))
        table = ir.GlobalVariable(self.module, array_type, name)
        table.linkage = "linkonce_odr"
        table.global_constant = True
        table.align = 8
        table.initializer = ir.Constant(array_type, rows)
        return table.bitcast(lt.POINTER)
