"""The 值班岗位 tab of the 值班排班 page: the duty posts (午间值守, 延时服务, 周末值班, 节假日值班)
with their days, times and the windows or zone they cover; the seasons' opening hours (作息时间);
and the rules the month roster is made by (排班规则). Changing anything needs ROSTER_WRITE."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.roster_rules import WEEKEND_RUNNING
from govhr_desktop.services.duty_posts import DutyPostService, PostView, SeasonView
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FieldError, set_combo_data
from govhr_desktop.ui.pages.roster_post_dialogs import PostDialog, SeasonDialog
from govhr_desktop.ui.table import (
    ID_ROLE,
    ROW_ROLE,
    Column,
    RecordFilterProxy,
    record_view,
    RecordTableModel,
    RowStyle,
)
from govhr_desktop.ui.tr import InheritedTr

_ERRORS = (DomainError, ValidationError)
INACTIVE_COLOUR = "#8a8a8a"


class RulesPanel(InheritedTr, QGroupBox):
    """排班规则: duties a week at most, weekends running, one duty a day."""

    saved = Signal()

    def __init__(self, service: DutyPostService, may_write: bool, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setTitle(self.tr("Roster rules"))
        self.setObjectName("rulesBox")
        form = QFormLayout(self)
        self.errors: dict[str, FieldError] = {}

        def row(key: str, text: str, widget: QWidget) -> None:
            box = QWidget(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(1)
            lay.addWidget(widget)
            err = FieldError(box)
            lay.addWidget(err)
            self.errors[key] = err
            widget.setObjectName(key)
            widget.setEnabled(may_write)
            form.addRow(text, box)

        self.max_per_week = QSpinBox(self)
        self.max_per_week.setRange(1, 7)
        row("max_per_week", self.tr("Duties a week at most"), self.max_per_week)
        self.weekend_running = QComboBox(self)
        names = {"avoid": self.tr("Avoid (unless no one else can)"), "forbid": self.tr("Forbid"),
                 "allow": self.tr("Allow")}
        for code in WEEKEND_RUNNING:
            self.weekend_running.addItem(names[code], code)
        row("weekend_running", self.tr("Weekend duty two weeks running"), self.weekend_running)
        self.one_duty_per_day = QCheckBox(self.tr("At most one duty a day per person"), self)
        row("one_duty_per_day", "", self.one_duty_per_day)
        self.general = FieldError(self)
        form.addRow(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save rules"), self)
        self.save_button.setObjectName("saveRulesButton")
        self.save_button.setEnabled(may_write)
        if not may_write:
            self.save_button.setToolTip(self.tr("Your role may not do this."))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("rulesStatus")
        form.addRow(self.status)

    def load(self) -> None:
        r = self.service.rules()
        self.max_per_week.setValue(r.max_per_week)
        set_combo_data(self.weekend_running, r.weekend_running)
        self.one_duty_per_day.setChecked(r.one_duty_per_day)
        self.show_errors(None)

    def show_errors(self, error: BaseException | None) -> None:
        for e in self.errors.values():
            e.show_text("")
        self.general.show_text("")
        if error is None:
            return
        for e in error.errors if isinstance(error, ValidationError) else [error]:
            text = messages.format_code(e.code, e.field, e.params) if isinstance(e, DomainError) else str(e)
            target = self.errors.get(getattr(e, "field", None), self.general)
            if target.isHidden():
                target.show_text(text)

    def error_text(self, key: str) -> str:
        e = self.errors[key]
        return e.text() if not e.isHidden() else ""

    def save(self) -> bool:
        self.status.setText("")
        try:
            self.service.save_rules(self.max_per_week.value(), self.weekend_running.currentData(),
                                    self.one_duty_per_day.isChecked())
        except _ERRORS as e:
            self.show_errors(e)
            return False
        self.show_errors(None)
        self.status.setText(self.tr("The rules were saved; they apply to the next roster made."))
        self.saved.emit()
        return True


class DutyPostsTab(InheritedTr, QWidget):
    """Duty posts, seasons and rules; ``data_changed`` after every change."""

    data_changed = Signal()

    def __init__(self, ui, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.service = DutyPostService(ui.services)
        self.may_write = ui.can(perm.ROSTER_WRITE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("postsSplitter")
        outer.addWidget(split)

        # --- posts
        posts_box = QGroupBox(self.tr("Duty posts"), split)
        posts_box.setObjectName("postsBox")
        pl = QVBoxLayout(posts_box)
        bar = QHBoxLayout()
        self.add_post_button = self._button(bar, self.tr("New post…"), "addPostButton", self.add_post)
        self.edit_post_button = self._button(bar, self.tr("Edit…"), "editPostButton", self.edit_post)
        self.remove_post_button = self._button(bar, self.tr("Delete"), "removePostButton", self.remove_post)
        self.toggle_button = self._button(bar, self.tr("Deactivate"), "toggleActiveButton", self.toggle_active)
        bar.addStretch(1)
        self.show_inactive = QCheckBox(self.tr("Show inactive posts"), posts_box)
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self._filter_posts())
        bar.addWidget(self.show_inactive)
        pl.addLayout(bar)
        self.post_model = RecordTableModel(self.post_columns(), style=RowStyle(
            foreground=lambda p: None if p.active else INACTIVE_COLOUR), parent=self)
        self.posts_table, self.post_proxy = record_view(posts_box, self.post_model, "postsTable")
        self.posts_table.doubleClicked.connect(lambda _i: self.edit_post())
        self.posts_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        pl.addWidget(self.posts_table, 1)
        self.posts_count = QLabel(posts_box)
        self.posts_count.setObjectName("postsCount")
        pl.addWidget(self.posts_count)
        split.addWidget(posts_box)

        # --- seasons and rules side by side
        bottom = QWidget(split)
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        seasons_box = QGroupBox(self.tr("Opening hours by season"), bottom)
        seasons_box.setObjectName("seasonsBox")
        sl = QVBoxLayout(seasons_box)
        bar = QHBoxLayout()
        self._button(bar, self.tr("New season…"), "addSeasonButton", self.add_season)
        self._button(bar, self.tr("Edit…"), "editSeasonButton", self.edit_season)
        self._button(bar, self.tr("Delete"), "removeSeasonButton", self.remove_season)
        bar.addStretch(1)
        sl.addLayout(bar)
        self.season_model = RecordTableModel(self.season_columns(), parent=self)
        self.seasons_table, self.season_proxy = record_view(seasons_box, self.season_model, "seasonsTable")
        self.seasons_table.doubleClicked.connect(lambda _i: self.edit_season())
        sl.addWidget(self.seasons_table, 1)
        note = QLabel(self.tr("Months in no season use the posts' default times."), seasons_box)
        note.setWordWrap(True)
        sl.addWidget(note)
        bl.addWidget(seasons_box, 3)
        self.rules = RulesPanel(self.service, self.may_write, bottom)
        self.rules.saved.connect(self.data_changed.emit)
        bl.addWidget(self.rules, 2)
        split.addWidget(bottom)
        split.setSizes([420, 260])
        self.reload()

    # --- building -----------------------------------------------------------------------------

    def _button(self, bar: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        if not self.may_write:
            b.setEnabled(False)
            b.setToolTip(self.tr("Your role may not do this."))
        bar.addWidget(b)
        return b

    def post_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda p: p.name, width=170),
            Column("type", self.tr("Type"), lambda p: p.type_label, width=90),
            Column("people", self.tr("People"), lambda p: p.people_needed, align_right=True, width=60),
            Column("runs_on", self.tr("Runs on"), lambda p: p.runs_on_label, width=110),
            Column("times", self.tr("Times"), lambda p: self.times_text(p), width=300,
                   tooltip=lambda p: p.season_times_label),
            Column("coverage", self.tr("Windows / zone"), lambda p: p.coverage_label, width=180,
                   tooltip=lambda p: "、".join(p.window_numbers)),
            Column("comprehensive", self.tr("Comprehensive staff"),
                   lambda p: self.tr("yes") if p.comprehensive_staff else self.tr("no"), width=130),
            Column("status", self.tr("Status"), lambda p: self.tr("active") if p.active else self.tr("inactive")),
        ]

    def season_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Season"), lambda s: s.name, width=100),
            Column("months", self.tr("Months"), lambda s: s.months_label, width=110),
            Column("hours", self.tr("Opening hours"), lambda s: s.hours_label, width=200),
            Column("posts", self.tr("Posts with own times"), lambda s: s.post_times, align_right=True),
        ]

    def times_text(self, p: PostView) -> str:
        text = p.times_label if p.start is not None else self.tr("all day")
        if p.season_times_label:
            text += f"（{p.season_times_label}）"
        return text

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        keep_post = getattr(self.selected_post(), "id", None)
        keep_season = getattr(self.selected_season(), "id", None)
        try:
            self.post_model.set_rows(self.service.posts(include_inactive=True))
            self.season_model.set_rows(self.service.seasons())
            self.rules.load()
        except _ERRORS as e:
            self.show_error(e)
            return
        self._filter_posts()
        self._select(self.posts_table, self.post_proxy, keep_post)
        self._select(self.seasons_table, self.season_proxy, keep_season)
        self._update_buttons()

    def _filter_posts(self) -> None:
        self.post_proxy.set_predicate("active", None if self.show_inactive.isChecked() else (lambda p: p.active))
        rows = self.post_model.rows()
        active = sum(1 for p in rows if p.active)
        self.posts_count.setText(self.tr("%1 posts, %2 active").replace("%1", str(len(rows)))
                                 .replace("%2", str(active)))

    @staticmethod
    def _select(view: QTableView, proxy: RecordFilterProxy, row_id: int | None) -> None:
        if row_id is None:
            return
        for i in range(proxy.rowCount()):
            if proxy.index(i, 0).data(ID_ROLE) == row_id:
                view.selectRow(i)
                return

    @staticmethod
    def _selected(view: QTableView, proxy: RecordFilterProxy):
        idx = view.selectionModel().selectedRows() if view.selectionModel() else []
        if not idx:
            cur = view.currentIndex()
            if not cur.isValid():
                return None
            idx = [cur]
        return proxy.data(idx[0], ROW_ROLE)

    def selected_post(self) -> PostView | None:
        return self._selected(self.posts_table, self.post_proxy) if hasattr(self, "posts_table") else None

    def selected_season(self) -> SeasonView | None:
        return self._selected(self.seasons_table, self.season_proxy) if hasattr(self, "seasons_table") else None

    def select_post(self, post_id: int) -> None:
        self._select(self.posts_table, self.post_proxy, post_id)
        self._update_buttons()

    def select_season(self, season_id: int) -> None:
        self._select(self.seasons_table, self.season_proxy, season_id)

    def _update_buttons(self) -> None:
        p = self.selected_post()
        self.toggle_button.setText(self.tr("Activate") if p is not None and not p.active else self.tr("Deactivate"))

    def post_rows(self) -> list[list[str]]:
        """What the posts table shows (tests, checks)."""
        return [self.post_model.display_row(self.post_proxy.mapToSource(self.post_proxy.index(i, 0)).row())
                for i in range(self.post_proxy.rowCount())]

    def season_rows(self) -> list[list[str]]:
        return [self.season_model.display_row(self.season_proxy.mapToSource(self.season_proxy.index(i, 0)).row())
                for i in range(self.season_proxy.rowCount())]

    # --- actions ------------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot do that"), messages.describe(error))

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def _run(self, action) -> bool:
        try:
            action()
        except _ERRORS as e:
            self.show_error(e)
            return False
        self._changed()
        return True

    def _open(self, dialog, select) -> bool:
        if not dialog.exec():
            return False
        self._changed()
        if dialog.saved_id is not None:
            select(dialog.saved_id)
        return True

    def _post_dialog(self, post: PostView | None) -> PostDialog | None:
        try:
            windows = self.ui.windows.list()
            zones = self.ui.zones.list()
            seasons = self.service.seasons()
        except _ERRORS as e:
            self.show_error(e)
            return None
        return PostDialog(self.service, windows, zones, seasons, self, post=post)

    def _need(self, row, text: str) -> bool:
        if row is None:
            QMessageBox.information(self, self.tr("Duty posts"), text)
            return False
        return self.may_write

    def add_post(self) -> None:
        if self.may_write and (d := self._post_dialog(None)) is not None:
            self._open(d, self.select_post)

    def edit_post(self) -> None:
        p = self.selected_post()
        if self._need(p, self.tr("Select a duty post first.")) and (d := self._post_dialog(p)) is not None:
            self._open(d, self.select_post)

    def remove_post(self) -> None:
        p = self.selected_post()
        if not self._need(p, self.tr("Select a duty post first.")):
            return
        if p.in_use:
            # the service refuses; offer what it suggests instead
            question = self.tr("“%1” is used in rosters (%2 cells) and cannot be deleted. Deactivate it instead?")
            if p.active and QMessageBox.question(
                    self, self.tr("Delete"), question.replace("%1", p.name).replace("%2", str(p.roster_cells))
            ) == QMessageBox.StandardButton.Yes:
                self._run(lambda: self.service.set_active(p.id, False))
            elif not p.active:
                self._run(lambda: self.service.remove_post(p.id))  # shows why it cannot go
            return
        if QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the duty post “%1”?")
                                .replace("%1", p.name)) == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.service.remove_post(p.id))

    def toggle_active(self) -> None:
        p = self.selected_post()
        if self._need(p, self.tr("Select a duty post first.")):
            if self._run(lambda: self.service.set_active(p.id, not p.active)):
                self.select_post(p.id)

    def add_season(self) -> None:
        if self.may_write:
            self._open(SeasonDialog(self.service, self), self.select_season)

    def edit_season(self) -> None:
        s = self.selected_season()
        if self._need(s, self.tr("Select a season first.")):
            self._open(SeasonDialog(self.service, self, season=s), self.select_season)

    def remove_season(self) -> None:
        s = self.selected_season()
        if not self._need(s, self.tr("Select a season first.")):
            return
        question = self.tr("Delete the season “%1”?").replace("%1", s.name)
        if s.post_times:
            question += "\n" + self.tr("%n duty post(s) have their own times in this season; those times are "
                                       "deleted too and the posts' default times apply.", "", s.post_times)
        if QMessageBox.question(self, self.tr("Delete"), question) == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.service.remove_season(s.id))
