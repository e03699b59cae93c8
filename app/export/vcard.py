"""Contacts as vCard 3.0 (RFC 2426): escaped values, UTF-8, CRLF, lines folded at 75 octets."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from thabat.app.views.applications import ContactView

MAX_OCTETS = 75


def escape(value: str) -> str:
    """Escape a text value: backslash, comma, semicolon and newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 UTF-8 octets, never splitting a character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            out.append(current)
            current, size = " ", 1  # a continuation line starts with one space, which counts
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


GIVEN_NAME_STARTS = {"عبد", "أبو", "ابو", "أم", "ام", "abd", "abdul", "abdel", "abu", "umm"}
"""Words that open a compound given name: "عبد الله", "Abdul Rahman", "أبو بكر" are one given name."""

FAMILY_NAME_STARTS = {
    "بن", "ابن", "بنت", "آل", "al", "el", "bin", "bint", "ibn", "van", "von", "de", "del", "della", "da",
    "di", "du", "la", "le", "dos", "das", "ter", "ten",
}
"""Particles that belong to the family name after them: "بن سلمان", "Al Amin", "van Dijk"."""


def name_parts(name: str) -> tuple[str, str, str]:
    """(family, given, middle) of a full name as people write it, given name first in Arabic and English.

    "Dana Kim" gives ("Kim", "Dana", ""); "عبد الله بن أحمد" gives ("بن أحمد", "عبد الله", "");
    "Kim, Dana" (family first, as some lists write it) gives ("Kim", "Dana", ""); a single word is a
    given name.
    """
    if "," in name or "،" in name:
        family, _comma, rest = name.replace("،", ",").partition(",")
        given, _space, middle = rest.strip().partition(" ")
        return family.strip(), given, middle.strip()
    words = name.split()
    if not words:
        return "", "", ""
    given_length = 2 if len(words) >= 2 and words[0].casefold() in GIVEN_NAME_STARTS else 1
    given, rest = words[:given_length], words[given_length:]
    if not rest:
        return "", " ".join(given), ""
    family_start = len(rest) - 1
    while family_start > 0 and rest[family_start - 1].casefold() in FAMILY_NAME_STARTS:
        family_start -= 1
    return " ".join(rest[family_start:]), " ".join(given), " ".join(rest[:family_start])


def vcard(contact: ContactView) -> str:
    """One contact as a vCard 3.0 block, ending with CRLF."""
    family, given, middle = name_parts(contact.name)
    structured = ";".join(escape(part) for part in (family, given, middle, "", ""))
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape(contact.name)}", f"N:{structured}"]
    if contact.company:
        lines.append(f"ORG:{escape(contact.company)}")
    if contact.role:
        lines.append(f"TITLE:{escape(contact.role)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(contact.email)}")
    if contact.profile_url:
        lines.append(f"URL:{escape(contact.profile_url)}")
    if contact.notes:
        lines.append(f"NOTE:{escape(contact.notes)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def vcards(contacts: Iterable[ContactView]) -> str:
    return "".join(vcard(c) for c in contacts)


def write_vcards(path: Path, contacts: Iterable[ContactView]) -> None:
    """Write the contacts to `path` as UTF-8 (no BOM), replacing the file only once it is complete."""
    from thabat.app.export.atomic import atomic_target

    with atomic_target(path) as temporary:
        temporary.write_bytes(vcards(contacts).encode("utf-8"))
