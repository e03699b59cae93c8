"""A long job's thread gives the GUI thread real turns at Python's lock (app/runtime/gui_turns.py).

The job's thread lets go of the lock around every SQLite step and takes it back before the woken GUI
thread can run, so the GUI thread could wait 100-300 ms (a GIL convoy). These tests count structural
things rather than time: with TURN_EVERY_S at 0 every chance to give a turn is taken, so the turns
given are the hooks' calls on the job's thread.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from PySide6.QtWidgets import QWidget

from thabat.app.errors import UserError
from thabat.app.runtime import gui_turns
from thabat.app.runtime.gui_turns import Turns
from thabat.app.runtime.long_work import Cancelled, Job
from thabat.storage import yield_points
from thabat.storage.database import memory_engine
from tests.ui_support import make_context

STATEMENTS = 200
LONG_STATEMENT = text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000) "
                      "SELECT count(*) FROM n")
"""One statement of about a million SQLite steps: its progress handler is called many times."""


@pytest.fixture
def every_chance_is_a_turn(monkeypatch):
    monkeypatch.setattr(gui_turns, "TURN_EVERY_S", 0.0)


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def hook_calls(monkeypatch) -> list[int]:
    """The thread of every call of the SQL hooks' `give`, whichever thread it is on."""
    calls: list[int] = []
    real = yield_points.installed

    def counted(give):
        def counting() -> None:
            calls.append(threading.get_ident())
            give()
        return real(counting)

    monkeypatch.setattr(yield_points, "installed", counted)
    return calls


@pytest.fixture
def progress_calls(monkeypatch) -> list[int]:
    """Every call of the progress handler SQLite was given (with or without a `give` installed)."""
    calls: list[int] = []
    real = yield_points._progress

    def counting() -> int:
        calls.append(threading.get_ident())
        return real()

    monkeypatch.setattr(yield_points, "_progress", counting)
    return calls


def _run(qtbot, context, window, work):
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        assert context.long_work.start(window, "Working", work)
    return ended.args[0]


def test_a_job_gives_turns_from_its_statements_its_long_statements_and_its_steps(
        qtbot, journal, isolated_data, window, every_chance_is_a_turn):
    context = make_context(journal, isolated_data)
    seen: dict[str, object] = {}

    def work(job: Job) -> None:
        turns: Turns = job.turns.__self__
        seen["turns"], seen["thread"] = turns, threading.get_ident()
        with journal.engine.connect() as connection:
            for _ in range(STATEMENTS):  # tiny statements in a tight loop
                connection.execute(text("SELECT 1"))
            seen["after statements"] = turns.given
            connection.execute(LONG_STATEMENT).scalar_one()
            seen["after the long one"] = turns.given
        for n in range(10):
            job.step("Working", n, 10)
        seen["after steps"] = turns.given

    outcome = _run(qtbot, context, window, work)
    assert outcome.message is None and not outcome.cancelled
    assert seen["thread"] == outcome.thread != threading.main_thread().ident
    assert seen["after statements"] >= STATEMENTS
    assert seen["after the long one"] >= seen["after statements"] + 10  # from inside the one statement
    assert seen["after steps"] >= seen["after the long one"] + 20  # each step reports and checks


def test_turns_are_given_only_on_the_jobs_thread(qtbot, journal, isolated_data, window, every_chance_is_a_turn,
                                                 hook_calls):
    """While the job runs, statements on the GUI thread (or any other) reach the hooks but give no turn."""
    context = make_context(journal, isolated_data)
    gui_done = threading.Event()
    seen: dict[str, object] = {}

    def work(job: Job) -> None:
        seen["turns"] = job.turns.__self__
        seen["thread"] = threading.get_ident()
        with journal.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        seen["ready"] = True
        gui_done.wait(30)

    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        assert context.long_work.start(window, "Working", work)
        qtbot.waitUntil(lambda: seen.get("ready", False))
        turns: Turns = seen["turns"]
        asked, given, hooked = turns.asked, turns.given, len(hook_calls)
        with journal.engine.connect() as connection:  # on the GUI thread, during the job
            for _ in range(STATEMENTS):
                connection.execute(text("SELECT 1"))
            connection.execute(LONG_STATEMENT).scalar_one()
        gui_calls = [thread for thread in hook_calls[hooked:] if thread == threading.get_ident()]
        assert len(gui_calls) >= STATEMENTS  # the hooks were on, and called here...
        assert (turns.asked, turns.given) == (asked, given)  # ...and gave nothing on this thread
        gui_done.set()
    assert ended.args[0].message is None
    assert all(thread in (seen["thread"], threading.get_ident()) for thread in hook_calls)


def test_a_turn_sleeps_on_its_own_thread_only(monkeypatch):
    slept: list[int] = []
    monkeypatch.setattr(gui_turns.time, "sleep", lambda _seconds: slept.append(threading.get_ident()))
    turns = Turns(every_s=0.0)
    worker = threading.Thread(target=lambda: (turns.bind(), [turns.give() for _ in range(5)]))
    worker.start()
    worker.join()
    turns.give()  # here, another thread: nothing
    assert slept == [worker.ident] * 5 and turns.given == 5


def _job_that(ending: str):
    def work(job: Job) -> None:
        job.step("Working")
        if ending == "fails":
            raise UserError("It could not be done")
        if ending == "is cancelled":
            job.cancel()
            job.check()
        return None
    return work


@pytest.mark.parametrize("ending", ["returns", "fails", "is cancelled"])
def test_every_hook_comes_off_after_a_job_that(ending, qtbot, journal, isolated_data, window,
                                               every_chance_is_a_turn, hook_calls, progress_calls):
    context = make_context(journal, isolated_data)
    during: dict[str, object] = {}
    ends = _job_that(ending)

    def work(job: Job) -> None:
        during["turns"] = job.turns.__self__
        with journal.engine.connect() as connection:
            connection.execute(LONG_STATEMENT).scalar_one()  # the in-memory journal's one connection
            connection.commit()
            ends(job)

    outcome = _run(qtbot, context, window, work)
    assert outcome.cancelled == (ending == "is cancelled")
    assert (outcome.message is not None) == (ending == "fails")
    turns: Turns = during["turns"]
    assert turns.thread is None and turns.given > 0
    assert hook_calls and set(hook_calls) == {outcome.thread}
    assert progress_calls and set(progress_calls) == {outcome.thread}
    hooked, handled = len(hook_calls), len(progress_calls)

    def after(engine) -> None:  # once the job has ended: no statement's hook nor progress handler is left
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            connection.execute(LONG_STATEMENT).scalar_one()

    fresh = memory_engine()
    for engine in (journal.engine, fresh):  # the job's connection (in memory: the only one), a new engine
        after(engine)
        _on_a_thread(lambda: after(engine))
    fresh.dispose()
    assert (len(hook_calls), len(progress_calls)) == (hooked, handled)


def _on_a_thread(run) -> None:
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_a_job_run_without_the_app_gives_no_turns():
    """The command line runs use cases in place with a plain Job: nothing sleeps or is hooked there."""
    job = Job()
    assert job.turns is None
    job.step("Working", 1, 2)
    job.check()


def test_cancelled_is_still_raised_through_a_turn():
    job = Job()
    turns = Turns(every_s=0.0, pause_s=0.0)
    turns.bind()
    job.turns = turns.give
    job.cancel()
    with pytest.raises(Cancelled):
        job.step("Working")
    assert turns.given == 2  # its report, then its check


def test_the_sql_listeners_are_put_in_place_on_the_gui_thread_before_the_job_runs(
        qtbot, journal, isolated_data, window, monkeypatch):
    """SQLAlchemy iterates a class's listeners at every statement: they are added here, before the job's
    thread starts, and never while it runs statements (nor removed after: they do nothing then)."""
    context = make_context(journal, isolated_data)
    asked_on: list[int] = []
    real = yield_points.listen
    monkeypatch.setattr(yield_points, "listen", lambda: (asked_on.append(threading.get_ident()), real())[1])

    outcome = _run(qtbot, context, window, lambda job: None)
    assert outcome.message is None
    assert asked_on[0] == threading.main_thread().ident
    assert event.contains(Engine, "before_cursor_execute", yield_points._before_statement)
