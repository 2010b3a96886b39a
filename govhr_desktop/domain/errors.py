"""Errors raised by the core: a code plus parameters; the UI turns them into translated text.

Codes are dotted strings (``id_number.checksum``). ``field`` names the input that is wrong so
a form can show the message next to it; an import adds row/column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class DomainError(Exception):
    """One thing wrong with the input or the requested action."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(f"{code} field={field} {params}")

    def __eq__(self, other: object) -> bool:  # handy in tests
        return (
            isinstance(other, DomainError)
            and (self.code, self.field, self.params) == (other.code, other.field, other.params)
        )

    __hash__ = Exception.__hash__


@dataclass
class ValidationError(Exception):
    """Several field errors found at once; nothing was saved."""

    errors: list[DomainError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("; ".join(str(e) for e in self.errors))

    def by_field(self) -> dict[str | None, DomainError]:
        out: dict[str | None, DomainError] = {}
        for e in self.errors:
            out.setdefault(e.field, e)
        return out


def collect(*checks) -> None:
    """Run callables that may raise DomainError; raise one ValidationError with all of them."""
    errors = []
    for check in checks:
        try:
            check()
        except DomainError as e:
            errors.append(e)
    if errors:
        raise ValidationError(errors)
