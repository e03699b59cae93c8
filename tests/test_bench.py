"""The benchmark's code, run once over a tiny journal so it cannot rot. No timings are asserted."""

from __future__ import annotations

import json
import signal
import sys
from datetime import date
from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.services import applications, rejections
from thabat.app.views.applications import ApplicationInput, RejectionInput
from bench import charts, csv_import, measures, processes, ready, session
from bench.__main__ import main as bench_main
from bench.report import Figure, table
from bench.stats import percentile

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def tiny_journal(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench") / "journal"
    journal = Journal.open(folder)
    with journal.session() as session:
        applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1),
                                                                notes="Great interview team"), TODAY)
        rejection = rejections.log_rejection(session, RejectionInput("نون", "مدير منتج", date(2026, 10, 5),
                                                                     "interview"), TODAY)
        rejections.record_feedback(session, rejection.id, "شكرًا على المقابلة", date(2026, 10, 9), TODAY)
    journal.close()
    return folder


def _check(figures, *names):
    assert [f.name for f in figures] == list(names)
    for f in figures:
        assert isinstance(f, Figure)
        assert f.value is None or f.value >= 0
        assert f.met in (True, False, None)


def test_startup_probe_reports_first_paint_for_both_programs(tiny_journal):
    figures = measures.startup(tiny_journal, 1)
    _check(figures, "start-up ratio (Thabat / empty window)", "start-up, Thabat to first paint",
           "start-up, empty window to first paint")
    assert all(f.value > 0 for f in figures)


def test_search_latency_runs_every_query(tiny_journal):
    figures = measures.search_latency(tiny_journal, 1)
    _check(figures, "search p50", "search p95", "search p95, CPU time only")
    assert figures[1].target == 20.0 and figures[1].value >= figures[0].value


def test_exports(tiny_journal):
    pdf = measures.pdf_export(tiny_journal, 1)
    _check(pdf, "PDF export, whole journal", "PDF export, peak memory")
    assert "pages" in pdf[0].note and pdf[1].value > 10  # a Python process with Qt is bigger than 10 MB
    _check(measures.json_round_trip(tiny_journal, 1), "JSON export", "JSON import into a fresh folder")


def test_cli_search_is_timed_as_a_whole_process_with_its_peak_memory(tiny_journal):
    figures = measures.cli_search(tiny_journal, 1)
    _check(figures, "CLI search, whole process", "CLI search, peak memory")
    assert figures[0].target == 0.2 and figures[1].target == 50.0 and figures[1].value > 5
    assert figures[0].note.startswith("CPU time ")


def test_session_probe_reports_gaps_dialogs_pages_and_memory(tiny_journal):
    figures = session.session(tiny_journal, 1)
    names = [f.name for f in figures]
    assert names[:7] == ["start-up: longest event-loop gap", "start-up: ORM ready after first paint",
                         "start-up: interface modules loaded after first paint",
                         "start-up: pages built ahead after first paint", "charts prepared (pointer on Charts)",
                         "charts preparation: longest event-loop gap", "dialog: empty QDialog (floor)"]
    assert {"dialog: Log a rejection", "page charts: first open", "page journal: longest event-loop gap",
            "memory: idle after start-up", "memory: idle, charts prepared",
            "memory: after visiting every page"} <= set(names)
    assert all(f.value is not None and f.value >= 0 for f in figures)
    assert next(f for f in figures if f.name == "page charts: first open").target == 300.0
    dialog = next(f for f in figures if f.name == "dialog: Log a rejection")
    assert dialog.target == 2 * figures[6].value
    assert next(f for f in figures if f.name == "memory: idle after start-up").value > 10


def test_ready_is_measured_from_outside_against_the_floor(tiny_journal):
    figures = ready.ready(tiny_journal, 1, idle_s=0.5)
    assert [f.target for f in figures] == [1.5, None, None, None, 2.0, None, None, 1.5, None, None]
    if not ready.available():  # `make bench` needs Xvfb and xdotool (.ci/run installs them)
        assert all(f.value is None and f.note == "needs Xvfb and xdotool" for f in figures)
        return
    assert all(f.value > 0 for f in figures)
    assert figures[1].value > figures[3].value  # the key is answered after the window is mapped
    assert figures[8].value > figures[9].value > 0  # CPU time to the answer, Thabat's and the floor's


def test_charts_step_reports_each_chart_or_says_it_is_missing(tiny_journal):
    figures = charts.chart_render(tiny_journal, 1, langs=("ar",))
    if charts.available():
        assert len(figures) > 1 and all(f.value is not None and f.target == 150.0 for f in figures)
        assert all(f.note.startswith("CPU time ") for f in figures)
    else:
        assert figures[0].value is None and "not in this tree" in figures[0].note


def test_csv_import_step_imports_every_row_and_times_each_block(tiny_journal, tmp_path):
    # Blocks of thousands of rows: CPU time is read in ticks of 10 ms, and 1,000 rows now take about that.
    figures = csv_import.csv_import(tiny_journal, 1, rows=10_000, block=4000)
    _check(figures, "CSV import, 10,000 rows", "CSV import, CPU time", "CSV import, peak memory",
           "CSV import, slowest / first 4,000-row block", "CSV import, after the last row")
    assert 0 < figures[4].value < figures[0].value
    assert figures[0].target == figures[1].target == 60.0 and figures[2].target == 500.0 and figures[2].value > 10
    assert 0 < figures[1].value and 0 < figures[3].value <= 1 and figures[3].note.startswith("rows per CPU second (per second) by block: 4k: ")
    sheet = csv_import.write_sheet(tmp_path / "a.csv", 5)
    assert sheet.read_text(encoding="utf-8").count("\n") == 6


def test_block_rates_come_from_the_progress_lines_as_they_arrived():
    Update = processes.Update
    updates = (Update(0.5, 0.25, "Importing row 2000 of 9000"), Update(1.5, 0.75, "Importing row 4000 of 9000"),
               Update(1.7, 0.8, "other"), Update(2.0, 1.0, "Importing row 6000 of 9000"),
               Update(4.0, 2.0, "Importing row 8000 of 9000"), Update(4.5, 2.25, "Importing row 9000 of 9000"),
               Update(4.6, 2.3, "Imported 9000 applications"))
    # from the first report (2000 rows); the last 1000 rows are under half a 4000-row block: left out
    assert csv_import.block_rates(updates, 4000) == [(4000, 2000.0, 4000.0), (8000, 1600.0, 3200.0)]
    assert csv_import.block_rates(updates, 3000) == [(4000, 2000.0, 4000.0), (6000, 4000.0, 8000.0),
                                                     (9000, 1200.0, 2400.0)]
    assert csv_import.block_rates((), 3000) == []


def test_a_terminal_run_times_what_the_command_shows():
    script = "import sys; sys.stderr.write('Importing row 1 of 2\\rImporting row 2 of 2\\n'); print('done')"
    finished = processes.run_measured([sys.executable, "-c", script], {}, terminal=True)
    assert [update.text for update in finished.terminal] == ["Importing row 1 of 2", "Importing row 2 of 2"]
    assert finished.cpu_seconds > 0
    assert "done" in finished.output and all(update.at > 0 for update in finished.terminal)


def test_a_progress_line_is_timed_when_it_arrives_not_when_the_next_one_ends_it():
    """The last progress line is ended only by the command's last write, after the indexes and the commit:
    timed then, the import's last block took the work done once at the end."""
    lines = processes.TerminalLines()
    lines.feed(b"\rImporting row 1 of 2", 1.0, 0.5)
    lines.feed(b"\rImporting row 2", 2.0, 1.0)
    lines.feed(b" of 2", 2.5, 1.2)
    lines.feed(b"\r              \r", 9.0, 4.0)
    lines.feed(b"Imported 2\nwarning: x", 9.5, 4.1)
    assert lines.ended() == [processes.Update(1.0, 0.5, "Importing row 1 of 2"),
                             processes.Update(2.0, 1.0, "Importing row 2 of 2"),
                             processes.Update(9.5, 4.1, "Imported 2"), processes.Update(9.5, 4.1, "warning: x")]


def test_a_failing_command_is_reported_not_swallowed(tmp_path):
    with pytest.raises(RuntimeError, match="failed"):
        processes.run_measured(["false"], {})


def test_percentiles_and_table():
    assert percentile([5.0], 95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([0.0, 10.0], 95) == pytest.approx(9.5)
    text = table([Figure("search p95", 25.0, "ms", 20.0), Figure("PDF", 3.0, "s", 10.0), Figure("x", None, "ms")])
    assert "MISSED" in text and "ok" in text and "≤ 20.0 ms" in text


def test_the_whole_run_writes_results_json(tmp_path, monkeypatch):
    """The entry point end to end, with every measure stubbed but the journal build (a 1-year demo is too slow)."""
    import bench.__main__ as entry

    monkeypatch.setattr(entry.demo_build, "demo_build",
                        lambda folder, years, repeat: [Figure(f"demo build {years} {repeat}", 0.5, "s", 10.0)])
    monkeypatch.setattr(entry, "steps", lambda args: [("stub", lambda folder, r: [Figure("stub", r, "ms", 1.0)],
                                                       args.repeat)])
    out = tmp_path / "results.json"
    assert bench_main(["--repeat", "2", "--output", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["settings"]["repeat"] == 2 and "cores" in data["machine"]
    assert [(f["name"], f["value"], f["met"]) for f in data["figures"]] == [
        ("demo build 5 3", 0.5, True), ("stub", 2, False)]


def test_the_demo_build_is_the_median_of_its_runs_and_keeps_the_first_journal(tmp_path, monkeypatch):
    from bench import demo_build
    from bench.processes import Finished

    made = []

    def run(command, env):
        folder = Path(command[command.index("--data-dir") + 1])
        folder.mkdir()
        made.append(folder)
        return Finished(seconds=20.0 + len(made), peak_rss_mb=1, output="", cpu_seconds=[9.0, 7.0, 8.0][len(made) - 1])

    monkeypatch.setattr(demo_build, "run_measured", run)
    cpu, wall = demo_build.demo_build(tmp_path / "journal", 5, 3)
    assert (cpu.value, cpu.target, cpu.met) == (8.0, 10.0, True) and "9.00, 7.00, 8.00" in cpu.note
    assert (wall.value, wall.target) == (22.0, None)
    assert [folder.exists() for folder in made] == [True, False, False] and made[0] == tmp_path / "journal"


def test_long_work_probe_reports_each_job_s_event_loop_gap(tiny_journal):
    from bench import long_work

    figures = long_work.long_work(tiny_journal, 1)
    names = [f.name for f in figures]
    assert names[0] == "long work none (idle window, 2 s): longest event-loop gap"
    assert {"long work PDF export: longest event-loop gap", "long work JSON import: longest event-loop gap",
            "long work restore: longest event-loop gap", "long work demo journal (2 years): longest event-loop gap",
            } <= set(names)
    assert all(f.target == 50.0 and f.value is not None and f.value > 0 for f in figures)
    assert not any("FAILED" in f.note for f in figures), [f.note for f in figures]


def test_a_crash_after_the_work_is_done_is_measured_and_reported():
    script = "import os, signal; print('Wrote 3 pages', flush=True); os.kill(os.getpid(), signal.SIGABRT)"
    finished = processes.run_measured([sys.executable, "-c", script], {}, crash_after="Wrote ")
    assert finished.status == -signal.SIGABRT and "Wrote 3 pages" in finished.output
    with pytest.raises(RuntimeError, match="failed"):
        processes.run_measured([sys.executable, "-c", script.replace("Wrote", "Nothing")], {}, crash_after="Wrote ")


def test_a_childs_peak_memory_is_its_own_not_the_benchmarks():
    """Linux carries a parent's peak RSS into the child it starts; the benchmark grows to hundreds of MB."""
    ballast = b"x" * (400 * 1024 * 1024)  # written, so resident: this process now peaks above 400 MB
    finished = processes.run_measured([sys.executable, "-c", "print('small')"], {})
    assert len(ballast) and finished.output.strip() == "small"
    assert 1 < finished.peak_rss_mb < 100
