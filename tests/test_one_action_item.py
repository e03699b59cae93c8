"""An action item is one thing wherever it is added: from a reflection or on the Growth board, one
rule checks it and one read model shows it."""

from __future__ import annotations

import pytest

from thabat.app.errors import InputError, NotFound
from thabat.app.services import growth, reflection_growth
from thabat.app.services.reflections import start_reflection
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import RejectionInput
from tests.conftest import TODAY


def _reflection(session) -> int:
    rejection = log_rejection(session, RejectionInput("Careem", "Analyst", TODAY, "interview", round=1), TODAY)
    return start_reflection(session, rejection.id).id


def test_an_action_from_a_reflection_reads_as_on_the_growth_board(session):
    reflection_id = _reflection(session)
    area = reflection_growth.cite_area(session, reflection_id, "System design")
    added = reflection_growth.add_action(session, reflection_id, "Practise two designs", TODAY, TODAY, area.id)
    assert growth.list_actions(session) == [added]
    assert (added.area_name, added.reflection_label) == ("System design", "Careem — Analyst")


def test_both_ways_of_adding_refuse_the_same_input(session):
    reflection_id = _reflection(session)
    for add in (lambda **kw: reflection_growth.add_action(session, reflection_id, today=TODAY, **kw),
                lambda **kw: growth.add_action(session, today=TODAY, **kw)):
        with pytest.raises(InputError) as refused:
            add(title=" ", due_on=None)
        assert refused.value.field == "title"
        with pytest.raises(NotFound):
            add(title="Read a book", due_on=None, area_id=999)
