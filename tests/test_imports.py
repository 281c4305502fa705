"""No import cycle inside the package: its modules, read with ``ast``, import each other as a tree.

Every import statement counts, wherever it stands (module level, inside a function, under a
condition), relative or absolute, as long as it names a module of the package. ``from . import x``
is an import of the submodule ``x`` when there is one, else of the package itself (``__init__``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Dotted name -> file of every module under ``root`` (the package's folder)."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imported_modules(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that module ``name`` (at ``path``) imports."""
    is_package = path.name == "__init__.py"
    found = set()

    def known(target: str) -> str | None:
        while target and target not in modules:  # `import pipeline.a.b`: the nearest module that exists
            target = target.rpartition(".")[0]
        return target or None

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            # `from pkg import sub`: the submodule when there is one, else a name in pkg itself
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module for a in node.names]
        else:
            continue
        found.update(t for t in map(known, targets) if t is not None and t != name)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    modules = module_names(root, package)
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a path that ends where it started) per group of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_cycle_through(group, graph) for group in groups]


def _cycle_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & members):
            if nxt == start:
                return paths[node] + [start]
            if nxt not in paths:
                paths[nxt] = paths[node] + [nxt]
                queue.append(nxt)
    raise AssertionError(f"no cycle through {group}")  # pragma: no cover - a group always has one


def test_imports_the_package_has_no_import_cycle():
    graph = import_graph(ROOT / "pipeline", "pipeline")
    assert "pipeline.batch" in graph and graph["pipeline.batch"], "the package's modules were not found"
    cycles = find_cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize(
    "files, cycle",
    [
        ({"a.py": "from .b import x", "b.py": "def f():\n    from . import a\n"}, ["pkg.a", "pkg.b", "pkg.a"]),
        (
            {"a.py": "import pkg.sub.c", "sub/__init__.py": "", "sub/c.py": "from ..a import y"},
            ["pkg.a", "pkg.sub.c", "pkg.a"],
        ),
        ({"__init__.py": "from .a import z", "a.py": "from . import VERSION"}, ["pkg", "pkg.a", "pkg"]),
        (
            {"a.py": "from . import b", "b.py": "import os\nfrom .c import x", "c.py": "if True:\n    import pkg.a"},
            ["pkg.a", "pkg.b", "pkg.c", "pkg.a"],
        ),
        ({"a.py": "from .b import x", "b.py": "from . import c", "c.py": "import json"}, None),
    ],
    ids=["function-level", "absolute-and-parent", "package-init", "three-modules", "no-cycle"],
)
def test_imports_a_cycle_is_found_and_named(tmp_path, files, cycle):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert find_cycles(import_graph(tmp_path, "pkg")) == ([cycle] if cycle else [])
