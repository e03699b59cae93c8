"""Each long job run in the app as a user starts it, while a 10 ms timer records the event loop's gaps.

Run by bench/long_work.py as `python bench/long_work_probe.py FOLDER OUT`; prints one JSON line:
for each job, its wall and CPU time (the whole process's) and the longest gap between two ticks while
it ran (how long a click waited).
The jobs go through the app's one runner (ui/long_work.py), on a thread of their own under the
progress dialog, as from the menus: PDF, JSON and CSV export, JSON import into a new journal, CSV
import, back up now, restore, a chart saved, the demo journal. The window is shown and idle first
(the ORM and matplotlib loaded), so the gaps are the jobs' own.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.session_probe import Ticks, end_on_error, settle, wait  # noqa: E402

CSV_ROWS = 20_000


def main() -> int:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    from thabat.ui import application

    app = application.create_application()
    ticks = Ticks()
    window = application.start(app, folder, "en", at_first_paint=lambda _window: ticks.start())
    sys.excepthook = end_on_error
    wait(app, lambda: ticks.timer.isActive())
    wait(app, lambda: window.background_loading is not None)
    loading = window.background_loading
    wait(app, lambda: loading.started)  # the loads begin a moment after the paint (ui/application.LOAD_GRACE_MS)
    wait(app, lambda: not loading._timer.isActive(), timeout_s=120)
    settle(app)
    context = window.context
    runner = context.long_work

    from thabat.app.usecases.backups import make_backup, restore_backup
    from thabat.app.charts.choices import period_for
    from thabat.app.charts.style import ChartStyle
    from thabat.app.export.csv_io import guess_mapping, read_sheet
    from thabat.app.export.pdf import PdfOptions
    from thabat.app.journal import Journal
    from thabat.app.usecases import charts, exchange
    from thabat.app.usecases.demo import make_demo_journal

    journal, today = context.journal, context.today()
    sheet_path = out / "applications.csv"
    with open(sheet_path, "w", encoding="utf-8", newline="") as sheet_file:
        sheet_file.write("Company,Role,Date applied,Notes\n")
        for n in range(CSV_ROWS):
            sheet_file.write(f"شركة {n},Analyst {n},2025-0{1 + n % 9}-{1 + n % 28:02d},ملاحظة رقم {n}\n")
    sheet = read_sheet(sheet_path)
    restored = out / "restored"
    shutil.copytree(folder, restored, ignore=shutil.ignore_patterns("backups", "*.lock"))
    imported, csv_journal = Journal.open(out / "imported"), Journal.open(restored)
    period = period_for("all", today, today, today)
    style = ChartStyle(dates=context.date_style())
    jobs = {
        "PDF export": lambda job: exchange.export_pdf_apart(journal, out / "journal.pdf", PdfOptions(today=today), "en", job),
        "JSON export": lambda job: exchange.export_json(journal, out / "backup.json", job),
        "CSV export": lambda job: exchange.export_csv(journal, out / "applications-out.csv", "en", job),
        "JSON import": lambda job: exchange.import_json(imported, out / "backup.json", job),
        f"CSV import ({CSV_ROWS:,} rows)": lambda job: exchange.import_applications(
            csv_journal, sheet, guess_mapping(sheet.headers), today, job),
        "back up now": lambda job: make_backup(folder, job=job),
        "restore": lambda job: restore_backup(out / "imported", folder / "backups" / made[0].name, job=job),
        "chart saved (PNG)": lambda job: charts.save_chart(journal, "applications", period, style, None,
                                                            out / "chart.png", job),
        "demo journal (2 years)": lambda job: make_demo_journal(out / "demo", today, job=job),
    }
    made: list[Path] = []
    results: dict[str, dict[str, float | str]] = {}
    ticks.reset()  # the floor: the same window idle, no job, on the same (perhaps busy) machine
    settle(app, 2000)
    results["none (idle window, 2 s)"] = {"seconds": 2.0, "cpu_seconds": 0.0, "gap_ms": ticks.longest * 1000, "failed": ""}
    for name, work in jobs.items():
        ended: list = []
        runner.finished.connect(ended.append)
        settle(app, 100)
        ticks.reset()
        started, cpu_started = time.perf_counter(), time.process_time()
        runner.start(window, name, work)
        wait(app, lambda: bool(ended), timeout_s=600)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        settle(app, 100)
        runner.finished.disconnect(ended.append)
        outcome = ended[0]
        if name == "back up now" and outcome.result is not None:
            made.append(outcome.result)
        if name == "JSON import":
            imported.close()
        results[name] = {"seconds": seconds, "cpu_seconds": cpu_seconds, "gap_ms": ticks.longest * 1000,
                         "failed": outcome.message or ("cancelled" if outcome.cancelled else "")}
    csv_journal.close()
    print("long_work " + json.dumps(results), flush=True)
    window.close()
    application.shut_down(context, window.background_loading)
    return 0


if __name__ == "__main__":
    sys.exit(main())
