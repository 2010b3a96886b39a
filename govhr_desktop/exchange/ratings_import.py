"""Turn the rows of a provincial 好差评 export into insert-ready tuples, chunk by chunk.

Designed for files of a million rows: the rows come from ``rating_sources`` (``open_ratings``,
re-exported here) as plain lists, a chunk at a time, and nothing builds an object per row. No
database access here: the caller gives the window numbers and the staff names it knows
(``RatingParser``) and inserts the tuples. ``RatingParser(...).parse(first_row, rows)`` turns
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
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from govhr_desktop.domain.records import normalize_window_number
from govhr_desktop.exchange.rating_cells import _cell_text, parse_time_text
from govhr_desktop.exchange.rating_sources import (  # noqa: F401 - re-exported for the callers
    CHUNK_ROWS,
    FIELDS,
    HEADER_ALIASES,
    REQUIRED_FIELDS,
    ColumnMapping,
    RatingSource,
    detect_columns,
    open_ratings,
)

#: Column order of the tuples ``RatingParser.parse`` returns (= the INSERT column list).
RATING_COLUMNS = (
    "rating_key", "channel", "service_item", "case_number", "department", "window_number",
    "window_id", "staff_name", "staff_id", "rated_at", "level", "comment", "import_id", "excluded",
)

LEVEL_WORDS = {"非常满意": 5, "满意": 4, "基本满意": 3, "不满意": 2, "非常不满意": 1}
_LEVELS: dict[Any, int] = {**LEVEL_WORDS, **{str(i): i for i in range(1, 6)},
                           **{f"{i}.0": i for i in range(1, 6)}, **{i: i for i in range(1, 6)}}


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
            self.errors.append(self._row_error(row, f, value, code, params))

    def _row_error(self, row: int, f: str, value: object, code: str, params: dict | None) -> RatingRowError:
        col = self.columns.get(f)
        head = self.headers[col] if col is not None and col < len(self.headers) else ""
        return RatingRowError(row, f, head, str(value)[:100], code, params or None)

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

    def parse(self, first_row: int, rows: Iterable[list]) -> list[tuple]:
        """Insert tuples for the good rows of one chunk; bad rows go to ``self.errors``.

        A row whose rating id an earlier row already had is skipped and reported as
        ``rating.duplicate_in_file`` with that first row (after its own problems, if it has
        any). The ids are checked a chunk at a time: with set operations as long as no id
        repeats (a seventh of the parse time, against a dict insert per row), and from the
        first repeat on through a dict id -> first row.

        (A column-wise variant with map/zip, falling back to the row loop for a chunk with a
        problem, was measured again with the collector paused: still ~40% slower than this one
        loop over freshly read rows, as every column pass walks all the chunk's row lists again.
        So there is only the loop.)
        """
        errors_before = len(self.errors)
        keys: list[str | None] = []  # per row read: its id (None: a row without one)
        unused: list[int] = []  # rows with an id that gave no tuple (their problems reported)
        out = self.parse_rows(first_row, rows, keys, unused)
        if self._first_rows is None:
            fresh = set(keys)
            fresh.discard(None)
            if len(fresh) == len(keys) - keys.count(None) and self._keys.isdisjoint(fresh):
                self._keys |= fresh
                self._key_chunks.append((first_row, keys))
                return out
            self._first_rows = self._first_rows_so_far()
        return self._drop_repeats(first_row, out, keys, set(unused), errors_before)

    def _first_rows_so_far(self) -> dict[str, int]:
        first: dict[str, int] = {}
        for row_no, keys in self._key_chunks:
            for key in keys:
                if key is not None:
                    first[key] = row_no  # (unique: every chunk so far passed the check)
                row_no += 1
        self._keys, self._key_chunks = set(), []
        return first

    def _drop_repeats(self, first_row: int, out: list[tuple], keys: list[str | None], unused: set[int],
                      errors_before: int) -> list[tuple]:
        """The chunk's tuples without the rows whose id came earlier; those are reported."""
        first_rows = self._first_rows
        tuples = iter(out)
        kept: list[tuple] = []
        repeats: list[RatingRowError] = []
        row_no = first_row - 1
        for key in keys:
            row_no += 1
            if key is None:
                continue
            t = None if row_no in unused else next(tuples)
            first = first_rows.setdefault(key, row_no)
            if first != row_no:
                repeats.append(self._row_error(row_no, "rating_key", key, "rating.duplicate_in_file",
                                               {"first_row": first}))
            elif t is not None:
                kept.append(t)
        if repeats:
            self.error_count += len(repeats)
            room = max(0, self.max_errors - errors_before)
            # in row order, a row's own problems before its repeat (sorted() keeps that order)
            self.errors[errors_before:] = sorted(self.errors[errors_before:] + repeats,
                                                 key=lambda e: e.row)[:room]
        return kept

    # -- the row-by-row loop --

    def parse_rows(self, first_row: int, rows: Iterable[list], keys: list, unused: list) -> list[tuple]:
        """Row by row: every problem reported with its row number.

        Appends each row's id to ``keys`` (None for a row without one) and the number of each
        row with an id that gave no tuple to ``unused``; repeated ids are left to the caller.

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
        add_key = keys.append
        add_unused = unused.append
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
                add_key(None)
                continue
            add_key(key)
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
                add_unused(row_no)
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
        self.rows_read += row_no - first_row + 1
        return out
