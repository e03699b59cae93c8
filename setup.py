"""Compile the translations while building, so `pip install .` ships the .qm files Qt loads.

All metadata lives in pyproject.toml; this file only adds one step to `build_py`. It runs Qt's
`lrelease` (from PySide6-Essentials, listed in [build-system] requires) on
resources/translations/*.ts and writes the .qm files into the build directory, never into the
source tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("resources") / "translations"
# The repository's top-level folders, installed as subpackages of one package, `thabat`, which is a
# namespace package (it has no folder of its own): site-packages gets only `thabat/`.
FOLDERS = ("app", "ui", "storage", "resources")
# Folders without an __init__.py (resources/fonts, resources/translations…) are listed as packages
# too: setuptools is dropping support for installing an undeclared folder's files as its parent's data.
PACKAGES = [f"thabat.{name}" for name in find_namespace_packages(
    include=[f"{top}*" for top in FOLDERS], exclude=["*__pycache__*"])]


def lrelease_command() -> list[str]:
    """Qt's lrelease through PySide6's own wrapper, which finds the binary inside the wheel."""
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"]


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install loads from the source tree: `make translations`
            return
        target = Path(self.build_lib) / "thabat" / TRANSLATIONS
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            raise SystemExit("build: no translations found in resources/translations")
        for source in sources:
            qm = target / source.with_suffix(".qm").name
            subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"build: lrelease wrote nothing for {source}")


setup(
    packages=PACKAGES,
    package_dir={f"thabat.{top}": top for top in FOLDERS},
    cmdclass={"build_py": BuildPyWithTranslations},
)
