"""About Thabat: the version, the licences, where the journal lives, and the privacy promise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from thabat.app import __version__
from thabat.app.text.direction import fill, left_to_right
from thabat.ui.app_icon import app_icon



class AboutDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setObjectName("about-heading")
        self.version_label = QLabel()
        self.licence_label = QLabel(wordWrap=True)
        self.font_label = QLabel(wordWrap=True)
        self.folder_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # a folder's name is user text
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.privacy_label = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.version_label)
        top.addLayout(titles, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for label in (self.privacy_label, self.folder_label, self.licence_label, self.font_label):
            layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Thabat"))
        self.heading.setText("<h2>" + self.tr("Thabat — job search journal") + "</h2>")
        self.version_label.setText(fill(self.tr("Version %1"), __version__))
        self.privacy_label.setText(self.tr("No network: Thabat never connects to the internet. "
                                           "Your data stays here, on this computer."))
        self.folder_label.setText(fill(self.tr("Your journal is kept in: %1"), left_to_right(str(self.folder))))
        # Names in Latin script are placeholders, not part of the translation: isolated, they keep
        # their order and punctuation inside the Arabic sentence.
        self.licence_label.setText(fill(self.tr("Free software under the %1, version 3 or later (%2)."),
                                        "GNU General Public License", "GPL-3.0-or-later"))
        self.font_label.setText(fill(self.tr("Arabic font: %1, %2."), "Noto Sans Arabic", "SIL Open Font License 1.1"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
