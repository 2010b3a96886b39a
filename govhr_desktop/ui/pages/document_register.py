"""发文登记: the register of issued official documents (通报, 函), newest first.

Filters by year and type, search over number, title, recipients and period. "View…" (or a
double-click) opens the stored PDF, byte for byte as issued, to print or save again; "Check"
(核对) reads the stored file and compares it with the SHA-256 recorded when it was issued.
Opening and checking a stored file needs the documents.issue permission and is audited as a
reprint by the service.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.documents import (
    DOCUMENT_KIND,
    KIND_LETTER,
    KIND_NOTICE,
    DocumentService,
)
from govhr_desktop.ui import i18n, messages
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.pages.document_dialogs import IssuedDocumentDialog
from govhr_desktop.ui.table import Column

_ERRORS = (DomainError, ValidationError)
DATE_COLUMN = 3


def _kb(size: int) -> str:
    return f"{size / 1024:.1f}"


class DocumentRegisterPage(ListPage):
    settings_key = "document_register"

    def __init__(self, ui, parent=None) -> None:
        self.documents = DocumentService(ui.services)
        super().__init__(ui, parent)
        self.year = QComboBox(self)
        self.year.setObjectName("yearFilter")
        self.year.addItem(self.tr("All years"), None)
        self.year.currentIndexChanged.connect(lambda _i: self._apply_year())
        self.filter_bar.insertWidget(0, self.year)
        self.kind = self.add_filter("kindFilter", [
            (self.tr("All types"), None),
            (i18n.label(DOCUMENT_KIND, KIND_NOTICE), KIND_NOTICE),
            (i18n.label(DOCUMENT_KIND, KIND_LETTER), KIND_LETTER),
        ], lambda row, kind: row.kind == kind)

        self.view_button = self.add_button(self.tr("View…"), self.view_selected, name="viewButton",
                                           permission=perm.DOCUMENTS_ISSUE)
        self.save_button = self.add_button(self.tr("Save as PDF…"), lambda: self.save_selected(), name="saveButton",
                                           permission=perm.DOCUMENTS_ISSUE)
        self.verify_button = self.add_button(self.tr("Check (核对)"), self.verify_selected, name="verifyButton",
                                             permission=perm.DOCUMENTS_ISSUE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)
        if not isinstance(ui.settings.value(f"{self.settings_key}/header"), QByteArray):
            self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        if ui.can(perm.DOCUMENTS_ISSUE):
            self.verify_button.setToolTip(self.tr("Compare the stored file with the fingerprint recorded at issue"))

    def title(self) -> str:
        return self.tr("Document register")

    def search_placeholder(self) -> str:
        return self.tr("Number, title, recipient or period (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), lambda r: r.number,
                   sort=lambda r: f"{r.kind} {r.year:04d} {r.serial:06d}", width=170),
            Column("kind", self.tr("Type"), lambda r: i18n.label(DOCUMENT_KIND, r.kind), width=50),
            Column("title", self.tr("Title"), lambda r: r.title, width=300, tooltip=lambda r: r.title),
            Column("issued_on", self.tr("Date"), lambda r: r.issued_on, width=90,
                   sort=lambda r: f"{r.issued_on.isoformat()} {r.issued_at.isoformat()} {r.id:09d}"),
            Column("recipients", self.tr("Addressee"), lambda r: r.recipients, width=170,
                   tooltip=lambda r: r.recipients),
            Column("issued_by", self.tr("Issued by"), lambda r: r.issued_by, width=80),
            Column("size", self.tr("Size (KB)"), lambda r: _kb(r.size), sort=lambda r: r.size, align_right=True,
                   width=100),
            Column("sha256", self.tr("Fingerprint"), lambda r: r.sha256[:12], tooltip=lambda r: "SHA-256 " + r.sha256),
        ]

    def search_key(self, r) -> str:
        return f"{r.number} {r.kind_label} {r.title} {r.recipients} {r.period} {r.issued_on.isoformat()}"

    def fetch(self) -> list:
        return self.documents.register()

    def reload(self) -> None:
        try:
            years = self.documents.years()
            super().reload()
        except _ERRORS as e:
            self.show_domain_error(e)
            return
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(keep)))
        self.year.blockSignals(False)
        self._apply_year()

    def _apply_year(self) -> None:
        year = self.year.currentData()
        self.proxy.set_predicate("year", None if year is None else (lambda row, y=year: row.year == y))
        self._update_count()

    def prepare_screenshot(self) -> None:
        if self.proxy.rowCount() and self.selected_row() is None:
            self.table.selectRow(0)

    # --- actions ------------------------------------------------------------------------------

    def _row(self):
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.title(), self.tr("Select a document first."))
        return row

    def _stored(self, row) -> bytes | None:
        try:
            return self.documents.pdf(row.id)
        except _ERRORS as e:
            self.show_domain_error(e, self.tr("The stored file cannot be used"))
            return None

    def edit_selected(self) -> None:
        if self.ui.can(perm.DOCUMENTS_ISSUE):
            self.view_selected()

    def view_selected(self) -> bytes | None:
        """Open the stored PDF of the selected document; the bytes shown (None: nothing)."""
        row = self._row()
        if row is None:
            return None
        data = self._stored(row)
        if data is None:
            return None
        self.show_document(row, data)
        return data

    def show_document(self, row, data: bytes) -> None:
        IssuedDocumentDialog(row, data, self, settings=self.ui.settings).exec()

    def save_selected(self, path: str | None = None) -> str | None:
        row = self._row()
        if row is None:
            return None
        data = self._stored(row)
        if data is None:
            return None
        if path is None:
            start = self.ui.settings.value("documents/dir", "")
            name = self.documents.suggested_file_name(row)
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{start}/{name}" if start else name,
                                                   self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as fh:
                fh.write(data)
        except OSError as e:
            QMessageBox.warning(self, self.title(), self.tr("The file %1 cannot be written: %2")
                                .replace("%1", path).replace("%2", e.strerror or str(e)))
            return None
        self.ui.settings.setValue("documents/dir", path.replace("\\", "/").rsplit("/", 1)[0])
        self.notify(self.tr("Saved to %1").replace("%1", path))
        return path

    def verify_selected(self) -> bool | None:
        """Check the stored file against the register; True when intact (None: nothing checked)."""
        row = self._row()
        if row is None:
            return None
        try:
            data = self.documents.pdf(row.id)
        except DomainError as e:
            if e.code != "documents.file_damaged":
                self.show_domain_error(e)
                return None
            QMessageBox.warning(self, self.tr("Check (核对)"), messages.describe(e))
            return False
        digest = hashlib.sha256(data).hexdigest()
        ok = digest == row.sha256 and len(data) == row.size
        if ok:
            text = "\n\n".join((
                self.tr("%1: the stored file is intact.").replace("%1", row.number),
                self.tr("Fingerprint (SHA-256) recorded at issue and of the stored file:") + f"\n{digest}",
                self.tr("Size: %1 bytes.").replace("%1", f"{len(data):,}"),
                self.tr("A reprint is identical to the document issued on %1.").replace(
                    "%1", row.issued_on.isoformat()),
            ))
        else:
            text = "\n\n".join((
                self.tr("%1: the stored file does NOT match the register.").replace("%1", row.number),
                self.tr("Recorded: %1").replace("%1", row.sha256) + "\n" + self.tr("Stored: %1").replace("%1", digest),
            ))
        (QMessageBox.information if ok else QMessageBox.warning)(self, self.tr("Check (核对)"), text)
        return ok
