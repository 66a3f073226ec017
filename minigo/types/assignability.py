"""Relations between types: assignability, comparability, nil-ability, interface
satisfaction, and the lookup of fields and methods through embedded fields."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from minigo.types.typesystem import (
    INVALID, UNTYPED_NIL, Basic, Chan, Func, Interface, Map, Named, Pointer, Signature, Slice,
    Struct, Array, BOTH_WAYS, TypeParam, identical, is_untyped, underlying, signature_string,
)
from minigo.types import library
from minigo.types.wording import type_text


def has_name(t) -> bool:
    return isinstance(t, (Basic, Named))


def dereference(t):
    """(base, True) for a pointer type (not a named pointer type), else (t, False)."""
    if isinstance(t, Pointer):
        return t.elem, True
    return t, False


def pointer_receiver(method: Func) -> bool:
    return method.pointer_receiver


def embeds_invalid(t) -> bool:
    """Whether t's fields or methods are partly unknown: it embeds, at any depth, a type
    whose declaration failed (reported once; a lookup that fails in t says nothing)."""
    current, seen = [t], set()
    while current:
        following = []
        for typ in current:
            base = underlying(dereference(typ)[0])
            if base is INVALID or isinstance(base, Interface) and base.incomplete:
                return True
            if isinstance(base, Struct) and id(base) not in seen:
                seen.add(id(base))
                following.extend(f.type for f in base.fields if f.embedded)
        current = following
    return False


@dataclass
class LookupResult:
    obj: Optional[object]
    path: Optional[list]
    indirect: bool


def same_package_name(member, wanted) -> bool:
    """Whether a method found by name is the one wanted: an unexported name declared in
    one package is a different name from the same spelling in another."""
    if member.name[:1].isupper() or member.pkg is None or wanted.pkg is None:
        return True
    return member.pkg is wanted.pkg


def lookup_field_or_method(t, addressable: bool, name: str, fold_case: bool = False) -> LookupResult:
    """Breadth-first search for name among t's fields and methods, embedded ones included.
    A collision at one depth gives obj None with a path; a method that needs an addressable
    receiver gives obj None, path None, indirect True."""
    if name == "_":
        return LookupResult(None, None, False)
    if isinstance(t, TypeParam):        # a type parameter's methods are its constraint's
        from minigo.types.typeparams import constraint_interface
        t = constraint_interface(t)
        if t is None:
            return LookupResult(None, None, False)
    if isinstance(t, Named) and isinstance(underlying(t), Pointer):
        # a defined pointer type (type P *S): p.f is (*p).f for fields; P has no methods
        result = lookup_field_or_method(underlying(t), False, name, fold_case)
        if isinstance(result.obj, Func) or result.indirect and result.obj is None:
            return LookupResult(None, None, False)
        return result
    base, is_pointer = dereference(t)
    if is_pointer and isinstance(underlying(base), Interface):
        return LookupResult(None, None, False)

    def matches(candidate: str) -> bool:
        return candidate == name or fold_case and candidate.lower() == name.lower()

    current = [(base, [], is_pointer, False)]
    seen: set = set()
    while current:
        found = None
        found_path = None
        found_indirect = False
        following = []
        for typ, path, indirect, multiples in current:
            if isinstance(typ, Named):
                if id(typ) in seen:
                    continue
                seen.add(id(typ))
                method_index = next((i for i, m in enumerate(typ.methods) if matches(m.name)), -1)
                if method_index >= 0:
                    if found is not None or multiples:
                        return LookupResult(None, path + [method_index], False)
                    found, found_path, found_indirect = typ.methods[method_index], path + [method_index], indirect
                    continue
            u = underlying(typ)
            if isinstance(u, Struct):
                for index, field in enumerate(u.fields):
                    if matches(field.name):
                        if found is not None or multiples:
                            return LookupResult(None, path + [index], False)
                        found, found_path, found_indirect = field, path + [index], indirect
                        continue
                    if found is None and field.embedded:
                        inner, inner_pointer = dereference(field.type)
                        following.append((inner, path + [index], indirect or inner_pointer, multiples))
            elif isinstance(u, Interface):
                methods = u.all_methods or u.methods
                method_index = next((i for i, m in enumerate(methods) if matches(m.name)), -1)
                if method_index >= 0:
                    if found is not None or multiples:
                        return LookupResult(None, path + [method_index], False)
                    found, found_path, found_indirect = methods[method_index], path + [method_index], indirect
        if found is not None:
            if isinstance(found, Func) and pointer_receiver(found) and not found_indirect and not addressable:
                return LookupResult(None, None, True)
            return LookupResult(found, found_path, found_indirect)
        current = consolidate_multiples(following)
    return LookupResult(None, None, False)


def consolidate_multiples(entries):
    merged = []
    for typ, path, indirect, multiples in entries:
        for index, (other, other_path, other_indirect, _) in enumerate(merged):
            if identical(other, typ):
                merged[index] = (other, other_path, other_indirect, True)
                break
        else:
            merged.append((typ, path, indirect, multiples))
    return merged


class AssignabilityChecks:

    def has_nil(self, t) -> bool:
        if isinstance(t, TypeParam):        # every type of its set has nil
            from minigo.types.typeparams import every_term
            return every_term(t, self.has_nil)
        u = underlying(t)
        if isinstance(u, Basic):
            return u.name == "unsafe.Pointer"
        return isinstance(u, (Slice, Pointer, Signature, Map, Chan, Interface))

    def comparable(self, t) -> bool:
        return self.comparable_cause(t) == ""

    def comparable_cause(self, t, seen=None) -> str:
        """'' when t is comparable, else why not (go/types wording)."""
        seen = seen if seen is not None else set()
        if id(t) in seen:
            return ""
        seen.add(id(t))
        if isinstance(t, TypeParam):
            return "" if type_param_comparable(t) else "incomparable types in type set"
        u = underlying(t)
        if isinstance(u, Basic):
            return "" if u is not UNTYPED_NIL else "untyped nil"
        if isinstance(u, (Pointer, Chan, Interface)):
            return ""
        if isinstance(u, Struct):
            for field in u.fields:
                if self.comparable_cause(field.type, seen):
                    return f"struct containing {type_text(field.type)} cannot be compared"
            return ""
        if isinstance(u, Array):
            if self.comparable_cause(u.elem, seen):
                return f"{type_text(t)} cannot be compared"
            return ""
        if isinstance(u, (Slice, Signature, Map)):
            return f"{self.kind_string(t)} can only be compared to nil"
        return "incomparable type"

    def assignable_to(self, x, target, reasons: Optional[list] = None) -> bool:
        """Whether operand x may be assigned to a variable of type target; reasons, if
        given, receives the explanation go/types appends to its message."""
        if x.mode == "invalid" or target is INVALID or x.type is INVALID:
            return True
        source = x.type
        if identical(source, target):
            return True
        source_u, target_u = underlying(source), underlying(target)
        if is_untyped(source_u):
            new_type, _, code = self.implicit_type_and_value(x, target)
            return code is None and new_type is not None
        if identical(source_u, target_u) and (not has_name(source) or not has_name(target)):
            return True
        if isinstance(target_u, Interface) or is_interface_pointer(target_u):
            cause = self.implements(source, target)
            if cause:
                if reasons is not None:
                    reasons.append(cause)
                return False
            return True
        if isinstance(source_u, Interface):
            if not self.implements(target, source):
                if reasons is not None:
                    reasons.append("need type assertion")
                return False
        if isinstance(source, TypeParam) or isinstance(target, TypeParam):
            return self.type_param_assignable(x, target)        # typeparams.py
        if isinstance(source_u, Chan) and source_u.dir == BOTH_WAYS:
            if isinstance(target_u, Chan) and identical(source_u.elem, target_u.elem):
                return not has_name(source) or not has_name(target)
        return False

    def implements(self, source, target) -> str:
        """'' when source implements interface target, else the reason."""
        source_u, target_u = underlying(source), underlying(target)
        if source_u is INVALID or target_u is INVALID:
            return ""
        if not isinstance(target_u, Interface):
            if is_interface_pointer(target_u):
                cause = f"type {type_text(target)} is pointer to interface, not interface"
            else:
                cause = f"{type_text(target)} is not an interface"
            return f"{type_text(source)} does not implement {type_text(target)} ({cause})"
        if not target_u.all_methods and target_u.type_set is None:
            return ""
        missing = self.missing_method(source, target_u, True)
        if missing is not None:
            return f"{type_text(source)} does not implement {type_text(target)} " \
                   f"{self.missing_method_cause(source, target, missing)}"
        return ""

    def missing_method(self, source, interface: Interface, static: bool):
        """None, or (wanted method, the method found with a mismatch or None)."""
        methods = interface.all_methods or interface.methods
        if not methods or interface.incomplete or embeds_invalid(source):
            return None
        source_u = underlying(source)
        if isinstance(source_u, Interface):
            available = {m.name: m for m in (source_u.all_methods or source_u.methods)}
            for wanted in methods:
                found = available.get(wanted.name)
                if found is not None and not same_package_name(found, wanted):
                    found = None
                if found is None:
                    if static:
                        return wanted, None
                    continue
                if not identical(found.type, wanted.type):
                    return wanted, found
            return None
        for wanted in methods:
            result = lookup_field_or_method(source, False, wanted.name)
            found = result.obj is not None
            obj = result.obj
            if not found:
                obj = lookup_field_or_method(Pointer(source), False, wanted.name).obj
                if obj is None:
                    obj = lookup_field_or_method(source, False, wanted.name, fold_case=True).obj
            if not isinstance(obj, Func) or not same_package_name(obj, wanted):
                return wanted, None
            self.obj_decl(obj)
            if not found or not identical(obj.type, wanted.type):
                return wanted, obj
        return None

    def lacking_library_method(self, source, interface) -> Optional[str]:
        """'time.Time.String' when source misses a method of interface only because
        minigo's library type lacks one Go's has (then that is the error to report)."""
        if not isinstance(underlying(interface), Interface):
            return None
        missing = self.missing_method(source, underlying(interface), True)
        base = dereference(source)[0]
        if missing is None or not library.member_lacking(base, missing[0].name):
            return None
        return f"{type_text(base)}.{missing[0].name}"

    def missing_method_cause(self, source, target, missing) -> str:
        wanted, alternative = missing
        name = wanted.name + " method"
        if alternative is not None:
            if alternative.name != wanted.name:
                return f"(missing {name})\n\t\thave {func_string(alternative)}\n\t\twant {func_string(wanted)}"
            if identical(alternative.type, wanted.type):
                return f"({name} has pointer receiver)"
            return f"(wrong type for {name})\n\t\thave {func_string(alternative)}\n\t\twant {func_string(wanted)}"
        if is_interface_pointer(source):
            return f"(type {type_text(source)} is pointer to interface, not interface)"
        if is_interface_pointer(target):
            return f"(type {type_text(target)} is pointer to interface, not interface)"
        return f"(missing {name})"


def is_interface_pointer(t) -> bool:
    u = underlying(t)
    return isinstance(u, Pointer) and isinstance(underlying(u.elem), Interface)


def func_string(method: Func) -> str:
    if not isinstance(method.type, Signature):      # still being declared (a cycle) or invalid
        return method.name
    return method.name + signature_string(method.type, qualify=False)


def type_param_comparable(t) -> bool:
    """A type parameter is comparable when its constraint is (or embeds) comparable,
    or every type of its type set is comparable."""
    from minigo.types.generics import is_comparable_constraint
    constraint = underlying(t.constraint) if t.constraint is not None else None
    if not isinstance(constraint, Interface):
        return False
    if is_comparable_constraint(constraint):
        return True
    if constraint.type_set:
        return all(isinstance(underlying(term), (Basic, Pointer, Chan, Interface))
                   for _, term in constraint.type_set)
    return False
