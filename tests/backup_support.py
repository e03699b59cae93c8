"""Shared by the backup tests: English messages, and a journal in a folder with a few applications."""

from __future__ import annotations

from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def english(qapp):
    """The messages the tests read are the English ones."""
    from tests.ui_support import switcher

    switcher().apply("en")


def add_companies(folder: Path, *companies: str, role: str = "") -> None:
    """Open (or create) the journal in `folder` and add one application per company."""
    journal = Journal.open(folder)
    with journal.session() as session:
        for company in companies:
            add_application(session, ApplicationInput(company=company, role=role, applied_on=TODAY), TODAY)
    journal.close()
