"""A list page: search box, filters, action buttons, one sortable table, a count line.

Subclasses give the columns, how to fetch rows, the search key and their own actions. Column
widths and sort order are remembered in QSettings under the page's ``settings_key``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.ui import messages
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.table import ID_ROLE, Column, RecordFilterProxy, RecordTableModel, RowStyle
from govhr_desktop.ui.tr import InheritedTr

log = logging.getLogger(__name__)


class Page(InheritedTr, QWidget):
    """Anything shown in the main window's stack."""

    #: emitted when the page changed data other pages show
    data_changed = Signal()

    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui

    def title(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch fresh data from the services."""

    def show_domain_error(self, error: BaseException, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Cannot do that"), messages.describe(error))

    def notify(self, text: str) -> None:
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, 8000)

    def save_table_xlsx(self, title: str, headers: list[str], rows: list[list], path: str | None = None) -> str | None:
        """Ask where (unless ``path``), write one sheet, audit the export (personal data), remember
        the folder and say so in the status bar. The path written, or None when cancelled."""
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{start}/{title}.xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        n = export_table(path, title, headers, rows)
        self.ui.audit.record_export(self.settings_key, n)  # exports of personal data are audited
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        self.notify(self.tr("Exported %n row(s) to %1", "", n).replace("%1", path))
        return path


class ListPage(Page):
    settings_key = "list"
    #: the permission that adding, editing and deleting on this page needs
    write_permission: str | None = None

    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(ui, parent)
        self.model = RecordTableModel(self.columns(), search_key=self.search_key, style=self.row_style(), parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        self.button_bar = QHBoxLayout()
        buttons_row = QHBoxLayout()
        buttons_row.addLayout(self.button_bar)
        buttons_row.addStretch(1)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search)
        filters_row = QHBoxLayout()
        filters_row.addLayout(self.filter_bar)
        filters_row.addStretch(1)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        self.body.addWidget(heading)
        self.body.addLayout(buttons_row)
        self.body.addLayout(filters_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.count_label)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._restore_header()
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_header_later())
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._save_header_later())
        self._header_timer = QTimer(self, singleShot=True, interval=400, timeout=self._save_header)

    # --- to override --------------------------------------------------------------------------

    def columns(self) -> list[Column]:  # pragma: no cover - abstract
        raise NotImplementedError

    def fetch(self) -> list[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def search_key(self, row: Any) -> str:
        return " ".join(str(c.value(row)) for c in self.columns())

    def search_placeholder(self) -> str:
        return self.tr("Search…")

    def row_style(self) -> RowStyle | None:
        return None

    def edit_selected(self) -> None:
        """Open the selected row (double-click, Enter)."""

    # --- helpers for subclasses ---------------------------------------------------------------

    def add_button(self, text: str, slot: Callable[[], None], *, name: str, shortcut: str | None = None,
                   permission: str | None = None) -> QPushButton:
        """A toolbar button; one the role may not use is shown disabled (the service refuses anyway)."""
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: slot())  # (clicked passes a bool; slots take none)
        if shortcut:
            b.setShortcut(QKeySequence(shortcut))
            b.setToolTip(f"{text} ({shortcut})")
        if permission and not self.ui.can(permission):
            b.setEnabled(False)
            b.setToolTip(self.tr("Your role may not do this."))
        self.button_bar.addWidget(b)
        return b

    def add_filter(self, name: str, items: list[tuple[str, Any]], predicate: Callable[[Any, Any], bool], *, default_index: int = 0) -> QComboBox:
        """A combo box; choosing an item with data None shows everything."""
        box = QComboBox(self)
        box.setObjectName(name)
        for text, data in items:
            box.addItem(text, data)

        def apply() -> None:
            value = box.currentData()
            self.proxy.set_predicate(name, None if value is None else (lambda row, v=value: predicate(row, v)))
            self._update_count()

        box.currentIndexChanged.connect(lambda _i: apply())
        box.setCurrentIndex(default_index)
        apply()
        self.filter_bar.addWidget(box)
        return box

    def selected_row(self) -> Any | None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            cur = self.table.currentIndex()
            if not cur.isValid():
                return None
            idx = [cur]
        return self.proxy.data(idx[0], Qt.ItemDataRole.UserRole + 2)

    def select_id(self, row_id: int | None) -> None:
        if row_id is None:
            return
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data(ID_ROLE) == row_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.proxy.index(i, 0))
                return

    def reload(self) -> None:
        keep = getattr(self.selected_row(), "id", None)
        self.model.set_rows(self.fetch())
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.select_id(keep)
        self._update_count()

    def run_action(self, action: Callable[[], Any]) -> bool:
        """Run a service call; show a core error as a message; reload on success."""
        try:
            action()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return False
        self.reload()
        self.data_changed.emit()
        return True

    def may_write(self) -> bool:
        return self.write_permission is None or self.ui.can(self.write_permission)

    def open_dialog(self, dialog) -> bool:
        """Run a record dialog; on save reload, select the saved record, tell the other pages."""
        if not dialog.exec():
            return False
        self.reload()
        self.select_id(getattr(dialog, "saved_id", None))
        self.data_changed.emit()
        return True

    def confirm_delete(self, question: str, action: Callable[[], Any]) -> None:
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.run_action(action)

    def export_rows(self) -> tuple[list[str], list[list[str]]]:
        headers = [c.header for c in self.model.columns]
        rows = []
        for i in range(self.proxy.rowCount()):
            src = self.proxy.mapToSource(self.proxy.index(i, 0)).row()
            rows.append(self.model.display_row(src))
        return headers, rows

    def export_xlsx(self, path: str | None = None) -> str | None:
        headers, rows = self.export_rows()
        return self.save_table_xlsx(self.title(), headers, rows, path)

    # --- internals ----------------------------------------------------------------------------

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == shown:
            self.count_label.setText(self.tr("%n record(s)", "", total))
        else:
            self.count_label.setText(self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _save_header_later(self) -> None:
        self._header_timer.start()

    def _save_header(self) -> None:
        self.ui.settings.setValue(f"{self.settings_key}/header", self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = self.ui.settings.value(f"{self.settings_key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
