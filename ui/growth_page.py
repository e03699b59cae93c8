"""Growth: improvement areas and where they came from, skill ratings over time, action items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from thabat.app.events import GrowthChanged, JournalEvent, ReflectionChanged, ReminderChanged
from thabat.app.text import catalogue
from thabat.app.text.dates import long_date, number, short_date
from thabat.app.text.direction import fill, isolate, joined
from thabat.app.text.plurals import counted
from thabat.app.usecases import growth
from thabat.app.usecases import prep as prep_usecases
from thabat.app.usecases.growth import AREA_STATES
from thabat.app.views.growth import AreaDetail, AreaSummary, SkillSeries
from thabat.ui.action_items_panel import ActionItemsPanel
from thabat.ui.context import AppContext
from thabat.ui.empty_state import EmptyState
from thabat.ui.grown_to_content import grow_to_content, scrolling_pane
from thabat.ui.labels import stage_label
from thabat.ui.page import Page
from thabat.ui.sparkline import Sparkline
from thabat.ui.user_text import user_text_html
from thabat.ui.value_fields import ComboBox
from thabat.ui.wrapped_list import wrap_rows
from thabat.ui.wrapped_row_sizes import remember_row_sizes


@dataclass(frozen=True)
class GrowthRead:
    """What the page shows, read off the GUI thread: areas, skills, the chosen area, the action items."""

    areas: list[AreaSummary]
    skills: list[SkillSeries]
    area: tuple[AreaDetail, list] | None
    actions: tuple


def _read_area(journal, area_id: int) -> tuple[AreaDetail, list]:
    """An area's detail and the interviews it was prepared for (the newest first)."""
    return growth.area_detail(journal, area_id), prep_usecases.prepared_interviews(journal, area_id)


AREA_AFTER_SHOW_MS = 1
"""Between the content's first show and the chosen area's lists: a key or a click due meanwhile is answered first."""

AREA_ROWS_PER_TURN = 10
"""An area's rows added in one event-loop turn on the page's first open: each turn measures, lays out and
paints them, and the detail pane's scroll bar, which narrows every row, appears while the rows are few."""

INTERVIEWS_SHOWN = 12
"""An area's latest interviews listed (as in the PDF): one cited for years was on hundreds of prep cards."""


class GrowthPage(Page):
    key = "growth"
    shows = (GrowthChanged, ReflectionChanged)  # areas, skills and actions come from reflections too

    def concerns(self, event: JournalEvent) -> bool:
        return super().concerns(event) or isinstance(event, ReminderChanged) and event.kind == "action"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        # Each part is put in its place before it is filled: a part moved after the style sheet has styled it
        # is styled again with all it holds (the moves made up half of building this page ahead while idle).
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("page-heading")
        layout.addWidget(self.heading)
        self.empty_state = EmptyState("growth", self)
        layout.addWidget(self.empty_state)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.content = self.tabs
        self.tabs.installEventFilter(self)  # its first show, after a read: the chosen area is shown next
        self._area_after_show: Callable[[], None] | None = None  # the first step of a fill in turns
        self._area_steps: list[Callable[[], None]] = []  # the rest of an area shown in turns
        self._area_turns = QTimer(self)
        self._area_turns.setSingleShot(True)
        self._area_turns.setInterval(AREA_AFTER_SHOW_MS)
        self._area_turns.timeout.connect(self._next_area_step)
        areas_tab = QWidget()
        self.tabs.addTab(areas_tab, "")
        areas_layout = QVBoxLayout(areas_tab)
        splitter = QSplitter(areas_tab)
        detail_pane = scrolling_pane(QWidget(), "area-detail")
        detail = detail_pane.widget()

        self.areas = wrap_rows(QListWidget())
        self.areas.setWordWrap(True)
        self.areas.currentRowChanged.connect(self._show_area)
        self.area_title = QLabel(wordWrap=True)
        self.area_state = ComboBox()
        self.area_state.activated.connect(self._on_state_chosen)
        self.area_state_label = QLabel()
        self.area_state_label.setBuddy(self.area_state)
        self.area_reflections_label = QLabel()
        self.area_reflections = wrap_rows(QListWidget())
        self.area_actions_label = QLabel()
        self.area_actions = wrap_rows(QListWidget())
        self.area_interviews_label = QLabel(wordWrap=True)
        self.area_interviews = wrap_rows(QListWidget())  # the loop: prepared for at these interviews, and what next
        for listing in (self.area_reflections, self.area_actions, self.area_interviews):
            grow_to_content(listing)  # the area's pane scrolls as one, beside the list of areas
        for listing in (self.areas, self.area_reflections, self.area_actions, self.area_interviews):
            remember_row_sizes(listing)  # each laid out several times on a first open, at the same width
        self.areas_empty = QLabel(wordWrap=True)
        detail_layout = QVBoxLayout(detail)
        state_row = QHBoxLayout()
        state_row.addWidget(self.area_state_label)
        state_row.addWidget(self.area_state)
        state_row.addStretch(1)
        detail_layout.addWidget(self.area_title)
        detail_layout.addLayout(state_row)
        detail_layout.addWidget(self.area_reflections_label)
        detail_layout.addWidget(self.area_reflections)
        detail_layout.addWidget(self.area_actions_label)
        detail_layout.addWidget(self.area_actions)
        detail_layout.addWidget(self.area_interviews_label)
        detail_layout.addWidget(self.area_interviews)
        detail_layout.addStretch(1)
        splitter.addWidget(self.areas)
        splitter.addWidget(detail_pane)
        splitter.setSizes([420, 380])
        areas_layout.addWidget(self.areas_empty)
        areas_layout.addWidget(splitter, 1)

        self.skills = QTableWidget(0, 4)
        self.tabs.addTab(self.skills, "")
        self.skills.verticalHeader().hide()
        self.skills.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skills.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skills.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.actions = ActionItemsPanel(context)
        self.tabs.addTab(self.actions, "")
        self._areas: list[AreaSummary] = []
        self.retranslate()


    def is_empty(self) -> bool:
        return (not self._areas and self.skills.rowCount() == 0
                and all(listing.count() == 0 for listing in self.actions.columns.values()))

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.empty_state.set_texts(
            self.tr("Nothing to grow from yet"),
            self.tr("After a rejection, a short reflection names what to improve and turns it into small steps. "
                    "They gather here, with your skill ratings over time."),
            self.tr("Log a rejection"))
        self.tabs.setTabText(0, self.tr("Improvement areas"))
        self.tabs.setTabText(1, self.tr("Skills over time"))
        self.tabs.setTabText(2, self.tr("Action items"))
        self.areas.setAccessibleName(self.tr("Improvement areas"))
        self.areas_empty.setText(self.tr("No improvement areas yet. They come from your reflections."))
        self.area_state_label.setText(self.tr("&State:"))
        self.area_reflections_label.setText(self.tr("Reflections that cited it"))
        self.area_actions_label.setText(self.tr("Its action items"))
        self.area_interviews_label.setText(self.tr("Interviews it was on the prep card of, and what happened next"))
        self.area_interviews.setAccessibleName(self.area_interviews_label.text())
        self.skills.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Latest"), self.tr("Ratings (oldest first)"), self.tr("Trend")])
        current = self.area_state.currentData()
        self.area_state.clear()
        for state, text in zip(AREA_STATES, (self.tr("Open"), self.tr("Improving"), self.tr("Resolved"))):
            self.area_state.addItem(text, state)
        if current is not None:
            self.area_state.setCurrentIndex(self.area_state.findData(current))
        self.actions.retranslate()

    def background_read(self) -> Callable[[], GrowthRead]:
        journal, selected = self.context.journal, self._selected_area_id()

        def read() -> GrowthRead:
            areas, skills = growth.areas_and_skills(journal)
            ids = [area.id for area in areas]
            area_id = selected if selected in ids else (ids[0] if ids else None)
            shown = _read_area(journal, area_id) if area_id is not None else None
            return GrowthRead(areas, skills, shown, growth.actions_and_areas(journal))

        return read

    def fill(self, data: GrowthRead) -> None:
        self._areas, skills = data.areas, data.skills
        selected = data.area[0].area.id if data.area is not None else None
        self.areas_empty.setVisible(not self._areas)
        if self.loading and self.content.isHidden() and self._areas:
            # Filled from the read thread behind the loading line: the content is shown in the next turn
            # (ui/page.py), empty, then the list of areas in a turn of its own, then the chosen area's rows a
            # few a turn. Filled first and shown together, all of it was measured, laid out and painted in one
            # turn (45-60 ms on the five-year demo).
            self._area_after_show = lambda: self._fill_areas(selected, data.area, in_turns=True)
        else:
            self._fill_areas(selected, data.area)
        self._fill_skills(skills)  # the tabs not shown: their rows are laid out when first shown
        self.actions.refresh(data.actions)

    def _fill_areas(self, selected: int | None, read: tuple[AreaDetail, list] | None, in_turns: bool = False) -> None:
        """The list of areas, and the one `selected` (else the first) shown from `read`."""
        self.areas.blockSignals(True)  # the area is shown once, below, even when the row stays the same
        self.areas.clear()
        for area in self._areas:
            item = QListWidgetItem(self._describe_area(area))
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.areas.addItem(item)
        ids = [a.id for a in self._areas]
        row = ids.index(selected) if selected in ids else (0 if ids else -1)
        self.areas.setCurrentRow(row)
        self.areas.blockSignals(False)
        self._show_area(row, read, in_turns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._area_after_show is not None and watched is self.content:
            QTimer.singleShot(AREA_AFTER_SHOW_MS, self, self._show_area_after_show)
        return False

    def _show_area_after_show(self) -> None:
        waiting, self._area_after_show = self._area_after_show, None
        if waiting is not None:  # not filled meanwhile (the page filled again)
            waiting()

    def open_action(self, action_id: int) -> None:
        """Show this action item (say, chosen on Today) selected in the action items tab."""
        self.show_content()
        self.tabs.setCurrentWidget(self.actions)
        self.actions.select(action_id)

    def _state_text(self, state: str) -> str:
        return {"open": self.tr("Open"), "improving": self.tr("Improving"), "resolved": self.tr("Resolved")}[state]

    def _describe_area(self, area: AreaSummary) -> str:
        style = self.context.date_style()
        head = isolate(area.name) + "  ·  " + self._state_text(area.state)
        if area.recurring:
            head += "  ·  " + self.tr("recurring")
        lines = [head]
        for stage in area.stages:
            sentence = self.tr("cited in %1 of %n %2-stage rejections you reflected on", "", stage.reflected)
            lines.append(fill(counted(sentence, stage.reflected, style), number(stage.cited, style),
                              stage_label(stage.stage, None, style)))
        if area.first_cited is not None:
            lines.append(fill(self.tr("first %1, last %2"), long_date(area.first_cited, style),
                              long_date(area.last_cited, style)))
        else:
            lines.append(self.tr("not cited in a reflection yet"))
        return "\n".join(lines)

    def _selected_area_id(self) -> int | None:
        item = self.areas.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_area(self, row: int, read: tuple[AreaDetail, list] | None = None, in_turns: bool = False) -> None:
        """Show the chosen area: `read` (its detail and interviews, read off the GUI thread), else read now;
        `in_turns`: its rows added a few an event-loop turn (the page's first open)."""
        self._area_after_show = None
        self._area_steps.clear()  # what is left of an area shown in turns is not added to this one
        self._area_turns.stop()
        area_id = self._selected_area_id()
        has = area_id is not None
        for widget in (self.area_state, self.area_reflections, self.area_actions):
            widget.setEnabled(has)
        self.area_reflections.clear()
        self.area_actions.clear()
        self.area_interviews.clear()
        if not has:
            self.area_title.clear()
            self.area_interviews_label.hide()
            self.area_interviews.hide()
            return
        detail, interviews = read if read is not None else _read_area(self.context.journal, area_id)
        reflections, actions, interviews_rows = self._area_rows(detail, interviews)
        # Each list filled in one call (or a few calls, in turns): a list that grows to its content lays all
        # its rows out again for every row added, and an area cited for years has hundreds (30 s on the
        # five-year demo, row by row).
        per_step = AREA_ROWS_PER_TURN if in_turns else max(1, len(reflections))
        parts = [reflections[start:start + per_step] for start in range(0, len(reflections), per_step)] or [[]]
        self._area_steps.append(lambda: self._show_area_heading(detail, parts[0]))
        self._area_steps.extend(lambda part=part: self.area_reflections.addItems(part) for part in parts[1:])
        self._area_steps.append(lambda: self._fill_area_end(actions, interviews_rows))
        if in_turns:
            self._area_turns.start()
        else:
            while self._area_steps:
                self._area_steps.pop(0)()

    def _show_area_heading(self, detail: AreaDetail, reflections: list[str]) -> None:
        """The area's name, its state and its first reflections."""
        self.area_title.setText(user_text_html(detail.area.name, bold=True))
        self.area_title.setTextFormat(Qt.TextFormat.RichText)
        self.area_state.setCurrentIndex(self.area_state.findData(detail.area.state))
        self.area_reflections.addItems(reflections)

    def _next_area_step(self) -> None:
        if self._area_steps:
            self._area_steps.pop(0)()
        if self._area_steps:
            self._area_turns.start()

    def _fill_area_end(self, actions: list[str], interviews: list[str]) -> None:
        self.area_actions.addItems(actions)
        self.area_interviews.addItems(interviews)
        self.area_interviews_label.setVisible(self.area_interviews.count() > 0)
        self.area_interviews.setVisible(self.area_interviews.count() > 0)

    def _area_rows(self, detail: AreaDetail, interviews: list) -> tuple[list[str], list[str], list[str]]:
        """The rows of an area's three lists: the reflections that cited it, its action items, its interviews."""
        style = self.context.date_style()
        reflections = [
            joined(long_date(reflection.on, style), joined(reflection.company, reflection.role),
                   stage_label(reflection.stage, None, style) if reflection.stage else "", separator="  ·  ")
            for reflection in detail.reflections]
        actions = [
            joined(action.title, self.actions.state_text(action.state),
                   short_date(action.due_on, style) if action.due_on else "", separator="  ·  ")
            for action in detail.actions]
        rows = ["  ·  ".join((  # only the user's words isolated: see today_coming_up.py
                long_date(interview.on, style), joined(interview.company, interview.role),
                stage_label(interview.stage, interview.round, style), self._what_happened(interview)))
                for interview in interviews[:INTERVIEWS_SHOWN]]
        if len(interviews) > INTERVIEWS_SHOWN:
            earlier = len(interviews) - INTERVIEWS_SHOWN
            rows.append(counted(self.tr("…and %n earlier interview(s)", "", earlier), earlier, style))
        return reflections, actions, rows

    def _what_happened(self, interview) -> str:
        if interview.on >= self.context.today() and interview.outcome == "interview":
            return self.tr("coming up")
        if interview.cited_again is True:
            return self.tr("rejected; the area was named again")
        if interview.cited_again is False:
            return self.tr("rejected; the area was not named again")
        return catalogue.label("outcomes", interview.outcome, self.context.lang)

    def _on_state_chosen(self) -> None:
        area_id = self._selected_area_id()
        if area_id is None:
            return
        growth.set_area_state(self.context.journal, area_id, self.area_state.currentData(), self.context.today())

    def _fill_skills(self, skills: list[SkillSeries]) -> None:
        style = self.context.date_style()
        self.skills.setRowCount(len(skills))
        for row, series in enumerate(skills):
            name = catalogue.label("default_skills", series.key, self.context.lang) if series.key else series.name
            values = [rating for _, rating in series.points]
            cells = (name, number(values[-1], style), number(" ".join(str(v) for v in values[-12:]), style))
            for column, text in enumerate(cells):
                self.skills.setItem(row, column, QTableWidgetItem(text))
            self.skills.setCellWidget(row, 3, Sparkline(values))
