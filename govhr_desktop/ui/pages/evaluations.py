"""月度考核: compute a month's forms, open and adjust them, move the month through its states.

A whole month moves together (draft → submitted → reviewed → published); the page shows how
many forms are in each state and asks before every state change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.evaluation_items import CATEGORIES, CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import GRADE_AVERAGE, GRADE_FAIRLY_GOOD, GRADE_GOOD, GRADE_POOR
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_views import STATES, FormView
from govhr_desktop.services.registers import RegisterService
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FormDialog, combo
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle
from govhr_desktop.ui.tr import InheritedTr

GRADES = (GRADE_GOOD, GRADE_FAIRLY_GOOD, GRADE_AVERAGE, GRADE_POOR)
#: the scoring categories shown as columns (bonus and veto have their own)
DEDUCTION_CATEGORIES = tuple(c.code for c in CATEGORIES if c.code not in ("bonus", "veto"))


def recent_months(today: date, n: int = 13) -> list[str]:
    """The last ``n`` months before ``today``'s month, newest first ('2026-02', '2026-01', …)."""
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        out.append(f"{y}-{m:02d}")
    return out


def month_combo(today: date) -> QComboBox:
    box = QComboBox()
    box.setObjectName("monthSelector")
    for m in recent_months(today):
        box.addItem(m, m)
    box.setCurrentIndex(0)  # last month
    return box


def category_name(code: str) -> str:
    if code == "chief_share":  # booked when the month's honours are confirmed (services/honours.py)
        return QCoreApplication.translate("EvaluationState", "Chief representative's share of window deductions")
    c = CATEGORIES_BY_CODE.get(code)
    return c.zh if c else code


def item_name(code: str) -> str:
    i = ITEMS_BY_CODE.get(code)
    return i.zh if i else code


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _rate(x: float | None) -> str:
    return "" if x is None else f"{x * 100:.1f}%"


@dataclass(frozen=True)
class EvalRow:
    id: int  # form id
    rank: int
    staff_id: int
    name: str
    home_unit: str
    window: str
    total: float
    grade: str
    good_rate: float | None
    deductions: dict[str, float]  # category code -> capped deduction
    bonus: float
    veto: bool
    adjustments: float
    adjustment_count: int
    state: str


def _row(rank: int, unit: str, window: str, f: FormView) -> EvalRow:
    bd = f.breakdown or {}
    ded = {c.get("code"): float(c.get("capped") or 0) for c in bd.get("categories", [])}
    veto = bd.get("veto") or {}
    return EvalRow(
        f.id, rank, f.staff_id, f.staff_name, unit, window, float(f.total), f.grade, f.good_rate, ded,
        float((bd.get("bonus") or {}).get("capped") or 0), bool(veto.get("items")),
        round(sum(a.points for a in f.adjustments), 2), len(f.adjustments), f.state,
    )


def _table(parent, headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(t: QTableWidget, rows: list[list[Any]], data: list[Any] | None = None) -> None:
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            it = QTableWidgetItem("" if v is None else str(v))
            if data is not None and j == 0:
                it.setData(Qt.ItemDataRole.UserRole, data[i])
            t.setItem(i, j, it)


class RecordsBehindDialog(InheritedTr, QDialog):
    """The register entries and ratings behind one figure of a form."""

    def __init__(self, service: EvaluationService, form: FormView, category: str, parent=None) -> None:
        super().__init__(parent)
        label = self.tr("Good rate") if category == "good_rate" else category_name(category)
        self.setWindowTitle(self.tr("%1 — records behind %2").replace("%1", form.staff_name).replace("%2", label))
        self.resize(640, 320)
        lay = QVBoxLayout(self)
        self.records = service.records_behind(form.id, category)
        self.table = _table(self, [self.tr("Kind"), self.tr("Date"), self.tr("Item"), self.tr("Quantity"),
                                   self.tr("Level"), self.tr("Detail")], "recordsTable")
        kinds = {"register": self.tr("Register"), "rating": self.tr("Rating")}
        rows = []
        for r in self.records:
            detail = r.detail
            if r.excluded:
                detail = self.tr("(excluded)") + " " + detail
            rows.append([kinds.get(r.kind, r.kind), r.at, item_name(r.item_code) if r.kind == "register"
                         or r.item_code == "bad_rating" else self.tr("Rating"), _num(r.quantity),
                         "" if r.level is None else r.level, detail])
        _fill(self.table, rows, [r.id for r in self.records])
        lay.addWidget(self.table)
        self.empty = QLabel(self.tr("No records behind this figure."), self)
        self.empty.setVisible(not self.records)
        lay.addWidget(self.empty)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        lay.addWidget(box)


class EvaluationFormDialog(InheritedTr, QDialog):
    """A form, read-only: the figures per category (raw, capped, items) and the adjustments.
    Double-clicking a category lists the records behind it."""

    def __init__(self, service: EvaluationService, form: FormView, parent=None) -> None:
        super().__init__(parent)
        self.service, self.form = service, form
        self.setWindowTitle(self.tr("Evaluation form: %1 — %2").replace("%1", form.staff_name)
                            .replace("%2", form.month))
        self.resize(760, 560)
        bd = form.breakdown or {}
        lay = QVBoxLayout(self)
        veto = bd.get("veto") or {}
        summary = (self.tr("Total %1 (automatic %2), grade %3, 好评率 %4, state: %5")
                   .replace("%1", _num(form.total)).replace("%2", _num(form.automatic_total))
                   .replace("%3", form.grade).replace("%4", _rate(form.good_rate) or "—")
                   .replace("%5", state_label(self, form.state)))
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("summary")
        lay.addWidget(self.summary)
        if veto.get("items"):
            v = QLabel(self.tr("Veto: %1").replace("%1", "、".join(item_name(c) for c in veto["items"])), self)
            v.setStyleSheet("color: #c0392b;")
            lay.addWidget(v)

        lay.addWidget(QLabel(self.tr("Double-click a line to see the records behind it."), self))
        self.categories = _table(self, [self.tr("Category"), self.tr("Raw"), self.tr("Counted"), self.tr("Items")],
                                 "categoriesTable")
        rows, codes = [], []
        for c in bd.get("categories", []):
            items = "；".join(f"{item_name(i['code'])} ×{_num(i['quantity'])} (−{_num(i['amount'])})"
                             for i in c.get("items", []))
            rows.append([category_name(c["code"]), _num(c.get("raw")), _num(c.get("capped")), items])
            codes.append(c["code"])
        b = bd.get("bonus") or {}
        rows.append([category_name("bonus"), _num(b.get("raw")), _num(b.get("capped")),
                     "；".join(f"{item_name(i['code'])} ×{_num(i['quantity'])} (+{_num(i['amount'])})"
                              for i in b.get("items", []))])
        codes.append("bonus")
        rows.append([category_name("veto"), _num(veto.get("points")), _num(veto.get("points")),
                     "；".join(item_name(c) for c in veto.get("items", []))])
        codes.append("veto")
        rt = bd.get("ratings") or {}
        rows.append([self.tr("Good rate"), _rate(form.good_rate), "",
                     self.tr("%1 ratings, %2 good, %3 excluded").replace("%1", str(rt.get("total", 0)))
                     .replace("%2", str(rt.get("good", 0))).replace("%3", str(rt.get("excluded", 0)))])
        codes.append("good_rate")
        _fill(self.categories, rows, codes)
        self.categories.cellDoubleClicked.connect(lambda r, _c: self.show_records(r))
        lay.addWidget(self.categories, 2)

        lay.addWidget(QLabel(self.tr("Adjustments"), self))
        self.adjustments = _table(self, [self.tr("Category"), self.tr("Points"), self.tr("Reason"), self.tr("By"),
                                         self.tr("At")], "adjustmentsTable")
        _fill(self.adjustments, [[category_name(a.category), f"{a.points:+g}", a.reason, a.created_by,
                                  str(a.created_at or "")[:16]] for a in form.adjustments],
              [a.id for a in form.adjustments])
        lay.addWidget(self.adjustments, 1)
        self.last_records: RecordsBehindDialog | None = None

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def category_codes(self) -> list[str]:
        return [self.categories.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.rowCount())]

    def records_dialog(self, row: int) -> RecordsBehindDialog:
        code = self.categories.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return RecordsBehindDialog(self.service, self.form, code, self)

    def show_records(self, row: int) -> None:
        try:
            self.last_records = self.records_dialog(row)
        except (DomainError, ValidationError) as e:
            QMessageBox.warning(self, self.tr("Cannot do that"), messages.describe(e))
            return
        self.last_records.exec()


class AdjustDialog(FormDialog):
    """A manual change to a form's total: category, points (+/−), the reason (required)."""

    def __init__(self, service: EvaluationService, form: FormView, parent=None) -> None:
        super().__init__("", parent)
        self.service, self.form_view = service, form
        self.setWindowTitle(self.tr("Adjust: %1 — %2").replace("%1", form.staff_name).replace("%2", form.month))
        self.setMinimumWidth(460)
        self.category: QComboBox = self.add_field(
            "category", self.tr("Category"), combo([(c.zh, c.code) for c in CATEGORIES]), required=True)
        self.points: QDoubleSpinBox = self.add_field("points", self.tr("Points (+/−)"), QDoubleSpinBox(),
                                                     required=True)
        self.points.setRange(-100, 100)
        self.points.setDecimals(1)
        self.points.setSingleStep(0.5)
        self.reason: QPlainTextEdit = self.add_field("reason", self.tr("Reason"), QPlainTextEdit(), required=True)
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)

    def collect(self):
        return self.category.currentData(), self.points.value(), self.reason.toPlainText()

    def save(self, data) -> int | None:
        self.service.adjust(self.form_view.id, *data)
        return self.form_view.id


def state_label(_obj, state: str) -> str:
    return {
        "draft": QCoreApplication.translate("EvaluationState", "draft"),
        "submitted": QCoreApplication.translate("EvaluationState", "submitted"),
        "reviewed": QCoreApplication.translate("EvaluationState", "reviewed"),
        "published": QCoreApplication.translate("EvaluationState", "published"),
    }.get(state, state)


class EvaluationsPage(ListPage):
    settings_key = "evaluations"
    write_permission = perm.EVALUATION_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.evaluations = EvaluationService(ui.services)
        self.registers = RegisterService(ui.services)
        self.state_counts: dict[str, int] = {}
        super().__init__(ui, parent)
        self.month = month_combo(self.today())
        self.month.setParent(self)
        self.filter_bar.insertWidget(0, QLabel(self.tr("Month"), self))
        self.filter_bar.insertWidget(1, self.month)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        units = [(self.tr("All home units"), None)] + [(u.short_name, u.short_name) for u in self._units()]
        self.unit_filter = self.add_filter("unitFilter", units, lambda r, v: r.home_unit == v)
        grades = [(self.tr("All grades"), None)] + [(g, g) for g in GRADES]
        self.grade_filter = self.add_filter("gradeFilter", grades, lambda r, v: r.grade == v)

        self.state_line = QLabel(self)
        self.state_line.setObjectName("stateLine")
        self.body.insertWidget(1, self.state_line)

        self.add_button(self.tr("Compute"), self.compute, name="computeButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Open form…"), self.open_form, name="openButton")
        self.add_button(self.tr("Adjust…"), self.adjust, name="adjustButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Trend…"), self.open_trend, name="trendButton")
        self.add_button(self.tr("Submit month"), self.submit, name="submitButton", permission=perm.EVALUATION_WRITE)
        self.add_button(self.tr("Review month"), self.review, name="reviewButton", permission=perm.APPROVE)
        self.add_button(self.tr("Publish month"), self.publish, name="publishButton", permission=perm.APPROVE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _units(self):
        try:
            return self.ui.home_units.list()
        except Exception:  # noqa: BLE001 - a filter is not worth failing the page for
            return []

    def open_trend(self):
        """The selected person's monthly score and 好评率 over 12 months (Qt Charts)."""
        row = self.selected_row()
        if row is None:
            return None
        from govhr_desktop.ui.pages.trend_dialog import open_trend_dialog

        return open_trend_dialog(self, self.ui, staff_id=row.staff_id, today=self.today(), modal=False)

    def title(self) -> str:
        return self.tr("Monthly evaluation")

    def today(self) -> date:
        return date.today()

    def current_month(self) -> str:
        month = getattr(self, "month", None)
        return month.currentData() if month is not None else recent_months(self.today())[0]

    def search_placeholder(self) -> str:
        return self.tr("Name, unit or window (Ctrl+F)")

    def columns(self) -> list[Column]:
        short = {
            "discipline": self.tr("Discipline"),
            "service": self.tr("Service"),
            "handling": self.tr("Handling"),
            "rating": self.tr("Ratings"),
            "learning": self.tr("Learning"),
            "appearance": self.tr("Appearance"),
        }
        cols = [
            Column("rank", self.tr("Rank"), lambda r: r.rank, align_right=True, width=52),
            Column("name", self.tr("Name"), lambda r: r.name, width=70),
            Column("unit", self.tr("Home unit"), lambda r: r.home_unit, width=100),
            Column("window", self.tr("Window"), lambda r: r.window, width=60),
            Column("total", self.tr("Total"), lambda r: f"{r.total:g}", sort=lambda r: r.total,
                   align_right=True, width=55),
            Column("grade", self.tr("Grade"), lambda r: r.grade, width=45),
            Column("good_rate", self.tr("Good rate"), lambda r: _rate(r.good_rate),
                   sort=lambda r: -1 if r.good_rate is None else r.good_rate, align_right=True, width=60),
        ]
        for code in DEDUCTION_CATEGORIES:
            cols.append(Column(code, short.get(code, category_name(code)),
                               lambda r, c=code: _num(r.deductions.get(c)) if r.deductions.get(c) else "",
                               sort=lambda r, c=code: r.deductions.get(c, 0.0), align_right=True, width=72,
                               tooltip=lambda _r, c=code: category_name(c)))
        cols += [
            Column("bonus", self.tr("Bonus"), lambda r: _num(r.bonus) if r.bonus else "", sort=lambda r: r.bonus,
                   align_right=True, width=50),
            Column("veto", self.tr("Veto"), lambda r: self.tr("yes") if r.veto else "", width=64),
            Column("adjustments", self.tr("Adjustments"),
                   lambda r: f"{r.adjustments:+g} ({r.adjustment_count})" if r.adjustment_count else "",
                   sort=lambda r: r.adjustments, align_right=True, width=70),
            Column("state", self.tr("State"), lambda r: state_label(self, r.state), width=60),
        ]
        return cols

    def search_key(self, r: EvalRow) -> str:
        return f"{r.name} {r.home_unit} {r.window} {r.grade}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda r: "#c0392b" if r.veto else None)

    def fetch(self) -> list[EvalRow]:
        month = self.current_month()
        ranking = self.evaluations.month_ranking(month)
        where = {c.id: c for c in self.registers.staff_choices()} if ranking else {}
        forms = self.evaluations.forms(month) if ranking else {}
        rows = []
        for rr in ranking:
            f = forms.get(rr.staff_id)
            if f is None:
                continue
            c = where.get(rr.staff_id)
            rows.append(_row(rr.rank, rr.home_unit, c.window_number if c else "", f))
        self.state_counts = {s: 0 for s in STATES}
        for r in rows:
            self.state_counts[r.state] = self.state_counts.get(r.state, 0) + 1
        return rows

    def reload(self) -> None:
        super().reload()
        self._update_state_line()

    def _update_state_line(self) -> None:
        line = getattr(self, "state_line", None)
        if line is None:
            return
        c = self.state_counts
        if not sum(c.values()):
            line.setText(self.tr("%1: not computed yet.").replace("%1", self.current_month()))
            return
        line.setText(self.tr("%1: %2 draft, %3 submitted, %4 reviewed, %5 published")
                     .replace("%1", self.current_month()).replace("%2", str(c.get("draft", 0)))
                     .replace("%3", str(c.get("submitted", 0))).replace("%4", str(c.get("reviewed", 0)))
                     .replace("%5", str(c.get("published", 0))))

    # --- actions ------------------------------------------------------------------------------

    def _selected_form(self) -> FormView | None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.title(), self.tr("Select a person first."))
            return None
        try:
            return self.evaluations.form_by_id(row.id)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return None

    def _confirm(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    def compute(self) -> None:
        month = self.current_month()
        question = self.tr("Recompute the draft forms of %1 from the registers and ratings? Adjustments are kept; "
                           "submitted and reviewed forms are not changed.").replace("%1", month)
        if sum(self.state_counts.values()) and not self._confirm(self.tr("Compute"), question):
            return
        result = []
        if self.run_action(lambda: result.append(self.evaluations.evaluate_month(month))) and result:
            r = result[0]
            self.notify(self.tr("%1: %2 forms computed, %3 kept, %4 removed").replace("%1", month)
                        .replace("%2", str(r.computed)).replace("%3", str(r.kept)).replace("%4", str(r.removed)))

    def form_dialog(self) -> EvaluationFormDialog | None:
        f = self._selected_form()
        return None if f is None else EvaluationFormDialog(self.evaluations, f, self)

    def open_form(self) -> None:
        d = self.form_dialog()
        if d is not None:
            d.exec()

    def edit_selected(self) -> None:
        self.open_form()

    def adjust(self) -> None:
        f = self._selected_form()
        if f is not None:
            self.open_dialog(AdjustDialog(self.evaluations, f, self))

    def _move(self, title: str, question: str, action) -> None:
        month = self.current_month()
        if not self._confirm(title, question.replace("%1", month)):
            return
        moved = []
        if self.run_action(lambda: moved.append(action(month))) and moved:
            self.notify(self.tr("%1: %2 forms moved").replace("%1", month).replace("%2", str(moved[0])))

    def submit(self) -> None:
        self._move(self.tr("Submit month"), self.tr("Submit every draft form of %1 for review?"),
                   self.evaluations.submit)

    def review(self) -> None:
        self._move(self.tr("Review month"), self.tr("Mark every submitted form of %1 as reviewed?"),
                   self.evaluations.review)

    def publish(self) -> None:
        self._move(self.tr("Publish month"), self.tr(
            "Publish the evaluation of %1? It can no longer be computed or adjusted afterwards."),
                   self.evaluations.publish)
