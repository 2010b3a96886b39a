"""统计图表: the evaluation charts of DOMAIN.md §6/§6a in four tabs.

* 个人趋势: a person (picked by typing a name, unit or window) — monthly total and 好评率 over
  the 12 months up to a chosen month;
* 窗口趋势: the same for a window (its score as ranked for the red flag);
* 各单位等次分布: people per grade and home unit for a month or a year;
* 窗口好评率: 好评率 per window for a month, windows below the center's rate in red.

Each tab exports the figures behind its chart to .xlsx (audited, like every export) and saves the
chart as a PNG (audited too: a person's trend is personal data). ``open_trend_dialog`` shows one
person's or one window's trend in a dialog, for the evaluation and window pages.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.statistics import StatisticsService, Trend, months_ending
from govhr_desktop.ui import messages
from govhr_desktop.ui.charts import ChartPanel, GradeDistributionChart, TrendChart, WindowRateChart
from govhr_desktop.ui.dialogs.form import combo
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.evaluations import month_combo, recent_months, state_label
from govhr_desktop.ui.pages.registers import pick_choice
from govhr_desktop.ui.tr import InheritedTr

TREND_MONTHS = 12


def _pct(rate: float | None) -> float | None:
    """A share as a percentage for a spreadsheet cell (one decimal), None stays empty."""
    return None if rate is None else round(rate * 100, 1)


def _pct_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}"


class ChartTab(InheritedTr, QWidget):
    """One tab: controls on top, a chart, a summary line; the rows behind the chart for export.
    Subclasses set ``self.chart`` and implement ``tab_title()``, ``load()`` and ``export_rows()``."""

    key = "chart"
    chart: ChartPanel
    #: emitted after every reload (the page enables its export buttons by what is shown)
    reloaded = Signal()

    def __init__(self, ui, today: date, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.today = today
        self.stats = StatisticsService(ui.services)
        self.loaded = False
        self.bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(8, 8, 8, 8)
        self.lay.addLayout(self.bar)
        self.lay.addWidget(self.summary)

    def reload(self) -> None:
        """Fetch the figures and redraw the chart."""
        self.loaded = True
        try:
            self.load()
        finally:
            self.reloaded.emit()

    def export_title(self) -> str:
        return self.tab_title()

    def _month_box(self, caption: str, name: str = "monthSelector") -> QComboBox:
        self.bar.addWidget(QLabel(caption, self))
        box = month_combo(self.today)
        box.setParent(self)
        box.setObjectName(name)
        box.currentIndexChanged.connect(lambda _i: self.reload())
        self.bar.addWidget(box)
        return box

    def _scrolled(self, chart: ChartPanel) -> QScrollArea:
        """Tall bar charts (35 units, 150 windows) scroll instead of squeezing their bars."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(chart)
        return area

    def fail(self, error: BaseException) -> None:
        self.chart.show_message(messages.describe(error))
        self.summary.setText("")


class TrendTab(ChartTab):
    """A person's or a window's trend: picker, "12 months up to" month, two-line chart.
    Subclasses give ``texts()``, ``choices()`` (text, id) and ``fetch(id, months)``."""

    def __init__(self, ui, today: date, parent=None, *, subject_id: int | None = None, fixed: bool = False) -> None:
        super().__init__(ui, today, parent)
        self.trend: Trend | None = None
        self.fixed_id = subject_id if fixed else None  # a dialog's one person or window
        self.stale_choices = False  # people or windows may have changed: refill the picker
        self.picker_label = QLabel(self.texts()["picker"], self)
        self.picker = combo(self.choices(), searchable=True)
        self.picker.setParent(self)
        self.picker.setObjectName("picker")
        self.picker.setMinimumWidth(320)
        self.picker.setCurrentIndex(-1)
        self.picker.lineEdit().setPlaceholderText(self.texts()["placeholder"])
        self.picker.currentIndexChanged.connect(lambda _i: self.reload())
        self.picker.lineEdit().returnPressed.connect(self._typed)
        self.bar.addWidget(self.picker_label)
        self.bar.addWidget(self.picker)
        self.month = self._month_box(self.tr("12 months up to"))
        self.bar.addStretch(1)
        self.chart = TrendChart(self)
        self.chart.setObjectName("trendChart")
        self.lay.addWidget(self.chart, 1)
        if fixed:
            self.picker_label.hide()
            self.picker.hide()
        self.chart.show_message(self.texts()["choose"])
        if subject_id is not None:
            self.select(subject_id)

    def texts(self) -> dict[str, str]:  # pragma: no cover - abstract
        """title, picker (its label), placeholder, choose (nothing picked yet), score (axis)."""
        raise NotImplementedError

    def tab_title(self) -> str:
        return self.texts()["title"]

    def _typed(self) -> None:
        """Enter in the picker: the exact text, else the only item containing what was typed."""
        value = pick_choice(self.picker)
        if value is not None and value != self.picker.currentData():
            self.picker.setCurrentIndex(self.picker.findData(value))

    def select(self, subject_id: int) -> None:
        i = self.picker.findData(subject_id)
        if i >= 0 and i != self.picker.currentIndex():
            self.picker.setCurrentIndex(i)
        elif i >= 0:
            self.reload()

    def subject_id(self) -> int | None:
        if self.fixed_id is not None:
            return self.fixed_id
        return self.picker.currentData() if self.picker.currentIndex() >= 0 else None

    def refresh_choices(self) -> None:
        """Refill the picker (someone joined, a window opened), keeping the choice."""
        keep = self.subject_id()
        self.picker.blockSignals(True)
        self.picker.clear()
        for text, value in self.choices():
            self.picker.addItem(text, value)
        self.picker.setCurrentIndex(self.picker.findData(keep) if keep is not None else -1)
        self.picker.blockSignals(False)
        self.stale_choices = False

    def months(self) -> list[str]:
        return months_ending(self.month.currentData(), TREND_MONTHS)

    def load(self) -> None:
        if self.stale_choices:
            self.refresh_choices()
        sid = self.subject_id()
        self.trend = None
        if sid is None:
            self.chart.show_message(self.texts()["choose"])
            self.summary.setText("")
            return
        months = self.months()
        try:
            self.trend = t = self.fetch(sid, months)
        except (DomainError, ValidationError) as e:
            self.fail(e)
            return
        title = self.tr("{name} — {first} to {last}").format(name=t.name, first=months[0], last=months[-1])
        self.chart.set_trend([p.month for p in t.points], [p.score for p in t.points],
                             [p.good_rate for p in t.points], title=title, score_title=self.texts()["score"])
        self.summary.setText(self.summary_text(t))

    def summary_text(self, t: Trend) -> str:
        scored = [p.score for p in t.points if p.score is not None]
        counted = sum(p.ratings for p in t.points)
        good = sum(p.good for p in t.points)
        parts = [f"{t.name}（{t.detail}）" if t.detail else t.name]
        if scored:
            parts.append(self.tr("{n} month(s) scored, average {score}").format(
                n=len(scored), score=f"{sum(scored) / len(scored):.2f}"))
        else:
            parts.append(self.tr("no evaluation form in these months"))
        if counted:
            parts.append(self.tr("{n} citizen rating(s), good rating rate {rate}%").format(
                n=counted, rate=_pct_text(good / counted)))
        else:
            parts.append(self.tr("no citizen ratings"))
        return "  ·  ".join(parts)

    def export_title(self) -> str:
        if self.trend is None:
            return self.tab_title()
        m = self.months()
        return f"{self.tab_title()} {self.trend.name} {m[0]}—{m[-1]}"


class PersonTrendTab(TrendTab):
    key = "person"

    def texts(self) -> dict[str, str]:
        return {"title": self.tr("Person trend"), "picker": self.tr("Person"),
                "placeholder": self.tr("Type a name, unit or window"),
                "choose": self.tr("Choose a person to see their monthly score and good rating rate."),
                "score": self.tr("Evaluation score")}

    def choices(self) -> list[tuple[str, int]]:
        from govhr_desktop.services.registers import RegisterService

        try:
            return [(c.text(), c.id) for c in RegisterService(self.ui.services).staff_choices()]
        except (DomainError, ValidationError):
            return []

    def fetch(self, subject_id: int, months: list[str]) -> Trend:
        return self.stats.person_trend(subject_id, months)

    def export_rows(self) -> tuple[list[str], list[list[object]]]:
        headers = [self.tr("Month"), self.tr("Evaluation score"), self.tr("Grade"), self.tr("Form state"),
                   self.tr("Good rating rate (%)"), self.tr("Ratings counted"), self.tr("Good ratings"),
                   self.tr("Excluded ratings")]
        rows = [] if self.trend is None else [
            [p.month, p.score, p.grade, state_label(self, p.state) if p.state else "", _pct(p.good_rate), p.ratings,
             p.good, p.excluded] for p in self.trend.points]
        return headers, rows


class WindowTrendTab(TrendTab):
    key = "window"

    def texts(self) -> dict[str, str]:
        return {"title": self.tr("Window trend"), "picker": self.tr("Window"),
                "placeholder": self.tr("Type a window number or name"),
                "choose": self.tr("Choose a window to see its monthly score and good rating rate."),
                "score": self.tr("Window score")}

    def choices(self) -> list[tuple[str, int]]:
        try:
            windows = self.ui.windows.list()
        except (DomainError, ValidationError):
            return []
        return [(" · ".join(x for x in (f"{w.number} {w.name}", w.home_unit_name) if x), w.id) for w in windows]

    def fetch(self, subject_id: int, months: list[str]) -> Trend:
        return self.stats.window_trend(subject_id, months)

    def export_rows(self) -> tuple[list[str], list[list[object]]]:
        headers = [self.tr("Month"), self.tr("Window score"), self.tr("Staff average"), self.tr("Staff scored"),
                   self.tr("Good rating rate (%)"), self.tr("Ratings counted"), self.tr("Good ratings"),
                   self.tr("Excluded ratings")]
        rows = [] if self.trend is None else [
            [p.month, p.score, p.staff_average, p.staff_count, _pct(p.good_rate), p.ratings, p.good, p.excluded]
            for p in self.trend.points]
        return headers, rows


class GradeDistributionTab(ChartTab):
    key = "grades"

    def __init__(self, ui, today: date, parent=None) -> None:
        super().__init__(ui, today, parent)
        self.distribution = None
        self.bar.addWidget(QLabel(self.tr("Period"), self))
        self.period = QComboBox(self)
        self.period.setObjectName("periodSelector")
        for m in recent_months(today):
            self.period.addItem(m, m)
        for y in (today.year, today.year - 1):
            self.period.addItem(self.tr("Year {year} (published months)").format(year=y), str(y))
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.bar.addWidget(self.period)
        self.bar.addStretch(1)
        self.chart = GradeDistributionChart(self)
        self.chart.setObjectName("gradeChart")
        self.lay.addWidget(self._scrolled(self.chart), 1)

    def tab_title(self) -> str:
        return self.tr("Grades by home unit")

    def export_title(self) -> str:
        return f"{self.tab_title()} {self.period.currentData()}"

    def load(self) -> None:
        period = self.period.currentData()
        try:
            d = self.distribution = self.stats.grade_distribution(period)
        except (DomainError, ValidationError) as e:
            self.distribution = None
            self.fail(e)
            return
        year = len(period) == 4
        title = (self.tr("Annual grades by home unit, {year}") if year else
                 self.tr("Grades by home unit, {month}")).format(year=period, month=period)
        empty = (self.tr("No published evaluation forms in {year}.").format(year=period) if year else
                 self.tr("No evaluation forms for {month} yet: compute the month first.").format(month=period))
        self.chart.set_distribution([u.short_name for u in d.units], d.grades, [u.counts for u in d.units],
                                    title=title, empty_text=empty)
        if d.empty:
            self.summary.setText("")
            return
        totals = d.totals()
        parts = [self.tr("{grade}: {n}").format(grade=g, n=n) for g, n in zip(d.grades, totals)]
        text = self.tr("{units} home unit(s), {people} people: {grades}").format(
            units=len(d.units), people=sum(totals), grades="  ".join(parts))
        ungraded = sum(u.ungraded for u in d.units)
        if year and ungraded:
            text += self.tr("; {n} with fewer than 6 published months (no annual grade)").format(n=ungraded)
        self.summary.setText(text)

    def export_rows(self) -> tuple[list[str], list[list[object]]]:
        d = self.distribution
        if d is None:
            return [self.tr("Home unit")], []
        year = len(d.period) == 4
        headers = [self.tr("Home unit"), self.tr("Full name"), *d.grades, self.tr("Total")]
        if year:
            headers.append(self.tr("No annual grade"))
        rows: list[list[object]] = [[u.short_name, u.full_name, *u.counts, u.total] + ([u.ungraded] if year else [])
                                    for u in d.units]
        if d.units:
            totals = d.totals()
            rows.append([self.tr("Total"), "", *totals, sum(totals)]
                        + ([sum(u.ungraded for u in d.units)] if year else []))
        return headers, rows


class WindowRatesTab(ChartTab):
    key = "window_rates"

    def __init__(self, ui, today: date, parent=None) -> None:
        super().__init__(ui, today, parent)
        self.rates = ()
        self.center = None
        self.month = self._month_box(self.tr("Month"))
        self.bar.addStretch(1)
        self.chart = WindowRateChart(self)
        self.chart.setObjectName("windowRateChart")
        self.lay.addWidget(self._scrolled(self.chart), 1)

    def tab_title(self) -> str:
        return self.tr("Good rating rate by window")

    def export_title(self) -> str:
        return f"{self.tab_title()} {self.month.currentData()}"

    def load(self) -> None:
        month = self.month.currentData()
        try:
            self.rates = self.stats.window_good_rates(month)
            self.center = self.stats.center_satisfaction_trend([month])[0]
        except (DomainError, ValidationError) as e:
            self.rates, self.center = (), None
            self.fail(e)
            return
        c = self.center
        title = self.tr("Good rating rate by window, {month}").format(month=month)
        self.chart.set_rates([f"{r.number} {r.name}" for r in self.rates], [r.good_rate for r in self.rates],
                             [r.ratings for r in self.rates], reference=c.good_rate, title=title,
                             empty_text=self.tr("No citizen ratings in {month}.").format(month=month))
        if c.good_rate is None:
            self.summary.setText("")
            return
        below = len(self.chart.highlighted())
        self.summary.setText(self.tr(
            "Center: {n} rating(s), good rating rate {rate}%. {below} window(s) below the center's rate are "
            "shown in red.").format(n=c.ratings, rate=_pct_text(c.good_rate), below=below))

    def export_rows(self) -> tuple[list[str], list[list[object]]]:
        headers = [self.tr("Window number"), self.tr("Window name"), self.tr("Home unit"), self.tr("Ratings counted"),
                   self.tr("Good ratings"), self.tr("Excluded ratings"), self.tr("Good rating rate (%)")]
        rows: list[list[object]] = [[r.number, r.name, r.home_unit, r.ratings, r.good, r.excluded, _pct(r.good_rate)]
                                    for r in self.rates]
        if self.rates and self.center is not None:
            c = self.center
            rows.append([self.tr("Whole center"), "", "", c.ratings, c.good, c.excluded, _pct(c.good_rate)])
        return headers, rows


# --- export and PNG, shared by the page and the dialog ---------------------------------------


class ChartActions(InheritedTr, QWidget):
    """"Export Excel…" and "Save as PNG…" for whichever tab ``current()`` returns."""

    def __init__(self, ui, current, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.current = current
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.allowed = ui.can(perm.RECORDS_EXPORT)
        self.export_button, self.png_button = buttons = (
            QPushButton(self.tr("Export Excel…"), self), QPushButton(self.tr("Save as PNG…"), self))
        for b, name, slot in zip(buttons, ("exportButton", "pngButton"), (self.export_xlsx, self.save_png)):
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False, f=slot: f())
            b.setToolTip("" if self.allowed else self.tr("Your role may not do this."))
            lay.addWidget(b)
        self.refresh()

    def refresh(self) -> None:
        """Enabled when the role may export and the current tab shows a chart."""
        tab = self.current()
        on = self.allowed and tab is not None and tab.chart.has_data()
        self.export_button.setEnabled(on)
        self.png_button.setEnabled(on)

    def _ask(self, caption: str, suffix: str, filt: str) -> str | None:
        start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
        name = self.current().export_title().replace("/", "-")
        path, _f = QFileDialog.getSaveFileName(self, caption, f"{start}/{name}{suffix}", filt)
        return path or None

    def _done(self, path: str, text: str) -> None:
        self.ui.settings.setValue("export/dir", str(path).rsplit("/", 1)[0])
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, 8000)

    def export_xlsx(self, path: str | None = None) -> str | None:
        """The figures behind the current chart as a workbook; the export is audited."""
        tab = self.current()
        if path is None:
            path = self._ask(self.tr("Export to Excel"), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from govhr_desktop.exchange.xlsx_export import export_table

        headers, rows = tab.export_rows()
        n = export_table(path, tab.export_title(), headers, rows)
        self.ui.audit.record_export(f"charts.{tab.key}", n)
        self._done(path, self.tr("Exported %n row(s) to %1", "", n).replace("%1", path))
        return path

    def save_png(self, path: str | None = None) -> str | None:
        """The current chart as a PNG image; audited like an export (it may show a person's figures)."""
        tab = self.current()
        if path is None:
            path = self._ask(self.tr("Save chart as image"), ".png", self.tr("PNG image (*.png)"))
            if not path:
                return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if not tab.chart.save_png(path):
            text = self.tr("The image could not be written to {path}.").format(path=path)
            QMessageBox.warning(self, self.tr("Cannot do that"), text)
            return None
        _headers, rows = tab.export_rows()
        self.ui.audit.record_export(f"charts.{tab.key}.png", len(rows))
        self._done(path, self.tr("Chart saved to {path}").format(path=path))
        return path


# --- the page ---------------------------------------------------------------------------------


class ChartsPage(Page):
    settings_key = "charts"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        top = QHBoxLayout()
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        today = self.today()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.person_tab = PersonTrendTab(ui, today, self)
        self.window_tab = WindowTrendTab(ui, today, self)
        self.grades_tab = GradeDistributionTab(ui, today, self)
        self.rates_tab = WindowRatesTab(ui, today, self)
        for tab in (self.person_tab, self.window_tab, self.grades_tab, self.rates_tab):
            self.tabs.addTab(tab, tab.tab_title())
        self.actions_bar = ChartActions(ui, self.current_tab, self)
        for i in range(self.tabs.count()):
            self.tabs.widget(i).reloaded.connect(self.actions_bar.refresh)
        self.tabs.currentChanged.connect(lambda _i: self.actions_bar.refresh())
        top.addWidget(self.actions_bar)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._ensure_loaded())
        index = str(ui.settings.value(f"{self.settings_key}/tab", 0))
        self.tabs.setCurrentIndex(int(index) if index.isdigit() else 0)
        self.tabs.currentChanged.connect(lambda i: ui.settings.setValue(f"{self.settings_key}/tab", i))

    def title(self) -> str:
        return self.tr("Charts")

    def today(self) -> date:
        return date.today()

    def current_tab(self) -> ChartTab:
        return self.tabs.currentWidget()

    def reload(self) -> None:
        """Fresh figures for the tab in view; the others reload when they are opened."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, TrendTab) and tab.loaded:
                tab.stale_choices = True
            tab.loaded = False
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        tab = self.current_tab()
        if not tab.loaded:
            tab.reload()

    def prepare_screenshot(self) -> None:
        """Show the trend of the first person with a form in the chosen month (screenshots)."""
        from govhr_desktop.services.evaluation import EvaluationService

        service = EvaluationService(self.ui.services)
        for month in recent_months(self.today(), 6):
            ranking = service.month_ranking(month)
            if ranking:
                self.show_person(ranking[0].staff_id)
                return

    def show_person(self, staff_id: int) -> None:
        self.tabs.setCurrentWidget(self.person_tab)
        self.person_tab.select(staff_id)

    def show_window(self, window_id: int) -> None:
        self.tabs.setCurrentWidget(self.window_tab)
        self.window_tab.select(window_id)

    def export_xlsx(self, path: str | None = None) -> str | None:
        return self.actions_bar.export_xlsx(path)

    def save_png(self, path: str | None = None) -> str | None:
        return self.actions_bar.save_png(path)


# --- a trend in a dialog ----------------------------------------------------------------------
