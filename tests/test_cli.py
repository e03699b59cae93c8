"""The command line end to end: demo, stats, data folder choice, exit codes."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import pytest

from thabat.ui.launcher import main


def test_demo_then_stats_in_the_folder_from_the_environment(isolated_data, capsys):
    assert main(["demo", "--years", "1", "--seed", "3", "--today", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    assert str(isolated_data) in out
    assert main(["stats"]) == 0
    lines = dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in capsys.readouterr().out.splitlines())
    applications = int(lines["Applications"])
    assert 300 <= applications <= 500
    assert int(lines["Rejections"]) < applications
    assert stat.S_IMODE(os.stat(isolated_data / "thabat.db").st_mode) == 0o600


def test_data_dir_flag_wins_over_the_environment(tmp_path, isolated_data, capsys):
    chosen = tmp_path / "elsewhere"
    assert main(["--data-dir", str(chosen), "stats"]) == 0
    assert (chosen / "thabat.db").exists()
    assert not (isolated_data / "thabat.db").exists()
    assert "Applications" in capsys.readouterr().out


def test_a_bad_number_exits_2_with_one_line_and_writes_nothing(isolated_data, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["demo", "--years", "zero"])
    assert raised.value.code == 2
    assert "not a whole number" in capsys.readouterr().err
    assert not isolated_data.exists()


def test_a_journal_from_a_newer_version_is_refused_on_one_line(isolated_data, capsys):
    import sqlite3

    assert main(["stats"]) == 0
    with sqlite3.connect(isolated_data / "thabat.db") as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.close()
    capsys.readouterr()
    assert main(["stats"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newer version of Thabat" in err[0]


def test_version_from_the_installed_package():
    result = subprocess.run([sys.executable, "-m", "thabat.ui.launcher", "--version"], capture_output=True, text=True,
                            check=True)
    from thabat.app import __version__

    assert result.stdout.strip() == f"thabat {__version__}"


def test_the_app_starts_without_the_commands_only_when_no_command_is_given(tmp_path):
    from thabat.app.cli import starts_the_app

    assert starts_the_app([])
    assert starts_the_app(["--data-dir", str(tmp_path), "--lang", "ar"])
    assert starts_the_app([f"--data-dir={tmp_path}", "--lang=en"])
    assert not starts_the_app(["stats"])
    assert not starts_the_app(["--lang", "ar", "search", "مقابلة"])
    assert not starts_the_app(["--help"]) and not starts_the_app(["--version"])
    assert not starts_the_app(["--data-dir"])  # the full parser explains what is missing
    assert not starts_the_app(["--data-dir", "x", "--colour"])


def test_the_gui_gets_the_folder_and_language_from_the_short_path(tmp_path):
    from thabat.app.cli import main as cli_main

    started = []
    assert cli_main(["--data-dir", str(tmp_path), "--lang", "ar"], gui=lambda folder, lang: started.append(
        (folder, lang)) or 0) == 0
    assert started == [(tmp_path.resolve(), "ar")]


def test_an_unknown_language_is_refused_on_the_short_path_too(tmp_path, capsys):
    from thabat.app.cli import main as cli_main

    with pytest.raises(SystemExit) as stopped:
        cli_main(["--lang", "fr"], gui=lambda folder, lang: 0)
    assert stopped.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err
