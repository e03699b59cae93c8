"""What start-up must not load: alembic for a journal at HEAD, matplotlib, the PDF exporter.

The benchmark (bench/, `make bench`) measures start-up; these tests keep its causes fixed.
"""

from __future__ import annotations

import os
import subprocess
import sys

from storage import migrate

_PROBE = """
import sys
from ui.launcher import main
status = main(["--data-dir", sys.argv[1], "--lang", "en"])
print("loaded", *sorted(m for m in ("alembic", "matplotlib", "app.export.pdf") if m in sys.modules))
sys.exit(status)
"""


def test_the_head_constant_is_alembics_head():
    assert migrate.HEAD == migrate.head_revision()


def test_start_up_over_a_journal_at_head_loads_neither_alembic_nor_matplotlib_nor_the_pdf_exporter(tmp_path):
    folder = tmp_path / "journal"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    runs = [subprocess.run([sys.executable, "-c", _PROBE, str(folder)], env=env, capture_output=True, text=True,
                           timeout=120) for _ in range(2)]  # the first creates the journal, the second reopens it
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "smoke test: painted=True" in run.stdout
    assert runs[1].stdout.strip().splitlines()[-1] == "loaded"
