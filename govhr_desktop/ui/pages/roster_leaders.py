"""The 带班与共同值班 tab of the 值班排班 page: the month's days with their kind (working day,
weekend, holiday), the center's duty leader (带班领导) and the joint duty (共同值班) of home-unit
leaders; 自动排带班 fills the days without a leader in rotation, the dialogs set one day's
leader and book a unit's leader for joint duty on several chosen days at once.

``MonthBar`` (year and month with previous/next) is shared with the duty-log tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.leader_duty import DAY_KIND, LeaderDayView, LeaderDutyService
from govhr_desktop.ui.dialogs.form import FormDialog, combo, combo_data, set_combo_data
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.tr import InheritedTr

_ERRORS = (DomainError, ValidationError)
WEEKEND_BG = QColor("#eef1f5")
HOLIDAY_BG = QColor("#fdecea")
MISSING_FG = QColor("#c0392b")
DAY_ROLE = Qt.ItemDataRole.UserRole


def weekday_name(day: date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_text(day: date) -> str:
    return f"{day.isoformat()} {weekday_name(day)}"


def kind_text(v: LeaderDayView) -> str:
    text = label(DAY_KIND, v.kind)
    return f"{text}（{v.holiday_name}）" if v.holiday_name else text


def day_brush(v: LeaderDayView) -> QBrush | None:
    if v.kind == "holiday":
        return QBrush(HOLIDAY_BG)
    if v.kind == "weekend":
        return QBrush(WEEKEND_BG)
    return None


class MonthBar(InheritedTr, QWidget):
    """Year and month with previous / next buttons; ``changed(year, month)`` on every change."""

    changed = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("prevMonth")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.year = QSpinBox(self)
        self.year.setObjectName("yearSpin")
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" (year)"))
        self.month = QComboBox(self)
        self.month.setObjectName("monthCombo")
        for m in range(1, 13):
            self.month.addItem(QLocale().monthName(m, QLocale.FormatType.LongFormat), m)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextMonth")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next month"))
        for w in (QLabel(self.tr("Month:"), self), self.prev_button, self.year, self.month, self.next_button):
            lay.addWidget(w)
        today = date.today()
        self.set_month(today.year, today.month)
        self.year.valueChanged.connect(lambda _v: self._emit())
        self.month.currentIndexChanged.connect(lambda _i: self._emit())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))

    def value(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentData()

    def set_month(self, year: int, month: int) -> None:
        """Show a month without emitting ``changed``."""
        for w in (self.year, self.month):
            w.blockSignals(True)
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
        for w in (self.year, self.month):
            w.blockSignals(False)

    def step(self, months: int) -> None:
        y, m = self.value()
        n = y * 12 + (m - 1) + months
        self.set_month(n // 12, n % 12 + 1)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(*self.value())


def day_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(26)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


# --- dialogs ----------------------------------------------------------------------------------


class MonthTab:
    """The month of a tab that shows one month (its ``month_bar``), kept in step with the others."""

    def month(self) -> tuple[int, int]:
        return self.month_bar.value()

    def set_month(self, year: int, month: int) -> None:
        if self.month() != (year, month):
            self.month_bar.set_month(year, month)
            self.reload()

    def _month_chosen(self, year: int, month: int) -> None:
        self.reload()
        self.month_changed.emit(year, month)


class SetLeaderDialog(FormDialog):
    """The duty leader of one day (or none)."""

    def __init__(self, service: LeaderDutyService, day: LeaderDayView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Duty leader of %1").replace("%1", day_text(day.day)))
        self.service, self.day = service, day
        info = QLabel(day_text(day.day) + "  " + kind_text(day), self)
        self.form.addRow(self.tr("Date"), info)
        leaders = [(f"{name}（{title}）" if title else name, lid) for lid, name, title in service.duty_leaders()]
        self.leader: QComboBox = self.add_field(
            "leader_id", self.tr("Duty leader (带班领导)"), combo(leaders, with_empty=self.tr("(none)")))
        self.note: QLineEdit = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. 下午外出开会，由…代"))
        if day.leader_id is not None:
            if self.leader.findData(day.leader_id) < 0:  # no longer marked 带班领导: keep it visible
                self.leader.addItem(day.leader_name, day.leader_id)
            set_combo_data(self.leader, day.leader_id)
        elif len(leaders):
            self.leader.setCurrentIndex(1)
        self.note.setText(day.note)

    def collect(self):
        return combo_data(self.leader), self.note.text()

    def save(self, data) -> int | None:
        leader_id, note = data
        self.service.set_leader(self.day.day, leader_id, note)
        return self.day.id


class JointDutyDialog(FormDialog):
    """Book one home unit's leader for joint duty on the checked days of the month."""

    def __init__(self, service: LeaderDutyService, units: list[tuple[str, int]], days: list[LeaderDayView],
                 chosen: set[date], parent=None) -> None:
        super().__init__(self.tr("Add joint duty (共同值班)"), parent)
        self.service = service
        self.unit: QComboBox = self.add_field(
            "home_unit_id", self.tr("Home unit"), combo(units, with_empty=self.tr("(choose)"), searchable=True),
            required=True)
        self.leader_name: QLineEdit = self.add_field("leader_name", self.tr("Leader's name"), QLineEdit(),
                                                     required=True)
        self.leader_title: QLineEdit = self.add_field("leader_title", self.tr("Title"), QLineEdit())
        self.leader_title.setPlaceholderText(self.tr("e.g. 副局长"))
        self.note: QLineEdit = self.add_field("note", self.tr("Note"), QLineEdit())
        self.days: QListWidget = self.add_field("days", self.tr("Days"), QListWidget(), required=True)
        self.days.setMinimumHeight(260)
        self.setMinimumWidth(560)
        for v in days:
            text = f"{day_text(v.day)}  {kind_text(v)}"
            item = QListWidgetItem(self.days)
            item.setData(DAY_ROLE, v.day)
            if v.leader_id is None:
                item.setText(text + "  " + self.tr("— no duty leader"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                continue
            names = "、".join(j.unit_name for j in v.joint)
            item.setText(text + "  " + self.tr("duty leader: %1").replace("%1", v.leader_name)
                         + (("  " + self.tr("joint: %1").replace("%1", names)) if names else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if v.day in chosen else Qt.CheckState.Unchecked)
        hint = QLabel(self.tr("Tick the days the unit's leader is on duty at the center; days without a "
                              "duty leader cannot be chosen."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.saved_ids: list[int] = []

    def set_checked(self, days: set[date]) -> None:
        for i in range(self.days.count()):
            item = self.days.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if item.data(DAY_ROLE) in days else Qt.CheckState.Unchecked)

    def checked_days(self) -> list[date]:
        return [self.days.item(i).data(DAY_ROLE) for i in range(self.days.count())
                if self.days.item(i).checkState() == Qt.CheckState.Checked]

    def collect(self):
        return (combo_data(self.unit), self.checked_days(), self.leader_name.text(), self.leader_title.text(),
                self.note.text())

    def save(self, data) -> int | None:
        unit_id, days, name, title, note = data
        self.saved_ids = self.service.joint_plan(unit_id, days, name, title, note)
        return self.saved_ids[0] if self.saved_ids else None


# --- the tab ----------------------------------------------------------------------------------


class LeaderDutyTab(MonthTab, Page):
    settings_key = "roster_leaders"
    #: the user chose another month here (the page keeps the other tabs in step)
    month_changed = Signal(int, int)

    COLUMNS = ("date", "weekday", "kind", "leader", "joint", "log")

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = LeaderDutyService(ui.services)
        self.days: list[LeaderDayView] = []
        may = ui.can(perm.DUTY_LOG_WRITE)

        self.month_bar = MonthBar(self)
        self.month_bar.changed.connect(self._month_chosen)
        self.fill_button = self._button(self.tr("Fill duty leaders"), "fillButton", self.fill, may)
        self.set_button = self._button(self.tr("Set duty leader…"), "setLeaderButton", self.set_leader, may)
        self.add_joint_button = self._button(self.tr("Add joint duty…"), "addJointButton", self.add_joint, may)
        self.remove_joint_button = self._button(self.tr("Remove joint duty"), "removeJointButton",
                                                self.remove_joint, may)
        top = QHBoxLayout()
        top.addWidget(self.month_bar)
        top.addStretch(1)
        for b in (self.fill_button, self.set_button, self.add_joint_button, self.remove_joint_button):
            top.addWidget(b)

        self.table = day_table(self, [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"),
                                      self.tr("Duty leader (带班领导)"), self.tr("Joint duty (共同值班)"),
                                      self.tr("Log")])
        self.table.setObjectName("leaderTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for i, w in enumerate((100, 60, 170, 150, 360, 70)):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.set_leader() if may else None)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("Duty leaders and joint duty")

    def _button(self, text: str, name: str, slot, allowed: bool) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        if not allowed:
            b.setEnabled(False)
            b.setToolTip(self.tr("Your role may not do this."))
        return b

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = {v.day for v in self.selected_days()}
        try:
            self.days = self.service.rota(*self.month())
        except _ERRORS as e:
            self.days = []
            self.show_domain_error(e)
        t = self.table
        t.setRowCount(len(self.days))
        for r, v in enumerate(self.days):
            joint = "；".join(j.text + (f"（{j.note}）" if j.note else "") for j in v.joint)
            leader = v.leader_name + (f"（{v.note}）" if v.note else "")
            if not leader and not v.is_rest_day:
                leader = self.tr("not set")
            values = (v.day.isoformat(), weekday_name(v.day), kind_text(v), leader, joint,
                      self.tr("written") if v.has_log else "")
            brush = day_brush(v)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(DAY_ROLE, v.day)
                if brush is not None:
                    item.setBackground(brush)
                if c == 3 and v.leader_id is None and not v.is_rest_day:
                    item.setForeground(QBrush(MISSING_FG))
                t.setItem(r, c, item)
        if keep:
            for r, v in enumerate(self.days):
                if v.day in keep:
                    t.selectRow(r)
        missing = sum(1 for v in self.days if v.leader_id is None and not v.is_rest_day)
        joint = sum(len(v.joint) for v in self.days)
        text = self.tr("%1 working day(s) without a duty leader; %2 joint duty booking(s) this month.")
        self.summary.setText(text.replace("%1", str(missing)).replace("%2", str(joint)))

    def selected_days(self) -> list[LeaderDayView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) if self.days else []
        if not rows and self.table.currentRow() >= 0 and self.days:
            rows = [self.table.currentRow()]
        return [self.days[r] for r in rows if r < len(self.days)]

    def select_day(self, day: date) -> None:
        for r, v in enumerate(self.days):
            if v.day == day:
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, 0))
                return

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    # --- actions ------------------------------------------------------------------------------

    def fill(self) -> int | None:
        year, month = self.month()
        answer = QMessageBox.question(
            self, self.tr("Fill duty leaders"),
            self.tr("Give every working day of %1-%2 without a duty leader one, in rotation among the leaders "
                    "marked 带班领导. Days already set are kept.")
            .replace("%1", str(year)).replace("%2", f"{month:02d}")
            + "\n\n" + self.tr("Also the weekends and holidays?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        try:
            n = self.service.fill_rota(year, month, include_rest_days=answer == QMessageBox.StandardButton.Yes)
        except _ERRORS as e:
            self.show_domain_error(e)
            return None
        self._changed()
        self.notify(self.tr("%n day(s) given a duty leader.", "", n))
        if n == 0:
            QMessageBox.information(self, self.tr("Fill duty leaders"),
                                    self.tr("Every day asked for already has a duty leader."))
        return n

    def _one_day(self) -> LeaderDayView | None:
        days = self.selected_days()
        if not days:
            QMessageBox.information(self, self.title(), self.tr("Select a day first."))
            return None
        return days[0]

    def set_leader(self) -> bool:
        day = self._one_day()
        if day is None:
            return False
        try:
            dialog = SetLeaderDialog(self.service, day, self)
        except _ERRORS as e:
            self.show_domain_error(e)
            return False
        if not dialog.exec():
            return False
        self._changed()
        self.select_day(day.day)
        return True

    def add_joint(self) -> bool:
        try:
            units = [(u.short_name, u.id) for u in self.ui.home_units.list(include_inactive=False)]
        except _ERRORS as e:
            self.show_domain_error(e)
            return False
        chosen = {v.day for v in self.selected_days()}
        dialog = JointDutyDialog(self.service, units, self.days, chosen, self)
        if not dialog.exec():
            return False
        self._changed()
        self.notify(self.tr("Joint duty booked on %n day(s).", "", len(dialog.saved_ids)))
        return True

    def remove_joint(self) -> bool:
        day = self._one_day()
        if day is None:
            return False
        if not day.joint:
            QMessageBox.information(self, self.title(), self.tr("The selected day has no joint duty."))
            return False
        if len(day.joint) == 1:
            target = day.joint[0]
            answer = QMessageBox.question(self, self.tr("Remove joint duty"),
                                          self.tr("Remove the joint duty of %1 on %2?")
                                          .replace("%1", target.text).replace("%2", day.day.isoformat()))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        else:
            texts = [j.text for j in day.joint]
            choice, ok = QInputDialog.getItem(self, self.tr("Remove joint duty"),
                                              self.tr("Which joint duty of %1?").replace("%1", day.day.isoformat()),
                                              texts, 0, False)
            if not ok:
                return False
            target = day.joint[texts.index(choice)]
        try:
            self.service.remove_joint(target.id)
        except _ERRORS as e:
            self.show_domain_error(e)
            return False
        self._changed()
        self.select_day(day.day)
        return True
