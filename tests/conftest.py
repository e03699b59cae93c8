"""Shared fixtures: headless Qt, data folders in tmp_path, an in-memory journal, a frozen "today"."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from app.journal import Journal

TODAY = date(2026, 11, 26)
"""The frozen "today" of every test that does not choose its own."""


@pytest.fixture(autouse=True)
def isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user folders: data, config and cache all live under tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("THABAT_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture
def journal() -> Journal:
    """An empty journal in memory at the newest schema."""
    opened = Journal.in_memory()
    yield opened
    opened.close()


@pytest.fixture
def session(journal: Journal):
    """A session over the in-memory journal; tests that expect errors may leave it rolled back."""
    with Session(journal.engine, expire_on_commit=False) as opened:
        yield opened
