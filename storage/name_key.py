"""How two names are compared: one key per name, kept in a column beside it and indexed.

Companies, roles, skills and improvement areas are found by this key, never by SQL's `lower()`
(ASCII-only) or Python's `str.lower()`: "École 42" and "école 42", "أسامة" and "اسامه",
"STRASSE" and "straße" are one name. The Arabic and accent rules are the search's own
(storage/search_text.py), called here, not copied; this module adds only what a name needs beyond them.

A key stored in the database is only as good as the rules that made it: a change to `name_key` or to
the search normaliser needs a migration that recomputes the stored keys (tests/test_name_keys.py and
tests/test_migration_fixtures.py fail until there is one).
"""

from __future__ import annotations

import unicodedata

from thabat.storage.search_text import normalise


class _FormatDropped(dict):
    """A `str.translate` table deleting invisible format characters (category Cf), filled as met:
    one pass in C instead of a category lookup per letter in Python."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = self[code] = None if unicodedata.category(char) == "Cf" else char
        return kept


_WITHOUT_FORMAT = _FormatDropped()


def name_key(text: str) -> str:
    """The form a name is compared in: NFKC, the search's normalisation, casefolded, spaces collapsed.

    Invisible format characters (bidi marks, zero-width joiners) are dropped: pasted names carry them.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_WITHOUT_FORMAT)
    return " ".join(normalise(text).casefold().split())
