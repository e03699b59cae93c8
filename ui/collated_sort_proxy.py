"""A sort/filter proxy that orders text the way the current language does (QCollator), not by code point.

Sorting by code point puts every Arabic word after every Latin one and "Évora" after "Zain"; a
collator for the shown language orders what the user reads. Numbers (dates as ordinals) still
compare as numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex


class CollatedSortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)  # "Round 2" before "Round 10"

    def set_language(self, lang: str) -> None:
        """Collate for `lang` ("ar" or "en") from now on; re-sorts if the order changes."""
        if self._collator.locale().name().split("_")[0] == lang:
            return
        self._collator.setLocale(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
        self.invalidate()

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)
