"""Pages for home units, zones and windows. Units and windows show their current staff below."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from govhr_desktop.domain import security as perm
from govhr_desktop.domain import vocab
from govhr_desktop.domain.identity import mask_mobile
from govhr_desktop.services.organisation import HomeUnitView, ZoneView
from govhr_desktop.services.staff import StaffView
from govhr_desktop.services.windows import WindowView
from govhr_desktop.ui.dialogs.org_dialogs import HomeUnitDialog, WindowDialog, ZoneDialog
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RecordTableModel, RowStyle


class _WithStaffPanel(ListPage):
    """A list whose selected record's current staff are listed underneath."""

    def _build_staff_panel(self) -> None:
        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("detailTitle")
        self.staff_model = RecordTableModel(
            [
                Column("name", self.tr("Name"), lambda s: s.name),
                Column("post", self.tr("Post"), lambda s: label(vocab.POST, s.post)),
                Column("window", self.tr("Window"), lambda s: s.window_number),
                Column("unit", self.tr("Home unit"), lambda s: s.home_unit_name),
                Column("mobile", self.tr("Mobile"), lambda s: mask_mobile(s.mobile)),
                Column("status", self.tr("Status"), lambda s: label(vocab.STAFF_STATUS, s.status)),
            ],
            parent=self,
        )
        self.staff_table = QTableView(self)
        self.staff_table.setObjectName("staffTable")
        self.staff_table.setModel(self.staff_model)
        self.staff_table.verticalHeader().setVisible(False)
        self.staff_table.horizontalHeader().setStretchLastSection(True)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setMaximumHeight(170)
        self.body.addWidget(self.staff_label)
        self.body.addWidget(self.staff_table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_staff())

    def staff_of(self, row) -> list[StaffView]:  # pragma: no cover - abstract
        raise NotImplementedError

    def staff_title(self, row) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def _show_staff(self) -> None:
        row = self.selected_row()
        if row is None:
            self.staff_model.set_rows([])
            self.staff_label.setText(self.tr("Select a row to see its current staff."))
            return
        people = self.staff_of(row)
        self.staff_model.set_rows(people)
        self.staff_label.setText(self.staff_title(row).replace("%n", str(len(people))))

    def reload(self) -> None:
        super().reload()
        self._show_staff()


class HomeUnitsPage(_WithStaffPanel):
    settings_key = "home_units"
    write_permission = perm.ORG_WRITE

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.add_filter(
            "activeFilter",
            [(self.tr("Active units"), True), (self.tr("All units"), None), (self.tr("Deactivated"), False)],
            lambda r, v: r.active == v,
        )
        self.add_button(self.tr("New"), self.add_unit, name="addButton", shortcut="Ctrl+N", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Edit"), self.edit_selected, name="editButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Deactivate / activate"), self.toggle_active, name="toggleButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Chief representatives…"), self.chief_reps, name="chiefRepButton")
        self.add_button(self.tr("Delete"), self.delete_selected, name="deleteButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)
        self._build_staff_panel()

    def title(self) -> str:
        return self.tr("Home units")

    def search_placeholder(self) -> str:
        return self.tr("Name, contact or leader (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("short_name", self.tr("Short name"), lambda u: u.short_name, width=110),
            Column("full_name", self.tr("Full name"), lambda u: u.full_name, width=220),
            Column("staff", self.tr("Staff"), lambda u: u.staff_count, align_right=True, width=50),
            Column("windows", self.tr("Windows"), lambda u: u.window_count, align_right=True, width=60),
            Column("chief", self.tr("Chief representative"), lambda u: u.chief_representative_name, width=90),
            Column("contact", self.tr("Contact person"), lambda u: u.contact_person, width=80),
            Column("phone", self.tr("Contact phone"), lambda u: u.contact_phone, width=110),
            Column("leader", self.tr("Supervising leader"), lambda u: u.supervising_leader, width=100),
            Column("active", self.tr("State"), lambda u: self.tr("Active") if u.active else self.tr("Deactivated"), width=60),
        ]

    def search_key(self, u: HomeUnitView) -> str:
        return f"{u.short_name} {u.full_name} {u.contact_person} {u.supervising_leader} {u.chief_representative_name}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda u: None if u.active else "#8a8a8a")

    def fetch(self) -> list[HomeUnitView]:
        return self.ui.home_units.list()

    def staff_of(self, u: HomeUnitView) -> list[StaffView]:
        return self.ui.staff.of_home_unit(u.id)

    def staff_title(self, u: HomeUnitView) -> str:
        return self.tr("Staff of %1 at the center: %n").replace("%1", u.short_name)

    def add_unit(self) -> None:
        self.open_dialog(HomeUnitDialog(self.ui, None, self))

    def edit_selected(self) -> None:
        u = self.selected_row()
        if u is not None and self.may_write():
            self.open_dialog(HomeUnitDialog(self.ui, u, self))

    def chief_reps(self) -> None:
        u = self.selected_row()
        if u is None:
            return
        from govhr_desktop.ui.dialogs.chief_rep_dialog import ChiefRepHistoryDialog

        dlg = ChiefRepHistoryDialog(self.ui, u, self)
        dlg.exec()
        if dlg.changed:
            self.reload()
            self.data_changed.emit()

    def toggle_active(self) -> None:
        u = self.selected_row()
        if u is not None:
            self.run_action(lambda: self.ui.home_units.set_active(u.id, not u.active))

    def delete_selected(self) -> None:
        u = self.selected_row()
        if u is None:
            return
        self.confirm_delete(self.tr("Delete the home unit %1?").replace("%1", u.full_name), lambda: self.ui.home_units.delete(u.id))


class ZonesPage(ListPage):
    settings_key = "zones"
    write_permission = perm.ORG_WRITE

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.add_button(self.tr("New"), self.add_zone, name="addButton", shortcut="Ctrl+N", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Edit"), self.edit_selected, name="editButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Delete"), self.delete_selected, name="deleteButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Zones")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda z: z.name, width=160),
            Column("floor", self.tr("Floor"), lambda z: z.floor, width=60),
            Column("windows", self.tr("Windows"), lambda z: z.window_count, align_right=True, width=70),
            Column("staff", self.tr("Staff"), lambda z: z.staff_count, align_right=True, width=70),
            Column("description", self.tr("Description"), lambda z: z.description),
        ]

    def fetch(self) -> list[ZoneView]:
        return self.ui.zones.list()

    def add_zone(self) -> None:
        self.open_dialog(ZoneDialog(self.ui, None, self))

    def edit_selected(self) -> None:
        z = self.selected_row()
        if z is not None and self.may_write():
            self.open_dialog(ZoneDialog(self.ui, z, self))

    def delete_selected(self) -> None:
        z = self.selected_row()
        if z is None:
            return
        self.confirm_delete(self.tr("Delete the zone %1?").replace("%1", z.name), lambda: self.ui.zones.delete(z.id))


class WindowsPage(_WithStaffPanel):
    settings_key = "windows"
    write_permission = perm.ORG_WRITE

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.zone_filter = self.add_filter("zoneFilter", [(self.tr("All zones"), None)], lambda w, v: w.zone_id == v)
        types = [(self.tr("All types"), None)] + [(label(vocab.WINDOW_TYPE, c), c) for c in vocab.WINDOW_TYPE.codes()]
        self.add_filter("typeFilter", types, lambda w, v: w.window_type == v)
        self.add_filter(
            "coverFilter",
            [(self.tr("All windows"), None), (self.tr("Without A or B post"), "uncovered"), (self.tr("Closed windows"), "closed")],
            lambda w, v: (w.is_active() and w.uncovered) if v == "uncovered" else not w.is_active(),
        )
        self.add_button(self.tr("New"), self.add_window, name="addButton", shortcut="Ctrl+N", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Edit"), self.edit_selected, name="editButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Delete"), self.delete_selected, name="deleteButton", permission=perm.ORG_WRITE)
        self.add_button(self.tr("Assign…"), self.assign_selected, name="assignButton", permission=perm.ASSIGN_WRITE)
        self.add_button(self.tr("End assignment…"), self.end_assignment, name="endAssignmentButton",
                        permission=perm.ASSIGN_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)
        self.add_button(self.tr("Trend…"), self.open_trend, name="trendButton")
        self.add_button(self.tr("Export assignments…"), self.export_assignments, name="exportAssignmentsButton",
                        permission=perm.RECORDS_EXPORT)
        self._build_history_panel()

    def title(self) -> str:
        return self.tr("Windows")

    def open_trend(self):
        """The selected window's monthly score and 好评率 over 12 months (Qt Charts)."""
        row = self.selected_row()
        if row is None:
            return None
        from govhr_desktop.ui.pages.trend_dialog import open_trend_dialog

        return open_trend_dialog(self, self.ui, window_id=row.id, modal=False)

    def export_assignments(self, path: str | None = None) -> str | None:
        """Every assignment (current and ended) of every window to .xlsx."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export assignments"),
                                                   start + "/" + self.tr("window assignments") + ".xlsx",
                                                   self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        from govhr_desktop.exchange.xlsx_export import export_table

        rows = self.ui.assignments.history()
        headers = [self.tr("Window"), self.tr("Person"), self.tr("Home unit"), self.tr("Post"), self.tr("From"),
                   self.tr("To"), self.tr("End reason"), self.tr("Remarks")]
        n = export_table(path, self.tr("Window assignments"), headers, [
            [a.window_number, a.staff_name, a.home_unit_name, label(vocab.POST, a.post), a.start_on, a.end_on,
             a.end_reason, a.remarks] for a in rows])
        self.ui.audit.record_export("assignment", n)
        self.notify(self.tr("Exported %n row(s) to %1", "", n).replace("%1", path))
        return path

    # --- the lower panel: the selected window's assignment history ------------------------------

    def _build_history_panel(self) -> None:
        """Like the staff panel, but rows are dated assignments (current first, then the past)."""
        from govhr_desktop.services.assignments import AssignmentService

        self.assignments = AssignmentService(self.ui.services)
        reasons = {
            "rotation": self.tr("Rotation"),
            "transfer": self.tr("Transfer"),
            "returned": self.tr("Returned to the home unit"),
            "secondment_end": self.tr("End of secondment"),
            "other": self.tr("Other"),
        }
        today = date.today()
        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("detailTitle")
        self.staff_model = RecordTableModel(
            [
                Column("name", self.tr("Person"), lambda a: a.staff_name),
                Column("unit", self.tr("Home unit"), lambda a: a.home_unit_name),
                Column("post", self.tr("Post"), lambda a: label(vocab.POST, a.post)),
                Column("from", self.tr("From"), lambda a: a.start_on),
                Column("to", self.tr("To"), lambda a: a.end_on),
                Column("reason", self.tr("End reason"), lambda a: reasons.get(a.end_reason, a.end_reason)),
                Column("remarks", self.tr("Remarks"), lambda a: a.remarks),
            ],
            style=RowStyle(foreground=lambda a: None if a.is_current(today) else "#8a8a8a"),
            parent=self,
        )
        self.staff_table = QTableView(self)
        self.staff_table.setObjectName("historyTable")
        self.staff_table.setModel(self.staff_model)
        self.staff_table.verticalHeader().setVisible(False)
        self.staff_table.horizontalHeader().setStretchLastSection(True)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setMaximumHeight(190)
        self.staff_table.doubleClicked.connect(lambda _i: self.end_assignment())
        self.body.addWidget(self.staff_label)
        self.body.addWidget(self.staff_table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_staff())

    def _show_staff(self) -> None:
        w = self.selected_row()
        if w is None:
            self.staff_model.set_rows([])
            self.staff_label.setText(self.tr("Select a window to see who sat there."))
            return
        rows = self.assignments.for_window(w.id)
        self.staff_model.set_rows(rows)
        now = sum(1 for a in rows if a.is_current())
        self.staff_label.setText(
            self.tr("Window %1: %2 assigned now, %3 entries in the history")
            .replace("%1", w.number).replace("%2", str(now)).replace("%3", str(len(rows)))
        )

    def selected_assignment(self):
        idx = self.staff_table.selectionModel().selectedRows()
        if idx:
            return self.staff_model.row_at(idx[0].row())
        current = [a for a in self.staff_model.rows() if a.is_current()]
        return current[0] if len(current) == 1 else None

    def assign_selected(self) -> None:
        w = self.selected_row()
        if w is None:
            self.show_domain_error(ValueError(self.tr("Select a window first.")))
            return
        from govhr_desktop.ui.dialogs.assignment_dialogs import AssignDialog

        self._run_dialog(AssignDialog(self.ui, w, self), w)

    def end_assignment(self) -> None:
        if not self.ui.can(perm.ASSIGN_WRITE):
            return
        a = self.selected_assignment()
        if a is None:
            self.show_domain_error(ValueError(self.tr("Select an assignment in the lower list first.")))
            return
        if a.end_on is not None:
            self.show_domain_error(ValueError(self.tr("This assignment has already ended.")))
            return
        from govhr_desktop.ui.dialogs.assignment_dialogs import EndAssignmentDialog

        self._run_dialog(EndAssignmentDialog(self.ui, a, self), self.selected_row())

    def _run_dialog(self, dialog, w) -> bool:
        """Like open_dialog, but the saved id is an assignment's: keep the window selected."""
        if not dialog.exec():
            return False
        self.reload()
        self.select_id(getattr(w, "id", None))
        self.data_changed.emit()
        return True

    def search_placeholder(self) -> str:
        return self.tr("Number, name, unit or person (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), lambda w: w.number, width=60),
            Column("name", self.tr("Name"), lambda w: w.name, width=150),
            Column("zone", self.tr("Zone"), lambda w: w.zone_name, width=100),
            Column("type", self.tr("Type"), lambda w: label(vocab.WINDOW_TYPE, w.window_type), width=80),
            Column("unit", self.tr("Home unit"), lambda w: w.home_unit_name or self.tr("(the center)"), width=110),
            Column("a", self.tr("A post"), lambda w: w.a_staff or self.tr("— missing —"), width=80),
            Column("b", self.tr("B post"), lambda w: w.b_staff or self.tr("— missing —"), width=130),
            Column("from", self.tr("Open from"), lambda w: w.active_from, width=88),
            Column("to", self.tr("Open until"), lambda w: w.active_to, width=88),
        ]

    def search_key(self, w: WindowView) -> str:
        return f"{w.number} {w.name} {w.zone_name} {w.home_unit_name} {w.a_staff} {w.b_staff}"

    def row_style(self) -> RowStyle:
        today = date.today()

        def bg(w: WindowView):
            if not w.is_active(today):
                return None
            return "#fde2e1" if not w.a_staff else ("#fff4d6" if not w.b_staff else None)

        return RowStyle(background=bg, foreground=lambda w: None if w.is_active(today) else "#8a8a8a")

    def fetch(self) -> list[WindowView]:
        return self.ui.windows.list()

    def reload(self) -> None:
        current = self.zone_filter.currentData()
        self.zone_filter.blockSignals(True)
        while self.zone_filter.count() > 1:
            self.zone_filter.removeItem(1)
        for z in self.ui.zones.list():
            self.zone_filter.addItem(z.name, z.id)
        self.zone_filter.setCurrentIndex(max(self.zone_filter.findData(current), 0))
        self.zone_filter.blockSignals(False)
        super().reload()

    def add_window(self) -> None:
        self.open_dialog(WindowDialog(self.ui, None, self))

    def edit_selected(self) -> None:
        w = self.selected_row()
        if w is not None and self.may_write():
            self.open_dialog(WindowDialog(self.ui, w, self))

    def delete_selected(self) -> None:
        w = self.selected_row()
        if w is None:
            return
        self.confirm_delete(self.tr("Delete window %1?").replace("%1", w.number), lambda: self.ui.windows.delete(w.id))
