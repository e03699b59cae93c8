"""The first minute: a short welcome on a fresh data folder, shown once, skippable.

It asks for the language, the name used in message templates and the weekly goal, and offers to
import a spreadsheet of applications or to try the demo journal in a separate folder (the user's
own journal stays empty). Opened after the window's first paint, so it never delays it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QProcess, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from thabat.app.cli import thabat_command
from thabat.app.events import SettingsChanged
from thabat.app.preferences import Preferences
from thabat.app.runtime.paths import database_path
from thabat.app.text.direction import fill
from thabat.ui.form import LabelledForm
from thabat.ui.i18n import resolve
from thabat.ui.user_text import UserLineEdit
from thabat.ui.value_fields import ComboBox, SpinBox

if TYPE_CHECKING:
    from thabat.ui.main_window import MainWindow

DEMO_SUFFIX = "-demo"
"""The demo journal lives beside the user's own: <data folder>-demo."""


class WelcomeDialog(QDialog):
    """Accepted with `choice` "start", "import" or "demo"; rejected by Skip (or Esc): nothing is changed."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.preferences = preferences
        self.choice = ""
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")
        self.intro = QLabel(wordWrap=True)
        self.language = ComboBox()
        for key in ("system", "ar", "en"):
            self.language.addItem(key, key)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.get("language"))))
        self.user_name = UserLineEdit()
        self.user_name.setMaxLength(120)
        self.user_name.setText(preferences.get("user_name"))
        self.weekly_goal = SpinBox()
        self.weekly_goal.setRange(0, 100)
        self.weekly_goal.setValue(preferences.get("weekly_goal"))
        self.form = LabelledForm((self.language, self.user_name, self.weekly_goal))
        self.offers = QLabel(wordWrap=True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self._finish("import"))
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(lambda: self._finish("demo"))
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.reject)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._finish("start"))

        offers = QHBoxLayout()
        offers.addWidget(self.import_button)
        offers.addWidget(self.demo_button)
        offers.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.offers)
        layout.addLayout(offers)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText("<h2>" + self.tr("Welcome to Thabat") + "</h2>")
        self.intro.setText(self.tr("A private journal for your job search: log a rejection in seconds, learn from it, "
                                   "and keep going. Everything stays on this computer. Three quick choices, all of "
                                   "which you can change later in Settings."))
        self.form.set_labels((self.tr("&Language"), self.tr("Your &name (for message templates)"),
                              self.tr("&Weekly application goal")))
        names = {"system": self.tr("Same as the system"), "ar": "العربية", "en": "English"}
        for index in range(self.language.count()):
            self.language.setItemText(index, names[self.language.itemData(index)])
        self.user_name.setPlaceholderText(self.tr("For example: Dana Kim"))
        self.offers.setText(self.tr("Already tracking applications in a spreadsheet? Bring them in. Or look around a "
                                    "made-up journal first: it opens in a separate window and folder."))
        self.import_button.setText(self.tr("&Import a spreadsheet…"))
        self.demo_button.setText(self.tr("Try the &demo"))
        self.skip_button.setText(self.tr("&Skip"))
        self.start_button.setText(self.tr("&Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _finish(self, choice: str) -> None:
        """Keep the choices, then close; what `choice` asks for is the main window's to do."""
        self.preferences.set("language", self.language.currentData())
        self.preferences.set("user_name", self.user_name.text().strip())
        self.preferences.set("weekly_goal", self.weekly_goal.value())
        self.choice = choice
        self.accept()


def offer_welcome(window: MainWindow) -> WelcomeDialog:
    """Show the welcome over `window` (window-modal, not blocking start-up); it is never offered again."""
    preferences = window.context.preferences
    preferences.set("welcomed", 1)  # even if the app is closed with the welcome open
    dialog = WelcomeDialog(preferences, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.language.currentIndexChanged.connect(
        lambda: window.set_language(resolve(dialog.language.currentData())))  # the welcome speaks it at once
    dialog.accepted.connect(lambda: _after_welcome(window, dialog.choice))
    spoken = window.context.lang
    dialog.rejected.connect(lambda: window.context.lang != spoken and window.set_language(spoken))  # Skip changes nothing
    dialog.open()
    return dialog


def _after_welcome(window: MainWindow, choice: str) -> None:
    for key in ("weekly_goal", "user_name"):  # Today's goal and the templates' name
        window.context.journal.events.emit(SettingsChanged(key))
    window.context.settings_changed.emit()
    if choice == "import":
        window.export_import.import_csv()
    elif choice == "demo":
        folder = demo_folder(window.context.folder)
        open_demo(folder, window)
        window.context.status_message.emit(
            fill(QCoreApplication.translate("WelcomeDialog", "The demo journal is being prepared in %1; it opens in "
                                            "its own window."), str(folder)))


def demo_folder(folder: Path) -> Path:
    return folder.with_name(folder.name + DEMO_SUFFIX)


def open_demo(folder: Path, window: MainWindow) -> bool:
    """Fill `folder` with the demo journal (once, as long work over `window`), then start a second
    Thabat on it; False when another long job is running (nothing is started)."""
    from thabat.app.usecases.demo import make_demo_journal

    program, *arguments = thabat_command()

    def start_thabat(_made=None) -> None:
        QProcess.startDetached(program, [*arguments, "--data-dir", str(folder)])

    if database_path(folder).exists():  # made on an earlier try: open it as it is
        start_thabat()
        return True
    today = window.context.today()
    return window.context.long_work.start(
        window, QCoreApplication.translate("WelcomeDialog", "Preparing the demo journal"),
        lambda job: make_demo_journal(folder, today, job=job), start_thabat, needs_journal=False)
