"""The one way user text goes into rich text (Qt's HTML subset): escaped, so it shows as written.

Qt renders an `<img>` tag pointing at any local file in a QLabel, a QTextDocument or a tooltip; a name typed or
imported with markup must read as those characters, never load or format anything.
"""

from __future__ import annotations

import html


def escaped(text: str) -> str:
    """`text` for use inside HTML: &, <, > and both quotes as entities."""
    return html.escape(text, quote=True)
