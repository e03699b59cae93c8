"""The user's resources list: add, edit, reorder, delete; only safe links."""

from __future__ import annotations

import pytest

from thabat.app.errors import InputError
from thabat.app.services import resources


def test_crud_and_reorder(session):
    a = resources.add_resource(session, "CV guide", "https://example.org/cv")
    b = resources.add_resource(session, "مرشد مهني", "mailto:mentor@example.org")
    c = resources.add_resource(session, "Notes", "")
    resources.move_resource(session, c, -2)
    assert [r.id for r in resources.list_resources(session)] == [c, a, b]
    resources.update_resource(session, a, "CV guide (new)", "https://example.org/cv2", "read twice")
    resources.delete_resource(session, b)
    assert [(r.title, r.notes) for r in resources.list_resources(session)] == [("Notes", ""), ("CV guide (new)", "read twice")]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x", "www.example.org"])
def test_unsafe_links_are_refused(session, url):
    with pytest.raises(InputError) as raised:
        resources.add_resource(session, "x", url)
    assert raised.value.field == "url"
    assert resources.list_resources(session) == []
