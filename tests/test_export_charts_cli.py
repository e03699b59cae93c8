"""`thabat export charts DIR`: ten files on success; exit 2, one line and nothing written on bad input."""

from __future__ import annotations

import os
from datetime import date

import pytest

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput

NAMES = sorted(f"{key}.{fmt}" for key in ("applications", "confidence", "funnel", "skills", "bounce_back", "pixels")
               for fmt in ("png", "svg"))


@pytest.fixture
def data_folder(isolated_data):
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=date(2026, 3, 2)),
                        date(2026, 11, 26))
    journal.close()
    return isolated_data


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_writes_every_chart_as_png_and_svg(data_folder, tmp_path, capsys, lang):
    target = tmp_path / "out" / "charts"
    assert main(["export", "charts", str(target), "--lang", lang, "--from", "2026-01-01", "--to", "2026-11-26"]) == 0
    assert sorted(p.name for p in target.iterdir()) == NAMES
    assert (target / "funnel.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (target / "applications.svg").read_bytes()
    assert "12 chart files" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-02-30"], "--from needs a date as YYYY-MM-DD"),
    (["--to", "soon"], "--to needs a date as YYYY-MM-DD"),
    (["--from", "2026-05-01", "--to", "2026-04-01"], "is after --to"),
])
def test_bad_dates_exit_2_with_one_line_and_write_nothing(data_folder, tmp_path, capsys, args, message):
    target = tmp_path / "out"
    assert main(["export", "charts", str(target), *args]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert not target.exists()


def test_a_file_in_the_way_is_refused(data_folder, tmp_path, capsys):
    blocker = tmp_path / "taken"
    blocker.write_text("mine")
    assert main(["export", "charts", str(blocker)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert main(["export", "charts", str(blocker / "inside")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert blocker.read_text() == "mine"


def test_an_unwritable_folder_is_refused(data_folder, tmp_path, capsys, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as root, chmod would not stop us
    assert main(["export", "charts", str(locked / "charts")]) == 2
    assert "cannot write into" in capsys.readouterr().err
    assert list(locked.iterdir()) == []
