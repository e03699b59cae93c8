"""Contacts: linking, follow-ups from the settings, templates, and vCard 3.0 escaping and folding."""

from __future__ import annotations

from datetime import date

from thabat.app.export.vcard import escape, fold, vcard, write_vcards
from thabat.app.services import applications, contacts, follow_ups, today as today_service
from thabat.app.services.templates import render
from thabat.app.views.applications import ApplicationInput, ContactView
from thabat.app.views.contacts import ContactInput
from thabat.storage.database import dbapi_connection as db
from tests.conftest import TODAY


def test_follow_up_is_scheduled_eight_weeks_later_and_shows_when_due(session):
    person = contacts.add_contact(session, ContactInput("Layla Haddad", company="Careem"))
    due = follow_ups.follow_up_date(TODAY)
    assert due == date(2027, 1, 21)
    contacts.schedule_follow_up(session, person.id, due, "Hello", today=TODAY)
    assert today_service.due_items(db(session), TODAY) == []
    assert [i.contact for i in today_service.due_items(db(session), due)] == ["Layla Haddad"]
    assert follow_ups.follow_up_date(TODAY, 2) == date(2026, 12, 10)


def test_detail_lists_linked_applications_and_follow_ups(session):
    row = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1)), TODAY)
    person = contacts.add_contact(session, ContactInput("Omar"), application_id=row.id)
    contacts.schedule_follow_up(session, person.id, date(2026, 12, 1), today=TODAY)
    detail = contacts.contact_detail(session, person.id)
    assert [a.company for a in detail.applications] == ["Careem"]
    assert [f.due_on for f in detail.follow_ups] == [date(2026, 12, 1)]
    contacts.unlink_contact(session, person.id, row.id)
    assert contacts.contact_detail(session, person.id).applications == ()


def test_follow_up_template_is_filled_and_missing_names_show_as_labels(session):
    english = render(session, "follow_up", "en", {"company": "Careem", "role": "Analyst", "user_name": "Sara"})
    assert english.subject == "Keeping in touch – Careem"
    assert "[Interviewer]" in english.body and "Sara" in english.body
    arabic = render(session, "follow_up", "ar", {"company": "كريم", "interviewer": "ليلى"})
    assert "كريم" in arabic.subject and "مرحبًا ليلى" in arabic.body and "[اسمك]" in arabic.body


def test_escape_handles_special_characters():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_fold_keeps_lines_within_75_octets_without_splitting_letters():
    line = "NOTE:" + "ملاحظة طويلة " * 20
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0]] + [p[1:] for p in physical[1:]]) == line


def test_vcard_round_trips_a_contact(tmp_path):
    person = ContactView(1, "Sara, Al-Amin", "Recruiter; HR", "Noon", "s@noon.com", "https://x.test/s", "met at\nfair")
    card = vcard(person)
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and card.endswith("END:VCARD\r\n")
    assert "FN:Sara\\, Al-Amin\r\n" in card
    assert "TITLE:Recruiter\\; HR\r\n" in card
    assert "NOTE:met at\\nfair\r\n" in card
    target = tmp_path / "all.vcf"
    write_vcards(target, [person, ContactView(2, "ليلى حداد", "", "", "", "", "")])
    text = target.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "FN:ليلى حداد" in text
