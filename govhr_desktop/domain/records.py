"""Input value types for the center's records and their validation (DOMAIN.md §2, §9).

Each ``validate_*`` returns a normalized copy or raises ``ValidationError`` listing every wrong
field at once. Checks that need the database (uniqueness, existence) are the services' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import parse_id_number, parse_mobile

WINDOW_NUMBER_RE = re.compile(r"^[A-Z]{0,3}\d{1,4}$")
MAX_NAME = 40


def clean(text: object) -> str:
    """Trim and fold inner runs of white space; keep every character exactly as typed."""
    if text is None:
        return ""
    return re.sub(r"[ \t\u3000]+", " ", str(text)).strip()


def _name(value: str, field: str, *, required: bool = True, max_len: int = MAX_NAME) -> str:
    v = clean(value)
    if required and not v:
        raise DomainError("required", field)
    if len(v) > max_len:
        raise DomainError("too_long", field, max=max_len)
    return v


def _phone_any(value: str, field: str) -> str:
    """Landline or mobile: digits, dashes, spaces, parentheses; 7-20 characters."""
    v = clean(value)
    if v and not re.fullmatch(r"[0-9\-+() ]{7,20}", v):
        raise DomainError("phone.shape", field, value=v)
    return v


class _Collector:
    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def run(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DomainError as e:
            self.errors.append(e)
            return None

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


# --- center ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CenterInput:
    name: str
    short_name: str
    address: str = ""
    phone: str = ""
    postcode: str = ""


def validate_center(c: CenterInput) -> CenterInput:
    col = _Collector()
    name = col.run(_name, c.name, "name", max_len=60)
    short = col.run(_name, c.short_name, "short_name", max_len=10)
    address = col.run(_name, c.address, "address", required=False, max_len=120)
    phone = col.run(_phone_any, c.phone, "phone")
    postcode = clean(c.postcode)
    if postcode and not re.fullmatch(r"\d{6}", postcode):
        col.errors.append(DomainError("postcode.shape", "postcode", value=postcode))
    col.done()
    return CenterInput(name, short, address, phone, postcode)


@dataclass(frozen=True)
class LeaderInput:
    name: str
    title: str
    phone: str = ""
    is_duty_leader: bool = True


def validate_leader(le: LeaderInput) -> LeaderInput:
    col = _Collector()
    name = col.run(_name, le.name, "name")
    title = col.run(_name, le.title, "title")
    phone = col.run(_phone_any, le.phone, "phone")
    col.done()
    return LeaderInput(name, title, phone, bool(le.is_duty_leader))


# --- home unit, zone ------------------------------------------------------------------------


@dataclass(frozen=True)
class HomeUnitInput:
    full_name: str
    short_name: str
    contact_person: str = ""
    contact_phone: str = ""
    supervising_leader: str = ""
    chief_representative_id: int | None = None
    remarks: str = ""


def validate_home_unit(u: HomeUnitInput) -> HomeUnitInput:
    col = _Collector()
    full = col.run(_name, u.full_name, "full_name", max_len=60)
    short = col.run(_name, u.short_name, "short_name", max_len=20)
    contact = col.run(_name, u.contact_person, "contact_person", required=False)
    phone = col.run(_phone_any, u.contact_phone, "contact_phone")
    leader = col.run(_name, u.supervising_leader, "supervising_leader", required=False)
    col.done()
    return replace(
        u, full_name=full, short_name=short, contact_person=contact, contact_phone=phone,
        supervising_leader=leader, remarks=clean(u.remarks),
    )


@dataclass(frozen=True)
class ZoneInput:
    name: str
    floor: str = ""
    description: str = ""


def validate_zone(z: ZoneInput) -> ZoneInput:
    col = _Collector()
    name = col.run(_name, z.name, "name")
    floor = col.run(_name, z.floor, "floor", required=False, max_len=10)
    col.done()
    return ZoneInput(name, floor, clean(z.description))


# --- window ---------------------------------------------------------------------------------


def normalize_window_number(raw: object) -> str:
    return clean(raw).upper().replace(" ", "").replace("－", "-").replace("-", "")


@dataclass(frozen=True)
class WindowInput:
    number: str
    name: str
    zone_id: int | None
    window_type: str
    home_unit_id: int | None = None
    active_from: date | None = None
    active_to: date | None = None
    remarks: str = ""


def validate_window(w: WindowInput) -> WindowInput:
    col = _Collector()
    number = normalize_window_number(w.number)
    if not number:
        col.errors.append(DomainError("required", "number"))
    elif not WINDOW_NUMBER_RE.match(number):
        col.errors.append(DomainError("window.number_shape", "number", value=w.number))
    name = col.run(_name, w.name, "name")
    if w.zone_id is None:
        col.errors.append(DomainError("required", "zone_id"))
    if w.window_type not in vocab.WINDOW_TYPE:
        col.errors.append(DomainError("required", "window_type"))
    elif w.window_type == "department" and w.home_unit_id is None:
        col.errors.append(DomainError("window.needs_home_unit", "home_unit_id"))
    elif w.window_type == "comprehensive" and w.home_unit_id is not None:
        col.errors.append(DomainError("window.comprehensive_no_unit", "home_unit_id"))
    if w.active_from and w.active_to and w.active_to < w.active_from:
        col.errors.append(DomainError("date.range", "active_to"))
    col.done()
    return replace(w, number=number, name=name, remarks=clean(w.remarks))


def age_on(birth: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# --- staff ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffInput:
    name: str
    id_number: str
    home_unit_id: int | None
    employment_type: str
    mobile: str = ""
    political_status: str = "masses"
    education: str = ""
    joined_center_on: date | None = None
    window_id: int | None = None
    post: str | None = None
    skill_level: str | None = None
    status: str = "on_duty"
    remarks: str = ""
    # derived from the ID number by validate_staff
    gender: str = ""
    birth_date: date | None = None


def validate_staff(s: StaffInput, *, today: date | None = None) -> StaffInput:
    today = today or date.today()
    col = _Collector()
    name = col.run(_name, s.name, "name", max_len=20)
    rid = col.run(parse_id_number, s.id_number, today=today)
    mobile = col.run(parse_mobile, s.mobile)
    if s.home_unit_id is None:
        col.errors.append(DomainError("required", "home_unit_id"))
    if s.employment_type not in vocab.EMPLOYMENT_TYPE:
        col.errors.append(DomainError("required", "employment_type"))
    if s.political_status not in vocab.POLITICAL_STATUS:
        col.errors.append(DomainError("required", "political_status"))
    if s.education and s.education not in vocab.EDUCATION:
        col.errors.append(DomainError("choice", "education", value=s.education))
    if s.status not in vocab.STAFF_STATUS:
        col.errors.append(DomainError("required", "status"))
    if s.skill_level and s.skill_level not in vocab.SKILL_LEVEL:
        col.errors.append(DomainError("choice", "skill_level", value=s.skill_level))
    if s.joined_center_on is None:
        col.errors.append(DomainError("required", "joined_center_on"))
    elif s.joined_center_on > today:
        col.errors.append(DomainError("date.future", "joined_center_on"))
    elif rid and age_on(rid.birth_date, s.joined_center_on) < 16:
        col.errors.append(DomainError("staff.too_young_when_joined", "joined_center_on"))
    post = s.post or None
    if post and post not in vocab.POST:
        col.errors.append(DomainError("choice", "post", value=post))
    if s.window_id is None and post:
        post = None
    if s.window_id is not None and not post:
        col.errors.append(DomainError("staff.post_required", "post"))
    col.done()
    assert rid is not None
    return replace(
        s,
        name=name,
        id_number=rid.number,
        mobile=mobile or "",
        gender=rid.gender,
        birth_date=rid.birth_date,
        post=post,
        skill_level=s.skill_level or None,
        education=s.education or "",
        remarks=clean(s.remarks),
    )
