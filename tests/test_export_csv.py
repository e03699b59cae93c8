"""CSV: export with BOM and Arabic, import from realistic spreadsheets, command-line exit codes."""

from __future__ import annotations

from datetime import date

import pytest

from thabat.app.cli import main
from thabat.app.export.csv_dates import numeric_order, parse_date
from thabat.app.export.csv_import import import_applications
from thabat.app.export.csv_io import CsvError, export_csv, guess_mapping, parse_sheet
from thabat.app.journal import Journal
from thabat.app.services.applications import add_application, add_stage, list_applications
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY

ARABIC_SEMICOLONS = (
    "تصدير من جدول المتابعة\n"
    "جهة العمل;المسمى الوظيفي;تاريخ التقديم;الحالة;الرابط;ملاحظات\n"
    "أرامكو السعودية;مهندس بيانات;٠٣/٠١/٢٠٢٦;مرفوض;https://aramco.com;مقابلة جيدة\n"
    "Google;Software Engineer;3 Jan 2026;Interview;;\n"
    "stc;محلل;2026-02-10;;;\n"
    "Bad date co;Role;31/02/2026;;;\n"
    ";No company;2026-01-01;;;\n"
    "Future;Role;2027-05-01;;;\n"
    "Careem;Analyst;15 يناير 2026;شيء غريب;;\n"
)
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")


def test_dates_in_common_formats():
    assert parse_date("2026-01-03") == date(2026, 1, 3)
    assert parse_date("03/01/2026") == date(2026, 1, 3)
    assert parse_date("01/15/2026") == date(2026, 1, 15)  # can only be month first
    assert parse_date("01/02/2026", numeric_order(["01/15/2026"])) == date(2026, 1, 2)
    assert parse_date("3 Jan 2026") == parse_date("Jan 3, 2026") == parse_date("3 January 2026") == date(2026, 1, 3)
    assert parse_date("٣ يناير ٢٠٢٦") == date(2026, 1, 3)
    assert parse_date("٢٠٢٦-٠١-٠٣") == date(2026, 1, 3)
    assert parse_date("31/02/2026") is None and parse_date("soon") is None


def test_import_arabic_headers_semicolons_and_bad_rows(journal):
    sheet = parse_sheet(ARABIC_SEMICOLONS)
    assert sheet.delimiter == ";" and sheet.first_line == 3
    mapping = guess_mapping(sheet.headers)
    assert mapping == {"company": 0, "role": 1, "applied_on": 2, "status": 3, "link": 4, "notes": 5}
    with journal.session() as session:
        report = import_applications(session, sheet, mapping, TODAY)
    assert report.imported == 4
    reasons = dict(report.skipped)
    assert sorted(reasons) == [6, 7, 8]
    assert "31/02/2026" in reasons[6] and "company" in reasons[7] and "future" in reasons[8]
    assert [line for line, _ in report.notes] == [9]
    with journal.session() as session:
        rows = {row.company: row for row in list_applications(session)}
    assert rows["أرامكو السعودية"].outcome == "rejected" and rows["أرامكو السعودية"].applied_on == date(2026, 1, 3)
    assert rows["Google"].outcome == "interview"
    assert rows["Careem"].applied_on == date(2026, 1, 15) and rows["Careem"].outcome == "pending"
    with journal.session() as session:  # importing the same file again adds nothing
        again = import_applications(session, sheet, mapping, TODAY)
    assert again.imported == 0 and "already in the journal" in dict(again.skipped)[3]


def test_english_tab_separated_month_first():
    text = "Employer\tJob title\tApplied\tURL\nAcme\tDev\t01/31/2026\thttps://a\nBeta\tQA\t02/03/2026\t\n"
    sheet = parse_sheet(text)
    assert sheet.delimiter == "\t"
    journal = Journal.in_memory()
    with journal.session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    with journal.session() as session:
        days = {row.company: row.applied_on for row in list_applications(session)}
    assert report.imported == 2 and days == {"Acme": date(2026, 1, 31), "Beta": date(2026, 2, 3)}


def test_no_header_row_is_refused():
    with pytest.raises(CsvError, match="header"):
        parse_sheet("a,b,c\n1,2,3\n")


def test_export_has_bom_arabic_and_stage_history(journal, tmp_path):
    with journal.session() as session:
        add_application(session, ApplicationInput("أرامكو", "مهندس", date(2026, 1, 3)), today=TODAY)
        add_stage(session, 1, "screening", date(2026, 1, 10), today=TODAY)
        export_csv(session, tmp_path / "a.csv")
        export_csv(session, tmp_path / "ar.csv", lang="ar")
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "أرامكو,مهندس,2026-01-03,Waiting" in text
    assert "2026-01-03 applied; 2026-01-10 screening" in text
    arabic = (tmp_path / "ar.csv").read_text(encoding="utf-8-sig")
    assert arabic.startswith("الشركة,الوظيفة,تاريخ التقديم") and "الفرز الأولي" in arabic
    # what Thabat writes, Thabat reads back
    sheet = parse_sheet(arabic)
    fresh = Journal.in_memory()
    with fresh.session() as session:
        assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 1


def test_cli_csv_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_text(ARABIC_SEMICOLONS, encoding="utf-8")
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "import", "csv", str(good), "--today", TODAY.isoformat()]) == 0
    captured = capsys.readouterr()
    assert "Imported 4 applications" in captured.out and "skipped row 6" in captured.err
    assert main(["--data-dir", folder, "export", "csv", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    headerless = tmp_path / "h.csv"
    headerless.write_text("x;y\n1;2\n", encoding="utf-8")
    assert main(["--data-dir", folder, "import", "csv", str(headerless)]) == 2
    assert main(["--data-dir", folder, "import", "csv", str(tmp_path / "missing.csv")]) == 2
    all_bad = tmp_path / "bad.csv"
    all_bad.write_text("Company,Date applied\nA,someday\n", encoding="utf-8")
    assert main(["--data-dir", folder, "import", "csv", str(all_bad)]) == 2
    assert main(["--data-dir", folder, "export", "csv", str(tmp_path / "no" / "such" / "dir.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("thabat: ") == 4


def test_cli_pdf_options_and_bad_range(tmp_path, capsys):
    folder = str(tmp_path / "data")
    journal = Journal.open(tmp_path / "data")
    with journal.session() as session:
        add_application(session, ApplicationInput("أرامكو", "مهندس", date(2026, 1, 3)), today=TODAY)
    journal.close()
    target = tmp_path / "j.pdf"
    assert main(["--data-dir", folder, "export", "pdf", str(target), "--lang", "ar", "--paper", "letter",
                 "--no-private", "--from", "2026-01-01", "--to", "2026-06-30"]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert main(["--data-dir", folder, "export", "pdf", str(tmp_path / "x.pdf"), "--from", "2026-06-01",
                 "--to", "2026-01-01"]) == 2
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", folder, "export", "pdf", str(tmp_path / "x.pdf"), "--from", "June"])
    assert exited.value.code == 2
