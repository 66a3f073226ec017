"""The order in which package-level variables are initialised (spec: "Package
initialization"): repeatedly the earliest declared variable that depends on no
uninitialised variable.  Dependencies through functions count: a function node is
removed from the graph by linking its callers to its callees.  A variable that still
has dependencies when chosen sits on a cycle, reported as gc does
("initialization loop for x")."""
from __future__ import annotations

from minigo.types.typesystem import Const, Func, Var, VarInit


class Node:
    def __init__(self, obj, order):
        self.obj = obj
        self.order = order
        self.predecessors: dict = {}     # nodes depending on this one
        self.successors: dict = {}       # nodes this one depends on
        self.pending = 0


def dependency_graph(declarations):
    nodes = {obj: Node(obj, info.order) for obj, info in declarations.items()
             if isinstance(obj, (Const, Var, Func))}
    for obj, node in nodes.items():
        for dependency in declarations[obj].deps:
            other = nodes.get(dependency)
            if other is not None:
                node.successors[other] = True
                other.predecessors[node] = True
    functions = [n for n in nodes.values() if isinstance(n.obj, Func)]
    functions.sort(key=lambda n: len(n.predecessors) * len(n.successors))
    for function in functions:
        for predecessor in list(function.predecessors):
            if predecessor is function:
                continue
            for successor in function.successors:
                if successor is not function:
                    predecessor.successors[successor] = True
                    successor.predecessors[predecessor] = True
            predecessor.successors.pop(function, None)
        for successor in function.successors:
            successor.predecessors.pop(function, None)
    graph = [n for n in nodes.values() if not isinstance(n.obj, Func)]
    for node in graph:
        node.pending = len(node.successors)
    return graph


def find_path(declarations, start, target, seen):
    if start in seen:
        return None
    seen.add(start)
    info = declarations.get(start)
    if info is None:
        return None
    for dependency in info.deps:
        if dependency is target:
            return [dependency]
        path = find_path(declarations, dependency, target, seen)
        if path is not None:
            return path + [dependency]
    return None


def compute_init_order(checker) -> list:
    declarations = checker.declarations
    queue = dependency_graph(declarations)
    emitted = set()
    order: list[VarInit] = []
    while queue:
        node = min(queue, key=lambda n: (n.pending, n.order))
        queue.remove(node)
        if node.pending > 0:
            cycle = find_path(declarations, node.obj, node.obj, set())
            if cycle is not None:
                report_cycle(checker, cycle)
        for predecessor in node.predecessors:
            predecessor.pending -= 1
        obj = node.obj
        if not isinstance(obj, Var):
            continue
        info = declarations[obj]
        if id(info) in emitted:
            continue
        if info.lhs is not None:
            if any(id(declarations[v]) in emitted for v in info.lhs):
                continue
            for v in info.lhs:
                emitted.add(id(declarations[v]))
        emitted.add(id(info))
        order.append(VarInit(list(info.lhs) if info.lhs is not None else [obj], info.init, info.spec))
    return order


def report_cycle(checker, cycle) -> None:
    obj = cycle[0]
    lines = [f"initialization loop for {obj.name}"]
    for index in range(len(cycle) - 1, -1, -1):
        lines.append(f"{obj.pos}: {obj.name} refers to")
        obj = cycle[index]
    lines.append(f"{obj.pos}: {obj.name}")
    checker.error(cycle[0].pos, "\n\t".join(lines))
