"""Writing a file all at once: a temporary file beside the target, renamed into place at the end.

A cancelled or failed export therefore never leaves a half-written file behind, and an existing
file at the target stays as it was until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from app.errors import UserError, translate
from app.text_direction import fill


class ExportCancelled(Exception):
    """The user stopped an export; nothing was written."""


@contextmanager
def atomic_target(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target`."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(fill(translate("Errors", "The folder %1 does not exist."), str(folder)))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise UserError(fill(translate("Errors", "Cannot write to %1: %2"), str(folder),
                             error.strerror or str(error))) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
