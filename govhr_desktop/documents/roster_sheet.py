"""The month duty roster (值班安排表) for the notice board: ``render_roster_pdf(sheet) -> bytes``.

A4 landscape. The title "<center><year>年<month>月值班安排表", a line with the roster's state
(草稿, or 第N版 and the day it was published) and the printed date; then the grid: a column per
day (number, weekday, the holiday's name or 班 for a make-up working day), the 带班领导 row, the
共同值班 row (if any joint duty), a row per duty post (name, times) listing the day's people one
per line. Weekend and holiday columns are shaded in the head and leader rows; a post's cells are
tinted by duty type, grey on days it does not run; "待定" marks a seat nobody holds. Each page
ends with the legend and "第 n 页 共 m 页"; a draft carries a 草稿 stamp and watermark.

The whole month is one table when a three-character name fits a day column at ``MIN_NAME_SIZE``
(6.5 pt) or more, else two stacked tables, 1–15 and 16–end. A name too long for its cell is set
smaller (not below 6.5 pt), then broken into lines: never clipped. Many posts flow onto more
pages, the header row repeated. Fonts by role from ``documents.fonts`` (rare characters from a
font that has them), all embedded; invariant mode: the same sheet gives the same bytes.

``sheet_from_view`` makes the plain ``RosterSheet`` from a ``services.roster_views.RosterView``
by its attributes (services are not imported here). No Qt, no database.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from govhr_desktop.documents.fonts import font_covering, font_for, markup
from govhr_desktop.documents.reports import BOX, GRID, PageCountingCanvas, wrap_cjk

WEEKDAYS = "一二三四五六日"
#: Duty types as ``services.roster_views.DUTY_TYPE`` names them (a test keeps the two in step).
DUTY_TYPE_LABELS: dict[str, str] = {
    "lunch": "午间值守", "extended": "延时服务", "weekend": "周末值班", "holiday": "节假日值班",
}
STATUS_LABELS = {"none": "未排班", "draft": "草稿", "published": "已发布"}

#: Fills (RGB hex, shared with the .xlsx export): a light tint per duty type for a post's cells,
#: the header and leader cells of weekend and holiday columns, a post's days off, the headers.
DUTY_TINTS: dict[str, str] = {"lunch": "FFF2CC", "extended": "DDEBF7", "weekend": "E2EFDA", "holiday": "FCE4D6"}
OTHER_TINT = "EDE7F6"
WEEKEND_FILL = "D6DCE4"
HOLIDAY_FILL = "F4C7C3"
IDLE_FILL = "D0D0D0"
HEAD_FILL = "E7E6E6"
UNFILLED = "待定"
MAKEUP_MARK = "班"
HOLIDAY_MARK = "休"

MIN_NAME_SIZE = 6.5
MAX_NAME_SIZE = 10.0
PAGE = landscape(A4)
SIDE = 8 * mm  # (+ FRAME_PAD: the text starts 10 mm from the edge)
TOP = 10 * mm
BOTTOM = 13 * mm
FOOT_Y = 5.5 * mm  # baseline of the legend and the page number
PAD = 1.0  # pt, left and right in a cell
LABEL_PAD = 3.0  # pt, left and right in the post column
FRAME_PAD = 6  # pt: ReportLab's frame padding inside the margins
TEXT_W = PAGE[0] - 2 * SIDE - 2 * FRAME_PAD
TEXT_H = PAGE[1] - TOP - BOTTOM - 2 * FRAME_PAD
POST_COL = (25 * mm, 34 * mm)  # the post column: whole month / half months


def tint_of(duty_type: str) -> str:
    return DUTY_TINTS.get(duty_type, OTHER_TINT)


def format_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class SheetDay(NamedTuple):
    """One day of the month: kind 'workday' / 'weekend' / 'holiday', the holiday's name."""

    day: date
    kind: str
    name: str = ""

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]

    @property
    def rest_day(self) -> bool:
        return self.kind != "workday"

    @property
    def makeup(self) -> bool:
        """A Saturday or Sunday that is a working day (调休上班)."""
        return self.kind == "workday" and self.day.weekday() >= 5

    @property
    def fill(self) -> str:
        """The shading of the day's column head ('' for a working day)."""
        return {"weekend": WEEKEND_FILL, "holiday": HOLIDAY_FILL}.get(self.kind, "")


class PersonLine(NamedTuple):
    """A person in the person × day sheet: the names of the posts held each day (in the rows'
    order), and the days on leave ('day' / 'am' / 'pm')."""

    name: str
    unit: str
    duties: dict[date, list[str]]
    leave: dict[date, str] | None = None


@dataclass(frozen=True)
class SheetRow:
    """A duty post's row: the people of each day in seat order, the days it runs."""

    post_name: str
    duty_type: str  # lunch / extended / weekend / holiday
    times: str  # '12:00–14:00', '' when the post has no set hours
    people_needed: int
    names_by_day: dict[date, list[str]] = field(default_factory=dict)
    runs_on_days: frozenset[date] = frozenset()
    short_name: str = ""  # its label on the .xlsx person sheet ('' : made from the name)


@dataclass(frozen=True)
class RosterSheet:
    center_name: str
    year: int
    month: int
    status: str  # none / draft / published
    revision: int
    days: tuple[SheetDay, ...]
    rows: tuple[SheetRow, ...]
    leaders: dict[date, str]  # day -> the duty leader (带班领导)
    joint: dict[date, list[str]]  # day -> "单位 姓名 职务" of the joint duty (共同值班)
    printed_on: date
    notes: tuple[str, ...] = ()
    people: tuple[PersonLine, ...] = ()
    published_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", tuple(SheetDay(*d) for d in self.days))
        object.__setattr__(self, "rows", tuple(self.rows))
        object.__setattr__(self, "notes", tuple(n for n in self.notes if n and n.strip()))
        object.__setattr__(self, "people", tuple(PersonLine(*p) for p in self.people))

    @property
    def title(self) -> str:
        return f"{self.center_name}{self.year}年{self.month}月值班安排表"

    @property
    def draft(self) -> bool:
        return self.status != "published"

    @property
    def status_line(self) -> str:
        if self.status == "published":
            done = f"，{format_date(self.published_on)}发布" if self.published_on else ""
            return f"已发布（第{max(1, self.revision)}版{done}）"
        if self.status == "draft":
            return "草稿（未发布，仅供核对）"
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def duty_types(self) -> list[str]:
        """The duty types of the rows, the known ones in their usual order first."""
        seen = {r.duty_type for r in self.rows}
        return [t for t in DUTY_TYPE_LABELS if t in seen] + sorted(seen - set(DUTY_TYPE_LABELS))

    @staticmethod
    def type_label(duty_type: str) -> str:
        return DUTY_TYPE_LABELS.get(duty_type, duty_type)

    @property
    def has_joint(self) -> bool:
        return any(self.joint.get(d.day) for d in self.days)

    def missing(self, row: SheetRow, day: date) -> int:
        """Seats of ``row`` nobody holds on ``day`` (0 on a day it does not run)."""
        if day not in row.runs_on_days:
            return 0
        return max(0, row.people_needed - len(row.names_by_day.get(day, ())))


def sheet_from_view(view, center_name: str, printed_on: date, notes=()) -> RosterSheet:
    """A ``RosterSheet`` from a ``RosterView`` (read by its attributes: year, month, status,
    revision, published_at, days, posts, cells, people, leaders, joint)."""
    seats: dict[int, dict[date, list[tuple[int, str]]]] = {}
    for c in view.cells:
        seats.setdefault(c.post_id, {}).setdefault(c.day, []).append((c.seat, c.name))
    posts = list(view.posts)
    rows = tuple(
        SheetRow(p.name, p.duty_type, p.times, p.people_needed,
                 {d: [n for _s, n in sorted(v)] for d, v in sorted(seats.get(p.id, {}).items())},
                 frozenset(p.days))
        for p in posts)
    order = {p.id: i for i, p in enumerate(posts)}
    names = {p.id: p.name for p in posts}
    duties: dict[int, dict[date, list[tuple[int, int, str]]]] = {}
    for c in view.cells:
        if c.post_id in names:
            duties.setdefault(c.staff_id, {}).setdefault(c.day, []).append(
                (order[c.post_id], c.seat, names[c.post_id]))

    def held(staff_id: int) -> dict[date, list[str]]:
        return {d: [n for *_k, n in sorted(v)] for d, v in sorted(duties.get(staff_id, {}).items())}

    people = [PersonLine(p.name, p.unit, held(p.staff_id), dict(p.leave)) for p in view.people]
    listed = {p.staff_id for p in view.people}
    extra = {c.staff_id: c for c in view.cells if c.staff_id not in listed and c.post_id in names}
    people += [PersonLine(c.name, c.unit, held(sid), {})
               for sid, c in sorted(extra.items(), key=lambda x: (x[1].name, x[0]))]
    published = getattr(view, "published_at", None)
    return RosterSheet(
        center_name=center_name, year=view.year, month=view.month, status=view.status, revision=view.revision,
        days=tuple(SheetDay(d.day, d.kind, d.name) for d in view.days), rows=rows,
        leaders={d: n for d, n in view.leaders.items() if n},
        joint={d: list(v) for d, v in view.joint.items() if v},
        printed_on=printed_on, notes=tuple(notes), people=tuple(people),
        published_on=published.date() if published is not None else None)


# --- PDF ----------------------------------------------------------------------------------------


def _hex(fill: str) -> colors.Color:
    return colors.HexColor("#" + fill)


def _width(text: str, font: str, size: float) -> float:
    """The printed width of ``text``, each character in the font that will draw it."""
    return sum(stringWidth(ch, font_covering(ch, font) or font, size) for ch in text)


def _run(text: str, font: str, size: float | None = None, color: str = "") -> str:
    """Paragraph markup for ``text`` in ``font`` (and ``size``, ``color``)."""
    attrs = f' face="{font}"' + (f' size="{size:g}"' if size else "") + (f' color="#{color}"' if color else "")
    return f"<font{attrs}>{markup(text, font)}</font>"


def _break_name(name: str, font: str, size: float, room: float) -> list[str]:
    """A name in lines no wider than ``room``: after each '·' (a line never starts with it), and
    each part in as few lines as fit, of even length (欧阳/明月, not 欧阳明/月)."""
    parts, cur = [], ""
    for ch in name:
        cur += ch
        if ch in "·•・":
            parts.append(cur)
            cur = ""
    if cur:
        parts.append(cur)
    lines: list[str] = []
    for part in parts:
        dot = part[-1] if part[-1] in "·•・" and len(part) > 1 else ""
        core = part[:-1] if dot else part
        for k in range(1, len(core) + 1):
            cuts = [len(core) * i // k for i in range(k + 1)]  # k lines, lengths differing by 1 at most
            chunk = [core[a:b] for a, b in pairwise(cuts)]
            chunk[-1] += dot
            if all(_width(c, font, size) <= room + 0.01 for c in chunk):
                break
        lines += chunk
    return lines


class _Fonts:
    def __init__(self) -> None:
        self.title = font_for("xiaobiaosong").name
        self.body = font_for("song").name
        self.label = font_for("hei").name
        self.info = font_for("fangsong").name


@dataclass
class _Plan:
    chunks: list[list[SheetDay]]  # one chunk = one table
    post_w: float
    day_w: float
    size: float  # names


def _plan(sheet: RosterSheet, f: _Fonts) -> _Plan:
    """One table if a three-character name fits a day column at 6.5 pt or more, else halves."""
    names = [n for r in sheet.rows for v in r.names_by_day.values() for n in v] + list(sheet.leaders.values())
    em = max([_width(n, f.body, 1.0) for n in names if len(n) <= 3] or [3.0])
    em = max(em, 3.0)
    width = TEXT_W
    days = list(sheet.days)
    plans = [(days and [days], POST_COL[0]), ([days[:15], days[15:]] if len(days) > 16 else [days], POST_COL[1])]
    for i, (chunks, post_w) in enumerate(plans):
        columns = max([len(c) for c in chunks] + [1])
        day_w = (width - post_w) / columns
        size = min(MAX_NAME_SIZE, math.floor((day_w - 2 * PAD) / em * 4) / 4)
        if size >= MIN_NAME_SIZE or i == len(plans) - 1:
            return _Plan([c for c in chunks if c] or [[]], post_w, day_w, max(size, MIN_NAME_SIZE))
    raise AssertionError("unreachable")


class _Grid:
    """Builds the tables of one sheet."""

    def __init__(self, sheet: RosterSheet, fonts: _Fonts, plan: _Plan) -> None:
        self.s, self.f, self.plan = sheet, fonts, plan
        self.extra = 0.0  # points added to every row below the header, to fill a page
        self.size = plan.size
        self.room = plan.day_w - 2 * PAD
        self.small = max(MIN_NAME_SIZE, min(self.size - 1, 8.0))  # times, weekdays, joint duty
        self.cell_style = ParagraphStyle(
            "cell", fontName=fonts.body, fontSize=self.size, leading=round(self.size * 1.2, 2),
            alignment=TA_CENTER)
        head = min(self.size + 1, 10.5)
        self.head_style = ParagraphStyle(
            "head", fontName=fonts.label, fontSize=head, leading=round(head * 1.15, 2), alignment=TA_CENTER)
        post = min(self.size + 0.5, 10.5)
        self.post_style = ParagraphStyle(
            "post", fontName=fonts.label, fontSize=post, leading=round(post * 1.2, 2), alignment=TA_CENTER)
        self.post_size = post

    def name_lines(self, name: str, font: str | None = None, size: float | None = None, color: str = "") -> list[str]:
        """Markup lines for one name: as is; a little smaller (not below 6.5 pt); else broken
        into even lines (after a '·') at the largest size needing no more lines than 6.5 pt does."""
        font, size = font or self.f.body, size or self.size
        whole = _width(name, font, 1.0) or 1.0
        if whole * size <= self.room:
            return [_run(name, font, size, color)]
        fit = math.floor(self.room / whole * 4) / 4
        if fit >= max(MIN_NAME_SIZE, 0.75 * size):
            return [_run(name, font, fit, color)]
        most = max(2, len(_break_name(name, font, MIN_NAME_SIZE, self.room)))
        s = size  # the largest size needing no more lines than 6.5 pt does (or two)
        while s > MIN_NAME_SIZE and len(_break_name(name, font, s, self.room)) > most:
            s = max(MIN_NAME_SIZE, s - 0.25)
        return [_run(x, font, s, color) for x in _break_name(name, font, s, self.room)]

    def para(self, lines: list[str], style: ParagraphStyle | None = None) -> Paragraph | str:
        return Paragraph("<br/>".join(lines), style or self.cell_style) if lines else ""

    def people(self, blocks: list[list[str]]) -> Paragraph | list | str:
        """A cell listing people, one block of lines each: one paragraph, or, when a name had to
        be wrapped over lines, a paragraph per person with a hairline between them (so two
        lines of one name do not read as two people)."""
        blocks = [b for b in blocks if b]
        if len(blocks) < 2 or all(len(b) == 1 for b in blocks):
            return self.para([x for b in blocks for x in b])
        out: list = []
        for b in blocks:
            if out:
                out.append(HRFlowable(width="70%", thickness=0.4, color=colors.Color(0.45, 0.45, 0.45),
                                      spaceBefore=1, spaceAfter=1.5))
            out.append(self.para(b))
        return out

    def header(self, d: SheetDay) -> Paragraph:
        lines = [_run(str(d.day.day), self.f.label),
                 _run(d.weekday, self.f.body, self.small, "C00000" if d.rest_day else "")]
        if d.kind == "holiday":
            name = d.name if d.name and _width(d.name, self.f.body, self.small) <= self.room else HOLIDAY_MARK
            lines.append(_run(name, self.f.body, self.small, "C00000"))
        elif d.makeup:
            lines.append(_run(MAKEUP_MARK, self.f.body, self.small, "1F4E79"))
        return Paragraph("<br/>".join(lines), self.head_style)

    def label(self, text: str, sub: str = "") -> Paragraph:
        """A post's name (on one line if 80 % of the size will do) and its times."""
        room = self.plan.post_w - 2 * LABEL_PAD
        size = min(self.post_size, math.floor(room / (_width(text, self.f.label, 1.0) or 1.0) * 4) / 4)
        if size >= 0.8 * self.post_size:
            lines = [_run(text, self.f.label, size)]
        else:
            lines = [_run(x, self.f.label) for x in wrap_cjk(text, self.f.label, self.post_size, room)]
        if sub:
            lines += [_run(x, self.f.body, self.small) for x in wrap_cjk(sub, self.f.body, self.small, room)]
        return Paragraph("<br/>".join(lines), self.post_style)

    def joint_blocks(self, entries: list[str]) -> list[list[str]]:
        """'单位 姓名 职务' of each joint duty, a line (or more) for each part."""
        return [[x for part in entry.split() for x in self.name_lines(part, size=self.small)] for entry in entries]

    def table(self, days: list[SheetDay]) -> Table:
        s, f = self.s, self.f
        data: list[list] = [[self.label("值班岗位", "日期")] + [self.header(d) for d in days]]
        data.append([self.label("带班领导")] + [self.para(self.name_lines(s.leaders[d.day]) if s.leaders.get(d.day)
                                                        else []) for d in days])
        if s.has_joint:
            data.append([self.label("共同值班")] + [self.people(self.joint_blocks(s.joint.get(d.day) or []))
                                                   for d in days])
        top = len(data)
        for r in s.rows:
            cells = [self.label(r.post_name, r.times)]
            for d in days:
                blocks = [self.name_lines(n) for n in r.names_by_day.get(d.day, ())]
                if s.missing(r, d.day):
                    blocks.append([_run(UNFILLED, f.body, MIN_NAME_SIZE, "A0A0A0")])
                cells.append(self.people(blocks))
            data.append(cells)
        t = Table(data, colWidths=[self.plan.post_w] + [self.plan.day_w] * len(days), repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle(self.style_cmds(days, top)))
        return t

    def style_cmds(self, days: list[SheetDay], top: int) -> list:
        grey = colors.Color(0.35, 0.35, 0.35)
        cmds: list = [
            ("FONTNAME", (0, 0), (-1, -1), self.f.body),  # empty cells: else an unembedded Helvetica
            ("GRID", (0, 0), (-1, -1), GRID * 0.8, grey),
            ("BOX", (0, 0), (-1, -1), BOX, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), BOX, colors.black),
            ("LINEBELOW", (0, top - 1), (-1, top - 1), BOX, colors.black),
            ("LINEAFTER", (0, 0), (0, -1), BOX, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (0, -1), LABEL_PAD),
            ("RIGHTPADDING", (0, 0), (0, -1), LABEL_PAD),
            ("BACKGROUND", (0, 0), (0, top - 1), _hex(HEAD_FILL)),
        ]
        if self.extra:
            cmds += [("TOPPADDING", (0, 1), (-1, -1), 1.5 + self.extra / 2),
                     ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5 + self.extra / 2)]
        for j, d in enumerate(days, start=1):
            fill = d.fill
            cmds.append(("BACKGROUND", (j, 0), (j, 0), _hex(fill or HEAD_FILL)))
            if fill:
                cmds.append(("BACKGROUND", (j, 1), (j, top - 1), _hex(fill)))
            if d.day.weekday() == 6 and j < len(days):  # a firmer line between weeks
                cmds.append(("LINEAFTER", (j, 0), (j, -1), BOX, colors.black))
        for i, r in enumerate(self.s.rows, start=top):
            tint = _hex(tint_of(r.duty_type))
            cmds.append(("BACKGROUND", (0, i), (0, i), tint))
            for j, d in enumerate(days, start=1):
                cmds.append(("BACKGROUND", (j, i), (j, i), tint if d.day in r.runs_on_days else _hex(IDLE_FILL)))
        return cmds


def legend_items(sheet: RosterSheet) -> list[tuple[str, str]]:
    """The legend: (fill hex, or '' for a mark explained, label), for the PDF and the .xlsx."""
    items = [(tint_of(t), sheet.type_label(t)) for t in sheet.duty_types]
    items += [(IDLE_FILL, "当日不设此岗")]
    if any(d.kind == "weekend" for d in sheet.days):
        items.append((WEEKEND_FILL, "周末"))
    if any(d.kind == "holiday" for d in sheet.days):
        items.append((HOLIDAY_FILL, "法定节假日"))
    if any(d.makeup for d in sheet.days):
        items.append(("", f"{MAKEUP_MARK}：调休上班日"))
    if any(sheet.missing(r, d.day) for r in sheet.rows for d in sheet.days):
        items.append(("", f"{UNFILLED}：尚未安排人员"))
    return items


def _canvas_class(sheet: RosterSheet, f: _Fonts):
    legend = legend_items(sheet)
    title = sheet.title

    class RosterCanvas(PageCountingCanvas):
        """Draws, once the page count is known: the legend and 第 n 页 共 m 页 at the foot, the
        running head of later pages, the 草稿 stamp and watermark of a draft."""

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.setFillColor(colors.black)
            self.setFont(f.body, 8.5)
            left, right = SIDE + FRAME_PAD, width - SIDE - FRAME_PAD
            self.drawRightString(right, FOOT_Y, f"第 {self._pageNumber} 页  共 {total} 页")
            x = left
            self.setFont(f.label, 8.5)
            self.drawString(x, FOOT_Y, "图例：")
            x += stringWidth("图例：", f.label, 8.5)
            self.setLineWidth(0.4)
            for fill, text in legend:
                if fill:
                    self.setFillColor(_hex(fill))
                    self.rect(x, FOOT_Y - 1.2, 14, 8, stroke=1, fill=1)
                    x += 17
                self.setFillColor(colors.black)
                self.setFont(f.body, 8.5)
                self.drawString(x, FOOT_Y, text)
                x += stringWidth(text, f.body, 8.5) + 12
            if self._pageNumber > 1:
                self.setFont(f.info, 8.5)
                self.drawString(left, height - TOP + 1 * mm, f"{title}（续）" + ("（草稿）" if sheet.draft else ""))
            if sheet.draft:
                self._draft_marks(width, height)

        def _draft_marks(self, width: float, height: float) -> None:
            red = colors.Color(0.78, 0.1, 0.1)
            self.saveState()
            self.setFillColor(red)
            self.setFillAlpha(0.07)
            self.translate(width / 2, height / 2 - 20)
            self.rotate(20)
            self.setFont(f.label, 150)
            self.drawCentredString(0, -50, "草 稿")
            self.restoreState()
            if self._pageNumber > 1:  # later pages: the table starts at the top, the head says 草稿
                return
            self.saveState()
            self.setStrokeColor(red)
            self.setFillColor(red)
            self.setLineWidth(1.5)
            w, h = 58, 24
            x, y = width - SIDE - FRAME_PAD - w, height - TOP - FRAME_PAD - h + 2
            self.roundRect(x, y, w, h, 3, stroke=1, fill=0)
            self.setFont(f.label, 14)
            self.drawCentredString(x + w / 2, y + 7, "草 稿")
            self.restoreState()

    return RosterCanvas


MAX_EXTRA = 10.0  # pt: the most added to a row to fill the page


def _story(sheet: RosterSheet, f: _Fonts, grid: _Grid) -> list:
    width = TEXT_W
    info = ParagraphStyle("info", fontName=f.info, fontSize=10, leading=13, alignment=TA_LEFT)
    title = ParagraphStyle("title", fontName=f.title, fontSize=18, leading=24, alignment=TA_CENTER)
    sub = Table([[Paragraph(_run(sheet.status_line, f.info, color="C00000" if sheet.draft else ""), info),
                  Paragraph(_run(f"打印日期：{format_date(sheet.printed_on)}", f.info),
                            ParagraphStyle("right", parent=info, alignment=TA_RIGHT))]],
                colWidths=[width / 2] * 2)
    sub.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), f.body), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [Paragraph(_run(sheet.title, f.title), title), Spacer(1, 1 * mm), sub, Spacer(1, 2 * mm)]
    chunks = grid.plan.chunks
    caption = ParagraphStyle("caption", fontName=f.label, fontSize=9.5, leading=12, alignment=TA_LEFT)
    for i, chunk in enumerate(chunks):
        parts: list = []
        if len(chunks) > 1 and chunk:
            span = f"{sheet.month}月{chunk[0].day.day}日至{chunk[-1].day.day}日"
            parts += [Paragraph(_run(span, f.label), caption), Spacer(1, 1 * mm)]
        parts.append(grid.table(chunk))
        story += [Spacer(1, 4 * mm), KeepTogether(parts)] if i else parts
    if sheet.notes:
        note = ParagraphStyle("note", fontName=f.info, fontSize=9.5, leading=13, alignment=TA_LEFT)
        more = ParagraphStyle("more", parent=note, leftIndent=_width("注：", f.info, 9.5))
        story.append(Spacer(1, 2.5 * mm))
        many = len(sheet.notes) > 1
        for k, text in enumerate(sheet.notes, start=1):
            lead = ("注：" if k == 1 else "") + (f"{k}．" if many else "")
            story.append(Paragraph(_run(lead + text.strip(), f.info), note if k == 1 else more))
    return story


def _height(story: list, width: float, height: float) -> float:
    total = 0.0
    for fl in story:
        if isinstance(fl, KeepTogether):
            total += _height(fl._content, width, height)
        else:
            total += fl.wrap(width, height)[1] + fl.getSpaceBefore() + fl.getSpaceAfter()
    return total


def render_roster_pdf(sheet: RosterSheet) -> bytes:
    """The month roster as A4 landscape PDF bytes (the same sheet gives the same bytes)."""
    f = _Fonts()
    grid = _Grid(sheet, f, _plan(sheet, f))
    story = _story(sheet, f, grid)
    spare = TEXT_H - 4 - _height(story, TEXT_W, TEXT_H)
    rows = len(grid.plan.chunks) * (1 + sheet.has_joint + len(sheet.rows))
    if spare > 0 and rows:  # all on one page: spread the rows out to fill it
        grid.extra = min(MAX_EXTRA, math.floor(spare / rows * 4) / 4)
        story = _story(sheet, f, grid)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=PAGE, leftMargin=SIDE, rightMargin=SIDE, topMargin=TOP, bottomMargin=BOTTOM,
        initialFontName=f.body, invariant=1, title=sheet.title, author=sheet.center_name,
        subject=f"{sheet.year}年{sheet.month}月值班安排表",
        keywords=["值班安排表", f"{sheet.year}-{sheet.month:02d}"],
        creator="govhr-desktop", producer="govhr-desktop")
    doc.build(story, canvasmaker=_canvas_class(sheet, f))
    return buf.getvalue()
