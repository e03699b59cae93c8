"""The big CSV import: a spreadsheet of a million applications into a fresh journal, as a subprocess.

The rows are unique, dated over ten years, in Arabic and English, with a status and notes on a
third of them (notes are what the search index holds for an application).
"""

from __future__ import annotations

import csv
import tempfile
from datetime import timedelta
from pathlib import Path

from bench import processes, workload
from bench.report import Figure
from bench.stats import median

COMPANIES = ("أرامكو السعودية", "Careem", "stc", "نون", "Google", "الراجحي", "Talabat", "سابك")
ROLES = ("محلل بيانات", "Data Analyst", "مهندس برمجيات", "Product Manager", "مصمم تجربة المستخدم")
STATUSES = ("", "Rejected", "مقابلة", "Waiting", "offer")


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


def csv_import(_folder: Path, repeat: int, rows: int = 1_000_000) -> list[Figure]:
    """`thabat import csv` of `rows` rows: wall time and the process's peak memory."""
    times, peaks = [], []
    with tempfile.TemporaryDirectory(prefix="thabat-bench-csv-") as out:
        sheet = write_sheet(Path(out) / "applications.csv", rows)
        for n in range(repeat):
            finished = processes.run_measured(
                workload.thabat("--data-dir", str(Path(out) / f"journal{n}"), "import", "csv", str(sheet),
                                "--today", workload.TODAY.isoformat()), workload.env())
            if f"Imported {rows} applications" not in finished.output:
                raise RuntimeError(f"the CSV import did not import every row:\n{finished.output[-2000:]}")
            times.append(finished.seconds)
            peaks.append(finished.peak_rss_mb)
    seconds = median(times)
    return [Figure(f"CSV import, {rows:,} rows", seconds, "s", 60.0, f"{rows / seconds:,.0f} rows/s, one transaction"),
            Figure("CSV import, peak memory", max(peaks), "MB", 500.0)]
