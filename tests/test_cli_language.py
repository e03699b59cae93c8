"""`thabat --lang ar` speaks Arabic: its --help, argparse's own words and its messages."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from thabat.app.cli import main

ALLOWED = ("thabat COMMAND FILE DIR FORMAT QUERY SEED YEARS LIMIT YYYY MM DD THABAT DATA PDF JSON CSV PNG SVG UTF BOM "
           "backups help version data dir lang ar en from to paper a4 letter no private seed years limit today "
           "demo stats search export import backup restore pdf json csv charts doctor repair "
           "parts month company").split()  # option values typed as they are, like a4 and letter
ENGLISH_WORD = re.compile(r"\b(?!(?:" + "|".join(ALLOWED) + r")\b)[A-Za-z]{3,}\b")
"""An English word in the help: anything Latin but option names, metavars, command and format names."""


def test_help_is_arabic_with_lang_ar():
    done = subprocess.run([sys.executable, "-m", "thabat.ui.launcher", "--lang", "ar", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert "الاستخدام:" in done.stdout and "الخيارات" in done.stdout and "الأوامر" in done.stdout
    assert ENGLISH_WORD.findall(done.stdout) == []  # only option names, metavars and format names stay Latin


@pytest.mark.parametrize("command", [["export", "pdf", "--help"], ["demo", "--help"], ["backup", "--help"],
                                     ["doctor", "--help"]])
def test_sub_command_help_is_arabic(capsys, command):
    with pytest.raises(SystemExit):
        main(["--lang", "ar", *command])
    out = capsys.readouterr().out
    assert out.startswith("الاستخدام: thabat ")
    assert ENGLISH_WORD.findall(out) == []


def test_errors_are_arabic_with_lang_ar_and_english_without(capsys, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "ar", "demo", "--years", "zero"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == "thabat demo: خطأ: المعامل --years: ليس عددًا صحيحًا: 'zero'"

    target = tmp_path / "charts"
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "ar", "export", "charts", str(target),
                 "--from", "2026-13-01"]) == 2
    assert capsys.readouterr().err == "thabat: يحتاج --from إلى تاريخ بصيغة YYYY-MM-DD، لا '2026-13-01'\n"
    assert not target.exists()

    assert main(["--data-dir", str(tmp_path / "data"), "export", "charts", str(target), "--from", "2026-13-01"]) == 2
    assert capsys.readouterr().err == "thabat: --from needs a date as YYYY-MM-DD, not '2026-13-01'\n"


def test_an_export_language_after_the_command_does_not_change_the_messages(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path / "data"), "export", "charts", str(tmp_path / "c"), "--lang", "ar",
                 "--from", "x"]) == 2
    assert "needs a date" in capsys.readouterr().err
