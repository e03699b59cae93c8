"""A long job's young objects are collected a little at a time on the GUI thread while it runs.

Automatic collection is off while a job runs (app/runtime/background_load.py says why); the first
collection after the job used to walk everything it had made at once, on the GUI thread: 20-50 ms
after a CSV import of 20,000 rows, the longest stall of the import.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from thabat.app.runtime.long_work import Job
from tests.ui_support import make_context
from thabat.ui.long_work import YOUNG_OBJECTS


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
