"""A full disk or a folder Thabat may not write to: told apart from bugs, each with its own message.

SQLite reports these as sqlite3.OperationalError ("database or disk is full", "attempt to write a
readonly database"), SQLAlchemy wraps that, and plain file writes raise OSError with an errno;
`disk_problem` looks through the whole chain and names what the user can do about it.
"""

from __future__ import annotations

import errno
from pathlib import Path

from thabat.app.errors import QT_TRANSLATE_NOOP, Message, UserError

FULL, READ_ONLY = "full", "read_only"
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_TEXTS = ("database or disk is full", "no space left")
_READ_ONLY_TEXTS = ("readonly database", "read-only file system", "unable to open database file")


class DiskProblem(UserError):
    """Writing failed because the disk is full (`kind` FULL) or cannot be written to (READ_ONLY)."""

    def __init__(self, kind: str, folder: Path | None = None, message: str | None = None) -> None:
        self.kind = kind
        if message is not None:  # said where the write was all-or-nothing: "nothing was saved"
            pass
        elif kind == FULL:
            message = QT_TRANSLATE_NOOP("Errors", "The disk is full, so Thabat could not save. Please free some space; "
                                          "what you wrote stays here and is saved as soon as there is room.")
        else:
            message = Message(QT_TRANSLATE_NOOP("Errors", "Thabat may not write to its data folder %1 (it is read-only or "
                                          "belongs to someone else). Please choose another folder or change "
                                          "its permissions."), str(folder) if folder else "")
        super().__init__(message)


def _chain(error: BaseException):
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]


def problem_kind(error: BaseException) -> str | None:
    """FULL, READ_ONLY, or None when the error is not about the disk."""
    for link in _chain(error):
        if isinstance(link, DiskProblem):
            return link.kind
        if isinstance(link, OSError) and link.errno in _FULL_ERRNOS:
            return FULL
        if isinstance(link, OSError) and link.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY
        text = str(link).lower() if type(link).__name__ in ("OperationalError", "DatabaseError") else ""
        if any(marker in text for marker in _FULL_TEXTS):
            return FULL
        if any(marker in text for marker in _READ_ONLY_TEXTS):
            return READ_ONLY
    return None


def disk_problem(error: BaseException, folder: Path | None = None) -> DiskProblem | None:
    """The DiskProblem behind `error` (with the user's message), or None."""
    kind = problem_kind(error)
    return DiskProblem(kind, folder) if kind else None
