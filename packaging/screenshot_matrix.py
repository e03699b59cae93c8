"""Every page at every size, in both languages and both themes, to look at one by one.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot_matrix.py [OUT_DIR]

Builds the demo journal (as `make screenshots` does) in a temporary folder and writes
OUT_DIR/<size>/<page>-<lang>-<theme>.png for the seven pages at 1100×700, 1366×768 and
1920×1080 (7 × 3 × 2 × 2 = 84 files), then the full reflection at 1100×700 on its first and fourth
(longest) step (reflection-<step>-<lang>-<theme>.png). OUT_DIR defaults to /tmp/thabat-matrix; nothing in the
repository changes. The README's screenshots stay `make screenshots`.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # packaging/ is not a package: its sibling by path

import screenshots  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZES = ((1100, 700), (1366, 768), (1920, 1080))
THEMES = ("light", "dark")


def size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def take_matrix(folder: Path, out_dir: Path, sizes=SIZES, languages=screenshots.LANGUAGES,
                themes=THEMES) -> list[Path]:
    """Grab every page of a main window over the journal in `folder`; returns the files written."""
    from thabat.app.journal import Journal
    from thabat.ui.application import create_application
    from thabat.ui.i18n import LanguageSwitcher
    from thabat.ui.theme import apply_theme

    from thabat.app.runtime.library_fixes import keep_none_alive

    keep_none_alive()  # hundreds of full-window paints: PySide6 6.12 leaks references to None
    app = create_application()
    switcher = LanguageSwitcher(app)
    journal = Journal.open(folder)
    written: list[Path] = []
    combinations = [(theme, lang) for theme in themes for lang in languages]
    for theme, lang in combinations:
        with _window(app, switcher, journal, folder, theme, lang, apply_theme) as window:
            for size in sizes:
                window.resize(*size)
                target_dir = out_dir / size_name(size)
                target_dir.mkdir(parents=True, exist_ok=True)
                for key in window.pages:
                    window.show_page(key)
                    written.append(_save(window, target_dir / f"{key}-{lang}-{theme}.png"))
    # The reflection last: starting one adds a draft, which Today would show among the pages above.
    reflection_id = _full_reflection(journal)
    for theme, lang in combinations:
        with _window(app, switcher, journal, folder, theme, lang, apply_theme) as window:
            window.resize(*sizes[0])
            page = window.open_reflection(reflection_id)
            for step in (0, 3):
                page.go_to(step)
                written.append(_save(window, out_dir / size_name(sizes[0]) / f"reflection-{step + 1}-{lang}-{theme}.png"))
            page.timer.stop()
    journal.close()
    return written


@contextmanager
def _window(app, switcher, journal, folder: Path, theme: str, lang: str, apply_theme):
    from thabat.app.preferences import Preferences
    from thabat.ui.context import AppContext
    from thabat.ui.main_window import MainWindow

    apply_theme(app, theme)
    switcher.apply(lang)
    context = AppContext(journal, Preferences(folder), folder, today=lambda: screenshots.TODAY, lang=lang)
    window = MainWindow(context, switcher)
    window.show()
    try:
        yield window
    finally:
        window.close()  # stops its timers before the journal closes
        window.deleteLater()
        QApplication.processEvents()


def _save(window, target: Path) -> Path:
    screenshots.settle(window)  # after a resize, Today's cards take a few rounds to reach their heights
    if not window.grab().save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")
    return target


def _full_reflection(journal) -> int:
    """A full reflection on the demo's newest rejection (its draft, when it has one)."""
    from thabat.app.usecases.reflections import choose_mode, start_reflection

    with journal.session() as session:
        from sqlmodel import select

        from thabat.storage.models import Rejection

        rejection_id = session.exec(select(Rejection.id).order_by(Rejection.received_on.desc())).first()
    reflection = start_reflection(journal, rejection_id)
    choose_mode(journal, reflection.id, "full")
    return reflection.id


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "thabat-matrix"
    folder = Path(tempfile.mkdtemp(prefix="thabat-matrix-journal-"))
    try:
        screenshots.fill_journal(folder)
        for path in take_matrix(folder, out_dir):
            print(path)
    finally:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
