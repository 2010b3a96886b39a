"""Assign a person to a window (A/B post) and end an assignment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.assignments import AssignmentService, AssignmentView
from govhr_desktop.services.windows import WindowView
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    combo_data,
    date_edit,
    get_date,
    set_date,
)


class AssignDialog(FormDialog):
    """Pick a person (search as you type), the post and the first day at the window."""

    def __init__(self, ui, window: WindowView, parent=None, *, start_on: date | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Assign to window %1").replace("%1", window.number))
        self.ui, self.target = ui, window
        if window.home_unit_id is not None:
            people = ui.staff.of_home_unit(window.home_unit_id)
        else:
            people = ui.staff.list(include_returned=False)
        items = [(f"{p.name}（{p.home_unit_name}）" + (f" {p.window_number}{p.post or ''}" if p.window_number else ""), p.id)
                 for p in people]
        self.person = self.add_field("staff_id", self.tr("Person"), combo(items, searchable=True), required=True)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name to search"))
        self.post = self.add_field("post", self.tr("Post"), combo([(self.tr("A post (main)"), "A"), (self.tr("B post (backup)"), "B")]),
                                   required=True)
        if not window.a_staff:
            self.post.setCurrentIndex(0)
        else:
            self.post.setCurrentIndex(1)
        self.start_on = self.add_field("start_on", self.tr("First day"), date_edit(), required=True)
        set_date(self.start_on, start_on or date.today())
        self.remarks = self.add_field("remarks", self.tr("Remarks"), QLineEdit())
        self.setMinimumWidth(420)

    def collect(self):
        staff_id = combo_data(self.person)
        if staff_id is None:
            raise ValidationError([DomainError("required", "staff_id")])
        return staff_id, self.post.currentData(), get_date(self.start_on), self.remarks.text()

    def save(self, data) -> int:
        staff_id, post, start_on, remarks = data
        return AssignmentService(self.ui.services).assign(staff_id, self.target.id, post, start_on, remarks)


class EndAssignmentDialog(FormDialog):
    """The last day at the window and why the assignment ends."""

    def __init__(self, ui, assignment: AssignmentView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("End assignment of %1 at window %2")
                            .replace("%1", assignment.staff_name).replace("%2", assignment.window_number))
        self.ui, self.assignment = ui, assignment
        self.end_on = self.add_field("end_on", self.tr("Last day at the window"), date_edit(), required=True)
        set_date(self.end_on, date.today())
        reasons = {
            "rotation": self.tr("Rotation to another window"),
            "transfer": self.tr("Transfer (home unit's request)"),
            "returned": self.tr("Returned to the home unit"),
            "secondment_end": self.tr("End of secondment"),
            "other": self.tr("Other"),
        }
        self.reason = self.add_field("end_reason", self.tr("Reason"), combo([(v, k) for k, v in reasons.items()]),
                                     required=True)
        self.setMinimumWidth(380)

    def collect(self):
        return get_date(self.end_on), self.reason.currentData()

    def save(self, data) -> int:
        end_on, reason = data
        AssignmentService(self.ui.services).end(self.assignment.id, end_on, reason)
        return self.assignment.id
