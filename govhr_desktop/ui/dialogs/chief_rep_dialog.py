"""首席代表 of one home unit: the dated appointments, newest first, and appointing a new one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.services.chief_reps import ChiefRepService, ChiefRepView
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import FormDialog, combo, combo_data, date_edit, get_date
from govhr_desktop.ui.table import Column, RecordTableModel
from govhr_desktop.ui.tr import InheritedTr


def chief_rep_service(ui: UiContext) -> ChiefRepService:
    return getattr(ui, "chief_reps", None) or ChiefRepService(ui.services)


class AppointDialog(FormDialog):
    def __init__(self, ui: UiContext, home_unit_id: int, unit_name: str, parent=None) -> None:
        super().__init__(self.tr("Appoint the chief representative of %1").replace("%1", unit_name), parent)
        self.ui, self.home_unit_id = ui, home_unit_id
        self.setMinimumWidth(420)
        people = [(f"{s.name}（{s.window_number or '—'}）", s.id) for s in ui.staff.of_home_unit(home_unit_id)]
        self.person = self.add_field("staff_id", self.tr("Person"), combo(people, with_empty=""), required=True)
        self.start_on = self.add_field("start_on", self.tr("Start date"), date_edit(), required=True)
        note = QLabel(self.tr("The current appointment ends on the start date."), self)
        note.setWordWrap(True)
        self.form.addRow("", note)

    def collect(self) -> tuple[int | None, date | None]:
        return combo_data(self.person), get_date(self.start_on)

    def save(self, data: tuple[int | None, date | None]) -> int:
        return chief_rep_service(self.ui).appoint(self.home_unit_id, *data)


class ChiefRepHistoryDialog(InheritedTr, QDialog):
    """``home_unit_view`` is a HomeUnitView (or anything with ``id`` and ``short_name``)."""

    def __init__(self, ui: UiContext, home_unit_view, parent=None) -> None:
        super().__init__(parent)
        self.ui, self.unit = ui, home_unit_view
        self.service = chief_rep_service(ui)
        self.setWindowTitle(self.tr("Chief representatives of %1").replace("%1", home_unit_view.short_name))
        self.setMinimumSize(520, 320)
        self.model = RecordTableModel(
            [
                Column("name", self.tr("Chief representative"), lambda c: c.staff_name, width=120),
                Column("start", self.tr("From"), lambda c: c.start_on, width=100),
                Column("end", self.tr("Until"), lambda c: c.end_on or self.tr("(current)"), width=100),
            ],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        self.appoint_button = QPushButton(self.tr("Appoint…"), self)
        self.appoint_button.setObjectName("appointButton")
        self.appoint_button.clicked.connect(lambda _c=False: self.appoint())
        if not ui.can(perm.ORG_WRITE):
            self.appoint_button.setEnabled(False)
            self.appoint_button.setToolTip(self.tr("Your role may not do this."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.appoint_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.changed = False
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.service.history(self.unit.id))

    def history(self) -> list[ChiefRepView]:
        return self.model.rows()

    def appoint_dialog(self) -> AppointDialog:
        return AppointDialog(self.ui, self.unit.id, self.unit.short_name, self)

    def appoint(self) -> None:
        if self.appoint_dialog_exec(self.appoint_dialog()):
            self.changed = True
            self.reload()

    @staticmethod
    def appoint_dialog_exec(dialog: AppointDialog) -> bool:
        return bool(dialog.exec())
