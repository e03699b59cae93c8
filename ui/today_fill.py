"""What Today reads (in one go, on whichever thread calls the reader) and how the read fills its cards, in
parts: each part fills a card or two, so that after the first read a part can run an event-loop turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.direction import fill, joined
from thabat.app.text.plurals import counted, numerus
from thabat.app.usecases import looking_back
from thabat.app.usecases import prep as prep_usecases
from thabat.app.usecases import today as today_usecases
from thabat.app.views.today import EncouragingFigure, TodayOverview
from thabat.ui.context import AppContext
from thabat.ui.grown_to_content import filling as list_filling


@dataclass(frozen=True)
class TodayRead:
    """Everything Today shows, read in one go (with sqlite3: no ORM)."""

    overview: TodayOverview
    coming_up: list
    back: looking_back.LookingBack


def reader(context: AppContext, today: date, rested: date | None) -> Callable[[], TodayRead]:
    """What reads Today's data on whichever thread calls it; the settings are taken now, on this one."""
    journal, goal = context.journal, context.preferences.get("weekly_goal")
    put_away = context.preferences.get("look_back_dismissed")

    def read() -> TodayRead:
        return TodayRead(today_usecases.overview(journal, today, goal, rested),
                         prep_usecases.coming_up(journal, today),
                         looking_back.looking_back(journal, today, put_away))
    return read


def filling(page: QWidget, read: TodayRead) -> list[Callable[[], None]]:
    """What shows `read` on Today's `page` (ui/today_page.py), in parts: each fills a card or two."""
    style = page.context.date_style()
    shown = read.overview
    week, drafts, todays, figure, rest = shown.week, shown.drafts, shown.check_in, shown.figure, shown.rest_suggested

    def due() -> None:
        page.rest_text.setText(catalogue.load("guide")["rest_suggestion"].get(page.context.lang, ""))
        page.rest_box.setVisible(rest)
        page.due_box.show_items(shown.due)

    def check_in() -> None:
        if todays is not None:
            page.score.set_value(todays.score)
            page.check_in_note.setText(todays.note)
            page.check_in_button.setText(QCoreApplication.translate("TodayPage", "Update today's check-in"))
            page.check_in_status.setText(
                QCoreApplication.translate("TodayPage", "Checked in today. You can change it until midnight."))
        else:
            page.check_in_button.setText(QCoreApplication.translate("TodayPage", "Check in"))
            page.check_in_status.clear()
        page.score.retranslate(style)
        page.score_value.setText(number(page.score.value(), style))  # the digits may have changed

    def week_and_figure() -> None:
        page.week_bar.setRange(0, max(week.goal, 1))
        page.week_bar.setValue(min(week.applications, max(week.goal, 1)))
        page.week_bar.setFormat(f"{number(week.applications, style)} / {number(week.goal, style)}")
        page.week_bar.setAccessibleName(fill(QCoreApplication.translate("TodayPage", "Applications this week: %1 of %2"),
                                             number(week.applications, style), number(week.goal, style)))
        left = week.goal - week.applications
        page.week_text.setText(
            QCoreApplication.translate("TodayPage", "Weekly goal reached. Well done.") if left <= 0
            else counted(QCoreApplication.translate("TodayPage", "%n more to reach this week's goal.", "", left),
                         left, style))
        page.figure.setText(figure_text(figure, style))

    def unfinished() -> None:
        with list_filling(page.drafts_list):
            page.drafts_list.clear()
            for draft in drafts:
                where = joined(draft.company, draft.role) or QCoreApplication.translate("TodayPage", "Reflection")
                entry = QListWidgetItem(f"{where}  ·  {long_date(draft.updated_on, style)}")
                entry.setData(Qt.ItemDataRole.UserRole, draft.id)
                page.drafts_list.addItem(entry)
        page.drafts_box.setVisible(bool(drafts))
        page.resume_button.setEnabled(False)

    return [due, lambda: page.coming_up.show_items(read.coming_up), check_in, week_and_figure, unfinished,
            lambda: page.month_look_back.show_month(read.back.month),
            lambda: page.on_this_day.show_memories(list(read.back.memories))]


def figure_text(figure: EncouragingFigure | None, style: DateStyle) -> str:
    """The one honest figure of the Your progress card, in words."""
    translate = QCoreApplication.translate
    if figure is None:
        return translate("TodayPage", "Welcome. Start by adding an application, or log a rejection with Ctrl+R.")
    value = number(f"{figure.value:g}", style)
    count = numerus(figure.value)
    if figure.kind == "interview_rate":
        return fill(translate("TodayPage",
                              "%1% of this quarter's applications reached an interview, up from %2% last quarter."),
                    value, number(f"{figure.previous:g}", style))
    if figure.kind == "bounced_back":
        return counted(translate(
            "TodayPage", "You have bounced back from %n rejections: after each one, you applied again.", "", count),
            figure.value, style)
    if figure.kind == "median_bounce_days":
        return counted(translate(
            "TodayPage", "After a rejection you usually apply again within %n days. You keep going.", "", count),
            figure.value, style)
    return counted(translate("TodayPage", "%n applications so far. Each one is practice.", "", count),
                   figure.value, style)
