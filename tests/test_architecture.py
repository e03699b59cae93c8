"""The layers point one way: ui -> app -> storage. storage never touches Qt; app never widgets."""

from __future__ import annotations

import ast
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
    assert _offenders("storage", ("PySide6", "shiboken6", "app", "ui")) == []


def test_app_imports_no_widgets_and_no_ui():
    assert _offenders("app", ("PySide6.QtWidgets", "ui", "matplotlib.backends.backend_qtagg")) == []


def test_the_checker_sees_imports(tmp_path):
    """Guard against a checker that finds nothing: ui does import widgets."""
    assert any("PySide6.QtWidgets" in names for names in _imports("ui").values())
