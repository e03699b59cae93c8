"""The dialogs the main window opens from its shortcuts and menus: the guide, the shortcuts list, About,
and Log a rejection. Each dialog's module is imported when first opened, not at start-up; Log a rejection
and About are the ones prepared while idle if there are (ui/dialogs_ahead.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from thabat.ui.context import AppContext
from thabat.ui.modal import deleted_after_use

if TYPE_CHECKING:
    from thabat.ui.guide_dialog import GuideDialog
    from thabat.ui.shortcuts_dialog import ShortcutsDialog


class DialogsWindow(Protocol):
    """What the dialogs use of the main window (ui/main_window.py), named here so that the two modules
    need not import each other; each dialog opens over the window."""

    context: AppContext
    guide_dialog: GuideDialog | None
    shortcuts_dialog: ShortcutsDialog | None
    menus: object
    """Its menus (ui/menus.py), whose `shortcut_rows` the shortcuts dialog lists."""

    def show_page(self, key: str): ...


def open_guide(window: DialogsWindow) -> GuideDialog:
    """Show the guide and resources (F1), one dialog kept for the whole run (`window.guide_dialog`)."""
    if window.guide_dialog is None:
        from thabat.ui.guide_dialog import GuideDialog

        window.guide_dialog = GuideDialog(window.context, window)
    else:
        window.guide_dialog.retranslate()
    window.guide_dialog.show()
    window.guide_dialog.resources.refresh()
    window.guide_dialog.raise_()
    window.guide_dialog.activateWindow()
    return window.guide_dialog


def show_shortcuts(window: DialogsWindow) -> ShortcutsDialog:
    """Every shortcut of the window, in the language shown, one dialog kept (`window.shortcuts_dialog`)."""
    if window.shortcuts_dialog is None:
        from thabat.ui.shortcuts_dialog import ShortcutsDialog

        window.shortcuts_dialog = ShortcutsDialog(window.menus.shortcut_rows, window)
    window.shortcuts_dialog.show_rows()
    window.shortcuts_dialog.show()
    window.shortcuts_dialog.raise_()
    window.shortcuts_dialog.activateWindow()
    return window.shortcuts_dialog


def import_log_rejection() -> None:
    """Log a rejection's modules (~3 ms), imported in the event-loop turn right after the first paint
    (ui/application.py), before anything else that follows the paint: Ctrl+R pressed as the window appears
    then waits for nothing but the dialog itself."""
    import thabat.ui.rejection_dialog  # noqa: F401


def log_rejection(window: DialogsWindow) -> None:
    """Ctrl+R opens the dialog over the page on screen at once (it needs no ORM to open); the
    Applications page, built with the ORM, then shows what was logged."""
    from thabat.ui.dialogs_ahead import rejection_dialog

    with deleted_after_use(rejection_dialog(window.context, window)) as dialog:
        if not dialog.exec() or dialog.saved is None:
            return
        saved, reflect_now = dialog.saved, dialog.reflect_now
    window.show_page("applications").show_logged(saved, reflect_now)


def about(window: DialogsWindow) -> None:
    from thabat.ui.dialogs_ahead import about_dialog

    with deleted_after_use(about_dialog(window.context, window)) as dialog:
        dialog.exec()
