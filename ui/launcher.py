"""The `thabat` entry point: the command line, which starts the GUI when no command is given."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence


def _start_gui(folder: Path, lang: str | None) -> int:
    import PySide6.QtCore  # noqa: F401  (first, so that PySide6's check of the GUI's modules is replaced before them)

    from thabat.app.runtime.library_fixes import check_sources_without_keeping

    check_sources_without_keeping()
    from thabat.ui.application import run  # widgets load only for the GUI

    return run(folder, lang)


def main(argv: Sequence[str] | None = None) -> int:
    from thabat.app.cli import main as cli_main, starts_the_app

    if not starts_the_app(sys.argv[1:] if argv is None else argv):
        from thabat.app.runtime.library_fixes import keep_none_alive

        keep_none_alive()  # before a command paints (a PDF): PySide6 6.12 leaks references to None
    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())
