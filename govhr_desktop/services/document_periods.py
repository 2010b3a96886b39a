"""The period of a commendation notice or feedback letters (``document_content``): a month or a
quarter of a year (``Period``), read from '2026-10', '2026-Q3' / '2026Q3' or (2026, 3).

The printed label and the months of a period are ``evaluation_reports``' (``period_label``,
``period_months``; it reads a ``Period`` through its ``key``), so the reports and the
documents name a period the same way; checking and parsing stay here for the documents' own
error codes (``documents.bad_period``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.services.evaluation_reports import period_label, period_months
from govhr_desktop.services.evaluation_views import month_bounds

_QUARTER_KEY = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """A month (``quarter`` None) or a quarter (``month`` None) of ``year``."""

    year: int
    month: int | None = None
    quarter: int | None = None

    def __post_init__(self) -> None:
        if (self.month is None) == (self.quarter is None):
            raise DomainError("documents.bad_period", "period", value=repr((self.year, self.month, self.quarter)))
        if self.month is not None:
            month_bounds(f"{self.year:04d}-{self.month:02d}")
        elif self.quarter not in (1, 2, 3, 4):
            raise DomainError("scoring.bad_quarter", "quarter", quarter=self.quarter)
        if not (1900 <= self.year <= 9999):
            raise DomainError("documents.bad_period", "period", value=str(self.year))

    @classmethod
    def of_month(cls, month: str) -> Period:
        """'2026-10' -> the month."""
        first, _last, _next = month_bounds(month)
        return cls(first.year, month=first.month)

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> Period:
        return cls(int(year), quarter=int(quarter))

    @classmethod
    def parse(cls, value: Period | str | tuple[int, int]) -> Period:
        """A Period, '2026-10', '2026-Q3' / '2026Q3', or (2026, 3) for a quarter."""
        if isinstance(value, Period):
            return value
        if isinstance(value, tuple) and len(value) == 2:
            return cls.of_quarter(*value)
        s = str(value or "").strip()
        m = _QUARTER_KEY.match(s)
        if m:
            return cls.of_quarter(int(m.group(1)), int(m.group(2)))
        try:
            return cls.of_month(s)
        except DomainError:
            raise DomainError("documents.bad_period", "period", value=s) from None

    @property
    def kind(self) -> str:
        return "month" if self.month is not None else "quarter"

    @property
    def key(self) -> str:
        """'2026-10' / '2026-Q3' (``parse`` reads it back; ``evaluation_reports`` reads it)."""
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-Q{self.quarter}"

    @cached_property
    def label(self) -> str:
        """'2026年10月' / '2026年第三季度' (as printed in titles)."""
        return period_label(self)

    @cached_property
    def months(self) -> tuple[str, ...]:
        """'YYYY-MM' of each month in the period."""
        return period_months(self)

    @property
    def month_numbers(self) -> tuple[int, ...]:
        return tuple(int(m[5:7]) for m in self.months)

    @property
    def first_day(self) -> date:
        return month_bounds(self.months[0])[0]

    @property
    def last_day(self) -> date:
        return month_bounds(self.months[-1])[1]

    def __str__(self) -> str:
        return self.key


def month_label(month: str) -> str:
    """'2026-07' -> '2026年7月'."""
    return Period.of_month(month).label
