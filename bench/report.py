"""Figures beside their targets: the terminal table and bench/results.json."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None  # None: not measured (say why in `note`)
    unit: str
    target: float | None = None  # the figure must be at most this
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value <= self.target


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f}{unit and ' ' + unit}"


def table(figures: list[Figure]) -> str:
    rows = [("Figure", "Measured", "Target", "")]
    for f in figures:
        verdict = {True: "ok", False: "MISSED", None: ""}[f.met]
        target = "—" if f.target is None else "≤ " + _number(f.target, f.unit)
        rows.append((f.name, _number(f.value, f.unit), target, " ".join(p for p in (verdict, f.note) if p)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3] for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(line.rstrip() for line in lines)


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def write_json(path: Path, figures: list[Figure], settings: dict) -> None:
    data = {"machine": machine(), "settings": settings,
            "figures": [dict(asdict(f), met=f.met) for f in figures]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
