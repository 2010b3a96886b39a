"""Chart widgets for the evaluation figures (Qt Charts; the only module that imports QtCharts).

Every chart is a ``ChartPanel``: a ``QChartView`` (antialiased, in the application's CJK font)
that gives way to a plain message when there is nothing to draw, so an empty selection never
shows bare axes. The widgets take plain values (month strings, numbers, None for "no figure");
the pages turn the statistics service's results into them.

* ``TrendChart``: a monthly trend with two lines, the score on the left axis (0–100) and the
  好评率 in % on the right axis; a month without a figure is a gap in the line, never a 0.
* ``GradeDistributionChart``: horizontal stacked bars, one bar per home unit (short name and
  number of people), one colour per grade; readable with 35 units (the panel grows in height).
* ``WindowRateChart``: horizontal bars of the 好评率 per window; windows below a reference rate
  (the center's) are drawn in a warning colour.
* ``SatisfactionTrendChart``: a small 好评率 line for the home page, no legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsSimpleTextItem,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QToolTip,
    QWidget,
)

from govhr_desktop.ui.tr import InheritedTr

SCORE_COLOR = QColor("#2f5d93")
RATE_COLOR = QColor("#e08e0b")
WARN_COLOR = QColor("#d9534f")
#: grade colours, best first (好, 较好, 一般, 较差); further grades are grey
GRADE_COLORS = (QColor("#3a9d5d"), QColor("#5b9bd5"), QColor("#f0ad4e"), QColor("#d9534f"))
OTHER_COLOR = QColor("#9aa5b1")
#: height of one category (a home unit, a window) in the horizontal bar charts
ROW_HEIGHT = 30


def chart_font(point_delta: float = 0, bold: bool = False) -> QFont:
    """The application's font if it can show Chinese, else the first CJK UI font installed."""
    font = QFont(QApplication.font())
    if QFontDatabase.WritingSystem.SimplifiedChinese not in QFontDatabase.writingSystems(font.family()):
        from govhr_desktop.ui.application import UI_FONTS

        families = set(QFontDatabase.families())
        for fam in UI_FONTS:
            if fam in families:
                font.setFamily(fam)
                break
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(6.0, size + point_delta))
    font.setBold(bold)
    return font


def month_label(month: str, short: bool = False) -> str:
    """'2026-03' as an axis label: itself, or (short, for small charts) the month number '3'."""
    return str(int(month[5:7])) if short else month


def _segments(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive present values: the pieces of a line with gaps."""
    out: list[list[tuple[int, float]]] = []
    run: list[tuple[int, float]] = []
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            if run:
                out.append(run)
                run = []
        else:
            run.append((i, float(v)))
    if run:
        out.append(run)
    return out


def _nice_step(top: float, ticks: int = 6) -> float:
    """A tick interval of 1, 2 or 5 × 10^k giving about ``ticks`` intervals up to ``top``."""
    raw = max(top, 1) / ticks
    exp = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * exp:
            return max(1.0, m * exp)
    return max(1.0, 10 * exp)


class ChartPanel(InheritedTr, QWidget):
    """A chart view, or a message in its place when there is nothing to draw."""

    def __init__(self, parent=None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.view = QChartView(self)
        self.chart: QChart = self.view.chart()  # replaced (and deleted) by the first _clear()
        self.view.setObjectName("chartView")
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setBackgroundBrush(QColor("#ffffff"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.message = QLabel(self)
        self.message.setObjectName("noData")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setFont(chart_font(0 if compact else 1))
        self.message.setStyleSheet("color: #7a8694; background: #ffffff; border: 1px solid #d7dde5;")
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.show_message(self.default_message())

    # --- state --------------------------------------------------------------------------------

    def default_message(self) -> str:
        return self.tr("No data for this selection.")

    def show_message(self, text: str | None = None) -> None:
        """Replace the chart with ``text`` (e.g. nothing to show yet)."""
        self._clear()
        self.message.setText(text or self.default_message())
        self.stack.setCurrentWidget(self.message)

    def has_data(self) -> bool:
        return self.stack.currentWidget() is self.view

    def message_text(self) -> str:
        return "" if self.has_data() else self.message.text()

    def save_png(self, path: str, scale: float = 2.0) -> bool:
        """The chart (or the message) as a PNG, drawn at ``scale`` × its size on screen."""
        from PySide6.QtGui import QPixmap

        widget = self.stack.currentWidget()
        if widget is self.view and self.chart.layout() is not None:
            self.chart.layout().activate()  # a chart drawn just now has no layout until the event loop runs
        size = widget.size()
        if size.width() < 50 or size.height() < 50:
            widget.resize(max(size.width(), 900), max(size.height(), 500))
            size = widget.size()
        pm = QPixmap(int(size.width() * scale), int(size.height() * scale))
        pm.setDevicePixelRatio(scale)
        pm.fill(Qt.GlobalColor.white)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        QWidget.render(widget, painter, QPoint(0, 0))
        painter.end()
        return pm.save(path, "PNG")

    # --- helpers for subclasses ---------------------------------------------------------------

    def _clear(self) -> None:
        """Start from a new, empty chart (removing series and axes from a used one leaves the old
        axis labels drawn)."""
        old = getattr(self, "chart", None)
        self.chart = chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitleFont(chart_font(0 if self.compact else 2, bold=True))
        chart.legend().setFont(chart_font(-1 if self.compact else 0))
        if self.compact:
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.legend().hide()
        self._setup_chart(chart)
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view does not delete a chart it gives up

    def _setup_chart(self, chart: QChart) -> None:
        """Settings every new chart of this kind gets (legend position …)."""

    def _show_chart(self) -> None:
        self.stack.setCurrentWidget(self.view)

    def _value_axis(self, title: str, lo: float, hi: float, fmt: str = "%d", step: float | None = None) -> QValueAxis:
        ax = QValueAxis()
        ax.setRange(lo, hi)
        ax.setLabelFormat(fmt)
        ax.setLabelsFont(chart_font(-2 if self.compact else -1))
        if title:
            ax.setTitleText(title)
            ax.setTitleFont(chart_font(-1))
        if step:
            ax.setTickType(QValueAxis.TickType.TicksDynamic)
            ax.setTickAnchor(lo)
            ax.setTickInterval(step)
        ax.setGridLineColor(QColor("#e3e7ec"))
        return ax

    def _category_axis(self, labels: Sequence[str]) -> QBarCategoryAxis:
        ax = QBarCategoryAxis()
        ax.append(list(labels))
        ax.setLabelsFont(chart_font(-2 if self.compact else -1))
        ax.setGridLineVisible(False)
        return ax

    @staticmethod
    def _tip(text: str) -> None:
        QToolTip.showText(QCursor.pos(), text)


class TrendChart(ChartPanel):
    """Score (left axis, 0–100) and 好评率 in % (right axis) per month, with gaps.

    Each point carries its value as a label, placed on the side away from the other line so the
    two never overlap (Qt's own point labels sit on the markers and on each other)."""

    def __init__(self, parent=None, *, compact: bool = False) -> None:
        super().__init__(parent, compact=compact)
        self.setMinimumHeight(220 if compact else 320)
        self.months: list[str] = []
        self.score_lines: list[QLineSeries] = []
        self.rate_lines: list[QLineSeries] = []
        self._value_labels: list[tuple[QGraphicsSimpleTextItem, QLineSeries, QPointF, bool]] = []

    def _setup_chart(self, chart: QChart) -> None:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.plotAreaChanged.connect(lambda _r: self._place_labels())

    def default_message(self) -> str:
        return self.tr("No scores or citizen ratings in these months.")

    def set_trend(self, months: Sequence[str], scores: Sequence[float | None], rates: Sequence[float | None], *,
                  title: str = "", score_title: str | None = None, empty_text: str | None = None) -> None:
        """``rates`` are shares 0..1 (shown in %); None is a month without a figure."""
        self._clear()
        self.months = list(months)
        self.score_lines, self.rate_lines = [], []
        scores = [None if v is None else round(float(v), 2) for v in scores]
        pct = [None if v is None else round(float(v) * 100, 1) for v in rates]
        if not months or all(v is None for v in scores + pct):
            self.show_message(empty_text)
            return
        self.chart.setTitle(title)
        x = self._category_axis([month_label(m, self.compact) for m in months])
        # scores above 100 (bonus) stretch the left axis to 110; the right axis keeps the same
        # scale (its grid would not line up otherwise) and labels only 0–100 %
        top = 100.0 if all(v is None or v <= 100 for v in scores) else 110.0
        score_name = self.tr("Score") if score_title is None else score_title
        left = self._value_axis(score_name, 0, top, "%d", 20 if top == 100 else 10)
        right = QCategoryAxis()
        right.setRange(0, top)
        for v in range(0, 101, 20):
            right.append(f"{v}%", v)
        right.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        right.setLabelsFont(chart_font(-2 if self.compact else -1))
        right.setTitleText(self.tr("Good rating rate (%)"))
        right.setTitleFont(chart_font(-1))
        right.setGridLineVisible(False)
        left.setLinePenColor(SCORE_COLOR)
        right.setLinePenColor(RATE_COLOR)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        self.score_lines = self._lines(scores, score_name, SCORE_COLOR, left, x, "{value}")
        self.rate_lines = self._lines(pct, self.tr("Good rating rate"), RATE_COLOR, right, x, "{value}%")
        if not self.compact and len(months) <= 13:
            self._add_labels(scores, pct)
        self._show_chart()
        self._place_labels()

    def _lines(self, values, name: str, color: QColor, y_axis, x_axis, fmt: str) -> list[QLineSeries]:
        out = []
        for run in _segments(values):
            s = QLineSeries()
            s.setName(name)
            pen = QPen(color)
            pen.setWidthF(2.5)
            s.setPen(pen)
            s.setColor(color)
            s.setPointsVisible(True)
            s.setMarkerSize(7)
            for i, v in run:
                s.append(float(i), v)
            s.hovered.connect(lambda p, state, n=name, f=fmt: state and self._tip(
                "{month} {name}: {value}".format(month=self._month_at(p), name=n,
                                                 value=f.format(value=f"{p.y():g}"))))
            self.chart.addSeries(s)
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
            out.append(s)
        legend = self.chart.legend()
        for extra in out[1:]:  # one legend entry per line, however many pieces it has
            for marker in legend.markers(extra):
                marker.setVisible(False)
        return out

    def _add_labels(self, scores: list[float | None], pct: list[float | None]) -> None:
        font = chart_font(-2)
        score_of = {round(p.x()): s for s in self.score_lines for p in s.points()}
        rate_of = {round(p.x()): s for s in self.rate_lines for p in s.points()}
        for i, (sc, rt) in enumerate(zip(scores, pct)):
            # the higher value's label goes above its point, the lower one's below
            score_above = rt is None or (sc is not None and sc >= rt)
            for value, series, text, color, above in (
                    (sc, score_of.get(i), f"{sc:g}" if sc is not None else "", SCORE_COLOR, score_above),
                    (rt, rate_of.get(i), f"{rt:g}%" if rt is not None else "", RATE_COLOR, not score_above or sc is None)):
                if value is None or series is None:
                    continue
                item = QGraphicsSimpleTextItem(text, self.chart)
                item.setFont(font)
                item.setBrush(color.darker(125))
                item.setZValue(10)
                self._value_labels.append((item, series, QPointF(i, value), above))

    def _place_labels(self) -> None:
        for item, series, point, above in self._value_labels:
            pos = self.chart.mapToPosition(point, series)
            r = item.boundingRect()
            item.setPos(pos.x() - r.width() / 2, pos.y() - r.height() - 5 if above else pos.y() + 5)

    def _clear(self) -> None:
        self._value_labels = []  # (drawn on the old chart: they go with it)
        super()._clear()

    def value_labels(self) -> list[str]:
        """The value labels drawn next to the points."""
        return [item.text() for item, *_rest in self._value_labels]

    def _month_at(self, p: QPointF) -> str:
        i = round(p.x())
        return self.months[i] if 0 <= i < len(self.months) else ""

    def points(self, which: str) -> list[tuple[str, float]]:
        """(month, value) of every drawn point of 'score' or 'rate' (rate in %): what the chart shows."""
        lines = self.score_lines if which == "score" else self.rate_lines
        return [(self.months[round(p.x())], p.y()) for s in lines for p in s.points()]


class GradeDistributionChart(ChartPanel):
    """People per grade and home unit as horizontal stacked bars (first unit on top)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(320)
        self.sets: dict[str, QBarSet] = {}
        self.labels: list[str] = []

    def _setup_chart(self, chart: QChart) -> None:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)

    def default_message(self) -> str:
        return self.tr("No evaluation forms for this period.")

    def set_distribution(self, units: Sequence[str], grades: Sequence[str], counts: Sequence[Sequence[int]], *,
                         title: str = "", empty_text: str | None = None) -> None:
        """``counts[i][j]``: people of unit ``units[i]`` with grade ``grades[j]``."""
        self._clear()
        self.sets, self.labels = {}, []
        if not units or not any(any(row) for row in counts):
            self.show_message(empty_text)
            self.setMinimumHeight(320)
            return
        self.chart.setTitle(title)
        order = list(range(len(units)))[::-1]  # horizontal bars start at the bottom: reverse
        self.labels = [f"{units[i]}（{sum(counts[i])}）" for i in order]
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        for j, grade in enumerate(grades):
            bs = QBarSet(grade)
            color = GRADE_COLORS[j] if j < len(GRADE_COLORS) else OTHER_COLOR
            bs.setColor(color)
            bs.setBorderColor(color.darker(115))
            bs.setLabelColor(QColor("#ffffff"))
            bs.setLabelFont(chart_font(-2))
            bs.append([float(counts[i][j]) for i in order])
            bs.hovered.connect(lambda state, idx, g=grade, b=bs: state and self._tip(
                f"{self.labels[idx]} {g}: {int(b.at(idx))}"))
            series.append(bs)
            self.sets[grade] = bs
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter)
        self.chart.addSeries(series)
        y = self._category_axis(self.labels)
        top = max(sum(row) for row in counts)
        step = _nice_step(top, 8)
        x = self._value_axis(self.tr("People"), 0, (math.floor(top / step) + 1) * step, "%d", step)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignTop)  # visible without scrolling down
        series.attachAxis(y)
        series.attachAxis(x)
        self.setMinimumHeight(max(320, ROW_HEIGHT * len(units) + 140))
        self._show_chart()

    def values(self) -> dict[str, list[int]]:
        """grade -> counts per unit in the order the units were given (what the bars show)."""
        return {g: [int(b.at(i)) for i in range(b.count())][::-1] for g, b in self.sets.items()}


class WindowRateChart(ChartPanel):
    """好评率 per window as horizontal bars (first window on top); below ``reference`` in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(320)
        self.bars: QBarSet | None = None
        self.labels: list[str] = []

    def _setup_chart(self, chart: QChart) -> None:
        chart.legend().hide()

    def default_message(self) -> str:
        return self.tr("No citizen ratings in this month.")

    def set_rates(self, labels: Sequence[str], rates: Sequence[float | None], counts: Sequence[int] | None = None, *,
                  reference: float | None = None, title: str = "", empty_text: str | None = None) -> None:
        """``rates`` are shares 0..1; windows with None (nothing counted) are left out."""
        self._clear()
        self.bars, self.labels = None, []
        rows = [(lab, r, counts[i] if counts else None) for i, (lab, r) in enumerate(zip(labels, rates))
                if r is not None]
        if not rows:
            self.show_message(empty_text)
            self.setMinimumHeight(320)
            return
        self.chart.setTitle(title)
        rows.reverse()  # horizontal bars start at the bottom
        self.labels = [r[0] for r in rows]
        self._counts = [r[2] for r in rows]
        bs = QBarSet(self.tr("Good rating rate"))
        bs.setColor(SCORE_COLOR)
        bs.setSelectedColor(WARN_COLOR)
        bs.setLabelColor(QColor("#ffffff"))
        bs.setLabelFont(chart_font(-2))
        bs.append([round(r[1] * 100, 1) for r in rows])
        if reference is not None:
            bs.selectBars([i for i, r in enumerate(rows) if r[1] < reference - 1e-9])
        bs.hovered.connect(lambda state, idx: state and self._tip(self._bar_text(idx)))
        series = QHorizontalBarSeries()
        series.setBarWidth(0.7)
        series.append(bs)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        self.chart.addSeries(series)
        y = self._category_axis(self.labels)
        x = self._value_axis(self.tr("Good rating rate (%)"), 0, 100, "%d", 10)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignTop)  # visible without scrolling down
        series.attachAxis(y)
        series.attachAxis(x)
        self.bars = bs
        self.setMinimumHeight(max(320, ROW_HEIGHT * len(rows) + 120))
        self._show_chart()

    def _bar_text(self, idx: int) -> str:
        n = self._counts[idx] if idx < len(self._counts) else None
        text = "{window}: {rate}%".format(window=self.labels[idx], rate=f"{self.bars.at(idx):g}")
        if n is not None:
            text += " " + self.tr("({n} ratings)").format(n=n)
        return text

    def values(self) -> list[tuple[str, float]]:
        """(label, 好评率 in %) per bar, first window first."""
        if self.bars is None:
            return []
        return [(self.labels[i], self.bars.at(i)) for i in range(self.bars.count())][::-1]

    def highlighted(self) -> list[str]:
        """Labels of the windows drawn as below the reference, first window first."""
        if self.bars is None:
            return []
        return [self.labels[i] for i in sorted(self.bars.selectedBars(), reverse=True)]


class SatisfactionTrendChart(ChartPanel):
    """The center's 好评率 per month, compact for the home page: one line, no legend."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, compact=True)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.months: list[str] = []
        self.lines: list[QLineSeries] = []
        self._counts: list[int] = []

    def default_message(self) -> str:
        return self.tr("No citizen ratings yet.")

    def set_trend(self, points) -> None:
        """``points``: objects with ``month``, ``good_rate`` (0..1 or None) and ``ratings``, oldest
        first (``StatisticsService.center_satisfaction_trend``)."""
        pts = list(points)
        self.set_rates([p.month for p in pts], [p.good_rate for p in pts], [p.ratings for p in pts])

    def set_rates(self, months: Sequence[str], rates: Sequence[float | None], counts: Sequence[int] | None = None,
                  *, empty_text: str | None = None) -> None:
        self._clear()
        self.months, self.lines = list(months), []
        self._counts = list(counts or [0] * len(months))
        pct = [None if r is None else round(float(r) * 100, 1) for r in rates]
        present = [v for v in pct if v is not None]
        if not present:
            self.show_message(empty_text)
            return
        lo = max(0.0, math.floor((min(present) - 2) / 5) * 5)
        lo = min(lo, 90.0)
        x = self._category_axis([month_label(m, short=True) for m in months])
        y = self._value_axis("", lo, 100, "%d%%", 5 if 100 - lo <= 30 else 10 if 100 - lo <= 60 else 20)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for run in _segments(pct):
            s = QLineSeries()
            pen = QPen(RATE_COLOR)
            pen.setWidthF(2.2)
            s.setPen(pen)
            s.setColor(RATE_COLOR)
            s.setPointsVisible(True)
            s.setMarkerSize(4)
            for i, v in run:
                s.append(float(i), v)
            s.hovered.connect(lambda p, state: state and self._tip(self._point_text(p)))
            self.chart.addSeries(s)
            s.attachAxis(x)
            s.attachAxis(y)
            self.lines.append(s)
        self._show_chart()

    def _point_text(self, p: QPointF) -> str:
        i = round(p.x())
        n = self._counts[i] if 0 <= i < len(self._counts) else 0
        return self.tr("{month}: good rating rate {rate}% ({n} ratings)").format(
            month=self.months[i] if 0 <= i < len(self.months) else "", rate=f"{p.y():g}", n=n)

    def points(self) -> list[tuple[str, float]]:
        return [(self.months[round(p.x())], p.y()) for s in self.lines for p in s.points()]
