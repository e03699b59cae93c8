"""Writing a file all at once: a temporary file beside the target, renamed into place at the end.

A cancelled or failed export therefore never leaves a half-written file behind, and an existing
file at the target stays as it was until the new one is complete. The temporary file is readable
by the user only (so is the result) and is named `.<target>.<pid>.<random>.part`: one left by an
export that was killed is recognised by its dead process and removed by the next export there.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from thabat.app.errors import QT_TRANSLATE_NOOP, Message, UserError
from thabat.app.runtime.long_work import Cancelled

_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part$")


class ExportCancelled(Cancelled):
    """The user stopped an export; nothing was written."""


def _cannot_write(where: Path, error: OSError) -> UserError:
    return UserError(Message(QT_TRANSLATE_NOOP("Errors", "Cannot write to %1: %2"), str(where), error.strerror or str(error)))


@contextmanager
def atomic_target(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target`."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."), str(folder)))
    if target.is_dir():
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "%1 is a folder; please name a file."), str(target)))
    remove_stale_parts(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _cannot_write(folder, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o600)  # some writers (Qt's) replace the file mkstemp made private
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(target, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the temporary files of exports into `folder` whose process is gone; returns them."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        found = _PART.match(name)
        if found and not _running(int(found.group(1))):
            path = folder / name
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this process's own export, or a cancelled one it is still cleaning up
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end the process there: leave the file be
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
