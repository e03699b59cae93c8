"""The prep card of an upcoming interview: the user's own lessons, each linking to where it was written.

Only the journal's words are shown (app/services/prep.py); Thabat adds headings, and, when the
journal holds nothing yet, a kind note with what to prepare.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from thabat.app.text import catalogue
from thabat.app.text.dates import long_date, number
from thabat.app.text.markup import escaped
from thabat.app.text.plurals import counted
from thabat.app.services.prep import AreaToPrepare, PrepCard, PrepLine
from thabat.app.text.direction import fill, isolate, joined
from thabat.ui.application_facts import clock
from thabat.ui.context import AppContext
from thabat.ui.labels import stage_label
from thabat.ui.user_text import user_text_html

SOURCES = ("reflection", "contact", "application")
"""What a line can link to: `reflection:12` opens reflection 12, and so on."""


class PrepCardDialog(QDialog):
    open_reflection_requested = Signal(int)
    open_contact_requested = Signal(int)
    open_application_requested = Signal(int)

    def __init__(self, context: AppContext, card: PrepCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.card = card
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # a link opens the reflection or contact in the main window
        self.text.anchorClicked.connect(self.follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 620)
        self.retranslate()

    def retranslate(self) -> None:
        interview = self.card.interview
        self.setWindowTitle(fill(self.tr("Prepare: %1"), joined(interview.company, interview.role)))
        self.text.setAccessibleName(self.tr("Prep card"))
        self.text.setHtml(self.html())

    def html(self) -> str:
        card, style = self.card, self.context.date_style()
        interview = card.interview
        when = long_date(interview.on, style)
        if interview.starts_at is not None:
            when = fill(self.tr("%1, %2"), when, clock(interview.starts_at.hour, interview.starts_at.minute, style))
        step = stage_label(interview.stage, interview.round, style)
        if interview.stage == "interview" and interview.kind:
            step = " — ".join((step, catalogue.label("interview_kinds", interview.kind, self.context.lang)))
        direction = self._direction()
        parts = [f'<h2 dir="{direction}">{escaped(joined(interview.company, interview.role))}</h2>',
                 f'<p dir="{direction}">{escaped(" — ".join((step, when)))}</p>']
        if interview.note.strip():
            parts.append(self._section(self.tr("Your prep note"), [user_text_html(interview.note)]))
        if card.empty:
            kind_note = self.tr("Your journal has nothing on interviews like this one yet, and that is fine: every "
                                "reflection you write will show up here next time.")
            parts.append(f'<p dir="{direction}">{escaped(kind_note)}</p>')
            parts.append(self._section(self.tr("What you could prepare"), [escaped(tip) for tip in (
                self.tr("Read about the company: its products, its customers, its recent news."),
                self.tr("Prepare three short stories: the situation, what you did, the result."),
                self.tr("Write two or three questions to ask them about the role and the team."),
                self.tr("After the interview, write a short debrief here while memory is fresh."),
            )]))
            return "".join(parts)
        sections = (
            (self.tr("What you wanted to improve after interviews like this"), [self._area(a) for a in card.areas]),
            (self.tr("Your open action items"), [self._line(line, due=True) for line in card.actions]),
            (self.tr("Stories that worked"), [self._line(line) for line in card.stories]),
            (self.tr("Questions that surprised you"), [self._line(line) for line in card.surprises]),
            (self.tr("What employers told you"), [self._line(line) for line in card.feedback]),
            (fill(self.tr("People at %1"), interview.company), [self._person(line) for line in card.people]),
            (fill(self.tr("Earlier applications to %1"), interview.company), [self._earlier(line) for line in card.earlier]),
        )
        parts += [self._section(title, lines) for title, lines in sections if lines]
        return "".join(parts)

    def _section(self, title: str, lines: list[str]) -> str:
        # The interface's direction for the list, so a line that starts with an Arabic name in the English
        # card (or a Latin one in the Arabic card) keeps its bullet and its words in reading order.
        direction = self._direction()
        items = "".join(f'<li dir="{direction}">{line}</li>' for line in lines)
        return f'<h3 dir="{direction}">{escaped(title)}</h3><ul dir="{direction}">{items}</ul>'

    def _direction(self) -> str:
        return "rtl" if self.context.lang == "ar" else "ltr"

    def _link(self, line: PrepLine, label: str) -> str:
        if line.source not in SOURCES or line.source_id is None:
            return escaped(label)
        return f'<a href="{line.source}:{line.source_id}">{escaped(label)}</a>'

    def _where(self, line: PrepLine) -> str:
        """"Careem, 28 August 2026", linked to the reflection it came from."""
        style = self.context.date_style()
        label = fill(self.tr("%1, %2"), line.company, long_date(line.on, style)) if line.on else line.company
        return self._link(line, label) if label else ""

    def _area(self, area: AreaToPrepare) -> str:
        style = self.context.date_style()
        states = {"open": self.tr("still open"), "improving": self.tr("improving"), "resolved": self.tr("resolved")}
        moved = states.get(area.state, area.state)
        if area.actions_total:
            moved = fill(counted(self.tr("%1; %2 of %n actions done", "", area.actions_total), area.actions_total,
                                 style), moved, number(area.actions_done, style))
        cited = counted(self.tr("cited after %n rejections at this stage", "", len(area.cited_by)),
                        len(area.cited_by), style)
        sources = " · ".join(self._where(line) for line in area.cited_by)
        return f"<b>{escaped(isolate(area.name))}</b> — {escaped(moved)} — {escaped(cited)}: {sources}"

    def _line(self, line: PrepLine, due: bool = False) -> str:
        text = user_text_html(line.text)
        if due and line.on is not None:
            where = escaped(fill(self.tr("due %1"), long_date(line.on, self.context.date_style())))
            if line.source_id is not None:
                where += " · " + self._link(line, line.company or self.tr("reflection"))
            return f"{text}<p style='margin:0'><small>{where}</small></p>"
        where = self._where(line)
        return f"{text}<p style='margin:0'><small>{where}</small></p>" if where else text

    def _person(self, line: PrepLine) -> str:
        name = self._link(line, isolate(line.person))
        interviewer = self.tr("interviewer")
        role = f" — {escaped(interviewer)}" if line.interviewer else ""
        notes = user_text_html(line.text) if line.text else ""
        return f"<b>{name}</b>{role}{notes}"

    def _earlier(self, line: PrepLine) -> str:
        outcome = catalogue.label("outcomes", line.text, self.context.lang) if line.text else ""
        style = self.context.date_style()
        applied = long_date(line.on, style) if line.on else self.tr("date unknown")
        return f"{self._link(line, joined(line.role, applied) if line.role else applied)} — {escaped(outcome)}"

    def follow(self, url: QUrl) -> None:
        """A line's link: open what it came from in the main window."""
        kind, _, ident = url.toString().partition(":")
        if not ident.isdigit():
            return
        signal = {"reflection": self.open_reflection_requested, "contact": self.open_contact_requested,
                  "application": self.open_application_requested}.get(kind)
        if signal is not None:
            signal.emit(int(ident))
