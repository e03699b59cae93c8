"""Text normalisation and light stemming for search: the same rules before indexing and before querying.

SQLite's `unicode61` tokenizer splits Arabic words at diacritics and folds neither hamza seats nor
taa marbuta, so the index holds text already normalised here (pure Python, no Qt).

The normal form (`normalise`), also used for case-insensitive name keys:
  NFKC (presentation forms and ligatures copied from a PDF become letters); tashkeel and tatweel
  removed; أ إ آ ٱ → ا; the other hamza seats ؤ ئ → ء (مسؤول and مسئول are one word); ى → ي;
  ة → ه; Persian ی ک → ي ك; Arabic-Indic and Persian digits → 0-9; case folded; Latin accents
  removed. Arabic rules come from pyarabic.

Light stemming (`stem_forms`): Arabic attaches clitics to words (بمقابلة، للفريق، فعرضهم، والرسالة).
Each word has a small set of stems from the Snowball Arabic stemmer: of the word itself, of the
word without one leading و ف ب ل ك, and of the word with the article added. Two words match when
their sets share a stem: "مقابلة" finds "بمقابلة" and "المقابلة" finds "مقابلة". The stemmer sees
the word before أ and إ are folded, so "إلهام" keeps its first two letters and is not "ال" + "هام".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import Callable, Iterable

from pyarabic import araby

FORMAT = "2"
"""The index's normal form, recorded beside it: a different value rebuilds the index at open."""

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ي"})
_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
"""Tashkeel, the small alef and tatweel: deleted (pyarabic's TASHKEEL and TATWEEL are among them)."""

WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0640]+")
"""A word as the user sees it, diacritics included (Python's \\w leaves combining marks out)."""


def _unaccented(char: str) -> str:
    # NFKD splits "é" into "e" + a combining accent; dropping the marks leaves the base letter.
    # Arabic letters are left whole: NFKD would split "إ" into alef + a hamza mark and lose the hamza.
    if "\u0600" <= char <= "\u06ff":
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def _folded_before_alef(char: str) -> str:
    """One character after NFKC, through every later rule of `_before_alef`, in their order."""
    char = _MARKS.sub("", char).translate(_DIGITS).translate(_LETTERS).translate(_SEATS).casefold()
    return "".join(_unaccented(c) for c in char)


def _folded(char: str) -> str:
    """One character after NFKC, through every later rule of `normalise`: alef and teh folded too."""
    return araby.normalize_alef(araby.normalize_teh(_folded_before_alef(char)))


class _CharTable(dict):
    """A `str.translate` table that works out each character's form the first time it is met.

    Every rule after NFKC maps one character to a fixed string whatever surrounds it, so a text is
    folded by one `translate` (in C) instead of a chain of passes and a Python loop over its letters:
    the search index and the name keys of a million-row import normalise each text in microseconds.
    The table holds every character it has met, so no lookup misses (a miss costs an exception).
    """

    def __init__(self, fold: Callable[[str], str]) -> None:
        super().__init__()
        self._fold = fold

    def __missing__(self, code: int) -> str:
        form = self[code] = self._fold(chr(code))
        return form


_BEFORE_ALEF = _CharTable(_folded_before_alef)
_NORMAL = _CharTable(_folded)


def _before_alef(text: str) -> str:
    """Every rule of the normal form except the folding of أ إ آ ٱ and of ة (the stemmer needs them)."""
    if text.isascii():
        return text.lower()  # what every rule comes to for ASCII
    # Marks go before NFKC too: a stray hamza mark after و would otherwise compose into ؤ.
    return unicodedata.normalize("NFKC", _MARKS.sub("", text)).translate(_BEFORE_ALEF)


def normalise(text: str) -> str:
    """The searchable form of `text`: what is indexed, and what a query is compared with."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", _MARKS.sub("", text)).translate(_NORMAL)




@cache
def _arabic_stemmer():
    """Snowball's Arabic stemmer, imported when a word is first stemmed (a save, a search): the package
    loads the stemmers of all its 37 languages (5.4 MB), which an idle window never uses."""
    import snowballstemmer

    return snowballstemmer.stemmer("arabic")


_CLITICS = "وفبلك"
_ARTICLE = "ال"


@lru_cache(maxsize=65536)
def stem_forms(word: str) -> frozenset[str]:
    """The light stems of one word (see the module's docstring); words match when these sets meet."""
    word = _before_alef(word)
    if not word or word.isascii():
        return frozenset((word,)) if word else frozenset()
    candidates = [word]
    if word[0] in _CLITICS and len(word) > 4:
        candidates.append(word[1:])
    if not word.startswith(_ARTICLE) and word[0] not in "أإآ":
        candidates.append(_ARTICLE + word)
    stemmer = _arabic_stemmer()
    return frozenset(normalise(stemmer.stemWord(candidate)) for candidate in candidates)


def _words(text: str) -> list[str]:
    """The words of `text` as the tokenizer sees them ("_" separates, as in unicode61)."""
    words = WORD.findall(text)
    if "_" not in text:
        return words
    return [part for word in words for part in word.split("_") if part]


def index_text(text: str) -> str:
    """What goes into the index's `text` column: the normalised text."""
    return normalise(text)


def index_stems(text: str) -> str:
    """What goes into the index's `stems` column: every light stem of every word, once."""
    return " ".join(dict.fromkeys(_stems(text)))


def document_text(title: str, original: str, tags: tuple[str, ...] = ()) -> str:
    """`index_text` of a document's indexed text (its title, its text and its tags, a line each), worked
    out part by part.

    No rule reaches across a line break (NFKC composes nothing with it, and every later rule maps one
    character at a time), so the parts' forms joined are the whole's. Titles and tags repeat (a company
    and role, a tag on many entries): their forms are remembered, so a big import works out only the notes.
    """
    return "\n".join((_remembered_normal(title), normalise(original), *map(_remembered_normal, tags)))


def document_stems(title: str, original: str, tags: tuple[str, ...] = ()) -> str:
    """`index_stems` of the same text, part by part: no word spans a line break, so the stems of the
    parts, in order, are the whole's; a stem is kept where it first comes, as there."""
    return " ".join(dict.fromkeys(chain(_remembered_stems(title), _stems(original), *map(_remembered_stems, tags))))


def _stems(text: str) -> Iterable[str]:
    return chain.from_iterable(map(_stems_in_order, _words(text)))


@lru_cache(maxsize=65536)
def _stems_in_order(word: str) -> tuple[str, ...]:
    """A word's stems sorted: a set of strings iterates in an order seeded per process, so the index
    would differ, byte for byte, from one process to the next."""
    return tuple(sorted(stem_forms(word)))


_remembered_normal = lru_cache(maxsize=4096)(normalise)
_remembered_stems = lru_cache(maxsize=4096)(lambda text: tuple(dict.fromkeys(_stems(text))))


@dataclass(frozen=True)
class Term:
    """One word of a query: its normal form (matched as a word prefix) and its light stems."""

    word: str
    stems: frozenset[str]


def terms(query: str, limit: int = 32) -> list[Term]:
    """The words of a user's query, without any search syntax; at most `limit` words."""
    found: dict[str, Term] = {}
    for raw in _words(query):
        word = normalise(raw)
        if word and word not in found:
            found[word] = Term(word, frozenset(s for s in stem_forms(raw) if s))
    return list(found.values())[:limit]


def word_matches(word: str, query_terms: "list[Term] | tuple[Term, ...]") -> bool:
    """Whether a word of the original text matches the query, by the index's own rule."""
    return _word_matches(word, tuple(query_terms))


@lru_cache(maxsize=65536)
def _word_matches(word: str, query_terms: tuple[Term, ...]) -> bool:
    # Snippets test the words of every hit; a journal's vocabulary is small, so each word is
    # normalised and compared once per query instead of once per hit (see README, Performance).
    normal = normalise(word)
    return any(normal.startswith(term.word) or (not _plain(term) and not term.stems.isdisjoint(stem_forms(word)))
               for term in query_terms)


def exact_word_matches(word: str, query_terms: "list[Term] | tuple[Term, ...]") -> bool:
    """Whether a word matches the query as typed (its normal form as a prefix), without stemming."""
    normal = normalise(word)
    return any(normal.startswith(term.word) for term in query_terms)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: each word as a prefix of a written word or as one of its stems, all required.

    None if the query has no words. Quoting each word turns `"`, `*`, `(`, `NEAR`, `AND`, `-` and
    `:` into plain text, so no user input can make the query fail.
    """
    words = terms(query)
    if not words:
        return None
    parts = []
    for term in words:
        stems = " OR ".join(_quoted(stem) for stem in sorted(term.stems))
        if _plain(term):
            parts.append(f"text : {_quoted(term.word)}*")
        else:
            parts.append(f"(text : {_quoted(term.word)}* OR stems : ({stems}))")
    return " AND ".join(parts)


def _plain(term: Term) -> bool:
    # A Latin word (or a number) is its own only stem: its stem can only match where its prefix
    # already does, so the stems add nothing but work.
    return term.word.isascii() and term.stems <= {term.word}


def exact_expression(query: str) -> str | None:
    """The same query without stems, so documents holding every word as written can rank first.

    None when stems could not add a hit (every word Latin or a number): nothing to rank apart.
    """
    words = terms(query)
    if not words or all(_plain(term) for term in words):
        return None
    return " AND ".join(f"text : {_quoted(term.word)}*" for term in words)
