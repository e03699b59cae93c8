"""fontconfig reads its configuration on a thread while the interface's modules import (ui/fonts.py)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
import sys
from thabat.ui import fonts

thread = fonts.read_font_config_early()
if thread is None:  # not Linux: Qt's fonts come from elsewhere
    print("thread: None", flush=True)
else:
    print("thread:", thread.name, thread.daemon, flush=True)
    thread.join(10)
    print("finished:", not thread.is_alive(), flush=True)

from PySide6.QtWidgets import QApplication

app = QApplication([])
families = fonts.register_fonts(app)
print("families:", *families, flush=True)
if thread is not None:
    with open("/proc/self/maps", encoding="ascii") as maps:
        print("fontconfig libraries:", len({line.split()[-1] for line in maps if "libfontconfig" in line}), flush=True)
"""


def test_the_thread_ends_and_qt_registers_the_fonts_with_the_one_fontconfig_there_is():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith("families:") and "Noto Sans Arabic UI" in line for line in lines), run.stdout
    if not sys.platform.startswith("linux"):  # no fontconfig to ask: no thread, the fonts as before
        assert "thread: None" in lines
        return
    assert "thread: thabat-font-config True" in lines
    assert "finished: True" in lines
    assert "fontconfig libraries: 1" in lines  # the one Qt links, asked by name


_LAUNCH_PROBE = """
import sys
from thabat.ui import fonts

original = fonts.read_font_config_early


def early():
    print("font configuration read while importing the window:", "thabat.ui.application" not in sys.modules, flush=True)
    return original()


fonts.read_font_config_early = early
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_the_launcher_starts_it_before_the_interfaces_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    run = subprocess.run([sys.executable, "-c", _LAUNCH_PROBE, str(tmp_path / "journal")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "font configuration read while importing the window: True" in run.stdout.splitlines()
    assert "smoke test: painted=True" in run.stdout


_WAIT_PROBE = """
import threading, time
from thabat.ui import application, fonts

done = threading.Event()
fonts._reading = threading.Thread(target=lambda: (time.sleep(0.3), done.set()), daemon=True)  # a slow fontconfig
fonts._reading.start()
application.create_application()
print("read before the QApplication was made:", done.is_set(), flush=True)
"""


def test_the_qapplication_is_made_only_once_fontconfig_has_read_its_configuration():
    """Two threads making fontconfig's first configuration at once has crashed other programs: Qt's first
    font call must come after the thread's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", _WAIT_PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "read before the QApplication was made: True" in run.stdout.splitlines()
