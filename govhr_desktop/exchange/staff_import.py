"""Import window staff from a roster spreadsheet (花名册): find the header row, map the columns,
parse every cell and check every row, without touching the database.

``parse_staff_rows(read_table(path), home_units=..., windows=..., today=...)`` returns an
``ImportPreview``: one ``PreviewRow`` per non-blank sheet row, each with either a validated
``StaffInput`` (``data``) or a list of ``RowError`` naming the sheet row, the column as headed in
the file, the cell text and an error code with parameters (the UI translates the code).

Error codes produced here, besides those of ``validate_staff``/``parse_id_number``:

* ``import.missing_headers`` (raised) ``missing``: canonical headers not found, ``found``: the
  header texts of the best candidate row;
* ``import.empty`` (raised): the table has no non-blank row at all;
* ``id_number.scientific`` ``value``: the ID arrived as a number, so digits were lost;
* ``date.unreadable`` ``value``;
* ``choice`` ``value``, ``allowed`` (the Chinese labels);
* ``import.unknown_home_unit`` ``value``; ``import.unknown_window`` ``value``;
* ``import.duplicate_in_file`` ``first_row``; ``staff.duplicate_id`` ``name`` (already stored);
* ``import.gender_mismatch`` ``value``, ``expected`` (男/女 per the ID number);
* ``import.birth_date_mismatch`` ``value``, ``expected`` (ISO date per the ID number).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import (
    ResidentId,
    id_check_char,
    normalize_id_number,
    parse_id_number,
)
from govhr_desktop.domain.records import StaffInput, clean, normalize_window_number, validate_staff

#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 15

#: The template's example row (skipped on import when the clerk forgot to delete it).
TEMPLATE_EXAMPLE_ID = "34052419800101001X"
TEMPLATE_EXAMPLE_NAME = "张三（示例）"


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the roster: the ``StaffInput`` field it fills and the headers it goes by."""

    field: str
    header: str  # canonical header, written in the template
    aliases: tuple[str, ...] = ()
    required: bool = False
    #: derived from the ID number; read only to report a contradiction
    derived: bool = False
    vocabulary: vocab.Vocabulary | None = None

    @property
    def all_headers(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)


STAFF_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "姓名", ("名字",), required=True),
    ColumnSpec("gender", "性别", (), derived=True),
    ColumnSpec("birth_date", "出生日期", ("出生年月", "出生年月日"), derived=True),
    ColumnSpec(
        "id_number", "身份证号",
        ("身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码"), required=True,
    ),
    ColumnSpec("mobile", "手机号码", ("手机", "手机号", "联系电话", "联系方式", "电话")),
    ColumnSpec(
        "home_unit_id", "派驻单位",
        ("原单位", "进驻单位", "单位", "所属单位", "派出单位", "工作单位"), required=True,
    ),
    ColumnSpec(
        "employment_type", "编制性质", ("用工性质", "人员类别", "人员性质", "编制类型", "编制情况"),
        required=True, vocabulary=vocab.EMPLOYMENT_TYPE,
    ),
    ColumnSpec("political_status", "政治面貌", (), vocabulary=vocab.POLITICAL_STATUS),
    ColumnSpec("education", "学历", ("文化程度", "最高学历"), vocabulary=vocab.EDUCATION),
    ColumnSpec(
        "joined_center_on", "进驻日期",
        ("入驻时间", "进驻中心日期", "到岗日期", "进驻时间", "入驻日期", "进驻中心时间"),
    ),
    ColumnSpec("window_id", "窗口号", ("窗口", "窗口编号")),
    ColumnSpec("post", "岗位", ("AB岗", "A/B岗", "AB岗位"), vocabulary=vocab.POST),
    ColumnSpec("skill_level", "技能等级", ("职业技能等级",), vocabulary=vocab.SKILL_LEVEL),
    ColumnSpec("status", "状态", ("在岗状态", "人员状态"), vocabulary=vocab.STAFF_STATUS),
    ColumnSpec("remarks", "备注", ()),
)

SPEC_BY_FIELD: dict[str, ColumnSpec] = {c.field: c for c in STAFF_COLUMNS}
REQUIRED_HEADERS: tuple[str, ...] = tuple(c.header for c in STAFF_COLUMNS if c.required)
#: Columns of the import template, in order.
TEMPLATE_COLUMNS: tuple[ColumnSpec, ...] = tuple(c for c in STAFF_COLUMNS if not c.derived)

_GENDER_ALIASES = {"男性": "M", "女性": "F"}


# --- result types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based sheet row
    column: str  # the header as written in the file ('身份证号码'), or the canonical header
    value: str  # the cell text as shown
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None  # the StaffInput field (or 'gender'/'birth_date')


@dataclass(frozen=True)
class PreviewRow:
    row_number: int  # 1-based sheet row
    values: dict[str, object]  # field -> cell text as shown (see cell_text)
    data: StaffInput | None  # validated, when the row has no errors
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return self.data is not None and not self.errors


@dataclass(frozen=True)
class ImportPreview:
    header_row: int  # 1-based sheet row of the headers
    rows: list[PreviewRow]
    #: field -> the header text as written in the file, for the columns found
    columns: dict[str, str] = field(default_factory=dict)
    #: non-empty header cells that matched no known column (their data is ignored)
    ignored_headers: list[str] = field(default_factory=list)
    #: sheet rows skipped because they are the template's example row
    example_rows: list[int] = field(default_factory=list)

    @property
    def valid_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.is_valid]

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.errors]

    @property
    def errors(self) -> list[RowError]:
        return [e for r in self.rows for e in r.errors]

    @property
    def staff(self) -> list[StaffInput]:
        return [r.data for r in self.rows if r.is_valid]  # type: ignore[misc]


# --- cell helpers ---------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell as Excel would show it in a General-format cell, trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer():
            return str(int(value)) if abs(value) < 1e15 else f"{value:.5E}"
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def normalize_header(text: object) -> str:
    """Fold a header cell for matching: no spaces, notes in brackets, asterisks or colons."""
    t = unicodedata.normalize("NFKC", cell_text(text))
    t = re.sub(r"[(\[【〔<《].*?[)\]】〕>》]", "", t)
    t = re.sub(r"[\s*:：]", "", t)
    return t.lower()


def _fold_name(text: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_text(text)))


_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_DATE_PATTERNS = (
    re.compile(
        r"^(?P<y>\d{4})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"
        r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
    ),
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
)
_MONTH_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)


def parse_date_cell(value: object) -> date | None:
    """A date from a date cell, an Excel serial number or common Chinese date text.

    Returns None for a blank cell; raises ``DomainError('date.unreadable', value=...)``.
    """
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        d = _date_from_number(value)
        if d is not None:
            return d
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        for pattern in _DATE_PATTERNS:
            m = pattern.match(text)
            if m:
                try:
                    return date(int(m["y"]), int(m["m"]), int(m["d"]))
                except ValueError:
                    break
    raise DomainError("date.unreadable", value=cell_text(value))


def _date_from_number(value: float) -> date | None:
    if value != value or not (1 <= value < 100_000_000):
        return None
    if value >= 10_000_000 and float(value).is_integer():  # 20200301 typed as a number
        text = str(int(value))
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    if value > _MAX_SERIAL:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(value))


def _year_month(value: object) -> tuple[int, int | None] | None:
    """(year, month) from a 出生年月 cell without a day: text such as '1980.01' or '1980年1月',
    or the number 1980.01 (month None for a bare year such as 1980)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1900 <= value < 2100:
            return None
        year = int(value)
        if float(value).is_integer():
            return year, None
        month = round((value - year) * 100)
        return (year, month) if 1 <= month <= 12 else None
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    for pattern in _MONTH_PATTERNS:
        m = pattern.match(text)
        if m and 1 <= int(m.group(2)) <= 12:
            return int(m.group(1)), int(m.group(2))
    return None


def id_number_from_cell(value: object) -> str:
    """The ID text of a cell. A numeric cell lost digits in Excel (15 significant digits) and
    raises ``id_number.scientific``, unless it is an exact int of 18 digits that passes the
    checksum. A short number (fewer than 16 digits, nothing lost) is returned as its digits so
    that validation reports the wrong length."""
    if isinstance(value, bool):
        return cell_text(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise DomainError("id_number.scientific", "id_number", value=f"{value:.5E}")
        digits = str(abs(int(value)))
        exact = isinstance(value, int) and len(digits) == 18
        if exact and id_check_char(digits[:17]) == digits[17]:
            return digits
        if len(digits) >= 16:
            raise DomainError("id_number.scientific", "id_number", value=f"{value:.5E}")
        return digits
    text = cell_text(value)
    m = re.fullmatch(r'="(.*)"', text)  # ="340524..." written by some CSV exporters
    if m:
        text = m.group(1)
    return unicodedata.normalize("NFKC", text.lstrip("'‘’`")).strip()


# --- header detection -----------------------------------------------------------------------

_ALIAS_INDEX: dict[str, tuple[str, int]] = {}
for _spec in STAFF_COLUMNS:
    for _rank, _alias in enumerate(_spec.all_headers):
        _ALIAS_INDEX.setdefault(normalize_header(_alias), (_spec.field, _rank))


def _match_header_row(row: Sequence[object]) -> dict[str, int]:
    """field -> column index for one candidate header row (best alias, then leftmost)."""
    best: dict[str, tuple[int, int]] = {}
    for col, cell in enumerate(row):
        hit = _ALIAS_INDEX.get(normalize_header(cell))
        if hit is None:
            continue
        fld, rank = hit
        if fld not in best or rank < best[fld][0]:
            best[fld] = (rank, col)
    return {fld: col for fld, (rank, col) in best.items()}


def find_header_row(table: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]]:
    """(0-based index of the header row, field -> 0-based column). Raises
    ``import.empty`` or ``import.missing_headers``."""
    best_index, best_map = -1, {}
    first_nonblank = -1
    for i, row in enumerate(table[:HEADER_SCAN_ROWS]):
        if first_nonblank < 0 and any(not _is_blank(v) for v in row):
            first_nonblank = i
        mapping = _match_header_row(row)
        if len(mapping) > len(best_map):
            best_index, best_map = i, mapping
    if best_index < 0:
        if first_nonblank < 0 and not any(any(not _is_blank(v) for v in r) for r in table):
            raise DomainError("import.empty")
        found_row = table[first_nonblank] if first_nonblank >= 0 else []
        raise DomainError(
            "import.missing_headers", missing=list(REQUIRED_HEADERS),
            found=[cell_text(v) for v in found_row if not _is_blank(v)],
        )
    missing = [c.header for c in STAFF_COLUMNS if c.required and c.field not in best_map]
    if missing:
        raise DomainError(
            "import.missing_headers", missing=missing,
            found=[cell_text(v) for v in table[best_index] if not _is_blank(v)],
        )
    return best_index, best_map


# --- rows -----------------------------------------------------------------------------------


def _choice(spec: ColumnSpec, text: str) -> str:
    assert spec.vocabulary is not None
    code = spec.vocabulary.code_for(unicodedata.normalize("NFKC", text).strip())
    if code is None:
        code = spec.vocabulary.code_for(text)
    if code is None:
        raise DomainError(
            "choice", spec.field, value=text, allowed=[c.zh for c in spec.vocabulary.choices],
        )
    return code


def _fold_window(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).strip()
    t = re.sub(r"^窗口", "", t)
    t = re.sub(r"号?窗口$|号$", "", t)
    return normalize_window_number(t)


def parse_staff_rows(
    table: Sequence[Sequence[object]],
    *,
    home_units: Mapping[str, int],
    windows: Mapping[str, int],
    today: date,
    existing_ids: Mapping[str, str] | None = None,
) -> ImportPreview:
    """Check every data row below the header row; see the module docstring for the codes.

    ``home_units`` maps full and short names to ids; ``windows`` maps window numbers (A03) to
    ids; ``existing_ids`` maps ID numbers already stored to the stored person's name.
    """
    header_index, columns = find_header_row(table)
    header_row = table[header_index]
    header_text = {fld: cell_text(header_row[col]) for fld, col in columns.items()}
    mapped_cols = set(columns.values())
    ignored = [
        cell_text(v) for c, v in enumerate(header_row) if c not in mapped_cols and not _is_blank(v)
    ]
    unit_lookup = {_fold_name(k): v for k, v in home_units.items()}
    window_lookup = {normalize_window_number(k): v for k, v in windows.items()}
    existing = {normalize_id_number(k): v for k, v in (existing_ids or {}).items()}
    order = {fld: col for fld, col in columns.items()}

    seen_ids: dict[str, int] = {}
    rows: list[PreviewRow] = []
    example_rows: list[int] = []
    for index in range(header_index + 1, len(table)):
        raw_row = table[index]
        cells = {
            fld: (raw_row[col] if col < len(raw_row) else None) for fld, col in columns.items()
        }
        if all(_is_blank(v) for v in cells.values()):
            continue
        row_number = index + 1
        texts = {fld: cell_text(v) for fld, v in cells.items()}
        if (
            texts.get("id_number", "").upper() == TEMPLATE_EXAMPLE_ID
            and texts.get("name") == TEMPLATE_EXAMPLE_NAME
        ):
            example_rows.append(row_number)
            continue
        row = _parse_row(
            row_number, cells, texts, header_text,
            unit_lookup=unit_lookup, window_lookup=window_lookup, today=today,
            seen_ids=seen_ids, existing=existing,
        )
        row.errors.sort(key=lambda e: order.get(e.field or "", len(order) + 1_000))
        rows.append(row)
    return ImportPreview(
        header_row=header_index + 1, rows=rows, columns=header_text,
        ignored_headers=ignored, example_rows=example_rows,
    )


def _parse_row(
    row_number: int,
    cells: dict[str, object],
    texts: dict[str, str],
    header_text: dict[str, str],
    *,
    unit_lookup: dict[str, int],
    window_lookup: dict[str, int],
    today: date,
    seen_ids: dict[str, int],
    existing: dict[str, str],
) -> PreviewRow:
    errors: list[RowError] = []
    flagged: set[str] = set()

    def error(fld: str, e: DomainError) -> None:
        flagged.add(fld)
        errors.append(RowError(
            row=row_number, column=header_text.get(fld) or SPEC_BY_FIELD[fld].header,
            value=texts.get(fld, ""), code=e.code, params=dict(e.params), field=fld,
        ))

    def parse(fld: str, fn, default):
        if fld not in cells:
            return default
        try:
            return fn(cells[fld])
        except DomainError as e:
            error(fld, e)
            return default

    def vocab_cell(fld: str, blank_default):
        spec = SPEC_BY_FIELD[fld]

        def fn(value):
            text = cell_text(value)
            return blank_default if not text else _choice(spec, text)

        return parse(fld, fn, blank_default)

    def home_unit(value):
        text = cell_text(value)
        if not text:
            return None
        unit_id = unit_lookup.get(_fold_name(text))
        if unit_id is None:
            raise DomainError("import.unknown_home_unit", "home_unit_id", value=text)
        return unit_id

    def window(value):
        text = cell_text(value)
        if not text:
            return None
        window_id = window_lookup.get(_fold_window(text))
        if window_id is None:
            raise DomainError("import.unknown_window", "window_id", value=text)
        return window_id

    staff = StaffInput(
        name=texts.get("name", ""),
        id_number=parse("id_number", id_number_from_cell, ""),
        home_unit_id=parse("home_unit_id", home_unit, None),
        employment_type=vocab_cell("employment_type", ""),
        mobile=texts.get("mobile", ""),
        political_status=vocab_cell("political_status", "masses"),
        education=vocab_cell("education", ""),
        joined_center_on=parse("joined_center_on", parse_date_cell, None),
        window_id=parse("window_id", window, None),
        post=vocab_cell("post", None),
        skill_level=vocab_cell("skill_level", None),
        status=vocab_cell("status", "on_duty"),
        remarks=clean(texts.get("remarks", "")),
    )

    data: StaffInput | None = None
    try:
        data = validate_staff(staff, today=today)
    except ValidationError as ve:
        for e in ve.errors:
            fld = e.field or ""
            if fld in flagged:
                continue  # the cell was already reported, e.g. unknown vocabulary
            if fld not in SPEC_BY_FIELD:
                errors.append(RowError(row_number, "", "", e.code, dict(e.params), e.field))
                continue
            error(fld, e)

    rid: ResidentId | None = None
    if "id_number" not in flagged:
        try:
            rid = parse_id_number(staff.id_number, today=today)
        except DomainError:
            rid = None
    if rid is not None:
        first = seen_ids.setdefault(rid.number, row_number)
        if first != row_number:
            error("id_number", DomainError("import.duplicate_in_file", first_row=first))
        elif rid.number in existing:
            error("id_number", DomainError("staff.duplicate_id", name=existing[rid.number]))
        _check_derived(rid, cells, texts, error)

    if errors:
        data = None
    values: dict[str, object] = dict(texts)
    return PreviewRow(row_number=row_number, values=values, data=data, errors=errors)


def _check_derived(rid: ResidentId, cells, texts, error) -> None:
    """Gender and birth-date cells, when present, must agree with the ID number."""
    gender_text = texts.get("gender", "")
    if gender_text:
        code = vocab.GENDER.code_for(gender_text) or _GENDER_ALIASES.get(gender_text)
        if code in ("M", "F") and code != rid.gender:
            expected = vocab.GENDER.label(rid.gender)
            error("gender", DomainError(
                "import.gender_mismatch", value=gender_text, expected=expected,
            ))
    birth_cell = cells.get("birth_date")
    if _is_blank(birth_cell):
        return
    ym = _year_month(birth_cell)
    if ym is not None:  # 1980.01 / '1980年1月': no day to compare
        year, month = ym
        agrees = year == rid.birth_date.year and month in (None, rid.birth_date.month)
    else:
        try:
            agrees = parse_date_cell(birth_cell) == rid.birth_date
        except DomainError:
            return  # unreadable, and ignored anyway: the ID number is what counts
    if not agrees:
        error("birth_date", DomainError(
            "import.birth_date_mismatch", value=texts.get("birth_date", ""),
            expected=rid.birth_date.isoformat(),
        ))


__all__ = [
    "ColumnSpec",
    "ImportPreview",
    "PreviewRow",
    "REQUIRED_HEADERS",
    "RowError",
    "STAFF_COLUMNS",
    "TEMPLATE_COLUMNS",
    "TEMPLATE_EXAMPLE_ID",
    "TEMPLATE_EXAMPLE_NAME",
    "cell_text",
    "find_header_row",
    "id_number_from_cell",
    "normalize_header",
    "parse_date_cell",
    "parse_staff_rows",
]
