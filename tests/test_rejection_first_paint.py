"""Log a rejection made on open (asked for before its prepared copy exists, as when Ctrl+R comes as the
window appears) paints with the names first; the date, the other fields and the buttons come in the next
turn (ui/dialog_parts.py). A prepared one is whole before it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton, QTextEdit, QWidget

from tests.ui_support import make_context, type_text
from thabat.app.text import catalogue
from thabat.ui.dialog_parts import LaterPart
from thabat.ui.dialogs_ahead import DialogsAhead
from thabat.ui.rejection_dialog import RejectionDialog


class AtFirstPaint(QObject):
    """What the dialog holds when it is first painted."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__()
        self.widgets: list[QWidget] | None = None
        self.size = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.widgets is None:
            self.widgets = watched.findChildren(QWidget)
            self.size = watched.size()
        return False


def _opened(qtbot, dialog: RejectionDialog) -> AtFirstPaint:
    qtbot.addWidget(dialog)
    painted = AtFirstPaint(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: painted.widgets is not None)
    return painted


def _part_made(qtbot, dialog: RejectionDialog) -> None:
    part = dialog.findChild(LaterPart)
    qtbot.waitUntil(lambda: part.made)


def test_made_on_open_it_paints_first_with_the_names_only(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data))
    painted = _opened(qtbot, dialog)
    kinds = {type(widget) for widget in painted.widgets}
    assert len(painted.widgets) <= 8, [type(widget).__name__ for widget in painted.widgets]  # 50 when made whole
    assert not kinds & {QComboBox, QDateEdit, QTextEdit, QPushButton}
    assert dialog.company.isVisible() and dialog.role.isVisible() and dialog.company.hasFocus()


def test_the_rest_comes_after_the_first_paint_and_keeps_what_was_typed(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data))
    _opened(qtbot, dialog)
    type_text(dialog.company, "شركة الأفق")  # typed as the dialog appears, before the rest is made
    _part_made(qtbot, dialog)
    assert dialog.company.text() == "شركة الأفق" and dialog.company.hasFocus()
    assert len(dialog.findChildren(QComboBox)) == 2 and len(dialog.findChildren(QTextEdit)) == 1
    assert dialog.buttons.isVisible() and dialog.message.isVisible() and not dialog.error.isVisible()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isDefault()  # Enter saves
    assert dialog.applied_row.isVisible() and dialog.applied_on is None  # "I know the date" makes it
    dialog.applied_known.setChecked(True)
    assert dialog.applied_on is not None and dialog.applied_on.isVisible()
    assert dialog.is_touched()


def test_an_untouched_dialog_stays_untouched_when_the_rest_comes(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data))
    _opened(qtbot, dialog)
    _part_made(qtbot, dialog)
    assert not dialog.is_touched()
    qtbot.keyClick(dialog.company, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None  # closed at once: nothing to lose


def test_a_tracked_application_hides_applied_on_when_the_rest_comes(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data), "Noon", "SRE", application_id=7)
    _opened(qtbot, dialog)
    _part_made(qtbot, dialog)
    assert dialog.company.isReadOnly() and not dialog.applied_row.isVisibleTo(dialog)


def test_in_arabic_the_rest_is_labelled_and_right_to_left(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data, "ar"))
    _opened(qtbot, dialog)
    _part_made(qtbot, dialog)
    assert dialog.isRightToLeft()
    assert all(label.text() for label in dialog.form.labels) and len(dialog.form.labels) == 9
    assert dialog.stage.itemText(0) == catalogue.label("stages", dialog.stage.itemData(0), "ar")


def test_a_prepared_one_is_whole_and_one_made_on_open_after_it_paints_at_its_size(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = QWidget()
    qtbot.addWidget(window)
    ahead = DialogsAhead(context, window)
    ahead.prepare("rejection")
    prepared = ahead.prepared["rejection"]
    assert len(prepared.findChildren(QComboBox)) == 2 and prepared.findChild(LaterPart).made  # before any show

    dialog = RejectionDialog(context)
    painted = _opened(qtbot, dialog)
    _part_made(qtbot, dialog)
    assert painted.size == dialog.size()  # no jump: it painted at the size a whole one has


def test_the_first_one_made_on_open_grows_around_its_centre(qtbot, journal, isolated_data, monkeypatch):
    import thabat.ui.rejection_dialog as rejection_dialog

    monkeypatch.setattr(rejection_dialog, "_WHOLE_SIZES", {})  # no whole dialog laid out yet in this process
    dialog = RejectionDialog(make_context(journal, isolated_data))
    painted = _opened(qtbot, dialog)
    centre = dialog.geometry().center()
    _part_made(qtbot, dialog)
    grown = dialog.geometry()
    assert grown.height() > painted.size.height() and grown.size() == dialog.sizeHint().expandedTo(painted.size)
    assert abs(grown.center().x() - centre.x()) <= 1 and abs(grown.center().y() - centre.y()) <= 1


def test_one_for_a_tracked_application_paints_at_the_size_of_one_without_the_applied_on_row(qtbot, journal,
                                                                                              isolated_data):
    context = make_context(journal, isolated_data)
    sizes = []
    for application_id in (None, 7, 7):
        dialog = RejectionDialog(context, "Noon", "SRE", application_id=application_id)
        painted = _opened(qtbot, dialog)
        _part_made(qtbot, dialog)
        sizes.append((painted.size, dialog.size()))
        dialog.hide()
    (_, untracked), (_, tracked), (tracked_painted, tracked_again) = sizes
    assert tracked.height() < untracked.height()  # one row fewer
    assert tracked_painted == tracked_again == tracked
