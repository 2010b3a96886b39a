"""What TrainingService takes and returns (DOMAIN.md §7), and the checks of its plain inputs.
Kept apart from services/training.py only to keep that file short."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.training import (
    COURSE_CATEGORY,
    COURSE_FORM,
    COURSE_ORGANISER,
    COURSE_TARGET,
    DEFAULT_TARGETS,
)

TITLE_MAX = 80
ORGANISER_NAME_MAX = 60
TRAINER_MAX = 40
PLACE_MAX = 60
COURSE_HOURS_MAX = 500.0
ENROLMENT_SOURCES = ("person", "unit", "windows", "needs")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class CourseInput:
    title: str
    category: str | None
    organiser: str | None = "center"
    organiser_unit_id: int | None = None
    organiser_name: str = ""  # the external body (organiser 'external')
    form: str | None = "centralised"
    hours: float | None = None
    trainer: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    pass_mark: float | None = None  # None = no test
    targets: tuple[str, ...] = ()  # empty = DEFAULT_TARGETS[category]
    description: str = ""


@dataclass(frozen=True)
class SessionInput:
    held_on: date | None
    start_time: str  # 'HH:MM'
    end_time: str
    place: str = ""
    hours: float | None = None


@dataclass(frozen=True)
class CourseView:
    id: int
    title: str
    category: str
    category_name: str
    organiser: str
    organiser_name: str  # the center / the home unit's short name / the external body
    form: str
    form_name: str
    hours: float
    trainer: str
    starts_on: date
    ends_on: date
    pass_mark: float | None
    targets: tuple[str, ...]
    description: str
    sessions: int
    enrolled: int
    attended: int  # people enrolled who signed in at least once

    def to_input(self, organiser_unit_id: int | None = None) -> CourseInput:
        return CourseInput(self.title, self.category, self.organiser, organiser_unit_id,
                           self.organiser_name if self.organiser == "external" else "", self.form, self.hours,
                           self.trainer, self.starts_on, self.ends_on, self.pass_mark, self.targets,
                           self.description)


@dataclass(frozen=True)
class SessionView:
    id: int
    course_id: int
    held_on: date
    start_time: str
    end_time: str
    place: str
    hours: float
    present: int  # people signed in


@dataclass(frozen=True)
class EnrolmentView:
    id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    window_number: str
    source: str
    reason: str
    score: float | None
    passed: bool | None  # None: no test (no pass mark) or no score yet
    hours: float  # credited over all sessions of the course
    present_sessions: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class CourseDetail:
    course: CourseView
    sessions: list[SessionView]
    people: list[EnrolmentView]
    organiser_unit_id: int | None = None


@dataclass(frozen=True)
class EnrolResult:
    added: int
    already: int


@dataclass(frozen=True)
class SignInImportResult:
    signed: int
    errors: list = field(default_factory=list)  # RowError (nothing saved when not empty)


def normal_time(text: str | None) -> str | None:
    """'8:05' / '8：05' -> '08:05'; None when it is no time of day."""
    text = (text or "").strip().replace("：", ":")
    m = _TIME.match(text)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def as_number(value) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(str(value).strip().replace("，", "."))
    except ValueError:
        return None


def fmt(x: float) -> str:
    return f"{x:g}"


def check_course(data: CourseInput) -> CourseInput:
    """The input with text trimmed and defaults filled in, or ValidationError with every problem."""
    errors: list[DomainError] = []
    title = (data.title or "").strip()
    if not title:
        errors.append(DomainError("required", "title"))
    elif len(title) > TITLE_MAX:
        errors.append(DomainError("too_long", "title", max=TITLE_MAX))
    for name, vocab in (("category", COURSE_CATEGORY), ("organiser", COURSE_ORGANISER), ("form", COURSE_FORM)):
        value = getattr(data, name)
        if not value:
            errors.append(DomainError("required", name))
        elif value not in vocab:
            errors.append(DomainError("choice", name, value=str(value), allowed=[c.zh for c in vocab.choices]))
    unit_id = data.organiser_unit_id if data.organiser == "home_unit" else None
    if data.organiser == "home_unit" and unit_id is None:
        errors.append(DomainError("required", "organiser_unit_id"))
    organiser_name = (data.organiser_name or "").strip() if data.organiser == "external" else ""
    if data.organiser == "external" and not organiser_name:
        errors.append(DomainError("required", "organiser_name"))
    elif len(organiser_name) > ORGANISER_NAME_MAX:
        errors.append(DomainError("too_long", "organiser_name", max=ORGANISER_NAME_MAX))
    hours = as_number(data.hours)
    if data.hours is None or data.hours == "":
        errors.append(DomainError("required", "hours"))
    elif hours is None or not (0 < hours <= COURSE_HOURS_MAX):
        errors.append(DomainError("training.course_hours", "hours", value=str(data.hours), max=fmt(COURSE_HOURS_MAX)))
    trainer = (data.trainer or "").strip()
    if len(trainer) > TRAINER_MAX:
        errors.append(DomainError("too_long", "trainer", max=TRAINER_MAX))
    if data.starts_on is None:
        errors.append(DomainError("required", "starts_on"))
    if data.ends_on is None:
        errors.append(DomainError("required", "ends_on"))
    if data.starts_on is not None and data.ends_on is not None and data.ends_on < data.starts_on:
        errors.append(DomainError("date.range", "ends_on"))
    pass_mark = None
    if data.pass_mark is not None and data.pass_mark != "":
        pass_mark = as_number(data.pass_mark)
        if pass_mark is None or not (0 <= pass_mark <= 100):
            errors.append(DomainError("training.pass_mark", "pass_mark", value=str(data.pass_mark)))
    targets = tuple(data.targets or ())
    bad = [t for t in targets if t not in COURSE_TARGET]
    if bad:
        errors.append(DomainError("choice", "targets", value="、".join(map(str, bad)),
                                  allowed=[c.zh for c in COURSE_TARGET.choices]))
    if errors:
        raise ValidationError(errors)
    if not targets:
        targets = DEFAULT_TARGETS.get(data.category, ())
    targets = tuple(t for t in COURSE_TARGET.codes() if t in set(targets))
    return CourseInput(title, data.category, data.organiser, unit_id, organiser_name, data.form, hours, trainer,
                       data.starts_on, data.ends_on, pass_mark, targets, (data.description or "").strip())


def check_session(data: SessionInput, starts_on: date, ends_on: date) -> SessionInput:
    errors: list[DomainError] = []
    if data.held_on is None:
        errors.append(DomainError("required", "held_on"))
    elif not (starts_on <= data.held_on <= ends_on):
        errors.append(DomainError("training.session_outside_course", "held_on", value=data.held_on.isoformat(),
                                  starts_on=starts_on.isoformat(), ends_on=ends_on.isoformat()))
    times = {}
    for name in ("start_time", "end_time"):
        raw = getattr(data, name)
        if not (raw or "").strip():
            errors.append(DomainError("required", name))
            continue
        t = normal_time(raw)
        if t is None:
            errors.append(DomainError("training.time", name, value=str(raw)))
        else:
            times[name] = t
    length = None
    if len(times) == 2:
        length = (minutes(times["end_time"]) - minutes(times["start_time"])) / 60
        if length <= 0:
            errors.append(DomainError("training.time_order", "end_time", start=times["start_time"],
                                      end=times["end_time"]))
            length = None
    hours = as_number(data.hours)
    if data.hours is None or data.hours == "":
        errors.append(DomainError("required", "hours"))
    elif hours is None or hours <= 0:
        errors.append(DomainError("training.session_hours", "hours", value=str(data.hours)))
    elif length is not None and hours > length + 1e-9:
        errors.append(DomainError("training.session_hours_too_long", "hours", value=fmt(hours),
                                  length=fmt(round(length, 2))))
    place = (data.place or "").strip()
    if len(place) > PLACE_MAX:
        errors.append(DomainError("too_long", "place", max=PLACE_MAX))
    if errors:
        raise ValidationError(errors)
    return SessionInput(data.held_on, times["start_time"], times["end_time"], place, hours)
