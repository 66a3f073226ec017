"""What an operand whose type is a type parameter allows (go 1.19's spec): answered from
its constraint's type set.

A type parameter's constraint is an interface; its type set is given by the terms of its
type-set part (Interface.type_set: (tilde, type) pairs; None when there are none, which
means "every type") and its methods.  The rules the checker applies in a generic body
(generic_bodies.py) come from these helpers:
- an operator is defined when it is defined on every term (and there are terms);
- len, index, range, make, composite literals, calls use the core type: the one
  underlying type shared by every term (none when the set is unbounded or mixed);
- conversions and assignments go term by term, as the spec's rules for type
  parameters say;
- methods are the constraint's; a pointer to a type parameter has none.
Outside generic bodies no operand has a type-parameter type (instances have their
arguments in place), so the other checks never meet these cases."""
from __future__ import annotations

from typing import Optional

from minigo.types.typesystem import (
    BOTH_WAYS, BYTE, INVALID, STRING, Array, Basic, Chan, Func, Interface, Map, Pointer, Signature, Slice, TypeParam, identical,
    underlying,
)


def constraint_interface(tp) -> Optional[Interface]:
    constraint = tp.constraint
    if constraint is None or constraint is INVALID:
        return None
    u = underlying(constraint)
    return u if isinstance(u, Interface) else None


def type_param_terms(tp) -> Optional[list]:
    """The (tilde, type) terms of tp's type set; None when it is not bounded by terms."""
    iface = constraint_interface(tp)
    if iface is None or iface.type_set is None:
        return None
    return list(iface.type_set)


def core_type(t):
    """t's underlying type; for a type parameter, the underlying type all its terms share
    (None when there is none)."""
    if not isinstance(t, TypeParam):
        return underlying(t)
    terms = type_param_terms(t)
    if not terms:
        return None
    first = underlying(terms[0][1])
    if all(identical(underlying(term), first) for _, term in terms[1:]):
        return first
    return core_channel([underlying(term) for _, term in terms])


def core_channel(types):
    """The core type of channel terms of one element type: the directional one when
    some are (all the same direction), else the bidirectional one."""
    if not all(isinstance(t, Chan) and identical(t.elem, types[0].elem) for t in types):
        return None
    directions = {t.dir for t in types if t.dir != BOTH_WAYS}
    if len(directions) > 1:
        return None
    return next((t for t in types if t.dir != BOTH_WAYS), types[0])


def term_map_key(t):
    """A map type with the key every term of type parameter t has, when all are maps
    of one key type (delete needs no more); None otherwise."""
    if not every_term(t, lambda term: isinstance(underlying(term), Map)):
        return None
    maps = [underlying(term) for _, term in type_param_terms(t)]
    if all(identical(m.key, maps[0].key) for m in maps[1:]):
        return maps[0]
    return None


def term_index_element(t):
    """(element type, whether a string is among them) when t is a type parameter whose
    terms are all indexable (strings, arrays, pointers to arrays, slices) with one element
    type; None otherwise."""
    if not isinstance(t, TypeParam):
        return None
    terms = type_param_terms(t)
    if not terms:
        return None
    elements, of_string = [], False
    for _, term in terms:
        u = underlying(term)
        if isinstance(u, Pointer) and isinstance(underlying(u.elem), Array):
            u = underlying(u.elem)
        if isinstance(u, Basic) and u.info & STRING:
            elements.append(BYTE)
            of_string = True
        elif isinstance(u, (Array, Slice)):
            elements.append(u.elem)
        else:
            return None
    if all(identical(e, elements[0]) for e in elements[1:]):
        return elements[0], of_string
    return None


def core_or_self(t):
    """core_type, except that a type parameter without a core type stays itself (so the
    checks that switch on the kind of type report it as they report any other)."""
    core = core_type(t)
    return t if core is None else core


def every_term(t, predicate) -> bool:
    """Whether t is a type parameter whose (bounded, non-empty) type set's terms all
    satisfy predicate."""
    if not isinstance(t, TypeParam):
        return False
    terms = type_param_terms(t)
    return bool(terms) and all(predicate(term) for _, term in terms)


def constraint_text(tp) -> str:
    """The constraint as gc writes it after `constrained by`."""
    from minigo.types.generics import terms_text
    from minigo.types.wording import type_text
    constraint = tp.constraint
    if constraint is None or constraint is INVALID:
        return "invalid type"
    if getattr(constraint, "implicit", False) and constraint.type_set is not None:
        return terms_text(constraint.type_set, "|")
    return type_text(constraint)


def term_covers(tilde, term, inner_tilde, inner) -> bool:
    """Whether the term ~term (or term) includes every type of ~inner (or inner)."""
    if tilde:
        return identical(underlying(term), underlying(inner))
    return not inner_tilde and identical(term, inner)


class TermOperand:
    """A stand-in operand of one term's type (the per-term checks of conversions and
    assignments take operands)."""

    def __init__(self, mode, typ, value=None):
        self.mode, self.type, self.value = mode, typ, value
        self.pos = None


class TypeParamChecks:

    def type_param_assignable(self, x, target) -> bool:
        """x (of type V) assignable to target T where V or T is a type parameter and the
        plain rules failed: a type parameter value goes to each type of an unnamed
        target's ... (the spec's two rules)."""
        from minigo.types.assignability import has_name
        source = x.type
        if isinstance(target, TypeParam) and not has_name(source) and not isinstance(source, TypeParam):
            terms = type_param_terms(target)
            return bool(terms) and all(self.assignable_to(x, term) for _, term in terms)
        if isinstance(source, TypeParam) and not has_name(target) and not isinstance(target, TypeParam):
            terms = type_param_terms(source)
            return bool(terms) and all(self.assignable_to(TermOperand(x.mode, term), target)
                                       for _, term in terms)
        return False

    def type_param_unsatisfied(self, t, iface, name, bindings) -> str:
        """'' when type parameter t (a type argument met in a generic body) satisfies the
        constraint interface iface, else gc's message: t's methods, comparability and
        type set must all be within the constraint's."""
        from minigo.types.generics import is_comparable_constraint
        from minigo.types.wording import type_text
        methods = iface.all_methods or iface.methods
        if any(not isinstance(m.type, Signature) for m in methods):
            return ""       # the constraint itself is invalid (reported where it is declared)
        if methods:
            wanted = Interface([Func(m.name, self.subst(m.type, bindings), m.pos, m.pkg) for m in methods])
            wanted.all_methods = sorted(wanted.methods, key=lambda m: m.name)
            missing = self.missing_method(t, wanted, True)
            if missing is not None:
                return f"{type_text(t)} does not implement {name} {self.missing_method_cause(t, iface, missing)}"
        if is_comparable_constraint(iface) and not self.comparable(t):
            return f"{type_text(t)} does not implement comparable"
        if iface.type_set is not None:
            allowed = [(tilde, self.subst(term, bindings)) for tilde, term in iface.type_set]
            own = type_param_terms(t)
            if not own or not all(any(term_covers(a, b, tilde, term) for a, b in allowed) for tilde, term in own):
                return f"{type_text(t)} does not implement {name}"
        return ""

    def untyped_to_type_param(self, x, target):
        """implicit_type_and_value's answer for untyped x used as a type parameter's
        value: it must be representable by every term; the result is not constant."""
        from minigo.types.conversions import INVALID_UNTYPED_CONVERSION
        terms = type_param_terms(target)
        if not terms:
            return None, None, INVALID_UNTYPED_CONVERSION
        for _, term in terms:
            _, _, code = self.implicit_type_and_value(x, term)
            if code is not None:
                return None, None, INVALID_UNTYPED_CONVERSION   # (gc names no term's cause)
        return target, None, None

    def type_param_convertible(self, x, target):
        """(ok, cause) for T(x) where x's type or T is a type parameter: convertible
        term by term (the cause names the first term of T that is not)."""
        from minigo.types.wording import describe, type_text
        source = x.type
        if isinstance(source, TypeParam):
            terms = type_param_terms(source)
            ok = bool(terms) and all(self.type_param_convertible(TermOperand(x.mode, term), target)[0]
                                     for _, term in terms)
            return ok, ""
        if isinstance(target, TypeParam):
            terms = type_param_terms(target)
            if not terms:
                return False, ""
            for _, term in terms:
                ok = self.convertible_to(x, term)[0] if x.mode != "constant" else self.constant_convertible(x, term)
                if not ok:
                    return False, f"cannot convert {describe(x)} to {type_text(term)} (in {type_text(target)})"
            return True, ""
        return self.convertible_to(x, target)[0], ""

    def constant_convertible(self, x, term) -> bool:
        from minigo.types import constants
        if self.is_const_type(term):
            _, code = constants.representation(x.value, underlying(term))
            return code is None
        return self.convertible_to(TermOperand("value", x.type, x.value), term)[0]
