"""CSV and JSON keep the whole pipeline: stage history with kinds, times, interviewers and notes, the
application fields of revision 0004, and applications whose date is unknown."""

from __future__ import annotations

import json

from thabat.app.export.backup_json import export_json, import_json
from thabat.app.export.csv_import import import_applications
from thabat.app.export.csv_io import export_csv, guess_mapping, read_sheet
from thabat.app.journal import Journal
from thabat.app.services.applications import get_application, list_applications
from thabat.app.services.encouragement import interview_rates
from thabat.app.charts.data import Period, funnel
from thabat.storage.database import dbapi_connection
from tests.conftest import TODAY
from tests.pipeline_journal import build_pipeline_journal


def _everything(session):
    """Each application with its fields and history, ids left out (a fresh journal numbers anew)."""
    result = []
    for row in sorted(list_applications(session), key=lambda r: (r.company, r.role)):
        detail = get_application(session, row.id)
        fields = {k: v for k, v in row.__dict__.items() if k not in ("id", "rejection_id", "referral_contact_id")}
        steps = [(s.stage, s.occurred_on, s.round, s.kind, s.starts_at, s.note, tuple(p.name for p in s.interviewers))
                 for s in detail.stages]
        rejection = (detail.rejection.stage, detail.rejection.round, detail.rejection.received_on) \
            if detail.rejection else None
        result.append((fields, steps, rejection, sorted(c.name for c in detail.contacts)))
    return result


def test_a_csv_round_trip_keeps_the_history_and_the_new_fields(tmp_path):
    source = Journal.in_memory()
    with source.session() as session:
        build_pipeline_journal(session)
        before = _everything(session)
        for lang in ("en", "ar"):
            export_csv(session, tmp_path / f"{lang}.csv", lang=lang)
    for lang in ("en", "ar"):
        sheet = read_sheet(tmp_path / f"{lang}.csv")
        fresh = Journal.in_memory()
        with fresh.session() as session:
            report = import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
            assert report.skipped == [] and report.notes == [], lang
        with fresh.session() as session:
            after = _everything(session)
        for (fields, steps, rejection, people), (fields_after, steps_after, rejection_after, people_after) in zip(
                before, after):
            assert fields_after == fields, lang
            assert steps_after == steps, lang
            assert rejection_after == rejection, lang
        assert len(after) == len(before)


def test_reached_interview_and_the_funnel_survive_a_csv_round_trip(tmp_path):
    source = Journal.in_memory()
    with source.session() as session:
        build_pipeline_journal(session)
        rates = interview_rates(dbapi_connection(session), TODAY)
        steps = funnel(session, Period(None, TODAY))
        export_csv(session, tmp_path / "out.csv")
    sheet = read_sheet(tmp_path / "out.csv")
    fresh = Journal.in_memory()
    with fresh.session() as session:
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    with fresh.session() as session:
        assert interview_rates(dbapi_connection(session), TODAY) == rates
        assert funnel(session, Period(None, TODAY)) == steps


def test_a_json_round_trip_carries_everything(tmp_path):
    source = Journal.in_memory()
    with source.session() as session:
        build_pipeline_journal(session)
        before = _everything(session)
        export_json(session, tmp_path / "backup.json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert data["version"] >= 2  # format 2 brought the pipeline (3 added the debrief)
    assert data["tables"]["stage_contact"] and data["tables"]["referral"]
    fresh = Journal.in_memory()
    with fresh.session() as session:
        import_json(session, tmp_path / "backup.json")
    with fresh.session() as session:
        assert _everything(session) == before
        assert [r.referral_contact_id for r in list_applications(session) if r.company == "Careem"] != [None]


def test_a_version_1_backup_is_upgraded_on_import(tmp_path):
    from thabat.app.export.backup_json import UPGRADES_FROM_1

    source = Journal.in_memory()
    with source.session() as session:
        build_pipeline_journal(session)
        export_json(session, tmp_path / "backup.json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    # As Thabat wrote it before revision 0004: no new tables, no new fields, every application dated.
    data["version"], data["schema"] = 1, "0003"
    del data["tables"]["stage_contact"], data["tables"]["referral"]
    data["tables"]["application"] = [row for row in data["tables"]["application"] if row["applied_on"]]
    kept = {row["id"] for row in data["tables"]["application"]}
    for name in ("stage_event", "rejection", "reminder", "contact_application"):
        data["tables"][name] = [row for row in data["tables"][name] if row["application_id"] in kept]
    for name, added in UPGRADES_FROM_1.items():
        for row in data["tables"][name]:
            for field in added:
                del row[field]
    (tmp_path / "old.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fresh = Journal.in_memory()
    with fresh.session() as session:
        counts = import_json(session, tmp_path / "old.json")
    assert counts["application"] == 3
    with fresh.session() as session:
        rows = list_applications(session)
        assert {(r.source, r.description, r.interest) for r in rows} == {("", "", None)}
        careem = get_application(session, next(r.id for r in rows if r.company == "Careem"))
        assert [s.kind for s in careem.stages] == ["", "", "", "", ""]
        assert careem.row.outcome == "rejected"
