"""One table model + one filter proxy for every list of records.

The model holds plain frozen dataclasses (rows from a service) and a list of ``Column``s that
say how to show and sort them. Sorting uses raw values (``SORT_ROLE``), Chinese text in pinyin
order; the row's id travels in ``ID_ROLE``. Filtering uses a precomputed lower-case search key
per row plus named predicates, so a keystroke costs one pass of cheap Python over the rows.

Speed (search-as-you-type, DESIGN.md budget 50 ms per keystroke): the *model* sorts its rows
once per click on a header, so the proxy only filters and never re-sorts rows a wider search
brings back; and ``multiData`` answers all roles of a cell in one Python call per paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cmp_to_key
from numbers import Number
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_PAINT_ROLES = frozenset({
    _ALIGN, _BACKGROUND, _FOREGROUND, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.CheckStateRole,
})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


_COLLATOR: list[QCollator] = []


def _collator() -> QCollator:
    """Pinyin order for Chinese names (the collator follows the UI locale)."""
    if not _COLLATOR:
        c = QCollator(QLocale())
        c.setNumericMode(True)
        _COLLATOR.append(c)
    return _COLLATOR[0]


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class Column:
    key: str
    header: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    width: int = 0
    tooltip: Callable[[Any], str] | None = None


@dataclass
class RowStyle:
    """Optional background / foreground for whole rows (e.g. red for uncovered windows)."""

    background: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], str | None] | None = None
    _cache: dict = field(default_factory=dict)

    def brush(self, color: str | None) -> QBrush | None:
        if not color:
            return None
        if color not in self._cache:
            self._cache[color] = QBrush(QColor(color))
        return self._cache[color]


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        *,
        search_key: Callable[[Any], str] | None = None,
        style: RowStyle | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self._display: list[list[str] | None] = []
        self._search_key = search_key
        self._style = style

    # --- data ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [self._search_key(r).lower() for r in self._rows] if self._search_key else []
        self._display = [None] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def key_at(self, row: int) -> str:
        return self._keys[row] if self._keys else ""

    def row_of_id(self, row_id: int) -> int:
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == row_id:
                return i
        return -1

    def display_row(self, row: int) -> list[str]:
        cached = self._display[row]
        if cached is None:
            r = self._rows[row]
            cached = [display(c.value(r)) for c in self.columns]
            self._display[row] = cached
        return cached

    # --- sorting (in the model: the proxy only filters) ---------------------------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self._rows:
            return
        col = self.columns[column]
        values = [_sortable((col.sort or col.value)(r)) for r in self._rows]
        if all(isinstance(v, Number) for v in values):
            key = None
        else:
            values = [v if isinstance(v, str) else str(v) for v in values]
            key = cmp_to_key(_collator().compare)
        order_idx = sorted(range(len(values)), key=(lambda i: values[i]) if key is None else (lambda i: key(values[i])),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        new_pos = {old: new for new, old in enumerate(order_idx)}
        self._rows = [self._rows[i] for i in order_idx]
        if self._keys:
            self._keys = [self._keys[i] for i in order_idx]
        self._display = [self._display[i] for i in order_idx]
        self.changePersistentIndexList(
            old_persistent, [self.index(new_pos[i.row()], i.column()) for i in old_persistent]
        )
        self.layoutChanged.emit()

    # --- Qt interface -------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def multiData(self, index: QModelIndex, span) -> None:  # noqa: N802
        """All roles a view asks for at once: one Python call per cell and paint.

        Answers the roles a paint needs inline (display text from the per-row cache,
        alignment, row colours); anything else goes through ``data``.
        """
        r, c = index.row(), index.column()
        col = self.columns[c]
        style = self._style
        for rd in span:
            role = rd.role()
            if role == _DISPLAY:
                rd.setData(self.display_row(r)[c])
            elif role in _PAINT_ROLES:
                value = None
                if role == _ALIGN:
                    value = _RIGHT if col.align_right else None
                elif style is not None:
                    if role == _BACKGROUND and style.background:
                        value = style.brush(style.background(self._rows[r]))
                    elif role == _FOREGROUND and style.foreground:
                        value = style.brush(style.foreground(self._rows[r]))
                if value is None:
                    rd.clearData()
                else:
                    rd.setData(value)
            else:
                value = self.data(index, role)
                if value is None:
                    rd.clearData()
                else:
                    rd.setData(value)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_row(r)[c]
        row = self._rows[r]
        col = self.columns[c]
        if role == SORT_ROLE:
            return _sortable((col.sort or col.value)(row))
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        if self._style is not None:
            if role == Qt.ItemDataRole.BackgroundRole and self._style.background:
                return self._style.brush(self._style.background(row))
            if role == Qt.ItemDataRole.ForegroundRole and self._style.foreground:
                return self._style.brush(self._style.foreground(row))
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Search text (all words must match the row's search key) plus named predicates."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicates: dict[str, Callable[[Any], bool]] = {}
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = text.lower().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None and name not in self._predicates:
            return

        def change() -> None:
            if predicate is None:
                self._predicates.pop(name, None)
            else:
                self._predicates[name] = predicate

        self._refilter(change)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt 6.9
            change()
            self.invalidateRowsFilter()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model; the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def multiData(self, index: QModelIndex, span) -> None:  # noqa: N802
        self.sourceModel().multiData(self.mapToSource(index), span)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model: RecordTableModel = self.sourceModel()
        if self._words:
            key = model.key_at(source_row)
            for w in self._words:
                if w not in key:
                    return False
        if self._predicates:
            row = model.row_at(source_row)
            for p in self._predicates.values():
                if not p(row):
                    return False
        return True

    def visible_rows(self) -> list[Any]:
        model: RecordTableModel = self.sourceModel()
        return [model.row_at(self.mapToSource(self.index(i, 0)).row()) for i in range(self.rowCount())]


def record_view(parent, model: RecordTableModel, name: str, *, sortable: bool = False,
                row_height: int | None = None):
    """A read-only table of a page's records through a ``RecordFilterProxy`` (sorting happens in
    the model): one row selected at a time, the columns' widths. Returns (view, proxy)."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    if row_height:
        view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setStretchLastSection(True)
    for i, col in enumerate(model.columns):
        if col.width:
            view.setColumnWidth(i, col.width)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view, proxy


def keep_view_sort(view, model: RecordTableModel) -> None:
    """After ``set_rows``: sort the new rows the way the view's header shows."""
    header = view.horizontalHeader()
    if view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def read_only_view(parent, model: RecordTableModel):
    """A plain read-only table of rows (previews, error lists, detail panels)."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    for i, col in enumerate(model.columns):
        if col.width:
            view.setColumnWidth(i, col.width)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view
