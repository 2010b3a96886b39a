"""The month duty roster as an .xlsx workbook for Excel/WPS (``export_roster_xlsx``).

Sheet 1 "值班表", the grid of the printed roster (``documents.roster_sheet``): row 1 the title and
row 2 the roster's state and the printed date (merged across), rows 3–4 the days (number, then
weekday with the holiday's name or 班 for a make-up working day; weekend and holiday columns
shaded), then the 带班领导 row, the 共同值班 row when there is joint duty, and one row per duty post
(name, times, that day's people one per line; tinted by duty type, grey on days the post does not
run, "待定" for a seat nobody holds); under the grid the legend and the notes. Panes frozen below
the days and right of the post columns; printed A4 landscape, one page wide, the day rows and
post columns repeated on every page.

Sheet 2 "按人员", person × day: name, home unit, the posts each person holds each day (and 休假
on leave days), then one count column per duty type and the total.

Text cells stay text (a name starting with '=' is not a formula); the file is written under a
temporary name and renamed, as ``exchange.xlsx_export`` does.
"""

from __future__ import annotations

from collections import Counter
from copy import copy
from os import PathLike

from govhr_desktop.documents.roster_sheet import (
    HEAD_FILL,
    IDLE_FILL,
    MAKEUP_MARK,
    UNFILLED,
    RosterSheet,
    SheetDay,
    format_date,
    legend_items,
    tint_of,
)
from govhr_desktop.exchange.xlsx_export import _clean_text, _save, display_width

#: Words dropped from a long post name for its label on the person sheet (综合窗口午间值守 → 综合午间).
GENERIC_WORDS = ("窗口", "值守", "值班", "岗位")
GRID_SHEET = "值班表"
PEOPLE_SHEET = "按人员"
LEAVE_LABELS = {"day": "休假", "am": "上午休假", "pm": "下午休假"}
FIRST_DAY_COL = 3  # C: the first day column on both sheets
DAY_WIDTH = (5, 11)  # least and most width of a day column, in Excel character units
LINE_HEIGHT = 13.5  # points per line of text in a row


def export_roster_xlsx(sheet: RosterSheet, path: str | PathLike[str]) -> None:
    """Write the month roster to a new .xlsx at ``path`` (two sheets: 值班表, 按人员)."""
    from openpyxl import Workbook  # lazy: keeps application start-up fast

    wb = Workbook()
    wb.properties.title = sheet.title
    wb.properties.creator = "govhr-desktop"
    _Writer(wb.active, sheet).grid()
    _Writer(wb.create_sheet(PEOPLE_SHEET), sheet).people()
    _save(wb, path)


class _Writer:
    def __init__(self, ws, sheet: RosterSheet) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws, self.s = ws, sheet
        self.Font, self.Fill = Font, PatternFill
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.plain = Alignment(horizontal="left", vertical="center")  # a line running on to the right
        self.ncols = FIRST_DAY_COL - 1 + len(sheet.days)
        self.styles: dict[tuple, object] = {}  # (fill, bold, color, align, border) -> the cell style

    # -- helpers -------------------------------------------------------------------------------

    def put(self, row: int, col: int, value, *, fill: str = "", bold: bool = False, color: str = "",
            align: str = "center", border: bool = True):
        """One cell; strings stay text (no formula), fills and fonts as given."""
        c = self.ws.cell(row=row, column=col)
        if isinstance(value, str):
            c.value = _clean_text(value)
            c.data_type = "s"
        else:
            c.value = value
        key = (fill, bold, color, align, border)
        style = self.styles.get(key)
        if style is not None:  # a style seen before: copied, not built and looked up again (fast)
            c._style = copy(style)
            return c
        if fill:
            c.fill = self.Fill("solid", fgColor=fill)
        if bold or color:
            c.font = self.Font(bold=bold, color=color or None)
        c.alignment = {"center": self.center, "left": self.left}.get(align, self.plain)
        if border:
            c.border = self.border
        self.styles[key] = copy(c._style)
        return c

    def merge(self, row: int, col: int, last_row: int, last_col: int) -> None:
        if (row, col) != (last_row, last_col):
            self.ws.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)

    def subtitle(self) -> str:
        return f"{self.s.status_line}　　打印日期：{format_date(self.s.printed_on)}"

    def title(self, text: str, sub: str, last_col: int) -> None:
        c = self.put(1, 1, text, bold=True, border=False)
        c.font = self.Font(bold=True, size=16)
        self.merge(1, 1, 1, last_col)
        self.ws.row_dimensions[1].height = 30
        self.put(2, 1, sub, border=False, color="C00000" if self.s.draft else "")
        self.merge(2, 1, 2, last_col)
        self.ws.row_dimensions[2].height = 18

    def day_heads(self, row: int) -> None:
        """Day numbers in ``row``, weekdays (and holiday name / 班) under them."""
        for j, d in enumerate(self.s.days, start=FIRST_DAY_COL):
            fill = d.fill or HEAD_FILL
            self.put(row, j, d.day.day, fill=fill, bold=True)
            self.put(row + 1, j, _weekday_label(d), fill=fill, color="C00000" if d.rest_day else "")
        self.ws.row_dimensions[row + 1].height = LINE_HEIGHT * (2 if any(_weekday_label(d).count("\n")
                                                                          for d in self.s.days) else 1) + 4

    def height(self, row: int, lines: int) -> None:
        self.ws.row_dimensions[row].height = max(1, lines) * LINE_HEIGHT + 4

    def widths(self, first: list[int], days: list[int], last: list[int] = ()) -> None:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(first + [min(DAY_WIDTH[1], max(DAY_WIDTH[0], w)) for w in days] + list(last),
                              start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w + 1.5

    def print_setup(self, title_rows: str, title_cols: str) -> None:
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5
        ws.print_title_rows = title_rows
        ws.print_title_cols = title_cols
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"

    # -- sheet 1: post × day ---------------------------------------------------------------------

    def grid(self) -> None:
        s, ws = self.s, self.ws
        ws.title = GRID_SHEET
        last = max(self.ncols, 2)
        self.title(s.title, self.subtitle(), last)
        for col, text in ((1, "值班岗位"), (2, "时间")):
            self.put(3, col, text, fill=HEAD_FILL, bold=True)
            self.put(4, col, None, fill=HEAD_FILL)
            self.merge(3, col, 4, col)
        self.day_heads(3)
        day_w = [display_width(_weekday_label(d).split("\n")[-1]) for d in s.days]
        row = 5
        self.put(row, 1, "带班领导", fill=HEAD_FILL, bold=True)
        self.put(row, 2, None, fill=HEAD_FILL)
        self.merge(row, 1, row, 2)
        for j, d in enumerate(s.days, start=FIRST_DAY_COL):
            name = s.leaders.get(d.day, "")
            self.put(row, j, name or None, fill=d.fill)
            day_w[j - FIRST_DAY_COL] = max(day_w[j - FIRST_DAY_COL], display_width(name))
        self.height(row, 1)
        if s.has_joint:
            row += 1
            self.put(row, 1, "共同值班", fill=HEAD_FILL, bold=True)
            self.put(row, 2, None, fill=HEAD_FILL)
            self.merge(row, 1, row, 2)
            most = 1
            for j, d in enumerate(s.days, start=FIRST_DAY_COL):
                lines = [part for entry in s.joint.get(d.day) or [] for part in entry.split()]
                self.put(row, j, "\n".join(lines) or None, fill=d.fill)
                most = max(most, len(lines))
            self.height(row, most)
        post_w, time_w = display_width("值班岗位"), display_width("时间")
        for r in s.rows:
            row += 1
            tint = tint_of(r.duty_type)
            self.put(row, 1, r.post_name, fill=tint, bold=True, align="left")
            self.put(row, 2, r.times or None, fill=tint)
            post_w, time_w = max(post_w, display_width(r.post_name)), max(time_w, display_width(r.times))
            most = 1
            for j, d in enumerate(s.days, start=FIRST_DAY_COL):
                runs = d.day in r.runs_on_days
                names = list(r.names_by_day.get(d.day, ()))
                if s.missing(r, d.day):
                    names.append(UNFILLED)
                self.put(row, j, "\n".join(names) or None, fill=tint if runs else IDLE_FILL)
                most = max(most, len(names))
                for n in names:
                    day_w[j - FIRST_DAY_COL] = max(day_w[j - FIRST_DAY_COL], display_width(n))
            self.height(row, most)
        self.legend(row + 2)
        self.widths([min(30, post_w), min(14, time_w)], day_w)
        from openpyxl.utils import get_column_letter

        ws.freeze_panes = f"{get_column_letter(FIRST_DAY_COL)}5"
        self.print_setup("3:4", "A:B")

    def legend(self, row: int) -> None:
        s = self.s
        self.put(row, 1, "图例：", bold=True, border=False, align="plain")
        items = legend_items(s)
        for i, (fill, text) in enumerate(items, start=row + 1):
            self.put(i, 1, text, fill=fill, align="left", border=bool(fill))
        row += len(items) + 1
        many = len(s.notes) > 1
        for k, text in enumerate(s.notes, start=1):
            row += 1
            lead = ("注：" if k == 1 else "　　") + (f"{k}．" if many else "")
            self.put(row, 1, lead + text.strip(), align="plain", border=False)

    # -- sheet 2: person × day -------------------------------------------------------------------

    def people(self) -> None:
        s, ws = self.s, self.ws
        types = s.duty_types
        labels = short_labels(s.rows)
        kinds = {r.post_name: r.duty_type for r in s.rows}  # PersonLine.duties hold post names
        first_total = FIRST_DAY_COL + len(s.days)
        last = first_total + len(types)
        self.title(f"{s.title}（按人员）", self.subtitle(), last)
        heads = [(1, "姓名"), (2, "派驻单位"), (last, "合计")]
        heads[2:2] = [(first_total + i, s.type_label(t)) for i, t in enumerate(types)]
        for col, text in heads:
            self.put(3, col, text, fill=HEAD_FILL, bold=True)
            self.put(4, col, None, fill=HEAD_FILL)
            self.merge(3, col, 4, col)
        self.day_heads(3)
        name_w, unit_w = display_width("姓名"), display_width("派驻单位")
        day_w = [display_width(_weekday_label(d).split("\n")[-1]) for d in s.days]
        row = 4
        for p in s.people:
            row += 1
            self.put(row, 1, p.name, bold=True)
            self.put(row, 2, p.unit or None, align="left")
            name_w, unit_w = max(name_w, display_width(p.name)), max(unit_w, display_width(p.unit))
            counts = dict.fromkeys(types, 0)
            total, most = 0, 1
            for j, d in enumerate(s.days, start=FIRST_DAY_COL):
                held = list(p.duties.get(d.day, ()))
                for post in held:
                    total += 1
                    if kinds.get(post) in counts:
                        counts[kinds[post]] += 1
                lines = [labels.get(x, x) for x in held]
                leave = (p.leave or {}).get(d.day)
                if leave:
                    lines.append(LEAVE_LABELS.get(leave, "休假"))
                fill = tint_of(kinds.get(held[0], "")) if held else (IDLE_FILL if leave else d.fill)
                self.put(row, j, "\n".join(lines) or None, fill=fill)
                most = max(most, len(lines))
                for x in lines:
                    day_w[j - FIRST_DAY_COL] = max(day_w[j - FIRST_DAY_COL], display_width(x))
            for i, t in enumerate(types):
                self.put(row, first_total + i, counts[t])
            self.put(row, last, total, bold=True)
            self.height(row, most)
        totals = [max(4, display_width(s.type_label(t))) for t in types] + [4]
        self.widths([min(12, name_w), min(30, unit_w)], day_w, totals)
        from openpyxl.utils import get_column_letter

        ws.freeze_panes = f"{get_column_letter(FIRST_DAY_COL)}5"
        self.print_setup("3:4", "A:B")


def short_labels(rows) -> dict[str, str]:
    """Post name -> its label on the person sheet: the row's ``short_name`` if given; a name
    longer than four characters without ``GENERIC_WORDS``; the full name where that would leave
    less than two characters or two posts with the same label."""
    out: dict[str, str] = {}
    for r in rows:
        short = r.short_name or r.post_name
        if not r.short_name and display_width(short) > 8:
            for word in GENERIC_WORDS:
                short = short.replace(word, "")
            if len(short.strip()) < 2:
                short = r.post_name
        out[r.post_name] = short.strip()
    taken = Counter(out.values())
    return {name: (label if taken[label] == 1 else name) for name, label in out.items()}


def _weekday_label(d: SheetDay) -> str:
    if d.kind == "holiday":
        return f"{d.weekday}\n{d.name or '休'}"
    if d.makeup:
        return f"{d.weekday}\n{MAKEUP_MARK}"
    return d.weekday
