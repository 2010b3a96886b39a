"""The 服务日志 tab of the 值班排班 page: the month's days on the left with whether the day's
duty log is written; on the right the selected day's log: the duty leader and the joint duty of
the day (read-only), 值班情况, 突发事件及处理, 交接事项 and 保存. A day still to come cannot be
written; a role without the duty-log permission reads only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.leader_duty import (
    HANDOVER_MAX,
    INCIDENTS_MAX,
    SUMMARY_MAX,
    DutyLogView,
    LeaderDayView,
    LeaderDutyService,
)
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FieldError
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.roster_leaders import (
    DAY_ROLE,
    MISSING_FG,
    MonthBar,
    MonthTab,
    day_brush,
    day_table,
    day_text,
    kind_text,
    weekday_name,
)

_ERRORS = (DomainError, ValidationError)
TEXT_FIELDS = ("summary", "incidents", "handover")


class DutyLogTab(MonthTab, Page):
    settings_key = "roster_log"
    #: the user chose another month here (the page keeps the other tabs in step)
    month_changed = Signal(int, int)

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = LeaderDutyService(ui.services)
        self.may_write = ui.can(perm.DUTY_LOG_WRITE)
        self.days: list[LeaderDayView] = []
        self.current: DutyLogView | None = None

        self.month_bar = MonthBar(self)
        self.month_bar.changed.connect(self._month_chosen)
        top = QHBoxLayout()
        top.addWidget(self.month_bar)
        top.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("logSplitter")
        self.table = day_table(split, [self.tr("Date"), self.tr("Weekday"), self.tr("Duty leader"), self.tr("Log")])
        self.table.setObjectName("dayTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for i, w in enumerate((100, 56, 110)):
            self.table.setColumnWidth(i, w)
        self.table.itemSelectionChanged.connect(self._day_selected)
        split.addWidget(self.table)

        editor = QWidget(split)
        ed = QVBoxLayout(editor)
        ed.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.day_label = self._info("dayLabel", editor)
        self.leader_label = self._info("leaderLabel", editor)
        self.joint_label = self._info("jointLabel", editor)
        self.written_label = self._info("writtenLabel", editor)
        form.addRow(self.tr("Date"), self.day_label)
        form.addRow(self.tr("Duty leader (带班领导)"), self.leader_label)
        form.addRow(self.tr("Joint duty (共同值班)"), self.joint_label)
        form.addRow(self.tr("Written by"), self.written_label)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, FieldError] = {}
        for key, text, limit, height in (
                ("summary", self.tr("How the day went (值班情况) *"), SUMMARY_MAX, 120),
                ("incidents", self.tr("Incidents and how they were handled (突发事件及处理)"), INCIDENTS_MAX, 100),
                ("handover", self.tr("Handover (交接事项)"), HANDOVER_MAX, 80)):
            box = QWidget(editor)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(1)
            edit = QPlainTextEdit(box)
            edit.setObjectName(key)
            edit.setMinimumHeight(height)
            edit.setPlaceholderText(self.tr("At most %1 characters.").replace("%1", str(limit)))
            err = FieldError(box)
            bl.addWidget(edit)
            bl.addWidget(err)
            form.addRow(text, box)
            self.edits[key], self.errors[key] = edit, err
        ed.addLayout(form)
        self.general_error = FieldError(editor)
        ed.addWidget(self.general_error)
        self.notice = QLabel(editor)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        self.save_button = QPushButton(self.tr("Save"), editor)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        if not self.may_write:
            self.save_button.setToolTip(self.tr("Your role may not do this."))
        row.addWidget(self.save_button)
        ed.addLayout(row)
        ed.addStretch(1)
        split.addWidget(editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 620])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._show(None)

    def title(self) -> str:
        return self.tr("Duty log")

    def today(self) -> date:
        return date.today()

    @staticmethod
    def _info(name: str, parent: QWidget) -> QLabel:
        lab = QLabel(parent)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return lab

    # --- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current.day if self.current is not None else None
        try:
            self.days = self.service.rota(*self.month())
        except _ERRORS as e:
            self.days = []
            self.show_domain_error(e)
        today = self.today()
        t = self.table
        t.blockSignals(True)
        t.clearSelection()
        t.setRowCount(len(self.days))
        for r, v in enumerate(self.days):
            if v.has_log:
                status = self.tr("written")
            elif v.day > today:
                status = "—"
            else:
                status = self.tr("not written")
            brush = day_brush(v)
            for c, value in enumerate((v.day.isoformat(), weekday_name(v.day), v.leader_name, status)):
                item = QTableWidgetItem(value)
                item.setData(DAY_ROLE, v.day)
                item.setToolTip(kind_text(v))
                if brush is not None:
                    item.setBackground(brush)
                if c == 3 and not v.has_log and v.day <= today and not v.is_rest_day:
                    item.setForeground(QBrush(MISSING_FG))
                t.setItem(r, c, item)
        t.blockSignals(False)
        days = [v.day for v in self.days]
        if keep not in days:  # a new month: today if it is in it, else its first day
            keep = today if today in days else (days[0] if days else None)
        if keep is not None:
            self.select_day(keep)
        else:
            self._show(None)

    def select_day(self, day: date) -> None:
        for r, v in enumerate(self.days):
            if v.day == day:
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, 0))
                self._load(day)  # also when the row was selected already
                return

    def selected_day(self) -> date | None:
        rows = self.table.selectionModel().selectedRows()
        return self.days[rows[0].row()].day if rows and self.days else None

    def _day_selected(self) -> None:
        day = self.selected_day()
        if day is None or (self.current is not None and self.current.day == day):
            return
        self._offer_to_save()
        self._load(day)

    def _offer_to_save(self) -> None:
        if self.current is None or not self.is_modified() or not self.save_button.isEnabled():
            return
        answer = QMessageBox.question(
            self, self.title(), self.tr("The log of %1 has changes that are not saved. Save them?")
            .replace("%1", self.current.day.isoformat()))
        if answer == QMessageBox.StandardButton.Yes:
            self.save(reload=False)

    # --- the editor ---------------------------------------------------------------------------

    def _load(self, day: date) -> None:
        try:
            view = self.service.log(day)
        except _ERRORS as e:
            self.show_domain_error(e)
            view = None
        self._show(view)

    def _show(self, view: DutyLogView | None) -> None:
        self.current = view
        self.clear_errors()
        for key, edit in self.edits.items():
            edit.setPlainText(getattr(view, key) if view is not None else "")
            edit.document().setModified(False)
        if view is None:
            for lab in (self.day_label, self.leader_label, self.joint_label, self.written_label):
                lab.setText("")
            self.notice.setText(self.tr("Select a day."))
            self._set_editable(False)
            return
        rota = next((v for v in self.days if v.day == view.day), None)
        self.day_label.setText(day_text(view.day) + (f"  {kind_text(rota)}" if rota is not None else ""))
        leader = view.leader_name + (f"（{view.leader_title}）" if view.leader_title else "")
        self.leader_label.setText(leader or self.tr("none"))
        self.joint_label.setText("；".join(view.joint) or self.tr("none"))
        if view.exists and view.written_at is not None:
            self.written_label.setText(f"{view.written_by}  {view.written_at:%Y-%m-%d %H:%M}")
        else:
            self.written_label.setText(self.tr("not written yet"))
        future = view.day > self.today()
        if future:
            self.notice.setText(self.tr("This day has not come yet; its log can be written on the day."))
        elif not self.may_write:
            self.notice.setText(self.tr("Your role may read the duty log but not write it."))
        else:
            self.notice.setText("")
        self._set_editable(self.may_write and not future)

    def _set_editable(self, on: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not on)
        self.save_button.setEnabled(on)

    def is_modified(self) -> bool:
        return any(e.document().isModified() for e in self.edits.values())

    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.show_text("")
        self.general_error.show_text("")

    def show_errors(self, error: BaseException) -> None:
        self.clear_errors()
        errors = error.errors if isinstance(error, ValidationError) else [error]
        labels = {"summary": self.tr("How the day went"), "incidents": self.tr("Incidents"),
                  "handover": self.tr("Handover")}
        for e in errors:
            if not isinstance(e, DomainError):
                self.general_error.show_text(str(e))
                continue
            text = messages.format_code(e.code, e.field, e.params, field_text=labels.get(e.field))
            if e.field in self.errors and self.errors[e.field].isHidden():
                self.errors[e.field].show_text(text)
                self.edits[e.field].setFocus()
            else:
                self.general_error.show_text(text)

    def save(self, reload: bool = True) -> bool:
        if self.current is None:
            return False
        day = self.current.day
        texts = {k: self.edits[k].toPlainText() for k in TEXT_FIELDS}
        try:
            self.service.save_log(day, texts["summary"], texts["incidents"], texts["handover"], today=self.today())
        except _ERRORS as e:
            self.show_errors(e)
            return False
        for edit in self.edits.values():
            edit.document().setModified(False)
        self.notify(self.tr("Duty log of %1 saved.").replace("%1", day.isoformat()))
        self.data_changed.emit()
        if reload:
            self.current = None
            self.reload()
            self.select_day(day)
        else:
            self._refresh_row(day)
        return True

    def _refresh_row(self, day: date) -> None:
        """Mark a day written without reloading the list (while another row is being selected)."""
        for r, v in enumerate(self.days):
            if v.day == day and self.table.item(r, 3) is not None:
                self.table.item(r, 3).setText(self.tr("written"))
                self.table.item(r, 3).setForeground(self.table.item(r, 0).foreground())
