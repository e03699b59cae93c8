"""One Thabat per data folder: the second launch raises the first and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from thabat.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[1]


def test_the_server_name_is_a_hash_of_the_folder_and_differs_per_folder(tmp_path):
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b and a.startswith("thabat-") and len(a) == len("thabat-") + 24
    assert str(tmp_path) not in a
    assert server_name(tmp_path / "a") == a


def test_a_second_instance_on_the_same_folder_asks_the_first_to_raise(qtbot, isolated_data):
    first, second = SingleInstance(isolated_data), SingleInstance(isolated_data)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.ask_running_to_raise()
    finally:
        first.release()
    assert second.acquire()  # released: the next launch owns the folder
    second.release()


def test_another_folder_is_another_instance(tmp_path):
    one, other = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "other")
    try:
        assert one.acquire() and other.acquire()
    finally:
        one.release()
        other.release()


def test_a_lock_left_by_a_crashed_process_is_taken_over(isolated_data):
    crashed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = crashed.stdout.strip()
    isolated_data.mkdir(parents=True, exist_ok=True)
    (isolated_data / "thabat.lock").write_text(f"{dead_pid}\nthabat\n{os.uname().nodename}\n")
    instance = SingleInstance(isolated_data)
    try:
        assert instance.acquire()
    finally:
        instance.release()


def test_a_second_thabat_process_raises_this_window_and_exits_0(qtbot, isolated_data, tmp_path):
    running = SingleInstance(isolated_data)
    assert running.acquire()
    env = dict(os.environ, THABAT_DATA_DIR=str(isolated_data), QT_QPA_PLATFORM="offscreen")
    try:
        with qtbot.waitSignal(running.raise_requested, timeout=30000):
            second = subprocess.Popen([sys.executable, "-m", "thabat.ui.launcher"], cwd=ROOT, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = second.communicate(timeout=30)
    finally:
        running.release()
    assert second.returncode == 0, err
    assert out.strip().count("\n") == 0 and "already running" in out
    assert not (isolated_data / "thabat.db").exists()  # the second process never opened the journal


def test_a_launch_while_the_first_is_still_starting_waits_for_it_to_listen(qtbot, isolated_data):
    starting = SingleInstance(isolated_data)
    assert starting.acquire(listen=False)  # the app listens only once its window is painted
    env = dict(os.environ, THABAT_DATA_DIR=str(isolated_data), QT_QPA_PLATFORM="offscreen")
    try:
        second = subprocess.Popen([sys.executable, "-m", "thabat.ui.launcher"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.wait(1200)  # the second launch has tried to connect by now, and keeps trying
        with qtbot.waitSignal(starting.raise_requested, timeout=30000):
            starting.listen()
        out, err = second.communicate(timeout=30)
    finally:
        starting.release()
    assert second.returncode == 0, err
    assert "already running" in out
