"""证书与技能等级: the certificates people at the center hold (those expiring within 60 days
highlighted, expired ones in red) and, below, the chosen person's 行政办事员 skill-level history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.training import CERTIFICATE_WARNING_DAYS, SKILL_STANDARD
from govhr_desktop.services.certificates import CertificateService, CertificateView, SkillLevelView
from govhr_desktop.ui.dialogs.form import combo
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.pages.certificate_dialogs import (
    CertificateDialog,
    SkillLevelDialog,
    pick_person,
)
from govhr_desktop.ui.table import Column, RecordTableModel, RowStyle, read_only_view

EXPIRING_BACKGROUND = "#fff3cd"
EXPIRED_FOREGROUND = "#c0392b"


class CertificatesPage(ListPage):
    settings_key = "certificates"
    write_permission = perm.TRAINING_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.service = CertificateService(ui.services)
        super().__init__(ui, parent)
        self.only_expiring = QCheckBox(self.tr("Only expiring or expired (within %1 days)")
                                       .replace("%1", str(CERTIFICATE_WARNING_DAYS)), self)
        self.only_expiring.setObjectName("onlyExpiring")
        self.only_expiring.toggled.connect(self._apply_expiring_filter)
        self.filter_bar.addWidget(self.only_expiring)

        self.new_button = self.add_button(self.tr("New certificate…"), self.new_certificate, name="newButton",
                                          shortcut="Ctrl+N", permission=perm.TRAINING_WRITE)
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_selected, name="editButton",
                                           permission=perm.TRAINING_WRITE)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete, name="deleteButton",
                                             permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

        # --- the chosen person's skill-level history (lower panel) ---
        self.skill_box = QGroupBox(self.tr("Skill level: %1").replace("%1", SKILL_STANDARD), self)
        self.skill_box.setObjectName("skillBox")
        sl = QVBoxLayout(self.skill_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person"), self.skill_box))
        self.person: QComboBox = combo([], searchable=True)
        self.person.setParent(self.skill_box)
        self.person.setObjectName("skillPerson")
        self.person.setMinimumWidth(260)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name, unit or window"))
        self.person.currentIndexChanged.connect(lambda _i: self.reload_skills())
        top.addWidget(self.person)
        self.current_level = QLabel(self.skill_box)
        self.current_level.setObjectName("currentLevel")
        top.addWidget(self.current_level, 1)
        self.record_button = QPushButton(self.tr("Record skill level…"), self.skill_box)
        self.record_button.setObjectName("recordSkillButton")
        self.record_button.clicked.connect(lambda _c=False: self.record_skill())
        self.delete_skill_button = QPushButton(self.tr("Delete award"), self.skill_box)
        self.delete_skill_button.setObjectName("deleteSkillButton")
        self.delete_skill_button.clicked.connect(lambda _c=False: self.delete_skill())
        for b in (self.record_button, self.delete_skill_button):
            if not self.ui.can(perm.TRAINING_WRITE):
                b.setEnabled(False)
                b.setToolTip(self.tr("Your role may not do this."))
            top.addWidget(b)
        sl.addLayout(top)
        self.skill_model = RecordTableModel([
            Column("level", self.tr("Level"), lambda r: r.level_name, width=130),
            Column("awarded", self.tr("Date awarded"), lambda r: r.awarded_on, width=100),
            Column("number", self.tr("Certificate number"), lambda r: r.certificate_number, width=160),
            Column("issuer", self.tr("Issued by"), lambda r: r.issuer, width=180),
            Column("recorded_by", self.tr("Recorded by"), lambda r: r.recorded_by, width=90),
            Column("current", self.tr("Current"), lambda r: self.tr("current level") if r.current else ""),
        ], style=RowStyle(foreground=lambda r: None if r.current else "#666666"), parent=self)
        self.skill_table = read_only_view(self.skill_box, self.skill_model)
        self.skill_table.setObjectName("skillTable")
        sl.addWidget(self.skill_table)

        # the certificates table above, the history below (split by the clerk as they like)
        self.body.removeWidget(self.table)
        self.body.removeWidget(self.count_label)
        upper = QWidget(self)
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.table, 1)
        ul.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.skill_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.body.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_selection())

    def title(self) -> str:
        return self.tr("Certificates and skill levels")

    def search_placeholder(self) -> str:
        return self.tr("Name, unit, certificate or number (Ctrl+F)")

    def today(self) -> date:
        return date.today()

    # --- the certificates table ---------------------------------------------------------------

    def status_text(self, r: CertificateView) -> str:
        if r.expired:
            return self.tr("Expired")
        if r.expiring():
            return self.tr("Expiring (%1 days)").replace("%1", str(r.days_left))
        return self.tr("Valid")

    def columns(self) -> list[Column]:
        return [
            Column("person", self.tr("Name"), lambda r: r.staff_name, width=70),
            Column("unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=110),
            Column("name", self.tr("Certificate"), lambda r: r.name, width=220),
            Column("number", self.tr("Number"), lambda r: r.number, width=140),
            Column("issuer", self.tr("Issued by"), lambda r: r.issuer, width=150),
            Column("issued", self.tr("Issue date"), lambda r: r.issued_on, width=90),
            Column("expires", self.tr("Valid until"),
                   lambda r: r.expires_on if r.expires_on is not None else self.tr("No expiry"),
                   sort=lambda r: r.expires_on.isoformat() if r.expires_on else "9999", width=90),
            Column("status", self.tr("Status"), self.status_text,
                   sort=lambda r: r.days_left if r.days_left is not None else 10**6, width=110),
            Column("remarks", self.tr("Remarks"), lambda r: r.remarks),
        ]

    def search_key(self, r: CertificateView) -> str:
        return f"{r.staff_name} {r.home_unit_name} {r.window_number} {r.name} {r.number} {r.issuer}"

    def row_style(self) -> RowStyle:
        return RowStyle(
            background=lambda r: EXPIRING_BACKGROUND if (r.expired or r.expiring()) else None,
            foreground=lambda r: EXPIRED_FOREGROUND if r.expired else None,
        )

    def fetch(self) -> list[CertificateView]:
        return self.service.certificates(today=self.today())

    def _apply_expiring_filter(self, on: bool) -> None:
        self.proxy.set_predicate("expiring", (lambda r: r.expired or r.expiring()) if on else None)
        self._update_count()

    def reload(self) -> None:
        super().reload()
        self._load_people()
        self.reload_skills()

    # --- the skill-level panel ----------------------------------------------------------------

    def _load_people(self) -> None:
        keep = pick_person(self.person)
        self.person.blockSignals(True)
        self.person.clear()
        for c in self.service.staff_choices():
            self.person.addItem(c.text(), c.id)
        self.person.setCurrentIndex(self.person.findData(keep) if keep is not None else -1)
        self.person.blockSignals(False)

    def _follow_selection(self) -> None:
        row = self.selected_row()
        if row is not None and row.staff_id != pick_person(self.person):
            i = self.person.findData(row.staff_id)
            if i >= 0:
                self.person.setCurrentIndex(i)

    def chosen_person(self) -> tuple[int, str] | None:
        staff_id = pick_person(self.person)
        if staff_id is None:
            return None
        return staff_id, self.person.currentText().split(" ")[0]

    def reload_skills(self) -> None:
        chosen = self.chosen_person()
        rows: list[SkillLevelView] = self.service.skill_history(chosen[0]) if chosen else []
        self.skill_model.set_rows(rows)
        if chosen is None:
            self.current_level.setText(self.tr("Choose a person, or select one of their certificates."))
        elif rows:
            self.current_level.setText(self.tr("Current level: %1").replace("%1", rows[0].level_name))
        else:
            self.current_level.setText(self.tr("No skill level recorded."))

    # --- actions ------------------------------------------------------------------------------

    def _selected(self) -> CertificateView | None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.title(), self.tr("Select a certificate first."))
        return row

    def new_certificate(self) -> None:
        chosen = self.chosen_person()
        self.open_dialog(CertificateDialog(self.service, self, staff_id=chosen[0] if chosen else None,
                                           today=self.today()))

    def edit_selected(self) -> None:
        if not self.ui.can(perm.TRAINING_WRITE):
            return
        row = self._selected()
        if row is not None:
            self.open_dialog(CertificateDialog(self.service, self, row=row, today=self.today()))

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Delete the certificate “%1” (No. %2) of %3? The audit trail keeps a copy.").replace(
            "%1", row.name).replace("%2", row.number).replace("%3", row.staff_name)
        self.confirm_delete(question, lambda: self.service.delete_certificate(row.id))

    def record_skill(self) -> None:
        chosen = self.chosen_person()
        if chosen is None:
            QMessageBox.information(self, self.title(), self.tr("Choose a person first."))
            return
        dialog = SkillLevelDialog(self.service, chosen[0], chosen[1], self, today=self.today())
        if dialog.exec():
            self.reload_skills()
            self.notify(self.tr("Skill level recorded for %1.").replace("%1", chosen[1]))
            self.data_changed.emit()

    def delete_skill(self) -> None:
        chosen = self.chosen_person()
        idx = self.skill_table.currentIndex()
        if chosen is None or not idx.isValid():
            QMessageBox.information(self, self.title(), self.tr("Select an award in the history first."))
            return
        r: SkillLevelView = self.skill_model.row_at(idx.row())
        question = self.tr("Delete the award “%1” of %2 on %3? The current level is worked out again.").replace(
            "%1", r.level_name).replace("%2", chosen[1]).replace("%3", r.awarded_on.isoformat())
        if QMessageBox.question(self, self.tr("Delete"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_skill_level(r.id)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        self.reload_skills()
        self.data_changed.emit()
