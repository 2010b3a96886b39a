"""Dialogs of the certificates page: a certificate (new or correction) and one skill-level award
of the 行政办事员 standard. Errors from the service show under the field they name (a duplicate
certificate number under 编号); nothing is saved unless the whole record is accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from govhr_desktop.domain import vocab
from govhr_desktop.domain.training import SKILL_STANDARD, SKILL_STANDARD_CODE
from govhr_desktop.services.certificates import (
    ISSUER_MAX,
    NAME_MAX,
    NUMBER_MAX,
    CertificateInput,
    CertificateService,
    CertificateView,
)
from govhr_desktop.ui.dialogs.form import FormDialog, combo, date_edit, get_date, set_date
from govhr_desktop.ui.pages.registers import pick_choice

#: Names offered in the certificate dialog (free text is allowed).
COMMON_CERTIFICATES = (
    f"{SKILL_STANDARD}职业技能等级证书",
    "消防安全培训合格证",
    "手语服务证",
    "普通话水平测试等级证书",
    "计算机应用能力证书",
    "急救员证",
)


pick_person = pick_choice  # the searchable staff combo reads like the registers' one


class CertificateDialog(FormDialog):
    """A new certificate, or a correction of one (``row``)."""

    def __init__(self, service: CertificateService, parent=None, *, row: CertificateView | None = None,
                 staff_id: int | None = None, today: date | None = None) -> None:
        super().__init__("", parent)
        self.service, self.row = service, row
        self.today = today or date.today()
        self.setWindowTitle(self.tr("New certificate") if row is None else self.tr("Edit certificate"))
        self.setMinimumWidth(520)
        people = [(c.text(), c.id) for c in service.staff_choices()]
        self.person: QComboBox = self.add_field("staff_id", self.tr("Person"), combo(people, searchable=True),
                                                required=True)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name, unit or window"))
        self.name: QComboBox = self.add_field("certificate_name", self.tr("Certificate"),
                                              combo([(n, n) for n in COMMON_CERTIFICATES]), required=True)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setCurrentIndex(-1)
        self.name.lineEdit().setMaxLength(NAME_MAX)
        self.number: QLineEdit = self.add_field("certificate_number", self.tr("Number"), QLineEdit(), required=True)
        self.number.setMaxLength(NUMBER_MAX)
        self.issuer: QLineEdit = self.add_field("issuer", self.tr("Issued by"), QLineEdit(), required=True)
        self.issuer.setMaxLength(ISSUER_MAX)
        self.issued_on = self.add_field("issued_on", self.tr("Issue date"), date_edit(), required=True)
        set_date(self.issued_on, self.today)
        self.expires_on = self.add_field("expires_on", self.tr("Valid until"), date_edit(optional=True))
        self.expires_on.setToolTip(self.tr("Leave at “—” for a certificate that does not expire."))
        self.remarks: QPlainTextEdit = self.add_field("certificate_remarks", self.tr("Remarks"), QPlainTextEdit())
        self.remarks.setMaximumHeight(60)
        self.remarks.setTabChangesFocus(True)
        if row is not None:
            self.person.setCurrentIndex(self.person.findData(row.staff_id))
            self.name.setCurrentText(row.name)
            self.number.setText(row.number)
            self.issuer.setText(row.issuer)
            set_date(self.issued_on, row.issued_on)
            set_date(self.expires_on, row.expires_on)
            self.remarks.setPlainText(row.remarks)
        elif staff_id is not None:
            self.person.setCurrentIndex(self.person.findData(staff_id))
        self.person.setFocus()

    def collect(self) -> CertificateInput:
        return CertificateInput(pick_person(self.person), self.name.currentText(), self.number.text(),
                                self.issuer.text(), get_date(self.issued_on), get_date(self.expires_on),
                                self.row.course_id if self.row is not None else None,
                                self.remarks.toPlainText())

    def save(self, data: CertificateInput) -> int:
        return self.service.save_certificate(data, self.row.id if self.row is not None else None, today=self.today)


class SkillLevelDialog(FormDialog):
    """Record one award of the 行政办事员 skill level for a person."""

    def __init__(self, service: CertificateService, staff_id: int, staff_name: str, parent=None, *,
                 today: date | None = None) -> None:
        super().__init__("", parent)
        self.service, self.staff_id = service, staff_id
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Record skill level: %1").replace("%1", staff_name))
        self.setMinimumWidth(460)
        standard = QLabel(f"{SKILL_STANDARD} {SKILL_STANDARD_CODE}", self)
        standard.setWordWrap(True)
        self.form.addRow(self.tr("Standard"), standard)
        levels = [(c.zh, c.code) for c in vocab.SKILL_LEVEL.choices]
        self.level: QComboBox = self.add_field("skill_level", self.tr("Level"),
                                               combo(levels, with_empty=self.tr("(choose)")), required=True)
        self.number: QLineEdit = self.add_field("certificate_number", self.tr("Certificate number"), QLineEdit())
        self.number.setMaxLength(NUMBER_MAX)
        self.issuer: QLineEdit = self.add_field("issuer", self.tr("Issued by"), QLineEdit())
        self.issuer.setMaxLength(ISSUER_MAX)
        self.awarded_on = self.add_field("awarded_on", self.tr("Date awarded"), date_edit(), required=True)
        set_date(self.awarded_on, self.today)
        self.level.setFocus()

    def collect(self):
        return (self.staff_id, self.level.currentData(), self.number.text(), self.issuer.text(),
                get_date(self.awarded_on))

    def save(self, data) -> int:
        return self.service.record_skill_level(*data, today=self.today)
