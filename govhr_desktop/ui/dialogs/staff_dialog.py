"""Add or edit one staff member; the ID number and mobile are checked as they are typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.identity import parse_id_number, parse_mobile
from govhr_desktop.domain.records import StaffInput
from govhr_desktop.services.staff import StaffView
from govhr_desktop.ui import messages
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    combo_data,
    date_edit,
    get_date,
    set_combo_data,
    set_date,
)
from govhr_desktop.ui.i18n import label


def vocab_items(v: vocab.Vocabulary) -> list[tuple[str, str]]:
    return [(label(v, c), c) for c in v.codes()]


class StaffDialog(FormDialog):
    def __init__(self, ui: UiContext, staff: StaffView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit staff member") if staff else self.tr("New staff member"), parent)
        self.ui = ui
        self.staff_id = staff.id if staff else None
        self.setMinimumWidth(600)

        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.id_number = self.add_field("id_number", self.tr("ID number"), QLineEdit(), required=True)
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("18 characters; gender and birth date are read from it"))
        self.derived = QLabel(self)
        self.derived.setObjectName("derived")
        self.form.addRow("", self.derived)
        self.mobile = self.add_field("mobile", self.tr("Mobile"), QLineEdit())
        units = [(f"{u.short_name}（{u.full_name}）", u.id) for u in ui.home_units.list(include_inactive=False)]
        self.home_unit = self.add_field(
            "home_unit_id", self.tr("Home unit"), combo(units, with_empty="", searchable=True), required=True
        )
        self.employment = self.add_field(
            "employment_type", self.tr("Employment type"), combo(vocab_items(vocab.EMPLOYMENT_TYPE), with_empty=""), required=True
        )
        self.political = self.add_field("political_status", self.tr("Political status"), combo(vocab_items(vocab.POLITICAL_STATUS)))
        set_combo_data(self.political, "masses")
        self.education = self.add_field("education", self.tr("Education"), combo(vocab_items(vocab.EDUCATION), with_empty=""))
        self.joined = self.add_field("joined_center_on", self.tr("Joined the center"), date_edit(), required=True)
        windows = [(f"{w.number} {w.name}", w.id) for w in ui.windows.list() if w.is_active()]
        self.window_box = self.add_field("window_id", self.tr("Window"), combo(windows, with_empty=self.tr("(none)"), searchable=True))
        self.post = self.add_field("post", self.tr("Post"), combo(vocab_items(vocab.POST), with_empty=""))
        self.skill = self.add_field("skill_level", self.tr("Skill level"), combo(vocab_items(vocab.SKILL_LEVEL), with_empty=""))
        statuses = [(label(vocab.STAFF_STATUS, c), c) for c in vocab.STAFF_STATUS.codes()]
        self.status = self.add_field("status", self.tr("Status"), combo(statuses))
        self.remarks = self.add_field("remarks", self.tr("Remarks"), QPlainTextEdit())
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(56)

        self.id_number.textChanged.connect(self._check_id)
        self.mobile.editingFinished.connect(self._check_mobile)
        self.window_box.currentIndexChanged.connect(self._window_changed)
        if staff is not None:
            self._fill(staff)
        else:
            set_combo_data(self.status, "on_duty")
        self._window_changed()
        self.name.setFocus()

    def _fill(self, s: StaffView) -> None:
        self.name.setText(s.name)
        self.id_number.setText(s.id_number)
        self.mobile.setText(s.mobile)
        set_combo_data(self.home_unit, s.home_unit_id)
        if self.home_unit.currentData() != s.home_unit_id:  # an inactive unit: keep it selectable
            self.home_unit.addItem(s.home_unit_name, s.home_unit_id)
            set_combo_data(self.home_unit, s.home_unit_id)
        set_combo_data(self.employment, s.employment_type)
        set_combo_data(self.political, s.political_status)
        set_combo_data(self.education, s.education or None)
        set_date(self.joined, s.joined_center_on)
        if s.window_id is not None and self.window_box.findData(s.window_id) < 0:
            self.window_box.addItem(s.window_number, s.window_id)
        set_combo_data(self.window_box, s.window_id)
        set_combo_data(self.post, s.post)
        set_combo_data(self.skill, s.skill_level)
        set_combo_data(self.status, s.status)
        self.remarks.setPlainText(s.remarks)

    # --- validation as you type ---------------------------------------------------------------

    def _check_id(self, text: str) -> None:
        text = text.strip()
        if len(text) < 18:
            self.set_field_error("id_number", "")
            self.derived.setText("")
            return
        try:
            rid = parse_id_number(text)
        except DomainError as e:
            self.set_field_error("id_number", messages.describe(e))
            self.derived.setText("")
            return
        self.set_field_error("id_number", "")
        self.derived.setText(
            self.tr("Gender: %1    Birth date: %2")
            .replace("%1", label(vocab.GENDER, rid.gender))
            .replace("%2", rid.birth_date.isoformat())
        )

    def _check_mobile(self) -> None:
        try:
            parse_mobile(self.mobile.text())
            self.set_field_error("mobile", "")
        except DomainError as e:
            self.set_field_error("mobile", messages.describe(e))

    def _window_changed(self) -> None:
        has_window = combo_data(self.window_box) is not None
        self.post.setEnabled(has_window)
        if has_window and self.post.currentData() is None:
            set_combo_data(self.post, "B")
        if not has_window:
            set_combo_data(self.post, None)

    # --- saving -------------------------------------------------------------------------------

    def collect(self) -> StaffInput:
        return StaffInput(
            name=self.name.text(),
            id_number=self.id_number.text(),
            home_unit_id=combo_data(self.home_unit),
            employment_type=self.employment.currentData() or "",
            mobile=self.mobile.text(),
            political_status=self.political.currentData() or "",
            education=self.education.currentData() or "",
            joined_center_on=get_date(self.joined),
            window_id=combo_data(self.window_box),
            post=self.post.currentData(),
            skill_level=self.skill.currentData(),
            status=self.status.currentData(),
            remarks=self.remarks.toPlainText(),
        )

    def save(self, data: StaffInput) -> int:
        return self.ui.staff.save(data, self.staff_id)


class ReturnDialog(FormDialog):
    """A staff member leaves the center and returns to the home unit (调回)."""

    def __init__(self, ui: UiContext, staff: StaffView, parent=None) -> None:
        super().__init__(self.tr("Return to home unit"), parent)
        self.ui, self.staff = ui, staff
        if staff.window_number:
            text = self.tr("%1 leaves window %2 and returns to %3. The record is kept as history.")
        else:
            text = self.tr("%1 leaves the center and returns to %3. The record is kept as history.")
        info = QLabel(
            text.replace("%1", staff.name).replace("%2", staff.window_number).replace("%3", staff.home_unit_name), self
        )
        info.setWordWrap(True)
        self.form.addRow(info)
        self.left_on = self.add_field("left_center_on", self.tr("Leaving date"), date_edit(), required=True)

    def collect(self) -> date | None:
        return get_date(self.left_on)

    def save(self, left_on: date) -> int:
        self.ui.staff.deactivate(self.staff.id, left_on)
        return self.staff.id
