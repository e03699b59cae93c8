"""Message templates: placeholders filled in both languages, user overrides and reset, mailto encoding."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from thabat.app.errors import InputError
from thabat.app.services.templates import get_template, mailto_url, render, reset_template, save_template

VALUES = {"company": "Careem", "role": "Data Analyst", "interviewer": "Sara", "user_name": "Lina"}


@pytest.mark.parametrize("key", ["reply", "feedback_request", "follow_up"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_template_is_filled(session, key, lang):
    message = render(session, key, lang, VALUES)
    assert "{" not in message.subject + message.body
    assert "Careem" in message.subject
    assert "Sara" in message.body and message.body.rstrip().endswith("Lina")


def test_reply_reads_naturally_in_each_language(session):
    english = render(session, "reply", "en", VALUES)
    assert english.subject == "Thank you – Data Analyst at Careem"
    assert english.body.startswith("Dear Sara,\nThank you for letting me know your decision about the Data Analyst")
    arabic = render(session, "reply", "ar", {**VALUES, "company": "شركة الأفق"})
    assert arabic.subject == "شكر وتقدير – وظيفة Data Analyst لدى شركة الأفق"


def test_missing_values_leave_a_visible_gap_to_fill(session):
    message = render(session, "reply", "ar", {"company": "Noon", "role": "Analyst"})
    assert message.body.startswith("الأستاذ/ة [المُقابِل]،")
    assert message.body.endswith("[اسمك]")
    assert render(session, "reply", "en", {}).body.startswith("Dear [Interviewer],")


def test_override_then_reset(session):
    save_template(session, "reply", "en", "Thanks, {company}", "Hi {interviewer}, thanks! {user_name}")
    assert get_template(session, "reply", "en").overridden
    assert not get_template(session, "reply", "ar").overridden  # per language
    message = render(session, "reply", "en", VALUES)
    assert (message.subject, message.body) == ("Thanks, Careem", "Hi Sara, thanks! Lina")
    with pytest.raises(InputError) as error:
        save_template(session, "reply", "en", "x", "   ")
    assert error.value.field == "body"
    default = reset_template(session, "reply", "en")
    assert not default.overridden and default.subject == "Thank you – {role} at {company}"


def test_mailto_encodes_arabic_as_utf8_with_crlf(session):
    message = render(session, "reply", "ar", {**VALUES, "company": "شركة الأفق"})
    url = mailto_url("sara@example.com", message.subject, message.body)
    assert url.startswith("mailto:sara@example.com?subject=%D8%B4%D9%83%D8%B1")  # "شكر" in UTF-8
    assert url.isascii() and " " not in url and "\n" not in url
    assert "%0D%0A" in url and "+" not in url.split("?", 1)[1].replace("%2B", "")
    query = parse_qs(urlsplit(url).query)
    assert query["subject"] == [message.subject]
    assert query["body"] == [message.body.replace("\n", "\r\n")]
    tricky = mailto_url("", "a&b=c?", "100% sure #1")
    assert unquote(tricky.split("subject=")[1].split("&body=")[0]) == "a&b=c?"
    assert tricky.endswith("body=100%25%20sure%20%231")
