"""A long job's young objects are collected a little at a time on the GUI thread while it runs.

Automatic collection is off while a job runs (app/runtime/background_load.py says why); the first
collection after the job used to walk everything it had made at once, on the GUI thread: 20-50 ms
after a CSV import of 20,000 rows, the longest stall of the import.
"""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest

from PySide6.QtWidgets import QWidget

from thabat.app.errors import UserError
from thabat.app.runtime.long_work import Cancelled, Job
from tests.ui_support import make_context
from thabat.ui.long_work import JOB_SWITCH_INTERVAL_S, MIDDLE_ROUNDS, YOUNG_OBJECTS, _collect_young_objects


def test_a_jobs_garbage_is_collected_on_the_gui_thread_while_it_runs(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    collected_while_running = threading.Event()
    collected_on: list[bool] = []

    def on_collection(phase: str, info: dict) -> None:
        if phase == "stop" and info["collected"]:
            collected_on.append(threading.current_thread() is threading.main_thread())
            collected_while_running.set()

    def work(job: Job) -> bool:
        for _ in range(2 * YOUNG_OBJECTS):  # garbage only a collection frees: lists holding themselves
            cycle: list = []
            cycle.append(cycle)
        return collected_while_running.wait(10)  # the GUI thread's next poll collects it

    gc.callbacks.append(on_collection)
    try:
        with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
            assert context.long_work.start(window, "Working", work, needs_journal=False)
    finally:
        gc.callbacks.remove(on_collection)
    assert ended.args[0].result is True
    assert collected_on and all(collected_on)  # never on the job's thread


def _generations_collected(run) -> list[int]:
    seen: list[int] = []

    def on_collection(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(on_collection)
    try:
        run()
    finally:
        gc.callbacks.remove(on_collection)
    return seen


def test_the_middle_generation_is_collected_every_few_polls_so_no_walk_is_long():
    """Each young collection moves what survives it to the middle generation; the first collection after
    the job walked all of that at once (70-90 ms after the demo or a CSV import). It is collected every
    MIDDLE_ROUNDS young collections instead, while it holds only a few polls' worth."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        kept: list = []

        def polls() -> None:
            for _ in range(3 * MIDDLE_ROUNDS):
                kept.extend([n] for n in range(YOUNG_OBJECTS + 1))  # survivors, as a job's rows are (lists: always tracked)
                _collect_young_objects()

        generations = _generations_collected(polls)
    finally:
        if was_on:
            gc.enable()
    assert len(generations) == 3 * MIDDLE_ROUNDS
    assert generations.count(1) == 3 and 2 not in generations


def test_what_a_job_leaves_alive_is_not_walked_again_after_it(qtbot, journal, isolated_data):
    """What a job made and left alive (the modules it imported, caches, its result) is kept out of later
    collections, as start-up's loads are; nothing is left in the young or middle generation to walk."""
    context = make_context(journal, isolated_data)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def work(job: Job) -> list[list]:
        return [[n] for n in range(5 * YOUNG_OBJECTS)]  # lists: always tracked by the collector

    try:
        with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
            assert context.long_work.start(window, "Working", work, needs_journal=False)
        rows = ended.args[0].result
        assert len(rows) == 5 * YOUNG_OBJECTS
        walked = {id(thing) for thing in gc.get_objects()}  # the frozen are in no generation
        assert not any(id(row) in walked for row in rows[::97])
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # the rest of the suite collects as usual


def test_the_gui_thread_waits_at_most_a_millisecond_for_pythons_lock_while_a_job_runs(qtbot, journal, isolated_data):
    """A job's thread keeps Python's lock until another thread has waited the switch interval for it (5 ms
    by default), and the GUI thread takes it several times a turn (each Python slot, the progress): the
    waits were a large part of the event-loop gaps measured during a CSV import."""
    context = make_context(journal, isolated_data)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    before = sys.getswitchinterval()
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        assert context.long_work.start(window, "Working", lambda job: sys.getswitchinterval(), needs_journal=False)
    assert ended.args[0].result <= JOB_SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() == before


class _Node:
    """A weakly referable object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.mark.parametrize("ending", ["returns", "fails", "is cancelled"])
def test_a_cycle_a_job_let_go_of_is_still_collected_after_it(qtbot, journal, isolated_data, ending):
    """Garbage a job leaves must not outlive it, however it ends. A cycle made early in a long job is moved
    to the oldest generation by the polls' middle collections (done here by the work itself, as a long
    job's polls would); it becomes garbage when the job ends. After the job, collection is back on as it
    was and a full collection frees the cycle: freezing everything at the job's end kept it for good."""
    context = make_context(journal, isolated_data)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    made: list[weakref.ref] = []
    before = sys.getswitchinterval()

    def work(job: Job) -> None:
        node = _Node()
        made.append(weakref.ref(node))
        gc.collect(1)  # young -> middle -> oldest: what the polls do to a cycle alive for a while
        gc.collect(1)
        if ending == "fails":
            raise UserError("The disk is full.")
        if ending == "is cancelled":
            raise Cancelled()

    try:
        with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
            assert context.long_work.start(window, "Working", work, needs_journal=False,
                                           on_failed=lambda message: None)
        outcome = ended.args[0]
        assert (outcome.message is not None, outcome.cancelled) == (ending == "fails", ending == "is cancelled")
        assert gc.isenabled() and sys.getswitchinterval() == before
        gc.collect()
        assert made[0]() is None
    finally:
        gc.unfreeze()


def test_the_start_up_hold_nests_with_the_loads_holds_and_is_let_go_once(monkeypatch):
    """ui/launcher.py holds collection until the turn after the first paint; a read may hold it meanwhile.
    The start-up's objects are frozen at its release all the same; collection comes back only when both
    have let go, and a second release is nothing."""
    from thabat.app.runtime import background_load as holds

    monkeypatch.setattr(holds, "_holds", 0)
    monkeypatch.setattr(holds, "_start_up_hold", False)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        holds.hold_collection_for_start_up()
        holds.hold_collection_for_start_up()  # once only
        holds.hold_collection()  # a read starts before the paint
        assert not gc.isenabled()
        made_meanwhile = [object() for _ in range(3)] + [[]]  # a list: a tracked object
        holds.release_start_up_hold()  # the turn after the paint
        assert gc.get_freeze_count() > frozen  # the start-up's objects, frozen although the read holds on
        assert not gc.isenabled()
        holds.release_start_up_hold()  # a second time: nothing
        assert holds._holds == 1
        holds.release_collection()  # the read ends: back on
        assert gc.isenabled() and made_meanwhile
    finally:
        gc.unfreeze()  # the rest of the suite collects as before
        gc.enable()
