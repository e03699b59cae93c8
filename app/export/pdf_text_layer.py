"""Making the Arabic that Qt writes into a PDF copy out whole, without changing how a page looks.

Qt's PDF writer draws each run of text as one block (BT … ET) in which every glyph is placed on
its own, relative to the one before (`dx dy Td <gid> Tj`), in logical order. Readers (pdfium,
poppler) rebuild a line from where the glyphs stand, then turn right-to-left runs around. Three
things then came out wrong; each is fixed with copies of glyphs (pdf_fonts.EmbeddedFont) that
are drawn exactly like the originals but stand or read differently:

- A haraka has no width and its origin lies right of its letter's, so it was read before its
  letter ("حوا ًرا" for "حوارًا"). Each mark now stands just left of its letter, on its baseline,
  its outline moved back by exactly as much: it is drawn where it was and read after the letter.
  (The copy also reaches down to the baseline with one lone point that draws nothing: pdfium
  starts a new line at a glyph whose box does not meet its neighbour's.)
- On a lam-alef ligature a mark on the lam could only be read after the alef ("لاً" for "لًا"):
  such a ligature reads as the lam, and its last lam mark as that mark and the alef.
- poppler reads full stops, commas, colons, hyphens and slashes as part of numbers, and gives a
  space between Arabic and a Latin word to the Latin side, so in right-to-left text it moved them
  ("بذلك .أجمل", "عن Djangoصباح"). There they read between two right-to-left marks (U+200F),
  which no reader shows and which keep a haraka before them in place in pdfium too.

The text map also had the space glyph as a tab (the font maps both to one glyph) and harakat
ligatures as isolated forms that normalise to a space and the marks; both are rewritten.
Brackets and quotes are left alone: pdfium mirrors them back and poppler does not, so no one
reading suits both.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Callable, Iterable

import pikepdf

from thabat.app.export.atomic import ExportCancelled
from thabat.app.export.pdf_fonts import EmbeddedFont

ARABIC_LETTERS = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]")
LAM = "\u0644"
RLM = "\u200f"
NUMBER_PUNCTUATION = frozenset(".,:-/\u060c")
"""Separators poppler classes with digits (left to right) even between Arabic words."""
MARK_GAP = 0.02
"""How far left of its letter's origin each further mark on it stands, in ems."""
SHIFT_STEP = 4
"""Outline shifts are rounded up to this many font units, so that marks share a few copies."""

_RUN_OPENING = re.compile(rb"BT(?<![^\n]BT)\n/(?P<font>[^\s/]+) (?P<size>[-\d.]+) Tf (?P<tm>[-\d. ]+) Tm\n")
"""A run's opening lines, BT at the start of a line. The pattern begins with its text rather than with
`^`, which made the search try every byte of every page (a quarter of a second on five years)."""
_GLYPHS = re.compile(rb"(?:-?[\d.]+ -?[\d.]+ Td <[0-9A-F]{4}> Tj\n)*")
"""A run as Qt's PDF writer draws it: a font and a matrix, then each glyph placed on its own."""


def readable(text: str) -> str:
    """What a glyph should copy as: a space for the tab the font shares its glyph with, and bare
    harakat for their isolated-form ligatures (which normalise to a space and the marks)."""
    if text == "\t":
        return " "
    if len(text) == 1:
        normal = unicodedata.normalize("NFKC", text)
        if len(normal) > 1 and normal[0] == " " and all(unicodedata.category(c) == "Mn" for c in normal[1:]):
            return normal[1:]
    return text


def is_arabic_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) == "Mn" and "\u0610" <= c <= "\u06ff" for c in text)


def right_to_left_reading(text: str) -> str | None:
    """What a glyph written in a right-to-left run should read as, when not as itself."""
    if text in NUMBER_PUNCTUATION:
        # A mark on either side: poppler needs one before it (readers turn a glyph's characters
        # around with the run), pdfium one after it, or a haraka on the letter before it
        # follows the separator ("كاف.ٍ").
        return RLM + text + RLM
    if text == " ":
        # poppler gives a space beside a Latin word to the Latin side ("عن Djangoصباح"); pdfium
        # reads no space glyph at all (it puts spaces where it sees gaps).
        return RLM + text + RLM
    return None


class _Roles:
    """A font's glyphs by the part they play here, as the content stream writes them (hex)."""

    def __init__(self, font: EmbeddedFont) -> None:
        self.font = font
        self.text = {gid: readable(text) for gid, text in font.text.items()}
        self.marks = frozenset(b"%04X" % gid for gid, text in self.text.items()
                               if is_arabic_mark(text) and font.width(gid) == 0)
        self.letters = frozenset(b"%04X" % gid for gid, text in self.text.items()
                                 if ARABIC_LETTERS.search(unicodedata.normalize("NFKC", text)))
        self.turned = {b"%04X" % gid: reading for gid, text in self.text.items()
                       if (reading := right_to_left_reading(text)) is not None}
        self.spaces = frozenset(b"%04X" % gid for gid, text in self.text.items() if text == " ")
        self._turned_copies: dict[bytes, bytes] = {}
        self._scales: dict[bytes, float | None] = {}
        self.work_pattern = _shown(self.marks | set(self.turned))

    def upright_scale(self, matrix: bytes) -> float | None:
        """The text matrix's scale, if it is upright and unmirrored (Qt writes no other)."""
        if matrix not in self._scales:
            values = [float(value) for value in matrix.split()]
            upright = len(values) == 6 and values[0] > 0 and values[1] == values[2] == 0
            self._scales[matrix] = values[0] if upright else None
        return self._scales[matrix]

    def turned_copy(self, code: bytes) -> bytes:
        """The code of the copy of glyph `code` that reads as it should in a right-to-left run."""
        if code not in self._turned_copies:
            self._turned_copies[code] = b"%04X" % self.font.copy_of(int(code, 16), 0, 0, self.turned[code])
        return self._turned_copies[code]

    def save(self) -> None:
        self.font.save(self.text)


def _shown(codes: Iterable[bytes]) -> re.Pattern[bytes]:
    """A pattern finding any of the glyphs `codes` drawn in a run (one that finds nothing if none)."""
    alternatives = b"|".join(sorted(codes)) or b"(?!)"
    return re.compile(rb"<(?:%s)> Tj" % alternatives)


@dataclass
class _Glyph:
    gid: int
    x: float
    y: float


def repair_text_layer(path: Path, cancelled: Callable[[], bool] | None = None,
                      also: Callable[[pikepdf.Pdf], None] | None = None) -> None:
    """Rewrite the text layer of the PDF at `path` in place (see the module's docstring).

    `also` makes its own changes to the open PDF before it is saved: opening and saving the five-year
    demo's PDF again for them cost about a tenth of a second."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        fonts: dict[tuple[int, int], _Roles | None] = {}
        for page in pdf.pages:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            by_name = {}
            for name, font in page.obj.get("/Resources", {}).get("/Font", {}).items():
                if font.objgen not in fonts:
                    embedded = EmbeddedFont.of(font)
                    fonts[font.objgen] = _Roles(embedded) if embedded is not None else None
                if fonts[font.objgen] is not None:
                    by_name[str(name)[1:].encode()] = fonts[font.objgen]
            rewritten = _rewrite(page.Contents.read_bytes(), by_name) if "/Contents" in page.obj else None
            if rewritten is not None:
                page.Contents.write(rewritten)
        for roles in fonts.values():
            if roles is not None:
                roles.save()
        if also is not None:
            also(pdf)
        pdf.save(path)


def _rewrite(content: bytes, fonts: dict[bytes, _Roles]) -> bytes | None:
    """The page's content with its right-to-left runs made readable; None when nothing changed.

    Runs are found by their opening lines alone, and a run's direction by whether its glyphs
    advance leftwards (a line after the first starting with "-"); only the runs that draw a mark,
    a separator or a space are read further.
    """
    runs = []
    for opening in _RUN_OPENING.finditer(content):
        start = opening.end()
        end = content.find(b"ET", start)
        end = end if end >= 0 else len(content)
        runs.append((opening, start, end, content.find(b"\n-", start, end) >= 0))
    edits: list[tuple[int, int, bytes]] = []
    for index, (opening, start, end, leftwards) in enumerate(runs):
        roles = fonts.get(opening.group("font"))
        if roles is None or roles.work_pattern.search(content, start, end) is None:
            continue
        if not leftwards:
            # A left-to-right run keeps its punctuation, and Latin text is drawn with the Arabic
            # font's space between its words; but a space on its own beside a right-to-left run (Qt
            # draws a line's runs from left to right) sits between Arabic and a Latin word, in
            # right-to-left text. A run of one glyph cannot tell: its letters or marks decide below.
            if content.count(b"\n", start, end) != 1:
                continue
            beside = (index > 0 and runs[index - 1][3]) or (index + 1 < len(runs) and runs[index + 1][3])
            if content[end - 9:end - 5] in roles.spaces and not beside:
                continue
        scale = roles.upright_scale(opening.group("tm"))
        glyphs = content[start:end]
        if scale is None or not _GLYPHS.fullmatch(glyphs):
            continue  # not the way Qt writes: leave it be
        replacement = _rewrite_run(glyphs, roles, float(opening.group("size")) * scale)
        if replacement is not None:
            edits.append((start, end, replacement))
    if not edits:
        return None
    out, last = [], 0
    for start, end, replacement in edits:
        out += [content[last:start], replacement]
        last = end
    out.append(content[last:])
    return b"".join(out)


def _rewrite_run(glyphs: bytes, roles: _Roles, size: float) -> bytes | None:
    """One right-to-left run's glyph operations (or a one-glyph run's), readable; None if unchanged.

    Each operation moves relative to the one before, so only a letter, its marks and the glyph
    after them are read and written again.
    """
    lines = glyphs.split(b"\n")
    count = len(lines) - 1  # the run ends with a newline
    codes = [line[-8:-4] for line in lines[:count]]
    if count == 1 and codes[0] not in roles.spaces and codes[0] not in roles.letters:
        return None  # a separator alone: its direction is unknown
    changed = False
    for index, code in enumerate(codes):
        if code in roles.turned:
            lines[index] = lines[index][:-8] + roles.turned_copy(code) + lines[index][-4:]
            changed = True
    index = 1
    while index < count:
        if codes[index] not in roles.marks:
            index += 1
            continue
        base, end = index - 1, index
        while end < count and codes[end] in roles.marks:
            end += 1
        index = end
        if codes[base] not in roles.letters:
            continue
        cluster = [_operation(line) for line in lines[base:end]]
        xs = [0.0, *accumulate(dx for dx, _dy, _gid in cluster[1:])]
        ys = [0.0, *accumulate(dy for _dx, dy, _gid in cluster[1:])]
        placed = _place_marks([_Glyph(gid, x, y) for (_dx, _dy, gid), x, y in zip(cluster, xs, ys)], roles, size)
        lines[base] = _td(cluster[0][0], cluster[0][1], placed[0].gid)
        for k in range(1, len(placed)):
            lines[base + k] = _td(placed[k].x - placed[k - 1].x, placed[k].y - placed[k - 1].y, placed[k].gid)
        if end < count:
            dx, dy, gid = _operation(lines[end])
            lines[end] = _td(xs[-1] + dx - placed[-1].x, ys[-1] + dy - placed[-1].y, gid)
        changed = True
    return b"\n".join(lines) if changed else None


def _place_marks(cluster: list[_Glyph], roles: _Roles, size: float) -> list[_Glyph]:
    """A letter and its marks, the marks standing just left of it on its baseline, in reading order."""
    font = roles.font
    base, marks = cluster[0], list(range(1, len(cluster)))
    per_unit = size / font.units_per_em
    placed = list(cluster)
    letters = unicodedata.normalize("NFKC", roles.text.get(base.gid, ""))
    carries_alef = None
    if len(letters) == 2 and letters[0] == LAM and ARABIC_LETTERS.fullmatch(letters[1]):
        # A lam-alef ligature, its lam on the right: a mark whose middle lies right of the
        # ligature's middle sits on the lam, and is read between the two letters.
        middle = base.x + font.centre(base.gid) * per_unit
        on_lam = [i for i in marks if cluster[i].x + font.centre(cluster[i].gid) * per_unit > middle]
        if on_lam:
            marks = on_lam + [i for i in marks if i not in on_lam]
            carries_alef = on_lam[-1]
            placed[0] = _Glyph(font.copy_of(base.gid, 0, 0, LAM), base.x, base.y)
    for order, index in enumerate(marks, start=1):
        mark = cluster[index]
        target = base.x - order * MARK_GAP * size
        right = math.ceil((mark.x - target) / per_unit / SHIFT_STEP) * SHIFT_STEP
        up = round((mark.y - base.y) / per_unit)
        text = roles.text[mark.gid]
        if index == carries_alef:
            text = letters[1] + text  # turned around with the run, it reads mark, then alef
        placed[index] = _Glyph(font.copy_of(mark.gid, right, up, text, to_baseline=True), mark.x - right * per_unit,
                               mark.y - up * per_unit)
    return placed


def _operation(line: bytes) -> tuple[float, float, int]:
    dx, dy, _move, gid, _show = line.split(b" ")
    return float(dx), float(dy), int(gid[1:-1], 16)


def _td(dx: float, dy: float, gid: int) -> bytes:
    return b"%s %s Td <%04X> Tj" % (_number(dx), _number(dy), gid)


def _number(value: float) -> bytes:
    return (b"%.6f" % value).rstrip(b"0").rstrip(b".") or b"0"
