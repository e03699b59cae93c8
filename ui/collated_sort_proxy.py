"""A sort/filter proxy that orders text the way the current language does (QCollator), not by code point.

Sorting by code point puts every Arabic word after every Latin one and "Évora" after "Zain"; a
collator for the shown language orders what the user reads. Numbers (dates as ordinals) still
compare as numbers.

The proxy filters in C++ but does not sort itself: a Python `lessThan` ran about 13,000 times to
sort two thousand applications (each call asking the Python model for two values), freezing the
window for half a second. Instead its source orders its own rows (`SortsItself`) by keys computed
once per row: each distinct text gets its rank in the collator's order, and a plain list sort does
the rest. The order is the one the collator's comparison gives, ties keep their previous order.
"""

from __future__ import annotations

from functools import cmp_to_key
from typing import Callable, Protocol, Sequence

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt

SortKeys = Callable[[Sequence[object]], list]
"""Turns a column's sort values (one a row) into keys a list sort orders as the user reads them."""


class SortsItself(Protocol):
    """A source model that reorders its rows (keeping its persistent indexes) and keeps that order on reset."""

    def sort_rows(self, column: int, order: Qt.SortOrder, keys: SortKeys) -> None: ...


class CollatedSortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)  # "Round 2" before "Round 10"
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_language(self, lang: str) -> None:
        """Collate for `lang` ("ar" or "en") from now on; re-sorts if the order changes."""
        if self._collator.locale().name().split("_")[0] == lang:
            return
        self._collator.setLocale(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks for an order: the source lays its rows out in it; this proxy keeps
        the source's order (its own sort column stays -1) and only filters."""
        source = self.sourceModel()
        if column < 0 or not hasattr(source, "sort_rows"):
            super().sort(column, order)
            return
        self._sorted_by = (column, order)
        source.sort_rows(column, order, self.sort_keys)

    def sort_keys(self, values: Sequence[object]) -> list:
        """Keys for `values`: texts by their rank in the collator's order (equal texts, say differing only in
        case, share a rank), anything else as it is."""
        texts = {value for value in values if isinstance(value, str)}
        if not texts:
            return list(values)
        ordered = sorted(texts, key=cmp_to_key(self._collator.compare))
        rank: dict[str, int] = {}
        for position, text in enumerate(ordered):
            same = position > 0 and self._collator.compare(ordered[position - 1], text) == 0
            rank[text] = rank[ordered[position - 1]] if same else position
        if all(isinstance(value, str) for value in values):
            return [rank[value] for value in values]
        # A column mixing texts and numbers: numbers first, as Qt's own comparison of the two kinds did not promise.
        return [(1, rank[value]) if isinstance(value, str) else (0, value) for value in values]
