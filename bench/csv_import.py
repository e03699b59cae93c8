"""The big CSV import: a spreadsheet of a million applications into a fresh journal, as a subprocess.

The rows are distinct applications, dated over ten years, in Arabic and English, as a real
spreadsheet holds them: companies come back (eight employers with a few hundred branches or
teams each, about 2,200 names in a million rows), there are five roles, most rows have no notes,
and a third have notes, each one different (the costly case for the search index).

Besides the time and the peak memory, the import's own progress (printed on a terminal every 2,000
rows) is timed as it arrives, with the CPU time the import has used by then, giving the rate of each
block of 100,000 rows: it must not fall as the journal grows. What follows the last row (the tables'
indexes built in one pass each, the commit) is timed on its own.
"""

from __future__ import annotations

import csv
import re
import tempfile
from datetime import timedelta
from pathlib import Path

from bench import processes, workload
from bench.report import Figure
from bench.stats import median

COMPANIES = ("أرامكو السعودية", "Careem", "stc", "نون", "Google", "الراجحي", "Talabat", "سابك")
ROLES = ("محلل بيانات", "Data Analyst", "مهندس برمجيات", "Product Manager", "مصمم تجربة المستخدم")
STATUSES = ("", "Rejected", "مقابلة", "Waiting", "offer")
BLOCK = 100_000
PROGRESS = re.compile(r"Importing row (\d+) of (\d+)")


def write_sheet(path: Path, rows: int) -> Path:
    """`rows` distinct applications as a UTF-8 spreadsheet with the headers a user would write."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("Company", "Role", "Date applied", "Status", "Location", "Notes"))
        for n in range(rows):
            day = workload.TODAY - timedelta(days=n % 3650)
            notes = f"مقابلة جيدة مع الفريق رقم {n}، وتعلمت الكثير عن interview {n}" if n % 3 == 0 else ""
            writer.writerow((f"{COMPANIES[n % len(COMPANIES)]} {n // 3650}", ROLES[n % len(ROLES)], day.isoformat(),
                             STATUSES[n % len(STATUSES)], "الرياض" if n % 2 else "Dubai", notes))
    return path


def block_rates(updates: tuple[processes.Update, ...], block: int = BLOCK) -> list[tuple[int, float, float]]:
    """(rows done at the block's end, rows per second, rows per CPU second) for each block of `block` rows.

    Timed from progress line to progress line, so the first block starts at the first report, not
    at the launch (reading the file, Python's start-up); a last block under half a block is left out.
    """
    marks = [(update, int(match.group(1)), int(match.group(2))) for update in updates
             if (match := PROGRESS.search(update.text))]
    if not marks:
        return []
    total = marks[-1][2]
    rates = []
    start, start_done, _total = marks[0]
    for update, done, _total in marks[1:]:
        ends_block = done >= (start_done // block + 1) * block
        ends_file = done == total and done - start_done >= block // 2
        if (ends_block or ends_file) and update.at > start.at and update.cpu > start.cpu:
            rows = done - start_done
            rates.append((done, rows / (update.at - start.at), rows / (update.cpu - start.cpu)))
            start, start_done = update, done
    return rates


def csv_import(_folder: Path, repeat: int, rows: int = 1_000_000, block: int = BLOCK) -> list[Figure]:
    """`thabat import csv` of `rows` rows: wall time, the process's peak memory, the rate per block."""
    times, cpu, peaks, rates, ends = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="thabat-bench-csv-") as out:
        sheet = write_sheet(Path(out) / "applications.csv", rows)
        for n in range(repeat):
            finished = processes.run_measured(
                workload.thabat("--data-dir", str(Path(out) / f"journal{n}"), "import", "csv", str(sheet),
                                "--today", workload.TODAY.isoformat()), workload.env(), terminal=True)
            if f"Imported {rows} applications" not in finished.output:
                raise RuntimeError(f"the CSV import did not import every row:\n{finished.output[-2000:]}")
            times.append(finished.seconds)
            cpu.append(finished.cpu_seconds)
            peaks.append(finished.peak_rss_mb)
            rates.append(block_rates(finished.terminal, block))
            ends.append(after_last_row(finished))
    seconds = median(times)
    middle = sorted(range(repeat), key=times.__getitem__)[repeat // 2]  # the blocks of the median run
    return [Figure(f"CSV import, {rows:,} rows", seconds, "s", 60.0, f"{rows / seconds:,.0f} rows/s, one transaction"),
            Figure("CSV import, CPU time", median(cpu), "s", 60.0,
                   note="user + system: near the wall time on a machine doing nothing else, under 60 s on a busy one"),
            Figure("CSV import, peak memory", max(peaks), "MB", 500.0),
            _steadiness(rates[middle], block),
            Figure("CSV import, after the last row", ends[middle], "s",
                   note="the indexes built in one pass each, the commit (in the wall time above)")]


def after_last_row(finished: processes.Finished) -> float | None:
    """Seconds from the last row's progress line to the command's end: the work done once, at the end."""
    last = [update.at for update in finished.terminal if PROGRESS.search(update.text)]
    return round(finished.seconds - last[-1], 2) if last else None


def _steadiness(rates: list[tuple[int, float, float]], block: int) -> Figure:
    """The slowest block's rate per CPU second against the first block's: 1.0 is a steady rate, below
    it a falling one. Per CPU second, because other work on the machine slows the wall clock alone."""
    name = f"CSV import, slowest / first {block:,}-row block"
    if len(rates) < 2:
        return Figure(name, None, "", note="fewer than two blocks")
    each = ", ".join(f"{done // 1000:,}k: {cpu_rate:,.0f} ({wall_rate:,.0f})" for done, wall_rate, cpu_rate in rates)
    return Figure(name, min(cpu_rate for _done, _wall, cpu_rate in rates) / rates[0][2], "",
                  note=f"rows per CPU second (per second) by block: {each}")
