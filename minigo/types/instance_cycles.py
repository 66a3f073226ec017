"""Instantiation cycles, found statically as gc finds them.

A generic that instantiates itself (directly or through others) with type arguments
that grow (`func f[T any]() { f[*T]() }`) would need infinitely many instances.  As the
generic declarations are checked generically (generic_bodies.py; a type's definition
with its own parameters), every instantiation whose type arguments mention this
package's type parameters adds edges to a graph whose vertices are type parameters:
an edge P -> Q says P flows into Q's argument, weighing 0 when the argument is P itself
and 1 when P is nested inside it (`[]P`, `Box[P]`).  A cycle of positive weight is an
instantiation cycle.  It is found with gc's variant of Bellman-Ford (longest paths,
stopped once a path has as many edges as there are vertices), so that the cycle
reported, its position (the type parameter) and the order of its lines are gc's.

A method's receiver type parameters count as the type's own (`func (b Box[U]) ...`: U
is Box's T).  Instances of an imported generic add nothing (a cycle lies within one
package)."""
from __future__ import annotations

from dataclasses import dataclass

from minigo.types.typesystem import (
    Array, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct, TypeParam,
)
from minigo.types.wording import type_text


@dataclass
class FlowEdge:
    src: int
    dst: int
    weight: int
    pos: object
    arg: object


class InstanceCycleChecks:

    def mono_graph(self):
        graph = getattr(self, "_mono", None)
        if graph is None:
            graph = self._mono = {"vertices": [], "index": {}, "edges": [], "recording": 0}
        return graph

    def recording_instances(self):
        """A context in which the instantiations met are edges of the graph."""
        checker = self

        class Recording:
            def __enter__(self):
                checker.mono_graph()["recording"] += 1

            def __exit__(self, *exc):
                checker.mono_graph()["recording"] -= 1
                return False
        return Recording()

    def recording_only_if(self, condition):
        return _NoContext() if condition else self.not_recording_instances()

    def not_recording_instances(self):
        """A context whose instantiations add nothing (method signatures of an instance
        with type-parameter arguments: gc records the declaration's, once)."""
        checker = self

        class Paused:
            def __enter__(self):
                self.saved = checker.mono_graph()["recording"]
                checker.mono_graph()["recording"] = 0

            def __exit__(self, *exc):
                checker.mono_graph()["recording"] = self.saved
                return False
        return Paused()

    def finish_instantiation_cycles(self) -> None:
        """After every body: the cycle gc reports, or else (never expected) the one an
        instance's growing arguments showed.  gc looks for cycles only in a package
        without other errors."""
        if self.errors:
            return
        if not self.check_instantiation_cycles():
            for pos, message in self.deep_instances[:1]:
                self.error(pos, message)

    def record_instance(self, generic, args, exprs, at) -> None:
        graph = self.mono_graph()
        if not graph["recording"]:
            return
        for index, (param, arg) in enumerate(zip(generic.type_params, args)):
            if param.obj.pkg is not self.pkg:
                continue
            pos = self.position(exprs[index] if index < len(exprs) else at)
            for found in flowing_type_params(arg):
                source = self.mono_vertex(canonical_type_param(found))
                target = self.mono_vertex(param)
                graph["edges"].append(FlowEdge(source, target, 0 if found is arg else 1, pos, arg))

    def mono_vertex(self, param) -> int:
        graph = self.mono_graph()
        index = graph["index"].get(id(param))
        if index is None:
            index = graph["index"][id(param)] = len(graph["vertices"])
            graph["vertices"].append(param)
        return index

    def check_instantiation_cycles(self) -> bool:
        """Reports the first instantiation cycle gc would; whether there is one."""
        graph = self.mono_graph()
        vertices, edges = graph["vertices"], graph["edges"]
        weight = [0] * len(vertices)
        length = [0] * len(vertices)
        previous = [-1] * len(vertices)
        again = True
        while again:
            again = False
            for index, edge in enumerate(edges):
                total = weight[edge.src] + edge.weight
                if total <= weight[edge.dst]:
                    continue
                previous[edge.dst] = index
                length[edge.dst] = length[edge.src] + 1
                if length[edge.dst] == len(vertices):
                    self.report_instance_cycle(edge.dst, previous)
                    return True
                weight[edge.dst] = total
                again = True
        return False

    def report_instance_cycle(self, vertex, previous) -> None:
        """The path ending at vertex holds a cycle: walked back to a vertex met twice,
        whose type parameter the error names; then each edge into the cycle's vertices."""
        graph = self.mono_graph()
        edges = graph["edges"]
        stack, seen = [], set()
        while vertex not in seen:
            stack.append(vertex)
            seen.add(vertex)
            vertex = edges[previous[vertex]].src
        stack = stack[stack.index(vertex):]
        lines = []
        for v in stack:
            edge = edges[previous[v]]
            param = graph["vertices"][edge.dst]
            lines.append(f"\n\t{edge.pos}: {param.obj.name} instantiated as {type_text(edge.arg)}")
        self.error(graph["vertices"][vertex].obj.pos, "instantiation cycle:" + "".join(lines))


def canonical_type_param(param):
    """A method's receiver type parameter stands for its type's."""
    return getattr(param, "canonical", None) or param


def flowing_type_params(t, seen=None) -> list:
    """The type parameters a type argument mentions, in the order gc walks it."""
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return []
    seen.add(id(t))
    if isinstance(t, TypeParam):
        return [t]
    if isinstance(t, Named):
        return [p for a in t.type_args for p in flowing_type_params(a, seen)]
    if isinstance(t, (Array, Chan, Pointer, Slice)):
        return flowing_type_params(t.elem, seen)
    if isinstance(t, Map):
        return flowing_type_params(t.key, seen) + flowing_type_params(t.elem, seen)
    if isinstance(t, Signature):
        return [p for v in t.params.vars + t.results.vars for p in flowing_type_params(v.type, seen)]
    if isinstance(t, Struct):
        return [p for f in t.fields for p in flowing_type_params(f.type, seen)]
    if isinstance(t, Interface):
        return [p for m in (t.all_methods or t.methods) for p in flowing_type_params(m.type, seen)]
    return []


class _NoContext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
