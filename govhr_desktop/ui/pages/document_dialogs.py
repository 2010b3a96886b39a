"""Dialogs, panels and helpers of the 公文 page and the 发文登记 page.

* ``IssuedDocumentDialog``: an issued document (its stored bytes) with its number, to print or
  save straight after issuing or when reprinting from the register.
* ``BatchIssuedDialog``: what a batch of letters produced (number, unit, title), with "Save all
  to a folder…" (each file under its suggested name, the stored bytes).
* ``ReportsPanel``: the 报表 tab of the 公文 page (ranking table, one person's sheet).
* ``font_note_texts()``: the sentence the 公文 page shows when a shipped stand-in font prints in
  place of 方正小标宋简体 / 仿宋_GB2312 / 楷体_GB2312 / 黑体.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.documents import DocumentService, IssuedDocumentView
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import combo
from govhr_desktop.ui.pdf_preview import PdfPreviewDialog
from govhr_desktop.ui.tr import InheritedTr


def _chinese_name(label: str) -> str:
    """'明体（AR PL UMing）' -> '明体' (the short note names typefaces in Chinese only)."""
    return re.sub(r"[（(][^）)]*[）)]", "", label).strip() or label


def font_note_texts() -> tuple[str, str]:
    """(short note, details) when shipped stand-in fonts print in place of the GB/T 9704
    typefaces; ('', '') when every role has its own typeface. The short note names roles and
    stand-ins in Chinese; the details name the font files to install."""
    from govhr_desktop.documents import fonts

    try:
        stand_ins = fonts.fallback_roles()
    except fonts.FontNotFoundError:
        text = QCoreApplication.translate(
            "DocumentDialogs", "No Chinese font was found: official documents cannot be printed on this computer. "
            "Reinstall the program or install the office fonts.")
        return text, text
    if not stand_ins:
        return "", ""
    short = "；".join(f"{fonts.ROLE_LABELS[r]} → {_chinese_name(c.label)}" for r, c in stand_ins.items())
    long = "\n".join(f"{fonts.ROLE_LABELS[r]}: {c.label}  ({fonts.ROLE_WANTED[r]})" for r, c in stand_ins.items())
    wanted = "、".join(dict.fromkeys(fonts.ROLE_WANTED[r] for r in stand_ins))
    note = QCoreApplication.translate(
        "DocumentDialogs", "Stand-in fonts print in place of the official typefaces (%1). The documents are "
        "complete and readable; install the office fonts for the official look.").replace("%1", short)
    details = "\n\n".join((
        QCoreApplication.translate(
            "DocumentDialogs", "These typefaces are not installed on this computer; the fonts shipped with the "
            "program print in their place (role: stand-in, wanted typeface):"),
        long,
        QCoreApplication.translate(
            "DocumentDialogs", "Install %1 (for example copied from an office PC's font folder) and restart the "
            "program to print in them.").replace("%1", wanted),
    ))
    return note, details


def issued_range(views: list[IssuedDocumentView]) -> str:
    """The numbers of a batch: '青政服函〔2026〕1号 – 35号'."""
    if not views:
        return ""
    first, last = min(views, key=lambda v: v.serial), max(views, key=lambda v: v.serial)
    return first.number if first.id == last.id else f"{first.number} – {last.serial}号"


def number_range(first: str, count: int) -> str:
    """'青政服函〔2026〕3号' and 4 -> '青政服函〔2026〕3号 – 6号'."""
    m = re.search(r"(\d+)号$", first)
    if count <= 1 or m is None:
        return first
    return f"{first} – {int(m.group(1)) + count - 1}号"


class IssuedDocumentDialog(PdfPreviewDialog):
    """The stored PDF of an issued document with its number: print it, save it."""

    def __init__(self, view: IssuedDocumentView, data: bytes, parent=None, *, settings: QSettings | None = None,
                 just_issued: bool = False) -> None:
        if just_issued:
            note = QCoreApplication.translate(
                "DocumentDialogs", "Issued as %1 and recorded in the register. Print it or save it as PDF; "
                "it can be reprinted, identical, from the register at any time.")
        else:
            note = QCoreApplication.translate(
                "DocumentDialogs", "%1 as issued on %2: the stored copy, checked against its fingerprint "
                "%3…, so a reprint is identical to the original.")
        note = note.replace("%1", view.number).replace("%2", view.issued_on.isoformat()).replace(
            "%3", view.sha256[:12])
        super().__init__(data, f"{view.number} {view.title}", DocumentService.suggested_file_name(view), parent,
                         settings=settings, note=note)
        self.setObjectName("issuedDocumentDialog")
        self.view = view


class BatchIssuedDialog(InheritedTr, QDialog):
    """The letters a batch issued; save them all into a folder."""

    def __init__(self, service: DocumentService, views: list[IssuedDocumentView], parent=None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchIssuedDialog")
        self.service, self.views, self.settings = service, views, settings
        self.setWindowTitle(self.tr("Letters issued"))
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("%1 letter(s) issued: %2. Each is in the register (发文登记), where it can be "
                              "viewed, printed and saved again.").replace("%1", str(len(views)))
                      .replace("%2", issued_range(views)), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.table = QTableWidget(len(views), 3, self)
        self.table.setObjectName("issuedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Addressee"), self.tr("Title")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, v in enumerate(views):
            for j, value in enumerate((v.number, v.recipients, v.title)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_all_button = QPushButton(self.tr("Save all to a folder…"), self)
        self.save_all_button.setObjectName("saveAllButton")
        buttons.addButton(self.save_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_all_button.clicked.connect(lambda _c=False: self.save_all())
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save_all(self, folder: str | None = None) -> list[str]:
        """Write each letter's stored PDF into ``folder`` (asked when None). The paths written."""
        if folder is None:
            start = self.settings.value("documents/dir", "") if self.settings is not None else ""
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the letters into"), str(start))
            if not folder:
                return []
        written: list[str] = []
        try:
            for v in self.views:
                path = Path(folder) / self.service.suggested_file_name(v)
                path.write_bytes(self.service.pdf(v.id))
                written.append(str(path))
        except (DomainError, ValidationError) as e:
            QMessageBox.warning(self, self.windowTitle(), messages.describe(e))
        except OSError as e:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The file %1 cannot be written: %2")
                                .replace("%1", str(e.filename or folder)).replace("%2", e.strerror or str(e)))
        if written:
            if self.settings is not None:
                self.settings.setValue("documents/dir", folder)
            QMessageBox.information(self, self.windowTitle(), self.tr("%1 file(s) saved in %2.")
                                    .replace("%1", str(len(written))).replace("%2", folder))
        return written


class ReportsPanel(InheritedTr, QWidget):
    """The 报表 tab of the 公文 page: the period's ranking table and one person's evaluation
    sheet, opened in a preview dialog (``page.open_pdf``) to print or save. The person list is
    everyone ranked in the period."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.setObjectName("reportsPanel")
        self.page = page
        self.period = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        ranking = QGroupBox(self.tr("Ranking table (考核排名表)"), self)
        rl = QVBoxLayout(ranking)
        text = QLabel(self.tr("Everyone evaluated in the period, by rank, with score and grade; a quarter shows the "
                              "three months and their average."), ranking)
        text.setWordWrap(True)
        rl.addWidget(text)
        row = QHBoxLayout()
        self.ranking_button = QPushButton(self.tr("Open ranking table…"), ranking)
        self.ranking_button.setObjectName("rankingButton")
        self.ranking_button.clicked.connect(lambda _c=False: self.open_ranking())
        row.addWidget(self.ranking_button)
        row.addStretch(1)
        rl.addLayout(row)
        lay.addWidget(ranking)

        sheet = QGroupBox(self.tr("Evaluation sheet of one person (考核评分表)"), self)
        sl = QVBoxLayout(sheet)
        text = QLabel(self.tr("The person's score by item, deductions and bonuses, citizen ratings, leave and "
                              "training in the period."), sheet)
        text.setWordWrap(True)
        sl.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Person"), sheet))
        self.person_box = combo([], searchable=True)
        self.person_box.setParent(sheet)
        self.person_box.setObjectName("personCombo")
        self.person_box.setMinimumWidth(320)
        self.person_box.lineEdit().setPlaceholderText(self.tr("Type a name, unit or window"))
        row.addWidget(self.person_box)
        self.sheet_button = QPushButton(self.tr("Open evaluation sheet…"), sheet)
        self.sheet_button.setObjectName("sheetButton")
        self.sheet_button.clicked.connect(lambda _c=False: self.open_sheet())
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        sl.addLayout(row)
        lay.addWidget(sheet)
        lay.addStretch(1)

    def _service(self):
        from govhr_desktop.services.evaluation_reports import EvaluationReportService

        return EvaluationReportService(self.page.ui.services)

    def load(self, period) -> None:
        """The people ranked in ``period`` (a document_content.Period, or None)."""
        self.period = period
        rows = []
        if period is not None:
            try:
                rows = self._service().ranking(period.key).rows
            except (DomainError, ValidationError):
                rows = []
        self.person_box.clear()
        for r in rows:
            self.person_box.addItem(" · ".join(x for x in (r.name, r.home_unit, r.window) if x), r.staff_id)
        self.person_box.setCurrentIndex(-1)
        self.ranking_button.setEnabled(period is not None)
        self.sheet_button.setEnabled(period is not None and bool(rows))

    def _render(self, title: str, fn) -> bytes | None:
        from govhr_desktop.ui.workers import run_with_progress

        try:
            return run_with_progress(self.page, title, lambda _r, _c: fn(), cancellable=False)
        except (DomainError, ValidationError) as e:
            self.page.show_domain_error(e)
            return None

    def open_ranking(self) -> bool:
        p = self.period
        if p is None:
            return False
        on = self.page.issue_date()
        pdf = self._render(self.tr("Laying out the ranking table…"),
                           lambda: self._service().render_ranking_pdf(p.key, printed_on=on))
        if pdf is None:
            return False
        self.page.open_pdf(pdf, self.tr("Ranking table %1").replace("%1", p.label), f"{p.label}考核排名表.pdf")
        return True

    def open_sheet(self) -> bool:
        from govhr_desktop.ui.pages.registers import pick_choice

        p = self.period
        staff_id = pick_choice(self.person_box)
        if p is None:
            return False
        if staff_id is None:
            QMessageBox.information(self, self.page.title(), self.tr("Choose a person first."))
            return False
        name = self.person_box.itemText(self.person_box.findData(staff_id)).split(" · ")[0]
        on = self.page.issue_date()
        pdf = self._render(self.tr("Laying out the evaluation sheet…"),
                           lambda: self._service().render_sheet_pdf(staff_id, p.key, printed_on=on))
        if pdf is None:
            return False
        self.page.open_pdf(pdf, self.tr("Evaluation sheet of %1, %2").replace("%1", name).replace("%2", p.label),
                           f"{name} {p.label}考核评分表.pdf")
        return True
