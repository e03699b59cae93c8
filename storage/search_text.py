"""Text normalisation for search: the same rule before indexing and before querying.

SQLite's `unicode61` tokenizer splits Arabic words at diacritics and does not fold hamza forms or
taa marbuta, so the index holds text already normalised here (pure Python, no Qt):
tashkeel and tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; case folded; Latin accents removed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TASHKEEL = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
_TATWEEL = "\u0640"
_DROP = {ord(c): None for c in _TASHKEEL + _TATWEEL}
_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0640]+")
"""A word as the user sees it, diacritics included (Python's \\w leaves combining marks out)."""


def normalise(text: str) -> str:
    """The searchable form of `text`: what is indexed, and what a query is compared with."""
    text = text.translate(_DROP).translate(_UNIFY).casefold()
    if text.isascii():
        return text
    # NFKD splits "é" into "e" + a combining accent; dropping the marks leaves the base letters.
    # (Arabic hamza forms were unified above, before NFKD could split them into alef + hamza mark.)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).translate(_DROP).translate(_UNIFY)


_ARTICLES = ("وال", "بال", "فال", "كال", "ال", "لل")
"""The definite article and the particles that fuse with it: "مقابلة" should find "المقابلة"."""


def forms(word: str) -> tuple[str, ...]:
    """A normalised word, and the same word without a leading definite article (if it has one)."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word, word[len(article):]
    return (word,)


def index_text(text: str) -> str:
    """What goes into the index: the normalised text, then the article-less forms of its words."""
    normalised = normalise(text)
    extra = [form for word in WORD.findall(normalised) for form in forms(word)[1:]]
    return normalised + ("\n" + " ".join(extra) if extra else "")


def word_matches(word: str, query_terms: "list[str] | tuple[str, ...]") -> bool:
    """Whether a word of the original text matches the query, by the index's prefix rule."""
    return _word_matches(word, tuple(query_terms))


@lru_cache(maxsize=65536)
def _word_matches(word: str, query_terms: tuple[str, ...]) -> bool:
    # Snippets test the words of every hit; a journal's vocabulary is small, so each word is
    # normalised and compared once per query instead of once per hit (see README, Performance).
    return any(form.startswith(term) for form in forms(normalise(word)) for term in query_terms)


def terms(query: str, limit: int = 32) -> list[str]:
    """The normalised words of a user's query, without any search syntax; at most `limit` words."""
    found: list[str] = []
    for word in WORD.findall(normalise(query)):
        word = word.strip("_")
        for part in word.split("_"):  # the tokenizer treats "_" as a separator
            if part and part not in found:
                found.append(part)
    return found[:limit]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word a quoted prefix, all of them required; None if no words.

    Quoting each word turns `"`, `*`, `(`, `NEAR`, `AND`, `-` and `:` into plain text, so no user
    input can make the query fail.
    """
    words = terms(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
