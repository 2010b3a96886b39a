"""Read a training sign-in list (签到表 typed into Excel/WPS, or exported by a sign-in app) for one
session: who was there and, where the list says so, how many 学时 each is credited.

``read_sign_in(path)`` reads .xlsx/.xls/.csv through ``readers.read_table``, finds the header row
among the first ``HEADER_SCAN_ROWS`` rows (title rows above it are fine) and returns
``(rows, errors)``: one ``SignInRow`` per person present, and ``RowError`` records (the same type
as the staff import) naming the sheet row as the clerk sees it in Excel, the column as headed in
the file, the cell text and an error code (``params['value']`` = the cell text). No database access: matching names to enrolled people
is the service's job (``id_tail`` tells two people of the same name apart).

Columns: 姓名 (required); 身份证号 (the full number: only its last four characters are kept) or
身份证后四位 (optional); 学时 (optional: blank = the session's hours); 签到 (optional: a blank cell
or 否/×/缺/缺席/未到/请假 … = absent and the row is skipped; √/是/到/已签 … or the person's own name =
present; without the column everybody listed is present). Blank rows (also rows with nothing but
a 序号) are ignored.

Row error codes (``RowError.code``):

* ``signin.name_missing`` – a row with data but no name;
* ``signin.hours`` – the 学时 cell is not a number, or is negative;
* ``signin.attendance`` – the 签到 cell says neither present nor absent;
* ``signin.id_tail`` – the ID cell does not end in four digits (or three digits and X).

Raised (``DomainError``): ``import.missing_headers`` (``missing``, ``found``), ``import.empty``,
and those of ``read_table`` (``import.unreadable``, ``import.unsupported_format``,
``import.encrypted``). No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from os import PathLike

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.exchange.readers import read_table
from govhr_desktop.exchange.staff_import import RowError, cell_text, normalize_header

HEADER_SCAN_ROWS = 15

#: field -> headers it goes by (the first is the canonical one), compared after normalize_header.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "学员姓名", "参训人员", "人员姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证"),
    "id_tail": ("身份证后四位", "身份证后4位", "身份证号后四位", "身份证号后4位", "后四位", "证件后四位"),
    "hours": ("学时", "学时数", "获得学时", "认定学时", "课时", "培训学时"),
    "attendance": ("签到", "签到情况", "是否签到", "出勤", "出勤情况", "签到签名", "到课情况"),
    "number": ("序号", "编号", "No", "No."),
}
REQUIRED = ("name",)

ABSENT_WORDS = frozenset({
    "否", "×", "✗", "✘", "x", "缺", "缺席", "缺勤", "未到", "未签", "未签到", "没到", "请假", "假", "病假",
    "事假", "无", "0", "no", "n", "false", "absent",
})
PRESENT_WORDS = frozenset({
    "是", "√", "✓", "✔", "v", "到", "已到", "已签", "已签到", "签到", "出席", "在", "有", "1", "yes", "y", "true",
    "present", "ok", "○", "〇",
})
_HOURS_UNIT = re.compile(r"(学时|小时|课时|h|hours?)$", re.IGNORECASE)
_ID_TAIL = re.compile(r"^\d{3}[\dX]$")


@dataclass(frozen=True)
class SignInRow:
    row: int  # the sheet row as the clerk sees it in Excel (1-based, title rows included)
    name: str
    id_tail: str  # last four characters of the ID number ('' = not given), X upper-case
    hours: float | None  # None = the session's hours


_ALIASES = {normalize_header(a): f for f, names in HEADER_ALIASES.items() for a in names}


def _columns(row: list[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        f = _ALIASES.get(normalize_header(cell))
        if f and f not in found:
            found[f] = i
    return found


def _find_header(table: list[list[object]]) -> tuple[int, dict[str, int]]:
    best, best_idx, best_cols = -1, -1, {}
    for i, row in enumerate(table[:HEADER_SCAN_ROWS]):
        cols = _columns(row)
        score = len(cols) + 10 * sum(1 for f in REQUIRED if f in cols)
        if cols and score > best:
            best, best_idx, best_cols = score, i, cols
    if not any(any(cell_text(c) for c in r) for r in table):
        raise DomainError("import.empty")
    missing = [HEADER_ALIASES[f][0] for f in REQUIRED if f not in best_cols]
    if missing:
        top = table[best_idx] if best_idx >= 0 else next(r for r in table if any(cell_text(c) for c in r))
        found = [cell_text(c) for c in top if cell_text(c)]
        raise DomainError("import.missing_headers", missing="、".join(missing), found="、".join(found))
    return best_idx, best_cols


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _hours(value: object) -> float | None:
    """The cell as hours; raises ValueError if it is not a number >= 0."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        h = float(value)
    else:
        text = _HOURS_UNIT.sub("", _fold(cell_text(value)))
        h = float(text)  # (ValueError for text)
    if h != h or h < 0 or h == float("inf"):
        raise ValueError
    return h


def _id_tail(value: object, whole_number: bool) -> str | None:
    """The last four characters of an ID (or the four given), '' if blank, None if unreadable."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
        if not whole_number:
            text = text.zfill(4)  # 0123 typed into a number cell arrives as 123
    else:
        text = _fold(cell_text(value)).upper()
    if not text:
        return ""
    tail = text[-4:]
    return tail if _ID_TAIL.match(tail) and (not whole_number or len(text) >= 15) else None


def read_sign_in(path: str | PathLike[str]) -> tuple[list[SignInRow], list[RowError]]:
    """The people present according to a sign-in list, and the problems of its rows."""
    table = read_table(path)
    idx, cols = _find_header(table)
    header = table[idx]

    def head(f: str) -> str:
        i = cols[f]
        return cell_text(header[i]) if i < len(header) and cell_text(header[i]) else HEADER_ALIASES[f][0]

    id_field = "id_tail" if "id_tail" in cols else ("id_number" if "id_number" in cols else None)
    number_col = cols.get("number")
    rows: list[SignInRow] = []
    errors: list[RowError] = []
    for offset, raw in enumerate(table[idx + 1:], start=idx + 2):
        cell = {f: (raw[i] if i < len(raw) else "") for f, i in cols.items()}
        if not any(cell_text(v) for i, v in enumerate(raw) if i != number_col):
            continue  # blank, or nothing but a 序号
        before = len(errors)
        name = _fold(cell_text(cell["name"]))
        if "attendance" in cols:
            mark = _fold(cell_text(cell["attendance"]))
            low = mark.lower()
            if not mark or low in ABSENT_WORDS:
                continue
            if low not in PRESENT_WORDS and mark != name:
                text = cell_text(cell["attendance"])
                errors.append(RowError(offset, head("attendance"), text, "signin.attendance", {"value": text},
                                       "attendance"))
        if not name:
            errors.append(RowError(offset, head("name"), "", "signin.name_missing", {}, "name"))
        hours = None
        if "hours" in cols and cell_text(cell["hours"]):
            try:
                hours = _hours(cell["hours"])
            except ValueError:
                text = cell_text(cell["hours"])
                errors.append(RowError(offset, head("hours"), text, "signin.hours", {"value": text}, "hours"))
        tail = ""
        if id_field:
            got = _id_tail(cell[id_field], id_field == "id_number")
            if got is None:
                text = cell_text(cell[id_field])
                errors.append(RowError(offset, head(id_field), text, "signin.id_tail", {"value": text}, "id_tail"))
            else:
                tail = got
        if len(errors) == before:
            rows.append(SignInRow(offset, name, tail, hours))
    return rows, errors
