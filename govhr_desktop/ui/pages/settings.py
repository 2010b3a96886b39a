"""Center settings: name, short name, address, leaders; the number prefixes of official documents
and their 印发机关; where data lives."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from govhr_desktop import __version__
from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.records import CenterInput
from govhr_desktop.ui import i18n, messages
from govhr_desktop.ui.dialogs.form import FieldError
from govhr_desktop.ui.dialogs.org_dialogs import LeaderDialog
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import Column, RecordTableModel


class SettingsPage(Page):
    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)

        center_box = QGroupBox(self.tr("Service center"), self)
        form = QFormLayout(center_box)
        self.errors: dict[str, FieldError] = {}
        self.edits: dict[str, QLineEdit] = {}
        for key, text, hint in (
            ("name", self.tr("Name *"), self.tr("e.g. 青山县政务服务中心")),
            ("short_name", self.tr("Short name for document numbers *"), self.tr("e.g. 青政服 → 青政服〔2026〕5号")),
            ("address", self.tr("Address"), ""),
            ("phone", self.tr("Phone"), ""),
            ("postcode", self.tr("Postcode"), ""),
        ):
            edit = QLineEdit(center_box)
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            edit.returnPressed.connect(self.save_center)
            err = FieldError(center_box)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(edit)
            box.addWidget(err)
            form.addRow(text, box)
            self.edits[key], self.errors[key] = edit, err
        self.save_button = QPushButton(self.tr("Save center settings"), center_box)
        self.save_button.setObjectName("saveCenter")
        self.save_button.clicked.connect(self.save_center)
        form.addRow("", self.save_button)
        top = QHBoxLayout()
        top.addWidget(center_box, 3)
        top.addWidget(self._documents_box(), 2)
        outer.addLayout(top)

        leaders_box = QGroupBox(self.tr("Center leaders"), self)
        lay = QVBoxLayout(leaders_box)
        self.leader_model = RecordTableModel(
            [
                Column("name", self.tr("Name"), lambda r: r.name),
                Column("title", self.tr("Title"), lambda r: r.title),
                Column("phone", self.tr("Phone"), lambda r: r.phone),
                Column("duty", self.tr("Takes leader duty"), lambda r: self.tr("Yes") if r.is_duty_leader else self.tr("No")),
            ],
            parent=self,
        )
        self.leader_table = QTableView(leaders_box)
        self.leader_table.setObjectName("leaders")
        self.leader_table.setModel(self.leader_model)
        self.leader_table.verticalHeader().setVisible(False)
        self.leader_table.horizontalHeader().setStretchLastSection(True)
        self.leader_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leader_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leader_table.doubleClicked.connect(lambda _i: self.edit_leader())
        self.leader_table.setMaximumHeight(180)
        lay.addWidget(self.leader_table)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add leader"), self.add_leader, "addLeader"),
            (self.tr("Edit leader"), self.edit_leader, "editLeader"),
            (self.tr("Remove leader"), self.remove_leader, "removeLeader"),
        ):
            b = QPushButton(text, leaders_box)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        outer.addWidget(leaders_box)

        info = QGroupBox(self.tr("Program and data"), self)
        info_form = QFormLayout(info)
        self.lang = QComboBox(info)
        self.lang.setObjectName("language")
        self.lang.addItem("简体中文", "zh_CN")
        self.lang.addItem("English", "en")
        current = ui.settings.value("ui/lang", i18n.current_lang())
        self.lang.setCurrentIndex(max(self.lang.findData(current), 0))
        self.lang.currentIndexChanged.connect(self._language_changed)
        info_form.addRow(self.tr("Interface language"), self.lang)
        p = ui.paths
        for text, value in (
            (self.tr("Version"), __version__),
            (self.tr("Data directory"), str(p.root)),
            (self.tr("Database"), str(p.database)),
            (self.tr("Backups"), str(p.backups)),
            (self.tr("Log files"), str(p.logs)),
        ):
            v = QLabel(value, info)
            v.setTextInteractionFlags(v.textInteractionFlags() | v.textInteractionFlags().TextSelectableByMouse)
            v.setWordWrap(True)
            info_form.addRow(text, v)
        outer.addWidget(info)
        outer.addStretch(1)
        if not ui.can(perm.CENTER_WRITE):  # read-only for roles that may not change the center
            for edit in (*self.edits.values(), *self.doc_edits.values()):
                edit.setReadOnly(True)
            for b in (self.save_button, self.save_numbers_button, *self.findChildren(QPushButton, "addLeader"),
                      *self.findChildren(QPushButton, "editLeader"), *self.findChildren(QPushButton, "removeLeader")):
                b.setEnabled(False)
                b.setToolTip(self.tr("Your role may not do this."))

    def title(self) -> str:
        return self.tr("Center settings")

    def _documents_box(self) -> QGroupBox:
        """Number prefixes of 通报 and 函 and the 印发机关 of notices (DocumentService)."""
        box = QGroupBox(self.tr("Official documents"), self)
        form = QFormLayout(box)
        self.doc_edits: dict[str, QLineEdit] = {}
        self.doc_errors: dict[str, FieldError] = {}
        for key, text, hint in (
            ("notice_prefix", self.tr("Number prefix of notices (通报)"), self.tr("e.g. 青政服 → 青政服〔2026〕5号")),
            ("letter_prefix", self.tr("Number prefix of letters (函)"), self.tr("e.g. 青政服函 → 青政服函〔2026〕3号")),
            ("printed_by", self.tr("Printed by (印发机关)"), self.tr("e.g. 青山县政务服务中心综合科")),
        ):
            edit = QLineEdit(box)
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            edit.setToolTip(hint)
            edit.returnPressed.connect(self.save_numbers)
            err = FieldError(box)
            lay = QVBoxLayout()
            lay.setSpacing(1)
            lay.addWidget(edit)
            lay.addWidget(err)
            form.addRow(text, lay)
            self.doc_edits[key], self.doc_errors[key] = edit, err
        self.save_numbers_button = QPushButton(self.tr("Save document settings"), box)
        self.save_numbers_button.setObjectName("saveNumbers")
        self.save_numbers_button.clicked.connect(lambda _c=False: self.save_numbers())
        form.addRow("", self.save_numbers_button)
        return box

    def _documents(self):
        from govhr_desktop.services.documents import DocumentService

        return DocumentService(self.ui.services)

    def save_numbers(self) -> bool:
        from govhr_desktop.services.documents import NumberSettings

        for err in self.doc_errors.values():
            err.show_text("")
        data = NumberSettings(**{k: e.text() for k, e in self.doc_edits.items()})
        try:
            saved = self._documents().save_number_settings(data)
        except (DomainError, ValidationError) as e:
            errors = e.errors if isinstance(e, ValidationError) else [e]
            shown = False
            for de in errors:
                if de.field in self.doc_errors and self.doc_errors[de.field].isHidden():
                    self.doc_errors[de.field].show_text(messages.describe(de))
                    shown = True
            if not shown:
                self.show_domain_error(e)
            first = next((k for k in self.doc_edits if not self.doc_errors[k].isHidden()), None)
            if first:
                self.doc_edits[first].setFocus()
            return False
        for k, e in self.doc_edits.items():
            e.setText(getattr(saved, k))
        self.notify(self.tr("Document settings saved."))
        self.data_changed.emit()
        return True

    def _language_changed(self) -> None:
        self.ui.settings.setValue("ui/lang", self.lang.currentData())
        from PySide6.QtWidgets import QMainWindow

        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(self.tr("The language changes the next time the program starts."), 8000)

    def reload(self) -> None:
        c = self.ui.center.get()
        for key in self.edits:
            self.edits[key].setText(getattr(c, key))
            self.errors[key].show_text("")
        self.leader_model.set_rows(self.ui.center.leaders())
        try:
            numbers = self._documents().number_settings()
        except (DomainError, ValidationError):
            numbers = None
        for k, e in self.doc_edits.items():
            e.setText(getattr(numbers, k) if numbers is not None else "")
            self.doc_errors[k].show_text("")

    def save_center(self) -> None:
        for err in self.errors.values():
            err.show_text("")
        data = CenterInput(**{k: e.text() for k, e in self.edits.items()})
        try:
            self.ui.center.save(data)
        except ValidationError as e:
            for de in e.errors:
                if de.field in self.errors and self.errors[de.field].isHidden():
                    self.errors[de.field].show_text(messages.describe(de))
            first = next((k for k in self.edits if not self.errors[k].isHidden()), None)
            if first:
                self.edits[first].setFocus()
            return
        self.notify_saved()
        self.data_changed.emit()

    def notify_saved(self) -> None:
        from PySide6.QtWidgets import QMainWindow

        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(self.tr("Center settings saved."), 6000)

    def _selected_leader(self):
        idx = self.leader_table.currentIndex()
        return self.leader_model.row_at(idx.row()) if idx.isValid() else None

    def add_leader(self) -> None:
        if LeaderDialog(self.ui, None, self).exec():
            self.reload()

    def edit_leader(self) -> None:
        row = self._selected_leader()
        if row is not None and self.ui.can(perm.CENTER_WRITE) and LeaderDialog(self.ui, row, self).exec():
            self.reload()

    def remove_leader(self) -> None:
        row = self._selected_leader()
        if row is None:
            return
        if QMessageBox.question(self, self.tr("Remove leader"), self.tr("Remove %1 from the leaders?").replace("%1", row.name)) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ui.center.delete_leader(row.id)
        except DomainError as e:
            self.show_domain_error(e)
        self.reload()
