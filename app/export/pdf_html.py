"""The PDF's body as HTML for QTextDocument: every paragraph carries its own `dir`.

Headings follow the chosen heading language; the user's text follows the one shared direction
rule (app/text/direction.py) paragraph by paragraph, so an Arabic answer that starts with an
English company name is still right-to-left.
"""

from __future__ import annotations

from datetime import date

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.markup import escaped
from thabat.app.export.pdf_book import Mark, part_key, part_title
from thabat.app.export.pdf_content import EntryDoc, JournalContent, ReflectionDoc
from thabat.app.export.pdf_growth import AreaLoop
from thabat.app.services.prep import PreparedInterview
from thabat.app.text.markdown import markdown_html
from thabat.app.views.applications import Summary
from thabat.app.text.direction import fill, isolate, joined, paragraphs_with_direction, text_direction

CSS = """
body { font-size: 10.5pt; }
h1 { font-size: 24pt; margin-bottom: 6px; }
h1.cover { margin-top: 500px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 2px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; color: #3b4a5a; }
p { margin-top: 0px; margin-bottom: 5px; }
p.meta { color: #55606b; font-size: 9.5pt; }
p.question { font-weight: bold; margin-top: 6px; margin-bottom: 2px; color: #2d3a46; }
p.subtitle { font-size: 14pt; color: #55606b; }
table.figures td { padding: 4px 10px; }
table.skills td, table.skills th { padding: 3px 8px; }
table.contents td { padding: 1px 10px; }
"""
_NEW_PAGE = '<h1 style="page-break-before: always; margin-top: 0px"'


def labels(lang: str) -> dict[str, str]:
    """The PDF's own words (resources/catalogue/export.json) in `lang`."""
    return {key: words.get(lang) or words["en"] for key, words in catalogue.load("export")["labels"].items()}


class HtmlBuilder:
    """Builds the document's HTML in parts, so the caller can report progress entry by entry."""

    def __init__(self, lang: str, style: DateStyle, parts: str = "month") -> None:
        self.lang = lang
        self.parts_by = parts
        self.marks: list[Mark] = []
        """The headings the contents and the bookmarks point to, in order."""
        self._part = None
        self._contents_at: int | None = None
        self.dir = "rtl" if lang == "ar" else "ltr"
        self.style = style
        self.words = labels(lang)
        self._comma = "، " if lang == "ar" else ", "
        self.parts: list[str] = [f'<html><head><style>{CSS}</style></head><body dir="{self.dir}">']

    # -- small pieces -------------------------------------------------------------------------
    def marked(self, text: str, tag: str, level: int, title: str | None = None, new_page: bool = False) -> str:
        """A heading with an anchor the layout can find again (for the contents and the bookmarks)."""
        name = f"mark-{len(self.marks)}"
        self.marks.append(Mark(name, level, title or text))
        new_page = new_page and len(self.parts) > 1  # the first page needs no break before it
        style = ' style="page-break-before: always; margin-top: 0px"' if new_page else ""
        return f'<{tag} dir="{self.dir}"{style}><a name="{name}">{escaped(text)}</a></{tag}>'

    def heading_paragraph(self, text: str, tag: str = "p", css_class: str = "") -> str:
        klass = f' class="{css_class}"' if css_class else ""
        return f'<{tag} dir="{self.dir}"{klass}>{escaped(text)}</{tag}>'

    def user_text(self, text: str, override: str = "auto", css_class: str = "") -> str:
        """User text, one <p> per line, each with the direction its letters give it."""
        klass = f' class="{css_class}"' if css_class else ""
        fallback = "rtl" if self.lang == "ar" else "ltr"
        out = []
        for line, direction in paragraphs_with_direction(text.strip(), override, fallback):
            if line.strip():
                out.append(f'<p dir="{direction}"{klass}>{escaped(line)}</p>')
        return "".join(out)

    def number(self, value) -> str:
        return number(value, self.style)

    def date(self, day: date) -> str:
        return long_date(day, self.style)

    # -- sections -----------------------------------------------------------------------------
    def cover(self, user_name: str, start: date | None, end: date | None, today: date, figures: Summary,
              content: JournalContent) -> None:
        w = self.words
        parts = [self.heading_paragraph(w["title"], "h1", "cover"), self.heading_paragraph(w["subtitle"], css_class="subtitle")]
        if user_name.strip():
            parts.append(self.user_text(fill(w["prepared_by"], user_name.strip())))
        if start or end:
            first = start or figures.first_application or today
            parts.append(self.heading_paragraph(
                fill(w["period"], self.date(first), self.date(end or today)), css_class="meta"))
        else:
            parts.append(self.heading_paragraph(w["whole_journal"], css_class="meta"))
        parts.append(self.heading_paragraph(fill(w["exported_on"], self.date(today)), css_class="meta"))
        rows = [
            (w["applications"], figures.applications),
            (w["rejections"], figures.rejections),
            (w["interviews"], figures.interviews),
            (w["offers"], figures.offers),
            (w["reflections_done"], figures.reflections_done),
        ]
        if figures.average_confidence is not None:
            rows.append((w["average_confidence"], self.number(f"{figures.average_confidence:g}") + " / " + self.number(10)))
        if figures.median_bounce_back_days is not None:
            rows.append((w["bounce_back"], self.number(f"{figures.median_bounce_back_days:g}")))
        parts.append(self.heading_paragraph(w["summary"], "h2"))
        parts.append(self._table(rows, "figures"))
        parts.append(self.heading_paragraph(w["in_this_export"], "h2"))
        parts.append(self._table([(w["reflection"], len(content.reflections)), (w["entry"], len(content.entries))],
                                 "figures"))
        self.parts.append("".join(parts))

    def charts(self, names: list[str], width: int) -> None:
        """Chart images already added to the document as resources named `names`."""
        if not names:
            return
        images = "".join(f'<p align="center"><img src="{escaped(name)}" width="{width}"></p>' for name in names)
        self.parts.append(self.marked(self.words["charts"], "h1", 0, new_page=True) + images)

    def contents_here(self) -> None:
        """The table of contents goes here (after the cover); its rows are known once every part is."""
        self._contents_at = len(self.parts)

    def journal_heading(self, empty: bool) -> None:
        """With nothing to show, a heading and one kind line; otherwise the parts are the headings."""
        if empty:
            heading = self.heading_paragraph(self.words["journal"], "h1")
            self.parts.append(heading.replace("<h1", _NEW_PAGE) if len(self.parts) > 1 else heading)
            self.parts.append(self.heading_paragraph(self.words["nothing"]))

    def item(self, item: ReflectionDoc | EntryDoc) -> None:
        key = part_key(item.day, item.company, self.parts_by, self.style)
        if key != self._part:
            self._part = key
            title = part_title(item.day, item.company, self.parts_by, self.style, self.words["no_company"])
            self.parts.append(self.marked(title, "h1", 0, new_page=True))
        self.parts.append(self._reflection(item) if isinstance(item, ReflectionDoc) else self._entry(item))

    def area_loops(self, loops: list[AreaLoop], today: date) -> None:
        """Per improvement area, the interviews it was prepared for and what followed; nothing when none."""
        if not loops:
            return
        w = self.words
        parts = [self.marked(w["prepared_for"], "h1", 0, new_page=True),
                 self.heading_paragraph(w["prepared_intro"], css_class="meta")]
        for loop in loops:
            name = f"mark-{len(self.marks)}"
            self.marks.append(Mark(name, 1, loop.name))
            direction = text_direction(loop.name, "auto", self.dir)
            parts.append(f'<h2 dir="{direction}"><a name="{name}">{escaped(loop.name)}</a></h2>')
            if loop.total > len(loop.interviews):
                parts.append(self.heading_paragraph(
                    fill(w["prepared_latest"], self.number(len(loop.interviews)), self.number(loop.total)),
                    css_class="meta"))
            for interview in loop.interviews:
                line = " · ".join((isolate(self.date(interview.on)), isolate(joined(interview.company, interview.role)),
                                   self._step(interview.stage, interview.round), self._what_followed(interview, today)))
                parts.append(self.heading_paragraph("• " + line))
        self.parts.append("".join(parts))

    def html(self) -> str:
        parts = list(self.parts)
        if self._contents_at is not None and any(mark.level == 0 for mark in self.marks):
            parts.insert(self._contents_at, self._contents())
        return "".join(parts) + "</body></html>"

    def _contents(self) -> str:
        """Each part and its page; the pages are placeholders the layout fills in (app/export/pdf_book.py)."""
        rows = "".join(
            f'<tr><td dir="{self.dir}" width="88%">{escaped(mark.title)}</td>'
            f'<td dir="{self.dir}" align="{"left" if self.dir == "rtl" else "right"}"><a name="toc-{mark.name}">–</a></td></tr>'
            for mark in self.marks if mark.level == 0)
        heading = self.heading_paragraph(self.words["contents"], "h1").replace("<h1", _NEW_PAGE)
        return f'{heading}<table class="contents" width="100%">{rows}</table>'

    # -- one item -----------------------------------------------------------------------------
    def _meta(self, kind: str, day: date, private: bool, extra: str = "") -> str:
        bits = [self.words[kind], isolate(self.date(day))]
        if extra:
            bits.insert(1, isolate(extra))
        if private:
            bits.append(self.words["private"])
        return self.heading_paragraph(" · ".join(bits), css_class="meta")

    def _tags(self, tags: tuple[str, ...]) -> str:
        """The item's tags under its heading, each isolated ("" without tags)."""
        if not tags:
            return ""
        return self.heading_paragraph(fill(self.words["tags"], joined(*tags, separator=" · "), isolated=False),
                                      css_class="meta")

    def _stage(self, stage: str, round_: int | None) -> str:
        if stage == "interview" and round_:
            template = catalogue.load("prompts")["interview_round"]
            return (template.get(self.lang) or template["en"]).replace("{n}", self.number(round_))
        return catalogue.label("stages", stage, self.lang) if stage else ""

    def _step(self, stage: str, round_: int | None) -> str:
        """A step of an application's history: "Interview, round 2", "Final round", "Offer"..."""
        if stage == "interview" and round_:
            return self._stage(stage, round_)
        return catalogue.label("history_stages", stage, self.lang)

    def _what_followed(self, interview: PreparedInterview, today: date) -> str:
        w = self.words
        if interview.next_on is not None:
            on = self.date(interview.next_on)
            if interview.next_stage == "rejected":
                key = {True: "then_rejected_again", False: "then_rejected_moved"}.get(interview.cited_again,
                                                                                       "then_rejected")
                return fill(w[key], on)
            if interview.next_stage == "offer":
                return fill(w["then_offer"], on)
            if interview.next_stage == "withdrawn":
                return fill(w["then_withdrew"], on)
            return fill(w["then_step"], self._step(interview.next_stage, interview.next_round), on)
        if interview.on >= today:
            return w["coming_up"]
        if interview.outcome in ("pending", "interview"):
            return w["still_waiting"]
        return catalogue.label("outcomes", interview.outcome, self.lang)

    def _reflection(self, r: ReflectionDoc) -> str:
        w = self.words
        title = joined(r.company, r.role) or w["reflection"]
        direction = text_direction(title, "auto", self.dir)
        name = f"mark-{len(self.marks)}"
        self.marks.append(Mark(name, 1, fill(w["bookmark_reflection"], title, self.date(r.day))))
        parts = [f'<h2 dir="{direction}"><a name="{name}">{escaped(title)}</a></h2>',
                 self._meta("reflection", r.day, r.private, self._stage(r.stage, r.round)), self._tags(r.tags)]
        if r.confidence_before is not None or r.confidence_after is not None:
            def shown(value):
                return self.number(value) if value is not None else "–"
            parts.append(self.heading_paragraph(
                fill(w["confidence"], shown(r.confidence_before), shown(r.confidence_after), self.number(10))))
        for answer in r.answers:
            parts.append(self.user_text(answer.question, css_class="question"))
            parts.append(self.user_text(answer.text, r.direction))
        if r.skills:
            parts.append(self.heading_paragraph(w["skills"], "h3"))
            parts.append(self._table([(name, self.number(rating)) for name, rating in r.skills], "skills",
                                     header=(w["skill"], fill(w["rating"], self.number(1), self.number(5)))))
        if r.areas:
            parts.append(self.heading_paragraph(w["areas"], "h3"))
            parts.extend(self.user_text("• " + area) for area in r.areas)
        if r.actions:
            parts.append(self.heading_paragraph(w["actions"], "h3"))
            for title, due, state in r.actions:
                suffix = [w.get(f"action_{state}", state)]
                if due is not None:
                    suffix.append(fill(w["due"], self.date(due)))
                parts.append(self.user_text(f"• {isolate(title)} ({self._comma.join(suffix)})"))
        return "".join(parts) + "<hr/>"

    def _entry(self, e: EntryDoc) -> str:
        parts = []
        if e.title.strip():
            parts.append(self.user_text(e.title, e.direction).replace("<p ", "<h2 ").replace("</p>", "</h2>"))
        parts.append(self._meta("entry", e.day, e.private, e.company))
        parts.append(self._tags(e.tags))
        if e.markup == "markdown":
            parts.append(markdown_html(e.body.strip(), e.direction, "rtl" if self.lang == "ar" else "ltr"))
        else:
            parts.append(self.user_text(e.body, e.direction))
        return "".join(parts) + "<hr/>"

    def _table(self, rows: list[tuple[str, object]], css_class: str, header: tuple[str, str] | None = None) -> str:
        cells = []
        if header:
            cells.append(f"<tr><th>{escaped(header[0])}</th><th>{escaped(header[1])}</th></tr>")
        for label, value in rows:
            shown = value if isinstance(value, str) else self.number(value)
            cells.append(f'<tr><td>{escaped(label)}</td><td align="center">{escaped(shown)}</td></tr>')
        border = ' border="1" cellspacing="0"' if header else ""
        return f'<table class="{css_class}" dir="{self.dir}"{border}>{"".join(cells)}</table>'
