"""差评 handling: one case per bad rating, its deadlines, verification, rectification, callback, appeal.

Overdue cases (verification or rectification past its working-day deadline) are shown red.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit

from govhr_desktop.domain import security as perm
from govhr_desktop.services.bad_ratings import (
    APPEAL_OUTCOME,
    CASE_STATUS,
    FINDING,
    BadRatingCaseView,
    BadRatingService,
)
from govhr_desktop.ui.dialogs.form import FormDialog, combo, date_edit, get_date, set_date
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle

OVERDUE_COLOR = "#c0392b"


def _case_heading(row: BadRatingCaseView) -> str:
    return f"{row.rated_at:%Y-%m-%d %H:%M} {row.window_number} {row.staff_name}".strip()


class CaseStepDialog(FormDialog):
    """One step of a case: an optional choice, an optional text, and the date it happened.

    ``choice_key``/``text_key`` are the field names the service uses in its errors.
    """

    def __init__(self, title: str, row: BadRatingCaseView, action, parent=None, *, today: date | None = None,
                 choice_key: str | None = None, choice_label: str = "", choices: list[tuple[str, str]] | None = None,
                 text_key: str | None = None, text_label: str = "", text_multiline: bool = False,
                 text_placeholder: str = "") -> None:
        super().__init__(title, parent)
        self.row, self.action = row, action
        self.setMinimumWidth(460)
        self.choice: QComboBox | None = None
        self.text_edit: QLineEdit | QPlainTextEdit | None = None
        if choice_key:
            self.choice = self.add_field(choice_key, choice_label, combo(choices or []), required=True)
        if text_key:
            edit = QPlainTextEdit() if text_multiline else QLineEdit()
            if text_multiline:
                edit.setMaximumHeight(90)
                edit.setTabChangesFocus(True)
            edit.setPlaceholderText(text_placeholder)
            self.text_edit = self.add_field(text_key, text_label, edit)
        self.on = self.add_field("on", self.tr("Date"), date_edit(), required=True)
        set_date(self.on, today or date.today())

    def text_value(self) -> str:
        if self.text_edit is None:
            return ""
        if isinstance(self.text_edit, QPlainTextEdit):
            return self.text_edit.toPlainText()
        return self.text_edit.text()

    def collect(self):
        values = []
        if self.choice is not None:
            values.append(self.choice.currentData())
        if self.text_edit is not None:
            values.append(self.text_value())
        values.append(get_date(self.on))
        return values

    def save(self, data) -> int | None:
        self.action(*data)
        return self.row.id


class BadRatingsPage(ListPage):
    settings_key = "bad_ratings"
    write_permission = perm.EVALUATION_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.cases = BadRatingService(ui.services)
        super().__init__(ui, parent)
        statuses = [(self.tr("All states"), None)] + [(label(CASE_STATUS, c), c) for c in CASE_STATUS.codes()]
        self.status_filter = self.add_filter("statusFilter", statuses, lambda r, v: r.status == v)
        self.overdue_filter = self.add_filter(
            "overdueFilter", [(self.tr("Overdue or not"), None), (self.tr("Overdue only"), True)],
            lambda r, _v: bool(r.overdue),
        )

        self.add_button(self.tr("Open new cases"), self.open_new, name="openButton",
                        permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Verify…"), self.verify, name="verifyButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Rectification…"), self.rectify, name="rectifyButton",
                        permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Callback…"), self.callback, name="callbackButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Appeal…"), self.appeal, name="appealButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Decide appeal…"), self.decide_appeal, name="decideButton", permission=perm.APPROVE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Bad ratings")

    def search_placeholder(self) -> str:
        return self.tr("Staff, window, item or comment (Ctrl+F)")

    def today(self) -> date:
        return date.today()

    def columns(self) -> list[Column]:
        return [
            Column("rated_at", self.tr("Rated at"), lambda r: f"{r.rated_at:%Y-%m-%d %H:%M}",
                   sort=lambda r: r.rated_at.isoformat(), width=120),
            Column("window", self.tr("Window"), lambda r: r.window_number, width=60),
            Column("staff", self.tr("Staff"), lambda r: r.staff_name, width=70),
            Column("level", self.tr("Level"), lambda r: r.level, align_right=True, width=45),
            Column("item", self.tr("Service item"), lambda r: r.service_item, width=150),
            Column("comment", self.tr("Comment"), lambda r: r.comment, width=160,
                   tooltip=lambda r: r.comment),
            Column("status", self.tr("Status"), lambda r: label(CASE_STATUS, r.status), width=70),
            Column("verify_due", self.tr("Verify by"), lambda r: r.verify_due, width=90),
            Column("rectify_due", self.tr("Rectify by"), lambda r: r.rectify_due, width=90),
            Column("finding", self.tr("Finding"), lambda r: label(FINDING, r.finding) if r.finding else "",
                   width=120),
            Column("appeal", self.tr("Appeal"),
                   lambda r: label(APPEAL_OUTCOME, r.appeal_state) if r.appeal_state else ""),
        ]

    def search_key(self, r: BadRatingCaseView) -> str:
        return f"{r.staff_name} {r.window_number} {r.service_item} {r.comment} {r.rating_key}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda r: OVERDUE_COLOR if r.overdue else None)

    def fetch(self) -> list[BadRatingCaseView]:
        return self.cases.list(today=self.today())

    # --- actions ------------------------------------------------------------------------------

    def _selected(self) -> BadRatingCaseView | None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Bad ratings"), self.tr("Select a case first."))
        return row

    def open_new(self) -> None:
        opened: list[int] = []
        if self.run_action(lambda: opened.append(self.cases.open_cases(self.today()))):
            self.notify(self.tr("%n new case(s) opened.", "", opened[0]))

    def verify(self) -> None:
        row = self._selected()
        if row is None:
            return
        choices = [(label(FINDING, c), c) for c in FINDING.codes()]
        self.open_dialog(CaseStepDialog(
            self.tr("Verify: %1").replace("%1", _case_heading(row)), row,
            lambda finding, note, on: self.cases.verify(row.id, finding, note, on), self, today=self.today(),
            choice_key="finding", choice_label=self.tr("Finding"), choices=choices,
            text_key="note", text_label=self.tr("Note"),
            text_placeholder=self.tr("How it was checked; required unless the staff was at fault"),
        ))

    def rectify(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.open_dialog(CaseStepDialog(
            self.tr("Rectification: %1").replace("%1", _case_heading(row)), row,
            lambda text, on: self.cases.rectify(row.id, text, on), self, today=self.today(),
            text_key="rectification", text_label=self.tr("What was fixed"), text_multiline=True,
        ))

    def callback(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.open_dialog(CaseStepDialog(
            self.tr("Callback: %1").replace("%1", _case_heading(row)), row,
            lambda note, on: self.cases.callback(row.id, note, on), self, today=self.today(),
            text_key="note", text_label=self.tr("Callback result"),
            text_placeholder=self.tr("Whom you reached and what the citizen said"),
        ))

    def appeal(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.open_dialog(CaseStepDialog(
            self.tr("Appeal: %1").replace("%1", _case_heading(row)), row,
            lambda reason, on: self.cases.appeal(row.id, reason, on), self, today=self.today(),
            text_key="reason", text_label=self.tr("Reason of the appeal"), text_multiline=True,
        ))

    def decide_appeal(self) -> None:
        row = self._selected()
        if row is None:
            return
        choices = [(label(APPEAL_OUTCOME, c), c) for c in ("upheld", "overturned")]
        self.open_dialog(CaseStepDialog(
            self.tr("Decide appeal: %1").replace("%1", _case_heading(row)), row,
            lambda outcome, on: self.cases.decide_appeal(row.id, outcome, on), self, today=self.today(),
            choice_key="outcome", choice_label=self.tr("Decision"), choices=choices,
        ))
