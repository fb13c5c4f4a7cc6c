"""Print the figures of the package's import graph: circles, levels from cli.py to the ground.

    python benchmarks/import_graph.py            # figures, the circles and the longest chain
    python benchmarks/import_graph.py --rooms    # also each room (a module, or a package folder) by level

A room is a module of src/diplograph, or a sub-package seen as one room (an
import of `diplograph.validation.front` is an import of `validation/`).
Imports run when a module is loaded are counted first, then with the imports
inside functions too (a lazy import can hide a circle). The level of a
room is one above the highest room it imports; a circle is a set of rooms
that import each other (a strongly connected component of more than one).
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "src" / "diplograph"


def room_of(module: str) -> str | None:
    """'diplograph.validation.front' -> 'validation/'; 'diplograph.vocab' -> 'vocab.py'."""
    parts = module.split(".")
    if parts[0] != "diplograph" or len(parts) < 2:
        return None
    if (PKG / parts[1]).is_dir():
        return parts[1] + "/"
    return parts[1] + ".py" if (PKG / f"{parts[1]}.py").is_file() else None


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _nodes(tree: ast.AST, lazy: bool):
    """Every node of `tree`; without `lazy`, not those inside functions (run only when called)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if lazy or not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                todo.append(child)


def imports(path: Path, lazy: bool) -> set[str]:
    """The modules `path` imports, absolute."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    out = set()
    for node in _nodes(ast.parse(path.read_text(encoding="utf-8")), lazy):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            mod = ".".join(base + ([node.module] if node.module else []))
            out.add(mod)
            out |= {f"{mod}.{a.name}" for a in node.names}
    return out


def graph(lazy: bool) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in sorted(PKG.rglob("*.py")):
        room = room_of(module_name(path))
        if room is None or room == "__init__.py":
            continue
        targets = {room_of(m) for m in imports(path, lazy)} - {None, room, "__init__.py"}
        edges.setdefault(room, set()).update(t for t in targets if t)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of more than one room."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def levels(edges: dict[str, set[str]]) -> dict[str, int]:
    """1 for a room that imports none of the others; else one above the highest it imports (circles cut)."""
    memo: dict[str, int] = {}

    def level(v: str, seen: frozenset) -> int:
        if v not in memo:
            below = [level(w, seen | {v}) for w in edges.get(v, ()) if w not in seen]
            memo[v] = 1 + max(below, default=0)
        return memo[v]

    for v in edges:
        level(v, frozenset())
    return memo


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rooms", action="store_true", help="list each room with its level")
    args = ap.parse_args()
    # cli.py loads commands/ by name (importlib): the commands are the top of the house
    for lazy, what in ((False, "imports run when a module is loaded"),
                       (True, "and imports inside functions too")):
        edges = graph(lazy)
        found = circles(edges)
        lv = levels(edges)
        print(f"{what}: {len(edges)} rooms, {sum(map(len, edges.values()))} imports between them, "
              f"{len(found)} circle(s), {lv.get('commands/', 0)} levels from commands/ to the ground")
        for c in found:
            print(f"  circle: {' <-> '.join(c)}")
        if args.rooms:
            for room, n in sorted(lv.items(), key=lambda x: (-x[1], x[0])):
                print(f"  {n:2d}  {room}")


if __name__ == "__main__":
    main()
