"""Resident ID numbers (GB 11643-1999) and mobile numbers (DOMAIN.md §9)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from govhr_desktop.domain.errors import DomainError

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"  # index = weighted sum mod 11

_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")
_SCI_NOTATION = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    gender: str  # "M" / "F"
    area_code: str


def normalize_id_number(raw: object) -> str:
    """Strip spaces, upper-case the check character. Does not validate."""
    if raw is None:
        return ""
    text = str(raw).strip().replace(" ", "").replace("\u3000", "")
    return text.upper()


def parse_id_number(raw: object, *, today: date | None = None, field: str = "id_number") -> ResidentId:
    """Validate an 18-character resident ID and derive birth date and gender.

    Raises DomainError with one of the codes ``id_number.required``, ``id_number.scientific``
    (Excel turned it into a number and lost digits), ``id_number.length``, ``id_number.shape``,
    ``id_number.birth_date``, ``id_number.future_birth``, ``id_number.checksum``.
    """
    if isinstance(raw, float):
        raise DomainError("id_number.scientific", field, value=f"{raw:.5E}")
    number = normalize_id_number(raw)
    if not number:
        raise DomainError("id_number.required", field)
    if _SCI_NOTATION.match(number):
        raise DomainError("id_number.scientific", field, value=number)
    if len(number) != 18:
        raise DomainError("id_number.length", field, length=len(number))
    if not _ID_SHAPE.match(number):
        raise DomainError("id_number.shape", field)
    y, m, d = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        birth = date(y, m, d)
    except ValueError:
        raise DomainError("id_number.birth_date", field, value=number[6:14]) from None
    today = today or date.today()
    if birth > today or y < 1900:
        raise DomainError("id_number.future_birth", field, value=birth.isoformat())
    expected = id_check_char(number[:17])
    if number[17] != expected:
        raise DomainError("id_number.checksum", field, given=number[17], expected=expected)
    gender = "M" if int(number[16]) % 2 == 1 else "F"
    return ResidentId(number, birth, gender, number[:6])


def normalize_mobile(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = re.sub(r"[\s\-\u3000]", "", str(raw))
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text


def parse_mobile(raw: object, *, field: str = "mobile", required: bool = False) -> str:
    text = normalize_mobile(raw)
    if not text:
        if required:
            raise DomainError("mobile.required", field)
        return ""
    if not _MOBILE.match(text):
        raise DomainError("mobile.shape", field, value=str(raw))
    return text


def mask_id_number(number: str) -> str:
    if len(number) < 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_mobile(number: str) -> str:
    if len(number) != 11:
        return number
    return number[:3] + "****" + number[-4:]
