"""The PDF export dialog: what goes into the PDF. The export itself runs as long work (ui/long_work.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from thabat.app.errors import UserError
from thabat.app.export.atomic import ExportCancelled
from thabat.app.text.direction import fill
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import LabelledForm, to_date
from thabat.ui.value_fields import ComboBox


class ExportDialog(QDialog):
    """Chooses what goes into the PDF (`options()`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = context.today()
        self.limit_dates = QCheckBox()
        self.start = DateEdit(context, date(today.year, 1, 1))
        self.end = DateEdit(context, today)
        self.include_cover = QCheckBox()
        self.include_cover.setChecked(True)
        self.include_charts = QCheckBox()
        self.include_charts.setChecked(True)
        self.include_journal = QCheckBox()
        self.include_journal.setChecked(True)
        self.include_private = QCheckBox()
        self.include_private.setChecked(True)
        self.language = ComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if context.lang == "ar" else 1)
        self.paper = ComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.parts = ComboBox()  # the journal's parts, each in the contents and the bookmarks
        self.parts.addItem("", "month")
        self.parts.addItem("", "company")
        self.form = LabelledForm((self.limit_dates, self.start, self.end, self.include_cover, self.include_charts,
                                  self.include_journal, self.include_private, self.language, self.paper, self.parts))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.limit_dates.toggled.connect(self._on_limit_toggled)
        self._on_limit_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the journal as PDF"))
        self.limit_dates.setText(self.tr("Only entries between two dates"))
        self.include_cover.setText(self.tr("Cover page with a summary"))
        self.include_charts.setText(self.tr("Charts of your progress"))
        self.include_journal.setText(self.tr("Reflections and journal entries"))
        self.include_private.setText(self.tr("Include private entries"))
        self.form.set_labels([self.tr("Dates"), self.tr("From"), self.tr("To"), self.tr("Sections"), "", "",
                              self.tr("Privacy"), self.tr("Headings in"), self.tr("Paper"), self.tr("Parts")])
        self.parts.setItemText(0, self.tr("One part a month"))
        self.parts.setItemText(1, self.tr("One part a company"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))

    def options(self):
        from thabat.app.export.pdf import PdfOptions

        prefs = self.context.preferences
        boxes = (("cover", self.include_cover), ("charts", self.include_charts), ("journal", self.include_journal))
        sections = tuple(name for name, box in boxes if box.isChecked())
        limited = self.limit_dates.isChecked()
        return PdfOptions(
            start=to_date(self.start.date()) if limited else None, end=to_date(self.end.date()) if limited else None,
            lang=self.language.currentData(), paper=self.paper.currentData(), sections=sections,
            include_private=self.include_private.isChecked(), user_name=prefs.get("user_name"),
            calendar=prefs.get("calendar"), digits=prefs.get("digits"), today=self.context.today(),
            parts=self.parts.currentData(),
        )

    def _on_limit_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
