"""Open a provincial 好差评 export (CSV or workbook): find the header row and the columns, and
read the data rows as a stream of chunks.

``open_ratings(path, mapping=None)`` finds the header row (it may sit below title rows) and the
columns, and returns a ``RatingSource`` whose ``chunks()`` give the raw rows, chunk by chunk,
read from the file as they are walked. CSV text goes straight through the ``csv`` module (UTF-8
or GB18030, with or without BOM, comma or tab), a workbook through python-calamine's row
iterator. ``ratings_import.RatingParser`` turns the rows into database tuples.

Raised (``DomainError``): ``import.missing_headers`` (``missing``, ``found``), ``import.empty``,
``import.unreadable``, ``import.unsupported_format``, ``import.encrypted``.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice
from os import PathLike
from pathlib import Path
from typing import Any

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.exchange.rating_cells import _cell_text

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

#: field -> header text as found in (or chosen for) the file.
ColumnMapping = dict[str, str]


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

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[tuple[int, Iterator[list]]]:
        """(sheet row number of the chunk's first row, its raw rows) until the end of the file.

        A chunk is an iterator over at most ``size`` rows, read from the file as it is walked:
        the parser takes each row while the reader's objects are fresh in the processor's
        cache, and nothing holds a whole chunk of rows (measured on 200,000 workbook rows:
        reading and parsing 1.02 -> 0.81 s). Whatever a chunk's reader leaves unread is skipped
        when the next chunk is asked for. A file that turns out unreadable part-way raises
        ``import.unreadable`` from the chunk's iterator.

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
                 path: Path) -> Iterator[tuple[int, Iterator[list]]]:
    # (no reference to the RatingSource: a source dropped without close() must not sit in a
    # reference cycle, which only the paused collector could free)
    with _collector_pause:
        while True:
            head = next(rows, _END)
            if head is _END:
                return
            chunk = chain((head,), islice(rows, size - 1))
            yield row_no, chunk
            for _left in chunk:  # (rows the consumer did not read belong to this chunk)
                pass
            row_no += size  # (a shorter chunk was the last one)


_END = object()


def _unreadable_as_domain_error(rows: Iterator[list], path: Path) -> Iterator[list]:
    """The rows of a text file; a decoding or CSV error part-way becomes ``import.unreadable``."""
    try:
        yield from rows
    except (UnicodeDecodeError, csv.Error) as e:
        raise DomainError("import.unreadable", path=str(path), detail=str(e)[:200]) from None


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

        rows = _unreadable_as_domain_error(chain(top[idx + 1:], reader), p)
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
