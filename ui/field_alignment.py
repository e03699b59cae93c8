"""Numbers and dates start where the reading starts: at the right in Arabic, at the left in English.

A spin box or date field aligns its text by the text's own direction, and digits read left to
right: in Arabic, a weekly goal of 5 or a date sat at the far left of a right-to-left form. Each
such field is aligned with the reading direction as Qt polishes it (ui/widget_polish.py), and again
whenever the direction changes.

The side is given as an absolute one (AlignAbsolute): otherwise Qt mirrors "right" when the field's
text reads right to left, so "5" sat at the right while "2 يومان" (a number with an Arabic word after
it) sat at the left of the same form.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from thabat.ui.widget_polish import add_polish_hook, remove_polish_hook

_HORIZONTAL = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
               | Qt.AlignmentFlag.AlignAbsolute)
_OURS = "thabat-leading-aligned"
"""Set on a field this filter aligned; a field aligned otherwise on purpose (centred, say) is left alone."""


def align_leading(field: QAbstractSpinBox) -> None:
    """Put `field`'s text at the start of the line in its layout direction."""
    horizontal = field.alignment() & _HORIZONTAL
    if horizontal & Qt.AlignmentFlag.AlignHCenter or (
            horizontal & Qt.AlignmentFlag.AlignRight and not field.property(_OURS)):
        return  # aligned on purpose by its own code
    rtl = field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    field.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | (field.alignment() & ~_HORIZONTAL))
    field.setProperty(_OURS, True)


class LeadingAlignment(QObject):
    """Aligns each number and date field as it is polished, and filters its events for a change of direction."""

    def align(self, widget: QWidget) -> None:
        """The polish hook."""
        if isinstance(widget, QAbstractSpinBox):
            align_leading(widget)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange and isinstance(watched, QAbstractSpinBox):
            align_leading(watched)
        return False

    def uninstall(self) -> None:
        remove_polish_hook(self.align)
        for widget in QApplication.allWidgets():
            widget.removeEventFilter(self)


def install_field_alignment(app: QApplication) -> LeadingAlignment:
    """Align every number and date field of `app`, present and future, with the reading direction."""
    aligner = app.findChild(LeadingAlignment)
    if aligner is None:
        aligner = LeadingAlignment(app)
    add_polish_hook(app, aligner.align)
    return aligner
