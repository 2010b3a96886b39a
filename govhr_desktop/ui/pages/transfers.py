"""调整 / 调回: requests to replace or withdraw someone, and the center's decision.

The request dialog shows the notice (working days) and minimum-tenure warnings as the dates
change; they warn, they do not stop the request.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.services.transfers import TransferResult, TransferService, TransferView
from govhr_desktop.ui import messages
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    combo_data,
    date_edit,
    get_date,
    set_combo_data,
)
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.pages.vetting import DecisionDialog
from govhr_desktop.ui.table import Column, RowStyle


def transfer_service(ui: UiContext) -> TransferService:
    return getattr(ui, "transfers", None) or TransferService(ui.services)


def describe_warnings(warnings) -> str:
    return "\n".join(messages.format_code(w.code, None, w.params) for w in warnings)


class TransferDialog(FormDialog):
    """File a request; the warnings line follows the chosen person and dates."""

    def __init__(self, ui: UiContext, staff_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("New transfer request"), parent)
        self.ui = ui
        self.service = transfer_service(ui)
        self.filed: TransferResult | None = None
        self.setMinimumWidth(640)
        kinds = [
            (self.tr("Home unit asks to replace the person"), "replace"),
            (self.tr("Home unit asks to withdraw the person"), "withdraw"),
            (self.tr("The center asks the home unit to replace the person"), "center_asks"),
        ]
        self.kind = self.add_field("kind", self.tr("Kind of request"), combo(kinds), required=True)
        people = [
            (f"{s.name}（{s.home_unit_name}{('，' + s.window_number) if s.window_number else ''}）", s.id)
            for s in ui.staff.list(include_returned=False)
        ]
        self.person = self.add_field("staff_id", self.tr("Person"), combo(people, with_empty="", searchable=True),
                                     required=True)
        self.filed_on = self.add_field("filed_on", self.tr("Filed on"), date_edit(), required=True)
        self.requested_on = self.add_field("requested_on", self.tr("Leaves the center on"), date_edit(), required=True)
        self.requested_on.setDate(QDate.currentDate().addDays(14))
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b9770e;")
        self.form.addRow("", self.warnings)
        self.reason = self.add_field("reason", self.tr("Reason"), QPlainTextEdit(), required=True)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(56)
        self.replacement = self.add_field("replacement_name", self.tr("Replacement offered"), QLineEdit())
        self.replacement.setPlaceholderText(self.tr("Name of the person the home unit sends instead, if any"))
        self.early_reason = self.add_field("early_reason", self.tr("Reason for moving before the minimum tenure"),
                                           QPlainTextEdit())
        self.early_reason.setTabChangesFocus(True)
        self.early_reason.setFixedHeight(56)
        if staff_id is not None:
            set_combo_data(self.person, staff_id)
        self.person.currentIndexChanged.connect(lambda _i: self.update_warnings())
        self.person.currentTextChanged.connect(lambda _t: self.update_warnings())
        self.filed_on.dateChanged.connect(lambda _d: self.update_warnings())
        self.requested_on.dateChanged.connect(lambda _d: self.update_warnings())
        self.update_warnings()

    def update_warnings(self) -> None:
        staff_id = combo_data(self.person)
        filed, requested = get_date(self.filed_on), get_date(self.requested_on)
        if staff_id is None or filed is None or requested is None:
            self.warnings.setText("")
            self.early_reason.setEnabled(False)
            self._fit_warnings()
            return
        try:
            check = self.service.check(staff_id, filed, requested)
        except DomainError as e:
            self.warnings.setText(messages.describe(e))
            self._fit_warnings()
            return
        notice = self.tr("%1 working day(s) of notice; the person will have been %2 years at the center "
                         "(minimum tenure reached on %3).")
        notice = (notice.replace("%1", str(check.working_days)).replace("%2", str(check.years_at_center))
                  .replace("%3", check.two_year_date.isoformat() if check.two_year_date else ""))
        lines = [describe_warnings(check.warnings)] if check.warnings else []
        self.warnings.setText("\n".join([notice, *lines]))
        self.warnings.setStyleSheet("color: #b9770e;" if check.warnings else "color: #1e7e34;")
        self.early_reason.setEnabled(check.early_reason_required)
        self._fit_warnings()

    def _fit_warnings(self) -> None:
        """A wrapped label in a form row does not grow by itself: give it the height its text needs."""
        width = self.reason.width() if self.isVisible() else 340
        need = self.warnings.heightForWidth(width) if self.warnings.text() else 0
        if need != self.warnings.minimumHeight():
            self.warnings.setMinimumHeight(need)
            if self.isVisible():
                self.adjustSize()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_warnings()

    def collect(self) -> dict:
        return {
            "kind": self.kind.currentData(), "staff_id": combo_data(self.person),
            "filed_on": get_date(self.filed_on), "requested_on": get_date(self.requested_on),
            "reason": self.reason.toPlainText(), "replacement_name": self.replacement.text(),
            "early_reason": self.early_reason.toPlainText() if self.early_reason.isEnabled() else "",
        }

    def save(self, data: dict) -> int:
        self.filed = self.service.file(**data)
        return self.filed.id


class TransfersPage(ListPage):
    settings_key = "transfers"
    write_permission = perm.TRANSFER_WRITE

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = transfer_service(ui)
        self.decision_filter = self.add_filter(
            "decisionFilter",
            [(self.tr("Waiting for a decision"), "pending"), (self.tr("All requests"), None)],
            lambda r, v: r.decision == v,
        )
        self.add_button(self.tr("New request…"), self.new_request, name="newButton", shortcut="Ctrl+N",
                        permission=perm.TRANSFER_WRITE)
        self.add_button(self.tr("Decide…"), self.decide_selected, name="decideButton", permission=perm.APPROVE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Transfer requests")

    def search_placeholder(self) -> str:
        return self.tr("Name or home unit (Ctrl+F)")

    def kind_label(self, code: str) -> str:
        return {
            "replace": self.tr("Replace"),
            "withdraw": self.tr("Withdraw"),
            "center_asks": self.tr("Center asks to replace"),
        }.get(code, code)

    def decision_label(self, code: str) -> str:
        return {
            "pending": self.tr("Waiting"),
            "agreed": self.tr("Agreed"),
            "refused": self.tr("Refused"),
        }.get(code, code)

    def columns(self) -> list[Column]:
        return [
            Column("kind", self.tr("Kind"), lambda t: self.kind_label(t.kind), width=120),
            Column("name", self.tr("Person"), lambda t: t.staff_name, width=80),
            Column("unit", self.tr("Home unit"), lambda t: t.home_unit_name, width=110),
            Column("filed", self.tr("Filed on"), lambda t: t.filed_on, width=90),
            Column("requested", self.tr("Leaves on"), lambda t: t.requested_on, width=90),
            Column("notice", self.tr("Working days of notice"), lambda t: t.working_days, align_right=True, width=110),
            Column("years", self.tr("Years at the center"), lambda t: t.years_at_center, align_right=True, width=90,
                   tooltip=lambda t: t.early_reason),
            Column("decision", self.tr("Decision"), lambda t: self.decision_label(t.decision), width=70,
                   tooltip=lambda t: t.decision_reason),
        ]

    def search_key(self, t: TransferView) -> str:
        return f"{t.staff_name} {t.home_unit_name} {t.replacement_name}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda t: "#8a8a8a" if t.decision == "refused" else None)

    def fetch(self) -> list[TransferView]:
        return self.service.list()

    def new_request(self) -> None:
        dialog = TransferDialog(self.ui, parent=self)
        if self.open_dialog(dialog) and dialog.filed is not None and dialog.filed.warnings:
            self.notify(describe_warnings(dialog.filed.warnings).replace("\n", " "))

    def decision_dialog(self, t: TransferView) -> DecisionDialog:
        summary = self.tr("%1 (%2): %3, leaving on %4. Agreeing ends the person's window assignments on the "
                          "day before and marks them returned to the home unit.")
        summary = (summary.replace("%1", t.staff_name).replace("%2", t.home_unit_name)
                   .replace("%3", self.kind_label(t.kind)).replace("%4", t.requested_on.isoformat()))
        return DecisionDialog(
            self.tr("Decide on the request for %1").replace("%1", t.staff_name), summary,
            [(self.tr("Agree"), "agreed"), (self.tr("Refuse"), "refused")], "refused",
            lambda d, reason, on, _extra: self.service.decide(t.id, d, reason, on), t.id, parent=self,
        )

    def decide_selected(self) -> None:
        t = self.selected_row()
        if t is None or not self.ui.can(perm.APPROVE):
            return
        if not t.pending:
            self.notify(self.tr("The request for %1 has already been decided.").replace("%1", t.staff_name))
            return
        self.open_dialog(self.decision_dialog(t))

