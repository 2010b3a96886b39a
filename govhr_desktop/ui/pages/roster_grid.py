"""The month roster as two grids: duty post × day and person × day (DOMAIN.md §5, issue 8).

``PostGridModel``: one row per seat of each post ("午间值守·一区 #1") under a leader row (带班领导),
one narrow column per day; a cell shows who holds the seat. ``PersonGridModel``: one row per
person, a cell shows the short label of their duty that day, or their leave (greyed: never
scheduled), then the month's counts by duty kind and the 调休 balance.

Cells are coloured by duty type (``TYPE_COLOURS``); a cell breaking a rule is red, an unfilled
seat says 空缺 in a red frame, a locked cell (set by hand: kept by generation) shows a padlock
(painted, so no emoji font is needed). The day headers carry the weekday and shade rest days.
Row labels sit in the vertical header, which stays in place while the days scroll.

The words (dates, leave parts, the scheduler's codes as short phrases) are in ``roster_dialogs``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from govhr_desktop.domain.roster_rules import FAIRNESS_KIND, FAIRNESS_KINDS
from govhr_desktop.services.roster_views import (
    DUTY_TYPE,
    CellView,
    MonthPost,
    PersonRow,
    RosterView,
)
from govhr_desktop.ui.pages.roster_dialogs import (
    day_label,
    duty_label,
    leave_label,
    leave_short,
    rule_text,
    seat_label,
    weekday_short,
)
from govhr_desktop.ui.tr import InheritedTr

TYPE_COLOURS = {"lunch": "#fff0bf", "extended": "#d8e9fb", "weekend": "#d9f0d5", "holiday": "#fadbe5"}
TYPE_SHORT = {"lunch": "午", "extended": "延", "weekend": "周", "holiday": "节"}
LEADER_COLOUR = "#ebe2f6"
REST_COLOUR = "#f0f1f3"
PROBLEM_COLOUR = "#f4b4b4"
PROBLEM_TEXT = "#8e1b1b"
UNFILLED_COLOUR = "#c62828"
LEAVE_COLOUR = "#e2e5e9"
LEAVE_TEXT = "#7b8490"
SELECTION_COLOUR = "#1f5fbf"
TOTALS_COLOUR = "#f5f7fa"
HEADER_COLOURS = {"workday": "#eef2f7", "weekend": "#dde3ea", "holiday": "#f7d6d6"}

#: what one grid index stands for
SLOT_ROLE = Qt.ItemDataRole.UserRole + 10  # (post_id, day, seat) of the cell, or None
STATE_ROLE = Qt.ItemDataRole.UserRole + 11  # filled / unfilled / off / leader / leave / free / total
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 12  # bool
STAFF_ROLE = Qt.ItemDataRole.UserRole + 13  # staff id in the cell (or the person's row)
DAYKIND_ROLE = Qt.ItemDataRole.UserRole + 14  # header: workday / weekend / holiday (None: not a day)

DAY_WIDTH = 46
#: widths of the person grid's columns after the days
TOTAL_WIDTHS = (44, 44, 60, 44, 60)


# --- words ---------------------------------------------------------------------------------

def short_labels(posts) -> dict[int, str]:
    """A cell's text in the person grid: the duty type's character (午 延 周 节), plus the part
    of the post's name after "·" (or its number) when several posts share the type."""
    by_type: dict[str, list[MonthPost]] = {}
    for p in posts:
        by_type.setdefault(p.duty_type, []).append(p)
    out: dict[int, str] = {}
    for t, group in by_type.items():
        char = TYPE_SHORT.get(t, "?")
        for i, p in enumerate(group):
            if len(group) == 1:
                out[p.id] = char
                continue
            rest = p.name.split("·", 1)[1] if "·" in p.name else ""
            out[p.id] = char + (rest[:2] if rest else str(i + 1))
    return out


def _colour_icon(colour: str, size: int = 10) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    painter = QPainter(pix)
    painter.setPen(QColor("#9aa4b1"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pix


# --- the models -----------------------------------------------------------------------------

class _GridModel(InheritedTr, QAbstractTableModel):
    """What both grids share: the month's days as columns and the roster's lookups."""

    extra_columns = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: RosterView | None = None
        self.days = []
        self._cells: dict[tuple[int, date, int], CellView] = {}
        self._runs: dict[int, set[date]] = {}
        self._problems: dict[tuple[int, date, int], list[str]] = {}
        self._brushes: dict[str, QBrush] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons: dict[str, QPixmap] = {}

    def brush(self, colour: str | None) -> QBrush | None:
        if not colour:
            return None
        b = self._brushes.get(colour)
        if b is None:
            b = self._brushes[colour] = QBrush(QColor(colour))
        return b

    def icon(self, colour: str) -> QPixmap:
        pix = self._icons.get(colour)
        if pix is None:
            pix = self._icons[colour] = _colour_icon(colour)
        return pix

    def set_view(self, view: RosterView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.days = list(view.days) if view else []
        self._cells = view.cells_by_slot() if view else {}
        self._runs = {p.id: set(p.days) for p in view.posts} if view else {}
        self._problems = {}
        if view is not None:
            for v in view.violations:
                self._problems.setdefault((v.post_id, v.day, v.seat), []).append(rule_text(v.code, v.params, view))
            for c in view.cells:
                key = (c.post_id, c.day, c.seat)
                if c.problems and key not in self._problems:
                    self._problems[key] = [rule_text(code, {}, view) for code in c.problems]
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.days else len(self.days) + self.extra_columns

    def day_at(self, column: int) -> date | None:
        return self.days[column].day if 0 <= column < len(self.days) else None

    def column_of(self, d: date) -> int:
        return next((i for i, x in enumerate(self.days) if x.day == d), -1)

    def day_header(self, section: int, role):
        if section >= len(self.days):
            return None
        rd = self.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rd.day.day}\n{weekday_short(rd.day)}"
        if role == DAYKIND_ROLE:
            return rd.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = {"weekend": self.tr("rest day"), "holiday": self.tr("public holiday")}.get(rd.kind, self.tr("working day"))
            return f"{rd.day.isoformat()} {day_label(rd.day)} · {rd.name or kind}"
        return None

    def cell_tooltip(self, cell: CellView) -> str:
        post = self.view.post(cell.post_id) if self.view else None
        lines = [day_label(cell.day)]
        if post is not None:
            lines.append(f"{seat_label(post, cell.seat)}  {post.times}".rstrip())
        lines.append(f"{cell.name}（{cell.unit}）" if cell.unit else cell.name)
        if cell.locked:
            lines.append(self.tr("Locked: set by hand, kept when the month is generated again"))
        lines += [f"⚠ {t}" for t in self._problems.get((cell.post_id, cell.day, cell.seat), [])]
        return "\n".join(lines)

    def cell_background(self, cell: CellView, post: MonthPost | None) -> QBrush | None:
        if (cell.post_id, cell.day, cell.seat) in self._problems:
            return self.brush(PROBLEM_COLOUR)
        return self.brush(TYPE_COLOURS.get(post.duty_type) if post else None)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PostGridModel(_GridModel):
    """Rows: the duty leader, then every seat of every post; columns: the days."""

    def _rebuild(self) -> None:
        self.rows: list[tuple[MonthPost | None, int]] = [(None, 0)] if self.view else []
        if self.view is not None:
            for post in sorted(self.view.posts, key=lambda p: (p.sort_order, p.id)):
                self.rows += [(post, s) for s in range(post.people_needed)]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.rows)

    def row_of(self, post_id: int, seat: int) -> int:
        return next((i for i, (p, s) in enumerate(self.rows) if p is not None and p.id == post_id and s == seat), -1)

    def index_of(self, slot: tuple[int, date, int]) -> QModelIndex:
        return self.index(self.row_of(slot[0], slot[2]), self.column_of(slot[1]))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.day_header(section, role)
        if self.view is None or section >= len(self.rows):
            return None
        post, seat = self.rows[section]
        if post is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Duty leader")
            if role == Qt.ItemDataRole.DecorationRole:
                return self.icon(LEADER_COLOUR)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return seat_label(post, seat)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon(TYPE_COLOURS.get(post.duty_type, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(x for x in (post.name, duty_label(post.duty_type), post.times,
                                          self.tr("%1 person(s)").replace("%1", str(post.people_needed))) if x)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        post, seat = self.rows[index.row()]
        rd = self.days[index.column()]
        d = rd.day
        if post is None:  # the duty leader row
            if role == Qt.ItemDataRole.DisplayRole:
                return self.view.leaders.get(d, "")
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.brush(LEADER_COLOUR if self.view.leaders.get(d) else (REST_COLOUR if rd.rest_day else None))
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [day_label(d)]
                if self.view.leaders.get(d):
                    lines.append(self.tr("Duty leader: %1").replace("%1", self.view.leaders[d]))
                for j in self.view.joint.get(d, ()):
                    lines.append(self.tr("Joint duty: %1").replace("%1", j))
                return "\n".join(lines)
            if role == STATE_ROLE:
                return "leader"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        runs = d in self._runs.get(post.id, ())
        key = (post.id, d, seat)
        cell = self._cells.get(key) if runs else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SLOT_ROLE:
            return key if runs else None
        if role == STATE_ROLE:
            return "off" if not runs else "filled" if cell else "unfilled" if self.view.status != "none" else "free"
        if role == STAFF_ROLE:
            return cell.staff_id if cell else None
        if role == LOCKED_ROLE:
            return bool(cell and cell.locked)
        if not runs:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.brush(REST_COLOUR) if rd.rest_day else None
            return None
        if cell is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return cell.name
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.cell_background(cell, post)
            if role == Qt.ItemDataRole.ForegroundRole and key in self._problems:
                return self.brush(PROBLEM_TEXT)
            if role == Qt.ItemDataRole.FontRole and cell.locked:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.cell_tooltip(cell)
            return None
        if self.view.status == "none":
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Vacant")
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.brush(UNFILLED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((day_label(d), seat_label(post, seat),
                              self.tr("Nobody holds this seat; see “Why vacant…” for who was considered.")))
        return None


class PersonGridModel(_GridModel):
    """Rows: the people; columns: the days, then duties by kind this month and the 调休 balance."""

    extra_columns = len(FAIRNESS_KINDS) + 2

    def _rebuild(self) -> None:
        self.people: list[PersonRow] = list(self.view.people) if self.view else []
        self._by_person = self.view.cells_by_person() if self.view else {}
        self._short = short_labels(self.view.posts) if self.view else {}
        self._posts = {p.id: p for p in self.view.posts} if self.view else {}
        self._totals: dict[int, dict[str, int]] = {}
        for sid, days in self._by_person.items():
            t = self._totals.setdefault(sid, {})
            for cells in days.values():
                for c in cells:
                    post = self._posts.get(c.post_id)
                    if post is not None:
                        k = FAIRNESS_KIND.get(post.duty_type, post.duty_type)
                        t[k] = t.get(k, 0) + 1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.people)

    def row_of_staff(self, staff_id: int) -> int:
        return next((i for i, p in enumerate(self.people) if p.staff_id == staff_id), -1)

    def total_headers(self) -> list[tuple[str, str]]:
        """(header, tooltip) of the columns after the days."""
        return [(self.tr("Lunch"), self.tr("Lunch-break duties this month")),
                (self.tr("Evening"), self.tr("Extended-hours duties this month")),
                (self.tr("Weekend holiday"), self.tr("Weekend and holiday duties this month")),
                (self.tr("Total"), self.tr("All duties this month")),
                (self.tr("Time off left"), self.tr("Compensatory time off (调休) left this year, in days"))]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section < len(self.days):
                return self.day_header(section, role)
            k = section - len(self.days)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.total_headers()[k][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.total_headers()[k][1]
            return None
        if self.view is None or section >= len(self.people):
            return None
        p = self.people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name}  {p.unit}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(x for x in (p.name, p.unit, p.window) if x)
        return None

    def index_of(self, slot: tuple[int, date, int]) -> QModelIndex:
        """The index of the person holding ``slot`` on its day (invalid when nobody does)."""
        cell = self._cells.get(slot)
        if cell is None:
            return QModelIndex()
        return self.index(self.row_of_staff(cell.staff_id), self.column_of(slot[1]))

    def cells_at(self, index: QModelIndex) -> list[CellView]:
        if not index.isValid() or index.column() >= len(self.days):
            return []
        p = self.people[index.row()]
        return self._by_person.get(p.staff_id, {}).get(self.days[index.column()].day, [])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        person = self.people[index.row()]
        col = index.column()
        if role == STAFF_ROLE:
            return person.staff_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if col >= len(self.days):
            return self._total(person, col - len(self.days), role)
        rd = self.days[col]
        cells = self.cells_at(index)
        leave = person.leave.get(rd.day)
        first = cells[0] if cells else None
        if role == SLOT_ROLE:
            return (first.post_id, first.day, first.seat) if first else None
        if role == STATE_ROLE:
            return "filled" if cells else "leave" if leave else "free"
        if role == LOCKED_ROLE:
            return bool(first and first.locked)
        if cells:
            post = self._posts.get(first.post_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return "、".join(self._short.get(c.post_id, "?") for c in cells)
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.cell_background(first, post)
            if role == Qt.ItemDataRole.FontRole and first.locked:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole and any((c.post_id, c.day, c.seat) in self._problems for c in cells):
                return self.brush(PROBLEM_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                tips = [self.cell_tooltip(c) for c in cells]
                if leave:
                    tips.append(self.tr("Leave: %1").replace("%1", leave_label(leave)))
                return "\n\n".join(tips)
            return None
        if leave:
            if role == Qt.ItemDataRole.DisplayRole:
                return leave_short(leave)
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.brush(LEAVE_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.brush(LEAVE_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{day_label(rd.day)}\n" + self.tr("On leave (%1): not scheduled").replace("%1", leave_label(leave))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and rd.rest_day:
            return self.brush(REST_COLOUR)
        return None

    def _total(self, person: PersonRow, k: int, role):
        if role == STATE_ROLE:
            return "total"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.brush(TOTALS_COLOUR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        totals = self._totals.get(person.staff_id, {})
        if k < len(FAIRNESS_KINDS):
            return str(totals.get(FAIRNESS_KINDS[k], 0))
        if k == len(FAIRNESS_KINDS):
            return str(sum(totals.values()))
        return f"{person.time_off_balance:g}"


# --- painting -------------------------------------------------------------------------------

class DayHeader(QHeaderView):
    """The day columns' header: day and weekday on two lines, rest days shaded and in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(DAY_WIDTH)
        self.setHighlightSections(False)
        self.setSectionsClickable(False)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 10)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        kind = model.headerData(logical, Qt.Orientation.Horizontal, DAYKIND_ROLE)
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        painter.save()
        painter.fillRect(rect, QColor(HEADER_COLOURS.get(kind, HEADER_COLOURS["workday"])))
        painter.setPen(QColor("#d7dde5"))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(QColor("#b22a2a") if kind in ("weekend", "holiday") else QColor("#1f2933"))
        painter.drawText(rect.adjusted(2, 1, -2, -1), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         str(text))
        painter.restore()


class CellDelegate(QStyledItemDelegate):
    """Keeps a selected cell's colour (a blue frame shows the selection), draws the padlock of
    a locked cell and the red frame of a vacant seat."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        if selected and index.data(Qt.ItemDataRole.BackgroundRole) is not None:
            opt.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, opt, index)
        state = index.data(STATE_ROLE)
        r = QRectF(option.rect)
        painter.save()
        if state == "unfilled":
            painter.setPen(QPen(QColor(UNFILLED_COLOUR), 1.5))
            painter.drawRect(r.adjusted(1.5, 1.5, -2, -2))
        if selected and not opt.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor(SELECTION_COLOUR), 2.5))
            painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()
        if index.data(LOCKED_ROLE):
            paint_lock(painter, QPointF(r.right() - 7, r.top() + 1))


def paint_lock(painter: QPainter, at: QPointF, colour: str = "#6b4f12") -> None:
    """A 5 × 7 px padlock with its top left corner at ``at``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(colour), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(at.x() + 0.8, at.y() + 0.5, 3.4, 4.5), 0, 180 * 16)
    painter.drawLine(QPointF(at.x() + 0.8, at.y() + 2.7), QPointF(at.x() + 0.8, at.y() + 3.5))
    painter.drawLine(QPointF(at.x() + 4.2, at.y() + 2.7), QPointF(at.x() + 4.2, at.y() + 3.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRect(QRectF(at.x(), at.y() + 3.3, 5, 3.7))
    painter.restore()


def grid_view(model: _GridModel, parent: QWidget, name: str) -> QTableView:
    """A table for one grid: narrow fixed day columns, row labels in the vertical header."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setHorizontalHeader(DayHeader(view))
    view.setModel(model)
    view.setItemDelegate(CellDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    font = view.font()
    font.setPointSizeF(max(8.0, font.pointSizeF() - 1))
    view.setFont(font)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(27)
    vh.setSectionsClickable(False)
    vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class Legend(InheritedTr, QWidget):
    """The colours of the duty types and the marks used in the grids."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterLegend")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        items = [(duty_label(c), TYPE_COLOURS[c], "#1f2933") for c in DUTY_TYPE.codes()]
        items += [(self.tr("Duty leader"), LEADER_COLOUR, "#1f2933"),
                  (self.tr("Breaks a rule"), PROBLEM_COLOUR, PROBLEM_TEXT),
                  (self.tr("Leave"), LEAVE_COLOUR, LEAVE_TEXT),
                  (self.tr("Rest day"), REST_COLOUR, "#1f2933")]
        for text, bg, fg in items:
            lay.addWidget(self._swatch(text, f"background:{bg}; color:{fg}; border:1px solid #c5ccd6;"))
        lay.addWidget(self._swatch(self.tr("Vacant"), f"color:{UNFILLED_COLOUR}; border:1.5px solid {UNFILLED_COLOUR};"))
        lock = QLabel(self)
        pix = QPixmap(12, 12)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        paint_lock(p, QPointF(2, 1))
        p.end()
        lock.setPixmap(pix)
        lay.addWidget(lock)
        lay.addWidget(QLabel(self.tr("Locked (set by hand, kept)"), self))
        lay.addStretch(1)

    def _swatch(self, text: str, style: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet(style + " padding: 1px 6px;")
        return label
