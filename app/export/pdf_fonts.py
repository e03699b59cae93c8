"""The fonts Qt embeds in a PDF, opened for two changes: their text map, and added glyph copies.

Qt writes each font as a Type0 font over a subset TrueType program (FontFile2), glyph ids used
directly as character codes (Identity), with a ToUnicode map saying what each glyph copies as.
A copy of a glyph can be drawn shifted (its outline moved by whole font units) and copy as other
text; it is added at the end of the subset, with the same width.
"""

from __future__ import annotations

import copy
import io
import logging
import re
from dataclasses import dataclass, field

import pikepdf
from fontTools.ttLib import TTFont

# Qt's subsets carry zero timestamps, which fontTools reports on every read.
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)

_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")


def read_to_unicode(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap's glyph → text entries (bfrange and bfchar)."""
    entries: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, target in _RANGE.findall(block):
            start, end = int(first, 16), int(last, 16)
            if target.startswith(b"["):
                for offset, text in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                    entries[start + offset] = _utf16(text)
            else:
                text = _utf16(target[1:-1])
                for offset in range(end - start + 1):
                    entries[start + offset] = text[:-1] + chr(ord(text[-1]) + offset) if text else ""
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in _CHAR.findall(block):
            entries[int(code, 16)] = _utf16(text)
    return entries


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def write_to_unicode(entries: dict[int, str]) -> bytes:
    """A ToUnicode CMap of bfchar entries (at most 100 a block, as the format asks)."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    ]
    items = sorted((code, text) for code, text in entries.items() if text)
    for start in range(0, len(items), 100):
        block = items[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")


def _widths(descendant: pikepdf.Dictionary) -> dict[int, float]:
    """A CID font's /W array as glyph → width (thousandths of an em)."""
    out: dict[int, float] = {}
    array = list(descendant.get("/W", []))
    index = 0
    while index + 1 < len(array):
        first = int(array[index])
        if isinstance(array[index + 1], pikepdf.Array):
            for offset, width in enumerate(array[index + 1]):
                out[first + offset] = float(width)
            index += 2
        else:
            for cid in range(first, int(array[index + 1]) + 1):
                out[cid] = float(array[index + 2])
            index += 3
    return out


@dataclass
class EmbeddedFont:
    """One embedded font: what its glyphs copy as, their widths, and the copies asked for so far."""

    dictionary: pikepdf.Dictionary
    text: dict[int, str]
    widths: dict[int, float]
    default_width: float
    copies: dict[tuple[int, int, int, str, bool], int] = field(default_factory=dict)
    _program: TTFont | None = None

    @classmethod
    def of(cls, font: pikepdf.Object) -> "EmbeddedFont | None":
        """The font, if it is a Type0 TrueType font with a text map (all of Qt's are)."""
        if font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font or "/DescendantFonts" not in font:
            return None
        descendant = font.DescendantFonts[0]
        if "/FontFile2" not in descendant.get("/FontDescriptor", {}):
            return None
        if descendant.get("/CIDToGIDMap", pikepdf.Name.Identity) != pikepdf.Name.Identity:
            return None
        return cls(font, read_to_unicode(font.ToUnicode.read_bytes()), _widths(descendant),
                   float(descendant.get("/DW", 1000)))

    @property
    def program(self) -> TTFont:
        if self._program is None:
            data = self.dictionary.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
            # Without recalculating bounding boxes fontTools leaves the glyphs it did not touch as
            # they are, instead of recompiling every one of them.
            self._program = TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False)
        return self._program

    @property
    def units_per_em(self) -> int:
        return self.program["head"].unitsPerEm

    def width(self, gid: int) -> float:
        return self.widths.get(gid, self.default_width)

    def centre(self, gid: int) -> float:
        """The middle of the glyph's outline across, in font units from its origin."""
        glyph = self.program["glyf"][self.program.getGlyphOrder()[gid]]
        return (glyph.xMin + glyph.xMax) / 2 if glyph.numberOfContours else 0.0

    def copy_of(self, gid: int, right: int, up: int, text: str, to_baseline: bool = False) -> int:
        """A glyph drawn like `gid` moved by (`right`, `up`) font units, that copies as `text`.

        `to_baseline` adds one lone point on the baseline to the outline: it draws nothing, but
        stretches the glyph's box down (or up) to the baseline, where readers look for a line.
        """
        if right == up == 0 and text == self.text.get(gid) and not to_baseline:
            return gid
        key = (gid, right, up, text, to_baseline)
        if key not in self.copies:
            self.copies[key] = self.program["maxp"].numGlyphs + len(self.copies)
        return self.copies[key]

    def save(self, text: dict[int, str]) -> None:
        """Write `text` as the text map (with the copies' text), and the copies into the font."""
        entries = dict(text)
        if self.copies:
            entries.update(self._add_copies())
        self.dictionary.ToUnicode.write(write_to_unicode(entries))

    def _add_copies(self) -> dict[int, str]:
        program, descendant = self.program, self.dictionary.DescendantFonts[0]
        order = list(program.getGlyphOrder())
        glyf, hmtx = program["glyf"], program["hmtx"]
        copies = sorted(self.copies.items(), key=lambda item: item[1])
        for (gid, right, up, _text, to_baseline), new_gid in copies:
            glyph = copy.deepcopy(glyf[order[gid]])
            if glyph.numberOfContours > 0:
                glyph.coordinates.translate((right, up))
                if to_baseline and not glyph.yMin + up <= 0 <= glyph.yMax + up:
                    glyph.coordinates.append((glyph.xMin + right, 0))
                    glyph.flags.append(1)  # on the curve
                    glyph.endPtsOfContours.append(len(glyph.coordinates) - 1)
                    glyph.numberOfContours += 1
                glyph.recalcBounds(glyf)
            name = f"copy{new_gid}"
            order.append(name)
            glyf.glyphs[name] = glyph
            hmtx[name] = (hmtx[order[gid]][0], getattr(glyph, "xMin", 0))
        program.setGlyphOrder(order)
        glyf.glyphOrder = order
        out = io.BytesIO()
        program.save(out)
        stream = descendant.FontDescriptor.FontFile2
        stream.write(out.getvalue())  # qpdf compresses it again on saving
        stream.Length1 = len(out.getvalue())
        first = copies[0][1]
        descendant.W = pikepdf.Array([*descendant.get("/W", []), first, [self.width(gid) for (gid, *_), _ in copies]])
        _extend_cid_set(descendant.FontDescriptor, first + len(copies))
        return {new_gid: text for (_gid, _right, _up, text, _baseline), new_gid in copies}


def _extend_cid_set(descriptor: pikepdf.Dictionary, count: int) -> None:
    """Mark the added glyphs as present in the font's CIDSet (checked by PDF/A validators)."""
    if "/CIDSet" not in descriptor:
        return
    bits = bytearray(descriptor.CIDSet.read_bytes())
    bits.extend(b"\0" * max(0, (count + 7) // 8 - len(bits)))
    for cid in range(count):
        bits[cid // 8] |= 0x80 >> (cid % 8)
    descriptor.CIDSet.write(bytes(bits))
