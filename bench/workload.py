"""The workload: a demo journal built once per run, and how to launch Thabat against it."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 26)  # fixed, so every run measures the same journal
BIN = Path(sys.executable).parent


def returning_user(folder: Path) -> None:
    """Settings of a user who has seen the first-run welcome: it would otherwise cover the window the
    benchmark times (it opens on a data folder that has no settings yet)."""
    from thabat.app.runtime.paths import settings_path

    path = settings_path(folder)
    if not path.exists():
        path.write_text("[General]\nwelcomed=1\n", encoding="utf-8")
        path.chmod(0o600)


def env(**extra: str) -> dict[str, str]:
    """The environment of a launched process: offscreen Qt, English, nothing from the user's journal."""
    values = dict(os.environ, **{"QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8", **extra})
    values.pop("THABAT_DATA_DIR", None)
    # An installed app has its bytecode compiled; without it every launch compiles Thabat's modules again.
    values.pop("PYTHONDONTWRITEBYTECODE", None)
    return values


def thabat(*args: str) -> list[str]:
    return [str(BIN / "thabat"), *args]


def python_script(path: Path) -> list[str]:
    return [sys.executable, str(path)]
