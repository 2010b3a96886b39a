"""Read the first sheet of a spreadsheet file, or a CSV file, into rows of cell values.

``read_table(path)`` returns ``list[list[object]]`` where ``table[i]`` is the sheet's row
``i + 1`` (blank rows at the top are kept, so indexes map to the row numbers the user sees in
Excel/WPS) and blank cells are ``""``. Cells from workbooks keep their types as python-calamine
gives them: ``str``, ``float`` (every number, also whole ones), ``bool``, ``datetime.date``,
``datetime.datetime``, ``datetime.time``/``timedelta``. Cells from CSV are always ``str``.

Government systems often export "Excel" files that are really HTML tables or tab-separated text
with an .xls name; those are read too. An unreadable file raises ``DomainError`` with the code
``import.unreadable`` (params ``path``, ``detail``), ``import.encrypted`` (``path``) or
``import.unsupported_format`` (``path``, ``ext``).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from html.parser import HTMLParser
from os import PathLike
from pathlib import Path

from govhr_desktop.domain.errors import DomainError

#: Extensions read with python-calamine (Excel 2007+, Excel 97-2003, macro, binary, OpenDocument).
WORKBOOK_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
#: Extensions read as delimited text.
TEXT_EXTENSIONS = frozenset({".csv", ".tsv"})
#: Every extension ``read_table`` accepts (for a file dialog filter).
SUPPORTED_EXTENSIONS = WORKBOOK_EXTENSIONS | TEXT_EXTENSIONS

#: Text encodings tried in turn for CSV files: UTF-8 (with or without BOM), then the Chinese
#: national encoding (a superset of GBK/GB2312, what Excel and WPS write on a Chinese Windows).
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")

_MAX_DETAIL = 200
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE = b"PK\x03\x04"
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

Table = list[list[object]]


def read_table(path: str | PathLike[str]) -> Table:
    """The first visible non-empty sheet of a workbook, or the rows of a CSV file."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext in WORKBOOK_EXTENSIONS:
        return _read_workbook(p)
    if ext in TEXT_EXTENSIONS:
        return _read_text_file(p)
    raise DomainError("import.unsupported_format", path=str(p), ext=ext)


def _unreadable(p: Path, exc: BaseException | str) -> DomainError:
    detail = exc if isinstance(exc, str) else (str(exc) or type(exc).__name__)
    return DomainError("import.unreadable", path=str(p), detail=detail[:_MAX_DETAIL])


# --- workbooks ------------------------------------------------------------------------------


def _read_workbook(p: Path) -> Table:
    import python_calamine  # lazy: keeps application start-up fast

    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
    except python_calamine.PasswordError:
        raise DomainError("import.encrypted", path=str(p)) from None
    except OSError as e:
        raise _unreadable(p, e.strerror or str(e)) from None
    except Exception as first_error:  # noqa: BLE001 - calamine raises several kinds
        return _read_misnamed(p, first_error)
    try:
        return _first_sheet(wb)
    except python_calamine.PasswordError:
        raise DomainError("import.encrypted", path=str(p)) from None
    except Exception as e:  # noqa: BLE001
        raise _unreadable(p, e) from None
    finally:
        _close(wb)


def _close(wb) -> None:
    try:
        wb.close()
    except Exception:  # noqa: BLE001 - older calamine versions, already closed
        pass


def _first_sheet(wb) -> Table:
    """Rows of the first visible sheet that holds anything (else of sheet 0, else [])."""
    count = len(wb.sheet_names)
    if count == 0:
        return []
    visible = list(range(count))
    try:
        meta = wb.sheets_metadata
        visible = [
            i for i, m in enumerate(meta)
            if str(m.visible).rsplit(".", 1)[-1] == "Visible" and "chart" not in str(m.typ).lower()
        ] or visible
    except Exception:  # noqa: BLE001 - metadata not available in older versions
        pass
    for index in visible:
        rows = _sheet_rows(wb.get_sheet_by_index(index))
        if any(_row_has_data(r) for r in rows):
            return rows
    return _sheet_rows(wb.get_sheet_by_index(0))


def _sheet_rows(sheet) -> Table:
    """All rows from A1 on, so that list index + 1 == the sheet's row number."""
    try:
        return [list(r) for r in sheet.to_python(skip_empty_area=False)]
    except TypeError:  # an old python-calamine without the keyword: pad from sheet.start
        rows = [list(r) for r in sheet.to_python()]
        start = getattr(sheet, "start", None) or (0, 0)
        top, left = start
        if left:
            rows = [[""] * left + r for r in rows]
        return [[] for _ in range(top)] + rows


def _row_has_data(row: list[object]) -> bool:
    return any(not (v is None or (isinstance(v, str) and not v.strip())) for v in row)


def _read_misnamed(p: Path, first_error: BaseException) -> Table:
    """A file calamine could not open by its extension: look at what it really contains."""
    import python_calamine

    try:
        data = p.read_bytes()
    except OSError as e:
        raise _unreadable(p, e.strerror or str(e)) from None
    head = data[:4096]
    if head.startswith((_ZIP_SIGNATURE, _OLE_SIGNATURE)):
        # e.g. an .xlsx saved with an .xls name: let calamine detect the format from the content
        try:
            wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        except python_calamine.PasswordError:
            raise DomainError("import.encrypted", path=str(p)) from None
        except Exception:  # noqa: BLE001
            raise _unreadable(p, first_error) from None
        try:
            return _first_sheet(wb)
        except Exception as e:  # noqa: BLE001
            raise _unreadable(p, e) from None
        finally:
            _close(wb)
    if not _looks_like_text(head):
        raise _unreadable(p, first_error)
    text = _decode(data, p)
    if re.match(r"\s*<", text):
        rows = _html_table_rows(text)
        if rows:
            return rows
        raise _unreadable(p, first_error)
    return _parse_delimited(text, p)


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return bool(head.strip()) and not _BINARY_BYTES.search(head)


# --- delimited text -------------------------------------------------------------------------


def _read_text_file(p: Path) -> Table:
    try:
        data = p.read_bytes()
    except OSError as e:
        raise _unreadable(p, e.strerror or str(e)) from None
    if data and not _looks_like_text(data[:4096]):
        raise _unreadable(p, "not a text file")
    return _parse_delimited(_decode(data, p), p)


def _decode(data: bytes, p: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _unreadable(p, e) from None
    for encoding in TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8):]  # a BOM glued in front of GBK text
            continue
    raise _unreadable(p, "unknown text encoding")


def _parse_delimited(text: str, p: Path) -> Table:
    first_line = text.split("\n", 1)[0]
    if first_line.count("\t") > first_line.count(","):
        delimiter = "\t"
    elif first_line.count(";") > first_line.count(",") and "," not in first_line:
        delimiter = ";"
    else:
        delimiter = ","
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as e:
        raise _unreadable(p, e) from None


# --- HTML tables saved as .xls --------------------------------------------------------------


class _TableParser(HTMLParser):
    """Collects the cells of the first <table> that has rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: Table = []
        self._depth = 0  # nesting of <table>
        self._done = False
        self._row: list[object] | None = None
        self._cell: list[str] | None = None
        self._colspan = 1

    def handle_starttag(self, tag, attrs):
        if self._done:
            return
        if tag == "table":
            self._depth += 1
        elif self._depth != 1:
            return
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            if self._row is None:
                self._row = []
            self._end_cell()
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._colspan = int(span) if span.isdigit() and 0 < int(span) < 1000 else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if self._done:
            return
        if tag == "table":
            if self._depth == 1:
                self._end_row()
                if self.rows:
                    self._done = True
            self._depth = max(0, self._depth - 1)
        elif self._depth != 1:
            return
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()

    def handle_data(self, data):
        if self._cell is not None and self._depth == 1 and not self._done:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = re.sub(r"[ \t\r\n]+", " ", "".join(self._cell).replace("\xa0", " "))
            self._row.append(text.strip())
            self._row.extend([""] * (self._colspan - 1))
        self._cell = None
        self._colspan = 1

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self.rows.append(self._row)
        self._row = None


def _html_table_rows(text: str) -> Table:
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    parser._end_row()
    return parser.rows
