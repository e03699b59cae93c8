"""A document's search text worked out part by part (its title, its text, each tag; the titles and tags
remembered, as they repeat) is exactly the text worked out whole: the index a big import writes is the
one a rebuild makes (issue 13, "Scale")."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from thabat.storage.search_text import document_stems, document_text, index_stems, index_text

# Letters whose forms change (hamza seats, taa marbuta, digits, accents, case, ligatures, full-width),
# marks that compose or are dropped, "_" that splits words, and line breaks like the ones between parts.
ALPHABET = ("أإآٱؤئىةیکبمقالفريه٠١٢۳"  "\u064b\u0650\u0651\u0670\u0640\u0654\u0655"
            "aZéÉßİ\u0301\u0327ﻻﷲﬁＡ１_- \n\t.،؛\u200f\u200c")
part = st.text(alphabet=ALPHABET, max_size=24)


@settings(max_examples=300, deadline=None)
@given(title=part, original=part, tags=st.lists(part, max_size=3))
def test_a_document_worked_out_part_by_part_is_the_document_worked_out_whole(title, original, tags):
    whole = title + "\n" + original + "".join("\n" + tag for tag in tags)
    assert document_text(title, original, tuple(tags)) == index_text(whole)
    assert document_stems(title, original, tuple(tags)) == index_stems(whole)


def test_known_documents_part_by_part():
    title, original = "أرامكو السعودية — محلل بيانات", "مقابلةٌ جيدة مع الفريق، وتعلّمت الكثير عن interview_round 42"
    whole = title + "\n" + original + "\nمقابلة"
    assert document_text(title, original, ("مقابلة",)) == index_text(whole)
    assert document_stems(title, original, ("مقابلة",)) == index_stems(whole)


def test_the_stems_column_is_the_same_whatever_the_hash_seed():
    """A word's stems are a set; the index lists them sorted, so a journal's index is the same bytes from one
    process to the next (Python orders a set of strings by a hash seeded per process)."""
    import os
    import subprocess
    import sys

    script = ("from thabat.storage.search_text import document_stems, index_stems\n"
              "text = 'بمقابلة والفريق فعرضهم للرسالة المقابلة'\n"
              "print(index_stems(text)); print(document_stems('والفريق', text, ('بمقابلة',)))")
    outputs = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("0", "1", "2", "3")}
    assert len(outputs) == 1
