"""The data folder's privacy: what Thabat creates is the user's alone; what the user chose is theirs.

A folder Thabat creates is 0700 and every file it writes there is 0600. A folder the user chose
(`--data-dir`, THABAT_DATA_DIR, or one they loosened themselves) is not changed behind their back:
if others can read it, the user is told once, in one line, how to close it.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

_warned: set[Path] = set()


def make_private(path: Path) -> None:
    """Readable and writable by the user only (a file Thabat wrote, or is about to write again)."""
    try:
        os.chmod(path, 0o600)
    except FileNotFoundError:
        pass
    except PermissionError:  # someone else's file in a shared folder: leave it be
        pass


def shared_folder_warning(folder: Path) -> str | None:
    """One line for the user when others may read `folder`; None when it is private or missing."""
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return None
    if not mode & 0o077 or sys.platform == "win32":
        return None
    return (f"thabat: warning: other users can open {folder} (mode {mode:o}); "
            f"run `chmod 700 {folder}` to keep your journal private.")


def warn_once_if_shared(folder: Path) -> None:
    """Print `shared_folder_warning` on stderr, once per folder and run."""
    warning = shared_folder_warning(folder)
    if warning is not None and folder not in _warned:
        _warned.add(folder)
        print(warning, file=sys.stderr)
