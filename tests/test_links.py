"""Links handed to the desktop: file: only for local files, and never a program or a launcher."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import text

from thabat.app.errors import InputError
from thabat.app.services import resources
from tests.ui_support import make_context
from thabat.ui.guide_dialog import GuideDialog

REFUSED = ["file://HOST/share/x.exe", "file://server/share/notes.pdf", "file:///usr/share/applications/x.desktop",
           "file:///home/me/Downloads/setup.EXE", "file:///tmp/run.sh", "file:///tmp/a%2Edesktop",
           "javascript:alert(1)", "data:text/html,hi", "http:nohost"]
ALLOWED = ["https://example.org/x.exe", "mailto:me@example.org", "file:///home/me/notes.pdf",
           "file://localhost/home/me/cv.odt", "file:///home/me/"]


@pytest.mark.parametrize("url", REFUSED)
def test_a_form_refuses_remote_files_programs_and_launchers(session, url):
    with pytest.raises(InputError):
        resources.add_resource(session, "t", url)


@pytest.mark.parametrize("url", ALLOWED)
def test_ordinary_links_are_kept(session, url):
    assert resources.add_resource(session, "t", url)


def test_a_local_file_that_became_executable_is_not_opened(tmp_path):
    tool = tmp_path / "tool"
    tool.write_text("#!/bin/sh\n")
    assert resources.safe_to_open(tool.as_uri())
    os.chmod(tool, 0o755)
    assert not resources.safe_to_open(tool.as_uri())
    assert resources.safe_to_open(tmp_path.as_uri())  # a folder opens in the file manager


@pytest.mark.parametrize("url", ["file://HOST/share/x.exe", "file:///usr/share/applications/evil.desktop"])
def test_the_guide_never_hands_a_stored_bad_link_to_the_desktop(qtbot, journal, isolated_data, monkeypatch, url):
    with journal.session() as session:  # as an older Thabat or an edited backup may have stored it
        session.execute(text("INSERT INTO resource (title, url, notes, position) VALUES ('x', :url, '', 1)"),
                        {"url": url})
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda link: opened.append(link.toString()) or True)
    dialog = GuideDialog(make_context(journal, isolated_data))
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.resources
    panel.refresh()
    panel.listing.setCurrentRow(0)
    assert not panel.buttons["open"].isEnabled()
    panel.open_selected()
    panel.listing.itemActivated.emit(panel.listing.item(0))
    qtbot.mouseClick(panel.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened == []
