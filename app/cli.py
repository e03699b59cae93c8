"""The `thabat` command line: the GUI by default, sub-commands for scripts, backups and tests.

Exit status: 0 on success, 2 on bad input (one clear line on stderr, nothing written).
The GUI itself is started through a callable handed in by `ui.launcher`, so this layer never
imports widgets. Sub-commands live in `app/commands/`, one module per concern.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Sequence

import app
from app.data_folder import warn_once_if_shared
from app.paths import data_dir

GuiStarter = Callable[[Path, "str | None"], int]


class _ShowVersion(argparse.Action):
    """--version, reading the installed version only when asked (every start builds this parser)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args) -> None:
        print(f"thabat {app.__version__}")
        parser.exit()


OPTIONS_WITH_VALUES = ("--data-dir", "--lang")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thabat", description="A private, bilingual journal for job seekers. Without a command, starts the app."
    )
    parser.add_argument("--version", action=_ShowVersion)
    parser.add_argument("--data-dir", metavar="DIR", help="the journal's folder (default: $THABAT_DATA_DIR, "
                        "then the platform's user data folder)")
    parser.add_argument("--lang", choices=("ar", "en"), help="the app's language for this run (default: the setting, "
                        "then the system's)")
    if with_commands:
        commands = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module in _command_modules():
            module.add_parsers(commands)
    return parser


def _command_modules():
    from app.commands import backups, exchange, journal

    return journal, exchange, backups


def starts_the_app(arguments: Sequence[str]) -> bool:
    """True when the arguments are only --data-dir and --lang: the GUI starts, and the commands'
    modules and parsers (a few hundredths of a second) are not needed."""
    expecting_value = False
    for token in arguments:
        if expecting_value:
            expecting_value = False
        elif token in OPTIONS_WITH_VALUES:
            expecting_value = True
        elif not token.startswith(tuple(f"{option}=" for option in OPTIONS_WITH_VALUES)):
            return False  # a command, --help, --version, or something the full parser must judge
    return not expecting_value


def main(argv: Sequence[str] | None = None, gui: GuiStarter | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if gui is not None and starts_the_app(arguments):
        args = build_parser(with_commands=False).parse_args(arguments)
        folder = data_dir(args.data_dir)
        warn_once_if_shared(folder)
        return gui(folder, args.lang)
    parser = build_parser()
    args = parser.parse_args(arguments)
    folder = data_dir(args.data_dir)
    warn_once_if_shared(folder)
    if args.command is None:
        if gui is None:
            parser.error("the app is not available from here; use a command")
        return gui(folder, args.lang)
    from app.errors import UserError

    handlers = {name: handler for module in _command_modules() for name, handler in module.COMMANDS.items()}
    try:
        return handlers[args.command](args, folder)
    except UserError as error:
        print(f"thabat: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        from app.disk_errors import disk_problem

        problem = disk_problem(error, folder)
        if problem is None:
            raise
        print(f"thabat: {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
