"""Journal entries written with light formatting, stored as Markdown: read with Qt's own Markdown
reader (QtGui, no widget), shown as HTML with a direction per paragraph, or as plain text.

Raw HTML in an entry is text, never markup (MarkdownNoHTML), and only http, https and mailto links
stay links: anything else (javascript:, file:, data:) is shown as the words it was written with.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextListFormat

from thabat.app.text.markup import escaped
from thabat.app.text.direction import Direction, text_direction

LINK_SCHEMES = ("http", "https", "mailto")
_ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman}


def markdown_document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return document


def safe_link(href: str) -> bool:
    try:
        return urlsplit(href.strip()).scheme.lower() in LINK_SCHEMES
    except ValueError:
        return False


def markdown_plain(text: str) -> str:
    """The words of a Markdown entry without its marks (list previews, On This Day)."""
    return markdown_document(text).toPlainText()


def has_formatting(document: QTextDocument) -> bool:
    """Whether anything in `document` needs Markdown: a heading, a list, bold, italic, struck or a link.
    An entry without any is stored as typed ("plain"), exactly, with no escapes."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() or block.textList() is not None:
            return True
        iterator = block.begin()
        while not iterator.atEnd():
            form = iterator.fragment().charFormat()
            iterator += 1
            if (form.fontWeight() >= QFont.Weight.DemiBold or form.fontItalic() or form.fontStrikeOut()
                    or form.isAnchor()):
                return True
        block = block.next()
    return False


def _fragments_html(block: QTextBlock) -> str:
    out = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        form = fragment.charFormat()
        html = escaped(fragment.text())
        if form.fontWeight() >= QFont.Weight.DemiBold and not block.blockFormat().headingLevel():
            html = f"<b>{html}</b>"
        if form.fontItalic():
            html = f"<i>{html}</i>"
        if form.fontStrikeOut():
            html = f"<s>{html}</s>"
        if form.isAnchor() and safe_link(form.anchorHref()):
            html = f'<a href="{escaped(form.anchorHref().strip())}">{html}</a>'
        out.append(html)
    return "".join(out)


def markdown_html(text: str, override: str = "auto", fallback: Direction = "ltr", css_class: str = "") -> str:
    """HTML for QTextDocument (the PDF): headings, paragraphs and lists, each with the direction its
    own letters give it (or `override`), every text escaped."""
    klass = f' class="{css_class}"' if css_class else ""
    out: list[str] = []
    open_list: tuple[int, str] | None = None  # (the list's object index in the document, its tag)
    document = markdown_document(text)  # kept in a name: its blocks die with it
    block = document.begin()
    while block.isValid():
        direction = text_direction(block.text(), override, fallback)
        inner = _fragments_html(block)
        listed = block.textList()
        if listed is not None:
            tag = "ol" if listed.format().style() in _ORDERED else "ul"
            if open_list is not None and open_list[0] != listed.objectIndex():
                out.append(f"</{open_list[1]}>")
                open_list = None
            if open_list is None:
                out.append(f'<{tag} dir="{direction}">')
                open_list = (listed.objectIndex(), tag)
            out.append(f'<li dir="{direction}"{klass}>{inner}</li>')
        else:
            if open_list is not None:
                out.append(f"</{open_list[1]}>")
                open_list = None
            level = block.blockFormat().headingLevel()
            tag = f"h{min(level + 2, 6)}" if level else "p"
            if block.text().strip():
                out.append(f'<{tag} dir="{direction}"{klass}>{inner}</{tag}>')
        block = block.next()
    if open_list is not None:
        out.append(f"</{open_list[1]}>")
    return "".join(out)
