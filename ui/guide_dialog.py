"""The guide (seven points, from resources/catalogue/guide.json) and the user's own resources list."""

from __future__ import annotations

from thabat.app.text.markup import escaped

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from thabat.app.errors import InputError
from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, number as format_number
from thabat.app.usecases import resources
from thabat.app.views.resources import ResourceView
from thabat.ui.careful_dialog import CarefulDialog
from thabat.ui.context import AppContext
from thabat.ui.form import ErrorLine, LabelledForm
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.wrapped_list import wrap_rows


def guide_html(lang: str, style: DateStyle | None = None) -> str:
    """The whole guide as HTML in `lang`, with the text direction of that language."""
    guide = catalogue.load("guide")
    direction = "rtl" if lang == "ar" else "ltr"
    parts = [f'<div dir="{direction}"><h2>{escaped(guide["title"][lang])}</h2>']
    for number, point in enumerate(guide["points"], start=1):
        text = point[lang]
        parts.append(f"<h3>{format_number(number, style or DateStyle(lang))}. {escaped(text['title'])}</h3>")
        parts.extend(f"<p>{escaped(p)}</p>" for p in text["body"].split("\n\n"))
    parts.append("</div>")
    return "".join(parts)


class GuideDialog(CarefulDialog):
    """Esc or Close with a half-typed resource asks first, as the other dialogs with a form do."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setOpenLinks(False)
        self.resources = ResourcesPanel(context)
        self.tabs.addTab(self.guide, "")
        self.tabs.addTab(self.resources, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide and resources"))
        self.tabs.setTabText(0, self.tr("Guide"))
        self.tabs.setTabText(1, self.tr("Resources"))
        self.guide.setHtml(guide_html(self.context.lang, self.context.date_style()))
        self.resources.retranslate()
        if self.isVisible():  # a hidden dialog reads the journal when it is opened again, not before
            self.resources.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def is_touched(self) -> bool:
        return self.resources.is_touched()

    def done(self, result: int) -> None:
        self.resources.forget_typing()  # closed without asking, or the user chose to throw it away
        super().done(result)


class ResourcesPanel(QWidget):
    """Add, edit, reorder, delete and open the user's resources; links go to the system, never fetched."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.intro = QLabel(wordWrap=True)
        self.listing = wrap_rows(QListWidget())
        self.listing.currentRowChanged.connect(lambda _: self._show_selected())
        self.listing.itemActivated.connect(lambda _: self.open_selected())
        self.title_edit = UserLineEdit()
        self.title_edit.setMaxLength(500)
        self.url_edit = QLineEdit()
        self.notes_edit = UserTextEdit(minimum_lines=2, maximum_lines=3)
        self.form = LabelledForm((self.title_edit, self.url_edit, self.notes_edit))
        self.error = ErrorLine()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, handler in (("open", self.open_selected), ("up", lambda: self._move(-1)),
                             ("down", lambda: self._move(1)), ("add", self._on_add), ("save", self._on_save),
                             ("delete", self._on_delete)):
            button = QPushButton()
            button.clicked.connect(handler)
            self.buttons[key] = button
            row.addWidget(button)
            if key == "down":
                row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.listing, 1)
        layout.addLayout(row)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self._items: list[ResourceView] = []
        self._shown = self._form()
        """The form as last filled from the journal: anything else was typed and is not saved yet."""

    def is_touched(self) -> bool:
        return self._form() != self._shown

    def forget_typing(self) -> None:
        """Put the form back as it was shown (the dialog closes and is kept for the next time)."""
        self.title_edit.setText(self._shown[0])
        self.url_edit.setText(self._shown[1])
        self.notes_edit.set_text(self._shown[2])
        self.error.clear_error()

    def retranslate(self) -> None:
        self.intro.setText(catalogue.load("guide")["resources_intro"][self.context.lang])
        self.listing.setAccessibleName(self.tr("Resources"))
        self.form.set_labels((self.tr("&Title:"), self.tr("&Link:"), self.tr("N&otes:")))
        self.url_edit.setPlaceholderText("https://…")
        texts = {"open": self.tr("&Open link"), "up": self.tr("Move up"), "down": self.tr("Move down"),
                 "add": self.tr("&Add as new"), "save": self.tr("&Save changes"), "delete": self.tr("Delete")}
        for key, text in texts.items():
            self.buttons[key].setText(text)

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        self._items = resources.list_resources(self.context.journal)
        self.listing.blockSignals(True)
        self.listing.clear()
        for resource in self._items:
            item = QListWidgetItem(resource.title + (f"  ·  {resource.url}" if resource.url else ""))
            item.setData(Qt.ItemDataRole.UserRole, resource.id)
            self.listing.addItem(item)
            if resource.id == current:
                self.listing.setCurrentItem(item)
        self.listing.blockSignals(False)
        self._show_selected()

    def selected_id(self) -> int | None:
        item = self.listing.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self) -> ResourceView | None:
        return next((r for r in self._items if r.id == self.selected_id()), None)

    def _show_selected(self) -> None:
        chosen = self._selected()
        for key in ("up", "down", "save", "delete"):
            self.buttons[key].setEnabled(chosen is not None)
        self.buttons["open"].setEnabled(chosen is not None and resources.safe_to_open(chosen.url))
        if chosen is not None:
            self.title_edit.setText(chosen.title)
            self.url_edit.setText(chosen.url)
            self.notes_edit.set_text(chosen.notes)
        self._shown = self._form()

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None and resources.safe_to_open(chosen.url):  # checked again: the file may have changed
            QDesktopServices.openUrl(QUrl(chosen.url.strip()))

    def _run(self, change) -> None:
        try:
            result = change()
        except InputError as error:
            self.error.show_error(error, {"title": self.title_edit, "url": self.url_edit})
            return
        self.error.clear_error()
        self.refresh(result if isinstance(result, int) else None)

    def _form(self) -> tuple[str, str, str]:
        return self.title_edit.text(), self.url_edit.text(), self.notes_edit.toPlainText()

    def _on_add(self) -> None:
        self._run(lambda: resources.add_resource(self.context.journal, *self._form()))

    def _on_save(self) -> None:
        resource_id = self.selected_id()
        if resource_id is not None:
            self._run(lambda: resources.update_resource(self.context.journal, resource_id, *self._form()))

    def _on_delete(self) -> None:
        resource_id = self.selected_id()
        if resource_id is not None:
            self._run(lambda: resources.delete_resource(self.context.journal, resource_id))

    def _move(self, offset: int) -> None:
        resource_id = self.selected_id()
        if resource_id is not None:
            self._run(lambda: (resources.move_resource(self.context.journal, resource_id, offset), resource_id)[1])
