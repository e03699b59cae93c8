"""The README screenshot script: grabbing one page of a tiny journal writes a real PNG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

from tests.ui_support import make_context, switcher
from thabat.ui.main_window import MainWindow

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "screenshots.py"


def _load_script():
    # packaging/ is not a Python package (its name would shadow PyPA's `packaging`): load by path.
    spec = importlib.util.spec_from_file_location("thabat_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_grab_page_writes_a_png_of_the_window(qtbot, journal, isolated_data, tmp_path):
    screenshots = _load_script()
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.resize(*screenshots.WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    path = screenshots.grab_page(window, "applications", "en", tmp_path)
    assert path == tmp_path / "applications-en.png"
    assert path.stat().st_size > 1000
    image = QImage(str(path))
    assert (image.width(), image.height()) == (window.width(), window.height())
    assert image.width() == screenshots.WINDOW_SIZE[0]
    assert window.current_page() is window.pages["applications"]


def test_the_board_is_grabbed_and_the_table_comes_back(qtbot, journal, isolated_data, tmp_path):
    screenshots = _load_script()
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.resize(*screenshots.WINDOW_SIZE)
    window.show()
    path = screenshots.grab_board(window, "en", tmp_path)
    assert path == tmp_path / "applications-board-en.png" and path.stat().st_size > 1000
    assert not window.pages["applications"].showing_board()


def test_the_screenshots_show_the_window_at_its_default_size():
    from thabat.ui.main_window import DEFAULT_SIZE

    assert _load_script().WINDOW_SIZE == DEFAULT_SIZE
