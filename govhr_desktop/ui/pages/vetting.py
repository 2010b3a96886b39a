"""考察: people the home units propose, their assessment and the center's decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from govhr_desktop.domain import security as perm
from govhr_desktop.domain import vocab
from govhr_desktop.domain.identity import mask_id_number
from govhr_desktop.services.vetting import VettingInput, VettingService, VettingView
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    combo_data,
    date_edit,
    get_date,
    set_combo_data,
)
from govhr_desktop.ui.dialogs.staff_dialog import vocab_items
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle


def vetting_service(ui: UiContext) -> VettingService:
    """The context's service when it offers one, else one on the same database and user."""
    return getattr(ui, "vetting", None) or VettingService(ui.services)


def _text_box(dialog: FormDialog, key: str, text: str, height: int = 48) -> QPlainTextEdit:
    box = dialog.add_field(key, text, QPlainTextEdit())
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class VettingDialog(FormDialog):
    """Record a person a home unit proposes, with the three assessments."""

    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(self.tr("Propose a person"), parent)
        self.ui = ui
        self.setMinimumWidth(600)
        units = [(f"{u.short_name}（{u.full_name}）", u.id) for u in ui.home_units.list(include_inactive=False)]
        self.home_unit = self.add_field("home_unit_id", self.tr("Proposed by (home unit)"),
                                        combo(units, with_empty="", searchable=True), required=True)
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.id_number = self.add_field("id_number", self.tr("ID number"), QLineEdit(), required=True)
        self.id_number.setMaxLength(18)
        self.mobile = self.add_field("mobile", self.tr("Mobile"), QLineEdit())
        self.employment = self.add_field("employment_type", self.tr("Employment type"),
                                         combo(vocab_items(vocab.EMPLOYMENT_TYPE), with_empty=""), required=True)
        self.political = self.add_field("political_status", self.tr("Political status"),
                                        combo(vocab_items(vocab.POLITICAL_STATUS)))
        set_combo_data(self.political, "masses")
        self.education = self.add_field("education", self.tr("Education"),
                                        combo(vocab_items(vocab.EDUCATION), with_empty=""))
        self.proposed_on = self.add_field("proposed_on", self.tr("Proposed on"), date_edit(), required=True)
        windows = [(f"{w.number} {w.name}", w.id) for w in ui.windows.list() if w.is_active()]
        self.window_box = self.add_field("intended_window_id", self.tr("Intended window"),
                                         combo(windows, with_empty=self.tr("(not yet known)"), searchable=True))
        self.political_quality = _text_box(self, "political_quality", self.tr("Political quality"))
        self.business_ability = _text_box(self, "business_ability", self.tr("Business ability"))
        self.physical_condition = _text_box(self, "physical_condition", self.tr("Physical condition"))
        self.remarks = _text_box(self, "remarks", self.tr("Remarks"))
        self.home_unit.setFocus()

    def collect(self) -> VettingInput:
        return VettingInput(
            home_unit_id=combo_data(self.home_unit), name=self.name.text(), id_number=self.id_number.text(),
            employment_type=self.employment.currentData(), proposed_on=get_date(self.proposed_on),
            mobile=self.mobile.text(), political_status=self.political.currentData(),
            education=self.education.currentData() or "", intended_window_id=combo_data(self.window_box),
            political_quality=self.political_quality.toPlainText(),
            business_ability=self.business_ability.toPlainText(),
            physical_condition=self.physical_condition.toPlainText(), remarks=self.remarks.toPlainText(),
        )

    def save(self, data: VettingInput) -> int:
        return vetting_service(self.ui).propose(data)


class AssessmentDialog(FormDialog):
    """Record or correct the three assessments while the proposal waits for a decision."""

    def __init__(self, ui: UiContext, row: VettingView, parent=None) -> None:
        super().__init__(self.tr("Assessment of %1").replace("%1", row.name), parent)
        self.ui, self.row = ui, row
        self.setMinimumWidth(520)
        self.political_quality = _text_box(self, "political_quality", self.tr("Political quality"), 64)
        self.business_ability = _text_box(self, "business_ability", self.tr("Business ability"), 64)
        self.physical_condition = _text_box(self, "physical_condition", self.tr("Physical condition"), 64)
        self.remarks = _text_box(self, "remarks", self.tr("Remarks"))
        self.political_quality.setPlainText(row.political_quality)
        self.business_ability.setPlainText(row.business_ability)
        self.physical_condition.setPlainText(row.physical_condition)
        self.remarks.setPlainText(row.remarks)

    def collect(self) -> tuple[str, str, str, str]:
        return (self.political_quality.toPlainText(), self.business_ability.toPlainText(),
                self.physical_condition.toPlainText(), self.remarks.toPlainText())

    def save(self, data: tuple[str, str, str, str]) -> int:
        vetting_service(self.ui).update_assessment(self.row.id, *data)
        return self.row.id


class DecisionDialog(FormDialog):
    """The center's decision: one of two outcomes, the reason (required to refuse), the date.

    ``decide(decision, reason, decided_on, extra_date)`` calls the service; ``extra_date_label``
    adds a second date (the day an accepted person joins the center).
    """

    def __init__(self, title: str, summary: str, choices: list[tuple[str, str]], refuse_code: str,
                 decide: Callable[[str, str, date | None, date | None], object], record_id: int,
                 extra_date_label: str | None = None, parent=None) -> None:
        super().__init__(title, parent)
        self.refuse_code, self.decide, self.record_id = refuse_code, decide, record_id
        self.setMinimumWidth(480)
        info = QLabel(summary, self)
        info.setObjectName("summary")
        info.setWordWrap(True)
        self.form.addRow(info)
        self.decision = self.add_field("decision", self.tr("Decision"), combo(choices), required=True)
        self.reason = _text_box(self, "decision_reason", self.tr("Reason (required when refusing)"), 56)
        self.decided_on = self.add_field("decided_on", self.tr("Decided on"), date_edit(), required=True)
        self.extra_date = None
        if extra_date_label:
            self.extra_date = self.add_field("joined_center_on", extra_date_label, date_edit(), required=True)
            self.decided_on.dateChanged.connect(self.extra_date.setDate)
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        self._decision_changed()

    def _decision_changed(self) -> None:
        if self.extra_date is not None:
            self.extra_date.setEnabled(self.decision.currentData() != self.refuse_code)

    def collect(self) -> tuple[str, str, date | None, date | None]:
        extra = get_date(self.extra_date) if self.extra_date is not None else None
        return self.decision.currentData(), self.reason.toPlainText(), get_date(self.decided_on), extra

    def save(self, data) -> int:
        self.decide(*data)
        return self.record_id


class VettingPage(ListPage):
    settings_key = "vetting"
    write_permission = perm.VETTING_WRITE

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = vetting_service(ui)
        self.decision_filter = self.add_filter(
            "decisionFilter",
            [(self.tr("Waiting for a decision"), "pending"), (self.tr("All proposals"), None),
             (self.tr("Accepted"), "accepted"), (self.tr("Refused"), "refused")],
            lambda r, v: r.decision == v,
        )
        self.add_button(self.tr("Propose a person…"), self.propose, name="proposeButton", shortcut="Ctrl+N",
                        permission=perm.VETTING_WRITE)
        self.add_button(self.tr("Edit assessment…"), self.edit_selected, name="assessButton",
                        permission=perm.VETTING_WRITE)
        self.add_button(self.tr("Decide…"), self.decide_selected, name="decideButton", permission=perm.APPROVE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Vetting")

    def search_placeholder(self) -> str:
        return self.tr("Name, home unit or window (Ctrl+F)")

    def decision_label(self, code: str) -> str:
        return {
            "pending": self.tr("Waiting"),
            "accepted": self.tr("Accepted"),
            "refused": self.tr("Refused"),
        }.get(code, code)

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda v: v.name, width=80),
            Column("unit", self.tr("Home unit"), lambda v: v.home_unit_name, width=110),
            Column("id_number", self.tr("ID number"), lambda v: mask_id_number(v.id_number), width=150),
            Column("proposed", self.tr("Proposed on"), lambda v: v.proposed_on, width=90),
            Column("window", self.tr("Intended window"), lambda v: v.intended_window_number, width=90),
            Column("decision", self.tr("Decision"), lambda v: self.decision_label(v.decision), width=70,
                   tooltip=lambda v: v.decision_reason),
            Column("decided_by", self.tr("Decided by"), lambda v: v.decided_by, width=80),
            Column("decided_on", self.tr("Decided on"), lambda v: v.decided_on, width=90),
        ]

    def search_key(self, v: VettingView) -> str:
        return f"{v.name} {v.home_unit_name} {v.intended_window_number} {v.id_number[-6:]}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda v: "#8a8a8a" if v.decision == "refused" else None)

    def fetch(self) -> list[VettingView]:
        return self.service.list()

    def propose(self) -> None:
        self.open_dialog(VettingDialog(self.ui, self))

    def edit_selected(self) -> None:
        v = self.selected_row()
        if v is None or not self.may_write():
            return
        if not v.pending:
            self.notify(self.tr("%1 has already been decided.").replace("%1", v.name))
            return
        self.open_dialog(AssessmentDialog(self.ui, v, self))

    def decision_dialog(self, v: VettingView) -> DecisionDialog:
        summary = self.tr("%1, proposed by %2 on %3. Accepting puts the person on the staff list; "
                          "assigning a window is a separate step.")
        summary = summary.replace("%1", v.name).replace("%2", v.home_unit_name).replace("%3", v.proposed_on.isoformat())
        return DecisionDialog(
            self.tr("Decide on %1").replace("%1", v.name), summary,
            [(self.tr("Accept"), "accepted"), (self.tr("Refuse"), "refused")], "refused",
            lambda d, reason, on, joined: self.service.decide(v.id, d, reason, on, joined_on=joined),
            v.id, extra_date_label=self.tr("Joins the center on"), parent=self,
        )

    def decide_selected(self) -> None:
        v = self.selected_row()
        if v is None or not self.ui.can(perm.APPROVE):
            return
        if not v.pending:
            self.notify(self.tr("%1 has already been decided.").replace("%1", v.name))
            return
        self.open_dialog(self.decision_dialog(v))
