"""Where the journal lives: --data-dir, then THABAT_DATA_DIR, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "THABAT_DATA_DIR"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder chosen by the command line, the environment or the platform (in that order)."""
    if override:
        return Path(override).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    from platformdirs import user_data_dir  # only when neither says, so not on every start

    return Path(user_data_dir("thabat", appauthor=False))


def database_path(folder: Path) -> Path:
    from thabat.storage.sqlite_file import DATABASE_FILE

    return folder / DATABASE_FILE


def settings_path(folder: Path) -> Path:
    """The preferences file (QSettings, INI format) kept beside the journal."""
    return folder / "settings.ini"


def lock_path(folder: Path) -> Path:
    """The lock file held by the running app (ui/single_instance.py) and by `thabat restore`."""
    return folder / "thabat.lock"
