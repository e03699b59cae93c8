"""Qt object lifetimes: dialogs are deleted once closed, and translators once replaced.

A dialog parented to a page or the window and never deleted stays alive until the app quits: each
opening added one more, and every one of them went on receiving LanguageChange.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.ui_support import make_context, switcher

from thabat.ui.crash_dialog import show_crash_dialog
from thabat.ui.main_window import MainWindow

ROUNDS = 3
SHEET = "Employer;Job title;When\nأرامكو;مهندس;2026-01-03\n"


def _deferred_deletes_done() -> None:
    """What the event loop does when it gets back to its top after a dialog: the deleteLater calls run."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _live_dialogs() -> list[QDialog]:
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, QDialog)]


def _closed_at_once(dialog: QDialog) -> int:
    """Instead of a modal loop: the dialog is shown and the user closes it (Cancel, Esc or the title bar)."""
    dialog.show()
    dialog.reject()
    return dialog.result()


def test_dialogs_opened_and_closed_again_and_again_do_not_pile_up(qtbot, journal, isolated_data, monkeypatch,
                                                                  tmp_path):
    with journal.session() as session:
        careem = add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 11, 2)), date(2026, 11, 26))
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.show()
    sheet = tmp_path / "applications.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    monkeypatch.setattr(QDialog, "exec", _closed_at_once)
    monkeypatch.setattr(window.export_import, "_open_path", lambda *_args: (str(sheet), ""))
    applications = window.show_page("applications")
    applications.select(careem.id)

    openings = {
        "about": window._on_about,
        "add application": window.add_application_action.trigger,
        "edit application": applications.edit_application,
        "log rejection": window.log_rejection_action.trigger,
        "export PDF": window.export_import.export_pdf,
        "import CSV": window.export_import.import_csv,
        "crash": lambda: show_crash_dialog("Traceback: a bug", None),
    }
    _deferred_deletes_done()
    assert _live_dialogs() == []
    opened = []
    monkeypatch.setattr(QDialog, "show", lambda dialog, show=QDialog.show: opened.append(type(dialog)) or show(dialog))
    for _round in range(ROUNDS):
        for name, open_dialog in openings.items():
            open_dialog()
            _deferred_deletes_done()
            assert _live_dialogs() == [], f"{name}: {_live_dialogs()}"
    assert len(opened) == ROUNDS * len(openings)  # each one really opened a dialog


def test_replaced_translators_are_deleted(qtbot):
    app = QApplication.instance()
    languages = switcher()
    languages.apply("ar")
    _deferred_deletes_done()
    installed = len(app.findChildren(QTranslator))  # this switcher's, and any a start-up test left installed
    for lang in ("en", "ar") * 3:
        languages.apply(lang)
    _deferred_deletes_done()
    assert len(app.findChildren(QTranslator)) == installed
