"""What a service reads does not grow with the journal when its answer does not.

Not timed: SQLite counts the virtual-machine steps a call makes it take (a progress handler), which
is the same on any machine. Each call here was made thousands of times by the demo journal, once per
reflection or action item, and read the whole journal each time (issue 14: the five-year demo).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from thabat.app.services import reflection_growth, rejections
from thabat.app.services.reflections import start_reflection
from thabat.app.views.applications import RejectionInput
from thabat.storage.models import Reflection
from tests.conftest import TODAY


@contextmanager
def sqlite_steps(session):
    """Counts (in tens) the SQLite virtual-machine steps made inside."""
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0  # go on

    connection = session.connection().connection.driver_connection
    connection.set_progress_handler(step, 10)
    try:
        yield counted
    finally:
        connection.set_progress_handler(None, 10)


def _reflections(session, how_many: int, first: int = 0) -> None:
    for n in range(first, first + how_many):
        rejection = rejections.log_rejection(session, RejectionInput(
            company=f"Company {n}", role="Analyst", received_on=date(2026, 1, 1), stage="screening"), TODAY)
        session.add(Reflection(rejection_id=rejection.id, state="done"))
    session.flush()


def _actions_of_one_reflection(session) -> tuple[int, int]:
    """(the reflection, its action item): one reflection with one action on an area."""
    rejection = rejections.log_rejection(session, RejectionInput(
        company="Mine", role="Engineer", received_on=date(2026, 2, 1), stage="interview", round=1), TODAY)
    reflection_id = start_reflection(session, rejection.id).id
    area = reflection_growth.cite_area(session, reflection_id, "System design")
    reflection_growth.add_action(session, reflection_id, "Draw one design a week", None, TODAY, area.id)
    return reflection_id, area.id


def test_a_reflections_action_items_read_only_that_reflection(session):
    _reflections(session, 3)
    reflection_id, area_id = _actions_of_one_reflection(session)
    with sqlite_steps(session) as small:
        actions = reflection_growth.actions_of(session, reflection_id)
    assert [(a.title, a.area_id, a.reflection_label) for a in actions] == [
        ("Draw one design a week", area_id, "Mine — Engineer")]

    _reflections(session, 300, first=3)
    with sqlite_steps(session) as large:
        assert reflection_growth.actions_of(session, reflection_id) == actions
    assert large[0] <= small[0] * 1.5, (small, large)


def test_the_demo_reads_no_row_its_session_already_had(session):
    """The demo's thousands of service calls in one session: a row written or read once is not read again."""
    from sqlalchemy import event

    from thabat.app.demo.rows_kept import rows_kept
    from thabat.app.services.applications import add_application
    from thabat.app.views.applications import ApplicationInput
    from thabat.storage.models import Application

    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    with rows_kept(session):
        app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=TODAY), TODAY).id
        event.listen(session.get_bind(), "before_cursor_execute", seen)
        try:
            assert session.get(Application, app_id).company == "Acme"
        finally:
            event.remove(session.get_bind(), "before_cursor_execute", seen)
    assert statements == []
