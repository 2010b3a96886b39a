"""Staff page: search as you type over name, ID number, phone and window; filters; form dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QMessageBox

from govhr_desktop.domain import security as perm
from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.identity import mask_id_number, mask_mobile
from govhr_desktop.services.staff import StaffView
from govhr_desktop.ui.dialogs.staff_dialog import ReturnDialog, StaffDialog
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle

ACTIVE = "__active__"


class StaffPage(ListPage):
    settings_key = "staff"
    write_permission = perm.STAFF_WRITE

    def __init__(self, ui, parent=None) -> None:
        # this year's training hours / target of everyone, from one grouped query per reload
        self._training: dict[int, tuple[float, float]] = {}
        super().__init__(ui, parent)
        self.unit_filter = self.add_filter("unitFilter", [(self.tr("All home units"), None)], lambda r, v: r.home_unit_id == v)
        status_items = [(self.tr("On the books"), ACTIVE), (self.tr("All statuses"), None)]
        status_items += [(label(vocab.STAFF_STATUS, c), c) for c in vocab.STAFF_STATUS.codes()]
        self.status_filter = self.add_filter(
            "statusFilter", status_items,
            lambda r, v: r.status != "returned" if v == ACTIVE else r.status == v,
        )
        emp_items = [(self.tr("All employment types"), None)]
        emp_items += [(label(vocab.EMPLOYMENT_TYPE, c), c) for c in vocab.EMPLOYMENT_TYPE.codes()]
        self.employment_filter = self.add_filter("employmentFilter", emp_items, lambda r, v: r.employment_type == v)
        w = perm.STAFF_WRITE
        self.add_button(self.tr("New"), self.add_staff, name="addButton", shortcut="Ctrl+N", permission=w)
        self.add_button(self.tr("Edit"), self.edit_selected, name="editButton", permission=w)
        self.add_button(self.tr("Return to unit"), self.deactivate_selected, name="deactivateButton", permission=w)
        self.add_button(self.tr("Timeline…"), self.show_timeline, name="timelineButton")
        self.add_button(self.tr("Show full numbers"), self.reveal_selected, name="revealButton",
                        permission=perm.PERSONAL_REVEAL)
        self.add_button(self.tr("Import Excel…"), self.import_excel, name="importButton", permission=w)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)
        self.add_button(self.tr("Import template…"), self.save_template, name="templateButton", permission=w)

    def title(self) -> str:
        return self.tr("Staff")

    def search_placeholder(self) -> str:
        return self.tr("Name, ID number, phone or window (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.name, width=80),
            Column("gender", self.tr("Gender"), lambda r: label(vocab.GENDER, r.gender), width=44),
            Column("id_number", self.tr("ID number"), lambda r: mask_id_number(r.id_number), sort=lambda r: r.id_number, width=150),
            Column("age", self.tr("Age"), lambda r: _age(r.birth_date), align_right=True, width=44),
            Column("mobile", self.tr("Mobile"), lambda r: mask_mobile(r.mobile), sort=lambda r: r.mobile, width=100),
            Column("home_unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=110),
            Column("window", self.tr("Window"), lambda r: r.window_number, width=56),
            Column("post", self.tr("Post"), lambda r: label(vocab.POST, r.post), width=48),
            Column("employment", self.tr("Employment type"), lambda r: label(vocab.EMPLOYMENT_TYPE, r.employment_type), width=80),
            Column("political", self.tr("Political status"), lambda r: label(vocab.POLITICAL_STATUS, r.political_status), width=90),
            Column("education", self.tr("Education"), lambda r: label(vocab.EDUCATION, r.education), width=80),
            Column("joined", self.tr("Joined"), lambda r: r.joined_center_on, width=88),
            Column("skill", self.tr("Skill level"), lambda r: label(vocab.SKILL_LEVEL, r.skill_level), sort=lambda r: r.skill_level or "9", width=96),
            Column("status", self.tr("Status"), lambda r: label(vocab.STAFF_STATUS, r.status), width=60),
            Column("training", self.tr("Training hours"), self._training_text, sort=self._training_ratio,
                   align_right=True, width=76),
        ]

    def _training_text(self, r: StaffView) -> str:
        hours = self._training.get(r.id)
        return "" if hours is None else f"{hours[0]:g}/{hours[1]:g}"

    def _training_ratio(self, r: StaffView) -> float:
        total, target = self._training.get(r.id, (0.0, 0.0))
        return total / target if target > 0 else (1.0 if r.id in self._training else 0.0)

    def search_key(self, r: StaffView) -> str:
        return f"{r.name} {r.id_number} {r.mobile} {r.window_number} {r.home_unit_name}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda r: "#8a8a8a" if r.status == "returned" else None)

    def fetch(self) -> list[StaffView]:
        rows = self.ui.staff.list()
        from govhr_desktop.services.training_ledger import TrainingLedgerService

        try:
            self._training = TrainingLedgerService(self.ui.services).progress_by_staff(date.today().year)
        except DomainError:
            self._training = {}
        return rows

    def reload(self) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        while self.unit_filter.count() > 1:
            self.unit_filter.removeItem(1)
        for u in self.ui.home_units.list():
            self.unit_filter.addItem(u.short_name, u.id)
        i = self.unit_filter.findData(current)
        self.unit_filter.setCurrentIndex(max(i, 0))
        self.unit_filter.blockSignals(False)
        super().reload()

    # --- actions ------------------------------------------------------------------------------

    def add_staff(self) -> None:
        self.open_dialog(StaffDialog(self.ui, None, self))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_write():
            return
        # the form shows the full ID and phone numbers: that is a reveal, and it is audited
        self.open_dialog(StaffDialog(self.ui, self.ui.staff.reveal(row.id, "edit form"), self))

    def show_timeline(self) -> None:
        row = self.selected_row()
        if row is not None:
            from govhr_desktop.ui.dialogs.timeline_dialog import TimelineDialog

            TimelineDialog(self.ui, row, self).exec()

    def reveal_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            full = self.ui.staff.reveal(row.id, "shown on screen")
        except DomainError as e:
            self.show_domain_error(e)
            return
        QMessageBox.information(
            self, self.tr("Full numbers"),
            self.tr("%1\nID number: %2\nMobile: %3\n\n(This look-up is recorded in the audit trail.)")
            .replace("%1", full.name).replace("%2", full.id_number).replace("%3", full.mobile or "—"),
        )

    def deactivate_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_write():
            return
        if row.status == "returned":
            QMessageBox.information(self, self.tr("Return to home unit"),
                                    self.tr("%1 has already returned to the home unit.").replace("%1", row.name))
            return
        self.open_dialog(ReturnDialog(self.ui, row, self))

    def save_template(self) -> None:
        start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save import template"), start + "/" + self.tr("staff import template") + ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            from govhr_desktop.exchange.xlsx_export import export_template

            export_template(path)
            self.notify(self.tr("Template saved to %1").replace("%1", path))

    def import_excel(self) -> None:
        from govhr_desktop.ui.dialogs.import_dialog import StaffImportDialog

        dlg = StaffImportDialog(self.ui, self)
        if dlg.choose_file() and dlg.exec():
            self.reload()
            self.data_changed.emit()


def _age(birth: date) -> int:
    today = date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
