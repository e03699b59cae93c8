"""The screenshot matrix script (packaging/screenshot_matrix.py) writes one PNG per page, size, language
and theme, at the size asked for, and the reflection after them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = f"""
import sys
from datetime import date
from pathlib import Path
sys.path.insert(0, {str(ROOT / "packaging")!r})
import screenshot_matrix, screenshots
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
screenshots._small_journal(folder, date.fromisoformat({TODAY.isoformat()!r}))
screenshot_matrix.take_matrix(folder, out, sizes=((1100, 700),), languages=("ar",), themes=("dark",))
"""


def test_the_matrix_writes_every_page_at_its_size(tmp_path):
    folder, out = tmp_path / "journal", tmp_path / "shots"
    folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", SCRIPT, str(folder), str(out)], check=True, env=env, cwd=ROOT,
                   capture_output=True, timeout=300)
    written = sorted(path.name for path in (out / "1100x700").iterdir())
    pages = ["applications", "charts", "contacts", "growth", "journal", "settings", "today"]
    assert written == sorted([f"{page}-ar-dark.png" for page in pages]
                             + ["reflection-1-ar-dark.png", "reflection-4-ar-dark.png"])
    image = QImage(str(out / "1100x700" / "today-ar-dark.png"))
    assert (image.width(), image.height()) == (1100, 700)
