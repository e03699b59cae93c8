"""A reflection's written fields are defined once (storage/reflection_writing.py): the table's columns,
the draft's fields and every list of its texts follow from that one class."""

from __future__ import annotations

from dataclasses import MISSING, fields

from thabat.app.views.reflections import ReflectionDraft
from thabat.storage.models import Reflection
from thabat.storage.reflection_writing import MESSAGES, OWN_TEXTS, TEXTS, ReflectionWriting


def test_the_table_and_the_draft_take_the_written_fields_from_the_one_class():
    assert issubclass(Reflection, ReflectionWriting) and issubclass(ReflectionDraft, ReflectionWriting)


def test_the_draft_is_the_written_fields_with_the_answers_ratings_and_tags():
    assert [f.name for f in fields(ReflectionDraft)] == [f.name for f in fields(ReflectionWriting)] + ["answers",
                                                                                                        "ratings", "tags"]


def test_every_written_field_is_a_column_of_the_reflection_table_with_the_same_default():
    columns = Reflection.__table__.columns
    for written in fields(ReflectionWriting):
        assert written.default is not MISSING
        assert Reflection.model_fields[written.name].default == written.default
        assert columns[written.name].nullable == (written.default is None)


def test_the_texts_are_the_prose_and_the_messages_in_the_order_the_steps_ask_for_them():
    assert OWN_TEXTS == ("feeling", "went_well", "to_improve", "strength", "next_steps")
    assert MESSAGES == ("reply_text", "feedback_request_text")
    assert TEXTS == ("feeling", "reply_text", "feedback_request_text", "went_well", "to_improve", "strength",
                     "next_steps")
