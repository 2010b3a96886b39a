"""考核模板: the stored versions of the scoring template, each read as a clerk reads it, and a
change saved as a new version.

A stored version is never edited (``TemplateService``): evaluations keep the id of the version
they were scored with, so a published month stays as it was scored; a new version becomes the
active one and applies to the months computed from then on. The dialog shows every number of
the template (weights, points per occurrence, bonus cap, veto effects, grade bands, quotas,
ratings levels, honours and window figures) in spin boxes, validates the whole template with
``Template.validate()`` and shows each problem at the field it concerns.

``TemplateReader`` turns a template into words once, for the page, the comparison with the
previous version and the Excel export.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import (
    ANNUAL_LABELS,
    BONUS,
    VETO,
    CategoryRule,
    GradeBand,
    Template,
    VetoRule,
)
from govhr_desktop.services.templates import TemplateService, TemplateVersion
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FieldError, FormDialog
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.table import ROW_ROLE, Column, RecordTableModel, RowStyle, read_only_view
from govhr_desktop.ui.tr import InheritedTr

#: the five levels of 政务服务"好差评" (DOMAIN.md §6a); official terms, shown as they are
LEVEL_WORDS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
ERROR_COLOR = QColor("#c0392b")


def _num(x: float) -> str:
    """25.0 -> '25', 0.5 -> '0.5' (points are multiples of 0.5)."""
    return f"{round(float(x), 4):g}"


def _pct(share: float) -> str:
    return f"{round(share * 100, 2):g}%"


def category_name(code: str) -> str:
    c = CATEGORIES_BY_CODE.get(code)
    return c.zh if c else code


def item_name(code: str) -> str:
    """The catalogue's Chinese name; for a veto item without the default effect in brackets
    (the template may set another effect)."""
    i = ITEMS_BY_CODE.get(code)
    if i is None:
        return code
    return i.zh.split("（")[0] if i.category == VETO else i.zh


def item_unit(code: str) -> str:
    i = ITEMS_BY_CODE.get(code)
    return i.unit if i else "次"


@dataclass(frozen=True)
class Figure:
    """One number (or choice) of a template as the clerk reads it."""

    key: str  # the validation field path where there is one (``items.late_early.points``)
    section: str
    label: str
    value: Any  # compared between versions
    text: str  # as shown


@dataclass(frozen=True)
class Change:
    id: int
    section: str
    label: str
    before: str
    after: str


class TemplateReader(InheritedTr):
    """Every figure of a template in words: for the page, the comparison and the export."""

    # --- one figure in words ------------------------------------------------------------------

    def deduction(self, points: float, unit: str) -> str:
        return self.tr("−{points} per {unit}").format(points=_num(abs(points)), unit=unit)

    def bonus(self, points: float, unit: str) -> str:
        return self.tr("+{points} per {unit}").format(points=_num(points), unit=unit)

    def yes_no(self, flag: bool) -> str:
        return self.tr("Yes") if flag else self.tr("No")

    def veto_effect(self, v: VetoRule) -> str:
        parts = []
        if v.points:
            parts.append(self.tr("−{points} per occurrence, beyond the category caps").format(points=_num(v.points)))
        if v.forced_grade:
            parts.append(self.tr("grade set to {grade}").format(grade=v.forced_grade))
        if v.no_honours:
            parts.append(self.tr("no honours that year"))
        return self.tr("; ").join(parts) if parts else self.tr("no effect")

    def bands(self, t: Template) -> list[tuple[str, str]]:
        out = []
        for i, b in enumerate(t.bands):
            if i == 0:
                text = self.tr("{min} points and above").format(min=_num(b.min_score))
            elif i == len(t.bands) - 1 and b.min_score <= 0:
                text = self.tr("below {upper} points").format(upper=_num(t.bands[i - 1].min_score))
            else:
                text = self.tr("{min} to under {upper} points").format(
                    min=_num(b.min_score), upper=_num(t.bands[i - 1].min_score))
            out.append((b.grade, text))
        return out

    def good_level(self, level: int) -> str:
        return self.tr("level {level} ({word}) and above").format(level=level, word=LEVEL_WORDS.get(level, ""))

    def bad_level(self, level: int) -> str:
        return self.tr("levels 1 to {level}").format(level=level)

    def annual(self, level: str) -> str:
        return "{} / {}".format(ANNUAL_LABELS["civil_servant"].get(level, level),
                                ANNUAL_LABELS["institution"].get(level, level))

    # --- labels of the fields (also the names in error messages) -----------------------------

    def weight_label(self, category: str) -> str:
        return self.tr("{category}: weight").format(category=category_name(category))

    def veto_label(self, code: str, what: str) -> str:
        text = {
            "points": self.tr("{item}: points deducted"),
            "no_honours": self.tr("{item}: no honours that year"),
            "forced_grade": self.tr("{item}: grade set to"),
        }[what]
        return text.format(item=item_name(code))

    def simple_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Template name"),
            "base": self.tr("Base score"),
            "categories": self.tr("Category weights"),
            "bonus_cap": self.tr("Bonus cap"),
            "bands": self.tr("Grade bands"),
            "quota": self.tr("优秀 quota, normal unit"),
            "quota_collective_merit": self.tr("优秀 quota, unit with collective merit"),
            "quota_accountable": self.tr("优秀 quota, unit held accountable"),
            "good_rating_min_level": self.tr("Counted as good (好评率)"),
            "bad_rating_max_level": self.tr("Counted as bad (差评)"),
            "star_share": self.tr("Service stars: share"),
            "star_min": self.tr("Service stars: at least (people)"),
            "star_max": self.tr("Service stars: at most (people)"),
            "red_flag_count": self.tr("Red-flag windows a month"),
            "chief_share": self.tr("Chief representative's share of window deductions"),
            "window_complaint_points": self.tr("Window: points per upheld complaint"),
            "window_on_time_weight": self.tr("Window: weight of the on-time rate"),
            "window_good_rate_weight": self.tr("Window: weight of the 好评率"),
            "excellent_min_grade": self.tr("优秀 needs an annual average in band"),
            "annual_map": self.tr("Annual grades"),
        }

    def label(self, key: str) -> str:
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "categories":
            return self.weight_label(parts[1])
        if len(parts) == 3 and parts[0] == "items":
            return item_name(parts[1])
        if len(parts) == 3 and parts[0] == "vetoes" and parts[2] in ("points", "no_honours", "forced_grade"):
            return self.veto_label(parts[1], parts[2])
        return self.simple_labels().get(key, messages.field_label(key))

    # --- the whole template -------------------------------------------------------------------

    def sections(self) -> dict[str, str]:
        return {
            "general": self.tr("General"),
            "deductions": self.tr("Deductions"),
            "bonus": self.tr("Bonus"),
            "veto": self.tr("Veto items (一票否决)"),
            "grades": self.tr("Grades"),
            "quota": self.tr("优秀 quota"),
            "ratings": self.tr("Citizen ratings (好差评)"),
            "honours": self.tr("Honours"),
            "window": self.tr("Window score"),
        }

    def figures(self, t: Template) -> list[Figure]:
        s = self.sections()
        lab = self.simple_labels()
        out: list[Figure] = []

        def add(key: str, section: str, value: Any, text: str, label: str | None = None) -> None:
            out.append(Figure(key, s[section], label or lab.get(key, key), value, text))

        add("name", "general", t.name, t.name)
        add("base", "general", t.base, _num(t.base))
        items = t.items
        for c in t.categories:
            add(f"categories.{c.code}.weight", "deductions", c.weight, _num(c.weight), self.weight_label(c.code))
            for i in items:
                if i.category == c.code:
                    add(f"items.{i.code}.points", "deductions", i.points, self.deduction(i.points, item_unit(i.code)),
                        item_name(i.code))
        add("bonus_cap", "bonus", t.bonus_cap, _num(t.bonus_cap))
        for i in items:
            if i.category == BONUS:
                add(f"items.{i.code}.points", "bonus", i.points, self.bonus(i.points, item_unit(i.code)),
                    item_name(i.code))
        for v in t.vetoes:
            add(f"vetoes.{v.code}.points", "veto", v.points, _num(v.points), self.veto_label(v.code, "points"))
            add(f"vetoes.{v.code}.no_honours", "veto", v.no_honours, self.yes_no(v.no_honours),
                self.veto_label(v.code, "no_honours"))
            add(f"vetoes.{v.code}.forced_grade", "veto", v.forced_grade, v.forced_grade or "—",
                self.veto_label(v.code, "forced_grade"))
        for (grade, text), b in zip(self.bands(t), t.bands):
            add(f"bands.{grade}", "grades", b.min_score, text, grade)
        add("excellent_min_grade", "grades", t.excellent_min_grade, t.excellent_min_grade)
        for grade, level in t.annual_map:
            add(f"annual_map.{grade}", "grades", level, self.annual(level),
                self.tr("Annual grade for a {grade} average").format(grade=grade))
        for key in ("quota", "quota_collective_merit", "quota_accountable"):
            add(key, "quota", getattr(t, key), _pct(getattr(t, key)))
        add("good_rating_min_level", "ratings", t.good_rating_min_level, self.good_level(t.good_rating_min_level))
        add("bad_rating_max_level", "ratings", t.bad_rating_max_level, self.bad_level(t.bad_rating_max_level))
        add("star_share", "honours", t.star_share, _pct(t.star_share))
        add("star_min", "honours", t.star_min, str(t.star_min))
        add("star_max", "honours", t.star_max, str(t.star_max))
        add("red_flag_count", "honours", t.red_flag_count, str(t.red_flag_count))
        add("chief_share", "window", t.chief_share, _pct(t.chief_share))
        for key in ("window_complaint_points", "window_on_time_weight", "window_good_rate_weight"):
            add(key, "window", getattr(t, key), _num(getattr(t, key)))
        return out

    def changes(self, before: Template, after: Template) -> list[Change]:
        """The figures that differ, in the order of ``after`` (then any that only ``before`` has)."""
        old = {f.key: f for f in self.figures(before)}
        new = {f.key: f for f in self.figures(after)}
        out: list[Change] = []
        for key in [*new, *(k for k in old if k not in new)]:
            a, b = old.get(key), new.get(key)
            if a is not None and b is not None and a.value == b.value:
                continue
            f = b or a
            out.append(Change(len(out), f.section, f.label, a.text if a else "—", b.text if b else "—"))
        return out

    def html(self, t: Template) -> str:
        """The template as one document, section by section."""
        e = html.escape
        s = self.sections()
        parts = [("<style>h3 { color: #1f3a5f; margin-top: 14px; margin-bottom: 4px; } "
                  "th { background: #eef2f7; text-align: left; } p.note { color: #44505e; } "
                  "td.n { text-align: right; }</style>")]

        def table(headers: list[str], rows: list[str]) -> str:
            head = "".join(f"<th>{e(h)}</th>" for h in headers)
            return ('<table border="1" cellspacing="0" cellpadding="5" '
                    f'style="border-collapse: collapse; border-color: #d7dde5;"><tr>{head}</tr>{"".join(rows)}</table>')

        def row(*cells: str) -> str:
            return "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"

        # deductions
        parts.append(f"<h3>{e(s['deductions'])}</h3>")
        parts.append('<p class="note">' + e(self.tr(
            "Base score {base}. Each item deducts its points per occurrence; a category deducts at most its "
            "weight in a month; the total never falls below 0.").format(base=_num(t.base))) + "</p>")
        rows = []
        for k, c in enumerate(t.categories):
            shade = ' bgcolor="#f4f6f9"' if k % 2 else ""  # tells the categories apart
            items = [i for i in t.items if i.category == c.code]
            span = max(1, len(items))
            head = (f'<td rowspan="{span}"><b>{e(category_name(c.code))}</b></td>'
                    f'<td rowspan="{span}" class="n">{e(_num(c.weight))}</td>')
            if not items:
                rows.append(f"<tr{shade}>{head}<td></td><td></td></tr>")
            for n, i in enumerate(items):
                cells = f"<td>{e(item_name(i.code))}</td><td>{e(self.deduction(i.points, item_unit(i.code)))}</td>"
                rows.append(f"<tr{shade}>{head if n == 0 else ''}{cells}</tr>")
        total = sum(c.weight for c in t.categories)
        total_text = self.tr("Total")
        rows.append(f'<tr><td><b>{e(total_text)}</b></td><td class="n"><b>{e(_num(total))}</b></td>'
                    "<td></td><td></td></tr>")
        parts.append(table([self.tr("Category"), self.tr("Weight (most deducted a month)"), self.tr("Item"),
                            self.tr("Deduction")], rows))

        # bonus
        parts.append("<h3>" + e(self.tr("Bonus (cap +{cap})").format(cap=_num(t.bonus_cap))) + "</h3>")
        parts.append('<p class="note">' + e(self.tr(
            "Bonus points count up to the cap; a month's total is at most {max}.").format(
            max=_num(t.base + t.bonus_cap))) + "</p>")
        parts.append(table([self.tr("Item"), self.tr("Points added")],
                           [row(item_name(i.code), self.bonus(i.points, item_unit(i.code)))
                            for i in t.items if i.category == BONUS]))

        # veto
        parts.append(f"<h3>{e(s['veto'])}</h3>")
        parts.append(table([self.tr("Item"), self.tr("Effect")],
                           [row(item_name(v.code), self.veto_effect(v)) for v in t.vetoes]))

        # grades and the annual grade
        parts.append(f"<h3>{e(s['grades'])}</h3>")
        parts.append(table([self.tr("Monthly grade"), self.tr("Total score")], [row(g, x) for g, x in self.bands(t)]))
        parts.append('<p class="note">' + e(self.tr(
            "Annual assessment: the average of the months is graded with these bands. 优秀 needs an average in "
            "the {grade} band, no veto and a place within the quota.").format(grade=t.excellent_min_grade)) + "</p>")
        parts.append(table([self.tr("Band of the annual average"), self.tr("Civil servants"),
                            self.tr("Institution staff")],
                           [row(g, ANNUAL_LABELS["civil_servant"].get(lv, lv), ANNUAL_LABELS["institution"].get(lv, lv))
                            for g, lv in t.annual_map]))

        def pairs(title: str, note: str, items: list[tuple[str, str]]) -> None:
            parts.append(f"<h3>{e(title)}</h3>")
            if note:
                parts.append(f'<p class="note">{e(note)}</p>')
            parts.append('<table border="0" cellspacing="0" cellpadding="3">'
                         + "".join(f'<tr><td width="240">{e(a)}</td><td><b>{e(b)}</b></td></tr>' for a, b in items)
                         + "</table>")

        lab = self.simple_labels()
        pairs(s["quota"], self.tr("At most this share of those assessed; places are rounded down."), [
            (self.tr("Normal unit"), _pct(t.quota)),
            (self.tr("Unit with collective merit"), _pct(t.quota_collective_merit)),
            (self.tr("Unit held accountable"), _pct(t.quota_accountable)),
        ])
        pairs(s["ratings"], "", [
            (lab["good_rating_min_level"], self.good_level(t.good_rating_min_level)),
            (lab["bad_rating_max_level"], self.bad_level(t.bad_rating_max_level)),
        ])
        pairs(s["honours"], "", [
            (self.tr("Service stars (服务之星)"),
             self.tr("top {share} of those scored, {min} to {max} people a month").format(
                 share=_pct(t.star_share), min=t.star_min, max=t.star_max)),
            (self.tr("Red-flag windows (流动红旗窗口)"),
             self.tr("the top {count} windows each month").format(count=t.red_flag_count)),
        ])
        pairs(s["window"], self.tr("The average of the window's staff, minus the window's deductions and:"), [
            (self.tr("Upheld complaint"), self.tr("−{points} each").format(points=_num(t.window_complaint_points))),
            (self.tr("On-time rate"), self.tr("−{weight} × (1 − on-time rate)").format(
                weight=_num(t.window_on_time_weight))),
            (self.tr("好评率"), self.tr("−{weight} × (1 − 好评率)").format(weight=_num(t.window_good_rate_weight))),
            (lab["chief_share"], _pct(t.chief_share)),
        ])
        return "".join(parts)


# --- the dialog ---------------------------------------------------------------------------------


class NumberBox(QDoubleSpinBox):
    """A spin box that shows 25 rather than 25.0."""

    def textFromValue(self, value: float) -> str:
        return _num(value)


def _number(value: float, maximum: float = 100.0, step: float = 0.5, *, percent: bool = False) -> NumberBox:
    box = NumberBox()
    box.setDecimals(2 if percent else 1)
    box.setRange(0.0, maximum)
    box.setSingleStep(step)
    if percent:
        box.setSuffix("%")
        box.setValue(round(value * 100, 2))
    else:
        box.setValue(value)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    box.setMinimumWidth(90)
    return box


def _count(value: int, maximum: int = 100) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setValue(value)
    box.setMinimumWidth(90)
    return box


class TemplateDialog(FormDialog):
    """Every number of one version, changeable; saving stores a new version and makes it active.

    Field keys are the paths ``Template.validate()`` names (``categories.discipline.weight``,
    ``items.late_early.points``, ``bands``, ``quota``…), so each error lands at its field.
    """

    def __init__(self, ui, version: TemplateVersion, parent=None) -> None:
        super().__init__(self.tr("New version of the scoring template"), parent)
        self.ui = ui
        self.service = TemplateService(ui.services)
        self.version = version
        self.original = version.template
        self.reader = TemplateReader()
        self.saved: TemplateVersion | None = None
        self._tab_of: dict[str, int] = {}
        self._scroll_of: dict[int, QScrollArea] = {}
        t = self.original

        outer: QVBoxLayout = self.layout()
        note = QLabel(self.tr(
            "Based on {label}. Saving stores a new version and makes it the one in use: it applies to the months "
            "computed from now on; published evaluations keep the version they were scored with.").format(
            label=version.label), self)
        note.setObjectName("versionNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #44505e;")
        outer.insertWidget(0, note)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(t.name, self)
        self.name_edit.setMaxLength(80)
        self.name_edit.setMinimumWidth(360)
        top.addRow(self.reader.label("name"), self._boxed(
            "name", self.name_edit, -1, self.tr("a new name starts again at version 1")))
        self.base = _number(t.base, 1000, 1)
        top.addRow(self.reader.label("base"), self._boxed("base", self.base, -1))
        outer.insertLayout(1, top)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templateTabs")
        outer.insertWidget(2, self.tabs, 1)
        self._build_deductions(t)
        self._build_bonus_veto(t)
        self._build_grades(t)
        self._build_honours(t)

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save as new version"))
        save.setObjectName("saveVersion")
        self.base.valueChanged.connect(lambda _v: self._update_weight_total())
        self._update_weight_total()
        self.resize(1080, 740)

    # --- building -----------------------------------------------------------------------------

    def _register(self, key: str, widget: QWidget, err: FieldError, tab: int) -> None:
        widget.setObjectName(key)
        self._fields[key] = (widget, err)
        self._labels[key] = self.reader.label(key)
        self._tab_of[key] = tab

    def _boxed(self, key: str, widget: QWidget, tab: int, hint: str = "", stretch: bool = True) -> QWidget:
        """``widget`` (+ a hint after it) with its error line under it, for a form row."""
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        line = QHBoxLayout()
        line.addWidget(widget)
        if hint:
            h = QLabel(hint, box)
            h.setStyleSheet("color: #7a8694;")
            line.addWidget(h)
        if stretch:
            line.addStretch(1)
        lay.addLayout(line)
        err = FieldError(box)
        lay.addWidget(err)
        self._register(key, widget, err, tab)
        return box

    def _grid_row(self, grid: QGridLayout, key: str, widgets: list[QWidget], tab: int, field: int = 1) -> None:
        """One row of a grid (label, spin box, …) and an error line under it across the row."""
        r = grid.rowCount()
        for col, w in enumerate(widgets):
            grid.addWidget(w, r, col)
        err = FieldError(self)
        grid.addWidget(err, r + 1, 0, 1, max(len(widgets), grid.columnCount()))
        self._register(key, widgets[field], err, tab)

    def _page(self, title: str) -> tuple[int, QVBoxLayout]:
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(8, 8, 8, 8)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        idx = self.tabs.addTab(scroll, title)
        self._scroll_of[idx] = scroll
        return idx, lay

    def _header(self, grid: QGridLayout, *texts: str) -> None:
        for col, text in enumerate(texts):
            h = QLabel(text, self)
            h.setStyleSheet("color: #44505e; font-weight: bold;")
            grid.addWidget(h, 0, col)

    def _build_deductions(self, t: Template) -> None:
        tab, lay = self._page(self.tr("Deductions"))
        hint = QLabel(self.tr(
            "The weight of a category is the most it can deduct in a month. Points are deducted per occurrence "
            "of the item."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.weight_total = QLabel(self)
        self.weight_total.setObjectName("weightTotal")
        self.categories_error = FieldError(self)
        lay.addWidget(self.weight_total)
        lay.addWidget(self.categories_error)
        grid_all = QGridLayout()
        grid_all.setHorizontalSpacing(12)
        lay.addLayout(grid_all)
        first_weight: QWidget | None = None
        for n, c in enumerate(t.categories):
            group = QGroupBox(category_name(c.code), self)
            grid = QGridLayout(group)
            grid.setColumnStretch(0, 1)
            weight = _number(c.weight, 1000, 1)
            weight.valueChanged.connect(lambda _v: self._update_weight_total())
            first_weight = first_weight or weight
            grid.setColumnMinimumWidth(2, 56)
            label = QLabel(self.tr("Weight (most deducted a month)"), group)
            label.setStyleSheet("font-weight: bold;")
            self._grid_row(grid, f"categories.{c.code}.weight", [label, weight], tab)
            for i in t.items:
                if i.category != c.code:
                    continue
                spin = _number(abs(i.points))
                self._grid_row(grid, f"items.{i.code}.points",
                               [QLabel(item_name(i.code), group), spin,
                                QLabel(self.tr("per {unit}").format(unit=item_unit(i.code)), group)], tab)
            grid_all.addWidget(group, n // 2, n % 2, Qt.AlignmentFlag.AlignTop)
        grid_all.setColumnStretch(0, 1)
        grid_all.setColumnStretch(1, 1)
        lay.addStretch(1)
        self._fields["categories"] = (first_weight or self.base, self.categories_error)
        self._labels["categories"] = self.reader.label("categories")
        self._tab_of["categories"] = tab

    def _build_bonus_veto(self, t: Template) -> None:
        tab, lay = self._page(self.tr("Bonus and veto"))
        bonus = QGroupBox(self.tr("Bonus"), self)
        grid = QGridLayout(bonus)
        grid.setColumnStretch(0, 1)
        self._header(grid, self.tr("Item"), self.tr("Points added"), "")
        self._grid_row(grid, "bonus_cap", [QLabel(self.tr("Bonus cap (most added a month)"), bonus),
                                           _number(t.bonus_cap)], tab)
        for i in t.items:
            if i.category == BONUS:
                self._grid_row(grid, f"items.{i.code}.points",
                               [QLabel(item_name(i.code), bonus), _number(i.points),
                                QLabel(self.tr("per {unit}").format(unit=item_unit(i.code)), bonus)], tab)
        lay.addWidget(bonus)

        veto = QGroupBox(self.tr("Veto items (一票否决)"), self)
        grid = QGridLayout(veto)
        grid.setColumnStretch(0, 1)
        self._header(grid, self.tr("Item"), self.tr("Points deducted"), self.tr("No honours that year"),
                     self.tr("Grade set to"))
        grades = [b.grade for b in t.bands]
        self.veto_widgets: dict[str, tuple[NumberBox, QCheckBox, QComboBox]] = {}
        for v in t.vetoes:
            points = _number(v.points)
            no_honours = QCheckBox(self.tr("No honours"), veto)
            no_honours.setChecked(v.no_honours)
            forced = QComboBox(veto)
            forced.addItem(self.tr("(points decide)"), None)
            for g in grades:
                forced.addItem(g, g)
            forced.setCurrentIndex(max(0, forced.findData(v.forced_grade)))
            self._grid_row(grid, f"vetoes.{v.code}.points", [QLabel(item_name(v.code), veto), points, no_honours,
                                                            forced], tab)
            # the other two columns name their own keys, sharing the row's error line
            err = self._fields[f"vetoes.{v.code}.points"][1]
            self._register(f"vetoes.{v.code}.no_honours", no_honours, err, tab)
            self._register(f"vetoes.{v.code}.forced_grade", forced, err, tab)
            self.veto_widgets[v.code] = (points, no_honours, forced)
        lay.addWidget(veto)
        lay.addStretch(1)

    def _build_grades(self, t: Template) -> None:
        tab, lay = self._page(self.tr("Grades and quotas"))
        bands = QGroupBox(self.tr("Grade bands (monthly)"), self)
        grid = QGridLayout(bands)
        grid.setColumnStretch(2, 1)
        self.band_spins: list[tuple[str, NumberBox]] = []
        for b in t.bands:
            spin = _number(b.min_score, 1000, 1)
            r = grid.rowCount()
            grid.addWidget(QLabel(b.grade, bands), r, 0)
            grid.addWidget(spin, r, 1)
            grid.addWidget(QLabel(self.tr("points and above"), bands), r, 2)
            spin.setObjectName(f"bands.{b.grade}")
            self.band_spins.append((b.grade, spin))
        self.bands_error = FieldError(bands)
        grid.addWidget(self.bands_error, grid.rowCount(), 0, 1, 3)
        note = QLabel(self.tr("From the highest band to the lowest; the lowest starts at 0."), bands)
        note.setStyleSheet("color: #7a8694;")
        grid.addWidget(note, grid.rowCount(), 0, 1, 3)
        first = self.band_spins[0][1] if self.band_spins else self.base
        self._fields["bands"] = (first, self.bands_error)
        self._labels["bands"] = self.reader.label("bands")
        self._tab_of["bands"] = tab
        lay.addWidget(bands)

        quota = QGroupBox(self.tr("优秀 quota (share of those assessed, at most 50%)"), self)
        form = QFormLayout(quota)
        for key, text in (("quota", self.tr("Normal unit")),
                          ("quota_collective_merit", self.tr("Unit with collective merit")),
                          ("quota_accountable", self.tr("Unit held accountable"))):
            form.addRow(text, self._boxed(key, _number(getattr(t, key), 100, 1, percent=True), tab))
        lay.addWidget(quota)

        ratings = QGroupBox(self.tr("Citizen ratings (好差评)"), self)
        form = QFormLayout(ratings)
        self.good_level = QComboBox(ratings)
        self.bad_level = QComboBox(ratings)
        for level in (5, 4, 3, 2, 1):
            self.good_level.addItem(self.reader.good_level(level), level)
            self.bad_level.addItem(self.reader.bad_level(level), level)
        self.good_level.setCurrentIndex(max(0, self.good_level.findData(t.good_rating_min_level)))
        self.bad_level.setCurrentIndex(max(0, self.bad_level.findData(t.bad_rating_max_level)))
        form.addRow(self.tr("好评率 counts ratings of"), self._boxed("good_rating_min_level", self.good_level, tab))
        form.addRow(self.tr("差评 are ratings of"), self._boxed("bad_rating_max_level", self.bad_level, tab))
        lay.addWidget(ratings)
        lay.addStretch(1)

    def _build_honours(self, t: Template) -> None:
        tab, lay = self._page(self.tr("Honours and windows"))
        honours = QGroupBox(self.tr("Honours"), self)
        form = QFormLayout(honours)
        form.addRow(self.tr("Service stars: share of those scored"),
                    self._boxed("star_share", _number(t.star_share, 100, 1, percent=True), tab))
        form.addRow(self.tr("Service stars: at least"),
                    self._boxed("star_min", _count(t.star_min), tab, self.tr("people a month")))
        form.addRow(self.tr("Service stars: at most"),
                    self._boxed("star_max", _count(t.star_max), tab, self.tr("people a month")))
        form.addRow(self.tr("Red-flag windows"),
                    self._boxed("red_flag_count", _count(t.red_flag_count, 50), tab, self.tr("windows a month")))
        lay.addWidget(honours)

        window = QGroupBox(self.tr("Window score"), self)
        form = QFormLayout(window)
        form.addRow(self.tr("Points per upheld complaint"),
                    self._boxed("window_complaint_points", _number(t.window_complaint_points), tab))
        form.addRow(self.tr("Weight of the on-time rate"),
                    self._boxed("window_on_time_weight", _number(t.window_on_time_weight), tab,
                                self.tr("deducts weight × (1 − on-time rate)")))
        form.addRow(self.tr("Weight of the 好评率"),
                    self._boxed("window_good_rate_weight", _number(t.window_good_rate_weight), tab,
                                self.tr("deducts weight × (1 − 好评率)")))
        form.addRow(self.tr("Chief representative's share"),
                    self._boxed("chief_share", _number(t.chief_share, 100, 5, percent=True), tab,
                                self.tr("of the window's deductions")))
        lay.addWidget(window)
        lay.addStretch(1)

    def _update_weight_total(self) -> None:
        total = sum(self.spin(f"categories.{c.code}.weight").value() for c in self.original.categories)
        base = self.base.value()
        self.weight_total.setText(self.tr("Weights add up to {total} of the base score {base}.").format(
            total=_num(total), base=_num(base)))
        self.weight_total.setStyleSheet("color: #c0392b; font-weight: bold;" if total > base else "")

    # --- reading the widgets ------------------------------------------------------------------

    def spin(self, key: str):
        """The spin box (or other input) of a field key, e.g. ``spin('bonus_cap').setValue(6)``."""
        if key.startswith("bands."):
            return dict(self.band_spins)[key.split(".", 1)[1]]
        return self._fields[key][0]

    def _share(self, key: str) -> float:
        return round(self.spin(key).value() / 100, 4)

    def collect(self) -> Template:
        t = self.original
        items = []
        for i in t.items:
            key = f"items.{i.code}.points"
            if i.category == VETO or key not in self._fields:
                items.append(i)
            elif i.category == BONUS:
                items.append(replace(i, points=float(self.spin(key).value())))
            else:  # a deduction: entered as the points taken away
                items.append(replace(i, points=-float(self.spin(key).value())))
        vetoes = []
        for v in t.vetoes:
            points, no_honours, forced = self.veto_widgets[v.code]
            vetoes.append(VetoRule(v.code, float(points.value()), no_honours.isChecked(), forced.currentData()))
        new = replace(
            t,
            name=self.name_edit.text().strip(),
            base=float(self.base.value()),
            categories=tuple(CategoryRule(c.code, float(self.spin(f"categories.{c.code}.weight").value()))
                             for c in t.categories),
            items=tuple(items),
            bonus_cap=float(self.spin("bonus_cap").value()),
            vetoes=tuple(vetoes),
            bands=tuple(GradeBand(g, float(s.value())) for g, s in self.band_spins),
            quota=self._share("quota"),
            quota_collective_merit=self._share("quota_collective_merit"),
            quota_accountable=self._share("quota_accountable"),
            good_rating_min_level=int(self.good_level.currentData()),
            bad_rating_max_level=int(self.bad_level.currentData()),
            star_share=self._share("star_share"),
            star_min=int(self.spin("star_min").value()),
            star_max=int(self.spin("star_max").value()),
            red_flag_count=int(self.spin("red_flag_count").value()),
            chief_share=self._share("chief_share"),
            window_complaint_points=float(self.spin("window_complaint_points").value()),
            window_on_time_weight=float(self.spin("window_on_time_weight").value()),
            window_good_rate_weight=float(self.spin("window_good_rate_weight").value()),
        )
        return new.validate()

    def save(self, data: Template) -> int | None:
        self.saved = self.service.save_new_version(data)
        return self.saved.id

    # --- errors -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, QColor())  # an invalid colour: back to the normal one

    def show_error(self, error: BaseException) -> None:
        """Each problem at its field; the tabs holding one turn red; the first is shown."""
        self.clear_errors()
        errors = error.errors if isinstance(error, ValidationError) else [error]
        first: QWidget | None = None
        general: list[str] = []
        for e in errors:
            if not isinstance(e, DomainError):
                general.append(str(e))
                continue
            text = self.message(e)
            if e.field in self._fields:
                widget, err = self._fields[e.field]
                err.show_text((err.text() + "\n" + text) if not err.isHidden() and text not in err.text() else text)
                tab = self._tab_of.get(e.field, -1)
                if tab >= 0:
                    self.tabs.tabBar().setTabTextColor(tab, ERROR_COLOR)
                first = first or widget
            else:
                general.append(text)
        if general:
            self.general_error.show_text("\n".join(general))
        if first is not None:
            key = next(k for k, (w, _e) in self._fields.items() if w is first)
            tab = self._tab_of.get(key, -1)
            if tab >= 0:
                self.tabs.setCurrentIndex(tab)
                self._scroll_of[tab].ensureWidgetVisible(first)
            first.setFocus()

    def message(self, e: DomainError) -> str:
        """The error in words, naming the field as this dialog labels it."""
        field = self._labels.get(e.field) or self.reader.label(e.field or "")
        # deductions are entered here as the points taken away (a positive number)
        own = {
            "template.deduction_not_negative": self.tr("{field}: enter the points deducted per occurrence, more "
                                                       "than 0."),
            "template.star_limits": self.tr("{field}: the least number of service stars cannot exceed the most."),
        }.get(e.code)
        if own is not None:
            return own.format(field=field)
        params = {k: _num(v) if isinstance(v, float) else v for k, v in e.params.items()}
        return messages.format_code(e.code, e.field, params, field_text=field)

    def _on_save(self) -> None:
        self.clear_errors()
        try:
            data = self.collect()
        except (ValidationError, DomainError) as e:
            self.show_error(e)
            return
        if data == self.original:
            self.general_error.show_text(self.tr("Nothing was changed; no new version was saved."))
            return
        try:
            self.saved_id = self.save(data)
        except (ValidationError, DomainError) as e:
            self.show_error(e)
            return
        self.accept()


# --- the page -----------------------------------------------------------------------------------


class TemplatesPage(Page):
    settings_key = "templates"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.service = TemplateService(ui.services)
        self.reader = TemplateReader()
        self.current: TemplateVersion | None = None
        self.previous: TemplateVersion | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)

        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit as new version…"), self)
        self.edit_button.setObjectName("editTemplate")
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.edit_button.setVisible(ui.can(perm.EVALUATION_WRITE))
        bar.addWidget(self.edit_button)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda _c=False: self.export_xlsx())
        self.export_button.setEnabled(ui.can(perm.RECORDS_EXPORT))
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        lay.addLayout(bar)

        note = QLabel(self.tr(
            "A stored version is never changed. Published evaluations keep the version they were scored with; "
            "a new version applies to the months computed from now on."), self)
        note.setObjectName("versionNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #44505e;")
        lay.addWidget(note)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("Versions (newest first)"), left))
        self.version_model = RecordTableModel([
            Column("name", self.tr("Template"), lambda v: v.name, width=120),
            Column("version", self.tr("Version"), lambda v: f"v{v.version}", width=50),
            Column("active", self.tr("Status"), lambda v: self.tr("In use") if v.active else "", width=76),
            Column("created_at", self.tr("Created"),
                   lambda v: v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else "", width=126),
            Column("created_by", self.tr("By"), lambda v: v.created_by),
        ], style=RowStyle(background=lambda v: "#e8f5e9" if v.active else None), parent=self)
        self.version_table = read_only_view(left, self.version_model)
        self.version_table.setObjectName("versionTable")
        self.version_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.version_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_selected())
        self.version_table.doubleClicked.connect(lambda _i: self.edit_selected())
        left_lay.addWidget(self.version_table)

        right = QWidget(split)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(right)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        right_lay.addWidget(self.detail_title)
        self.tabs = QTabWidget(right)
        self.tabs.setObjectName("detailTabs")
        self.detail = QTextBrowser(self.tabs)
        self.detail.setObjectName("templateText")
        self.detail.setOpenLinks(False)
        self.tabs.addTab(self.detail, self.tr("Template"))
        compare = QWidget(self.tabs)
        compare_lay = QVBoxLayout(compare)
        self.compare_note = QLabel(compare)
        self.compare_note.setObjectName("compareNote")
        self.compare_note.setWordWrap(True)
        compare_lay.addWidget(self.compare_note)
        self.change_model = RecordTableModel([
            Column("section", self.tr("Section"), lambda c: c.section, width=140),
            Column("label", self.tr("Figure"), lambda c: c.label, width=300),
            Column("before", self.tr("Previous version"), lambda c: c.before, width=180),
            Column("after", self.tr("This version"), lambda c: c.after),
        ], parent=self)
        self.change_table = read_only_view(compare, self.change_model)
        self.change_table.setObjectName("changeTable")
        compare_lay.addWidget(self.change_table, 1)
        self.tabs.addTab(compare, self.tr("Changes from the previous version"))
        right_lay.addWidget(self.tabs, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 790])
        lay.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Scoring templates")

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        try:
            active = self.service.active()  # stores the default as version 1 on first use
            versions = self.service.versions()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        self.version_model.set_rows(versions)
        if keep is None or self.version_model.row_of_id(keep) < 0:
            keep = active.id
        self.select_version(keep)

    def versions(self) -> list[TemplateVersion]:
        return list(self.version_model.rows())

    def select_version(self, version_id: int) -> None:
        row = self.version_model.row_of_id(version_id)
        if row >= 0:
            self.version_table.selectRow(row)
            self.version_table.setCurrentIndex(self.version_model.index(row, 0))
        self._show_selected()

    def selected(self) -> TemplateVersion | None:
        idx = self.version_table.currentIndex()
        return self.version_model.data(idx, ROW_ROLE) if idx.isValid() else None

    def _show_selected(self) -> None:
        v = self.selected()
        self.current = v
        self.edit_button.setEnabled(v is not None)
        if v is None:
            self.detail_title.setText("")
            self.detail.clear()
            self.change_model.set_rows([])
            return
        rows = self.version_model.rows()
        older = [r for r in rows if r.id < v.id]
        self.previous = max(older, key=lambda r: r.id) if older else None
        status = self.tr("in use") if v.active else self.tr("earlier version, no longer used for new months")
        self.detail_title.setText(self.tr("{label} ({status}), created {at}").format(
            label=v.label, status=status, at=v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else "—"))
        self.detail.setHtml(self.reader.html(v.template))
        if self.previous is None:
            self.change_model.set_rows([])
            self.compare_note.setText(self.tr("This is the first version; there is nothing to compare with."))
        else:
            changes = self.reader.changes(self.previous.template, v.template)
            self.change_model.set_rows(changes)
            self.change_model.columns[2].header = self.previous.label
            self.change_model.columns[3].header = v.label
            self.change_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 3)
            if changes:
                self.compare_note.setText(self.tr("{count} figure(s) differ from {label}.").format(
                    count=len(changes), label=self.previous.label))
            else:
                self.compare_note.setText(self.tr("No figure differs from {label}.").format(label=self.previous.label))

    def figures(self) -> list[Figure]:
        """The selected version's figures, as the page shows them."""
        return self.reader.figures(self.current.template) if self.current else []

    # --- actions ------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        if self.current is None or not self.ui.can(perm.EVALUATION_WRITE):
            return
        dlg = TemplateDialog(self.ui, self.current, self)
        if not dlg.exec():
            return
        self.current = None
        self.reload()
        if dlg.saved is not None:
            self.select_version(dlg.saved.id)
            self.notify(self.tr("Saved {label}; it is now the version in use.").format(label=dlg.saved.label))
        self.data_changed.emit()

    def notify(self, text: str) -> None:
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, 8000)

    def export_xlsx(self, path: str | None = None) -> str | None:
        v = self.current
        if v is None:
            return None
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{start}/{v.name} v{v.version}.xlsx",
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        rows = [[f.section, f.label, f.text] for f in self.reader.figures(v.template)]
        n = export_table(path, f"{v.name} v{v.version}", [self.tr("Section"), self.tr("Figure"), self.tr("Value")],
                         rows)
        self.ui.audit.record_export(self.settings_key, n)
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        self.notify(self.tr("Exported {label} to {path}").format(label=v.label, path=path))
        return path

