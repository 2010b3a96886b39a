"""Write any list (staff, windows, evaluations, ratings …) to an .xlsx file for Excel/WPS.

Layout: row 1 a bold title (merged across the columns), row 2 the headers on a grey fill, data
from row 3 with the panes frozen below the headers and an auto-filter; the header row repeats
on every printed page. Dates are real dates shown ``yyyy-mm-dd``; digit strings such as ID and
phone numbers are written as text cells with the text format ``@``, so that Excel neither turns
them into numbers nor shows them as ``3.40524E+17``; strings starting with ``=`` stay text (no
formula injection).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from os import PathLike
from pathlib import Path

from govhr_desktop.exchange.staff_import import (
    REQUIRED_HEADERS,
    TEMPLATE_COLUMNS,
    TEMPLATE_EXAMPLE_ID,
    TEMPLATE_EXAMPLE_NAME,
)

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TEXT_FORMAT = "@"
HEADER_FILL = "D9E1F2"
MIN_WIDTH = 6
MAX_WIDTH = 60
#: Rows looked at when sizing the columns.
WIDTH_SAMPLE_ROWS = 2000
_MAX_CELL = 32767  # Excel's limit on the characters in one cell

#: Text that Excel would turn into a number on editing (ID and phone numbers of 11+ digits, codes
#: with leading zeros): written as text cells with the text format.
_NUMBER_LIKE = re.compile(r"^\d{10,17}[\dXx]$|^0\d+$")
_ILLEGAL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def display_width(text: str) -> int:
    """Width in Excel character units: CJK and other wide characters count double."""
    width = 0
    for ch in text:
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.10g}")
    text = str(value)
    return max((display_width(line) for line in text.split("\n")), default=0)


def export_table(
    path: str | PathLike[str],
    title: str,
    headers: list[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_name: str = "Sheet1",
) -> int:
    """Write ``title``, ``headers`` and ``rows`` to a new .xlsx at ``path``; the number of data
    rows written. Values: str, int, float, Decimal, bool, date, datetime, None; others as str."""
    from openpyxl import Workbook  # lazy: keeps application start-up fast
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    data = [list(r) for r in rows]
    ncols = max([len(headers), *(len(r) for r in data)] or [1]) or 1

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(sheet_name))

    widths = [display_width(str(h)) for h in headers] + [0] * (ncols - len(headers))
    for r in data[:WIDTH_SAMPLE_ROWS]:
        for i, v in enumerate(r):
            widths[i] = max(widths[i], _cell_width(v))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(MIN_WIDTH, w + 2))

    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    last_col = get_column_letter(ncols)
    if ncols > 1:
        ws.merged_cells.add(f"A1:{last_col}1")
    ws.auto_filter.ref = f"A2:{last_col}{len(data) + 2}"
    ws.page_setup.orientation = "landscape" if sum(widths) > 100 else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    title_cell = WriteOnlyCell(ws, _clean_text(title))
    title_cell.font = Font(bold=True, size=14)
    title_cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    ws.append([title_cell])

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    header_cells = []
    for h in headers:
        c = _text_cell(WriteOnlyCell, ws, str(h))
        c.font = Font(bold=True)
        c.fill = fill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header_cells.append(c)
    ws.append(header_cells)

    for r in data:
        ws.append([_data_cell(WriteOnlyCell, ws, v) for v in r])

    _save(wb, path)
    return len(data)


def _sheet_title(name: str) -> str:
    name = re.sub(r"[\\/?*\[\]:]", "_", name or "Sheet1")[:31]
    return name or "Sheet1"


def _clean_text(text: str) -> str:
    return _ILLEGAL_CHARS.sub("", text)[:_MAX_CELL]


def _text_cell(cell_type, ws, text: str):
    """A cell that holds ``text`` as a string even when it starts with '='."""
    c = cell_type(ws, _clean_text(text))
    c.data_type = "s"
    return c


def _data_cell(cell_type, ws, value: object):
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, datetime):
        c = cell_type(ws, value.replace(tzinfo=None))
        c.number_format = DATETIME_FORMAT if value.time() != time(0) else DATE_FORMAT
        return c
    if isinstance(value, date):
        c = cell_type(ws, value)
        c.number_format = DATE_FORMAT
        return c
    if isinstance(value, int):
        if abs(value) >= 10**15:  # beyond Excel's 15 significant digits
            return _as_text(cell_type, ws, str(value))
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        if _NUMBER_LIKE.match(value.strip()):
            return _as_text(cell_type, ws, value)
        if value.startswith("="):
            return _text_cell(cell_type, ws, value)
        return _clean_text(value)
    return _clean_text(str(value))


def _as_text(cell_type, ws, text: str):
    c = _text_cell(cell_type, ws, text)
    c.number_format = TEXT_FORMAT
    return c


def _save(wb, path: str | PathLike[str]) -> None:
    p = Path(path)
    tmp = p.with_name(p.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(p)  # never leave a half-written file under the real name
    finally:
        if tmp.exists():
            tmp.unlink()


# --- staff import template ------------------------------------------------------------------

TEMPLATE_TITLE = "窗口人员导入模板"
_TEMPLATE_EXAMPLE = {
    "name": TEMPLATE_EXAMPLE_NAME,
    "id_number": TEMPLATE_EXAMPLE_ID,
    "mobile": "13812345678",
    "home_unit_id": "市场监管局",
    "employment_type": "行政编制",
    "political_status": "中共党员",
    "education": "大学本科",
    "joined_center_on": date(2020, 3, 1),
    "window_id": "A03",
    "post": "A岗",
    "skill_level": "四级",
    "status": "在岗",
    "remarks": "示例行，导入时自动跳过，可删除",
}
#: Data rows of the template that get dropdown lists and text formats.
TEMPLATE_ROWS = 1000


def export_template(path: str | PathLike[str]) -> None:
    """An empty staff roster to fill in: title row, the canonical headers (required ones red),
    one example row, dropdowns for the vocabulary columns, ID/phone columns formatted as text,
    and a second sheet 填写说明 with the rules."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "人员名单"
    ncols = len(TEMPLATE_COLUMNS)
    last_col = get_column_letter(ncols)
    first_data, last_data = 3, 2 + TEMPLATE_ROWS

    ws["A1"] = TEMPLATE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 28

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for i, spec in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(i)
        c = ws.cell(row=2, column=i, value=spec.header)
        c.font = Font(bold=True, color="C00000" if spec.header in REQUIRED_HEADERS else None)
        c.fill = fill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center")
        example = _TEMPLATE_EXAMPLE.get(spec.field)
        e = ws.cell(row=3, column=i, value=example)
        e.font = Font(color="808080", italic=True)
        width = max(display_width(spec.header), _cell_width(example)) + 4
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(10, width))
        if spec.field in ("id_number", "mobile"):
            ws.column_dimensions[letter].number_format = TEXT_FORMAT
            e.number_format = TEXT_FORMAT
            e.data_type = "s"
        elif spec.field == "joined_center_on":
            ws.column_dimensions[letter].number_format = DATE_FORMAT
            e.number_format = DATE_FORMAT
        if spec.vocabulary is not None:
            options = ",".join(c.zh for c in spec.vocabulary.choices)
            dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
            dv.error = "请从下拉列表中选择"
            dv.showErrorMessage = False  # warn only: aliases such as 本科 are accepted too
            dv.add(f"{letter}{first_data}:{letter}{last_data}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"

    notes = wb.create_sheet("填写说明")
    lines = [
        ("填写说明", ""),
        ("必填列", "、".join(REQUIRED_HEADERS) + "；进驻日期也须填写"),
        ("身份证号", "18位，末位X大写或小写均可；请以文本格式填写，不要让Excel变成科学计数法"),
        ("性别、出生日期", "由身份证号自动得出，无需填写"),
        ("派驻单位", "填写单位全称或简称，须与系统中已登记的派驻单位一致"),
        ("窗口号", "如 A03，须为系统中已登记的窗口；填写窗口时须填写岗位（A岗/B岗）"),
        ("进驻日期", "如 2020-03-01、2020/3/1、2020年3月1日"),
    ]
    for spec in TEMPLATE_COLUMNS:
        if spec.vocabulary is not None:
            lines.append((spec.header, "可选：" + "、".join(c.zh for c in spec.vocabulary.choices)))
    lines.append(("示例行", "第3行为示例（姓名带“（示例）”），导入时自动跳过"))
    for r, (a, b) in enumerate(lines, start=1):
        notes.cell(row=r, column=1, value=a).font = Font(bold=True)
        notes.cell(row=r, column=2, value=b)
    notes.column_dimensions["A"].width = 18
    notes.column_dimensions["B"].width = 90
    _save(wb, path)
