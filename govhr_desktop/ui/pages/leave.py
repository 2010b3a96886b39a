"""请销假: the leave list with its steps (home unit's signature, handover, the center's approval,
return) and the reminders (leave ending by the next working day, people not back)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.services.leave import (
    HALF,
    LEAVE_STATUS,
    LEAVE_TYPE,
    LeaveService,
    LeaveView,
    Reminder,
)
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    combo_data,
    date_edit,
    get_date,
    set_date,
)
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle


def _date_with_half() -> QWidget:
    """A date edit and a morning/afternoon choice side by side."""
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    edit = date_edit()
    halves = combo([(label(HALF, c), c) for c in HALF.codes()])
    lay.addWidget(edit, 1)
    lay.addWidget(halves)
    box.date_edit, box.half = edit, halves  # type: ignore[attr-defined]
    return box


# --- dialogs -----------------------------------------------------------------------------------


class LeaveDialog(FormDialog):
    """File leave: person (search as you type), type, from/until with halves, reason."""

    def __init__(self, service: LeaveService, parent=None, *, today: date | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("File leave"))
        self.service = service
        people = [(c.text(), c.id) for c in service.staff_choices()]
        self.person: QComboBox = self.add_field("staff_id", self.tr("Person"), combo(people, searchable=True),
                                                required=True)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name or unit"))
        self.leave_type: QComboBox = self.add_field(
            "leave_type", self.tr("Type of leave"), combo([(label(LEAVE_TYPE, c), c) for c in LEAVE_TYPE.codes()]),
            required=True,
        )
        start = self.add_field("start_on", self.tr("From"), _date_with_half(), required=True)
        end = self.add_field("end_on", self.tr("Until"), _date_with_half(), required=True)
        self.start_date, self.start_half = start.date_edit, start.half
        self.end_date, self.end_half = end.date_edit, end.half
        self.start_date.setObjectName("startDate")
        self.start_half.setObjectName("startHalf")
        self.end_date.setObjectName("endDate")
        self.end_half.setObjectName("endHalf")
        self.start_half.setCurrentIndex(0)  # from the morning
        self.end_half.setCurrentIndex(1)  # to the evening
        first = today or date.today()
        set_date(self.start_date, first)
        set_date(self.end_date, first)
        self.reason: QPlainTextEdit = self.add_field("reason", self.tr("Reason"), QPlainTextEdit())
        self.reason.setMaximumHeight(70)
        self.reason.setPlaceholderText(self.tr("Required for sick leave (health data: shown only to authorised staff)"))
        self.days_label = QLabel(self)
        self.days_label.setObjectName("workingDays")
        self.form.addRow(self.days_label)
        for w in (self.start_date, self.end_date):
            w.dateChanged.connect(lambda *_: self.update_days())
        for w in (self.start_half, self.end_half):
            w.currentIndexChanged.connect(lambda *_: self.update_days())
        self.start_date.dateChanged.connect(self._keep_end_after_start)
        self.update_days()

    def _keep_end_after_start(self, *_):
        if self.end_date.date() < self.start_date.date():
            self.end_date.setDate(self.start_date.date())

    def working_days(self) -> float:
        return self.service.count_days(get_date(self.start_date), self.start_half.currentData(),
                                       get_date(self.end_date), self.end_half.currentData())

    def update_days(self) -> None:
        n = self.working_days()
        text = f"{n:g}"
        self.days_label.setText(self.tr("Working days: %1").replace("%1", text))

    def collect(self):
        return (combo_data(self.person), self.leave_type.currentData(), get_date(self.start_date),
                self.start_half.currentData(), get_date(self.end_date), self.end_half.currentData(),
                self.reason.toPlainText())

    def save(self, data) -> int | None:
        return self.service.file(*data)


class UnitSignDialog(FormDialog):
    """Record the home unit's signature (who signed the paper form, and when)."""

    def __init__(self, service: LeaveService, row: LeaveView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Home unit signed: %1").replace("%1", row.staff_name))
        self.service, self.row = service, row
        self.signed_by: QLineEdit = self.add_field("signed_by_name", self.tr("Signed by"), QLineEdit(), required=True)
        self.signed_by.setPlaceholderText(self.tr("Name and title of the person who signed"))
        self.signed_on = self.add_field("signed_on", self.tr("Signed on"), date_edit(), required=True)
        if row.unit_signed_by:
            self.signed_by.setText(row.unit_signed_by)
        set_date(self.signed_on, row.unit_signed_on)

    def collect(self):
        return self.signed_by.text(), get_date(self.signed_on)

    def save(self, data) -> int | None:
        self.service.unit_sign(self.row.id, *data)
        return self.row.id


class HandoverDialog(FormDialog):
    """Who covers during the leave: someone at the same window, or the home unit's substitute."""

    def __init__(self, service: LeaveService, row: LeaveView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Handover: %1").replace("%1", row.staff_name))
        self.service, self.row = service, row
        candidates = service.cover_candidates(row.id)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.cover: QComboBox = self.add_field(
            "handover_to_id", self.tr("Covered by"),
            combo([(c.text(), c.id) for c in candidates], with_empty=self.tr("(nobody chosen)")),
        )
        self.substitute: QLineEdit = self.add_field("substitute_name", self.tr("Substitute sent by the home unit"),
                                                    QLineEdit())
        if candidates:
            self.cover.setCurrentIndex(1)
            self.hint.setText(self.tr("Choose who covers the window (the B post, or A when B is away)."))
            self.substitute.setEnabled(False)
        else:
            self.cover.setEnabled(False)
            self.hint.setText(self.tr("Nobody else works at this window: the home unit must send a substitute."))
            self.substitute.setText(row.substitute_name)
        if row.handover_to_id is not None:
            i = self.cover.findData(row.handover_to_id)
            if i >= 0:
                self.cover.setCurrentIndex(i)

    def collect(self):
        return self.cover.currentData(), self.substitute.text()

    def save(self, data) -> int | None:
        cover, substitute = data
        self.service.confirm_handover(self.row.id, handover_to_id=cover, substitute_name=substitute)
        return self.row.id


class RefuseDialog(FormDialog):
    def __init__(self, service: LeaveService, row: LeaveView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Refuse the leave of %1").replace("%1", row.staff_name))
        self.service, self.row = service, row
        self.reason: QLineEdit = self.add_field("decision_reason", self.tr("Reason"), QLineEdit(), required=True)

    def collect(self):
        return self.reason.text()

    def save(self, data) -> int | None:
        self.service.refuse(self.row.id, data)
        return self.row.id


class ReturnDialog(FormDialog):
    """销假: the day the person is back at the window."""

    def __init__(self, service: LeaveService, row: LeaveView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Return from leave: %1").replace("%1", row.staff_name))
        self.service, self.row = service, row
        self.returned_on = self.add_field("returned_on", self.tr("Back on"), date_edit(), required=True)

    def collect(self):
        return get_date(self.returned_on)

    def save(self, data) -> int | None:
        self.service.record_return(self.row.id, data)
        return self.row.id


# --- the page ---------------------------------------------------------------------------------


class LeavePage(ListPage):
    settings_key = "leave"
    write_permission = perm.LEAVE_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.leave = LeaveService(ui.services)
        super().__init__(ui, parent)
        statuses = [(self.tr("All leave"), None), (self.tr("Waiting for a step"), "open")]
        statuses += [(label(LEAVE_STATUS, c), c) for c in LEAVE_STATUS.codes()]
        self.status_filter = self.add_filter(
            "statusFilter", statuses,
            lambda r, v: r.status in ("filed", "unit_signed") if v == "open" else r.status == v,
        )
        self.today_box = QCheckBox(self.tr("On leave today"), self)
        self.today_box.setObjectName("onLeaveToday")
        self.today_box.toggled.connect(self._apply_today)
        self.filter_bar.addWidget(self.today_box)

        self.add_button(self.tr("File leave…"), self.file_leave, name="fileButton", shortcut="Ctrl+N",
                        permission=perm.LEAVE_WRITE)
        self.add_button(self.tr("Home unit signed…"), self.unit_sign, name="unitSignButton", permission=perm.LEAVE_WRITE)
        self.add_button(self.tr("Handover…"), self.handover, name="handoverButton", permission=perm.LEAVE_WRITE)
        self.add_button(self.tr("Approve"), self.approve, name="approveButton", permission=perm.APPROVE)
        self.add_button(self.tr("Refuse…"), self.refuse, name="refuseButton", permission=perm.APPROVE)
        self.add_button(self.tr("Return (销假)…"), self.record_return, name="returnButton", permission=perm.LEAVE_WRITE)
        self.add_button(self.tr("Cancel leave"), self.cancel_leave, name="cancelButton", permission=perm.LEAVE_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)

        self.reminders_title = QLabel(self)
        self.reminders_title.setObjectName("detailTitle")
        self.reminders_list = QListWidget(self)
        self.reminders_list.setObjectName("reminders")
        self.reminders_list.setMaximumHeight(110)
        self.reminders_list.itemDoubleClicked.connect(lambda item: self.select_id(item.data(Qt.ItemDataRole.UserRole)))
        self.body.addWidget(self.reminders_title)
        self.body.addWidget(self.reminders_list)

    def title(self) -> str:
        return self.tr("Leave")

    def search_placeholder(self) -> str:
        return self.tr("Name, unit or window (Ctrl+F)")

    def today(self) -> date:
        return date.today()

    # --- list ---------------------------------------------------------------------------------

    def _from(self, r: LeaveView) -> str:
        text = r.start_on.isoformat()
        return f"{text} {label(HALF, 'pm')}" if r.start_half == "pm" else text

    def _to(self, r: LeaveView) -> str:
        text = r.end_on.isoformat()
        return f"{text} {label(HALF, 'am')}" if r.end_half == "am" else text

    def _handover(self, r: LeaveView) -> str:
        if not r.handover_confirmed:
            return "—"
        if r.handover_to_name:
            return r.handover_to_name
        return self.tr("%1 (substitute)").replace("%1", r.substitute_name)

    @staticmethod
    def _signed(name: str, on: date | None) -> str:
        return f"{name} {on.isoformat()}" if on else name

    def columns(self) -> list[Column]:
        return [
            Column("person", self.tr("Person"), lambda r: r.staff_name, width=70),
            Column("unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=100),
            Column("type", self.tr("Type"), lambda r: label(LEAVE_TYPE, r.leave_type), width=80),
            Column("from", self.tr("From"), self._from, sort=lambda r: r.start_on.isoformat() + r.start_half, width=110),
            Column("to", self.tr("Until"), self._to, sort=lambda r: r.end_on.isoformat() + r.end_half, width=110),
            Column("days", self.tr("Working days"), lambda r: f"{r.working_days:g}", sort=lambda r: r.working_days,
                   align_right=True, width=80),
            Column("status", self.tr("Status"), lambda r: label(LEAVE_STATUS, r.status), width=70),
            Column("unit_signed", self.tr("Home unit signed"), lambda r: self._signed(r.unit_signed_by, r.unit_signed_on),
                   width=150),
            Column("approved", self.tr("Center approved"),
                   lambda r: self._signed(r.center_approved_by, r.center_approved_on), width=130),
            Column("handover", self.tr("Covered by"), self._handover, width=100),
            Column("returned", self.tr("Back on"), lambda r: r.returned_on, width=90),
            Column("reason", self.tr("Reason"), lambda r: r.reason),
        ]

    def search_key(self, r: LeaveView) -> str:
        return f"{r.staff_name} {r.home_unit_name} {r.window_number} {label(LEAVE_TYPE, r.leave_type)}"

    def row_style(self) -> RowStyle:
        def fg(r: LeaveView):
            return "#8a8a8a" if r.status in ("refused", "cancelled") else None

        return RowStyle(foreground=fg)

    def fetch(self) -> list[LeaveView]:
        return self.leave.list()

    def _apply_today(self, on: bool) -> None:
        today = self.today()
        self.proxy.set_predicate("today", (lambda r: r.is_on_leave(today)) if on else None)
        self._update_count()

    def reload(self) -> None:
        super().reload()
        self._show_reminders()

    def _show_reminders(self) -> None:
        items = self.leave.reminders(self.today())
        self.reminders_list.clear()
        overdue = sum(r.kind == "overdue" for r in items)
        self.reminders_title.setText(
            self.tr("Reminders: %1 ending by the next working day, %2 not back").replace(
                "%1", str(len(items) - overdue)).replace("%2", str(overdue))
        )
        for r in items:
            item = QListWidgetItem(self._reminder_text(r))
            item.setData(Qt.ItemDataRole.UserRole, r.leave_id)
            if r.kind == "overdue":
                item.setForeground(QBrush(QColor("#b03a2e")))
            self.reminders_list.addItem(item)

    def _reminder_text(self, r: Reminder) -> str:
        kind = label(LEAVE_TYPE, r.leave_type)
        if r.kind == "overdue":
            text = self.tr("%1 (%2): %3 ended on %4 and no return is recorded: counts as absence")
        else:
            text = self.tr("%1 (%2): %3 ends on %4; back at the window on %5")
        return (text.replace("%1", r.staff_name).replace("%2", r.home_unit_name).replace("%3", kind)
                .replace("%4", r.end_on.isoformat()).replace("%5", r.due_back.isoformat()))

    # --- actions ------------------------------------------------------------------------------

    def _selected(self) -> LeaveView | None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Leave"), self.tr("Select a leave request first."))
        return row

    def file_leave(self) -> None:
        self.open_dialog(LeaveDialog(self.leave, self, today=self.today() + timedelta(days=1)))

    def unit_sign(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_dialog(UnitSignDialog(self.leave, row, self))

    def handover(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_dialog(HandoverDialog(self.leave, row, self))

    def approve(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Approve the leave of %1 from %2 to %3 (%4 working days)?").replace(
            "%1", row.staff_name).replace("%2", self._from(row)).replace("%3", self._to(row)).replace(
            "%4", f"{row.working_days:g}")
        if QMessageBox.question(self, self.tr("Approve"), question) == QMessageBox.StandardButton.Yes:
            self.run_action(lambda: self.leave.center_approve(row.id, self.today()))

    def refuse(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_dialog(RefuseDialog(self.leave, row, self))

    def record_return(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_dialog(ReturnDialog(self.leave, row, self))

    def cancel_leave(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Cancel the leave of %1 from %2?").replace("%1", row.staff_name).replace("%2", self._from(row))
        if QMessageBox.question(self, self.tr("Cancel leave"), question) == QMessageBox.StandardButton.Yes:
            self.run_action(lambda: self.leave.cancel(row.id, self.today()))

    def edit_selected(self) -> None:
        """Double-click: the next step the selected leave is waiting for."""
        row = self.selected_row()
        if row is None or not self.may_write():
            return
        if row.status == "filed":
            self.unit_sign()
        elif row.status == "unit_signed" and not row.handover_confirmed:
            self.handover()
        elif row.status == "approved":
            self.record_return()
