"""Numbers and dates start where the reading starts: at the right in Arabic, at the left in English.

A spin box or date field aligns its text by the text's own direction, and digits read left to
right: in Arabic, a weekly goal of 5 or a date sat at the far left of a right-to-left form. Each
such field is aligned with the reading direction as Qt polishes it, and again whenever the direction
changes (ui/value_fields.py calls `align_leading`).

The side is given as an absolute one (AlignAbsolute): otherwise Qt mirrors "right" when the field's
text reads right to left, so "5" sat at the right while "2 يومان" (a number with an Arabic word after
it) sat at the left of the same form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

_HORIZONTAL = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
               | Qt.AlignmentFlag.AlignAbsolute)
_OURS = "thabat-leading-aligned"
"""Set on a field `align_leading` aligned; a field aligned otherwise on purpose (centred, say) is left alone."""


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
