"""The `thabat` command line: the GUI by default, sub-commands for scripts, backups and tests.

Exit status: 0 on success, 2 on bad input (one clear line on stderr, nothing written).
The GUI itself is started through a callable handed in by `ui.launcher`, so this layer never
imports widgets. Sub-commands live in `app/commands/`, one module per concern.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Callable, Sequence

from thabat import app
from thabat.app.runtime.data_folder import warn_once_if_shared
from thabat.app.runtime.paths import data_dir
from thabat.app.text.direction import fill
from thabat.app.text.translation import translate, use_language

GuiStarter = Callable[[Path, "str | None"], int]


class _ShowVersion(argparse.Action):
    """--version, reading the installed version only when asked (every start builds this parser)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=translate("CommandLine", "show the version and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *_args) -> None:
        print(f"thabat {app.__version__}")
        parser.exit()


OPTIONS_WITH_VALUES = ("--data-dir", "--lang")


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, translate("CommandLine", "usage: ") if prefix is None else prefix)


class ThabatParser(argparse.ArgumentParser):
    """argparse with its own words (usage, options, errors) in the command line's language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        self.add_argument("-h", "--help", action="help", help=translate("CommandLine", "show this help and exit"))

    def error(self, message: str) -> None:
        message = _argparse_message(message)
        self.print_usage(sys.stderr)
        self.exit(2, fill(translate("CommandLine", "%1: error: %2"), self.prog, message, isolated=False) + "\n")


def _argparse_message(message: str) -> str:
    """argparse's own error sentences (it only offers gettext, which Thabat does not use) in Thabat's words."""
    argument = re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL)
    if argument:
        return fill(translate("CommandLine", "argument %1: %2"), argument[1], _argparse_message(argument[2]), isolated=False)
    patterns = (
        (r"invalid choice: (.*) \(choose from (.*)\)", translate("CommandLine", "invalid choice: %1 (choose from %2)")),
        (r"the following arguments are required: (.*)", translate("CommandLine", "these are required: %1")),
        (r"unrecognized arguments: (.*)", translate("CommandLine", "unknown arguments: %1")),
        (r"expected one argument()", translate("CommandLine", "a value is needed after it")),
    )
    for pattern, words in patterns:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            for index, value in enumerate(found.groups(), start=1):
                words = words.replace(f"%{index}", value)
            return words
    return message


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = ThabatParser(prog="thabat", description=translate(
        "CommandLine", "A private, bilingual journal for job seekers. Without a command, starts the app."))
    parser.add_argument("--version", action=_ShowVersion)
    parser.add_argument("--data-dir", metavar="DIR", help=translate(
        "CommandLine", "the journal's folder (default: $THABAT_DATA_DIR, then the platform's user data folder)"))
    parser.add_argument("--lang", choices=("ar", "en"), help=translate(
        "CommandLine", "the language for this run, its messages included (default: the setting, then the "
        "system's; messages: English)"))
    if with_commands:
        commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                         title=translate("CommandLine", "commands"))
        for module in _command_modules():
            module.add_parsers(commands)
    return parser


def _command_modules():
    from thabat.app.commands import backups, doctor, exchange, journal

    return journal, exchange, backups, doctor


def thabat_command() -> list[str]:
    """How to start this Thabat again (the app, or a command): the built program itself, or this
    Python running the launcher."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "thabat.ui.launcher"]


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


def message_language(arguments: Sequence[str]) -> str:
    """The language of messages and --help: `--lang` before the command if given, else English.

    Read before parsing, because argparse prints --help and its errors while it parses.
    """
    tokens = iter(arguments)
    for token in tokens:
        if token == "--lang" or token.startswith("--lang="):
            value = token.split("=", 1)[1] if "=" in token else next(tokens, "")
            return value if value in ("ar", "en") else "en"
        if token == "--data-dir":
            next(tokens, None)
        elif not token.startswith("-"):
            break  # the command: a --lang after it is an export's own language
    return "en"


def main(argv: Sequence[str] | None = None, gui: GuiStarter | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_language(message_language(arguments))
    try:
        if gui is None or not starts_the_app(arguments):
            return _run(arguments, gui)
        args = build_parser(with_commands=False).parse_args(arguments)
        folder = data_dir(args.data_dir)
    finally:
        use_language(None)  # the app translates through its own translators
    warn_once_if_shared(folder)
    return gui(folder, args.lang)


def _run(arguments: list[str], gui: GuiStarter | None) -> int:
    parser = build_parser()
    args = parser.parse_args(arguments)
    folder = data_dir(args.data_dir)
    warn_once_if_shared(folder)
    if args.command is None:
        if gui is None:
            parser.error(translate("CommandLine", "the app is not available from here; use a command"))
        use_language(None)  # the app translates through its own translators, switchable at run time
        return gui(folder, args.lang)
    from thabat.app.commands.common import error_text
    from thabat.app.errors import UserError

    handlers = {name: handler for module in _command_modules() for name, handler in module.COMMANDS.items()}
    try:
        return handlers[args.command](args, folder)
    except UserError as error:
        print("thabat: " + error_text(error), file=sys.stderr)
        return 2
    except Exception as error:
        from thabat.app.runtime.disk_errors import disk_problem

        problem = disk_problem(error, folder)
        if problem is None:
            raise
        print("thabat: " + error_text(problem), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl+C: the job stopped on its way out without leaving anything half-written
        from thabat.app.commands.progress import interrupted_message

        print(interrupted_message(), file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
