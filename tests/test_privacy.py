"""Privacy: user-only files and folders, and no network access anywhere (the guard is in conftest)."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.runtime.logs import close_logging, log_path
from thabat.app.runtime.paths import database_path, lock_path, settings_path
from thabat.app.usecases.backups import automatic_backup, make_backup
from tests.conftest import NetworkAccessAttempted


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_network_guard_works():
    with pytest.raises(NetworkAccessAttempted):
        socket.create_connection(("example.org", 443))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp, pytest.raises(NetworkAccessAttempted):
        tcp.connect(("127.0.0.1", 9))


def test_local_sockets_stay_allowed(tmp_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server, \
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        server.bind(str(tmp_path / "s"))
        server.listen(1)
        client.connect(str(tmp_path / "s"))


def test_data_folder_journal_and_backups_are_user_only(isolated_data):
    Journal.open(isolated_data).close()  # a folder Thabat creates is the user's alone
    assert _mode(isolated_data) == 0o700
    assert _mode(database_path(isolated_data)) == 0o600
    daily = automatic_backup(isolated_data)
    manual = make_backup(isolated_data)
    assert _mode(daily.parent) == 0o700
    assert _mode(daily) == 0o600 and _mode(manual) == 0o600


def test_a_full_gui_start_and_the_commands_open_no_socket(qtbot, isolated_data, monkeypatch, capsys):
    """Start the whole app (logging, single instance, health check, daily backup, every page), then stats."""
    from thabat.app.cli import main
    from thabat.ui import application
    from thabat.ui.single_instance import SingleInstance

    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    instance = SingleInstance(isolated_data)
    assert instance.acquire()
    try:
        window = application.start(application.create_application(), isolated_data, "ar", instance)
        qtbot.addWidget(window)
        for key in window.pages:
            window.show_page(key)
        with qtbot.waitSignal(instance.raise_requested):
            assert SingleInstance(isolated_data).ask_running_to_raise()
        application.shut_down(window.context)
        window.switcher.apply("en")  # the next tests expect English
    finally:
        instance.release()
        close_logging()
    assert main(["stats"]) == 0
    assert "Applications" in capsys.readouterr().out
    assert _mode(log_path(isolated_data)) == 0o600
    assert _mode(isolated_data / "backups") == 0o700


def test_a_folder_the_user_chose_is_not_chmodded_but_warned_about_once(tmp_path, capsys):
    from thabat.app.cli import main

    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    assert main(["--data-dir", str(chosen), "stats"]) == 0
    assert main(["--data-dir", str(chosen), "stats"]) == 0
    assert _mode(chosen) == 0o755
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and f"chmod 700 {chosen}" in warnings[0]
    assert _mode(database_path(chosen)) == 0o600


def test_a_private_folder_gets_no_warning(tmp_path, capsys):
    from thabat.app.cli import main

    assert main(["--data-dir", str(tmp_path / "new"), "stats"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_settings_and_lock_files_are_user_only(qtbot, isolated_data):
    from thabat.app.preferences import Preferences
    from thabat.ui.single_instance import SingleInstance

    old_umask = os.umask(0o022)  # the usual desktop umask, whatever the test runner's is
    try:
        Preferences(isolated_data).set("weekly_goal", 7)
        instance = SingleInstance(isolated_data)
        assert instance.acquire(listen=False)
        try:
            assert _mode(lock_path(isolated_data)) == 0o600
        finally:
            instance.release()
    finally:
        os.umask(old_umask)
    assert _mode(settings_path(isolated_data)) == 0o600
