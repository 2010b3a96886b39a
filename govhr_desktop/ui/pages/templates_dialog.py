"""The dialog of the templates page: every number of one stored version of the scoring template
(weights, points per occurrence, bonus cap, veto effects, grade bands, quotas, ratings levels,
honours and window figures) in spin boxes. It validates the whole template with
``Template.validate()``, shows each problem at the field it concerns, and saves a change as a new
version (``TemplateService``), which becomes the active one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.scoring import BONUS, VETO, CategoryRule, GradeBand, Template, VetoRule
from govhr_desktop.services.templates import TemplateService, TemplateVersion
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FieldError, FormDialog
from govhr_desktop.ui.pages.templates_reader import (
    TemplateReader,
    _num,
    category_name,
    item_name,
    item_unit,
)

ERROR_COLOR = QColor("#c0392b")


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
