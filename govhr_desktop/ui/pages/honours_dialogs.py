"""Dialogs of the honours page: the window items of a month (cases on time, upheld complaints,
other window deductions) and the reviewer's confirmation of 服务之星 and 流动红旗窗口."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.evaluation_views import Honours
from govhr_desktop.services.honours import HonoursService, WindowItems
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.evaluations import _fill, _num, _rate, _table
from govhr_desktop.ui.tr import InheritedTr

#: candidates shown below the line, so the reviewer can move someone up (with a reason)
EXTRA_CANDIDATES = 10


class WindowItemsForm(FormDialog):
    """One window's items for the month."""

    def __init__(self, service: HonoursService, month: str, items: WindowItems, parent=None) -> None:
        super().__init__("", parent)
        self.service, self.month, self.items = service, month, items
        self.setWindowTitle(self.tr("Window items: %1 %2 — %3").replace("%1", items.number)
                            .replace("%2", items.name).replace("%3", month))
        self.setMinimumWidth(460)

        def spin() -> QSpinBox:
            s = QSpinBox()
            s.setRange(0, 1_000_000)
            return s

        self.cases_total = self.add_field("cases_total", self.tr("Cases handled"), spin())
        self.cases_on_time = self.add_field("cases_on_time", self.tr("Cases finished on time"), spin())
        self.complaints = self.add_field("complaints_upheld", self.tr("Upheld complaints"), spin())
        self.deductions: QDoubleSpinBox = self.add_field("deductions", self.tr("Other window deductions"),
                                                         QDoubleSpinBox())
        self.deductions.setRange(0, 100)
        self.deductions.setDecimals(1)
        self.deductions.setSingleStep(0.5)
        self.note: QLineEdit = self.add_field("note", self.tr("Why (required with deductions)"), QLineEdit())
        self.cases_total.setValue(items.cases_total)
        self.cases_on_time.setValue(items.cases_on_time)
        self.complaints.setValue(items.complaints_upheld)
        self.deductions.setValue(items.deductions)
        self.note.setText(items.note)

    def collect(self):
        return {"cases_total": self.cases_total.value(), "cases_on_time": self.cases_on_time.value(),
                "complaints_upheld": self.complaints.value(), "deductions": self.deductions.value(),
                "note": self.note.text()}

    def save(self, data) -> int | None:
        self.service.save_window_items(self.month, self.items.window_id, **data)
        return self.items.window_id


class WindowItemsDialog(InheritedTr, QDialog):
    """Every window of the month with its items and the resulting window score."""

    def __init__(self, ui, service: HonoursService, month: str, parent=None) -> None:
        super().__init__(parent)
        self.ui, self.service, self.month = ui, service, month
        self.setWindowTitle(self.tr("Window items and scores — %1").replace("%1", month))
        self.resize(1100, 640)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Window score = staff average − other deductions − 3 per upheld complaint − "
                              "10 × (1 − on-time rate) − 10 × (1 − good rate). The chief representative of the "
                              "home unit carries 50% of the points a window loses when the honours are confirmed."),
                      self)
        note.setWordWrap(True)
        lay.addWidget(note)
        self.table = _table(self, [self.tr("Window"), self.tr("Home unit"), self.tr("Staff average"),
                                   self.tr("Good rate"), self.tr("Cases"), self.tr("On time"),
                                   self.tr("Upheld complaints"), self.tr("Other deductions"), self.tr("Note"),
                                   self.tr("Window score"), self.tr("Points lost"), self.tr("Chief charge")],
                            "windowItemsTable")
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit selected window…"), self)
        self.edit_button.setObjectName("editWindowItems")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.edit_button.setEnabled(ui.can(perm.EVALUATION_WRITE))
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bar.addWidget(close)
        lay.addLayout(bar)
        self.items: list[WindowItems] = []
        self.reload()

    def reload(self) -> None:
        self.items = self.service.window_items(self.month)
        figures = {f.window_id: f for f in self.service.proposal(self.month).windows}
        rows = []
        for i in self.items:
            f = figures.get(i.window_id)
            rows.append([f"{i.number} {i.name}".strip(), i.home_unit, _num(f.staff_average) if f else "",
                         _rate(f.good_rate) if f else "", i.cases_total if i.entered else "",
                         i.cases_on_time if i.entered else "", i.complaints_upheld if i.entered else "",
                         _num(i.deductions) if i.entered else "", i.note, _num(f.total) if f else "",
                         _num(f.window_deductions) if f else "", _num(f.chief_charge) if f and f.chief_charge else ""])
        _fill(self.table, rows, [i.window_id for i in self.items])

    def edit_selected(self) -> bool:
        if not self.ui.can(perm.EVALUATION_WRITE):
            return False
        row = self.table.currentRow()
        if row < 0:
            return False
        dlg = WindowItemsForm(self.service, self.month, self.items[row], self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.table.selectRow(row)
            return True
        return False


class ConfirmHonoursDialog(InheritedTr, QDialog):
    """Tick the month's 服务之星 and 流动红旗窗口; any difference from the rules needs a reason."""

    REASON_COLUMN = 4

    def __init__(self, service: HonoursService, honours: Honours, people: dict, parent=None) -> None:
        super().__init__(parent)
        self.service, self.h = service, honours
        self.setWindowTitle(self.tr("Confirm the honours of %1").replace("%1", honours.month))
        self.resize(900, 680)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The rules' proposal is ticked. Tick or untick to change it; every change — "
                               "including a pick among people tied at the line — needs a reason. Confirming "
                               "also books the chief representatives' 50% share of window deductions."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)

        h = honours
        star_ids = list(h.stars.selected) + list(h.stars.ties)
        others = sorted((sid for sid in h.eligible if sid not in star_ids),
                        key=lambda sid: -h.star_totals.get(sid, 0))[:EXTRA_CANDIDATES]
        self.star_ids = star_ids + others
        lay.addWidget(QLabel(self.tr("Service stars: %1 place(s)").replace("%1", str(h.stars.places)), self))
        self.stars = self._checklist("confirmStars", [
            (sid, people.get(sid, (str(sid), ""))[0], people.get(sid, ("", ""))[1], h.star_totals.get(sid, 0.0),
             self._status(sid, h.stars)) for sid in self.star_ids], h.stars.selected)
        lay.addWidget(self.stars, 1)

        figs = sorted(h.windows, key=lambda f: -f.total)
        flag_ids = list(h.red_flags.selected) + list(h.red_flags.ties)
        self.flag_ids = flag_ids + [f.window_id for f in figs if f.window_id not in flag_ids][:EXTRA_CANDIDATES]
        by_id = {f.window_id: f for f in h.windows}
        lay.addWidget(QLabel(self.tr("Red-flag windows: %1 place(s)").replace("%1", str(h.red_flags.places)), self))
        self.flags = self._checklist("confirmFlags", [
            (wid, f"{by_id[wid].number} {by_id[wid].name}", _rate(by_id[wid].good_rate), by_id[wid].total,
             self._status(wid, h.red_flags)) for wid in self.flag_ids], h.red_flags.selected)
        lay.addWidget(self.flags, 1)

        self.error = QLabel(self)
        self.error.setObjectName("confirmError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.result_view = None

    def _status(self, subject, sel) -> str:
        if subject in sel.selected:
            return self.tr("proposed by the rules")
        if subject in sel.ties:
            return self.tr("tied at the line (%1 open)").replace("%1", str(sel.places_open))
        return self.tr("below the line")

    def _checklist(self, name: str, rows: list[tuple], proposed) -> QTableWidget:
        t = _table(self, [self.tr("Name or window"), self.tr("Home unit or good rate"), self.tr("Score"),
                          self.tr("Rules"), self.tr("Reason for a change")], name)
        t.setRowCount(len(rows))
        for i, (subject, a, b, score, status) in enumerate(rows):
            first = QTableWidgetItem(a)
            first.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            first.setCheckState(Qt.CheckState.Checked if subject in proposed else Qt.CheckState.Unchecked)
            first.setData(Qt.ItemDataRole.UserRole, subject)
            t.setItem(i, 0, first)
            for j, v in enumerate((b, _num(score), status), 1):
                it = QTableWidgetItem(v)
                it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                t.setItem(i, j, it)
            reason = QTableWidgetItem("")
            reason.setFlags(Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            t.setItem(i, self.REASON_COLUMN, reason)
        t.setEditTriggers(t.EditTrigger.AllEditTriggers)
        return t

    @staticmethod
    def ticked(t: QTableWidget) -> list[int]:
        return [t.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(t.rowCount())
                if t.item(i, 0).checkState() == Qt.CheckState.Checked]

    def set_ticked(self, t: QTableWidget, subject: int, on: bool, reason: str = "") -> None:
        for i in range(t.rowCount()):
            if t.item(i, 0).data(Qt.ItemDataRole.UserRole) == subject:
                t.item(i, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                t.item(i, self.REASON_COLUMN).setText(reason)
                return
        raise KeyError(subject)

    def reasons(self) -> dict[tuple[str, int], str]:
        out = {}
        for kind, t in (("star", self.stars), ("red_flag", self.flags)):
            for i in range(t.rowCount()):
                text = t.item(i, self.REASON_COLUMN).text().strip()
                if text:
                    out[(kind, t.item(i, 0).data(Qt.ItemDataRole.UserRole))] = text
        return out

    def confirm(self) -> None:
        try:
            self.result_view = self.service.confirm(self.h.month, self.ticked(self.stars), self.ticked(self.flags),
                                                    self.reasons())
        except (DomainError, ValidationError) as e:
            self.error.setText(messages.describe(e))
            return
        self.accept()
