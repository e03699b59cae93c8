"""What a long job is doing, in words: "Writing page 120 of 483", for the progress dialog and the terminal.

One wording for the GUI and the command line (context "LongWork" in the translations).
"""

from __future__ import annotations

from thabat.app.text.dates import DateStyle, number
from thabat.app.runtime.long_work import Step
from thabat.app.text.direction import fill
from thabat.app.text.translation import translate


def _counted_steps() -> dict[str, str]:
    return {
        "entry": translate("LongWork", "Preparing entry %1 of %2"),
        "page": translate("LongWork", "Writing page %1 of %2"),
        "row": translate("LongWork", "Importing row %1 of %2"),
        "table": translate("LongWork", "Reading the journal (part %1 of %2)"),
        "check": translate("LongWork", "Checking record %1 of %2"),
        "record": translate("LongWork", "Restoring record %1 of %2"),
        "application": translate("LongWork", "Writing application %1 of %2"),
        "chart": translate("LongWork", "Drawing chart %1 of %2"),
    }


def _plain_steps() -> dict[str, str]:
    return {
        "read": translate("LongWork", "Reading…"),
        "write": translate("LongWork", "Writing the file…"),
        "check": translate("LongWork", "Checking the backup…"),
        "chart": translate("LongWork", "Drawing the chart…"),
        "demo": translate("LongWork", "Writing the demo journal…"),
    }


def describe(step: Step, style: DateStyle | None = None, isolated: bool = True) -> str:
    """The step in the user's language and digits (`style` None: Latin digits, the command line)."""
    def shown(value: int) -> str:
        return number(value, style) if style is not None else str(value)

    if step.what == "copy" and step.total:
        percent = step.done * 100 // step.total
        return fill(translate("LongWork", "Copying the journal: %1%"), shown(percent), isolated=isolated)
    if step.what == "copy":
        return translate("LongWork", "Copying the journal…")
    counted = _counted_steps()
    if step.total and step.what in counted:
        return fill(counted[step.what], shown(step.done), shown(step.total), isolated=isolated)
    return _plain_steps().get(step.what, translate("LongWork", "Working…"))
