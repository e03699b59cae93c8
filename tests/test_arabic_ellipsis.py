"""An Arabic label that opens a dialog ends with an Arabic word before its "…".

In a right-to-left line the dots go to the line's far left end; after a Latin word ("تصدير الكل بصيغة
vCard…") they sit before that word ("…vCard") and the label reads as one Qt cut short. After an Arabic
word they read as they should."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.test_translations import ARABIC

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def test_arabic_labels_end_with_an_arabic_word_before_their_dots():
    tree = ET.parse(ARABIC)
    wrong = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        for text in texts:
            if text.endswith("…") and not ARABIC_LETTER.match(text.rstrip("…").rstrip()[-1:] or " "):
                wrong.append(text)
    assert wrong == []
