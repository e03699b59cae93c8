"""The user's own list of helpful resources (the guide's "additional resources")."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import func
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.views.resources import ResourceView
from thabat.storage.models import Resource

OPENABLE_SCHEMES = ("http", "https", "mailto", "file")
"""Links Thabat hands to the system; anything else (javascript:, data:, ...) is refused."""


RUNNABLE_SUFFIXES = (
    ".desktop", ".exe", ".com", ".bat", ".cmd", ".msi", ".msp", ".scr", ".pif", ".cpl", ".lnk", ".url",
    ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".jar", ".sh", ".bash", ".zsh", ".csh",
    ".py", ".pyw", ".pl", ".rb", ".run", ".bin", ".appimage", ".app", ".command", ".deb", ".rpm", ".apk",
)
"""Files that run something when "opened": the desktop would start them, not show them."""


def openable(url: str) -> bool:
    """True for http(s) and mailto links, and file: links to a local file that is no program.

    Thabat never fetches links itself; it hands them to the desktop, which would also run a
    program or a launcher (`.desktop`) named by a file: link, or fetch one from another computer
    (`file://HOST/share/x.exe`): those are refused.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in OPENABLE_SCHEMES:
        return False
    if scheme == "mailto":
        return bool(parts.path)
    if scheme == "file":
        path = unquote(parts.path)
        local = parts.netloc.lower() in ("", "localhost")
        return local and bool(path) and not path.lower().rstrip("/").endswith(RUNNABLE_SUFFIXES)
    return bool(parts.netloc)


def safe_to_open(url: str) -> bool:
    """`openable`, and for a file: link, the file is not executable now (checked when opening)."""
    if not openable(url):
        return False
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "file":
        return True
    path = Path(unquote(parts.path))
    return path.is_dir() or not (path.exists() and os.access(path, os.X_OK))


def _clean(title: str, url: str, notes: str) -> tuple[str, str, str]:
    title = check.clean_text(title, "title", required=True, limit=500)
    url = check.clean_text(url, "url", limit=2000)
    if url and not openable(url):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Links must start with http://, https://, mailto: or file: (a file on "
                                             "this computer that is not a program)."), "url")
    return title, url, check.clean_text(notes, "notes", limit=20_000)


def list_resources(session: Session) -> list[ResourceView]:
    rows = session.exec(select(Resource).order_by(Resource.position, Resource.id)).all()
    return [ResourceView(r.id, r.title, r.url, r.notes, r.position) for r in rows]


def add_resource(session: Session, title: str, url: str = "", notes: str = "") -> int:
    title, url, notes = _clean(title, url, notes)
    last = session.exec(select(func.max(Resource.position))).one()
    resource = Resource(title=title, url=url, notes=notes, position=(last or 0) + 1)
    session.add(resource)
    session.flush()
    return resource.id


def update_resource(session: Session, resource_id: int, title: str, url: str = "", notes: str = "") -> None:
    resource = existing(session, Resource, resource_id)
    resource.title, resource.url, resource.notes = _clean(title, url, notes)
    session.add(resource)
    session.flush()


def delete_resource(session: Session, resource_id: int) -> None:
    session.delete(existing(session, Resource, resource_id))
    session.flush()


def move_resource(session: Session, resource_id: int, offset: int) -> None:
    """Move a resource up (-1) or down (+1) in the list; positions are renumbered 1..n."""
    rows = list(session.exec(select(Resource).order_by(Resource.position, Resource.id)).all())
    index = next((i for i, r in enumerate(rows) if r.id == resource_id), None)
    if index is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This item no longer exists."))
    target = max(0, min(len(rows) - 1, index + offset))
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        row.position = position
        session.add(row)
    session.flush()
