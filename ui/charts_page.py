"""The Charts page: the five progress charts, a range, a read-out under the mouse, save as PNG / SVG.

matplotlib (about a second to import) loads on a thread when the page is near (ui/background_loading.py);
opened before that ends, the page says it is loading and draws once it has. Each chart is then read, built
and drawn to an image on a thread (app/charts/drawn.py, ui/chart_view.py): drawn on the GUI thread by
matplotlib's Qt canvas, the first chart froze the window for 216 ms.
"""

from __future__ import annotations

import threading
from datetime import date

from shiboken6 import isValid

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QTabBar, QToolButton, QVBoxLayout, QWidget,
)

from thabat.app.charts.choices import CHART_KEYS, RANGES, chart_name, period_for
from thabat.app.charts.data import Period
from thabat.app.text.dates import number
from thabat.app.events import ApplicationChanged, CheckInRecorded, GrowthChanged, ReflectionChanged
from thabat.app.text.direction import file_filter, fill
from thabat.app.usecases import charts
from thabat.ui.background_loading import when_charts_ready
from thabat.ui.chart_view import ChartView, chart_image
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.empty_state import EmptyState
from thabat.ui.form import to_date
from thabat.ui.page import Page
from thabat.ui.theme import current_palette
from thabat.ui.value_fields import ComboBox

_RANGE_LABELS = {
    "3m": QT_TRANSLATE_NOOP("ChartsPage", "Last 3 months"),
    "6m": QT_TRANSLATE_NOOP("ChartsPage", "Last 6 months"),
    "1y": QT_TRANSLATE_NOOP("ChartsPage", "Last year"),
    "all": QT_TRANSLATE_NOOP("ChartsPage", "Everything"),
    "custom": QT_TRANSLATE_NOOP("ChartsPage", "From… to…"),
}


class ChartsPage(Page):
    key = "charts"
    shows = (ApplicationChanged, CheckInRecorded, ReflectionChanged, GrowthChanged)  # outcomes, confidence, skills

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.figure = None  # the figure shown, as drawn (sized like the image)
        self._drawing = None  # a PageRead drawing the chart on a thread
        self._nothing_to_chart = False  # until the first chart drawn says otherwise
        self._unwanted = threading.Event()  # the chart being drawn is no longer wanted: it ends at its turn
        self._waiting_for_charts = False  # matplotlib still loading on its thread (`reload`)
        self.canvas: ChartView | None = None  # made at the first draw
        self.tabs = QTabBar()
        self.tabs.setObjectName("chart-picker")
        for _ in CHART_KEYS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.range_box = ComboBox()
        for key in RANGES:
            self.range_box.addItem("", key)
        self.range_box.setCurrentIndex(RANGES.index("1y"))
        self.range_box.currentIndexChanged.connect(self._on_range_changed)
        today = context.today()
        self.from_edit = DateEdit(context, date(today.year - 1, today.month, 1))
        self.to_edit = DateEdit(context, today)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _value: self.refresh())
        self.range_label = QLabel()
        self.range_label.setBuddy(self.range_box)
        self.year_box = ComboBox()  # the year in pixels shows one calendar year
        self.year_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_box)
        self.chosen_skills: list[str] | None = None  # None: the most often rated ones
        self.skills_menu = QMenu(self)
        self.skills_menu.triggered.connect(self._on_skill_toggled)
        self.skills_button = QToolButton()
        self.skills_button.setMenu(self.skills_menu)
        self.skills_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save)
        self.readout = QLabel(textFormat=Qt.TextFormat.PlainText)  # names the user's own skills
        self.readout.setObjectName("chart-readout")
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() + 4)
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")

        controls = QHBoxLayout()
        controls.addWidget(self.range_label)
        controls.addWidget(self.range_box)
        controls.addWidget(self.year_label)
        controls.addWidget(self.year_box)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            controls.addWidget(widget)
        controls.addWidget(self.skills_button)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        self.canvas_holder = QVBoxLayout()
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.tabs)
        content_layout.addLayout(controls)
        content_layout.addLayout(self.canvas_holder, 1)
        content_layout.addWidget(self.readout)
        self.empty_state = EmptyState("charts")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.content, 1)
        self._show_custom(False)
        self.year_label.hide()
        self.year_box.hide()
        self.retranslate()


    def is_empty(self) -> bool:
        """As the last chart drawn found the journal (read on its thread with the chart, not here)."""
        return self._nothing_to_chart

    def reload(self) -> None:
        """Draw now if matplotlib is loaded; else say the page is loading and draw once it is (it loads on a
        thread of its own: ui/background_loading.py), so the window answers meanwhile."""
        if self._waiting_for_charts:  # it draws what is current once they are loaded
            return
        if not when_charts_ready(self._reload_now, self):
            self._waiting_for_charts = True
            self._show_loading()

    def _reload_now(self) -> None:
        self._waiting_for_charts = False
        super().reload()
        self._end_loading()

    @property
    def loading(self) -> bool:
        return super().loading or self._waiting_for_charts or self._drawing is not None

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.empty_state.set_texts(
            self.tr("Your charts will grow here"),
            self.tr("Applications per week, outcomes, confidence over time and bounce-back time appear once you "
                    "have added a few applications."),
            self.tr("Add an application"))
        for index, key in enumerate(CHART_KEYS):
            self.tabs.setTabText(index, chart_name(key, self.context.lang))
        for index, key in enumerate(RANGES):
            self.range_box.setItemText(index, QCoreApplication.translate("ChartsPage", _RANGE_LABELS[key]))
        self.range_label.setText(self.tr("&Period:"))
        self.year_label.setText(self.tr("&Year:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.save_button.setText(self.tr("&Save as PNG or SVG…"))
        self.skills_button.setText(self.tr("S&kills shown"))
        self.tabs.setAccessibleName(self.tr("Chart"))

    @property
    def chart_key(self) -> str:
        return CHART_KEYS[max(self.tabs.currentIndex(), 0)]

    def period(self) -> Period:
        if self.chart_key == "pixels":
            today = self.context.today()
            year = self.year_box.currentData() or today.year
            return Period(date(year, 1, 1), min(date(year, 12, 31), today))
        range_key = self.range_box.currentData()
        start, end = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        if start > end:
            start, end = end, start  # a reversed custom range means the same days
        return period_for(range_key, self.context.today(), start, end)

    def chart_style(self):
        from thabat.app.charts.style import ChartStyle

        return ChartStyle(dates=self.context.date_style(), theme=current_palette().name)  # the theme on screen

    def changeEvent(self, event: QEvent) -> None:
        drawn = getattr(self, "_style", None)
        if event.type() == QEvent.Type.PaletteChange and drawn is not None and drawn.theme != current_palette().name:
            self._reload()  # the theme changed: draw the chart in its colours (now, or when next shown)
        super().changeEvent(event)

    def refresh(self) -> None:
        """Draw the chart chosen: read, built and drawn on a thread (`reads_in_background`), shown once drawn.
        The chart shown stays meanwhile (before the first, the view says it is loading); a newer request drops
        an older one, so quick switches end on the last chart asked for."""
        self._style = self.chart_style()
        by_year = self.chart_key == "pixels"
        self.skills_button.setVisible(self.chart_key == "skills")
        for widget in (self.year_label, self.year_box):
            widget.setVisible(by_year)
        for widget in (self.range_label, self.range_box):
            widget.setVisible(not by_year)
        self._show_custom(not by_year and self.range_box.currentData() == "custom")
        if self.canvas is None:
            self.canvas = ChartView()
            self.canvas.setMinimumSize(520, 320)  # smaller, and the chart's layout has no room for its labels
            self.canvas.hovered.connect(self._on_hover)
            self.canvas.left.connect(self.readout.clear)
            self.canvas.resized.connect(self._draw_again)
            self.canvas_holder.addWidget(self.canvas)
            self.canvas.show()  # now, not in a later turn as a layout would: it is laid out before it is drawn
        if self.isVisible():
            self.layout().activate()  # the chart is drawn at the size it is shown at
        self._drop_drawing()
        read = self._chart_read()
        if self.reads_in_background:
            self._drawing = self.context.page_reads.start(read, self._show_chart)
        else:
            self._show_chart(read())

    def _chart_read(self):
        """What `refresh` runs on a thread: made here, on the GUI thread, from what the controls say."""
        journal, key, style, skills, today = (self.context.journal, self.chart_key, self._style, self.chosen_skills,
                                              self.context.today())
        period = None if key == "pixels" else self.period()
        year = self.year_box.currentData() if key == "pixels" else None
        size = self.canvas.size_to_draw()
        unwanted = self._unwanted = threading.Event()  # set once a newer chart is asked for

        def read() -> tuple[charts.ChartOnScreen, object] | None:
            shown = charts.chart_on_screen(journal, key, period, style, skills, today, size, year,
                                           wanted=lambda: not unwanted.is_set())
            if shown is None:
                return None
            drawn = shown.drawn
            return shown, chart_image(drawn.rgba, drawn.width, drawn.height, drawn.ratio)

        return read

    def _show_chart(self, result) -> None:
        if result is None or not isValid(self):  # replaced by a newer chart, or the window closed meanwhile
            return
        shown, image = result
        self._drawing = None
        if shown.rated_skills is not None:
            self._fill_skills_menu(shown.rated_skills)
        if shown.years is not None:
            self._fill_years(shown.years, shown.year)
        self.figure = shown.drawn.figure
        self.canvas.show_image(image)
        self.readout.clear()
        if self._nothing_to_chart != (not shown.anything):
            self._nothing_to_chart = not shown.anything
            self._show_empty_or_content()

    def _draw_again(self) -> None:
        """The view was resized: the same chart at its new size (unless one is being drawn already)."""
        if self._drawing is None and self.isVisible():
            self.refresh()

    def _drop_drawing(self) -> None:
        self._unwanted.set()
        if self._drawing is not None:
            self._drawing.dropped = True
            self._drawing = None

    def save(self, path: str) -> None:
        """Save the chart shown to `path`; PNG or SVG by the extension."""
        from thabat.app.charts.build import save_figure

        save_figure(self.figure, path)

    def _on_save(self) -> None:
        if self.figure is None:
            return
        png, svg = file_filter(self.tr("PNG image"), "*.png"), file_filter(self.tr("SVG image"), "*.svg")
        suggested = str(self.context.folder.parent / f"{self.chart_key}.png")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), suggested, f"{png};;{svg}")
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if chosen == svg else ".png"
        self.save_in_background(path)

    def save_in_background(self, path: str) -> bool:
        """Save the chart shown to `path` as long work: drawn afresh on a thread of its own, then written at once."""
        journal, key, period, style, skills = (self.context.journal, self.chart_key, self.period(), self._style,
                                               self.chosen_skills)
        return self.context.long_work.start(
            self.window(), self.tr("Saving the chart"),
            lambda job: charts.save_chart(journal, key, period, style, skills, path, job),
            lambda _none: self.readout.setText(fill(self.tr("Saved the chart to %1."), path)))

    def _on_hover(self, x: float, y: float) -> None:
        """The read-out of what is under the mouse at (x, y), in the shown figure's display pixels."""
        from thabat.app.charts.readout import describe

        figure = self.figure
        inside = figure is not None and any(axes.get_visible() and axes.patch.contains_point((x, y))
                                            for axes in figure.axes)
        self.readout.setText(describe(figure, x, y, self._style) if inside else "")

    def _fill_years(self, years: list[int], chosen: int) -> None:
        """The years with check-ins or rejections, showing `chosen` (the one drawn)."""
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(number(year, self.context.date_style()), year)
        self.year_box.setCurrentIndex(max(self.year_box.findData(chosen), 0))
        self.year_box.blockSignals(False)

    def _fill_skills_menu(self, skills: list[tuple[str, str]]) -> None:
        self.skills_menu.clear()
        shown = self.chosen_skills if self.chosen_skills is not None else [name for name, _ in skills[:5]]
        for name, label in skills:
            action = self.skills_menu.addAction(label)
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in shown)

    def choose_skills(self, names: list[str]) -> None:
        """Show these skills (stored names) in the skills chart."""
        self.chosen_skills = list(names)
        self.refresh()

    def _on_skill_toggled(self, _action) -> None:
        self.choose_skills([a.data() for a in self.skills_menu.actions() if a.isChecked()])

    def _on_range_changed(self, _index: int) -> None:
        self._show_custom(self.range_box.currentData() == "custom")
        self.refresh()

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(visible)
