"""学时台账: everyone's training hours of a year per course category against the target of their
employment type, a home unit's summary, and the reports per period (home unit / course /
category), each exportable to Excel. 学时目标… sets the targets per employment type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.training import COURSE_CATEGORY, COURSE_CATEGORY_SHORT
from govhr_desktop.services.training_ledger import (
    LedgerRow,
    ReportRow,
    TrainingLedgerService,
    UnitTrainingSummary,
)
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import ROW_ROLE, Column, RecordTableModel, keep_view_sort, record_view


def _num(x: float) -> str:
    return f"{x:g}"


def _percent(r: LedgerRow) -> str:
    return f"{r.progress * 100:.0f}%"


def progress_colour(progress: float) -> str:
    """Green once the target is reached, amber past half-way, red below."""
    return "#2e7d32" if progress >= 1 else "#e0a000" if progress >= 0.5 else "#c0392b"


class ProgressDelegate(QStyledItemDelegate):
    """完成率 as a small progress bar in the target's colour, the percentage written on it."""

    def paint(self, painter, option, index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, LedgerRow):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(row.progress * 100)))
        bar.text = _percent(row)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.palette = option.palette
        bar.palette.setColor(bar.palette.ColorRole.Highlight, QColor(progress_colour(row.progress)))
        bar.state = option.state | QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class TargetsDialog(FormDialog):
    """学时目标: the yearly target of each employment type (0–500 学时)."""

    def __init__(self, service: TrainingLedgerService, parent=None) -> None:
        super().__init__(self.tr("Yearly training targets"), parent)
        self.setObjectName("targetsDialog")
        self.service = service
        note = QLabel(self.tr("Hours (学时) each person should reach in a year, by employment type. "
                              "1 学时 = 1 hour."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        for code, value in service.targets().items():
            edit = QLineEdit(_num(value), self)
            self.add_field(f"target.{code}", label(vocab.EMPLOYMENT_TYPE, code), edit, required=True)

    def collect(self) -> dict[str, str]:
        return {key.split(".", 1)[1]: w.text().strip() for key, (w, _e) in self._fields.items()}

    def save(self, data: dict[str, str]) -> None:
        self.service.save_targets(data)


class TrainingLedgerPage(Page):
    settings_key = "training_ledger"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = TrainingLedgerService(ui.services)
        self.rows: list[LedgerRow] = []
        self.report_rows: list[ReportRow] = []
        self.summary: UnitTrainingSummary | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        self.year = QComboBox(self)
        self.year.setObjectName("yearSelector")
        this = self.today().year
        for y in (this, this - 1, this - 2):
            self.year.addItem(str(y), y)
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("Home unit"), self))
        self.unit = QComboBox(self)
        self.unit.setObjectName("unitFilter")
        self.unit.addItem(self.tr("All home units"), None)
        bar.addWidget(self.unit)
        self.targets_button = QPushButton(self.tr("Targets…"), self)
        self.targets_button.setObjectName("targetsButton")
        self.targets_button.clicked.connect(lambda _c=False: self.edit_targets())
        if not ui.can(perm.TRAINING_WRITE):
            self.targets_button.setEnabled(False)
            self.targets_button.setToolTip(self.tr("Your role may not do this."))
        bar.addWidget(self.targets_button)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())
        self.export_button.setEnabled(ui.can(perm.RECORDS_EXPORT))
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        lay.addWidget(self.tabs, 1)

        # --- ledger tab ---
        ledger_tab = QWidget(self)
        tl = QVBoxLayout(ledger_tab)
        tl.setContentsMargins(0, 6, 0, 0)
        self.model = RecordTableModel(self.ledger_columns(), parent=self)
        self.table, _proxy = record_view(ledger_tab, self.model, "ledgerTable", sortable=True, row_height=26)
        self.table.setItemDelegateForColumn(len(self.model.columns) - 1, ProgressDelegate(self.table))
        tl.addWidget(self.table, 1)
        self.summary_label = QLabel(ledger_tab)
        self.summary_label.setObjectName("unitSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setStyleSheet("QLabel { background: #f4f6f9; padding: 6px; }")
        tl.addWidget(self.summary_label)
        self.count = QLabel(ledger_tab)
        self.count.setObjectName("count")
        tl.addWidget(self.count)
        self.tabs.addTab(ledger_tab, self.tr("Hours ledger"))

        # --- reports tab ---
        report_tab = QWidget(self)
        rl = QVBoxLayout(report_tab)
        rl.setContentsMargins(0, 6, 0, 0)
        rbar = QHBoxLayout()
        rbar.addWidget(QLabel(self.tr("From"), report_tab))
        self.period_from = self._date_edit(report_tab, "periodFrom", date(this, 1, 1))
        rbar.addWidget(self.period_from)
        rbar.addWidget(QLabel(self.tr("To"), report_tab))
        self.period_to = self._date_edit(report_tab, "periodTo", date(this, 12, 31))
        rbar.addWidget(self.period_to)
        rbar.addWidget(QLabel(self.tr("Group by"), report_tab))
        self.grouping = QComboBox(report_tab)
        self.grouping.setObjectName("grouping")
        self.grouping.addItem(self.tr("Home unit"), "unit")
        self.grouping.addItem(self.tr("Course"), "course")
        self.grouping.addItem(self.tr("Category"), "category")
        rbar.addWidget(self.grouping)
        rbar.addStretch(1)
        rl.addLayout(rbar)
        self.report_model = RecordTableModel(self.report_columns(), parent=self)
        self.report_table, _proxy = record_view(report_tab, self.report_model, "reportTable", sortable=True,
                                                row_height=26)
        rl.addWidget(self.report_table, 1)
        self.report_status = QLabel(report_tab)
        self.report_status.setObjectName("reportStatus")
        rl.addWidget(self.report_status)
        self.tabs.addTab(report_tab, self.tr("Reports"))

        self.year.currentIndexChanged.connect(lambda _i: self.show_ledger())
        self.unit.currentIndexChanged.connect(lambda _i: self.show_ledger())
        self.period_from.dateChanged.connect(lambda _d: self.show_report())
        self.period_to.dateChanged.connect(lambda _d: self.show_report())
        self.grouping.currentIndexChanged.connect(lambda _i: self.show_report())

    @staticmethod
    def _date_edit(parent, name: str, value: date) -> QDateEdit:
        d = QDateEdit(QDate(value.year, value.month, value.day), parent)
        d.setObjectName(name)
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        return d

    def title(self) -> str:
        return self.tr("Training hours")

    def today(self) -> date:
        return date.today()

    # --- columns ------------------------------------------------------------------------------

    def ledger_columns(self) -> list[Column]:
        cols = [
            Column("name", self.tr("Name"), lambda r: r.staff_name, width=80),
            Column("home_unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=110),
            Column("employment", self.tr("Employment type"), lambda r: label(vocab.EMPLOYMENT_TYPE, r.employment_type),
                   width=80),
            Column("target", self.tr("Target"), lambda r: _num(r.target), sort=lambda r: r.target, align_right=True,
                   width=56),
            Column("total", self.tr("Total"), lambda r: _num(r.total), sort=lambda r: r.total, align_right=True,
                   width=56),
        ]
        for code in COURSE_CATEGORY.codes():
            cols.append(Column(f"cat.{code}", label(COURSE_CATEGORY_SHORT, code),
                               lambda r, c=code: _num(r.by_category[c]) if c in r.by_category else "",
                               sort=lambda r, c=code: r.by_category.get(c, 0.0), align_right=True, width=84))
        cols.append(Column("progress", self.tr("Completion"), _percent, sort=lambda r: r.progress, align_right=True,
                           width=110))
        return cols

    def report_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Home unit"), lambda r: r.name, width=160),  # (see show_report)
            Column("category", self.tr("Category"), lambda r: label(COURSE_CATEGORY, r.category), width=110),
            Column("courses", self.tr("Courses"), lambda r: r.courses, align_right=True, width=56),
            Column("sessions", self.tr("Sessions"), lambda r: r.sessions, align_right=True, width=56),
            Column("people", self.tr("People"), lambda r: r.people, align_right=True, width=56),
            Column("attendances", self.tr("Attendances"), lambda r: r.attendances, align_right=True, width=70),
            Column("hours", self.tr("Hours"), lambda r: _num(r.hours), sort=lambda r: r.hours, align_right=True,
                   width=60),
            Column("average", self.tr("Hours per person"), lambda r: _num(r.average), sort=lambda r: r.average,
                   align_right=True, width=90),
        ]

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for u in self.ui.home_units.list():
            self.unit.addItem(u.short_name, u.id)
        self.unit.setCurrentIndex(max(self.unit.findData(current), 0))
        self.unit.blockSignals(False)
        self.show_ledger()
        self.show_report()

    def show_ledger(self) -> None:
        year, unit_id = self.year.currentData(), self.unit.currentData()
        try:
            self.rows = self.service.ledger(year, unit_id)
            self.summary = self.service.unit_summary(year, unit_id) if unit_id is not None else None
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        self.model.set_rows(self.rows)
        keep_view_sort(self.table, self.model)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        reached = sum(1 for r in self.rows if r.reached)
        self.count.setText(self.tr("%1 people, %2 reached the target").replace("%1", str(len(self.rows)))
                           .replace("%2", str(reached)))
        self.summary_label.setText(self.summary_text())

    def summary_text(self) -> str:
        s = self.summary
        if s is None:
            return self.tr("Choose a home unit to see its summary for the feedback letter.")
        lines = [self.tr("%1, %2: %3 people, %4 hours in all, %5 hours per person; %6 reached the target.")
                 .replace("%1", s.home_unit_name).replace("%2", str(s.year)).replace("%3", str(s.people))
                 .replace("%4", _num(s.total_hours)).replace("%5", _num(s.average_hours))
                 .replace("%6", str(s.reached_target))]
        if s.by_category:
            lines.append(self.tr("By category: %1").replace("%1", "；".join(
                f"{label(COURSE_CATEGORY, c)} {_num(h)}" for c, h in s.by_category.items())))
        if s.courses:
            lines.append(self.tr("Courses attended: %1").replace("%1", "；".join(
                self.tr("%1 (%2 people, %3 hours)").replace("%1", c.title).replace("%2", str(c.people))
                .replace("%3", _num(c.hours)) for c in s.courses)))
        return "\n".join(lines)

    def period(self) -> tuple[date, date]:
        return self.period_from.date().toPython(), self.period_to.date().toPython()

    def show_report(self) -> None:
        start, end = self.period()
        by = self.grouping.currentData()
        try:
            self.report_rows = self.service.report(start, end, by)
        except (DomainError, ValidationError) as e:
            from govhr_desktop.ui import messages

            self.report_rows = []
            self.report_model.set_rows([])
            self.report_status.setText(messages.describe(e))
            self.report_status.setStyleSheet("color: #c0392b;")
            return
        self.report_table.setColumnHidden(1, by != "course")
        # the first column holds what the rows are grouped by (a unit, a course, a category)
        self.report_model.columns[0].header = self.grouping.currentText()
        self.report_model.set_rows(self.report_rows)
        keep_view_sort(self.report_table, self.report_model)
        self.report_status.setStyleSheet("")
        self.report_status.setText(self.tr("%1 – %2: %3 hours in all").replace("%1", start.isoformat())
                                   .replace("%2", end.isoformat())
                                   .replace("%3", _num(round(sum(r.hours for r in self.report_rows), 2))))

    # --- actions ------------------------------------------------------------------------------

    def edit_targets(self) -> bool:
        dlg = TargetsDialog(self.service, self)
        if not dlg.exec():
            return False
        self.show_ledger()
        self.data_changed.emit()
        self.notify(self.tr("Training targets saved."))
        return True

    def _rows_of(self, view: QTableView, model: RecordTableModel) -> list[list[str]]:
        proxy = view.model()
        return [model.display_row(proxy.mapToSource(proxy.index(i, 0)).row()) for i in range(proxy.rowCount())]

    def export_xlsx(self, path: str | None = None) -> str | None:
        if self.tabs.currentIndex() == 1:
            cols = [c for i, c in enumerate(self.report_model.columns) if not self.report_table.isColumnHidden(i)]
            keep = [i for i in range(len(self.report_model.columns)) if not self.report_table.isColumnHidden(i)]
            rows = [[r[i] for i in keep] for r in self._rows_of(self.report_table, self.report_model)]
            start, end = self.period()
            title = f"{self.tr('Training report')} {start.isoformat()}–{end.isoformat()} {self.grouping.currentText()}"
            return self.save_table_xlsx(title, [c.header for c in cols], rows, path)
        headers = [c.header for c in self.model.columns]
        title = f"{self.title()} {self.year.currentData()}"
        if self.unit.currentData() is not None:
            title += f" {self.unit.currentText()}"
        return self.save_table_xlsx(title, headers, self._rows_of(self.table, self.model), path)
