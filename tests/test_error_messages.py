"""Errors carry their English text untranslated to the edge, which translates it when it shows it.

Services and use cases raise `UserError`s holding a `Message` (the source text, marked with
`QT_TRANSLATE_NOOP("Errors", ...)` for pyside6-lupdate, and its values); the interface translates with
`thabat.ui.error_text.error_text`, the command line with `thabat.app.commands.common.error_text`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from thabat.app.cli import main
from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message, UserError
from thabat.app.usecases.backups import make_backup
from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.error_text import error_text
from tests.ui_support import make_context, switcher

ROOT = Path(__file__).resolve().parents[1]
WITHOUT_TRANSLATION = ("app/services", "app/usecases", "app/views")
"""Rooms that decide what went wrong but never say it in a language: they raise, the edges translate."""


def _translating(path: Path) -> list[str]:
    """Where `path` calls anything named translate, or imports QtCore or the command line's translator."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("translate", "tr"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {name}(")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            names = [a.name for a in node.names] if isinstance(node, ast.ImportFrom) else []
            if any(m.startswith("PySide6") or m == "thabat.app.text.translation" for m in modules) \
                    or "translate" in names:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {modules[0] or names}")
    return found


def test_services_use_cases_and_views_never_translate():
    found = [hit for room in WITHOUT_TRANSLATION for path in sorted((ROOT / room).rglob("*.py"))
             for hit in _translating(path)]
    assert found == []


def test_no_error_is_translated_where_it_is_raised():
    """Nowhere in app/ (exports and the journal included) is an "Errors" text translated on the spot."""
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "app").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if 'translate("Errors"' in line or "translate(\n" in line and '"Errors"' in line]
    assert found == []


def test_an_error_keeps_its_english_source_and_values():
    error = UserError(Message(QT_TRANSLATE_NOOP("Errors", "%1 already exists; choose a new file name."), "/tmp/x.db"))
    assert error.untranslated.source == "%1 already exists; choose a new file name."
    assert error.untranslated.values == ("/tmp/x.db",)
    assert str(error) == "\u2068/tmp/x.db\u2069 already exists; choose a new file name."  # English, for logs
    assert InputError(QT_TRANSLATE_NOOP("Errors", "Please give a date."), "due_on").untranslated.values == ()


def test_a_service_refusal_shows_in_arabic_in_the_dialog(qtbot, journal, isolated_data):
    dialog = ApplicationDialog(make_context(journal, isolated_data, "ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_save()  # no company: refused by the service (validation.clean_text), in English
    assert dialog.error.isVisible() and dialog.error.text() == "لا يمكن ترك هذا الحقل فارغًا."
    assert dialog.company.property("invalid") is True


def test_an_error_raised_in_english_reads_in_the_language_shown_later(qtbot, isolated_data, tmp_path):
    """The language is chosen where the error is shown, not where it was raised."""
    existing = tmp_path / "kept.db"
    existing.write_bytes(b"")
    switcher().apply("en", "western")
    with pytest.raises(UserError) as raised:
        make_backup(isolated_data, existing)
    assert error_text(raised.value) == f"\u2068{existing}\u2069 already exists; choose a new file name."
    switcher().apply("ar", "western")
    try:
        assert error_text(raised.value) == f"الملف \u2068{existing}\u2069 موجود من قبل؛ اختر اسماً جديداً."
    finally:
        switcher().apply("en", "western")


def test_a_use_case_refusal_is_arabic_on_the_command_line_without_isolates(tmp_path, capsys):
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a journal")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--lang", "ar", "restore", str(foreign)]) == 2
    assert capsys.readouterr().err == f"thabat: الملف {foreign} ليس يوميات ثبات أو أنه تالف، ولم يتغير شيء.\n"
    assert main(["--data-dir", str(data), "restore", str(foreign)]) == 2
    assert capsys.readouterr().err == f"thabat: {foreign} is not a Thabat journal, or it is damaged; nothing was changed.\n"


def test_a_field_refusal_inside_a_command_message_is_arabic(tmp_path, capsys):
    target = tmp_path / "charts"
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "ar", "export", "charts", str(target),
                 "--from", "1900-01-01"]) == 2
    assert capsys.readouterr().err == "thabat: --from 1900-01-01: هذا التاريخ خارج النطاق المقبول.\n"
    assert not target.exists()
