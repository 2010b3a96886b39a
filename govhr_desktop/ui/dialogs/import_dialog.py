"""Import staff from .xlsx/.xls/.csv: preview, a per-row error list, then one transaction."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.ui import messages
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.table import Column, RecordTableModel, RowStyle, display, read_only_view

WIDTHS = {"name": 80, "id_number": 160, "home_unit_id": 130, "mobile": 110, "window_id": 60, "post": 50}
PREVIEW_FIELDS = ("name", "id_number", "home_unit_id", "employment_type", "mobile", "window_id", "post", "joined_center_on")




class StaffImportDialog(QDialog):
    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.preview = None
        self.path: str | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import staff from Excel"))
        self.resize(980, 620)
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        self.row_model = RecordTableModel(
            [Column("row", self.tr("Row"), lambda r: r.row_number, align_right=True, width=50),
             Column("state", self.tr("Check"), lambda r: self.tr("OK") if r.data is not None else self.tr("%n error(s)", "", len(r.errors)))]
            + [Column(f, messages.field_label(f), lambda r, f=f: display(r.values.get(f)), width=WIDTHS.get(f, 90))
               for f in PREVIEW_FIELDS],
            style=RowStyle(background=lambda r: None if r.data is not None else "#fde2e1"),
            parent=self,
        )
        self.error_model = RecordTableModel(
            [
                Column("row", self.tr("Row"), lambda e: e.row, align_right=True, width=50),
                Column("column", self.tr("Column"), lambda e: e.column, width=90),
                Column("value", self.tr("Value"), lambda e: e.value, width=160),
                Column("message", self.tr("What is wrong"), lambda e: self.describe(e), tooltip=lambda e: self.describe(e)),
            ],
            parent=self,
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.row_view = read_only_view(split, self.row_model)
        self.row_view.setObjectName("previewTable")
        box = QLabel(self.tr("Errors (nothing from these rows will be saved):"), split)
        self.error_view = read_only_view(split, self.error_model)
        self.error_view.setObjectName("errorTable")
        split.addWidget(self.row_view)
        split.addWidget(box)
        split.addWidget(self.error_view)
        lay.addWidget(split, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import valid rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.copy_button = self.buttons.addButton(self.tr("Copy error list"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_errors)
        cancel.setDefault(False)
        lay.addWidget(self.buttons)

    # --- steps ----------------------------------------------------------------------------------

    def choose_file(self) -> bool:
        start = self.ui.settings.value("import/dir", "")
        path, _f = QFileDialog.getOpenFileName(
            self.parent(), self.tr("Choose a staff list"), start,
            self.tr("Spreadsheets (*.xlsx *.xls *.xlsm *.ods *.csv)"),
        )
        if not path:
            return False
        self.ui.settings.setValue("import/dir", path.rsplit("/", 1)[0])
        return self.load(path)

    def load(self, path: str) -> bool:
        """Read and check the file; False (after saying why) when it cannot be used at all."""
        from govhr_desktop.exchange.readers import read_table
        from govhr_desktop.exchange.staff_import import parse_staff_rows

        self.path = path
        units: dict[str, int] = {}
        for u in self.ui.home_units.list(include_inactive=False):
            units[u.full_name] = u.id
            units[u.short_name] = u.id
        windows = {w.number: w.id for w in self.ui.windows.list()}
        existing = {s.id_number: s.name for s in self.ui.staff.list()}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = read_table(path)
            self.preview = parse_staff_rows(table, home_units=units, windows=windows, today=date.today(), existing_ids=existing)
        except (DomainError, ValidationError) as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self.parent(), self.tr("Cannot import this file"), messages.describe(e))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.row_model.set_rows(self.preview.rows)
        self.error_model.set_rows(self.preview.errors)
        valid, bad = len(self.preview.valid_rows), len(self.preview.error_rows)
        self.summary.setText(
            self.tr("File %1 (header in row %2): %3 rows, %4 can be imported, %5 have errors.")
            .replace("%1", path).replace("%2", str(self.preview.header_row)).replace("%3", str(valid + bad))
            .replace("%4", str(valid)).replace("%5", str(bad))
        )
        self.import_button.setText(self.tr("Import %n valid row(s)", "", valid))
        self.import_button.setEnabled(valid > 0)
        return True

    def describe(self, e) -> str:
        return messages.format_code(e.code, None, e.params, field_text=e.column)

    def confirm(self) -> None:
        rows = [r.data for r in self.preview.valid_rows] if self.preview else []
        if not rows:
            return
        try:
            self.imported = self.ui.staff.import_many(rows)
        except (DomainError, ValidationError) as e:
            QMessageBox.warning(self, self.tr("Nothing was imported"), messages.describe(e))
            return
        QMessageBox.information(self, self.tr("Import finished"), self.tr("%n staff member(s) imported.", "", self.imported))
        self.accept()

    def copy_errors(self) -> None:
        lines = ["\t".join((self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")))]
        for e in self.preview.errors if self.preview else []:
            lines.append("\t".join((str(e.row), e.column, str(e.value), self.describe(e))))
        QGuiApplication.clipboard().setText("\n".join(lines))
