"""Shared fixtures: headless Qt, data folders in tmp_path, an in-memory journal, a frozen "today"."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.runtime_fixes import keep_none_alive

keep_none_alive()  # the suite paints a lot: PySide6 6.12 leaks references to None (app/runtime_fixes.py)

from datetime import date
from pathlib import Path

import socket

import pytest
from sqlmodel import Session

from app.journal import Journal

TODAY = date(2026, 11, 26)
"""The frozen "today" of every test that does not choose its own."""


@pytest.fixture(scope="session", autouse=True)
def widgets_application(qapp):
    """A QApplication from the first test on: the PDF writer would otherwise make a bare QGuiApplication,
    and widget tests run after it (e.g. `pytest -k export`) could not start."""
    return qapp


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


class NetworkAccessAttempted(AssertionError):
    """Thabat is local only: any attempt to reach the network fails the test."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail on any socket connection except local (AF_UNIX) ones, which QLocalSocket may use."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):
        def connect(self, address, *args, **kwargs):
            if self.family == getattr(socket, "AF_UNIX", None):
                return real(self, address, *args, **kwargs)
            raise NetworkAccessAttempted(f"network connection attempted to {address!r}")
        return connect

    def create_connection(address, *args, **kwargs):
        raise NetworkAccessAttempted(f"network connection attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    monkeypatch.setattr(socket, "create_connection", create_connection)


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


@pytest.fixture(autouse=True)
def english_after_each_test():
    """Translators belong to the application, which outlives a test: start every test in English."""
    yield
    from tests import ui_support

    if ui_support._switcher is not None and ui_support._switcher.current != "en":
        ui_support._switcher.apply("en")
