"""Read the provincial 好差评 export (CSV or .xlsx) as a stream of chunks of insert-ready tuples.

Designed for files of a million rows: CSV text goes straight through the ``csv`` module, an
.xlsx through python-calamine's row iterator, and rows are handled as plain lists in chunks of
``CHUNK_ROWS``; nothing builds an object per row. No database access here: the caller gives the
window numbers and the staff names it knows (``RatingParser``) and inserts the tuples.

``open_ratings(path, mapping=None)`` finds the header row (it may sit below title rows) and
the columns, and returns a ``RatingSource``; ``RatingParser(...).parse(first_row, rows)`` turns
one chunk of raw rows into ``RATING_COLUMNS`` tuples plus ``RatingRowError`` records.

Row numbers are the rows a clerk sees in Excel/WPS (CSV: the record number, 1-based, title rows
included). Error codes (``RatingRowError.code``; ``params`` for the message):

* ``rating.id_missing`` – no rating id (the row is skipped);
* ``rating.duplicate_in_file`` ``first_row`` – the same rating id appeared earlier in the file;
* ``rating.level`` – level not 1–5 nor one of 非常满意/满意/基本满意/不满意/非常不满意;
* ``rating.time`` – the rating time is not a readable date and time;
* ``rating.outside_period`` ``start``, ``end`` – the time lies outside the chosen period;
* ``rating.unknown_window`` – a window number the center does not have (an empty one is fine).

A staff name that matches nobody is not an error: ``staff_id`` stays NULL and the name is kept.
Raised (``DomainError``): ``import.missing_headers`` (``missing``, ``found``), ``import.empty``,
``import.unreadable``, ``import.unsupported_format``, ``import.encrypted``.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from os import PathLike
from pathlib import Path
from typing import Any, NamedTuple

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.records import normalize_window_number
from govhr_desktop.exchange.rating_cells import _cell_text, parse_time_text

#: Rows handed to the parser and to the database at a time.
CHUNK_ROWS = 20_000
#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 15

#: field -> header aliases (the first is the canonical header). Order = ``FIELDS``.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "rating_key": ("评价编号", "评价ID", "评价id", "评价单号", "评价流水号"),
    "channel": ("评价渠道", "渠道"),
    "service_item": ("事项名称", "服务事项", "事项"),
    "case_number": ("办件编号", "办件号", "受理编号", "申报号"),
    "department": ("实施部门", "部门", "部门名称", "办理部门"),
    "window_number": ("窗口编号", "窗口", "窗口号"),
    "staff_name": ("工作人员", "办理人员", "办理人", "经办人"),
    "rated_at": ("评价时间", "评价日期"),
    "level": ("评价等级", "满意度", "评价结果"),
    "comment": ("评价内容", "意见", "评价意见", "意见建议"),
}
FIELDS = tuple(HEADER_ALIASES)
REQUIRED_FIELDS = ("rating_key", "rated_at", "level")

#: Column order of the tuples ``RatingParser.parse`` returns (= the INSERT column list).
RATING_COLUMNS = (
    "rating_key", "channel", "service_item", "case_number", "department", "window_number",
    "window_id", "staff_name", "staff_id", "rated_at", "level", "comment", "import_id", "excluded",
)

LEVEL_WORDS = {"非常满意": 5, "满意": 4, "基本满意": 3, "不满意": 2, "非常不满意": 1}
_LEVELS: dict[Any, int] = {**LEVEL_WORDS, **{str(i): i for i in range(1, 6)},
                           **{f"{i}.0": i for i in range(1, 6)}, **{i: i for i in range(1, 6)}}

#: field -> header text as found in (or chosen for) the file.
ColumnMapping = dict[str, str]


def mapping_to_json(mapping: Mapping[str, str]) -> str:
    return json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)


def mapping_from_json(text: str) -> ColumnMapping:
    data = json.loads(text or "{}")
    return {str(k): str(v) for k, v in data.items() if k in HEADER_ALIASES and v}


class RatingRowError(NamedTuple):
    """One problem of one row: sheet row, field and header, the cell text, the code."""

    row: int
    field: str
    column: str
    value: str
    code: str
    params: dict | None = None


# --- header ---------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u3000*＊:：]+")


def _norm_header(value: object) -> str:
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    return _SPACES.sub("", text).replace("（", "(").replace("）", ")").lower()


_ALIAS_INDEX = {_norm_header(a): f for f, aliases in HEADER_ALIASES.items() for a in aliases}


def detect_columns(header: list[object], mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """field -> column index for one header row (explicit ``mapping`` first, then aliases)."""
    cells = [_norm_header(c) for c in header]
    found: dict[str, int] = {}
    if mapping:
        for f, head in mapping.items():
            h = _norm_header(head)
            if f in HEADER_ALIASES and h and h in cells:
                found[f] = cells.index(h)
    taken = set(found.values())
    for i, c in enumerate(cells):
        f = _ALIAS_INDEX.get(c)
        if f and f not in found and i not in taken:
            found[f] = i
            taken.add(i)
    return found


def _find_header(top: list[list[object]], mapping: Mapping[str, str] | None) -> tuple[int, dict[str, int]]:
    best, best_idx, best_cols = -1, -1, {}
    for i, row in enumerate(top[:HEADER_SCAN_ROWS]):
        cols = detect_columns(row, mapping)
        score = len(cols) + 10 * sum(1 for f in REQUIRED_FIELDS if f in cols)
        if cols and score > best:
            best, best_idx, best_cols = score, i, cols
    missing = [HEADER_ALIASES[f][0] if not (mapping and mapping.get(f)) else mapping[f]
               for f in REQUIRED_FIELDS if f not in best_cols]
    if best_idx < 0 or missing:
        found = [str(c) for c in (top[best_idx] if best_idx >= 0 else (top[0] if top else [])) if str(c).strip()]
        if not any(any(str(c).strip() for c in r) for r in top):
            raise DomainError("import.empty")
        raise DomainError("import.missing_headers", missing="、".join(missing), found="、".join(found))
    return best_idx, best_cols


# --- sources --------------------------------------------------------------------------------


class _CollectorPause:
    """Holds the cyclic garbage collector while files are read (nested and threaded use is fine).

    A million-row file is a million row lists from the reader and a million tuples for the
    database. None of them is ever part of a cycle, yet each batch of allocations sets off a
    collection, and the older generations' passes walk every object the program holds: measured,
    that was about a third of the time spent reading and parsing an .xlsx export. Reference
    counting still frees everything as usual; the collector is back as soon as the last reader
    is done (exhausted, closed or failed) and catches up then.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._users == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._users += 1

    def __exit__(self, *exc) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and self._was_enabled:
                gc.enable()


_collector_pause = _CollectorPause()


@dataclass
class RatingSource:
    """An opened export: where the header is, which column is which, and the data rows."""

    path: Path
    header_row: int  # 1-based sheet row of the header
    columns: dict[str, int]  # field -> column index
    headers: list[str]  # the header row's texts
    total_estimate: int  # data rows, estimated (exact for .xlsx)
    _rows: Iterator[list] = field(repr=False, default=iter(()))
    _close: Any = field(repr=False, default=None)
    _readers: list = field(repr=False, default_factory=list)

    @property
    def mapping(self) -> ColumnMapping:
        return {f: self.headers[i] for f, i in self.columns.items()}

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[tuple[int, list[list]]]:
        """(sheet row number of the chunk's first row, raw rows) until the end of the file.

        While the chunks are being taken (until the iterator is exhausted or closed, at the
        latest when the source is closed) the cyclic garbage collector is paused; see
        ``_CollectorPause``.
        """
        reader = _read_chunks(self._rows, self.header_row + 1, size, self.path)
        self._readers.append(reader)
        return reader

    def close(self) -> None:
        while self._readers:
            self._readers.pop().close()  # (a reader left half-way gives the collector back)
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> RatingSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _read_chunks(rows: Iterator[list], row_no: int, size: int,
                 path: Path) -> Iterator[tuple[int, list[list]]]:
    # (no reference to the RatingSource: a source dropped without close() must not sit in a
    # reference cycle, which only the paused collector could free)
    with _collector_pause:
        while True:
            try:
                chunk = list(islice(rows, size))
            except (UnicodeDecodeError, csv.Error) as e:
                detail = str(e)[:200]
                raise DomainError("import.unreadable", path=str(path), detail=detail) from None
            if not chunk:
                return
            yield row_no, chunk
            row_no += len(chunk)


def open_ratings(path: str | PathLike[str], mapping: Mapping[str, str] | None = None) -> RatingSource:
    """Open a CSV/TSV or workbook export and locate its header row and columns."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext in (".csv", ".tsv", ".txt"):
        return _open_csv(p, mapping)
    if ext in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"):
        return _open_workbook(p, mapping)
    raise DomainError("import.unsupported_format", path=str(p), ext=ext)


def _sniff_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "gb18030"


def _open_csv(p: Path, mapping: Mapping[str, str] | None) -> RatingSource:
    try:
        raw = open(p, "rb")
    except OSError as e:
        raise DomainError("import.unreadable", path=str(p), detail=(e.strerror or str(e))[:200]) from None
    try:
        head = raw.read(1 << 20)
        if b"\x00" in head[:4096] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise DomainError("import.unreadable", path=str(p), detail="not a text file")
        encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _sniff_encoding(head)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        first = head[:65536].decode(encoding, errors="ignore").split("\n", 1)[0]
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        reader = csv.reader(text, delimiter=delimiter)
        try:
            top: list[list] = list(islice(reader, HEADER_SCAN_ROWS))
        except (UnicodeDecodeError, csv.Error) as e:
            raise DomainError("import.unreadable", path=str(p), detail=str(e)[:200]) from None
        idx, cols = _find_header(top, mapping)
        size = p.stat().st_size
        lines = head.count(b"\n") or 1
        estimate = max(0, int(size * lines / max(1, len(head))) - idx - 1)

        rows = chain(top[idx + 1:], reader)
        return RatingSource(p, idx + 1, cols, [str(c) for c in top[idx]], estimate, rows, raw.close)
    except BaseException:
        raw.close()
        raise


def _open_workbook(p: Path, mapping: Mapping[str, str] | None) -> RatingSource:
    import python_calamine  # lazy: keeps start-up fast

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
        sheet = wb.get_sheet_by_index(0)
    except python_calamine.PasswordError:
        raise DomainError("import.encrypted", path=str(p)) from None
    except Exception as e:  # noqa: BLE001 - calamine raises several kinds
        raise DomainError("import.unreadable", path=str(p), detail=str(e)[:200]) from None
    start_row = (getattr(sheet, "start", None) or (0, 0))[0]
    if hasattr(sheet, "iter_rows"):
        it = iter(sheet.iter_rows())
    else:  # an old python-calamine
        it = iter(sheet.to_python())
    top: list[list] = [[] for _ in range(start_row)]
    for r in it:
        top.append(list(r))
        if len(top) >= HEADER_SCAN_ROWS:
            break
    idx, cols = _find_header(top, mapping)
    total = max(0, (getattr(sheet, "height", 0) or len(top)) + start_row - idx - 1)

    def close() -> None:
        try:
            wb.close()
        except Exception:  # noqa: BLE001
            pass

    # The rows go to the parser as calamine gives them (str, float, int, bool, datetime, date):
    # it turns the cells it uses into text itself, so no cell is converted that nobody reads.
    rows = chain(top[idx + 1:], it)
    return RatingSource(p, idx + 1, cols, [_cell_text(c) for c in top[idx]], total, rows, close)


# --- per-row parsing ------------------------------------------------------------------------


@dataclass
class StaffIndex:
    """Staff known to the center: by (window number, name) and by name where the name is unique."""

    by_window_name: dict[tuple[str, str], int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, people: Iterable[tuple[int, str, str | None]]) -> StaffIndex:
        """From (staff id, name, window number or None)."""
        by_wn: dict[tuple[str, str], int] = {}
        names: dict[str, list[int]] = {}
        for sid, name, wn in people:
            name = (name or "").strip()
            if not name:
                continue
            names.setdefault(name, []).append(sid)
            if wn:
                by_wn[(normalize_window_number(wn), name)] = sid
        return cls(by_wn, {n: ids[0] for n, ids in names.items() if len(ids) == 1})


#: what the window cache holds per raw cell: (normalized number, window id, known, the
#: window's name cache)
_WindowHit = tuple[str, "int | None", bool, dict]


class RatingParser:
    """Turns raw rows into insert tuples; keeps the ids seen so far (duplicates across chunks).

    Rows are lists of cells: text (CSV) or the values a workbook holds (str, float, int, bool,
    datetime, date, None). A cell the parser uses is read as the text ``_cell_text`` gives, so a
    workbook imports exactly like the same data saved as CSV.

    ``windows``: window number -> id; ``period``: optional (from, to) dates, both inclusive.
    ``max_errors``: error records kept (``error_count`` counts them all).
    ``low_level``: the days ('YYYY-MM-DD') of the good rows rated at this level or lower are
    collected in ``low_days`` (the importer opens a 差评 case for each such rating).
    """

    def __init__(self, columns: Mapping[str, int], headers: list[str], *,
                 windows: Mapping[str, int] | None = None, staff: StaffIndex | None = None,
                 period: tuple[date | None, date | None] | None = None, import_id: int | None = None,
                 max_errors: int = 10_000, low_level: int = 0) -> None:
        self.columns = dict(columns)
        self.headers = headers
        self.width = max(self.columns.values()) + 1
        self.windows = {normalize_window_number(k): v for k, v in (windows or {}).items()}
        self.staff = staff or StaffIndex()
        start, end = period or (None, None)
        self.start = f"{start:%Y-%m-%d} 00:00:00" if start else None
        self.end = f"{end:%Y-%m-%d} 23:59:59" if end else None
        self.import_id = import_id
        self.max_errors = max_errors
        self.low_level = low_level
        self.low_days: set[str] = set()
        self._texts: dict[str, str] = {}  # channel / service item / department text -> itself
        self.errors: list[RatingRowError] = []
        self.error_count = 0
        self.rows_read = 0
        # Rating ids seen so far. As long as no id repeats, a set per chunk does the checking
        # (set operations in C instead of a dict insert per row: a seventh of the parse time);
        # at the first repeat, a dict id -> first row takes over for the rest of the file.
        self._keys: set[str] = set()
        self._key_chunks: list[tuple[int, list[str | None]]] = []  # (first row, id per row)
        self._first_rows: dict[str, int] | None = None
        self._dates: set[str] = set()  # 'YYYY-MM-DD' seen valid
        self._times: set[str] = set()  # 'HH:MM:SS' seen valid
        # normalized window number -> raw name cell -> (name, staff id)
        self._staff_cache: dict[str, dict[object, tuple[str, int | None]]] = {}
        # raw window cell text -> (normalized number, window id, known, that window's names)
        self._window_cache: dict[object, _WindowHit] = {"": ("", None, True, self._names(""))}

    # -- slow paths, taken once per distinct value or on bad rows --

    def _error(self, row: int, f: str, value: object, code: str, **params: Any) -> None:
        self.error_count += 1
        if len(self.errors) < self.max_errors:
            col = self.columns.get(f)
            head = self.headers[col] if col is not None and col < len(self.headers) else ""
            self.errors.append(RatingRowError(row, f, head, str(value)[:100], code, params or None))

    def _names(self, wn: str) -> dict[object, tuple[str, int | None]]:
        return self._staff_cache.setdefault(wn, {})

    def _window(self, raw: object) -> _WindowHit:
        text = raw if isinstance(raw, str) else _cell_text(raw)
        hit = self._window_cache.get(text)
        if hit is None:
            wn = normalize_window_number(text)
            wid = self.windows.get(wn)
            hit = self._window_cache[text] = (wn, wid, wid is not None or not wn, self._names(wn))
        return hit

    def _staff_of(self, names: dict, wn: str, raw: object) -> tuple[str, int | None]:
        """(name, staff id) of a name cell at window ``wn``; ``names``: that window's cache."""
        text = raw if isinstance(raw, str) else _cell_text(raw)
        name = text.strip()
        sid = None
        if name:
            sid = self.staff.by_window_name.get((wn, name)) or self.staff.by_name.get(name)
        if text is raw:  # (a number or a date as a name: not worth remembering)
            names[text] = (name, sid)
        return name, sid

    def _level(self, row: int, raw: object) -> int | None:
        text = raw if isinstance(raw, str) else _cell_text(raw)
        level = _LEVELS.get(text.strip())
        if level is None:
            self._error(row, "level", text, "rating.level")
        return level

    def _time(self, row: int, raw: object) -> str | None:
        """The stored form ('YYYY-MM-DD HH:MM:SS.000000') of a time cell; None (reported) if bad."""
        text = raw if isinstance(raw, str) else _cell_text(raw)
        t = text.strip()
        norm = parse_time_text(t)
        if norm is None:
            self._error(row, "rated_at", text, "rating.time")
            return None
        if norm == t:  # canonical already: remember its parts as good
            self._dates.add(t[:10])
            self._times.add(t[11:])
        return norm + ".000000"

    # -- the chunk --

    def parse(self, first_row: int, rows: list[list]) -> list[tuple]:
        """Insert tuples for the good rows of one chunk; bad rows go to ``self.errors``.

        (A column-wise variant with map/zip, falling back to the row loop for a chunk with a
        problem, was measured again with the collector paused: still ~40% slower than this one
        loop over freshly read rows, as every column pass walks all the chunk's row lists again.
        So there is only the loop.)
        """
        if self._first_rows is None:
            mark = (len(self.errors), self.error_count, self.rows_read)
            keys: list[str | None] = []
            out = self.parse_rows(first_row, rows, keys)
            fresh = set(keys)
            fresh.discard(None)
            if len(fresh) == len(keys) - keys.count(None) and self._keys.isdisjoint(fresh):
                self._keys |= fresh
                self._key_chunks.append((first_row, keys))
                return out
            # an id seen twice: this chunk again, row by row, and so on to the end of the file
            del self.errors[mark[0]:]
            self.error_count, self.rows_read = mark[1], mark[2]
            self._first_rows = self._first_rows_so_far()
        return self.parse_rows(first_row, rows)

    def _first_rows_so_far(self) -> dict[str, int]:
        first: dict[str, int] = {}
        for row_no, keys in self._key_chunks:
            for key in keys:
                if key is not None:
                    first[key] = row_no  # (unique: every chunk so far passed the check)
                row_no += 1
        self._keys, self._key_chunks = set(), []
        return first

    # -- the row-by-row loop --

    def parse_rows(self, first_row: int, rows: list[list], keys: list | None = None) -> list[tuple]:
        """Row by row: every problem reported with its row number.

        ``keys``: given, the loop leaves repeated ids to the caller and appends each row's id
        to it (None for a row without one); otherwise it checks them against ``_first_rows``.

        The loop takes the common case first (a cell already of the expected type, a value seen
        before) and leaves everything else to the slow paths above, which give the same result
        the canonical text would have given.
        """
        c = self.columns
        ik, it, il = c["rating_key"], c["rated_at"], c["level"]
        ich, isv, ica, ide = c.get("channel"), c.get("service_item"), c.get("case_number"), c.get("department")
        iw, ist, ico = c.get("window_number"), c.get("staff_name"), c.get("comment")
        width = self.width
        pad = [""] * width
        levels = _LEVELS
        seen = self._first_rows if keys is None else None
        record = keys is not None
        add_key = keys.append if keys is not None else None
        dates = self._dates
        times = self._times
        wcache = self._window_cache
        # the period as stored times: every time compared has the '.000000' tail
        check_period = self.start is not None or self.end is not None
        lo = self.start + ".000000" if self.start else ""
        hi = self.end + ".000000" if self.end else "\uffff"
        import_id = self.import_id
        cell_text = _cell_text
        datetime_ = datetime
        str_ = str
        no_window = wcache[""]
        same = self._texts.setdefault
        low_level = self.low_level
        add_low_day = self.low_days.add
        out = []
        append = out.append
        row_no = first_row - 1
        for r in rows:
            row_no += 1
            if len(r) < width:
                if not any(v is not None and v != "" for v in r):
                    if record:
                        add_key(None)
                    continue
                r = list(r) + pad[len(r):]
            key = r[ik]
            if key.__class__ is not str_:
                key = cell_text(key)
            key = key.strip()
            if not key:
                if any((v.strip() if isinstance(v, str) else v is not None) for v in r):
                    self._error(row_no, "rating_key", "", "rating.id_missing")
                if record:
                    add_key(None)
                continue
            if record:
                add_key(key)
            else:
                first = seen.setdefault(key, row_no)
                if first != row_no:
                    self._error(row_no, "rating_key", key, "rating.duplicate_in_file", first_row=first)
                    continue
            bad = False
            level = r[il]
            # (5.0 from a workbook finds 5; True would find 1 (True == 1) but reads "True")
            level = levels.get(level) if level is not True else None
            if level is None:
                level = self._level(row_no, r[il])
                if level is None:
                    bad = True
            t = r[it]
            if t.__class__ is datetime_ and not t.microsecond and t.tzinfo is None:
                t = t.isoformat(" ") + ".000000"  # a workbook date: always valid
            elif (t.__class__ is str_ and len(t) == 19 and t[10] == " " and t[:10] in dates
                  and t[11:] in times):  # 'YYYY-MM-DD HH:MM:SS' with a known-good date and time
                t += ".000000"
            else:
                t = self._time(row_no, t)
                if t is None:
                    bad = True
            if check_period and t is not None and (t < lo or t > hi):
                self._error(row_no, "rated_at", t[:19], "rating.outside_period",
                            start=self.start[:10] if self.start else "",
                            end=self.end[:10] if self.end else "")
                bad = True
            if iw is not None:
                raw_w = r[iw]
                hit = wcache.get(raw_w)
                if hit is None:
                    hit = self._window(raw_w)
                wn, wid, known, names = hit
                if not known:
                    self._error(row_no, "window_number",
                                raw_w if raw_w.__class__ is str_ else cell_text(raw_w), "rating.unknown_window")
                    bad = True
            else:
                wn, wid, known, names = no_window
            if bad:
                continue
            if ist is not None:
                name = r[ist]
                hit = names.get(name)
                name, sid = hit if hit is not None else self._staff_of(names, wn, name)
            else:
                name, sid = "", None
            ch = r[ich] if ich is not None else ""
            sv = r[isv] if isv is not None else ""
            ca = r[ica] if ica is not None else ""
            de = r[ide] if ide is not None else ""
            co = r[ico] if ico is not None else ""
            if ch.__class__ is not str_:
                ch = cell_text(ch)
            if sv.__class__ is not str_:
                sv = cell_text(sv)
            if ca.__class__ is not str_:
                ca = cell_text(ca)
            if de.__class__ is not str_:
                de = cell_text(de)
            # the few channels, service items and departments as one string object each:
            # the driver encodes a text to UTF-8 once per object, and the rows hold less
            ch, sv, de = same(ch, ch), same(sv, sv), same(de, de)
            if co.__class__ is not str_:
                co = cell_text(co)
            append((key, ch, sv, ca, de, wn, wid, name, sid, t, level, co, import_id, 0))
            if level <= low_level:
                add_low_day(t[:10])
        self.rows_read += len(rows)
        return out
