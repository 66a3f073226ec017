# Composite literals: T{...} for structs, arrays and slices.
#
# Design: a literal is written straight into memory wherever it is going (a heap
# cell for &T{...} and slice backing arrays, a variable's home, a stack
# temporary), so no large aggregate ever exists as an SSA value.  The constant part
# of a literal held in memory is static data: its image (every constant element,
# nested struct and array literals included, and zero for the rest) is a private
# constant global, copied into place in one memmove; only the elements that are not
# constant are then stored one by one.  A constant in an interface slot is in the
# image as its type word and a pointer to a constant global holding the value.  A 20,000-element []int literal is one copy,
# not 20,000 stores (which LLVM's passes took 30 s over).  Slices are mutable, so a
# slice literal always copies its image into a fresh backing array.  Small struct
# and array literals used as values are built as an insertvalue chain from
# zeroinitializer instead, which LLVM folds to a constant when the elements are
# constant.
#
# Invariants: memory written through store_literal is fully initialised (zeroed or
# overwritten by the image first, unless it is fresh from runtime_alloc, which
# zeroes); an element is in the image exactly when _image says it is complete,
# and every other element is stored after the copy; keyed array and
# slice elements follow Go's rule (an element without a key takes the previous
# index plus one); an element whose type is elided as `&T` becomes a heap cell.
from __future__ import annotations

import llvmlite.ir as ir

from minigo.syntax import ast
from minigo.types import typesystem as ts
from minigo.codegen import types as lt
from minigo.codegen import interfaces, maps, pointer_masks, slicing
from minigo.codegen.constants import i64, memory_constant
from minigo.codegen.function import FunctionCompiler, is_nil, unparen, unsupported



def literal_value(fc: FunctionCompiler, e: ast.CompositeLit) -> ir.Value:
    t = e.type
    u = ts.underlying(t)
    if isinstance(u, ts.Slice):
        return _slice_literal(fc, e, u)
    if isinstance(u, ts.Pointer):
        cell = fc.heap_alloc(u.elem)
        _store_elements(fc, e, u.elem, cell)
        return cell
    if isinstance(u, ts.Map):
        return maps.literal(fc, e)
    if not isinstance(u, (ts.Struct, ts.Array)):
        unsupported(e, f"composite literals of type {t}")
    if lt.is_big(t):
        slot = fc.stack_slot(lt.memory_type(t))
        store_literal(fc, e, slot)
        return fc.raw(slot)
    result = ir.Constant(lt.memory_type(t), None)
    for index, element_type, element in _elements(e, u):
        member = lt.to_memory(fc.builder, element_type, element_value(fc, element, element_type))
        result = fc.builder.insert_value(result, member, index)
    return result


def store_literal(fc: FunctionCompiler, e: ast.CompositeLit, address: ir.Value, zeroed: bool = False) -> None:
    """Writes the literal's value into memory at address."""
    t = e.type
    u = ts.underlying(t)
    if isinstance(u, ts.Pointer):
        t = u.elem
        u = ts.underlying(t)
    if isinstance(u, (ts.Struct, ts.Array)):
        images = StaticImages(fc.program)
        if images.copy_into(fc, e, t, address):
            _store_elements(fc, e, t, address, images)
            return
        if not zeroed:
            fc.zero_memory(address, t)
        _store_elements(fc, e, t, address)
        return
    fc.store(literal_value(fc, e), address, e.type)


def _store_elements(fc: FunctionCompiler, e: ast.CompositeLit, t: ts.Type, address: ir.Value,
                    images: "StaticImages | None" = None) -> None:
    """Stores e's elements at address; with images, only those its image left out
    (nested literals that are partly constant store their own missing parts)."""
    u = ts.underlying(t)
    for index, element_type, element in _elements(e, u):
        if images is not None and images.complete(element, element_type):
            continue
        if isinstance(u, ts.Struct):
            pointer = fc.field_pointer(address, t, index)
        else:
            pointer = fc.builder.gep(fc.typed(address, t), [ir.Constant(lt.I32, 0), i64(index)],
                                     inbounds=True)
        if images is not None and images.nested_literal(element, element_type):
            literal = unparen(element)
            inner = images if images.has_image(literal) else None   # else zero in the image
            _store_elements(fc, literal, element_type, pointer, inner)
        else:
            store_element(fc, element, element_type, pointer)


def store_element(fc: FunctionCompiler, element: ast.Expr, element_type: ts.Type, pointer: ir.Value,
                  zeroed: bool = False) -> None:
    literal = unparen(element)
    if isinstance(literal, ast.CompositeLit) and not _is_elided_pointer(literal, element_type) \
            and not ts.is_interface(element_type):
        store_literal(fc, literal, pointer, zeroed)
        return
    fc.store(element_value(fc, element, element_type), pointer, element_type)


def element_value(fc: FunctionCompiler, element: ast.Expr, element_type: ts.Type) -> ir.Value:
    literal = unparen(element)
    if isinstance(literal, ast.CompositeLit) and _is_elided_pointer(literal, element_type):
        cell = fc.heap_alloc(ts.underlying(element_type).elem)
        store_literal(fc, literal, cell, zeroed=True)
        return cell
    return fc.value_as(element, element_type)


def _is_elided_pointer(literal: ast.CompositeLit, element_type: ts.Type) -> bool:
    """`{...}` standing for `&T{...}` in a []*T or [N]*T literal."""
    return isinstance(ts.underlying(element_type), ts.Pointer) and literal.lit_type is None


def _elements(e: ast.CompositeLit, u: ts.Type):
    """(index, element type, element expression) for each element written."""
    if isinstance(u, ts.Struct):
        for position, element in enumerate(e.elts):
            if isinstance(element, ast.KeyValueExpr):
                name = element.key.name
                index = next(i for i, f in enumerate(u.fields) if f.name == name)
                yield index, u.fields[index].type, element.val
            else:
                yield position, u.fields[position].type, element
        return
    index = 0
    for element in e.elts:
        if isinstance(element, ast.KeyValueExpr):
            index = int(element.key.value)
            element = element.val
        yield index, u.elem, element
        index += 1


def literal_length(e: ast.CompositeLit) -> int:
    length = 0
    index = 0
    for element in e.elts:
        if isinstance(element, ast.KeyValueExpr):
            index = int(element.key.value)
        index += 1
        length = max(length, index)
    return length


def _slice_literal(fc: FunctionCompiler, e: ast.CompositeLit, u: ts.Slice) -> ir.Value:
    length = literal_length(e)
    if length == 0:
        # []T{} is not nil: it points at a zero-size allocation
        data = fc.runtime("runtime_alloc", i64(0), pointer_masks.no_pointers())
        return slicing.make_slice(fc, data, i64(0), i64(0))
    data = fc.heap_alloc(u.elem, i64(length))
    array_type = ts.Array(length, u.elem)
    images = StaticImages(fc.program)
    if images.copy_into(fc, e, array_type, data):
        _store_elements(fc, e, array_type, data, images)
    else:
        for index, element_type, element in _elements(e, u):
            pointer = fc.element_pointer(data, element_type, i64(index))
            store_element(fc, element, element_type, pointer, zeroed=True)
    return slicing.make_slice(fc, data, i64(length), i64(length))


SPARSE_MINIMUM = 64     # arrays longer than this with under a quarter written get no image


class StaticImages:
    """The static images of one literal and its nested literals (see the file
    comment), each computed once: image(literal) is (LLVM constant, complete)."""

    def __init__(self, program):
        self.program = program
        self.images: dict[int, tuple[ir.Constant, bool, int]] = {}
        self.without_image: set[int] = set()     # literals left wholly to stores

    def has_image(self, e: ast.CompositeLit) -> bool:
        """Whether e's constant elements are in the image (not left to stores)."""
        return id(e) not in self.without_image

    def copy_into(self, fc: FunctionCompiler, e: ast.CompositeLit, t: ts.Type,
                  address: ir.Value) -> bool:
        """Copies e's image to address if it holds any constant element; False (and
        nothing done) when the image would be all zeroes and stores."""
        image, _, constant_leaves = self.image(e, t)
        if constant_leaves == 0:
            return False
        initializer = ir.FormattedConstant(image.type, _aggregate_text(image))
        cell = self.program.constant_global(image.type, initializer, "complit")
        cell.unnamed_addr = True
        fc.copy_memory(address, cell, lt.size_of(t))
        return True

    def image(self, e: ast.CompositeLit, t: ts.Type,
              llvm_type: ir.Type | None = None) -> tuple[ir.Constant, bool, int]:
        """(memory-form constant of e with zero for non-constant elements, whether
        every element is in it, how many constant leaves it holds)."""
        found = self.images.get(id(e))
        if found is not None:
            return found
        u = ts.underlying(t)
        if llvm_type is None:    # nested images share their parent's member types
            llvm_type = lt.memory_type(t)
        if isinstance(u, ts.Array):
            if u.length > SPARSE_MINIMUM and len(e.elts) * 4 < u.length:
                # mostly zero: stores into the zeroed memory beat a big image
                found = self.images[id(e)] = (ir.Constant(llvm_type, None), False, 0)
                self.without_image.add(id(e))
                return found
            members = [None] * u.length
        else:
            members = [None] * len(u.fields)
        complete, leaves = True, 0
        for index, element_type, element in _elements(e, u):
            member_type = llvm_type.elements[index] if isinstance(u, ts.Struct) else llvm_type.element
            member, element_complete, element_leaves = self._element_image(
                element, element_type, member_type)
            members[index] = member
            complete = complete and element_complete
            leaves += element_leaves
        zeroes = llvm_type.elements if isinstance(u, ts.Struct) else [llvm_type.element] * u.length
        members = [m if m is not None else ir.Constant(z, None) for m, z in zip(members, zeroes)]
        found = (ir.Constant(llvm_type, members), complete, leaves)
        self.images[id(e)] = found
        return found

    def _element_image(self, element: ast.Expr, element_type: ts.Type,
                       llvm_type: ir.Type | None = None):
        if self.nested_literal(element, element_type):
            return self.image(unparen(element), element_type, llvm_type)
        if not _is_static_leaf(element):
            return None, False, 0
        if is_nil(element):
            return None, True, 0
        if ts.is_interface(element_type):
            return self._boxed_constant(element, element_type), True, 1
        return memory_constant(self.program, element.value, element_type), True, 1

    def _boxed_constant(self, element: ast.Expr, interface_type: ts.Type) -> ir.Constant:
        """A constant in an interface slot: its type word and a pointer to a constant
        global holding the value (what conversions.box builds at run time, with the
        copy made once: the value in an interface is never written through)."""
        concrete = ts.default_type(element.type)
        value = memory_constant(self.program, element.value, concrete)
        cell = self.program.constant_global(value.type, value, "boxed")
        cell.unnamed_addr = True
        word = interfaces.interface_word(self.program, concrete, interface_type)
        return ir.Constant(lt.INTERFACE, [word.bitcast(lt.POINTER), cell.bitcast(lt.POINTER)])

    def complete(self, element: ast.Expr, element_type: ts.Type) -> bool:
        """Whether the element is wholly in its literal's image (needs no code); asks
        the cached image of a nested literal, and builds no constant for a leaf."""
        if self.nested_literal(element, element_type):
            return self.image(unparen(element), element_type)[1]
        return _is_static_leaf(element)

    @staticmethod
    def nested_literal(element: ast.Expr, element_type: ts.Type) -> bool:
        """A struct or array literal stored in place inside its parent's memory."""
        literal = unparen(element)
        return isinstance(literal, ast.CompositeLit) and not _is_elided_pointer(literal, element_type) \
            and isinstance(ts.underlying(element_type), (ts.Struct, ts.Array))


def _is_static_leaf(element: ast.Expr) -> bool:
    """A nil or a constant: an element the image holds (nil as zero)."""
    return is_nil(element) or (element.mode == "constant" and element.value is not None)


def _aggregate_text(image: ir.Constant) -> str:
    """The LLVM text of an aggregate constant's value, as str() would give after its
    type.  llvmlite caches the text of every nested constant it prints, which for a
    literal nested n deep (each level's text holding its whole type) is n**3 bytes:
    9 GB at depth 2,500; this keeps only the text being built."""
    if not isinstance(getattr(image, "constant", None), list):   # a scalar, an address
        return image.get_reference()
    members = ", ".join(f"{member.type} {_aggregate_text(member)}" for member in image.constant)
    return f"[{members}]" if isinstance(image.type, ir.ArrayType) else f"{{{members}}}"
