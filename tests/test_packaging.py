"""Packaging: desktop entry and AppStream metadata validate, icons have their sizes, the wheel
carries compiled translations, and the built app starts, paints and quits in Arabic."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from configparser import ConfigParser
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging" / "linux" / "thabat.desktop"
METAINFO = ROOT / "packaging" / "linux" / "io.github.thabat.Thabat.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_entry_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_is_bilingual_and_launches_thabat():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "thabat" and section["Icon"] == "thabat"
    assert section["Name[ar]"] == "ثبات" and "Office;" in section["Categories"]
    assert section["StartupWMClass"] == "thabat"


def test_metainfo_names_both_languages_and_this_release():
    root = ET.parse(METAINFO).getroot()
    summaries = {element.get(XML_LANG, "en"): element.text for element in root.findall("summary")}
    assert set(summaries) == {"en", "ar"}
    assert any("\u0600" <= ch <= "\u06ff" for ch in summaries["ar"])
    assert [release.get("version") for release in root.iter("release")][0] == _version()
    # The screenshots it advertises are the ones kept in the repository.
    for image in root.iter("image"):
        assert (ROOT / "packaging" / "screenshots" / image.text.rsplit("/", 1)[1]).is_file(), image.text


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256, 512])
def test_icon_png_has_its_size(size):
    image = QImage(str(ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "thabat.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_window_icon_and_svg_exist():
    assert QImage(str(ROOT / "resources" / "icons" / "thabat-256.png")).width() == 256
    assert "<svg" in (ROOT / "resources" / "icons" / "thabat.svg").read_text(encoding="utf-8")


def _copy_sources(target: Path) -> None:
    """The project as a fresh clone has it: no compiled translations, no build leftovers."""
    ignore = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "*.qm",
                                    ".pytest_cache", ".hypothesis", ".import_linter_cache")
    shutil.copytree(ROOT, target, ignore=ignore)


def test_wheel_contains_compiled_translations(tmp_path):
    source = tmp_path / "src"
    _copy_sources(source)
    assert not list(source.rglob("*.qm"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(tmp_path / "wheels")],
        cwd=source, capture_output=True, text=True, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    # Every folder the wheel ships is a declared package: setuptools warns that it will stop
    # installing an undeclared folder's files (fonts, translations…) as its parent's data.
    assert "absent from the `packages` configuration" not in result.stderr, result.stderr[-3000:]
    [wheel] = (tmp_path / "wheels").glob("thabat-*.whl")
    assert wheel.name.startswith(f"thabat-{_version()}-")
    with zipfile.ZipFile(wheel) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    for lang in ("ar", "en"):
        assert sizes.get(f"thabat/resources/translations/thabat_{lang}.qm", 0) > 0
    assert "thabat/storage/migrations/script.py.mako" in sizes
    assert "thabat/storage/migrations/versions/0001_initial_schema.py" in sizes
    assert "thabat/resources/icons/thabat-256.png" in sizes
    assert "thabat/resources/fonts/NotoSansArabic-Regular.ttf" in sizes
    # One name in site-packages: the package and its metadata, nothing called app, ui or storage.
    assert {name.split("/")[0] for name in sizes} == {"thabat", f"thabat-{_version()}.dist-info"}
    installed = tmp_path / "site-packages"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                             "--target", str(installed), str(wheel)], capture_output=True, text=True,
                            env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(path.name for path in installed.iterdir() if path.name != "bin") == \
        ["thabat", f"thabat-{_version()}.dist-info"]


def test_smoke_start_paints_in_arabic_and_quits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "THABAT_QUIT_AFTER_START": "1",
           "THABAT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "thabat.ui.launcher", "--lang", "ar"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "painted=True language=ar translated=True" in result.stdout
    assert "ثبات" in result.stdout


def test_the_build_keeps_every_qt_module_the_app_imports():
    """A module left out of the PyInstaller build only fails in the built program, at start."""
    import re

    root = Path(__file__).resolve().parent.parent
    spec = (root / "packaging" / "thabat.spec").read_text(encoding="utf-8")
    used = set()
    for folder in ("app", "ui", "storage"):
        for path in (root / folder).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert "QtNetwork" in used
    for module in used:
        assert f'"PySide6.{module}"' not in spec, module
        assert f'"libQt6{module[2:]}"' not in spec, module
