"""The export dialog (options, cancel leaves no file) and the CSV import dialog (mapping, preview)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

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


def test_the_pdf_is_written_as_long_work_from_the_dialog_s_options(qtbot, journal, isolated_data, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QWidget

    from thabat.ui.export_actions import ExportImportActions

    with journal.session() as session:
        build_bilingual_journal(session, reflections=2)
    context = make_context(journal, isolated_data, "en")
    window = QWidget()
    qtbot.addWidget(window)
    actions = ExportImportActions(context, window)
    told = []
    opens = []
    monkeypatch.setattr(actions, "_tell", lambda text, warning=False, open_path=None: (told.append(text),
                                                                                        opens.append(open_path)))
    monkeypatch.setattr(actions, "_save_path", lambda *args: (str(tmp_path / "out.pdf"), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        actions.export_pdf()
    assert ended.args[0].result >= 2 and (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert told and "pages" in told[0]
    assert opens == [str(tmp_path / "out.pdf")]  # the message offers to open the PDF


def test_the_open_button_opens_the_file_or_says_there_is_no_program(qtbot, journal, isolated_data, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox, QWidget

    from thabat.ui.export_actions import ExportImportActions

    window = QWidget()
    qtbot.addWidget(window)
    actions = ExportImportActions(make_context(journal, isolated_data, "en"), window)
    shown, opened = [], []

    def click_open(box):
        shown.append((box.text(), [button.text() for button in box.buttons()]))
        opener = next((b for b in box.buttons() if b.text().replace("&", "") == "Open"), None)
        if opener is not None:
            opener.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    actions._tell("Wrote 3 pages to /tmp/x.pdf.", open_path="/tmp/x.pdf")
    assert opened == ["/tmp/x.pdf"] and len(shown) == 1
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    actions._tell("Wrote 3 pages to /tmp/x.pdf.", open_path="/tmp/x.pdf")
    assert "No program to open" in shown[-1][0]  # said, not silent


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
    with qtbot.waitSignal(dialog.accepted):  # the import runs as long work
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
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.report is not None and dialog.report.imported == 1


def test_csv_dialog_hides_the_encoding_when_sure(qtbot, journal, isolated_data):
    dialog = CsvImportDialog(make_context(journal, isolated_data, "en"), parse_sheet(SHEET))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.encoding.isVisible() and not dialog.encoding_note.isVisible()


def test_cancelling_a_csv_import_adds_nothing(qtbot, journal, isolated_data):
    rows = "".join(f"Co {n},Role,2026-01-{1 + n % 28:02d}\n" for n in range(5000))
    context = make_context(journal, isolated_data, "en")
    dialog = CsvImportDialog(context, parse_sheet("Company,Role,Date applied\n" + rows))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        context.long_work.cancel()  # Cancel pressed before the first rows are committed
    assert ended.args[0].cancelled
    assert dialog.report is None and "cancelled" in dialog.message.text()
    with journal.session() as session:
        assert list_applications(session) == []
