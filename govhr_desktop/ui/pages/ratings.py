"""Citizen ratings (好差评): a lazily fetched list over the ``rating`` table, plus the import.

The table can hold a million rows, so nothing loads them all: ``RatingsModel`` counts the rows
of the current filter with SQL and fetches pages of ``PAGE_ROWS`` rows when the view asks for
them (``LIMIT/OFFSET`` on ``ORDER BY rated_at DESC, id DESC``, which the ``ix_rating_month``
index serves, sorting only rows of the same second by id), keeping at most ``MAX_PAGES`` pages in memory.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import EVALUATION_WRITE
from govhr_desktop.ui import messages
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import Column, RecordTableModel, read_only_view
from govhr_desktop.ui.workers import run_with_progress

log = logging.getLogger(__name__)

PAGE_ROWS = 500
MAX_PAGES = 40  # 20,000 rows at most in memory
EXPORT_LIMIT = 100_000
ID_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()

#: the columns read per row (the model's column order follows ``COLUMN_KEYS``)
_SELECT = ("id, rated_at, level, channel, service_item, window_number, staff_name, comment, excluded")
COLUMN_KEYS = ("rated_at", "level", "channel", "service_item", "window_number", "staff_name", "comment", "excluded")
_WIDTHS = (150, 110, 90, 160, 60, 80, 260, 60)


def month_range(month: str) -> tuple[str, str]:
    """'2026-10' -> ('2026-10-01', '2026-11-01'): text bounds for ``rated_at`` (stored as text)."""
    y, m = (int(x) for x in month.split("-"))
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return f"{y:04d}-{m:02d}-01", nxt.isoformat()


class RatingsModel(QAbstractTableModel):
    """Rows of ``rating`` for one filter; ``rowCount`` from SQL, pages fetched on demand."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.month: str | None = None
        self.level: str | None = None  # None / "bad" / "good"
        self.window_text = ""
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.pages_fetched = 0  # how many page queries ran (tests, benchmark)
        self._headers = [self.tr("Time"), self.tr("Level"), self.tr("Channel"), self.tr("Service item"),
                         self.tr("Window"), self.tr("Staff"), self.tr("Comment"), self.tr("Excluded")]
        self._level_words = {5: self.tr("Very satisfied"), 4: self.tr("Satisfied"), 3: self.tr("Basically satisfied"),
                             2: self.tr("Dissatisfied"), 1: self.tr("Very dissatisfied")}
        self._yes = self.tr("Yes")

    # --- filter -----------------------------------------------------------------------------

    def where(self) -> tuple[str, dict[str, Any]]:
        parts, params = [], {}
        if self.month:
            params["start"], params["end"] = month_range(self.month)
            parts.append("rated_at >= :start AND rated_at < :end")
        if self.level == "bad":
            parts.append("level <= 2")
        elif self.level == "good":
            parts.append("level >= 3")
        if self.window_text.strip():
            params["window"] = "%" + self.window_text.strip().upper().replace("%", "").replace("_", "") + "%"
            parts.append("upper(window_number) LIKE :window")
        return (" WHERE " + " AND ".join(parts)) if parts else "", params

    def set_filter(self, *, month: str | None = None, level: str | None = None, window_text: str = "") -> None:
        self.month, self.level, self.window_text = month, level, window_text
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        where, params = self.where()
        with self.services.connect() as conn:
            self._count = conn.execute(text(f"SELECT count(*) FROM rating{where}"), params).scalar_one()
        self.endResetModel()

    # --- pages ------------------------------------------------------------------------------

    def fetch_rows(self, offset: int, limit: int) -> list[tuple]:
        where, params = self.where()
        params = {**params, "limit": limit, "offset": offset}
        sql = f"SELECT {_SELECT} FROM rating{where} ORDER BY rated_at DESC, id DESC LIMIT :limit OFFSET :offset"
        with self.services.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def _page(self, number: int) -> list[tuple]:
        page = self._pages.get(number)
        if page is None:
            page = self.fetch_rows(number * PAGE_ROWS, PAGE_ROWS)
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)  # the least recently used
        else:
            self._pages.move_to_end(number)
        return page

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def row_at(self, row: int) -> tuple | None:
        page = self._page(row // PAGE_ROWS)
        i = row % PAGE_ROWS
        return page[i] if i < len(page) else None

    def display(self, r: tuple, column: int) -> str:
        key = COLUMN_KEYS[column]
        if key == "rated_at":
            return str(r[1])[:19]
        if key == "level":
            return f"{r[2]} {self._level_words.get(r[2], '')}"
        if key == "excluded":
            return self._yes if r[8] else ""
        return "" if r[column + 1] is None else str(r[column + 1])

    def display_row(self, r: tuple) -> list[str]:
        return [self.display(r, c) for c in range(len(COLUMN_KEYS))]

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    # --- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            r = self.row_at(index.row())
            return None if r is None else self.display(r, index.column())
        if role == ID_ROLE:
            r = self.row_at(index.row())
            return None if r is None else r[0]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            r = self.row_at(index.row())
            if r is not None and r[2] <= 2:
                from PySide6.QtGui import QBrush, QColor

                return QBrush(QColor("#c0392b"))
        return None


class RatingsPage(Page):
    settings_key = "ratings"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.model = RatingsModel(ui.services, self)

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setModel(self.model)
        for i, w in enumerate(_WIDTHS):
            self.table.setColumnWidth(i, w)

        self.month_box = QComboBox(self)
        self.month_box.setObjectName("monthFilter")
        self.month_box.addItem(self.tr("All months"), None)
        self.level_box = QComboBox(self)
        self.level_box.setObjectName("levelFilter")
        self.level_box.addItem(self.tr("All levels"), None)
        self.level_box.addItem(self.tr("Bad (1–2)"), "bad")
        self.level_box.addItem(self.tr("Good (3–5)"), "good")
        self.window_edit = QLineEdit(self)
        self.window_edit.setObjectName("windowFilter")
        self.window_edit.setPlaceholderText(self.tr("Window number"))
        self.window_edit.setClearButtonEnabled(True)
        self.month_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.level_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.window_edit.textChanged.connect(lambda _t: self.apply_filter())

        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda _c=False: self.import_ratings())
        if not ui.can(EVALUATION_WRITE):
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Your role may not do this."))
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Month:"), self))
        filters.addWidget(self.month_box)
        filters.addWidget(self.level_box)
        filters.addWidget(self.window_edit)
        filters.addStretch(1)
        body = QVBoxLayout(self)
        body.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        body.addWidget(heading)
        body.addLayout(buttons)
        body.addLayout(filters)
        body.addWidget(self.table, 1)
        body.addWidget(self.count_label)
        self._loading = False
        self.reload()

    def title(self) -> str:
        return self.tr("Citizen ratings")

    # --- data -------------------------------------------------------------------------------

    def months(self) -> list[str]:
        """The months that have ratings, newest first (one index probe per month)."""
        out: list[str] = []
        with self.ui.services.connect() as conn:
            newest = conn.execute(text("SELECT max(rated_at) FROM rating")).scalar()
            while newest is not None and len(out) < 120:
                month = str(newest)[:7]
                out.append(month)
                newest = conn.execute(text("SELECT max(rated_at) FROM rating WHERE rated_at < :m"),
                                      {"m": month + "-01"}).scalar()
        return out

    def reload(self) -> None:
        self._loading = True
        try:
            current = self.month_box.currentData()
            self.month_box.clear()
            self.month_box.addItem(self.tr("All months"), None)
            for m in self.months():
                self.month_box.addItem(m, m)
            i = self.month_box.findData(current)
            self.month_box.setCurrentIndex(max(i, 0))
        finally:
            self._loading = False
        self.apply_filter()

    def apply_filter(self) -> None:
        if self._loading:
            return
        self.model.set_filter(month=self.month_box.currentData(), level=self.level_box.currentData(),
                              window_text=self.window_edit.text())
        self.count_label.setText(self.tr("%n rating(s)", "", self.model.rowCount()))

    # --- actions ----------------------------------------------------------------------------

    def import_ratings(self) -> None:
        dialog = RatingsImportDialog(self.ui, self)
        if not dialog.choose_file():
            return
        dialog.exec()
        if dialog.result_summary is not None:
            self.reload()
            self.data_changed.emit()

    def export_rows(self, limit: int = EXPORT_LIMIT) -> tuple[list[str], list[list[str]], int]:
        """Headers, rows of the current filter (at most ``limit``), and the filter's full count."""
        rows = [self.model.display_row(r) for r in self.model.fetch_rows(0, limit)]
        return self.model.headers, rows, self.model.rowCount()

    def export_xlsx(self, path: str | None = None) -> str | None:
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{start}/{self.title()}.xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        headers, rows, total = self.export_rows()
        if total > EXPORT_LIMIT:
            QMessageBox.information(
                self, self.tr("Export to Excel"),
                self.tr("The filter matches %1 ratings; only the newest %2 are exported. Choose a month or a "
                        "window to export the rest.").replace("%1", str(total)).replace("%2", str(EXPORT_LIMIT)))
        n = export_table(path, self.title(), headers, rows)
        self.ui.audit.record_export(self.settings_key, n)
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        return path


# --- the import dialog ------------------------------------------------------------------------

SOURCE = "province"  # the remembered-mapping key of the provincial 好差评 export
PREVIEW_SHOWN = ("rating_key", "rated_at", "level", "window_number", "staff_name", "service_item", "channel")


class RatingsImportDialog(QDialog):
    """Choose a file -> preview (mapping, first rows, error sample) -> import in the background."""

    def __init__(self, ui, parent=None) -> None:
        super().__init__(parent)
        from govhr_desktop.exchange.ratings_import import FIELDS, RATING_COLUMNS
        from govhr_desktop.services.ratings import RatingImportService

        self.ui = ui
        self.service = RatingImportService(ui.services)
        self.path: str | None = None
        self.preview = None
        self.result_summary = None
        self._filling = False
        self.setWindowTitle(self.tr("Import citizen ratings"))
        self.resize(1000, 680)
        labels = {
            "rating_key": self.tr("Rating id"), "channel": self.tr("Channel"), "service_item": self.tr("Service item"),
            "case_number": self.tr("Case number"), "department": self.tr("Department"),
            "window_number": self.tr("Window"), "staff_name": self.tr("Staff"), "rated_at": self.tr("Time"),
            "level": self.tr("Level"), "comment": self.tr("Comment"),
        }
        self.field_labels = labels
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        box = QGroupBox(self.tr("Columns (field → column of the file)"), self)
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        for i, f in enumerate(FIELDS):
            combo = QComboBox(box)
            combo.setObjectName(f"map_{f}")
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.combos[f] = combo
            grid.addWidget(QLabel(labels[f], box), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        lay.addWidget(box)

        pos = {c: i for i, c in enumerate(RATING_COLUMNS)}
        self.row_model = RecordTableModel(
            [Column(f, labels[f], lambda r, i=pos[f], f=f: r[i] if f != "rated_at" else str(r[i])[:19], width=110)
             for f in PREVIEW_SHOWN], parent=self)
        self.error_model = RecordTableModel(
            [Column("row", self.tr("Row"), lambda e: e.row, align_right=True, width=60),
             Column("column", self.tr("Column"), lambda e: e.column, width=100),
             Column("value", self.tr("Value"), lambda e: e.value, width=160),
             Column("message", self.tr("What is wrong"), self.describe, tooltip=self.describe)],
            parent=self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.row_view = read_only_view(split, self.row_model)
        self.row_view.setObjectName("previewTable")
        self.error_title = QLabel(self.tr("Rows with errors (they are skipped, the others are imported):"), split)
        self.error_view = read_only_view(split, self.error_model)
        self.error_view.setObjectName("errorTable")
        split.addWidget(self.row_view)
        split.addWidget(self.error_title)
        split.addWidget(self.error_view)
        lay.addWidget(split, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.copy_button = self.buttons.addButton(self.tr("Copy error list"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyButton")
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        self.import_button.clicked.connect(lambda _c=False: self.run_import())
        self.copy_button.clicked.connect(lambda _c=False: self.copy_errors())
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        if not ui.can(EVALUATION_WRITE):
            self.import_button.setToolTip(self.tr("Your role may not do this."))

    # --- steps ------------------------------------------------------------------------------

    def choose_file(self) -> bool:
        start = self.ui.settings.value("import/ratings_dir", "")
        path, _f = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Choose a rating export"), start,
            self.tr("Rating exports (*.csv *.xlsx *.xls *.txt)"))
        if not path:
            return False
        self.ui.settings.setValue("import/ratings_dir", path.rsplit("/", 1)[0])
        return self.load(path)

    def load(self, path: str, mapping: dict[str, str] | None = None) -> bool:
        """Preview the file; False (after saying why) when it cannot be used at all."""
        self.path = path
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = self.service.preview(path, SOURCE, mapping)
        except DomainError as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot import this file"), messages.describe(e))
            return False
        QGuiApplication.restoreOverrideCursor()
        p = self.preview
        self._fill_combos(p.headers, p.mapping)
        self.row_model.set_rows(p.rows[:50])
        self.error_model.set_rows(p.errors)
        self.summary.setText(
            self.tr("File %1 (header in row %2), about %3 rows. Of the first %4 rows, %5 can be imported and %6 have errors.")
            .replace("%1", path).replace("%2", str(p.header_row)).replace("%3", str(p.total_estimate))
            .replace("%4", str(p.rows_read)).replace("%5", str(len(p.rows))).replace("%6", str(len(p.errors))))
        self.import_button.setEnabled(self.ui.can(EVALUATION_WRITE))
        return True

    def _fill_combos(self, headers: list[str], mapping: dict[str, str]) -> None:
        self._filling = True
        try:
            for f, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(not in the file)"), "")
                for h in headers:
                    if str(h).strip():
                        combo.addItem(str(h), str(h))
                combo.setCurrentIndex(max(0, combo.findData(mapping.get(f, ""))))
        finally:
            self._filling = False

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def _mapping_changed(self) -> None:
        if not self._filling and self.path:
            self.load(self.path, self.mapping())

    def describe(self, e) -> str:
        params = {"row": e.row, "column": e.column, "value": e.value, **(e.params or {})}
        return messages.format_code(e.code, None, params, field_text=e.column)

    def run_import(self) -> bool:
        path, mapping = self.path, self.mapping()
        if not path:
            return False
        service = self.service

        def work(report, cancelled):
            return service.import_file(path, SOURCE, mapping, None, report, cancelled)

        try:
            res = run_with_progress(self, self.tr("Importing citizen ratings…"), work)
        except DomainError as e:
            QMessageBox.warning(self, self.tr("Nothing was imported"), messages.describe(e))
            return False
        self.result_summary = res
        self.error_model.set_rows(res.errors)
        self.row_model.set_rows([])
        more = res.error_count - len(res.errors)
        text_ = (self.tr("Import finished: %1 rows read, %2 added, %3 already imported (skipped), %4 with errors (skipped).")
                 .replace("%1", str(res.read)).replace("%2", str(res.added)).replace("%3", str(res.duplicates))
                 .replace("%4", str(res.error_count)))
        if more > 0:
            text_ += " " + self.tr("The list shows the first %1 errors.").replace("%1", str(len(res.errors)))
        self.summary.setText(text_)
        self.import_button.setEnabled(False)
        return True

    def error_lines(self) -> list[str]:
        lines = ["\t".join((self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")))]
        for e in self.error_model.rows():
            lines.append("\t".join((str(e.row), e.column, str(e.value), self.describe(e))))
        return lines

    def copy_errors(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.error_lines()))


