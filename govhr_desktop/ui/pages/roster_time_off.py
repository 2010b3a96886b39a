"""调休 tab of the 值班排班 page: per person, the weekend and holiday duties of a year in
published rosters, the compensatory days they earned, the 调休 leave used and what is left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.roster_views import TimeOffRow
from govhr_desktop.services.rosters import RosterService
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import Column, RecordFilterProxy, RecordTableModel, keep_view_sort
from govhr_desktop.ui.tr import InheritedTr

_ERRORS = (DomainError, ValidationError)


class TimeOffTab(InheritedTr, QWidget):
    """调休: per person, the weekend and holiday duties of a year, the days earned and used."""

    data_changed = Signal()

    def __init__(self, ui, page: Page) -> None:
        super().__init__(page)
        self.ui, self.page = ui, page
        self.service = RosterService(ui.services)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("timeOffYear")
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(date.today().year)
        self.year_box.setKeyboardTracking(False)
        self.year_box.valueChanged.connect(lambda _v: self.reload())
        bar.addWidget(self.year_box)
        self.search = QLineEdit(self)
        self.search.setObjectName("timeOffSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name or unit…"))
        self.search.setMinimumWidth(240)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("timeOffExport")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())
        self.export_button.setEnabled(ui.can(perm.RECORDS_EXPORT))
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        note = QLabel(self.tr("Weekend and holiday duty in published rosters earns compensatory time off (调休); "
                              "调休 leave uses it."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        lay.addWidget(note)
        days = self.tr("days")
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=100),
            Column("unit", self.tr("Home unit"), lambda r: r.unit, width=180),
            Column("duties", self.tr("Weekend/holiday duties"), lambda r: r.duties, align_right=True, width=150),
            Column("earned", self.tr("Earned (%1)").replace("%1", days), lambda r: _days(r.earned), sort=lambda r: r.earned,
                   align_right=True, width=110),
            Column("used", self.tr("Used (%1)").replace("%1", days), lambda r: _days(r.used), sort=lambda r: r.used,
                   align_right=True, width=110),
            Column("balance", self.tr("Left (%1)").replace("%1", days), lambda r: _days(r.balance),
                   sort=lambda r: r.balance, align_right=True, width=110),
        ]
        self.model = RecordTableModel(columns, search_key=lambda r: f"{r.name} {r.unit}", parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda _t: self._count())
        self.table = QTableView(self)
        self.table.setObjectName("timeOffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        for i, c in enumerate(columns):
            self.table.setColumnWidth(i, c.width)
        lay.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("timeOffCount")
        lay.addWidget(self.count_label)

    def reload(self) -> None:
        try:
            rows: list[TimeOffRow] = self.service.time_off(self.year_box.value())
        except _ERRORS as e:
            self.page.show_domain_error(e)
            rows = []
        self.model.set_rows(rows)
        keep_view_sort(self.table, self.model)
        self._count()

    def _count(self) -> None:
        rows = self.proxy.visible_rows()
        self.count_label.setText(self.tr("%1 people · earned %2 days, used %3, left %4")
                                 .replace("%1", str(len(rows))).replace("%2", _days(sum(r.earned for r in rows)))
                                 .replace("%3", _days(sum(r.used for r in rows)))
                                 .replace("%4", _days(sum(r.balance for r in rows))))

    def export_xlsx(self, path: str | None = None) -> str | None:
        headers = [c.header for c in self.model.columns]
        rows = [self.model.display_row(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
                for i in range(self.proxy.rowCount())]
        title = self.tr("Time off %1").replace("%1", str(self.year_box.value()))
        return self.page.save_table_xlsx(title, headers, rows, path)


def _days(value: float) -> str:
    return f"{value:g}"
