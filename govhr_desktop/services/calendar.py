"""The working-day calendar (DOMAIN.md §5): statutory holidays on weekdays and the official
make-up working days (调休上班) on weekends change every year, so they are edited and imported.

Only the days that break the Monday-to-Friday rule are stored (``calendar_day``); everything
that counts working days asks ``work_calendar()`` for a ``WorkCalendar``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from os import PathLike

from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import CALENDAR_WRITE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.domain.workdays import WorkCalendar
from govhr_desktop.persistence.models import CalendarDay
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service

DAY_KIND = Vocabulary(
    "calendar_kind",
    [Choice("holiday", "放假", "Holiday"), Choice("workday", "上班", "Make-up working day")],
).add_aliases("holiday", "休", "假", "休息", "节假日", "法定节假日", "放假日").add_aliases(
    "workday", "班", "调休上班", "补班", "工作日", "上班日"
)

NAME_MAX = 40

#: Spreadsheet headers accepted for each column (folded: no spaces, lower case).
_HEADERS = {
    "day": ("日期", "date", "day"),
    "kind": ("类型", "kind", "type", "放假/上班"),
    "name": ("名称", "name", "节日", "节假日名称", "说明"),
}


@dataclass(frozen=True)
class CalendarDayView:
    day: date
    kind: str
    name: str

    @property
    def id(self) -> int:  # lists select rows by id
        return self.day.toordinal()

    @property
    def weekday(self) -> int:
        return self.day.weekday()


def _fold(value: object) -> str:
    if value is None:
        return ""
    t = unicodedata.normalize("NFKC", str(value))
    return "".join(t.split()).lower()


class CalendarService(Service):
    # --- reading ------------------------------------------------------------------------------

    def days(self, year: int) -> list[CalendarDayView]:
        self.require(RECORDS_READ, "calendar.list")
        with self.ctx.read() as s:
            rows = s.scalars(
                select(CalendarDay)
                .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
                .order_by(CalendarDay.day)
            )
            return [CalendarDayView(r.day, r.kind, r.name) for r in rows]

    def years(self) -> list[int]:
        """Years that have special days on record."""
        with self.ctx.connect() as conn:
            rows = conn.execute(text("SELECT DISTINCT substr(day, 1, 4) FROM calendar_day ORDER BY 1"))
            return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]

    def work_calendar(self, year_from: int | None = None, year_to: int | None = None,
                      conn=None) -> WorkCalendar:
        """The special days of the years asked for (all of them when no year is given).

        ``conn``: read through the caller's connection or session (inside its transaction)."""
        sql = "SELECT day, kind FROM calendar_day"
        params: dict[str, str] = {}
        if year_from is not None or year_to is not None:
            sql += " WHERE day >= :a AND day <= :b"
            params = {
                "a": date(year_from or 1900, 1, 1).isoformat(),
                "b": date(year_to or year_from or 9999, 12, 31).isoformat(),
            }
        if conn is not None:
            rows = conn.execute(text(sql), params).all()
        else:
            with self.ctx.connect() as c:
                rows = c.execute(text(sql), params).all()
        return WorkCalendar({date.fromisoformat(d[:10]): k for d, k in rows})

    def working_days_in_year(self, year: int) -> int:
        cal = self.work_calendar(year, year)
        return cal.working_days(date(year, 1, 1), date(year, 12, 31))

    # --- changing -----------------------------------------------------------------------------

    @staticmethod
    def check_day(day: date | None, kind: str | None, name: str) -> tuple[date, str, str]:
        """The rules of one special day; raises ValidationError naming the fields."""
        errors = []
        if day is None:
            errors.append(DomainError("required", "day"))
        code = DAY_KIND.code_for(kind) if kind else None
        if code is None:
            errors.append(DomainError("choice", "kind", value=kind or "", allowed=[c.zh for c in DAY_KIND.choices]))
        name = (name or "").strip()
        if len(name) > NAME_MAX:
            errors.append(DomainError("too_long", "name", max=NAME_MAX))
        if day is not None and code == "workday" and day.weekday() < 5:
            # Monday-Friday is a working day anyway: a make-up working day falls on a weekend
            errors.append(DomainError("calendar.workday_on_weekday", "day", day=day.isoformat()))
        if errors:
            raise ValidationError(errors)
        return day, code, name  # type: ignore[return-value]

    def set_day(self, day: date, kind: str, name: str = "") -> None:
        """Add or change a special day. A holiday on a weekend is accepted (it changes nothing)."""
        self.require(CALENDAR_WRITE, "calendar.set_day", str(day))
        day, kind, name = self.check_day(day, kind, name)
        with self.ctx.transaction() as s:
            row = s.get(CalendarDay, day)
            before = snapshot(row) if row is not None else None
            if row is None:
                row = CalendarDay(day=day)
                s.add(row)
            row.kind, row.name = kind, name
            s.flush()
            self.audit(s, "calendar.set_day", row, before=before, label=f"{day.isoformat()} {name}".strip(),
                       record_id=day.isoformat())

    def remove_day(self, day: date) -> None:
        self.require(CALENDAR_WRITE, "calendar.remove_day", str(day))
        with self.ctx.transaction() as s:
            row = s.get(CalendarDay, day)
            if row is None:
                raise DomainError("record.not_found", "day", id=day.isoformat())
            before = snapshot(row)
            s.delete(row)
            self.audit(s, "calendar.remove_day", record_type="calendar_day", record_id=day.isoformat(),
                       before=before, after={}, label=f"{day.isoformat()} {row.name}".strip())

    # --- import -------------------------------------------------------------------------------

    def import_xlsx(self, path: str | PathLike[str]) -> int:
        """Import special days from a spreadsheet (columns 日期, 类型 (放假/上班), 名称).

        All or nothing: any bad row raises ValidationError with one error per bad cell (params
        ``row`` as the spreadsheet shows it), and nothing is changed. Days in the file replace
        the same days on record; other days stay. Returns the number of days imported.
        """
        self.require(CALENDAR_WRITE, "calendar.import", str(path))
        from govhr_desktop.exchange.readers import read_table
        from govhr_desktop.exchange.staff_import import cell_text, parse_date_cell

        table = read_table(path)
        header_index, cols = self._find_headers(table)
        parsed: list[tuple[date, str, str]] = []
        errors: list[DomainError] = []
        seen: dict[date, int] = {}
        for i in range(header_index + 1, len(table)):
            row = table[i]
            row_number = i + 1

            def cell(key: str, row=row) -> object:
                c = cols.get(key)
                return row[c] if c is not None and c < len(row) else ""

            if not any(cell_text(v) for v in row):
                continue
            try:
                day = parse_date_cell(cell("day"))
            except DomainError:
                day = None
                errors.append(DomainError("calendar.row_date", "day", row=row_number, value=cell_text(cell("day"))))
            else:
                if day is None:
                    errors.append(DomainError("calendar.row_date", "day", row=row_number, value=""))
            kind_text = cell_text(cell("kind"))
            kind = DAY_KIND.code_for(kind_text)
            if kind is None:
                errors.append(DomainError("calendar.row_kind", "kind", row=row_number, value=kind_text))
            name = cell_text(cell("name"))
            if len(name) > NAME_MAX:
                errors.append(DomainError("calendar.row_name_too_long", "name", row=row_number, max=NAME_MAX))
            if day is None or kind is None:
                continue
            if kind == "workday" and day.weekday() < 5:
                errors.append(DomainError("calendar.row_workday_on_weekday", "day", row=row_number, day=day.isoformat()))
                continue
            if day in seen:
                errors.append(DomainError("calendar.row_duplicate", "day", row=row_number, day=day.isoformat(),
                                          first_row=seen[day]))
                continue
            seen[day] = row_number
            parsed.append((day, kind, name))
        if errors:
            raise ValidationError(errors)
        if not parsed:
            raise DomainError("import.empty")
        with self.ctx.transaction() as s:
            for day, kind, name in parsed:
                row = s.get(CalendarDay, day)
                if row is None:
                    s.add(CalendarDay(day=day, kind=kind, name=name))
                else:
                    row.kind, row.name = kind, name
            self.audit(s, "calendar.import", record_type="calendar_day", label=str(path),
                       detail=f"days={len(parsed)} from={parsed[0][0].isoformat()} to={parsed[-1][0].isoformat()}")
        return len(parsed)

    @staticmethod
    def _find_headers(table: list[list[object]]) -> tuple[int, dict[str, int]]:
        wanted = {k: {_fold(h) for h in names} for k, names in _HEADERS.items()}
        first_found: list[str] = []
        for i, row in enumerate(table[:20]):
            cols: dict[str, int] = {}
            for c, value in enumerate(row):
                f = _fold(value)
                for key, names in wanted.items():
                    if f in names and key not in cols:
                        cols[key] = c
            if "day" in cols and "kind" in cols:
                return i, cols
            if not first_found and any(_fold(v) for v in row):
                first_found = [str(v) for v in row if _fold(v)]
        if not any(any(_fold(v) for v in r) for r in table):
            raise DomainError("import.empty")
        raise DomainError("import.missing_headers", missing=["日期", "类型"], found=first_found)
