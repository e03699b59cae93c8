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
