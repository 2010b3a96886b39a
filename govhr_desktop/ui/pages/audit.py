"""The audit trail (auditor): search entries in SQL, read one entry's before/after, check the chain.

The service filters by user, action prefix, record and date range and returns at most the
newest ``LIMIT`` entries; the search box above the table narrows the loaded rows as you type.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
)

from govhr_desktop.domain.security import AUDIT_READ
from govhr_desktop.services.audit import AuditRow, ChainCheck
from govhr_desktop.ui.audit_labels import action_label, record_type_label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import ROW_ROLE, Column, RowStyle

LIMIT = 5000
DEFAULT_DAYS = 30
RESULT_COLORS = {"denied": "#fff4d6", "failed": "#fde2e1"}


def _time(row: AuditRow) -> str:
    return row.at[:19].replace("T", " ")


def _record(row: AuditRow) -> str:
    parts = [record_type_label(row.record_type)] if row.record_type else []
    if row.record_label:
        parts.append(row.record_label)
    if row.record_id:
        parts.append(f"#{row.record_id}")
    return " ".join(parts)


def _pretty(raw: str) -> str:
    if not raw:
        return ""
    try:
        return json.dumps(json.loads(raw), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return raw


def _changes(before: str, after: str) -> list[tuple[str, object, object]]:
    """(field, old, new) for the fields an update changed."""
    try:
        old, new = json.loads(before), json.loads(after)
    except ValueError:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    return [(k, old.get(k), new.get(k)) for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]


class AuditPage(ListPage):
    settings_key = "audit"

    def __init__(self, ui, parent=None) -> None:
        self._hit_limit = False
        self._last_query: dict | None = None
        super().__init__(ui, parent)
        self.search.setMinimumWidth(160)
        self.search.setPlaceholderText(self.tr("Narrow the list (Ctrl+F)"))

        # editable: a center has dozens of accounts; type a few letters to find one
        self.user_filter = QComboBox(self)
        self.user_filter.setObjectName("userFilter")
        self.user_filter.setEditable(True)
        self.user_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_filter.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.user_filter.completer().setCompletionMode(self.user_filter.completer().CompletionMode.PopupCompletion)
        self.user_filter.lineEdit().setPlaceholderText(self.tr("All users"))
        self.user_filter.setToolTip(self.tr("Leave empty for all users"))
        self.user_filter.addItem("", None)
        self.user_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user_filter.setMinimumContentsLength(10)
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("actionFilter")
        for i, (text, prefix) in enumerate(self.action_choices()):
            self.action_filter.addItem(text, prefix)
            if prefix:
                self.action_filter.setItemData(i, prefix + "…", Qt.ItemDataRole.ToolTipRole)
        self.action_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_filter.setMinimumContentsLength(14)
        self.record_filter = QLineEdit(self)
        self.record_filter.setObjectName("recordFilter")
        self.record_filter.setClearButtonEnabled(True)
        self.record_filter.setPlaceholderText(self.tr("Record (type, name, id)"))
        self.record_filter.setMinimumWidth(170)
        today = QDate.currentDate()
        self.from_date = self._date_edit("fromDate", today.addDays(-DEFAULT_DAYS))
        self.to_date = self._date_edit("toDate", today)
        self._default_to = today
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("searchButton")
        for w in (self.user_filter, self.action_filter, self.record_filter):
            self.filter_bar.addWidget(w)
        self.filter_bar.addWidget(QLabel(self.tr("from"), self))
        self.filter_bar.addWidget(self.from_date)
        self.filter_bar.addWidget(QLabel(self.tr("to"), self))
        self.filter_bar.addWidget(self.to_date)
        self.filter_bar.addWidget(self.search_button)
        self.search_button.clicked.connect(lambda: self.reload())
        self.record_filter.returnPressed.connect(self.apply_filters)
        self.user_filter.lineEdit().returnPressed.connect(self.apply_filters)
        self.user_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.action_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.check_button = self.add_button(self.tr("Check integrity"), lambda: self.check_integrity(), name="checkButton")
        self.check_button.setToolTip(self.tr("Recompute the hash chain: shows whether any entry was changed or removed"))
        self.add_button(self.tr("Export Excel…"), lambda: self.export_xlsx(), name="exportButton")

        # the selected entry underneath, in a splitter so the clerk can give it more room
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail.setPlaceholderText(self.tr("Select an entry to see what it changed."))
        index = self.body.indexOf(self.table)
        self.body.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 160])
        self.body.insertWidget(index, self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        if self.ui.settings.value(f"{self.settings_key}/header") is None:
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        d = QDateEdit(value, self)
        d.setObjectName(name)
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setMinimumDate(QDate(2000, 1, 1))
        return d

    def action_choices(self) -> list[tuple[str, str | None]]:
        return [
            (self.tr("All actions"), None),
            (self.tr("Logins"), "login"),
            (self.tr("Logouts"), "logout"),
            (self.tr("Screen unlocks"), "unlock"),
            (self.tr("Staff records"), "staff."),
            (self.tr("Home units"), "home_unit."),
            (self.tr("Windows"), "window."),
            (self.tr("Zones"), "zone."),
            (self.tr("Center settings"), "center."),
            (self.tr("Accounts"), "user."),
            (self.tr("Full ID / phone numbers shown"), "personal.reveal"),
            (self.tr("Backups"), "backup."),
            (self.tr("Exports"), "export"),
            (self.tr("Security settings"), "settings."),
        ]

    # --- list ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Audit trail")

    def columns(self) -> list[Column]:
        return [
            Column("id", self.tr("No."), lambda r: r.id, align_right=True, width=60),
            Column("at", self.tr("Time"), _time, sort=lambda r: r.at, width=140),
            Column("username", self.tr("User"), lambda r: r.username, width=90),
            Column("action", self.tr("Action"), lambda r: action_label(r.action), sort=lambda r: r.action,
                   tooltip=lambda r: r.action, width=150),
            Column("record", self.tr("Record"), _record, width=230),
            Column("result", self.tr("Result"), self._result_text, width=70),
            Column("detail", self.tr("Detail"), lambda r: r.detail, tooltip=lambda r: r.detail),
        ]

    def _result_text(self, row: AuditRow) -> str:
        return {"ok": self.tr("ok"), "denied": self.tr("denied"), "failed": self.tr("failed")}.get(row.result, row.result)

    def search_key(self, r: AuditRow) -> str:
        return f"{r.username} {r.action} {action_label(r.action)} {_record(r)} {self._result_text(r)} {r.detail}"

    def row_style(self) -> RowStyle:
        return RowStyle(background=lambda r: RESULT_COLORS.get(r.result))

    def query(self) -> dict:
        """The service's filters, as the widgets show them."""
        since, until = self.from_date.date(), self.to_date.date()
        return {
            "username": self.user_filter.currentText().strip() or None,
            "action": self.action_filter.currentData(),
            "record": self.record_filter.text().strip() or None,
            "since": since.toPython(),
            "until": until.toPython(),
            "limit": LIMIT,
        }

    def fetch(self) -> list[AuditRow]:
        if not self.ui.can(AUDIT_READ):
            self._hit_limit = False
            return []
        self._last_query = self.query()
        rows = self.ui.audit.list(**self._last_query)
        self._hit_limit = len(rows) >= LIMIT
        return rows

    def apply_filters(self) -> None:
        """Fetch again when a filter changed (Enter, a pick from a list)."""
        if self.query() != self._last_query:
            self.reload()

    def reload(self) -> None:
        today = QDate.currentDate()
        if self.to_date.date() == self._default_to and self._default_to < today:
            self.to_date.setDate(today)  # the program ran past midnight: keep "up to today"
        self._default_to = today if self.to_date.date() == today else self._default_to
        if self.from_date.date() > self.to_date.date():  # typed the wrong way round
            a, b = self.to_date.date(), self.from_date.date()
            self.from_date.setDate(a)
            self.to_date.setDate(b)
        self._reload_users()
        super().reload()
        self._show_detail()

    def _reload_users(self) -> None:
        if not self.ui.can(AUDIT_READ):
            return
        typed = self.user_filter.currentText()
        self.user_filter.blockSignals(True)
        while self.user_filter.count() > 1:
            self.user_filter.removeItem(1)
        for name in self.ui.audit.usernames():
            self.user_filter.addItem(name, name)
        i = self.user_filter.findText(typed, Qt.MatchFlag.MatchExactly)
        if i >= 0:
            self.user_filter.setCurrentIndex(i)
        else:
            self.user_filter.setEditText(typed)  # a name with no entries (yet): keep what was typed
        self.user_filter.blockSignals(False)

    def _update_count(self) -> None:
        super()._update_count()
        if self._hit_limit:
            self.count_label.setText(
                self.count_label.text() + " — "
                + self.tr("only the newest %1 entries are shown; narrow the search").replace("%1", str(LIMIT))
            )

    # --- detail -------------------------------------------------------------------------------

    def _show_detail(self) -> None:
        row = self.selected_row()
        self.detail.setPlainText(self.describe(row) if row is not None else "")

    def describe(self, r: AuditRow) -> str:
        lines = [f"#{r.id}  {_time(r)}  {r.username}  {action_label(r.action)} ({r.action})  {self._result_text(r)}"]
        if _record(r):
            lines.append(self.tr("Record: %1").replace("%1", _record(r)))
        if r.detail:
            lines.append(self.tr("Detail: %1").replace("%1", r.detail))
        if r.before and r.after:
            changes = _changes(r.before, r.after)
            if changes:
                lines.append("")
                lines.append(self.tr("Changed:"))
                dump = lambda v: json.dumps(v, ensure_ascii=False)
                lines += [f"  {k}: {dump(old)} → {dump(new)}" for k, old, new in changes]
        for caption, raw in ((self.tr("Before:"), r.before), (self.tr("After:"), r.after)):
            if raw:
                lines += ["", caption, _pretty(raw)]
        return "\n".join(lines)

    # --- actions ------------------------------------------------------------------------------

    def check_integrity(self) -> ChainCheck:
        self.reload()  # show the entries as they are in the file now
        check = self.ui.audit.verify()
        if check.ok:
            QMessageBox.information(
                self, self.tr("Audit trail intact"),
                self.tr("%1 entries checked: the chain is intact.").replace("%1", str(check.entries)),
            )
            return check
        broken = str(check.first_broken_id)
        if check.reason == "hash":
            text = self.tr("Entry #%1 was changed after it was written.").replace("%1", broken)
        else:
            text = self.tr("Entry #%1 does not follow the entry before it: an entry before #%1 was changed or removed.").replace("%1", broken)
        if self.model.row_of_id(check.first_broken_id) >= 0:
            self.select_id(check.first_broken_id)
            self._show_detail()
            where = self.tr("The entry is selected in the list.")
        else:
            where = self.tr("The entry is not in the current list; widen the search (dates, user, action) to see it.")
        QMessageBox.warning(
            self, self.tr("Audit trail damaged"),
            text + "\n" + where + "\n" + self.tr("Keep the database file as evidence and tell the security officer."),
        )
        return check

    def export_rows(self) -> tuple[list[str], list[list[str]]]:
        """The visible columns plus the full before/after of each entry."""
        headers, rows = super().export_rows()
        headers = headers + [self.tr("Before"), self.tr("After")]
        out = []
        for i, values in enumerate(rows):
            r = self.proxy.data(self.proxy.index(i, 0), ROW_ROLE)
            out.append(values + [r.before, r.after])
        return headers, out
