"""Dialogs for the organisation records: home unit, zone, window, center leader."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from govhr_desktop.domain import vocab
from govhr_desktop.domain.records import HomeUnitInput, LeaderInput, WindowInput, ZoneInput
from govhr_desktop.services.center import LeaderView
from govhr_desktop.services.organisation import HomeUnitView, ZoneView
from govhr_desktop.services.windows import WindowView
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


def _remarks(dialog: FormDialog, key: str, text: str) -> QPlainTextEdit:
    box = dialog.add_field(key, text, QPlainTextEdit())
    box.setTabChangesFocus(True)
    box.setFixedHeight(56)
    return box


class HomeUnitDialog(FormDialog):
    def __init__(self, ui: UiContext, unit: HomeUnitView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit home unit") if unit else self.tr("New home unit"), parent)
        self.ui, self.unit_id = ui, unit.id if unit else None
        self.setMinimumWidth(480)
        self.full_name = self.add_field("full_name", self.tr("Full name (for letters)"), QLineEdit(), required=True)
        self.full_name.setPlaceholderText(self.tr("e.g. 青山县市场监督管理局"))
        self.short_name = self.add_field("short_name", self.tr("Short name"), QLineEdit(), required=True)
        self.contact = self.add_field("contact_person", self.tr("Contact person"), QLineEdit())
        self.phone = self.add_field("contact_phone", self.tr("Contact phone"), QLineEdit())
        self.leader = self.add_field("supervising_leader", self.tr("Supervising leader"), QLineEdit())
        people = [(f"{s.name}（{s.window_number or '—'}）", s.id) for s in ui.staff.of_home_unit(unit.id)] if unit else []
        self.chief = self.add_field("chief_representative_id", self.tr("Chief representative"), combo(people, with_empty=self.tr("(none)")))
        self.chief.setEnabled(unit is not None)
        if unit is None:
            self.chief.setToolTip(self.tr("Save the unit and add its staff first"))
        self.remarks = _remarks(self, "remarks", self.tr("Remarks"))
        if unit:
            self.full_name.setText(unit.full_name)
            self.short_name.setText(unit.short_name)
            self.contact.setText(unit.contact_person)
            self.phone.setText(unit.contact_phone)
            self.leader.setText(unit.supervising_leader)
            set_combo_data(self.chief, unit.chief_representative_id)
            self.remarks.setPlainText(unit.remarks)
        self.full_name.setFocus()

    def collect(self) -> HomeUnitInput:
        return HomeUnitInput(
            self.full_name.text(), self.short_name.text(), self.contact.text(), self.phone.text(),
            self.leader.text(), self.chief.currentData(), self.remarks.toPlainText(),
        )

    def save(self, data: HomeUnitInput) -> int:
        return self.ui.home_units.save(data, self.unit_id)


class ZoneDialog(FormDialog):
    def __init__(self, ui: UiContext, zone: ZoneView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit zone") if zone else self.tr("New zone"), parent)
        self.ui, self.zone_id = ui, zone.id if zone else None
        self.setMinimumWidth(420)
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.floor = self.add_field("floor", self.tr("Floor"), QLineEdit())
        self.description = _remarks(self, "description", self.tr("Description"))
        if zone:
            self.name.setText(zone.name)
            self.floor.setText(zone.floor)
            self.description.setPlainText(zone.description)

    def collect(self) -> ZoneInput:
        return ZoneInput(self.name.text(), self.floor.text(), self.description.toPlainText())

    def save(self, data: ZoneInput) -> int:
        return self.ui.zones.save(data, self.zone_id)


class WindowDialog(FormDialog):
    def __init__(self, ui: UiContext, window: WindowView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit window") if window else self.tr("New window"), parent)
        self.ui, self.window_id = ui, window.id if window else None
        self.setMinimumWidth(460)
        self.number = self.add_field("number", self.tr("Window number"), QLineEdit(), required=True)
        self.number.setPlaceholderText(self.tr("e.g. A03"))
        self.number.setMaxLength(10)
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        zones = [(z.name, z.id) for z in ui.zones.list()]
        self.zone = self.add_field("zone_id", self.tr("Zone"), combo(zones, with_empty=""), required=True)
        types = [(label(vocab.WINDOW_TYPE, c), c) for c in vocab.WINDOW_TYPE.codes()]
        self.window_type = self.add_field("window_type", self.tr("Window type"), combo(types), required=True)
        units = [(u.short_name, u.id) for u in ui.home_units.list(include_inactive=False)]
        self.unit = self.add_field("home_unit_id", self.tr("Owning home unit"), combo(units, with_empty=self.tr("(the center)"), searchable=True))
        self.active_from = self.add_field("active_from", self.tr("Open from"), date_edit(optional=True))
        self.active_to = self.add_field("active_to", self.tr("Open until"), date_edit(optional=True))
        self.remarks = _remarks(self, "remarks", self.tr("Remarks"))
        self.window_type.currentIndexChanged.connect(self._type_changed)
        if window:
            self.number.setText(window.number)
            self.name.setText(window.name)
            set_combo_data(self.zone, window.zone_id)
            set_combo_data(self.window_type, window.window_type)
            set_combo_data(self.unit, window.home_unit_id)
            set_date(self.active_from, window.active_from)
            set_date(self.active_to, window.active_to)
            self.remarks.setPlainText(window.remarks)
        else:
            set_combo_data(self.window_type, "department")
        self._type_changed()

    def _type_changed(self) -> None:
        comprehensive = self.window_type.currentData() == "comprehensive"
        if comprehensive:
            set_combo_data(self.unit, None)
        self.unit.setEnabled(not comprehensive)

    def collect(self) -> WindowInput:
        return WindowInput(
            self.number.text(), self.name.text(), self.zone.currentData(), self.window_type.currentData(),
            combo_data(self.unit), get_date(self.active_from), get_date(self.active_to), self.remarks.toPlainText(),
        )

    def save(self, data: WindowInput) -> int:
        return self.ui.windows.save(data, self.window_id)


class LeaderDialog(FormDialog):
    def __init__(self, ui: UiContext, leader: LeaderView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit leader") if leader else self.tr("New leader"), parent)
        self.ui, self.leader_id = ui, leader.id if leader else None
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.title_edit.setPlaceholderText(self.tr("e.g. 主任, 副主任"))
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.duty = self.add_field("is_duty_leader", self.tr("Takes leader duty"), QCheckBox())
        self.duty.setChecked(True)
        if leader:
            self.name.setText(leader.name)
            self.title_edit.setText(leader.title)
            self.phone.setText(leader.phone)
            self.duty.setChecked(leader.is_duty_leader)

    def collect(self) -> LeaderInput:
        return LeaderInput(self.name.text(), self.title_edit.text(), self.phone.text(), self.duty.isChecked())

    def save(self, data: LeaderInput) -> int:
        return self.ui.center.save_leader(data, self.leader_id)
