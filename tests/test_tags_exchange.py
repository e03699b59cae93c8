"""Tags leave and come back with the journal: the JSON backup (format 4, and format 3 files still import),
the CSV of applications (a tags column), and the PDF (a tags line under each entry and reflection)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from thabat.app.export.backup_json import VERSION, BackupError, backup_data, export_json, import_json
from thabat.app.export.csv_io import export_csv, parse_sheet
from thabat.app.export.pdf import PdfOptions, export_pdf
from thabat.app.journal import Journal
from thabat.app.services import entries, tags
from thabat.app.services.reflections import finish_reflection, load_reflection
from thabat.app.services.search import search
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.pdf_reading import pdfium_pages, squeezed
from tests.reflection_support import reflection_on

pytestmark = pytest.mark.usefixtures("english_messages")


def _tagged_journal(journal) -> tuple[int, int]:
    """An entry about the Careem application tagged in both scripts, and a finished reflection on its rejection."""
    reflection_id = reflection_on(journal, company="Careem")
    with journal.session() as session:
        view = load_reflection(session, reflection_id)
        application_id = view.rejection.application_id
        entry = entries.create_entry(session, EntryInput(
            "Before the panel", "Rehearsed my story", date(2026, 11, 18), application_id=application_id,
            tags=("مقابلة", "SQL")), TODAY)
        finish_reflection(session, reflection_id, view.draft.__class__(
            feeling="Tired but fine", went_well="Clear answers", tags=("SQL", "صبر")), TODAY)
    return entry.id, reflection_id


def test_json_round_trip_carries_the_tags(journal, tmp_path):
    entry_id, reflection_id = _tagged_journal(journal)
    with journal.session() as session:
        first = backup_data(session)
        export_json(session, tmp_path / "backup.json")
    assert first["version"] == VERSION == 4
    assert sorted(row["name"] for row in first["tables"]["tag"]) == ["SQL", "صبر", "مقابلة"]
    assert "name_key" not in first["tables"]["tag"][0]  # derived on import, like the other name keys
    restored = Journal.open(tmp_path / "restored")
    with restored.session() as session:
        import_json(session, tmp_path / "backup.json")
    with restored.session() as session:
        assert entries.get_entry(session, entry_id).tags == ("SQL", "مقابلة")
        assert tags.tags_of(session, "reflection", [reflection_id]) == {reflection_id: ("SQL", "صبر")}
        assert [(hit.kind, hit.id) for hit in search(session, "صبر")] == [("reflection", reflection_id)]
        again = backup_data(session)
    restored.close()
    assert again["tables"] == first["tables"]


def test_a_format_3_file_imports_without_tags(journal, tmp_path):
    _tagged_journal(journal)
    with journal.session() as session:
        data = backup_data(session)
    for table in ("tag", "entry_tag", "reflection_tag"):
        del data["tables"][table]
    data["version"] = 3
    (tmp_path / "three.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    restored = Journal.open(tmp_path / "restored")
    with restored.session() as session:
        counts = import_json(session, tmp_path / "three.json")
    with restored.session() as session:
        assert tags.all_tags(session) == []
        assert len(backup_data(session)["tables"]["journal_entry"]) == counts["journal_entry"] == 1
    restored.close()


@pytest.mark.parametrize("bad", ["a, b", "", "x" * 51, " padded "])
def test_a_backup_with_a_tag_the_app_could_not_have_written_is_refused(journal, tmp_path, bad):
    _tagged_journal(journal)
    with journal.session() as session:
        data = backup_data(session)
    data["tables"]["tag"][0]["name"] = bad
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    restored = Journal.open(tmp_path / "restored")
    with pytest.raises(BackupError, match=r"tag\[0\]"):
        with restored.session() as session:
            import_json(session, tmp_path / "bad.json")
    with restored.session() as session:
        assert backup_data(session)["tables"]["application"] == []  # nothing was written
    restored.close()


@pytest.mark.parametrize("lang, header", [("en", "Tags"), ("ar", "الوسوم")])
def test_the_csv_carries_the_tags_of_the_reflections_and_entries_about_each_application(journal, tmp_path, lang,
                                                                                        header):
    _tagged_journal(journal)
    with journal.session() as session:
        from thabat.app.services.applications import add_application
        from thabat.app.views.applications import ApplicationInput

        add_application(session, ApplicationInput(company="Untagged", role="", applied_on=date(2026, 11, 2)), TODAY)
        export_csv(session, tmp_path / "apps.csv", lang)
    with open(tmp_path / "apps.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == header
    cells = {row[0]: row[-1] for row in rows[1:]}
    assert cells == {"Careem": "SQL, صبر, مقابلة", "Untagged": ""}
    assert parse_sheet((tmp_path / "apps.csv").read_text(encoding="utf-8-sig")).thabat_export  # still known as ours


@pytest.mark.parametrize("lang, label", [("en", "Tags:"), ("ar", "الوسوم:")])
def test_the_pdf_shows_the_tags_under_each_entry_and_reflection(journal, tmp_path, lang, label):
    _tagged_journal(journal)
    pdf = tmp_path / "book.pdf"
    with journal.session() as session:
        export_pdf(session, pdf, PdfOptions(today=TODAY, lang=lang, sections=("journal",)))
    text = squeezed(" ".join(pdfium_pages(pdf)))
    assert text.count(label) == 2
    for tag in ("SQL", "صبر", "مقابلة"):
        assert tag in text
