"""Coverage (AB岗到岗): for one day, who holds each open window's A and B post, who is on
leave, who covers, and which windows stand empty. Exported to Excel, saved as a one-page A4
landscape PDF or printed."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.services.assignments import AssignmentService, WindowCoverage
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import Column, RecordFilterProxy, RecordTableModel, RowStyle

RED, AMBER = "#fde2e1", "#fff4d6"


class CoveragePage(Page):
    settings_key = "coverage"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = AssignmentService(ui.services)
        self.rows: list[WindowCoverage] = []

        self.model = RecordTableModel(self.columns(), search_key=self._search_key, style=self._style(), parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.day = QDateEdit(self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(lambda _d: self.reload())
        prev_b = QPushButton(self.tr("◀ Previous day"), self)
        prev_b.setObjectName("previousDay")
        prev_b.clicked.connect(lambda _c=False: self.day.setDate(self.day.date().addDays(-1)))
        today_b = QPushButton(self.tr("Today"), self)
        today_b.setObjectName("today")
        today_b.clicked.connect(lambda _c=False: self.day.setDate(QDate.currentDate()))
        next_b = QPushButton(self.tr("Next day ▶"), self)
        next_b.setObjectName("nextDay")
        next_b.clicked.connect(lambda _c=False: self.day.setDate(self.day.date().addDays(1)))
        self.only_problems = QCheckBox(self.tr("Only problems"), self)
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.toggled.connect(self._apply_filter)

        export_b = QPushButton(self.tr("Export Excel…"), self)
        export_b.setObjectName("exportButton")
        export_b.clicked.connect(lambda _c=False: self.export_xlsx())
        export_b.setEnabled(ui.can(perm.RECORDS_EXPORT))
        pdf_b = QPushButton(self.tr("Save as PDF…"), self)
        pdf_b.setObjectName("pdfButton")
        pdf_b.clicked.connect(lambda _c=False: self.save_pdf())
        print_b = QPushButton(self.tr("Print…"), self)
        print_b.setObjectName("printButton")
        print_b.clicked.connect(lambda _c=False: self.print_overview())

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        top = QHBoxLayout()
        top.addWidget(prev_b)
        top.addWidget(self.day)
        top.addWidget(next_b)
        top.addWidget(today_b)
        top.addSpacing(16)
        top.addWidget(self.only_problems)
        top.addStretch(1)
        top.addWidget(export_b)
        top.addWidget(pdf_b)
        top.addWidget(print_b)

        body = QVBoxLayout(self)
        body.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        body.addWidget(heading)
        body.addLayout(top)
        body.addWidget(self.table, 1)
        body.addWidget(self.count_label)
        self.reload()

    # --- content ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Coverage")

    def state(self, c: WindowCoverage) -> str:
        if c.uncovered:
            return self.tr("Uncovered")
        if c.no_a:
            return self.tr("No A post")
        if c.covering:
            return self.tr("B covers")
        if c.no_b:
            return self.tr("No B post")
        if c.on_leave:
            return self.tr("Someone on leave")
        return self.tr("OK")

    def _leave_text(self, c: WindowCoverage) -> str:
        half = self.tr("half day")
        return "、".join(f"{n}（{half}）" if n in c.half_day else n for n in c.on_leave)

    def columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), lambda c: c.number, width=60),
            Column("name", self.tr("Window"), lambda c: c.name, width=150),
            Column("zone", self.tr("Zone"), lambda c: c.zone_name, width=110),
            Column("a", self.tr("A post"), lambda c: "、".join(c.a_staff) or self.tr("— missing —"), width=90),
            Column("b", self.tr("B post"), lambda c: "、".join(c.b_staff) or self.tr("— missing —"), width=140),
            Column("leave", self.tr("On leave"), self._leave_text, width=130),
            Column("covering", self.tr("Covering"), lambda c: c.covering, width=80),
            Column("state", self.tr("State"), self.state, width=90),
        ]

    def _search_key(self, c: WindowCoverage) -> str:
        return f"{c.number} {c.name} {c.zone_name} {' '.join(c.a_staff)} {' '.join(c.b_staff)}"

    def _style(self) -> RowStyle:
        return RowStyle(background=lambda c: RED if c.uncovered else (AMBER if c.no_b or c.no_a else None))

    def selected_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def reload(self) -> None:
        self.rows = self.service.coverage(self.selected_day())
        self.model.set_rows(self.rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_predicate("problems", (lambda c: c.problem) if self.only_problems.isChecked() else None)
        self._update_count()

    def counts(self) -> dict[str, int]:
        return {
            "windows": len(self.rows),
            "uncovered": sum(c.uncovered for c in self.rows),
            "no_a": sum(c.no_a for c in self.rows),
            "no_b": sum(c.no_b for c in self.rows),
            "on_leave": sum(len(c.on_leave) for c in self.rows),
            "covered_by_b": sum(bool(c.covering) for c in self.rows),
        }

    def summary_text(self) -> str:
        n = self.counts()
        return (
            self.tr("%1 open windows; %2 uncovered, %3 without A post, %4 without B post; %5 people on leave, %6 windows covered by B.")
            .replace("%1", str(n["windows"])).replace("%2", str(n["uncovered"])).replace("%3", str(n["no_a"]))
            .replace("%4", str(n["no_b"])).replace("%5", str(n["on_leave"])).replace("%6", str(n["covered_by_b"]))
        )

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        text = self.summary_text()
        if shown != self.model.rowCount():
            text += " " + self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(self.model.rowCount()))
        self.count_label.setText(text)

    def shown_rows(self) -> list[WindowCoverage]:
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row()) for i in range(self.proxy.rowCount())]

    # --- output -------------------------------------------------------------------------------

    def _center_name(self) -> str:
        return self.ui.center.get().name  # "" while the center is not set up yet

    def document_title(self) -> str:
        return (self.tr("%1 window coverage on %2").replace("%1", self._center_name())
                .replace("%2", self.selected_day().isoformat())).strip()

    def export_xlsx(self, path: str | None = None) -> str | None:
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{start}/{self.title()} {self.selected_day().isoformat()}.xlsx",
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        headers = [c.header for c in self.model.columns]
        rows = [self.model.display_row(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
                for i in range(self.proxy.rowCount())]
        n = export_table(path, self.document_title(), headers, rows)
        self.ui.audit.record_export(self.settings_key, n)
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        return path

    def overview_html(self) -> str:
        """The one-page overview: title, the table (all shown rows), the counts."""
        printed = self.tr("Printed on %1").replace("%1", date.today().isoformat())
        e = html.escape
        head = "".join(f"<th>{e(c.header)}</th>" for c in self.model.columns)
        body = []
        for c in self.shown_rows():
            bg = RED if c.uncovered else (AMBER if c.no_b or c.no_a else "#ffffff")
            cells = "".join(f"<td>{e(str(col.value(c) or ''))}</td>" for col in self.model.columns)
            body.append(f'<tr style="background-color:{bg}">{cells}</tr>')
        return (
            "<html><body style='font-size:6.5pt'>"
            f"<h3 style='text-align:center; margin:0'>{e(self.document_title())}</h3>"
            "<table border='1' cellspacing='0' cellpadding='1' width='100%' style='border-collapse:collapse'>"
            f"<thead><tr style='background-color:#e8e8e8'>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<p>{e(self.summary_text())}</p>"
            f"<p style='color:#666'>{e(printed)}</p>"
            "</body></html>"
        )

    def _render(self, device) -> None:
        """Lay the overview out on the device's page; shrink the text until it fits one page."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        rect = device.pageLayout().paintRectPixels(device.resolution())
        size = QSizeF(rect.width(), rect.height())
        source = self.overview_html()
        for pt in (6.5, 6.0, 5.5, 5.0, 4.5, 4.0):
            doc.setHtml(source.replace("font-size:6.5pt", f"font-size:{pt}pt"))
            font = doc.defaultFont()
            font.setPointSizeF(pt)
            doc.setDefaultFont(font)
            doc.setPageSize(size)
            if doc.pageCount() <= 1:
                break
        doc.print_(device)

    @staticmethod
    def _a4_landscape(device) -> None:
        device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))

    def save_pdf(self, path: str | None = None) -> str | None:
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), f"{start}/{self.title()} {self.selected_day().isoformat()}.pdf",
                self.tr("PDF document (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(path)
        writer.setResolution(300)
        writer.setTitle(self.document_title())
        writer.setCreator("govhr-desktop")
        self._a4_landscape(writer)
        self._render(writer)
        del writer  # closes the file
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        return path

    def print_overview(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._a4_landscape(printer)
        printer.setDocName(self.document_title())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self._render(printer)
        return True
