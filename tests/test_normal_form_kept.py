"""The fast normaliser (one `translate` per text, for the big CSV import) gives exactly the normal form
that the rules give applied one after another: stored name keys and the search index stay valid
without a migration or a re-index (FORMAT unchanged).

The reference below is the normal form as it was written before it was made fast: pass after pass,
with pyarabic's own functions. Random texts are drawn from every kind of character the rules touch.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from pyarabic import araby

from thabat.storage import search_text
from thabat.storage.name_key import name_key

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ي"})
_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})


def reference_before_alef(text: str) -> str:
    text = unicodedata.normalize("NFKC", _MARKS.sub("", text))
    text = araby.strip_tatweel(araby.strip_tashkeel(text))
    text = _MARKS.sub("", text).translate(_DIGITS).translate(_LETTERS).translate(_SEATS).casefold()
    if text.isascii():
        return text
    return "".join(c if "\u0600" <= c <= "\u06ff" else
                   "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
                   for c in text)


def reference_normalise(text: str) -> str:
    text = reference_before_alef(text)
    if text.isascii():
        return text
    return araby.normalize_alef(araby.normalize_teh(text))


def reference_name_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(reference_normalise(text).casefold().split())


# Every kind of character a rule touches: Arabic letters, marks, Quranic signs, presentation forms
# and ligatures, Persian letters and digits, accented and special-cased Latin, Greek final sigma,
# Turkish dotted I, combining accents alone, format characters (bidi marks, joiners, BOM), spaces.
POOL = (
    [chr(c) for c in range(0x0600, 0x0700)]
    + [chr(c) for c in range(0x0750, 0x0780)]
    + [chr(c) for c in range(0x08A0, 0x0900)]
    + [chr(c) for c in range(0xFB50, 0xFB50 + 120)] + [chr(c) for c in range(0xFDF0, 0xFE00)]
    + [chr(c) for c in range(0xFE70, 0xFF00)]
    + [chr(c) for c in range(0x0300, 0x0370)]
    + [chr(c) for c in range(0x00C0, 0x0250)]
    + list("ßẞİıΣσςΐﬁﬀﬃ℃№™½²ⅫＡｚ１ǅǈ") + [chr(c) for c in range(0x0390, 0x03D0)]
    + list("\u200e\u200f\u200c\u200d\u2066\u2067\u2068\u2069\u202a\u202e\ufeff\u00ad")
    + list(" \n\t_-.،؛") + list("abcXYZ0123456789") + list("أإآٱىةؤئ")
)


def random_texts(count: int, seed: int):
    chooser = random.Random(seed)
    for _ in range(count):
        yield "".join(chooser.choice(POOL) for _ in range(chooser.randint(1, 12)))


WRITTEN = ["", "Careem", "École 42", "STRASSE straße", "أسامة", "اسامه", "مسؤول مسئول", "الْعَرَبِيَّةُ",
           "العـــــربية", "٢٠٢٦ ۱۴۰۵", "ﻻ ﻷ ﺍﻟﻌﺮﺑﻴﺔ", "\u200fنون\u200e", "إلهام", "هٰذا", "ىٰ", "ٰى", "و\u0654",
           "ΣΟΦΟΣ", "İstanbul", "ﬁle ﬀ", "مقابلة جيدة مع الفريق رقم 12، وتعلمت الكثير عن interview 12"]


@pytest.mark.parametrize("text", WRITTEN)
def test_written_texts_keep_their_normal_form(text):
    assert search_text.normalise(text) == reference_normalise(text)
    assert search_text._before_alef(text) == reference_before_alef(text)
    assert name_key(text) == reference_name_key(text)


@pytest.mark.parametrize("seed", range(4))
def test_random_texts_keep_their_normal_form(seed):
    for text in random_texts(5000, seed):
        assert search_text.normalise(text) == reference_normalise(text), ascii(text)
        assert search_text._before_alef(text) == reference_before_alef(text), ascii(text)
        assert name_key(text) == reference_name_key(text), ascii(text)


def test_a_change_to_the_rules_would_be_seen():
    """The comparison can fail: a normaliser that forgot one rule (ة → ه) differs from the reference."""
    forgetful = search_text._before_alef("رسالة")
    assert forgetful != reference_normalise("رسالة") == search_text.normalise("رسالة")
