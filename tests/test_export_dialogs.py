"""The export dialog (options, cancel leaves no file) and the CSV import dialog (mapping, preview)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog

from thabat.app.export.csv_io import parse_sheet
from thabat.app.services.applications import list_applications
from tests.export_support import build_bilingual_journal
from tests.ui_support import make_context
from thabat.ui.csv_import_dialog import CsvImportDialog
from thabat.ui.export_dialog import ExportDialog

SHEET = "Notes;Employer;Job title;When\nfirst;أرامكو;مهندس;٠٣/٠١/٢٠٢٦\nsecond;Google;SWE;3 Jan 2026\n"


def test_export_dialog_options_follow_the_widgets(qtbot, journal, isolated_data):
    dialog = ExportDialog(make_context(journal, isolated_data, "ar"))
    qtbot.addWidget(dialog)
    assert dialog.options().lang == "ar" and dialog.options().start is None
    dialog.limit_dates.setChecked(True)
    dialog.include_private.setChecked(False)
    assert dialog.options().sections == ("cover", "charts", "journal")
    dialog.include_cover.setChecked(False)
    dialog.include_charts.setChecked(False)
    dialog.paper.setCurrentIndex(1)
    options = dialog.options()
    assert options.start == date(2026, 1, 1) and options.end == date(2026, 11, 26)
    assert options.sections == ("journal",) and not options.include_private and options.paper == "letter"


def test_export_dialog_writes_the_pdf(qtbot, journal, isolated_data, tmp_path):
    with journal.session() as session:
        build_bilingual_journal(session, reflections=2)
    dialog = ExportDialog(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(dialog)
    assert dialog.export_to(str(tmp_path / "out.pdf"))
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF") and dialog.pages_written >= 2


def test_cancelling_the_progress_dialog_leaves_no_file(qtbot, journal, isolated_data, tmp_path):
    with journal.session() as session:
        build_bilingual_journal(session, reflections=4)
    dialog = ExportDialog(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(dialog)

    def press_cancel():
        progress = dialog.findChild(QProgressDialog)
        if progress is None or not progress.isVisible():
            QTimer.singleShot(0, press_cancel)
            return
        progress.cancel()

    QTimer.singleShot(0, press_cancel)
    assert dialog.export_to(str(tmp_path / "out.pdf")) is False
    assert list(tmp_path.iterdir()) == []


def test_csv_dialog_maps_columns_and_previews(qtbot, journal, isolated_data):
    dialog = CsvImportDialog(make_context(journal, isolated_data, "en"), parse_sheet(SHEET))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # "When" is not a known header: the date column must be chosen
    assert dialog.preview.item(0, 0).text() == "أرامكو" and dialog.preview.item(1, 1).text() == "SWE"
    assert dialog.preview.item(0, 2).text() == ""
    dialog.combos["applied_on"].setCurrentIndex(4)  # "(not imported)", Notes, Employer, Job title, When
    assert ok.isEnabled() and dialog.preview.item(0, 2).text() == "٠٣/٠١/٢٠٢٦"
    assert dialog.preview.item(1, 6).text() == "second"
    ok.click()
    assert dialog.report is not None and dialog.report.imported == 2
    with journal.session() as session:
        assert {row.company for row in list_applications(session)} == {"أرامكو", "Google"}


def test_csv_dialog_cancel_writes_nothing(qtbot, journal, isolated_data):
    dialog = CsvImportDialog(make_context(journal, isolated_data, "ar"), parse_sheet(SHEET))
    qtbot.addWidget(dialog)
    dialog.combos["applied_on"].setCurrentIndex(4)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.report is None
    with journal.session() as session:
        assert list_applications(session) == []


def test_csv_dialog_asks_for_the_encoding_when_unsure(qtbot, journal, isolated_data, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes("Company,Role,Date applied\nأرامكو,مهندس,2026-01-03\n".encode("utf-8").replace(
        "مهندس".encode("utf-8"), "مهن".encode("utf-8") + b"\xff" + "دس".encode("utf-8")))
    dialog = CsvImportDialog.for_file(make_context(journal, isolated_data, "en"), path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encoding.isVisible() and dialog.encoding.currentData() == "utf-8"
    assert "line \u20682\u2069" in dialog.encoding_note.text() and dialog.encoding.currentText() == "Unicode (UTF-8)"
    assert dialog.preview.item(0, 0).text() == "أرامكو" and dialog.preview.item(0, 1).text() == "مهن\ufffdدس"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1256"))
    assert dialog.preview.item(0, 0).text() != "أرامكو"  # the preview shows what each choice reads
    dialog.encoding.setCurrentIndex(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.report is not None and dialog.report.imported == 1


def test_csv_dialog_hides_the_encoding_when_sure(qtbot, journal, isolated_data):
    dialog = CsvImportDialog(make_context(journal, isolated_data, "en"), parse_sheet(SHEET))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.encoding.isVisible() and not dialog.encoding_note.isVisible()


def test_cancelling_a_csv_import_adds_nothing(qtbot, journal, isolated_data, monkeypatch):
    import thabat.ui.csv_import_dialog as module

    class CancelledOnFirstStep(QProgressDialog):
        def setValue(self, value):  # the user presses Cancel once the first rows are written
            super().setValue(value)
            if value:
                self.cancel()

    monkeypatch.setattr(module, "QProgressDialog", CancelledOnFirstStep)
    rows = "".join(f"Co {n},Role,2026-01-{1 + n % 28:02d}\n" for n in range(5000))
    dialog = CsvImportDialog(make_context(journal, isolated_data, "en"), parse_sheet("Company,Role,Date applied\n" + rows))
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.report is None and "cancelled" in dialog.message.text()
    with journal.session() as session:
        assert list_applications(session) == []
