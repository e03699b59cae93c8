"""The debrief after an interview: how it went, the questions asked, the confidence felt (0-10).

Written while memory is fresh; if a rejection follows, its reflection starts from it. A debrief
written already is read once the dialog is on screen, off the GUI thread (`written`,
ui/dialog_reads.py); anything typed before it arrives is kept after its text, and saving waits for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from thabat.app.text.dates import long_date, number
from thabat.app.errors import InputError
from thabat.app.views.applications import DebriefInput, DebriefView
from thabat.app.text.direction import fill, joined
from thabat.app.usecases import prep as prep_usecases
from thabat.app.usecases.prep import ComingUpItem
from thabat.ui.careful_dialog import CarefulDialog
from thabat.ui.context import AppContext
from thabat.ui.dialog_reads import DialogRead
from thabat.ui.form import ErrorLine, LabelledForm
from thabat.ui.labels import stage_label
from thabat.ui.reflection.fields import OptionalNumber
from thabat.ui.user_text import UserTextEdit


class DebriefDialog(CarefulDialog):
    def __init__(self, context: AppContext, interview: ComingUpItem | None, parent: QWidget | None = None) -> None:
        """`interview` None: a dialog prepared while idle (ui/dialogs_ahead.py), bound before shown (`bind`)."""
        super().__init__(parent)
        self.context = context
        self.interview = interview
        self.saved = False
        self.heading = QLabel(wordWrap=True)
        self.how_it_went = UserTextEdit(minimum_lines=3, maximum_lines=6)
        self.questions = UserTextEdit(minimum_lines=3, maximum_lines=6)
        self.confidence = OptionalNumber(0, 10)
        self.form = LabelledForm((self.how_it_went, self.questions, self.confidence))
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        journal = context.journal
        self.written = DialogRead(self, context, lambda: prep_usecases.debrief_of(journal, self.interview.stage_id),
                                  self._fill)
        """The debrief written already, if any, read once the dialog is on screen."""
        self._retranslate()
        self.remember_untouched()
        self._confidence_touched = False
        self.confidence.valueChanged.connect(lambda: setattr(self, "_confidence_touched", True))

    def bind(self, interview: ComingUpItem) -> None:
        """Before it is first shown: the interview it debriefs (its heading; its debrief read once on screen)."""
        self.interview = interview
        self._set_heading()  # the rest was labelled when it was made

    def _fill(self, written: DebriefView | None) -> None:
        if written is None:
            return
        untouched = not self.is_touched()
        for editor, text in ((self.how_it_went, written.how_it_went), (self.questions, written.questions)):
            typed = editor.text()
            editor.set_text(text + "\n" + typed if typed and text else text or typed)  # what was typed, after it
        if not self._confidence_touched:
            self.confidence.set_number(written.confidence)
        if untouched:
            self.remember_untouched()

    def _retranslate(self) -> None:
        style = self.context.date_style()
        self.setWindowTitle(self.tr("Debrief"))
        self.form.set_labels((self.tr("&How did it go?"), self.tr("&Questions they asked"),
                              fill(self.tr("&Confidence now (%1–%2)"), number(0, style), number(10, style))))
        self.how_it_went.setPlaceholderText(self.tr("What went well, what felt hard."))
        self.questions.setPlaceholderText(self.tr("One a line, the ones you remember."))
        if self.interview is None:  # prepared ahead: its heading comes with the interview (`bind`)
            return
        self._set_heading()

    def _set_heading(self) -> None:
        style = self.context.date_style()
        where = joined(self.interview.company, self.interview.role)
        self.heading.setText(fill(self.tr("%1 — %2, %3. A few words now help your next interview, and your "
                                          "reflection if a rejection comes."), where,
                                  stage_label(self.interview.stage, self.interview.round, style),
                                  long_date(self.interview.on, style)))

    def data(self) -> DebriefInput:
        return DebriefInput(self.how_it_went.text(), self.questions.text(), self.confidence.number())

    def _on_save(self) -> None:
        """Save once the debrief written already has been read: it is the text being edited."""
        self.buttons.setEnabled(False)  # a second Enter meanwhile saves once
        self.written.when_read(self._save)

    def _save(self) -> None:
        self.buttons.setEnabled(True)
        try:
            prep_usecases.save_debrief(self.context.journal, self.interview.application_id, self.interview.stage_id,
                                       self.data(), self.context.today())
        except InputError as error:
            self.error.show_error(error, {"how_it_went": self.how_it_went, "confidence": self.confidence})
            return
        self.saved = True
        self.context.status_message.emit(self.tr("Debrief saved. Well done for writing it down."))
        self.accept()
