"""The shape of minigo/codegen's imports: a star around FunctionCompiler.

Every import counts, at the top of a file or inside a function (read with `ast`).
Concern files reach the lowering of other nodes through fc.value(e), fc.statement(s),
fc.call(e), ... (function.py), so only the registry (lowering.py) and the driver
(module.py) import the hub files; what cycles remain are small and local."""
import ast
from pathlib import Path

CODEGEN = Path(__file__).resolve().parent.parent / "minigo" / "codegen"
HUBS = {"expressions", "statements", "calls", "order"}
MAY_IMPORT_HUBS = {"lowering", "module"}
LARGEST_CYCLE = 8


def imports_of(path: Path) -> set[str]:
    """The full names of every module a file imports (top level and in functions)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def import_graph() -> dict[str, set[str]]:
    """codegen file -> the codegen files it imports."""
    files = {path.stem: path for path in CODEGEN.glob("*.py")}
    graph = {}
    for name, path in files.items():
        graph[name] = {full.split(".")[2] for full in imports_of(path)
                       if full.startswith("minigo.codegen.") and full.split(".")[2] in files}
        graph[name].discard(name)
    return graph


def strongly_connected_components(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components


def test_the_components_function_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert sorted(map(sorted, strongly_connected_components(graph))) == [["a", "b", "c"], ["d"]]


def test_largest_import_cycle_is_small():
    largest = max(strongly_connected_components(import_graph()), key=len)
    assert len(largest) <= LARGEST_CYCLE, sorted(largest)


def test_only_the_registry_and_the_driver_import_the_hubs():
    offenders = {name: sorted(imported & HUBS) for name, imported in import_graph().items()
                 if name not in MAY_IMPORT_HUBS | HUBS and imported & HUBS}
    assert offenders == {}


def test_hubs_reach_each_other_through_the_function_compiler():
    offenders = {name: sorted(imported & HUBS) for name, imported in import_graph().items()
                 if name in HUBS and imported & HUBS}
    assert offenders == {}


def test_codegen_never_imports_the_build_driver_or_the_linker():
    offenders = {path.name: sorted(name for name in imports_of(path)
                                   if name.split(".")[:2] in (["minigo", "build"], ["minigo", "link"]))
                 for path in CODEGEN.glob("*.py")}
    assert {name: found for name, found in offenders.items() if found} == {}
