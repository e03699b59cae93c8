"""The dialogs a user opens most, made ahead while the window is idle, so that opening one is a show.

Making a dialog is Qt's work on the GUI thread: ~70 widgets made and styled by the application's style
sheet (Log a rejection ~20 ms of CPU here, an empty QDialog ~3 ms). After the pages built ahead
(ui/pages_ahead.py), one dialog of each kind is made an idle turn at a time and kept hidden, never shown,
and so never read from: a dialog reads its journal after its first paint (ui/dialog_reads.py).

Opening takes the one prepared (`take`), binds it to its application (a few setters: the names, the
stage reached, the interview) and shows it. It is used once and deleted after use like any dialog, and
the next one is made in an idle turn after it closes: a dialog made and never shown is fresh by its
construction (empty fields, today's date, focus on its first field, no read, no "More details" opened),
where resetting a used one would have to undo every way it was used. A dialog asked for before its
prepared copy exists is made then, as before. One made on another day, in another language or over
another journal is not used (it is deleted, and one is made at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from thabat.ui.context import AppContext
from thabat.ui.dialog_parts import make_whole

if TYPE_CHECKING:
    from thabat.app.usecases.prep import ComingUpItem
    from thabat.ui.about_dialog import AboutDialog
    from thabat.ui.application_dialog import ApplicationDialog
    from thabat.ui.debrief_dialog import DebriefDialog
    from thabat.ui.rejection_dialog import RejectionDialog
    from thabat.ui.stage_dialog import StageDialog

AHEAD = ("rejection", "application", "stage", "debrief", "about")
"""Log a rejection (Ctrl+R) first: the one a user opens most, and from anywhere."""

AGAIN_AFTER_MS = 200
"""After a prepared dialog closed, its successor is made this long after: whatever its closing asked for
(a page refreshed, a row selected, the window repainted) runs first."""


def _rejection(context: AppContext, parent: QWidget) -> QDialog:
    from thabat.ui.rejection_dialog import RejectionDialog

    return RejectionDialog(context, parent=parent)


def _application(context: AppContext, parent: QWidget) -> QDialog:
    from thabat.ui.application_dialog import ApplicationDialog

    return ApplicationDialog(context, parent=parent)


def _stage(context: AppContext, parent: QWidget) -> QDialog:
    from thabat.ui.stage_dialog import StageDialog

    return StageDialog(context, None, parent=parent)


def _debrief(context: AppContext, parent: QWidget) -> QDialog:
    from thabat.ui.debrief_dialog import DebriefDialog

    return DebriefDialog(context, None, parent)


def _about(context: AppContext, parent: QWidget) -> QDialog:
    from thabat.ui.about_dialog import AboutDialog

    return AboutDialog(context.folder, parent)


MAKERS: dict[str, Callable[[AppContext, QWidget], QDialog]] = {
    "rejection": _rejection, "application": _application, "stage": _stage, "debrief": _debrief, "about": _about}


class DialogsAhead(QObject):
    """One hidden, never-shown dialog of each kind in `AHEAD`, parented to the window."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.prepared: dict[str, QDialog] = {}
        self._made_for: dict[str, tuple] = {}
        self._stopped = False

    def _now(self) -> tuple:
        """What a prepared dialog was made for: the day (its date fields), the language, the journal."""
        context = self.context
        return context.today(), context.lang, context.journal

    def prepare(self, key: str) -> None:
        """One idle step: make the dialog of this kind unless one is prepared already."""
        if self._stopped or key in self.prepared:
            return
        dialog = self.prepared[key] = MAKERS[key](self.context, self._window)
        make_whole(dialog)  # the part a dialog made on open makes after its first paint: made here too
        # Styled and laid out now as well (Qt does both when a widget is first shown): the open is a show.
        # Its size is worked out again when shown, from its caches: what `bind` sets (a heading) may need more.
        dialog.ensurePolished()
        dialog.adjustSize()
        dialog.setAttribute(Qt.WidgetAttribute.WA_Resized, False)
        # Its window on the screen too (an X window under X11), which a first show otherwise makes: on the
        # five-year demo under Xvfb, Log a rejection opened in 1.13x an empty QDialog's time instead of 1.79x,
        # Debrief 1.33x instead of 1.90x (medians of three alternating pairs); idle memory did not move.
        dialog.winId()
        self._made_for[key] = self._now()

    def prepare_next(self) -> bool:
        """Make the first missing dialog of `AHEAD`; False when every one is prepared."""
        for key in AHEAD:
            if key not in self.prepared:
                self.prepare(key)
                return not self._stopped
        return False

    def take(self, key: str) -> QDialog | None:
        """The prepared dialog of this kind, now the caller's to bind, show and delete after use; None if
        there is none (the caller makes one, as before). Its successor is made while idle after it closes."""
        dialog = self.prepared.pop(key, None)
        if dialog is None:
            return None
        if self._made_for.pop(key) != self._now():  # stale: another day, language or journal
            dialog.deleteLater()
            return None
        dialog.finished.connect(lambda _result: QTimer.singleShot(AGAIN_AFTER_MS, self, lambda: self.prepare(key)))
        return dialog

    def stop(self) -> None:
        """The window closes: nothing more is made, and what was made is deleted here, on the GUI thread."""
        self._stopped = True
        for dialog in self.prepared.values():
            dialog.deleteLater()
        self.prepared.clear()
        self._made_for.clear()


def take_prepared(context: AppContext, key: str) -> QDialog | None:
    """The dialog of this kind prepared while idle, if the window prepares them (tests of a lone page do not)."""
    ahead: DialogsAhead | None = context.dialogs_ahead
    return ahead.take(key) if ahead is not None else None


# What the window and its pages open: the prepared dialog, or one made now as it would have been, then bound
# the same way.

def _opened(context: AppContext, key: str, parent: QWidget) -> QDialog:
    dialog = take_prepared(context, key)
    return MAKERS[key](context, parent) if dialog is None else dialog


def rejection_dialog(context: AppContext, parent: QWidget, company: str = "", role: str = "",
                     application_id: int | None = None) -> RejectionDialog:
    dialog = _opened(context, "rejection", parent)
    dialog.bind(company, role, application_id)
    return dialog


def application_dialog(context: AppContext, parent: QWidget) -> ApplicationDialog:
    """Add an application (editing one makes its dialog: it is filled from that application)."""
    return _opened(context, "application", parent)


def stage_dialog(context: AppContext, application_id: int, parent: QWidget, preset: str | None = None) -> StageDialog:
    """Record a new stage (editing a step makes its dialog: it is filled from that step)."""
    dialog = _opened(context, "stage", parent)
    dialog.bind(application_id, preset)
    return dialog


def debrief_dialog(context: AppContext, interview: ComingUpItem, parent: QWidget) -> DebriefDialog:
    dialog = _opened(context, "debrief", parent)
    dialog.bind(interview)
    return dialog


def about_dialog(context: AppContext, parent: QWidget) -> AboutDialog:
    return _opened(context, "about", parent)
