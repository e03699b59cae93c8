"""Ready at once (issue 16): Today paints before its data is read, and a key pressed meanwhile is answered.

At start-up Today's first read runs on a thread of its own (ui/today_page.py) while the page says
"Reading your journal…"; the data follows. The tests hold that read back with an event, so what
the window does meanwhile is seen, not raced.
"""

from __future__ import annotations

import gc
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import thabat.app.usecases.today as today_usecases
from thabat.app.journal import Journal
from thabat.app.services import rejections
from thabat.app.views.applications import RejectionInput
from thabat.ui.grown_to_content import filling, grow_to_content
from thabat.ui.rich_text_delegate import HTML_ROLE, RichTextDelegate
from tests.conftest import TODAY
from tests.ui_support import make_context, shown


@pytest.fixture
def held_read(isolated_data, monkeypatch):
    """A file journal with one rejection (its reply is due), whose Today read waits for the returned event."""
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20), "interview", round=1),
                                 date(2026, 11, 20))  # its reply is due on TODAY
    journal.close()
    release = threading.Event()
    safety = threading.Timer(60, release.set)  # never hang, whatever the code under test does
    safety.start()
    overview = today_usecases.overview

    def held(*args):
        release.wait()
        return overview(*args)

    monkeypatch.setattr(today_usecases, "overview", held)
    journal = Journal.open_for_start(isolated_data)
    yield journal, release
    release.set()
    safety.cancel()
    journal.close()


def test_today_shows_that_it_is_reading_then_its_content(qtbot, isolated_data, held_read):
    from thabat.ui.today_page import TodayPage

    journal, release = held_read
    page = TodayPage(make_context(journal, isolated_data, "en"))
    page.read_first_in_background()
    shown(qtbot, page)  # painted while the read waits on its thread
    assert page.is_loading and page.reading_line.isVisible() and not page.cards.isVisible()
    assert page.reading_line.text() == "Reading your journal…"
    assert page.due_list.count() == 0 and not page.due_empty.isVisible()  # no "Nothing is due" before it is known
    assert not gc.isenabled()  # a thread reads: the collector waits for the GUI thread
    release.set()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=30_000)
    assert page.cards.isVisible() and not page.reading_line.isVisible()
    assert page.due_list.count() == 1 and "Careem" in page.due_list.item(0).text()
    assert gc.isenabled()
    assert not journal.engine_ready  # read with sqlite3: no ORM


def test_a_change_during_the_first_read_is_read_again(qtbot, isolated_data, held_read):
    from thabat.ui.today_page import TodayPage

    journal, release = held_read
    page = TodayPage(make_context(journal, isolated_data, "en"))
    page.read_first_in_background()
    shown(qtbot, page)
    page.refresh()  # as a change announced meanwhile does
    release.set()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=30_000)
    assert page.due_list.count() == 1 and page.cards.isVisible()


def test_quitting_during_the_first_read_waits_for_it_on_the_gui_thread(qtbot, isolated_data, held_read):
    from thabat.ui.today_page import TodayPage

    journal, release = held_read
    page = TodayPage(make_context(journal, isolated_data, "en"))
    page.read_first_in_background()
    shown(qtbot, page)
    QTimer.singleShot(50, release.set)
    page.save_pending()  # what the window does as the app quits
    assert not page.is_loading and gc.isenabled()
    assert [thread.name for thread in threading.enumerate() if thread.name == "thabat-today-read"] == []


def test_ctrl_r_pressed_while_today_reads_and_the_orm_is_not_loaded_opens_the_dialog_at_once(
        qtbot, isolated_data, held_read):
    from thabat.ui.main_window import MainWindow

    journal, release = held_read
    window = MainWindow(make_context(journal, isolated_data, "en"))
    window.pages["today"].read_first_in_background()
    shown(qtbot, window)
    assert window.pages["today"].is_loading
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.windowTitle() if dialog else None, window.pages["today"].is_loading,
                     journal.engine_ready))
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # returns when the dialog is closed
    assert seen == [("Log a rejection", True, False)]  # opened while Today still read and without the ORM
    release.set()
    qtbot.waitUntil(lambda: not window.pages["today"].is_loading, timeout=30_000)


def test_a_list_filled_row_by_row_is_measured_once_not_after_every_row(qtbot, monkeypatch):
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    listing = grow_to_content(QListWidget())
    delegate = RichTextDelegate(listing)
    listing.setItemDelegate(delegate)
    listing.setWordWrap(True)
    qtbot.addWidget(listing)
    listing.show()  # laid out as on screen (whether the window system has exposed it yet does not matter)
    measured = []
    size_hint = RichTextDelegate.sizeHint
    monkeypatch.setattr(RichTextDelegate, "sizeHint", lambda self, *args: measured.append(1) or size_hint(self, *args))
    rows = 40
    with filling(listing):
        for row in range(rows):
            item = QListWidgetItem(f"row {row}")
            item.setData(HTML_ROLE, f"<b>row {row}</b><br>when")
            listing.addItem(item)
    # Fitted after each row, the list measured 1 + 2 + … + 40 = 820 rows; fitted once, a few per row.
    assert len(measured) <= 3 * rows
    assert listing.height() >= rows * 10  # and it did grow to its rows


def test_log_a_rejection_paints_before_it_reads_the_names_it_offers(qtbot, journal, isolated_data, monkeypatch):
    import thabat.ui.rejection_dialog as rejection_dialog
    from thabat.ui.rejection_dialog import RejectionDialog

    with journal.session() as session:
        rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20), "screening"),
                                 date(2026, 11, 20))
    reads = []
    companies = rejection_dialog.known_companies
    monkeypatch.setattr(rejection_dialog, "known_companies", lambda db: reads.append("companies") or companies(db))
    dialog = RejectionDialog(make_context(journal, isolated_data, "en"))
    assert reads == [] and not dialog.names_offered  # nothing read before it is on screen
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.names_offered)
    assert reads == ["companies"]
    model = dialog.company.completer().model()
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == ["Careem"]
    dialog.hide()
    shown(qtbot, dialog)  # shown again: read once
    assert reads == ["companies"]


def test_an_icon_is_drawn_only_at_the_sizes_it_is_shown_at(qtbot, monkeypatch):
    from PySide6.QtGui import QIcon

    from thabat.ui import icons

    icons._drawn.cache_clear()
    drawn = icons.icon("today")
    assert drawn is icons.icon("today") and icons._drawn.cache_info().currsize == 1  # one QIcon per name and colour
    reads = []
    read = icons.QImageReader.read
    monkeypatch.setattr(icons.QImageReader, "read", lambda reader: reads.append(reader.scaledSize().width()) or read(reader))
    assert not drawn.pixmap(20, 20).isNull() and not drawn.pixmap(20, 20).isNull()
    assert not drawn.pixmap(20, 20, QIcon.Mode.Disabled).isNull()  # made from the drawn one by the style
    assert reads == [20]  # drawn once, at the one size asked for (five sizes were drawn up front before)


def test_a_key_pending_as_the_window_first_paints_runs_before_what_follows_the_paint(qtbot):
    """What follows the first paint (Today's turns, listening, the loads' grace) waits `AFTER_PAINT_MS`: a key
    due a moment after the paint is answered first, with the whole processor."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QWidget

    from thabat.ui.application import AfterFirstPaint

    order = []
    window = QWidget()
    qtbot.addWidget(window)
    QShortcut(QKeySequence("Ctrl+R"), window).activated.connect(lambda: order.append("key"))
    AfterFirstPaint(window, None, lambda: order.append("after the paint"))

    class KeyAfterPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(5, lambda: qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))
            return False

    filter = KeyAfterPaint(window)
    window.installEventFilter(filter)
    window.show()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=10_000)
    assert order == ["key", "after the paint"]


def test_an_icon_greyed_or_selected_is_the_one_the_style_makes(qtbot):
    """The modes other than Normal come from the style through Qt's own icon engine (ui/icons.py), exactly
    as the style makes them from the drawn pixmap, so the look is unchanged by not asking the style from Python."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QStyleOption

    from thabat.ui import icons

    drawn = icons.icon("today")
    normal = drawn.pixmap(20, 20)
    for mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected, QIcon.Mode.Active):
        made = drawn.pixmap(20, 20, mode).toImage()
        expected = QApplication.style().generatedIconPixmap(mode, normal, QStyleOption()).toImage()
        assert made.convertToFormat(expected.format()) == expected, mode
    assert drawn.pixmap(20, 20, QIcon.Mode.Disabled).toImage() != normal.toImage()  # greyed: not the same pixels


def test_the_first_turn_after_the_paint_comes_before_what_follows_it(qtbot):
    """Collection back on and Log a rejection's modules come in the turn right after the paint, before
    what `AFTER_PAINT_MS` later follows, and before it even when that is due at once (the smoke test)."""
    from PySide6.QtWidgets import QWidget

    from thabat.ui.application import AfterFirstPaint

    for delay_ms in (0, 50):
        order = []
        window = QWidget()
        qtbot.addWidget(window)
        AfterFirstPaint(window, None, lambda: order.append("later"), lambda: order.append("first turn"),
                        delay_ms=delay_ms)
        window.show()
        qtbot.waitUntil(lambda: len(order) == 2, timeout=10_000)
        assert order == ["first turn", "later"]


def test_the_start_up_hold_on_collection_ends_even_if_the_window_never_paints(qtbot, isolated_data, monkeypatch):
    """A window shown minimized paints only when restored: collection, held by the launcher until the turn
    after the first paint, comes back `START_UP_HOLD_MAX_MS` after the show all the same."""
    from thabat.app.runtime import background_load as holds
    from thabat.app.runtime.logs import close_logging
    from thabat.ui import application

    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    monkeypatch.setattr(application, "START_UP_HOLD_MAX_MS", 50)
    monkeypatch.setattr(application, "AfterFirstPaint", lambda *args, **kwargs: None)  # no paint is seen
    holds.hold_collection_for_start_up()
    window = None
    try:
        window = application.start(application.create_application(), isolated_data, "en")
        qtbot.addWidget(window)
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
    finally:
        holds.release_start_up_hold()
        gc.unfreeze()
        gc.enable()
        if window is not None:
            window.close()
            window.context.journal.close()
        close_logging()
