"""年度考核: quarterly rankings and the annual calibration of 优秀.

The year view ranks everyone assessed by their annual average, draws the quota line (a grey
row saying how many places there are), marks the rules' proposal and the people tied at the
line, and lets the reviewer tick 优秀 with a reason for every change. Saving checks the quota and
eligibility (services/annual.py); the list is then published for 5 working days and confirmed.
A quarter view shows the ranking of that quarter's averages (read only).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.scoring import ANNUAL_LABELS
from govhr_desktop.domain.scoring_periods import staff_kind
from govhr_desktop.services.annual import AnnualCalibration, AnnualRow, AnnualService
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.evaluations import _num, _table

LINE_BRUSH = QBrush(QColor("#dfe6ee"))
PROPOSED_BRUSH = QBrush(QColor("#eaf6ea"))
TIED_BRUSH = QBrush(QColor("#fff4d6"))


def level_label(r: AnnualRow) -> str:
    if r.level is None:
        return ""
    return ANNUAL_LABELS[staff_kind(r.employment_type)][r.level]


class AnnualPage(Page):
    settings_key = "annual"
    COLUMNS = 11
    EXCELLENT, REASON, COMMENT = 7, 9, 10

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = AnnualService(ui.services)
        self.cal: AnnualCalibration | None = None
        self.rows: list[AnnualRow] = []
        self.export_data: list[list[str]] = []

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
        bar.addWidget(QLabel(self.tr("Period"), self))
        self.period = QComboBox(self)
        self.period.setObjectName("periodSelector")
        self.period.addItem(self.tr("Whole year (calibration)"), None)
        for q, text in ((1, self.tr("1st quarter")), (2, self.tr("2nd quarter")), (3, self.tr("3rd quarter")),
                        (4, self.tr("4th quarter"))):
            self.period.addItem(text, q)
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Quota"), self))
        self.unit_status = QComboBox(self)
        self.unit_status.setObjectName("unitStatus")
        self.unit_status.addItem(self.tr("Normal (20%)"), "normal")
        self.unit_status.addItem(self.tr("Collective merit (25%)"), "collective_merit")
        self.unit_status.addItem(self.tr("Held accountable (15%)"), "accountable")
        bar.addWidget(self.unit_status)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

        buttons = QHBoxLayout()

        def button(text: str, name: str, slot, permission: str | None = perm.APPROVE) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False: slot())
            if permission is not None:
                b.setVisible(ui.can(permission))
            buttons.addWidget(b)
            return b

        self.save_button = button(self.tr("Save 优秀 list"), "saveButton", self.save)
        self.publicity_button = button(self.tr("Start publicity…"), "publicityButton", self.start_publicity)
        self.withdraw_button = button(self.tr("Withdraw publicity…"), "withdrawButton", self.withdraw)
        self.confirm_button = button(self.tr("Confirm results"), "confirmButton", self.confirm)
        self.comment_button = button(self.tr("Write comment…"), "commentButton", self.write_comment)
        self.export_button = button(self.tr("Export Excel…"), "exportButton", lambda: self.export_xlsx(),
                                    perm.RECORDS_EXPORT)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.table = _table(self, [
            self.tr("Rank"), self.tr("Name"), self.tr("Home unit"), self.tr("Employment type"),
            self.tr("Months"), self.tr("Average"), self.tr("Band"), self.tr("优秀"), self.tr("Annual grade"),
            self.tr("Reason for a change"), self.tr("Comment")], "annualTable")
        self.table.itemChanged.connect(self._item_changed)
        lay.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        lay.addWidget(self.count)

        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.unit_status.currentIndexChanged.connect(lambda _i: self.reload(keep_status=True))
        self._filling = False

    def title(self) -> str:
        return self.tr("Annual assessment")

    def today(self) -> date:
        return date.today()

    def current_year(self) -> int:
        return self.year.currentData()

    # --- data ---------------------------------------------------------------------------------

    def reload(self, keep_status: bool = False) -> None:
        quarter = self.period.currentData()
        try:
            if quarter is not None:
                self._show_quarter(quarter)
            else:
                status = self.unit_status.currentData() if keep_status else None
                self._show_year(self.service.calibration(self.current_year(), status))
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)

    def _show_quarter(self, quarter: int) -> None:
        self.cal, self.rows = None, []
        rows = self.service.period(self.current_year(), quarter)
        self._filling = True
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        self.export_data = []
        for i, r in enumerate(rows):
            values = [str(r.rank or ""), r.name, r.home_unit, label(vocab.EMPLOYMENT_TYPE, r.employment_type),
                      str(r.months), _num(r.average), r.band, "", "", "", ""]
            self.export_data.append(values)
            for j, v in enumerate(values):
                it = QTableWidgetItem(v)
                it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, j, it)
        self._filling = False
        for c in (self.EXCELLENT, 8, self.REASON, self.COMMENT):
            self.table.setColumnHidden(c, True)
        self.status.setText(self.tr("%1, quarter %2: averages of the published months; %3 people.")
                            .replace("%1", str(self.current_year())).replace("%2", str(quarter))
                            .replace("%3", str(len(rows))))
        for b in (self.save_button, self.publicity_button, self.withdraw_button, self.confirm_button,
                  self.comment_button, self.unit_status):
            b.setEnabled(False)
        self.count.setText("")

    def _show_year(self, cal: AnnualCalibration) -> None:
        self.cal, self.rows = cal, list(cal.rows)
        for c in (self.EXCELLENT, 8, self.REASON, self.COMMENT):
            self.table.setColumnHidden(c, False)
        self.unit_status.blockSignals(True)
        self.unit_status.setCurrentIndex(max(0, self.unit_status.findData(cal.unit_status)))
        self.unit_status.blockSignals(False)
        editable = cal.state in ("new", "draft")
        self._filling = True
        self.table.clearSpans()
        # the quota line goes below everyone at or above the line score (the tied included)
        line_at = 0
        for i, r in enumerate(self.rows):
            if r.assessed and cal.line_score is not None and r.average is not None and r.average >= cal.line_score:
                line_at = i + 1
        self.table.setRowCount(len(self.rows) + 1)
        self.export_data = []
        out = 0
        for i, r in enumerate(self.rows):
            if i == line_at:
                self._line_row(out)
                out += 1
            self._person_row(out, r, editable)
            out += 1
        if line_at >= len(self.rows):
            self._line_row(out)
        self._filling = False
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(self.REASON, 220)
        self._update_status()

    def _line_row(self, row: int) -> None:
        cal = self.cal
        text = self.tr("—— quota line: %1 place(s) for 优秀 (%2 of %3 assessed) ——") \
            .replace("%1", str(cal.places)).replace("%2", f"{cal.quota:.0%}").replace("%3", str(cal.assessed))
        it = QTableWidgetItem(text)
        it.setFlags(Qt.ItemFlag.ItemIsEnabled)
        it.setBackground(LINE_BRUSH)
        it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        it.setData(Qt.ItemDataRole.UserRole, None)
        self.table.setItem(row, 0, it)
        for j in range(1, self.COLUMNS):
            filler = QTableWidgetItem("")
            filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, j, filler)
        self.table.setSpan(row, 0, 1, self.COLUMNS)

    def _person_row(self, row: int, r: AnnualRow, editable: bool) -> None:
        if not r.assessed:
            hint = self.tr("comment only (under 6 months)")
        elif r.proposed:
            hint = self.tr("proposed")
        elif r.tied:
            hint = self.tr("tied at the line")
        elif not r.eligible:
            hint = self.tr("not eligible")
        else:
            hint = ""
        values = [str(r.rank or ""), r.name, r.home_unit, label(vocab.EMPLOYMENT_TYPE, r.employment_type),
                  str(r.months), _num(r.average), f"{r.band} {hint}".strip(), "", level_label(r) or self.tr("comment"),
                  r.reason, r.comment]
        brush = PROPOSED_BRUSH if r.proposed else TIED_BRUSH if r.tied else None
        for j, v in enumerate(values):
            it = QTableWidgetItem(v)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if j == self.EXCELLENT and r.eligible and editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            if j == self.REASON and editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            it.setFlags(flags)
            if j == self.EXCELLENT:
                it.setCheckState(Qt.CheckState.Checked if r.excellent else Qt.CheckState.Unchecked)
            if j == 0:
                it.setData(Qt.ItemDataRole.UserRole, r.staff_id)
            if brush is not None:
                it.setBackground(brush)
            self.table.setItem(row, j, it)
        self.export_data.append([values[0], r.name, r.home_unit, values[3], values[4], values[5], r.band,
                                 "优秀" if r.excellent else "", values[8], r.reason, r.comment])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == self.EXCELLENT:
            self._update_status()

    def _update_status(self) -> None:
        cal = self.cal
        if cal is None:
            return
        states = {"new": self.tr("not saved"), "draft": self.tr("saved (draft)"),
                  "publicity": self.tr("in publicity %1 – %2"), "confirmed": self.tr("confirmed by %1")}
        state = states[cal.state]
        if cal.state == "publicity":
            state = state.replace("%1", str(cal.publicity_from)).replace("%2", str(cal.publicity_until))
        elif cal.state == "confirmed":
            state = state.replace("%1", cal.confirmed_by)
        ties = sum(1 for r in cal.rows if r.tied)
        line = (self.tr("%1: %2 assessed, %3 place(s) for 优秀 at %4; line score %5; %6 tied for %7 open place(s). "
                        "State: %8.")
                .replace("%1", str(cal.year)).replace("%2", str(cal.assessed)).replace("%3", str(cal.places))
                .replace("%4", f"{cal.quota:.0%}").replace("%5", _num(cal.line_score) or "—")
                .replace("%6", str(ties)).replace("%7", str(cal.places_open)).replace("%8", state))
        self.status.setText(line)
        chosen = len(self.ticked())
        self.count.setText(self.tr("优秀 ticked: %1 of %2 place(s)").replace("%1", str(chosen))
                           .replace("%2", str(cal.places)))
        self.count.setStyleSheet("color: #c0392b; font-weight: bold;" if chosen > cal.places else "")
        editable = cal.state in ("new", "draft")
        self.save_button.setEnabled(editable)
        self.unit_status.setEnabled(editable)
        self.publicity_button.setEnabled(cal.state == "draft")
        self.withdraw_button.setEnabled(cal.state == "publicity")
        self.confirm_button.setEnabled(cal.state == "publicity")
        self.comment_button.setEnabled(cal.state in ("draft", "publicity"))

    # --- reading the table --------------------------------------------------------------------

    def _row_of(self, staff_id: int) -> int:
        for i in range(self.table.rowCount()):
            it = self.table.item(i, 0)
            if it is not None and it.data(Qt.ItemDataRole.UserRole) == staff_id:
                return i
        raise KeyError(staff_id)

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.table.rowCount()):
            sid = self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(i, 0) else None
            box = self.table.item(i, self.EXCELLENT)
            if sid is not None and box is not None and box.checkState() == Qt.CheckState.Checked:
                out.append(sid)
        return out

    def set_excellent(self, staff_id: int, on: bool, reason: str | None = None) -> None:
        i = self._row_of(staff_id)
        self.table.item(i, self.EXCELLENT).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if reason is not None:
            self.table.item(i, self.REASON).setText(reason)

    def reasons(self) -> dict[int, str]:
        out = {}
        for i in range(self.table.rowCount()):
            sid = self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(i, 0) else None
            if sid is not None and self.table.item(i, self.REASON).text().strip():
                out[sid] = self.table.item(i, self.REASON).text().strip()
        return out

    def selected_staff(self) -> int | None:
        it = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else None

    # --- actions ------------------------------------------------------------------------------

    def _do(self, call) -> bool:
        try:
            cal = call()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return False
        if cal is not None:
            self._show_year(cal)
        return True

    def save(self) -> bool:
        return self._do(lambda: self.service.save(self.current_year(), self.ticked(), self.reasons(),
                                                  self.unit_status.currentData()))

    def publicity_dialog(self) -> tuple[QDialog, QDateEdit]:
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Start publicity"))
        form = QFormLayout(dlg)
        note = QLabel(self.tr("The proposed 优秀 names are published for at least 5 working days; the results "
                              "can be confirmed after the last day."), dlg)
        note.setWordWrap(True)
        form.addRow(note)
        start = QDateEdit(QDate(self.today()), dlg)
        start.setCalendarPopup(True)
        start.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("First day"), start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dlg)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        return dlg, start

    def start_publicity(self) -> bool:
        dlg, start = self.publicity_dialog()
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._do(lambda: self.service.start_publicity(self.current_year(), start.date().toPython()))

    def withdraw(self) -> bool:
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw publicity"),
                                          self.tr("Why is the publicity withdrawn (e.g. an objection)?"))
        return ok and self._do(lambda: self.service.withdraw_publicity(self.current_year(), reason))

    def confirm(self) -> bool:
        if QMessageBox.question(self, self.tr("Confirm results"),
                                self.tr("Confirm the annual results of %1? They cannot be changed afterwards.")
                                .replace("%1", str(self.current_year()))) != QMessageBox.StandardButton.Yes:
            return False
        return self._do(lambda: self.service.confirm(self.current_year(), self.today()))

    def write_comment(self) -> bool:
        sid = self.selected_staff()
        if sid is None:
            QMessageBox.information(self, self.tr("Write comment"), self.tr("Select a person first."))
            return False
        current = next((r.comment for r in self.rows if r.staff_id == sid), "")
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Write comment"),
                                                 self.tr("Comment sent to the home unit:"), current)
        if not ok:
            return False
        if not self._do(lambda: self.service.set_comment(self.current_year(), sid, text)):
            return False
        self.reload()
        return True

    def export_xlsx(self, path: str | None = None) -> str | None:
        headers = [self.table.horizontalHeaderItem(j).text() for j in range(self.COLUMNS)]
        return self.save_table_xlsx(f"{self.title()} {self.current_year()}", headers, self.export_data, path)
