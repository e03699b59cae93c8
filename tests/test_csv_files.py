"""CSV files as they come: encodings, formulas, binary garbage and giant cells."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from thabat.app.cli import main
from thabat.app.export.csv_io import CsvError, export_csv, guess_mapping, read_sheet
from thabat.app.journal import Journal
from thabat.app.services.applications import add_application, list_applications
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")

ARABIC = "الشركة,الوظيفة,تاريخ التقديم,ملاحظات\nأرامكو السعودية,مهندس بيانات,2026-01-03,مقابلة جيدة\n" \
         "شركة الاتصالات,محلل,2026-02-10,تعلمت الكثير عن التحليل\n"
COMPANIES = {"أرامكو السعودية", "شركة الاتصالات"}


def imported(folder: Path) -> dict[str, str]:
    journal = Journal.open(folder)
    with journal.session() as session:
        rows = {row.company: row.role for row in list_applications(session)}
    journal.close()
    return rows


def run_import(tmp_path: Path, name: str, raw: bytes, *options: str) -> int:
    path = tmp_path / name
    path.write_bytes(raw)
    return main(["--data-dir", str(tmp_path / "data"), "import", "csv", str(path), "--today", TODAY.isoformat(),
                 *options])


@pytest.mark.parametrize("name, raw", [
    ("utf8-bom", b"\xef\xbb\xbf" + ARABIC.encode("utf-8")),
    ("utf16-le", ARABIC.replace(",", "\t").encode("utf-16")),  # a spreadsheet's "Unicode text"
    ("utf16-le-bom", b"\xff\xfe" + ARABIC.replace(",", "\t").encode("utf-16-le")),
    ("utf16-be-bom", b"\xfe\xff" + ARABIC.replace(",", "\t").encode("utf-16-be")),
    ("windows-1256", ARABIC.encode("cp1256")),
])
def test_encodings_are_detected(tmp_path, capsys, name, raw):
    assert run_import(tmp_path, name + ".csv", raw) == 0, capsys.readouterr().err
    assert set(imported(tmp_path / "data")) == COMPANIES


def broken_utf8() -> bytes:
    return ARABIC.encode("utf-8").replace("محلل".encode("utf-8"), "مح".encode("utf-8") + b"\xff" + "ل".encode("utf-8"))


def test_utf8_with_one_bad_byte_is_not_guessed_but_asked(tmp_path, capsys):
    assert run_import(tmp_path, "broken.csv", broken_utf8()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--encoding" in err and "utf-8" in err
    assert not (tmp_path / "data").exists()  # nothing written, not even a new journal
    unsure = None
    try:
        read_sheet(tmp_path / "broken.csv")
    except CsvError as error:
        unsure = error
    assert unsure is not None and unsure.choices[0] == "utf-8"


def test_the_user_chooses_the_encoding(tmp_path, capsys):
    assert run_import(tmp_path, "broken.csv", broken_utf8(), "--encoding", "utf-8") == 0
    rows = imported(tmp_path / "data")
    assert set(rows) == COMPANIES and rows["شركة الاتصالات"] == "مح\ufffdل"  # only the broken byte is lost
    assert run_import(tmp_path, "x.csv", ARABIC.encode("cp1256"), "--encoding", "no-such-thing") == 2
    assert "no-such-thing" in capsys.readouterr().err


def test_windows_1256_chosen_explicitly(tmp_path):
    text = ARABIC.replace("2026-01-03", "2026-01-04")
    assert run_import(tmp_path, "a.csv", text.encode("cp1256"), "--encoding", "windows-1256") == 0
    assert set(imported(tmp_path / "data")) == COMPANIES


@pytest.mark.parametrize("raw", [
    b"Company,Date applied\nAcme,2026-01-01\n" + bytes(range(256)) * 40,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
    b"Company,Date applied,Notes\nAcme,2026-01-01," + b"x" * 140_000 + b"\n",
], ids=["garbage-after-header", "png", "giant-cell"])
def test_binary_garbage_and_giant_cells_give_one_line_and_exit_2(tmp_path, capsys, raw):
    Journal.open(tmp_path / "data").close()
    assert run_import(tmp_path, "bad.csv", raw) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("thabat: ")
    assert imported(tmp_path / "data") == {}


DANGEROUS = {
    "company": "=HYPERLINK(\"http://example.com\",\"x\")", "role": "+1+1", "link": "@SUM(A1)",
    "location": "-2+3", "notes": "|calc'!A0 and %0A",
}


def test_exported_formulas_are_neutralised_and_imported_back_as_written(tmp_path, capsys):
    source = Journal.open(tmp_path / "source")
    with source.session() as session:
        add_application(session, ApplicationInput(applied_on=date(2026, 1, 3), **DANGEROUS), TODAY)
        add_application(session, ApplicationInput("'=quoted", "'plain", date(2026, 1, 4)), TODAY)
        add_application(session, ApplicationInput("Acme", "-", date(2026, 1, 5), notes="-12.5"), TODAY)
        export_csv(session, tmp_path / "out.csv")
    source.close()
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r", "|", "%")
                and cell not in ("-12.5", "-")]
    assert run_import(tmp_path, "again.csv", (tmp_path / "out.csv").read_bytes()) == 0, capsys.readouterr().err
    journal = Journal.open(tmp_path / "data")
    with journal.session() as session:
        rows = sorted(list_applications(session), key=lambda row: row.applied_on)
    journal.close()
    first = rows[0]
    assert {name: getattr(first, name) for name in DANGEROUS} == DANGEROUS
    assert (rows[1].company, rows[1].role) == ("'=quoted", "'plain")
    assert (rows[2].role, rows[2].notes) == ("-", "-12.5")


def test_a_spreadsheets_own_quote_is_kept():
    """Restoring is for Thabat's own export: another file's leading quote is the user's text."""
    text = "Company,Date applied,Notes\n'=Acme,2026-01-03,'+note\n"
    sheet = read_sheet_from_text(text)
    assert [row[0] for row in sheet.data_rows()] == ["'=Acme"]


def read_sheet_from_text(text: str):
    from thabat.app.export.csv_io import parse_sheet

    return parse_sheet(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_characters="\x00"), min_size=1, max_size=12), min_size=1, max_size=6))
def test_any_text_survives_the_export_escaping(values):
    from thabat.app.export.csv_io import EXPORT_HEADERS, neutralising_writer

    out = io.StringIO()
    writer = neutralising_writer(out)
    writer.writerow(EXPORT_HEADERS["en"])
    writer.writerow(values)
    written = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert not [cell for cell in written if cell[:1] in ("=", "+", "@", "\t", "\r", "|", "%")]
    sheet = read_sheet_from_text(out.getvalue())
    assert sheet.thabat_export
    assert [list(row) for row in sheet.data_rows()] == [values]
