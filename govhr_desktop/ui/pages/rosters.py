"""值班排班: the month roster, leader and joint duty, the duty log, the duty posts, 调休.

One sidebar page, five tabs. This module holds the page and the month roster tab (月排班表);
the grids are ``roster_grid``, the dialogs ``roster_dialogs``; the leader, log and posts tabs
are their own modules. The 调休 tab lists what weekend and holiday duty earned per person.

The month roster: a month chooser, the roster's status (未排班 / 草稿 / 已发布 第N版, who and
when), its counts (filled / seats, vacant, cells breaking a rule), the grid by post or by person,
and the actions (buttons and the cells' context menu): generate (off the GUI thread, with
progress and cancel; locked cells are kept), set a cell by hand (it is then locked), clear,
lock / unlock, swap, publish, why vacant, the change log, print preview and Excel export. Once
the roster is published every change first asks for its reason, which the change log keeps.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.roster_views import CellView, RosterView
from govhr_desktop.services.rosters import RosterService
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.roster_dialogs import (
    ChangeLogDialog,
    ReasonDialog,
    RosterTexts,
    SetCellDialog,
    SwapDialog,
    UnfilledDialog,
)
from govhr_desktop.ui.pages.roster_grid import (
    SLOT_ROLE,
    TOTAL_WIDTHS,
    Legend,
    PersonGridModel,
    PostGridModel,
    grid_view,
)
from govhr_desktop.ui.pages.roster_leaders import LeaderDutyTab
from govhr_desktop.ui.pages.roster_log import DutyLogTab
from govhr_desktop.ui.pages.roster_posts import DutyPostsTab
from govhr_desktop.ui.pages.roster_time_off import TimeOffTab
from govhr_desktop.ui.pdf_preview import PdfPreviewDialog
from govhr_desktop.ui.tr import InheritedTr
from govhr_desktop.ui.workers import run_with_progress

_ERRORS = (DomainError, ValidationError)
Slot = tuple[int, date, int]


class MonthRosterTab(InheritedTr, QWidget):
    """月排班表: one month's roster, its grids and every action on it."""

    data_changed = Signal()
    #: the month shown changed (year, month): the leader and log tabs follow it
    month_changed = Signal(int, int)

    def __init__(self, ui, page: Page) -> None:
        super().__init__(page)
        self.ui, self.page = ui, page
        self.service = RosterService(ui.services)
        self.view: RosterView | None = None
        self.cells: dict[Slot, CellView] = {}
        self.may_write = ui.can(perm.ROSTER_WRITE)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(6)

        # month chooser, status
        top = QHBoxLayout()
        self.prev_button = self._button("◀", "prevMonthButton", lambda: self.step(-1))
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("yearBox")
        self.year_box.setRange(2000, 2100)
        self.year_box.setSuffix(self.tr(" (year)"))
        self.month_box = QComboBox(self)
        self.month_box.setObjectName("monthBox")
        for m in range(1, 13):
            self.month_box.addItem(self.tr("%1 (month)").replace("%1", str(m)), m)
        self.next_button = self._button("▶", "nextMonthButton", lambda: self.step(1))
        self.next_button.setToolTip(self.tr("Next month"))
        for w in (self.prev_button, self.year_box, self.month_box, self.next_button):
            top.addWidget(w)
        top.addSpacing(12)
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("statusBadge")
        top.addWidget(self.status_badge)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        top.addWidget(self.status_label, 1)
        lay.addLayout(top)
        today = date.today()
        self.year_box.setValue(today.year)
        self.year_box.setKeyboardTracking(False)  # (typing 2027 does not load 2, 20, 202)
        self.month_box.setCurrentIndex(today.month - 1)
        self.year_box.valueChanged.connect(lambda _v: self._month_chosen())
        self.month_box.currentIndexChanged.connect(lambda _i: self._month_chosen())

        # actions
        bar = QHBoxLayout()
        w = self.may_write
        self.generate_button = self._button(self.tr("Generate"), "generateButton", self.generate, w)
        self.set_button = self._button(self.tr("Set person…"), "setCellButton", self.set_cell, w)
        self.clear_button = self._button(self.tr("Clear"), "clearButton", self.clear_cells, w)
        self.lock_button = self._button(self.tr("Lock"), "lockButton", lambda: self.lock_cells(True), w)
        self.unlock_button = self._button(self.tr("Unlock"), "unlockButton", lambda: self.lock_cells(False), w)
        self.swap_button = self._button(self.tr("Swap…"), "swapButton", self.swap, w)
        self.publish_button = self._button(self.tr("Publish…"), "publishButton", self.publish, w)
        self.unfilled_button = self._button(self.tr("Why vacant…"), "unfilledButton", self.show_unfilled)
        self.changes_button = self._button(self.tr("Change log…"), "changesButton", self.show_changes)
        self.print_button = self._button(self.tr("Print / preview…"), "printButton", self.print_preview)
        self.export_button = self._button(self.tr("Export Excel…"), "exportButton", self.export_xlsx,
                                          ui.can(perm.RECORDS_EXPORT))
        groups = [[self.generate_button], [self.set_button, self.clear_button, self.lock_button, self.unlock_button,
                                           self.swap_button], [self.publish_button],
                  [self.unfilled_button, self.changes_button], [self.print_button, self.export_button]]
        for i, group in enumerate(groups):
            if i:
                bar.addSpacing(10)
            for b in group:
                bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)

        # counts, grid choice, legend
        row = QHBoxLayout()
        self.by_post = self._toggle(self.tr("By post"), "byPostButton")
        self.by_person = self._toggle(self.tr("By person"), "byPersonButton")
        group = QButtonGroup(self)
        group.addButton(self.by_post)
        group.addButton(self.by_person)
        self.by_post.setChecked(True)
        row.addWidget(self.by_post)
        row.addWidget(self.by_person)
        self.person_search = QLineEdit(self)
        self.person_search.setObjectName("personSearch")
        self.person_search.setClearButtonEnabled(True)
        self.person_search.setPlaceholderText(self.tr("Find person or unit…"))
        self.person_search.setMaximumWidth(220)
        self.person_search.textChanged.connect(lambda _t: self.filter_people())
        row.addWidget(self.person_search)
        self.busy_only = QCheckBox(self.tr("Only people with duty or leave"), self)
        self.busy_only.setObjectName("busyOnly")
        self.busy_only.toggled.connect(lambda _on: self.filter_people())
        row.addWidget(self.busy_only)
        row.addSpacing(12)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        row.addWidget(self.counts_label, 1)
        lay.addLayout(row)
        lay.addWidget(Legend(self))

        self.post_model = PostGridModel(self)
        self.person_model = PersonGridModel(self)
        self.post_table = grid_view(self.post_model, self, "postGrid")
        self.person_table = grid_view(self.person_model, self, "personGrid")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.post_table)
        self.stack.addWidget(self.person_table)
        lay.addWidget(self.stack, 1)
        for t in (self.post_table, self.person_table):
            t.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
            t.customContextMenuRequested.connect(lambda pos, t=t: self.context_menu(t, pos))
            t.doubleClicked.connect(lambda _i: self.set_button.isEnabled() and self.set_cell())
        self.by_post.toggled.connect(lambda _on: self._show_grid())
        self._show_grid()

    # --- small builders -----------------------------------------------------------------------

    def _button(self, text: str, name: str, slot, allowed: bool = True) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        b.setProperty("allowed", allowed)
        if not allowed:
            b.setEnabled(False)
            b.setToolTip(self.tr("Your role may not do this."))
        return b

    def _toggle(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setCheckable(True)
        return b

    # --- month and data -----------------------------------------------------------------------

    def year(self) -> int:
        return self.year_box.value()

    def month(self) -> int:
        return self.month_box.currentData()

    def set_month(self, year: int, month: int) -> None:
        self.year_box.blockSignals(True)
        self.year_box.setValue(year)
        self.year_box.blockSignals(False)
        self.month_box.setCurrentIndex(month - 1)  # (signals: reloads, tells the other tabs)
        if self.view is None or (self.view.year, self.view.month) != (year, month):
            self._month_chosen()

    def step(self, months: int) -> None:
        n = self.year() * 12 + self.month() - 1 + months
        self.set_month(n // 12, n % 12 + 1)

    def _month_chosen(self) -> None:
        self.reload()
        self.month_changed.emit(self.year(), self.month())

    def reload(self) -> None:
        keep = self.selected_slots()
        try:
            view = self.service.month(self.year(), self.month())
        except _ERRORS as e:
            self.page.show_domain_error(e)
            view = None
        self.view = view
        self.cells = view.cells_by_slot() if view is not None else {}
        self.post_model.set_view(view)
        self.person_model.set_view(view)
        if view is not None:
            for i, w in enumerate(TOTAL_WIDTHS):
                self.person_table.setColumnWidth(len(view.days) + i, w)
        self.filter_people()
        self.select_slots(keep)
        self._show_status()
        self.update_actions()

    def vacant(self) -> list[Slot]:
        """The seats nobody holds (the service lists them with their explanation)."""
        return [(u.post_id, u.day, u.seat) for u in self.view.unfilled] if self.view is not None else []

    def _show_status(self) -> None:
        v, texts = self.view, RosterTexts()
        badge, style = texts.badge(v)
        self.status_badge.setText(badge)
        self.status_badge.setStyleSheet(style)
        self.status_label.setText(texts.status(v))
        self.counts_label.setText(texts.counts(v))

    # --- grids and selection ------------------------------------------------------------------

    def current_table(self) -> QTableView:
        return self.post_table if self.by_post.isChecked() else self.person_table

    def _show_grid(self) -> None:
        self.stack.setCurrentWidget(self.current_table())
        self.person_search.setVisible(self.by_person.isChecked())
        self.busy_only.setVisible(self.by_person.isChecked())
        self.update_actions()

    def filter_people(self) -> None:
        text = self.person_search.text().strip().lower()
        busy = self.busy_only.isChecked()
        on_duty = {c.staff_id for c in self.view.cells} if self.view is not None else set()
        for i, p in enumerate(self.person_model.people if self.view else []):
            hide = bool(text) and text not in f"{p.name} {p.unit} {p.window}".lower()
            hide = hide or (busy and p.staff_id not in on_duty and not p.leave)
            self.person_table.setRowHidden(i, hide)

    def selected_indexes(self):
        t = self.current_table()
        return sorted(t.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))

    def selected_slots(self, *, filled: bool | None = None) -> list[Slot]:
        """The cells selected in the grid shown (filled=True: only held ones; False: only vacant)."""
        out: list[Slot] = []
        for idx in self.selected_indexes():
            slot = idx.data(SLOT_ROLE)
            if slot is None or slot in out:
                continue
            held = slot in self.cells
            if filled is None or filled == held:
                out.append(slot)
        return out

    def select_slots(self, slots: list[Slot]) -> None:
        """Select these cells in the grid shown."""
        if not slots:
            return
        table = self.current_table()
        model = table.model()
        sel = QItemSelection()
        for s in slots:
            idx = model.index_of(s)
            if idx.isValid():
                sel.select(idx, idx)
        sm = table.selectionModel()
        sm.select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        first = model.index_of(slots[0])
        if first.isValid():
            sm.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            table.scrollTo(first)

    def update_actions(self) -> None:
        v = self.view
        w = self.may_write and v is not None
        has = v is not None and v.status != "none"
        slots = self.selected_slots()
        held = [s for s in slots if s in self.cells]
        locked = [s for s in held if self.cells[s].locked]
        self.generate_button.setEnabled(w and bool(v.posts) and v.status != "published")
        self.generate_button.setToolTip(self.tr("A published roster is not generated again; change cells or swap.")
                                        if v is not None and v.status == "published" else
                                        self.tr("Fill every seat of the month fairly; locked cells are kept."))
        self.set_button.setEnabled(w and len(slots) == 1)
        self.clear_button.setEnabled(w and bool(held))
        self.lock_button.setEnabled(w and len(locked) < len(held))
        self.unlock_button.setEnabled(w and bool(locked))
        self.swap_button.setEnabled(w and 1 <= len(held) <= 2)
        self.publish_button.setEnabled(w and has and not v.violations)
        self.publish_button.setToolTip(self.tr("Change the cells shown in red first: they break a rule.")
                                       if has and v.violations else "")
        self.publish_button.setText(self.tr("Publish again…") if v is not None and v.status == "published"
                                    else self.tr("Publish…"))
        self.unfilled_button.setEnabled(has and bool(v.unfilled))
        self.changes_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.export_button.setEnabled(has and bool(self.export_button.property("allowed")))

    def context_menu(self, table: QTableView, pos) -> None:
        idx = table.indexAt(pos)
        if idx.isValid() and not table.selectionModel().isSelected(idx):
            table.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            table.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
        menu = QMenu(self)
        for b in (self.set_button, self.clear_button, self.lock_button, self.unlock_button, self.swap_button):
            act = QAction(b.text(), menu)
            act.setEnabled(b.isEnabled())
            act.triggered.connect(b.click)
            menu.addAction(act)
        menu.popup(table.viewport().mapToGlobal(pos))

    # --- dialogs (tests replace exec_dialog / open_pdf) ----------------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_pdf(self, data: bytes, title: str, file_name: str) -> None:
        PdfPreviewDialog(data, title, file_name, self, settings=self.ui.settings).exec()

    def month_title(self) -> str:
        return self.tr("Duty roster of %2/%1").replace("%1", str(self.year())).replace("%2", str(self.month()))

    def ask_reason(self, what: str) -> str | None:
        """'' while the roster is a draft; after publication the reason typed, None if cancelled."""
        if self.view is None or self.view.status != "published":
            return ""
        dlg = ReasonDialog(what, self.tr("The roster is published: say why it changes. The reason is kept in "
                                         "the change log."), self)
        return dlg.reason() if self.exec_dialog(dlg) else None

    def run(self, action) -> bool:
        """Call the service; show a refusal; reload and tell the other pages on success."""
        try:
            action()
        except _ERRORS as e:
            self.page.show_domain_error(e)
            self.reload()
            return False
        self.changed()
        return True

    def changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    # --- actions ------------------------------------------------------------------------------

    def generate(self) -> None:
        v = self.view
        if v is None:
            return
        y, m = self.year(), self.month()
        if v.cells:
            kept = sum(1 for c in v.cells if c.locked)
            q = self.tr("Generate %1 again? Every cell that is not locked is filled anew; the %2 locked cell(s) "
                        "are kept.").replace("%1", self.month_title()).replace("%2", str(kept))
            if QMessageBox.question(self, self.tr("Generate"), q) != QMessageBox.StandardButton.Yes:
                return
        try:
            outcome = run_with_progress(self, self.tr("Making the roster of %1…").replace("%1", self.month_title()),
                                        lambda report, cancelled: self.service.generate(y, m, report, cancelled))
        except _ERRORS as e:
            if isinstance(e, DomainError) and e.code == "roster.cancelled":
                self.page.notify(self.tr("Generation cancelled; nothing was changed."))
            else:
                self.page.show_domain_error(e)
            self.reload()
            return
        self.changed()
        self.show_outcome(outcome)

    def show_outcome(self, outcome) -> None:
        QMessageBox.information(self, self.tr("Roster generated"), RosterTexts().summary(outcome))

    def set_cell(self) -> None:
        slots = self.selected_slots()
        if self.view is None or len(slots) != 1:
            return
        (post_id, day, seat), = slots
        y, m = self.year(), self.month()
        try:
            candidates = self.service.candidates(y, m, post_id, day, seat)
        except _ERRORS as e:
            self.page.show_domain_error(e)
            return
        reason = self.ask_reason(self.tr("Set person"))
        if reason is None:
            return
        dlg = SetCellDialog(self.view, slots[0], candidates,
                            lambda sid: self.service.set_cell(y, m, post_id, day, seat, sid, reason=reason), self)
        if self.exec_dialog(dlg):
            self.changed()

    def clear_cells(self) -> None:
        slots = self.selected_slots(filled=True)
        if not slots:
            return
        reason = self.ask_reason(self.tr("Clear"))
        if reason is None:
            return
        y, m = self.year(), self.month()

        self.run(lambda: self.service.clear_cells(y, m, slots, reason=reason))

    def lock_cells(self, locked: bool) -> None:
        slots = self.selected_slots(filled=True)
        if slots:
            y, m = self.year(), self.month()
            if self.run(lambda: self.service.set_locked(y, m, slots, locked)):
                self.select_slots(slots)

    def swap(self) -> None:
        held = self.selected_slots(filled=True)
        if self.view is None or not 1 <= len(held) <= 2:
            return
        first = held[0]
        y, m = self.year(), self.month()
        try:
            candidates = self.service.candidates(y, m, *first)
        except _ERRORS as e:
            self.page.show_domain_error(e)
            return
        dlg = SwapDialog(self.view, first, candidates,
                         lambda second, reason: self.service.swap(y, m, first, second, reason),
                         held[1] if len(held) == 2 else None, self)
        if self.exec_dialog(dlg):
            self.changed()

    def publish(self) -> None:
        v = self.view
        if v is None or v.status == "none":
            return
        lines = [self.tr("Publish %1? It is then the roster in force; every later change needs a reason and is "
                         "recorded.").replace("%1", self.month_title())]
        vacant = len(self.vacant())
        if vacant:
            lines.append(self.tr("Warning: %1 seat(s) are still vacant.").replace("%1", str(vacant)))
        icon = QMessageBox.warning if vacant else QMessageBox.question
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if icon(self, self.tr("Publish"), "\n\n".join(lines), buttons) != QMessageBox.StandardButton.Yes:
            return
        y, m = self.year(), self.month()
        if self.run(lambda: self.service.publish(y, m)):
            self.page.notify(self.tr("%1 published.").replace("%1", self.month_title()))

    def show_unfilled(self) -> None:
        if self.view is not None:
            y, m = self.year(), self.month()
            self.exec_dialog(UnfilledDialog(self.view, lambda s: self.service.candidates(y, m, *s), self))

    def show_changes(self) -> None:
        try:
            changes = self.service.changes(self.year(), self.month())
        except _ERRORS as e:
            self.page.show_domain_error(e)
            return
        self.exec_dialog(ChangeLogDialog(changes, self.tr("Changes to %1").replace("%1", self.month_title()), self))

    def print_preview(self) -> None:
        y, m = self.year(), self.month()
        try:
            data = run_with_progress(self, self.tr("Laying out the roster…"),
                                     lambda _r, _c: self.service.roster_pdf(y, m), cancellable=False)
        except _ERRORS as e:
            self.page.show_domain_error(e)
            return
        self.open_pdf(data, self.month_title(), f"{self.month_title()}.pdf")

    def export_xlsx(self, path: str | None = None) -> str | None:
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), f"{start}/{self.month_title()}.xlsx",
                                                   self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        y, m = self.year(), self.month()
        try:
            run_with_progress(self, self.tr("Exporting the roster…"),
                              lambda _r, _c: self.service.export_xlsx(y, m, path), cancellable=False)
        except _ERRORS as e:
            self.page.show_domain_error(e)
            return None
        except OSError as e:
            QMessageBox.warning(self, self.tr("Export to Excel"), self.tr("The file %1 cannot be written: %2")
                                .replace("%1", path).replace("%2", e.strerror or str(e)))
            return None
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        self.page.notify(self.tr("Exported to %1").replace("%1", path))
        return path


class RostersPage(Page):
    """值班排班: the tabs; a change in one marks the others for reloading."""

    settings_key = "rosters"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        self.month_tab = MonthRosterTab(ui, self)
        self.leaders_tab = LeaderDutyTab(ui, self)
        self.log_tab = DutyLogTab(ui, self)
        self.posts_tab = DutyPostsTab(ui, self)
        self.time_off_tab = TimeOffTab(ui, self)
        for tab, text, name in ((self.month_tab, self.tr("Month roster"), "monthTab"),
                                (self.leaders_tab, self.tr("Leader and joint duty"), "leadersTab"),
                                (self.log_tab, self.tr("Duty log"), "logTab"),
                                (self.posts_tab, self.tr("Duty posts"), "postsTab"),
                                (self.time_off_tab, self.tr("Time off (调休)"), "timeOffTab")):
            tab.setObjectName(name)
            self.tabs.addTab(tab, text)
            tab.data_changed.connect(lambda t=tab: self._tab_changed(t))
        for tab in (self.month_tab, self.leaders_tab, self.log_tab):  # the three keep to one month
            tab.month_changed.connect(lambda y, m, t=tab: self._sync_month(t, y, m))
        self._stale = set(range(self.tabs.count()))
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        lay.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Duty rosters")

    def reload(self) -> None:
        """Reload the tab shown; the others when they are next shown."""
        self._stale = set(range(self.tabs.count()))
        self._load_current()

    def _load_current(self) -> None:
        i = self.tabs.currentIndex()
        if i in self._stale:
            self._stale.discard(i)
            self.tabs.widget(i).reload()

    def _tab_changed(self, tab: QWidget) -> None:
        self._stale = set(range(self.tabs.count())) - {self.tabs.indexOf(tab)}
        self.data_changed.emit()

    def _sync_month(self, source: QWidget, year: int, month: int) -> None:
        for tab in (self.month_tab, self.leaders_tab, self.log_tab):
            if tab is not source:
                tab.set_month(year, month)
