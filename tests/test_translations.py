"""Every English source string has a finished Arabic translation, and the .ts files match the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from thabat import resources

ROOT = Path(__file__).resolve().parent.parent
ARABIC = resources.path("translations", "thabat_ar.ts")


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_arabic_translation_is_finished():
    unfinished = []
    for context, message in _messages(ARABIC):
        translation = message.find("translation")
        texts = [translation.text] if message.get("numerus") != "yes" else [f.text for f in translation]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all((t or "").strip() for t in texts):
            unfinished.append(f"{context}: {message.findtext('source')}")
    assert unfinished == [], "Arabic translations missing:\n" + "\n".join(unfinished)


def test_every_source_string_in_the_code_is_in_the_arabic_file(tmp_path):
    """Run lupdate on the code into a scratch copy: nothing new may appear."""
    scratch = tmp_path / "check_ar.ts"
    scratch.write_bytes(ARABIC.read_bytes())
    sources = sorted(str(p) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    result = subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(scratch)],
                            capture_output=True, text=True, check=True)
    assert " 0 new " in result.stdout or "(0 new" in result.stdout, result.stdout
    missing = [f"{c}: {m.findtext('source')}" for c, m in _messages(scratch)
               if m.find("translation").get("type") == "unfinished"]
    assert missing == [], "run `make update-translations` and translate:\n" + "\n".join(missing)


def test_arabic_translations_keep_their_placeholders():
    for context, message in _messages(ARABIC):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue
        for marker in ("%1", "%2", "%n"):
            assert (marker in source) == (marker in (translation.text or "")), f"{context}: {source}"


def test_no_translated_text_is_called_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr() there is never extracted, so never translated."""
    import re

    inside = re.compile(r"""f(["']).*\{(self\.tr|tr|translate|QCoreApplication\.translate)\(""")
    found = [f"{path.relative_to(ROOT)}:{number}" for folder in ("app", "ui") for path in (ROOT / folder).rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if inside.search(line)]
    assert found == []
