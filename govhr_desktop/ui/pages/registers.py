"""台账: the daily registers (discipline, service, case handling, complaints, commendations).

Fast entry: the person picker has the focus and searches as you type over name, unit and
window; "Save and new" keeps the dialog open with the item, date and source kept and the
person cleared for the next entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.evaluation_items import CATEGORIES, ITEMS, ITEMS_BY_CODE
from govhr_desktop.services.registers import SOURCES, VERIFICATION, RegisterService, RegisterView
from govhr_desktop.ui.dialogs.form import FormDialog, combo, date_edit, get_date, set_date
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle


def _points(points: float) -> str:
    return f"{points:+g}" if points else "0"


def item_text(code: str) -> str:
    """'劳动纪律/考勤 — 漏打卡 (-2/次)'"""
    item = ITEMS_BY_CODE[code]
    cat = next(c for c in CATEGORIES if c.code == item.category)
    if item.category == "veto":
        return f"{cat.zh} — {item.zh}"
    return f"{cat.zh} — {item.zh} ({_points(item.points)}/{item.unit})"


def pick_choice(box: QComboBox) -> object | None:
    """The chosen item of a searchable combo: the exact text, else the only item containing it."""
    typed = box.currentText().strip()
    if not typed:
        return None
    i = box.findText(typed, Qt.MatchFlag.MatchExactly)
    if i >= 0:
        return box.itemData(i)
    hits = [j for j in range(box.count()) if typed in box.itemText(j)]
    return box.itemData(hits[0]) if len(hits) == 1 else None


class RegisterDialog(FormDialog):
    """New entry (with "Save and new") or correction of an entry."""

    def __init__(self, service: RegisterService, parent=None, *, row: RegisterView | None = None,
                 today: date | None = None) -> None:
        super().__init__("", parent)
        self.service, self.row = service, row
        self.today = today or date.today()
        self.saved_count = 0
        self.setWindowTitle(self.tr("Register entry") if row is None else self.tr("Edit register entry"))
        self.setMinimumWidth(560)

        people = [(c.text(), c.id) for c in service.staff_choices()]
        self.person: QComboBox = self.add_field("staff_id", self.tr("Person"), combo(people, searchable=True),
                                                required=True)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name, unit or window"))
        self.item: QComboBox = self.add_field("item_code", self.tr("Item"), combo([(item_text(i.code), i.code)
                                                                                for i in ITEMS], searchable=True),
                                              required=True)
        self.item.setCurrentIndex(-1)
        self.item.lineEdit().setPlaceholderText(self.tr("Type part of the item"))
        self.occurred_on = self.add_field("occurred_on", self.tr("Date"), date_edit(), required=True)
        set_date(self.occurred_on, self.today)
        self.time: QLineEdit = self.add_field("occurred_time", self.tr("Time"), QLineEdit())
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.quantity: QDoubleSpinBox = self.add_field("quantity", self.tr("Quantity"), QDoubleSpinBox())
        self.quantity.setRange(0, 999)
        self.quantity.setDecimals(1)
        self.quantity.setValue(1)
        self.source: QComboBox = self.add_field("source", self.tr("Source"), combo([(s, s) for s in SOURCES]))
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source.setCurrentIndex(-1)
        self.content: QPlainTextEdit = self.add_field("content", self.tr("What happened"), QPlainTextEdit())
        self.content.setMaximumHeight(70)
        self.content.setTabChangesFocus(True)
        self.evidence: QLineEdit = self.add_field("evidence", self.tr("Evidence"), QLineEdit())
        self.evidence.setPlaceholderText(self.tr("Photo, record number, letter…"))
        ver = [(label(VERIFICATION, c), c) for c in VERIFICATION.codes()]
        self.verification: QComboBox = self.add_field(
            "verification", self.tr("Verification"),
            combo(ver, with_empty=self.tr("(by the rule: complaints and bad ratings start pending)")),
        )
        self.last_saved = QLabel(self)
        self.last_saved.setObjectName("lastSaved")
        self.form.addRow(self.last_saved)

        self.save_new = None
        if row is None:
            self.save_new = self.buttons.addButton(self.tr("Save and new"), QDialogButtonBox.ButtonRole.ActionRole)
            self.save_new.setObjectName("saveNew")
            self.save_new.setShortcut("Ctrl+Return")
            self.save_new.clicked.connect(self.save_and_new)
        else:
            self._fill(row)
        self.person.setFocus()

    def _fill(self, row: RegisterView) -> None:
        i = self.person.findData(row.staff_id)
        self.person.setCurrentIndex(i)
        self.item.setCurrentIndex(self.item.findData(row.item_code))
        set_date(self.occurred_on, row.occurred_on)
        self.time.setText(row.occurred_time)
        self.quantity.setValue(row.quantity)
        self.source.setCurrentText(row.source)
        self.content.setPlainText(row.content)
        self.evidence.setText(row.evidence)
        self.verification.setCurrentIndex(self.verification.findData(row.verification))

    def collect(self):
        return (pick_choice(self.person), pick_choice(self.item), get_date(self.occurred_on), self.quantity.value(),
                self.time.text(), self.source.currentText(), self.content.toPlainText(), self.evidence.text(),
                self.verification.currentData())

    def save(self, data) -> int | None:
        if self.row is None:
            return self.service.add(*data, today=self.today)
        self.service.update(self.row.id, *data, today=self.today)
        return self.row.id

    def _on_save(self) -> None:
        super()._on_save()
        if self.result():
            self.saved_count += 1

    def save_and_new(self) -> None:
        """Save, then clear the person (and the details) for the next entry; keep item, date, source."""
        from govhr_desktop.domain.errors import DomainError, ValidationError

        try:
            data = self.collect()
            self.saved_id = self.save(data)
        except (ValidationError, DomainError) as e:
            self.show_error(e)
            return
        self.saved_count += 1
        self.clear_errors()
        self.last_saved.setText(
            self.tr("Saved: %1 — %2 (%3 entries in this session)").replace("%1", self.person.currentText())
            .replace("%2", ITEMS_BY_CODE[data[1]].zh).replace("%3", str(self.saved_count))
        )
        self.person.setCurrentIndex(-1)
        self.person.setEditText("")
        self.time.clear()
        self.quantity.setValue(1)
        self.content.clear()
        self.evidence.clear()
        self.verification.setCurrentIndex(0)
        self.person.setFocus()


class VerifyDialog(FormDialog):
    """The outcome of checking an entry: verified (it counts) or rejected, with a note."""

    def __init__(self, service: RegisterService, row: RegisterView, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Verify: %1 — %2").replace("%1", row.staff_name).replace("%2", row.item_name))
        self.service, self.row = service, row
        self.state: QComboBox = self.add_field(
            "verification", self.tr("Outcome"),
            combo([(label(VERIFICATION, "verified"), "verified"), (label(VERIFICATION, "rejected"), "rejected")]),
            required=True,
        )
        self.note: QLineEdit = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("How it was checked; required when rejecting"))

    def collect(self):
        return self.state.currentData(), self.note.text()

    def save(self, data) -> int | None:
        self.service.set_verification(self.row.id, *data)
        return self.row.id


def _recent_months(today: date, n: int = 13) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


class RegistersPage(ListPage):
    settings_key = "registers"
    write_permission = perm.EVALUATION_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.registers = RegisterService(ui.services)
        super().__init__(ui, parent)
        cats = [(self.tr("All categories"), None)] + [(c.zh, c.code) for c in CATEGORIES]
        self.category_filter = self.add_filter("categoryFilter", cats, lambda r, v: r.category == v)
        states = [(self.tr("Any verification"), None)] + [(label(VERIFICATION, c), c) for c in VERIFICATION.codes()]
        self.verification_filter = self.add_filter("verificationFilter", states, lambda r, v: r.verification == v)
        months = [(self.tr("All months"), None)] + [
            (f"{y}-{m:02d}", f"{y}-{m:02d}") for y, m in _recent_months(self.today())
        ]
        self.month_filter = self.add_filter(
            "monthFilter", months, lambda r, v: r.occurred_on.isoformat()[:7] == v
        )

        self.add_button(self.tr("New entry…"), self.new_entry, name="newButton", shortcut="Ctrl+N",
                        permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Edit…"), self.edit_selected, name="editButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Verify…"), self.verify, name="verifyButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Delete"), self.delete, name="deleteButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Registers")

    def search_placeholder(self) -> str:
        return self.tr("Name, unit, window or item (Ctrl+F)")

    def today(self) -> date:
        return date.today()

    def columns(self) -> list[Column]:
        return [
            Column("person", self.tr("Person"), lambda r: r.staff_name, width=70),
            Column("unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=100),
            Column("window", self.tr("Window"), lambda r: r.window_number, width=60),
            Column("date", self.tr("Date"), lambda r: r.occurred_on,
                   sort=lambda r: r.occurred_on.isoformat() + r.occurred_time, width=90),
            Column("time", self.tr("Time"), lambda r: r.occurred_time, width=50),
            Column("item", self.tr("Item"), lambda r: r.item_name, width=200),
            Column("category", self.tr("Category"), lambda r: r.category_name, width=110),
            Column("quantity", self.tr("Quantity"), lambda r: f"{r.quantity:g}", sort=lambda r: r.quantity,
                   align_right=True, width=60),
            Column("points", self.tr("Points"), lambda r: _points(r.points), sort=lambda r: r.points,
                   align_right=True, width=60),
            Column("source", self.tr("Source"), lambda r: r.source, width=90),
            Column("verification", self.tr("Verification"), lambda r: label(VERIFICATION, r.verification), width=70),
            Column("content", self.tr("What happened"), lambda r: r.content),
        ]

    def search_key(self, r: RegisterView) -> str:
        return f"{r.staff_name} {r.home_unit_name} {r.window_number} {r.item_name} {r.category_name} {r.source}"

    def row_style(self) -> RowStyle:
        def fg(r: RegisterView):
            if r.verification == "rejected":
                return "#8a8a8a"
            return "#b9770e" if r.verification == "pending" else None

        return RowStyle(foreground=fg)

    def fetch(self) -> list[RegisterView]:
        return self.registers.list()

    # --- actions ------------------------------------------------------------------------------

    def _selected(self) -> RegisterView | None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Registers"), self.tr("Select an entry first."))
        return row

    def _run(self, dialog: RegisterDialog) -> None:
        accepted = dialog.exec()
        if accepted or dialog.saved_count:  # "Save and new" saved entries even if closed with Cancel
            self.reload()
            self.select_id(dialog.saved_id)
            self.data_changed.emit()

    def new_entry(self) -> None:
        self._run(RegisterDialog(self.registers, self, today=self.today()))

    def edit_selected(self) -> None:
        if not self.ui.can(perm.EVALUATION_WRITE):
            return
        row = self._selected()
        if row is not None:
            self._run(RegisterDialog(self.registers, self, row=row, today=self.today()))

    def verify(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_dialog(VerifyDialog(self.registers, row, self))

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Delete the entry “%1” of %2 on %3? The audit trail keeps a copy.").replace(
            "%1", row.item_name).replace("%2", row.staff_name).replace("%3", row.occurred_on.isoformat())
        self.confirm_delete(question, lambda: self.registers.delete(row.id))
