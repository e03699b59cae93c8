"""An application-wide event filter is made and installed once, however often it is asked for."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from thabat.ui.app_filter import install_app_filter
from thabat.ui.field_alignment import LeadingAlignment, install_field_alignment
from thabat.ui.wheel_guard import WheelGuard, install_wheel_guard


class Counting(QObject):
    seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            type(self).seen += 1
        return False


def test_asked_twice_the_filter_is_the_same_one_installed_once(qapp):
    first = install_app_filter(qapp, Counting)
    try:
        assert install_app_filter(qapp, Counting) is first and qapp.findChildren(Counting) == [first]
        qapp.sendEvent(QObject(), QEvent(QEvent.Type.User))
        assert Counting.seen == 1
    finally:
        qapp.removeEventFilter(first)
        first.setParent(None)


def test_the_wheel_guard_and_the_leading_alignment_are_such_filters(qapp):
    for install, kind in ((install_wheel_guard, WheelGuard), (install_field_alignment, LeadingAlignment)):
        installed = install(qapp)
        try:
            assert isinstance(installed, kind) and install(qapp) is installed
            assert qapp.findChildren(kind) == [installed]
        finally:
            qapp.removeEventFilter(installed)
            installed.setParent(None)
