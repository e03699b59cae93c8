"""Refresh the README's screenshots: every page of the main window, in English and in Arabic.

Run with `make screenshots` (offscreen, no display needed). Builds the demo journal
(`thabat demo --years 2 --today 2026-11-26`) in a temporary data folder
(/tmp/thabat-screenshots, removed afterwards), shows the main window at
the default size, in the light theme, and saves packaging/screenshots/<page>-<lang>.png. The AppStream metainfo points at
the same files.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "screenshots"
TODAY = date(2026, 11, 26)
WINDOW_SIZE = (1200, 680)
"""thabat.ui.main_window.DEFAULT_SIZE: the size a new user first sees."""
LANGUAGES = ("en", "ar")


def settle(window: QWidget, rounds: int = 50) -> int:
    """Let `window`'s layout come to rest before it is grabbed; returns the rounds of events it took.

    One round of events is not enough after the window has grown while another page showed: a list
    grown to its content (ui/grown_to_content.py) learns its new width, sets its new height, and
    that asks its card, then the page, for another layout, one round each. Grabbed after the first,
    Today's *Coming up* and *On this day* still had the height their wrapped lines needed at the
    narrower width, and the spare room sat above their titles. A live window settles the same way
    within milliseconds, before it is painted; a screenshot must wait for it too.
    """
    _wait_for_reads(window)
    shape = None
    for done in range(1, rounds + 1):
        QApplication.processEvents()
        now = [widget.geometry() for widget in window.findChildren(QWidget) if widget.isVisible()]
        if now == shape:
            return done
        shape = now
    return rounds


def _wait_for_reads(window: QWidget, timeout_s: float = 30.0) -> None:
    """Until no shown page is still reading its journal on its thread (ui/page_reads.py): a page grabbed
    before then shows its "Loading…" line."""
    from thabat.ui.page import Page

    deadline = time.monotonic() + timeout_s
    while any(page.loading for page in window.findChildren(Page) if page.isVisible()):
        if time.monotonic() > deadline:
            raise TimeoutError("a page was still reading its journal after 30 s")
        QApplication.processEvents()
        time.sleep(0.01)
    # Then the timers that follow a read: the content shown a turn after its fill, the Journal's rows
    # laid out a batch a turn (their timers fire only once the event loop has had a moment).
    calm = time.monotonic() + 0.5
    while time.monotonic() < calm:
        QApplication.processEvents()
        time.sleep(0.01)


def grab_page(window: QMainWindow, key: str, lang: str, out_dir: Path) -> Path:
    """Show page `key` of a MainWindow, let it settle, and save it as <key>-<lang>.png."""
    window.show_page(key)
    settle(window)
    target = out_dir / f"{key}-{lang}.png"
    if not window.grab().save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")
    return target


def grab_board(window: QMainWindow, lang: str, out_dir: Path) -> Path:
    """The Applications page shown as its board, saved as applications-board-<lang>.png; then the table again."""
    window.show_page("applications")
    page = window.pages["applications"]
    page.board_button.click()
    settle(window)
    target = out_dir / f"applications-board-{lang}.png"
    saved = window.grab().save(str(target), "PNG")
    page.table_button.click()
    if not saved:
        raise OSError(f"cannot write {target}")
    return target


def grab_coming_up(window: QMainWindow, lang: str, out_dir: Path) -> list[Path]:
    """Today in a taller window, so *Coming up* shows (today-coming-up-<lang>.png), and the prep card
    of its first interview (prep-card-<lang>.png); then the window at its size again."""
    window.resize(WINDOW_SIZE[0], 960)
    page = window.show_page("today")
    settle(window)
    written = [out_dir / f"today-coming-up-{lang}.png"]
    window.grab().save(str(written[0]), "PNG")
    box = page.coming_up
    for row in range(box.list.count()):
        box.list.setCurrentRow(row)
        if box.prepare_button.isEnabled():
            card = box.prepare()
            card.resize(620, 680)
            settle(card)
            written.append(out_dir / f"prep-card-{lang}.png")
            card.grab().save(str(written[-1]), "PNG")
            card.close()
            break
    window.resize(*WINDOW_SIZE)
    QApplication.processEvents()
    return written


def fill_journal(folder: Path, today: date = TODAY) -> None:
    """The demo journal when the generator exists; otherwise a small journal made by the services."""
    from thabat.app.cli import main as cli_main

    try:
        status = cli_main(["--data-dir", str(folder), "demo", "--years", "2", "--today", today.isoformat()])
    except ModuleNotFoundError as error:
        if error.name != "thabat.app.demo":
            raise
        _small_journal(folder, today)
    else:
        if status != 0:
            raise SystemExit(f"screenshots: `thabat demo` failed with status {status}")


def _small_journal(folder: Path, today: date) -> None:
    from thabat.app.journal import Journal
    from thabat.app.views.applications import ApplicationInput, RejectionInput
    from thabat.app.services.applications import add_application
    from thabat.app.services.checkins import record_check_in
    from thabat.app.services.rejections import log_rejection

    journal = Journal.open(folder)
    with journal.session() as session:
        for days, company, role in [(3, "Nahdi Tech", "Data analyst"), (6, "شركة المدار", "محلل بيانات"),
                                    (9, "Atlas Logistics", "Business analyst"), (20, "Zain", "BI developer")]:
            add_application(session, ApplicationInput(company, role, today - timedelta(days=days)), today=today)
        for days, company, role, stage, round_ in [
            (1, "Careem", "Product analyst", "interview", 2), (4, "مصرف الراجحي", "محلل مخاطر", "screening", None),
            (12, "Talabat", "Data analyst", "assessment", None)]:
            log_rejection(session, RejectionInput(company, role, today - timedelta(days=days), stage, round=round_,
                                                  applied_on=today - timedelta(days=days + 21)), today=today)
        for days, score in enumerate((6, 5, 4, 6, 7, 7)):
            record_check_in(session, score, day=today - timedelta(days=days + 1), today=today)
    journal.close()


def take_screenshots(folder: Path, out_dir: Path = OUT, languages=LANGUAGES, today: date = TODAY) -> list[Path]:
    """Every page in every language, from the journal in `folder`; returns the files written."""
    from thabat.app.journal import Journal
    from thabat.ui.application import create_application
    from thabat.ui.context import AppContext
    from thabat.ui.i18n import LanguageSwitcher
    from thabat.ui.main_window import MainWindow
    from thabat.app.preferences import Preferences
    from thabat.ui.theme import apply_theme

    app = create_application()
    apply_theme(app, "light")
    switcher = LanguageSwitcher(app)
    journal = Journal.open(folder)
    written: list[Path] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        switcher.apply(lang)
        context = AppContext(journal, Preferences(folder), folder, today=lambda: today, lang=lang)
        window = MainWindow(context, switcher)
        window.resize(*WINDOW_SIZE)
        window.show()
        for key in window.pages:
            written.append(grab_page(window, key, lang, out_dir))
        written.append(grab_board(window, lang, out_dir))
        written.extend(grab_coming_up(window, lang, out_dir))
        window.close()  # stops its timers before the journal closes
        window.deleteLater()
        QApplication.processEvents()
    journal.close()
    return written


# A fixed folder, because Settings shows the data folder: a random name would change the
# screenshots at every refresh. The marker makes sure we only ever delete our own folder.
DEMO_FOLDER = Path(tempfile.gettempdir()) / "thabat-screenshots"
MARKER = ".made-by-packaging-screenshots"


def main() -> int:
    if DEMO_FOLDER.exists():
        if not (DEMO_FOLDER / MARKER).exists():
            print(f"screenshots: {DEMO_FOLDER} exists and is not ours; move it away first", file=sys.stderr)
            return 2
        shutil.rmtree(DEMO_FOLDER)
    DEMO_FOLDER.mkdir()
    (DEMO_FOLDER / MARKER).touch()
    try:
        fill_journal(DEMO_FOLDER)
        for path in take_screenshots(DEMO_FOLDER):
            print(path.relative_to(ROOT))
    finally:
        shutil.rmtree(DEMO_FOLDER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
