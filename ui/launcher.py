"""The `thabat` entry point: the command line, which starts the GUI when no command is given."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence


def _start_gui(folder: Path, lang: str | None) -> int:
    from thabat.app.runtime.background_load import hold_collection_for_start_up, release_start_up_hold

    hold_collection_for_start_up()  # until the turn after the first paint (ui/application.py)
    try:
        return _start_window(folder, lang)
    finally:
        release_start_up_hold()  # if the window never painted (a journal that could not be opened)


def _start_window(folder: Path, lang: str | None) -> int:
    opening = _check_journal_early(folder)
    import PySide6.QtCore  # noqa: F401  (first, so that PySide6's check of the GUI's modules is replaced before them)

    from thabat.app.runtime.library_fixes import check_sources_without_keeping

    check_sources_without_keeping()
    from thabat.ui.fonts import read_font_config_early

    read_font_config_early()  # meanwhile, on its own thread
    from thabat.ui.application import run  # widgets load only for the GUI

    return run(folder, lang, opening)


def _check_journal_early(folder: Path):
    """The journal's health check (`PRAGMA quick_check`, ~15 ms on five years), started on its own thread
    before PySide6 loads: sqlite3 lets go of the GIL while it reads, so it is over by the time the window
    is built, and the window no longer waits for it. `open_journal` still takes its answer before any window
    (a damaged journal gets the restore offer instead). None if it could not even start: `start` then opens
    the journal as it always did, and whatever went wrong is reported there."""
    from thabat.app.journal import OpeningJournal

    try:
        return OpeningJournal(folder)
    except Exception:  # reported by `start`'s own attempt, with the crash dialog in place
        return None


APP_OPTIONS = ("--data-dir", "--lang")
"""The options of the app itself (no command): what a desktop file, a shortcut or a test passes."""


def plain_app_options(arguments: Sequence[str]) -> dict[str, str] | None:
    """The app's own options when the arguments are only these, each once, spelled out in full, with a value
    that is not an option and a language Thabat speaks: {"--lang": "ar"}. None for anything else (a command,
    --help, an abbreviation, a missing or a wrong value), which the command line's parser then reads, with
    its messages. Read by hand because argparse and the commands' parsers cost ~10 ms of every launch."""
    options: dict[str, str] = {}
    tokens = iter(arguments)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name not in APP_OPTIONS or name in options:
            return None
        if not equals:
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return None
        if name == "--lang" and value not in ("ar", "en"):
            return None
        options[name] = value
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = plain_app_options(sys.argv[1:] if argv is None else argv)
    if options is not None:  # the app, as it is usually started: the command line's parser is not needed
        from thabat.app.runtime.data_folder import warn_once_if_shared
        from thabat.app.runtime.paths import data_dir

        folder = data_dir(options.get("--data-dir"))
        warn_once_if_shared(folder)
        return _start_gui(folder, options.get("--lang"))
    from thabat.app.cli import main as cli_main, starts_the_app

    if not starts_the_app(sys.argv[1:] if argv is None else argv):
        from thabat.app.runtime.library_fixes import keep_none_alive

        keep_none_alive()  # before a command paints (a PDF): PySide6 6.12 leaks references to None
    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())
