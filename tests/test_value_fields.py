"""Every value field is made settled (ui/value_fields.py): the wheel guard and the leading alignment are on
each combo box, number, date and time field of every page and dialog, without a style that hands Python
every widget Qt polishes (issue 16: that style cost about a tenth of the start-up before the first paint)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

from thabat.app.export.csv_io import parse_sheet
from thabat.ui.dialog_parts import make_whole
from thabat.ui.main_window import MainWindow
from thabat.ui.value_fields import SETTLED, ComboBox
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context, shown

SOURCES = Path(__file__).resolve().parent.parent
VALUE_CLASSES = r"Q(?:ComboBox|FontComboBox|SpinBox|DoubleSpinBox|DateEdit|TimeEdit|DateTimeEdit|Slider|Dial)"
MADE_DIRECTLY = re.compile(r"\b" + VALUE_CLASSES + r"\(")
SUBCLASS = re.compile(r"^class (\w+)\([^)]*\b(?:" + VALUE_CLASSES + r"|QAbstractSpinBox|QAbstractSlider)\b[^)]*\):",
                      re.MULTILINE)


def test_no_code_makes_a_value_field_that_is_not_settled():
    """A field made as a plain QComboBox (or a subclass that does not settle itself) would take the wheel
    from the page, and sit at the wrong side in Arabic."""
    offenders = []
    for path in sorted((SOURCES / "ui").rglob("*.py")) + sorted((SOURCES / "app").rglob("*.py")):
        if path.name == "value_fields.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}:{text.count(chr(10), 0, found.start()) + 1}" for found in MADE_DIRECTLY.finditer(text)]
        for found in SUBCLASS.finditer(text):
            body = text[found.end():].split("\nclass ", 1)[0]
            if "settle(self)" not in body:
                offenders.append(f"{path.name}: class {found.group(1)}")
    assert offenders == []


def test_the_check_finds_a_field_made_directly():
    assert MADE_DIRECTLY.search("        self.kind = QComboBox()")
    assert SUBCLASS.search("class Year(QSpinBox):\n    pass\n")
    assert SUBCLASS.search("class Year(Mixin, QtWidgets.QAbstractSpinBox):\n    pass\n")
    assert not SUBCLASS.search("class Year(SpinBox):\n    pass\n")
    assert not MADE_DIRECTLY.search("        self.kind = ComboBox()")


def _value_fields(root: QWidget) -> list[QWidget]:
    """The value fields under `root` made by Thabat: not Qt's own (the calendar popup's year, a scroll bar)."""
    found = root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox) + root.findChildren(QAbstractSlider)
    return [field for field in found if not isinstance(field, QScrollBar) and not field.objectName().startswith("qt_")]


def test_every_field_of_every_page_and_dialog_is_settled(qtbot, journal, isolated_data):
    from thabat.ui.csv_import_dialog import CsvImportDialog
    from thabat.ui.export_dialog import ExportDialog
    from thabat.ui.welcome_dialog import WelcomeDialog

    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "ar")))
    window.build_pages_ahead()  # every page, then the dialogs opened most (ui/dialogs_ahead.py)
    qtbot.waitUntil(lambda: not window.building_ahead, timeout=20000)
    context = window.context
    dialogs = list(context.dialogs_ahead.prepared.values())
    dialogs += [ExportDialog(context, window), CsvImportDialog(context, parse_sheet("Company,Role\nNoon,Analyst\n"), window),
                WelcomeDialog(context.preferences, window)]
    for dialog in dialogs:
        make_whole(dialog)  # the fields a dialog makes after its first paint (ui/dialog_parts.py)
    reflection = open_page(qtbot, journal, isolated_data, "ar", reflection_on(journal))
    roots = [*window.pages.built().values(), *dialogs, reflection]
    fields = [field for root in roots for field in _value_fields(root)]
    assert len(fields) >= 40  # pages, dialogs and the reflection's steps all hold some
    assert [f"{field.window().metaObject().className()}: {field.metaObject().className()}"
            for field in fields if not field.property(SETTLED)] == []


def test_a_settled_field_takes_the_wheel_only_with_focus_and_keeps_strong_focus(qtbot):
    combo = ComboBox()
    qtbot.addWidget(combo)
    combo.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
    combo.show()  # polished: the wheel must not hand it the focus
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_field_polished_before_it_is_settled_is_settled_all_the_same(qtbot):
    from PySide6.QtWidgets import QSpinBox

    from thabat.ui.value_fields import settle

    plain = QSpinBox()  # polished before anyone settles it
    qtbot.addWidget(plain)
    plain.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    plain.show()
    assert not plain.alignment() & Qt.AlignmentFlag.AlignRight
    settle(plain)
    assert plain.alignment() & Qt.AlignmentFlag.AlignRight


def test_an_alignment_the_code_gives_a_field_before_it_is_shown_is_kept(qtbot):
    """A field turned left to right before its polish (as `time_edit` does) and then right-aligned by its own
    code stays right-aligned: only the polish and later changes of direction align it."""
    from PySide6.QtWidgets import QApplication

    from thabat.ui.value_fields import SpinBox

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        field = SpinBox()
        field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        qtbot.addWidget(field)
        field.show()
        assert field.alignment() & Qt.AlignmentFlag.AlignRight
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
