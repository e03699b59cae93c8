"""The Applications table's order: the language's collation, computed once per row, not a Python lessThan."""

from __future__ import annotations

from datetime import date
from functools import cmp_to_key

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QTableView

from thabat.app.text.dates import DateStyle
from thabat.app.views.applications import ApplicationRow
from thabat.ui.applications_model import SORT_ROLE, ApplicationsModel
from thabat.ui.collated_sort_proxy import CollatedSortProxy

NAMES = ["Zain", "Évora", "ahmed", "Ahmed", "أحمد", "احمد", "أَحْمَد", "إسراء", "اسراء", "Round 10", "Round 2",
         "بنك مسقط", "بَنك", "Noon", "نون", "ئ", "Ñandú", "nandu", "Ösel", "Oman", "١٠ شركات", "2 شركة", "ـبنك"]
"""Latin and Arabic, with and without diacritics (tashkeel, hamza forms, tatweel, accents), and numbers."""


def _rows(companies: list[str]) -> list[ApplicationRow]:
    return [ApplicationRow(id=n, company=company, role="Analyst", applied_on=date(2026, 1, 1 + n % 28),
                           outcome="pending", last_stage="applied", last_stage_on=date(2026, 1, 1 + n % 28))
            for n, company in enumerate(companies)]


def _collated(names: list[str], lang: str, descending: bool = False) -> list[str]:
    """The reference: the collator's own comparison, as the proxy's lessThan used it, in a stable sort
    from the order `names` are in (names equal to the collator keep it, descending too)."""
    collator = QCollator(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return sorted(names, key=cmp_to_key(collator.compare), reverse=descending)


def _table(qtbot, companies: list[str], lang: str, model: ApplicationsModel | None = None):
    model = model or ApplicationsModel()
    proxy = CollatedSortProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.set_language(lang)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # as the page starts
    model.set_rows(_rows(companies), DateStyle(lang=lang))
    return table, proxy, model


def _column(proxy, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_mixed_arabic_and_latin_names_sort_in_the_collators_order(qtbot, lang):
    table, proxy, _ = _table(qtbot, NAMES, lang)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = _column(proxy)
    assert shown == _collated(list(reversed(NAMES)), lang)  # sorted from the newest-first order
    assert shown.index("Évora") < shown.index("Zain") and shown.index("Round 2") < shown.index("Round 10")
    latin_first = shown.index("Zain") < shown.index("أحمد")
    assert latin_first == (lang == "en")  # each language's own script first
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(proxy) == _collated(shown, lang, descending=True)


def test_names_equal_to_the_collator_keep_their_order_both_ways(qtbot):
    names = ["noon", "Noon", "NOON", "Careem", "careem"]
    table, proxy, _ = _table(qtbot, names, "en")
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    after_dates = _column(proxy)  # from the newest-first order: ids 4, 3, 2, 1, 0
    assert after_dates == ["careem", "Careem", "NOON", "Noon", "noon"]
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(proxy) == ["NOON", "Noon", "noon", "careem", "Careem"]


def test_dates_sort_as_dates_and_a_new_set_of_rows_keeps_the_chosen_order(qtbot):
    table, proxy, model = _table(qtbot, ["B", "A", "C"], "en")
    assert [proxy.index(row, 0).data() for row in range(3)] == ["C", "A", "B"]  # newest first
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(_rows(["Talabat", "Careem", "Anghami"]), DateStyle(lang="en"))
    assert _column(proxy) == ["Anghami", "Careem", "Talabat"]


def test_the_selection_follows_its_row_when_the_order_changes(qtbot):
    table, proxy, _ = _table(qtbot, ["B", "A", "C"], "en")
    table.selectRow(0)  # "C", the newest
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [index.data() for index in table.selectionModel().selectedRows()] == ["C"]


class _CountingModel(ApplicationsModel):
    def __init__(self) -> None:
        super().__init__()
        self.sort_values_asked = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE:
            self.sort_values_asked += 1
        return super().data(index, role)


def test_sorting_asks_the_model_for_no_value_per_comparison(qtbot):
    """Two thousand rows took about 13,000 Python comparisons, each asking the model for two values."""
    model = _CountingModel()
    table, proxy, _ = _table(qtbot, [f"Company {n}" for n in range(300)], "en", model)
    model.sort_values_asked = 0
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert model.sort_values_asked == 0
