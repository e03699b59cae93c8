"""Which text encoding a spreadsheet file was saved in.

Sure answers come from a byte-order mark (UTF-8, UTF-16 and UTF-32 as spreadsheets save "Unicode
text"), or from the whole file being valid UTF-8: text in another encoding with any letter beyond
ASCII is almost never valid UTF-8. Otherwise charset-normalizer judges a sample. When the file is
UTF-8 but for a few broken bytes, or equally good guesses would read it differently, nothing is
guessed: `EncodingUnsure` names the choices and the user picks one (`--encoding`, or the import
dialog's encoding list).
"""

from __future__ import annotations

import codecs
import os

from thabat.app.errors import QT_TRANSLATE_NOOP, Message, UserError

CHUNK = 1 << 20
SAMPLE = 1 << 20
# Byte-order marks, longest first: UTF-32 LE starts with UTF-16 LE's mark.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Offered after the detected candidates: what spreadsheets in Arabic and English locales save.
COMMON = ("utf-8", "cp1256", "utf-16", "iso8859-6", "cp1252")
# A file is UTF-8 with damage, not another encoding, when valid multi-byte letters outnumber the
# broken bytes this many times (Windows-1256 Arabic read as UTF-8 is nearly all broken bytes).
MOSTLY_UTF8 = 10


class CsvError(UserError):
    """A spreadsheet that cannot be imported at all (empty, no header row, not text)."""


class EncodingUnsure(CsvError):
    """The file's encoding cannot be told for sure; `choices` lists the likely ones, best first."""

    def __init__(self, message: str, choices: tuple[str, ...]) -> None:
        super().__init__(message)
        self.choices = choices


def canonical(name: str) -> str:
    """Python's name for an encoding ("windows-1256" → "cp1256"); CsvError when unknown."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Unknown encoding: %1"), name)) from None


def detect_encoding(path: str | os.PathLike) -> str:
    """The encoding to read `path` with; EncodingUnsure or CsvError (not text) when it cannot be said."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    marked = next((encoding for mark, encoding in BOMS if head.startswith(mark)), None)
    if marked in ("utf-32", "utf-16"):
        return marked  # decoding errors, if any, are reported with their line when the file is read
    broken, letters, line = _utf8_damage(path)
    if not broken:
        return "utf-8-sig"
    sample = b""
    if marked is None:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE)
    candidates = _legacy_candidates(sample) if sample else []
    if letters >= MOSTLY_UTF8 * broken or marked:
        raise EncodingUnsure(
            Message(QT_TRANSLATE_NOOP("Errors", "This file looks like UTF-8 text, but line %1 has bytes that are not UTF-8. "
                                "Choose its encoding."), str(line)),
            _choices(["utf-8", *candidates]))
    if not candidates:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "The file is not a spreadsheet saved as text (CSV)."))
    if len(candidates) == 1:
        return candidates[0]
    raise EncodingUnsure(QT_TRANSLATE_NOOP("Errors", "The encoding of this file is not certain. Choose its encoding."),
                         _choices(candidates))


def _choices(first: list[str]) -> tuple[str, ...]:
    ordered: list[str] = []
    for name in (*first, *COMMON):
        name = canonical(name)
        if name not in ordered:
            ordered.append(name)
    return tuple(ordered)


def _utf8_damage(path: str | os.PathLike) -> tuple[int, int, int]:
    """(broken bytes, valid non-ASCII letters, line of the first broken byte) of the file read as UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    lines = 1
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return _count_damage(path, lines + chunk.count(b"\n", 0, error.start))
            lines += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _count_damage(path, lines)
    return 0, 0, 0


def _count_damage(path: str | os.PathLike, first_line: int) -> tuple[int, int, int]:
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    broken = letters = 0
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            broken += text.count("\ufffd")
            letters += sum(1 for char in text if char > "\x7f") - text.count("\ufffd")
            if not chunk:
                return broken, letters, first_line


def _legacy_candidates(sample: bytes) -> list[str]:
    """Encodings that read the sample best, one per distinct reading; empty when it is not text."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return []
    best = matches[0]
    readings: dict[str, str] = {}
    for match in matches:
        # Equally good readings only: a noticeably messier or less coherent one is no real contender.
        if match.chaos <= best.chaos + 0.05 and match.coherence >= best.coherence - 0.05:
            readings.setdefault(str(match), canonical(match.encoding))
    return list(readings.values())
