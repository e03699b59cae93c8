"""The layers point one way: ui -> app -> storage. storage never touches Qt; app never widgets; ui never
storage, and ui never opens a session (the use cases in app/usecases own every unit of work)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path}: {name}"
        for path, names in _imports(folder).items()
        for name in names
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_storage_imports_no_qt_and_no_upper_layer():
    assert _offenders("storage", ("PySide6", "shiboken6", "thabat.app", "thabat.ui")) == []


def test_app_imports_no_widgets_and_no_ui():
    assert _offenders("app", ("PySide6.QtWidgets", "thabat.ui", "matplotlib.backends.backend_qtagg")) == []


def test_every_import_goes_through_thabat():
    """The folders install as thabat.app, thabat.ui, ...: a bare `import app` only works by accident
    from the repository's root, and there it loads a second copy of the module."""
    bare = ("app", "ui", "storage", "resources")
    found = [offender for folder in ("app", "ui", "storage", "resources", "tests", "bench", "packaging")
             for offender in _offenders(folder, bare)]
    assert found == []


def test_the_checker_sees_imports(tmp_path):
    """Guard against a checker that finds nothing: ui does import widgets."""
    assert any("PySide6.QtWidgets" in names for names in _imports("ui").values())


def test_ui_imports_nothing_from_storage():
    assert _offenders("ui", ("thabat.storage",)) == []


def test_ui_opens_no_session():
    """Sessions belong to the use cases: a widget that opens one decides a unit of work itself."""
    opening = re.compile(r"\.session\(|\bSession\(")
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "ui").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if opening.search(line)]
    assert found == []


def test_the_session_check_sees_sessions():
    """Guard against a pattern that finds nothing: the use cases do open sessions."""
    assert "journal.session()" in (ROOT / "app" / "usecases" / "applications.py").read_text(encoding="utf-8")


def _cycles(graph) -> list[list[str]]:
    """Every import cycle between modules of `graph`, each as the path that closes it (a, b, ..., a).

    Tarjan's strongly connected components, then one shortest way round each: a component of more
    than one module is a cycle, however its imports are written (function-local or TYPE_CHECKING
    imports count too, so none can hide one).
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(module: str) -> None:  # recursion depth is bounded by the chain of imports, a few dozen
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                components.append(component)

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    cycles = []
    for component in components:
        start = min(component)
        way = graph.find_shortest_chain(importer=next(iter(sorted(
            m for m in graph.find_modules_directly_imported_by(start) if m in component))), imported=start)
        cycles.append([start, *way])
    return sorted(cycles)


def _graph(*packages: str):
    import grimp

    return grimp.build_graph(*packages, cache_dir=None)


def test_no_import_cycles():
    cycles = _cycles(_graph("thabat.app", "thabat.ui", "thabat.storage"))
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in cycles)


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "first.py").write_text("from cyclic import second\n")
    (package / "second.py").write_text("def late():\n    from cyclic import third\n")
    (package / "third.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from cyclic import first\n")
    (package / "alone.py").write_text("from cyclic import first\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(_graph("cyclic")) == [["cyclic.first", "cyclic.second", "cyclic.third", "cyclic.first"]]
