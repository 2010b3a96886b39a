"""Working days (DOMAIN.md §5): Monday to Friday, minus statutory holidays, plus the official
make-up working days (调休上班) on weekends. The special days come from the editable calendar."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Mapping


class WorkCalendar:
    def __init__(self, special: Mapping[date, str] | None = None) -> None:
        self.special = dict(special or {})  # date -> 'holiday' | 'workday'

    def is_working_day(self, d: date) -> bool:
        kind = self.special.get(d)
        if kind == "holiday":
            return False
        if kind == "workday":
            return True
        return d.weekday() < 5

    def working_days(self, start: date, end: date) -> int:
        """Working days from ``start`` to ``end``, both included."""
        n, d = 0, start
        while d <= end:
            n += self.is_working_day(d)
            d += timedelta(days=1)
        return n

    def leave_days(self, start: date, start_half: str, end: date, end_half: str) -> float:
        """Working days a leave takes; 'pm' start = from noon, 'am' end = until noon."""
        total = float(self.working_days(start, end))
        if start_half == "pm" and self.is_working_day(start):
            total -= 0.5
        if end_half == "am" and self.is_working_day(end):
            total -= 0.5
        return max(total, 0.0)

    def working_days_ahead(self, today: date, target: date) -> int:
        """Working days after ``today`` up to and including ``target`` (the notice a request gives)."""
        if target <= today:
            return 0
        return self.working_days(today + timedelta(days=1), target)

    def next_working_day(self, d: date) -> date:
        d += timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def add_working_days(self, d: date, n: int) -> date:
        for _ in range(n):
            d = self.next_working_day(d)
        return d
