"""考核模板: the stored versions of the scoring template, each read as a clerk reads it, and a
change saved as a new version.

A stored version is never edited (``TemplateService``): evaluations keep the id of the version
they were scored with, so a published month stays as it was scored; a new version becomes the
active one and applies to the months computed from then on.

The page lists the versions and shows the selected one in words, with its changes from the
previous version. The change itself is made in ``TemplateDialog`` (``templates_dialog``); the
words come from ``TemplateReader`` (``templates_reader``), shared with the dialog and the Excel
export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.templates import TemplateService, TemplateVersion
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.templates_dialog import TemplateDialog
from govhr_desktop.ui.pages.templates_reader import Figure, TemplateReader
from govhr_desktop.ui.table import ROW_ROLE, Column, RecordTableModel, RowStyle, read_only_view


class TemplatesPage(Page):
    settings_key = "templates"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = TemplateService(ui.services)
        self.reader = TemplateReader()
        self.current: TemplateVersion | None = None
        self.previous: TemplateVersion | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)

        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit as new version…"), self)
        self.edit_button.setObjectName("editTemplate")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.edit_button.setVisible(ui.can(perm.EVALUATION_WRITE))
        bar.addWidget(self.edit_button)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())
        self.export_button.setEnabled(ui.can(perm.RECORDS_EXPORT))
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        lay.addLayout(bar)

        note = QLabel(self.tr(
            "A stored version is never changed. Published evaluations keep the version they were scored with; "
            "a new version applies to the months computed from now on."), self)
        note.setObjectName("versionNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #44505e;")
        lay.addWidget(note)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("Versions (newest first)"), left))
        self.version_model = RecordTableModel([
            Column("name", self.tr("Template"), lambda v: v.name, width=120),
            Column("version", self.tr("Version"), lambda v: f"v{v.version}", width=50),
            Column("active", self.tr("Status"), lambda v: self.tr("In use") if v.active else "", width=76),
            Column("created_at", self.tr("Created"),
                   lambda v: v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else "", width=126),
            Column("created_by", self.tr("By"), lambda v: v.created_by),
        ], style=RowStyle(background=lambda v: "#e8f5e9" if v.active else None), parent=self)
        self.version_table = read_only_view(left, self.version_model)
        self.version_table.setObjectName("versionTable")
        self.version_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.version_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selected())
        self.version_table.doubleClicked.connect(lambda _i: self.edit_selected())
        left_lay.addWidget(self.version_table)

        right = QWidget(split)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(right)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        right_lay.addWidget(self.detail_title)
        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("detailTabs")
        self.detail = QTextBrowser(self.tabs)
        self.detail.setObjectName("templateText")
        self.detail.setOpenLinks(False)
        self.tabs.addTab(self.detail, self.tr("Template"))
        compare = QWidget(self.tabs)
        compare_lay = QVBoxLayout(compare)
        self.compare_note = QLabel(compare)
        self.compare_note.setObjectName("compareNote")
        self.compare_note.setWordWrap(True)
        compare_lay.addWidget(self.compare_note)
        self.change_model = RecordTableModel([
            Column("section", self.tr("Section"), lambda c: c.section, width=140),
            Column("label", self.tr("Figure"), lambda c: c.label, width=300),
            Column("before", self.tr("Previous version"), lambda c: c.before, width=180),
            Column("after", self.tr("This version"), lambda c: c.after),
        ], parent=self)
        self.change_table = read_only_view(compare, self.change_model)
        self.change_table.setObjectName("changeTable")
        compare_lay.addWidget(self.change_table, 1)
        self.tabs.addTab(compare, self.tr("Changes from the previous version"))
        right_lay.addWidget(self.tabs, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 790])
        lay.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Scoring templates")

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        try:
            active = self.service.active()  # stores the default as version 1 on first use
            versions = self.service.versions()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        self.version_model.set_rows(versions)
        if keep is None or self.version_model.row_of_id(keep) < 0:
            keep = active.id
        self.select_version(keep)

    def versions(self) -> list[TemplateVersion]:
        return list(self.version_model.rows())

    def select_version(self, version_id: int) -> None:
        row = self.version_model.row_of_id(version_id)
        if row >= 0:
            self.version_table.selectRow(row)
            self.version_table.setCurrentIndex(self.version_model.index(row, 0))
        self._show_selected()

    def selected(self) -> TemplateVersion | None:
        idx = self.version_table.currentIndex()
        return self.version_model.data(idx, ROW_ROLE) if idx.isValid() else None

    def _show_selected(self) -> None:
        v = self.selected()
        self.current = v
        self.edit_button.setEnabled(v is not None)
        if v is None:
            self.detail_title.setText("")
            self.detail.clear()
            self.change_model.set_rows([])
            return
        rows = self.version_model.rows()
        older = [r for r in rows if r.id < v.id]
        self.previous = max(older, key=lambda r: r.id) if older else None
        status = self.tr("in use") if v.active else self.tr("earlier version, no longer used for new months")
        self.detail_title.setText(self.tr("{label} ({status}), created {at}").format(
            label=v.label, status=status, at=v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else "—"))
        self.detail.setHtml(self.reader.html(v.template))
        if self.previous is None:
            self.change_model.set_rows([])
            self.compare_note.setText(self.tr("This is the first version; there is nothing to compare with."))
        else:
            changes = self.reader.changes(self.previous.template, v.template)
            self.change_model.set_rows(changes)
            self.change_model.columns[2].header = self.previous.label
            self.change_model.columns[3].header = v.label
            self.change_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 3)
            if changes:
                self.compare_note.setText(self.tr("{count} figure(s) differ from {label}.").format(
                    count=len(changes), label=self.previous.label))
            else:
                self.compare_note.setText(self.tr("No figure differs from {label}.").format(label=self.previous.label))

    def figures(self) -> list[Figure]:
        """The selected version's figures, as the page shows them."""
        return self.reader.figures(self.current.template) if self.current else []

    # --- actions ------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        if self.current is None or not self.ui.can(perm.EVALUATION_WRITE):
            return
        dlg = TemplateDialog(self.ui, self.current, self)
        if not dlg.exec():
            return
        self.current = None
        self.reload()
        if dlg.saved is not None:
            self.select_version(dlg.saved.id)
            self.notify(self.tr("Saved {label}; it is now the version in use.").format(label=dlg.saved.label))
        self.data_changed.emit()

    def notify(self, text: str) -> None:
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, 8000)

    def export_xlsx(self, path: str | None = None) -> str | None:
        v = self.current
        if v is None:
            return None
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{start}/{v.name} v{v.version}.xlsx",
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        rows = [[f.section, f.label, f.text] for f in self.reader.figures(v.template)]
        n = export_table(path, f"{v.name} v{v.version}", [self.tr("Section"), self.tr("Figure"), self.tr("Value")],
                         rows)
        self.ui.audit.record_export(self.settings_key, n)
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        self.notify(self.tr("Exported {label} to {path}").format(label=v.label, path=path))
        return path
