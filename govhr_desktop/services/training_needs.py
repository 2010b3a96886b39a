"""Menu-style training needs (菜单式培训, DOMAIN.md §7): for each person at the center, the open
courses aimed at their weak spots, each with the evidence in a Chinese sentence.

Weak spots looked for (the last NEEDS_LOOKBACK_MONTHS months up to today):
- verified register deductions, grouped by evaluation category -> courses aimed at that category;
- 差评 cases found to be the person's fault and verified register items 'bad_rating' /
  'complaint_upheld' -> courses aimed at 'bad_rating';
- joined the center within NEW_STAFF_MONTHS and never attended an induction course ->
  courses aimed at 'new_staff';
- a certificate expiring within CERTIFICATE_WARNING_DAYS (or expired lately and not renewed)
  -> courses aimed at 'certificate'.
Only courses that have not ended (ends_on >= today) and that the person is not enrolled on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.security import RECORDS_READ, TRAINING_WRITE
from govhr_desktop.domain.training import (
    CERTIFICATE_WARNING_DAYS,
    COURSE_TARGET,
    NEEDS_LOOKBACK_MONTHS,
    NEW_STAFF_MONTHS,
    split_targets,
)
from govhr_desktop.services.base import Service

#: register items that count as verified 差评 / complaints (target 'bad_rating')
BAD_RATING_ITEMS = ("bad_rating", "complaint_upheld")
#: evaluation categories whose deductions a course can aim at
DEDUCTION_TARGETS = ("discipline", "service", "handling", "learning", "appearance")


@dataclass(frozen=True)
class Suggestion:
    staff_id: int
    staff_name: str
    home_unit_name: str
    course_id: int
    course_title: str
    target: str   # the first of the course's targets the person matches (COURSE_TARGET order)
    reason: str   # the evidence, in Chinese (every matched target, separated by '；')
    targets: tuple[str, ...] = ()  # every matched target

    @property
    def id(self) -> tuple[int, int]:
        return (self.staff_id, self.course_id)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m, min(day.day, d))
        except ValueError:
            continue
    return date(y, m, 28)


def _n(x: float) -> str:
    return f"{x:g}"


def _d(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class TrainingNeedsService(Service):
    def suggestions(self, today: date | None = None) -> list[Suggestion]:
        """Every (person, open course) pair where the course aims at one of the person's weak
        spots, by home unit, name, course."""
        self.require(RECORDS_READ, "training.needs")
        today = today or date.today()
        since = months_before(today, NEEDS_LOOKBACK_MONTHS)
        new_since = months_before(today, NEW_STAFF_MONTHS)
        warn_until = today + timedelta(days=CERTIFICATE_WARNING_DAYS)
        d = {"today": today.isoformat(), "since": since.isoformat()}
        with self.ctx.connect() as c:
            courses = [(cid, title, split_targets(targets)) for cid, title, targets in c.execute(text(
                "SELECT id, title, targets FROM training_course WHERE ends_on >= :today "
                "ORDER BY starts_on, title"), d)]
            courses = [x for x in courses if x[2]]
            if not courses:
                return []
            people = c.execute(text(
                "SELECT s.id, s.name, u.short_name, s.joined_center_on FROM staff s "
                "JOIN home_unit u ON u.id = s.home_unit_id WHERE s.status != 'returned' "
                "ORDER BY u.sort_order, s.name")).all()
            enrolled = set(c.execute(text(
                "SELECT e.course_id, e.staff_id FROM training_enrolment e JOIN training_course c "
                "ON c.id = e.course_id WHERE c.ends_on >= :today"), d).all())
            # verified register entries of the period: per person, item -> (entries, quantity)
            entries: dict[int, dict[str, list[float]]] = {}
            for sid, code, n, qty in c.execute(text(
                    "SELECT staff_id, item_code, COUNT(*), SUM(quantity) FROM register_entry "
                    "WHERE verification = 'verified' AND occurred_on BETWEEN :since AND :today "
                    "GROUP BY staff_id, item_code"), d):
                entries.setdefault(sid, {})[code] = [int(n), float(qty or 0)]
            cases: dict[int, int] = {}
            for sid, n in c.execute(text(
                    "SELECT r.staff_id, COUNT(*) FROM bad_rating_case b JOIN rating r ON r.id = b.rating_id "
                    "WHERE b.finding = 'staff_fault' AND r.staff_id IS NOT NULL AND r.excluded = 0 "
                    "AND COALESCE(b.verified_on, b.opened_on) BETWEEN :since AND :today "
                    "AND COALESCE(b.appeal_outcome, '') != 'overturned' GROUP BY r.staff_id"), d):
                cases[sid] = int(n)
            inducted = {sid for (sid,) in c.execute(text(
                "SELECT DISTINCT a.staff_id FROM training_attendance a JOIN training_session ts "
                "ON ts.id = a.session_id JOIN training_course c ON c.id = ts.course_id "
                "WHERE c.category = 'induction'"))}
            certs: dict[int, list[tuple[str, date | None]]] = {}
            for sid, name, expires in c.execute(text("SELECT staff_id, name, expires_on FROM certificate")):
                certs.setdefault(sid, []).append((name, _d(expires)))

        out: list[Suggestion] = []
        for sid, name, unit, joined in people:
            reasons = self._reasons(entries.get(sid, {}), cases.get(sid, 0), _d(joined), sid in inducted,
                                    certs.get(sid, []), today, since, new_since, warn_until)
            if not reasons:
                continue
            for cid, title, targets in courses:
                if (cid, sid) in enrolled:
                    continue
                matched = tuple(t for t in COURSE_TARGET.codes() if t in targets and t in reasons)
                if matched:
                    out.append(Suggestion(sid, name, unit or "", cid, title, matched[0],
                                          "；".join(reasons[t] for t in matched), matched))
        return out

    @staticmethod
    def _reasons(items: dict[str, list[float]], cases: int, joined: date | None, inducted: bool,
                 certs: list[tuple[str, date | None]], today: date, since: date, new_since: date,
                 warn_until: date) -> dict[str, str]:
        """target code -> the Chinese sentence with the evidence."""
        months = NEEDS_LOOKBACK_MONTHS
        reasons: dict[str, str] = {}
        for cat in DEDUCTION_TARGETS:
            hits = [(code, n, qty) for code, (n, qty) in items.items()
                    if (it := ITEMS_BY_CODE.get(code)) is not None and it.category == cat and it.points < 0]
            if not hits:
                continue
            hits.sort(key=lambda h: (-h[1], h[0]))
            count = sum(n for _c, n, _q in hits)
            detail = "；".join(f"{ITEMS_BY_CODE[code].zh} {_n(qty)}{ITEMS_BY_CODE[code].unit}" for code, _n_, qty in hits)
            reasons[cat] = f"近{months}个月{CATEGORIES_BY_CODE[cat].zh}扣分{count}次（{detail}）"
        bad: list[str] = []
        if cases:
            bad.append(f"差评经核实属本人责任 {cases}件")
        for code in BAD_RATING_ITEMS:
            if code in items:
                bad.append(f"{ITEMS_BY_CODE[code].zh} {_n(items[code][1])}{ITEMS_BY_CODE[code].unit}")
        if bad:
            reasons["bad_rating"] = f"近{months}个月有核实属实的差评或投诉（{'；'.join(bad)}）"
        if joined is not None and joined >= new_since and not inducted:
            reasons["new_staff"] = (f"{_zh_date(joined)}进入中心（不满{NEW_STAFF_MONTHS}个月），"
                                    "尚未参加岗前培训")
        expiring = []
        for name, expires in certs:
            if expires is None or not (since <= expires <= warn_until):
                continue
            renewed = any(n == name and (e is None or e > warn_until) for n, e in certs)
            if renewed:
                continue
            if expires < today:
                expiring.append(f"证书“{name}”已于{expires.isoformat()}到期")
            else:
                expiring.append(f"证书“{name}”将于{expires.isoformat()}到期")
        if expiring:
            reasons["certificate"] = "；".join(expiring)
        return reasons

    def for_course(self, course_id: int, today: date | None = None) -> list[Suggestion]:
        """The people a course would help (its suggestions)."""
        self.require(RECORDS_READ, "training.needs")
        with self.ctx.connect() as c:
            if c.execute(text("SELECT 1 FROM training_course WHERE id = :id"), {"id": course_id}).first() is None:
                raise DomainError("record.not_found", id=course_id)
        return [s for s in self.suggestions(today) if s.course_id == course_id]

    def enrol_all(self, course_id: int, today: date | None = None):
        """Enrol everyone the needs list suggests for the course, each with the reason why
        (source 'needs'). Returns TrainingService's EnrolResult(added, already)."""
        self.require(TRAINING_WRITE, "training.enrol_needs")
        needs = self.for_course(course_id, today)
        if not needs:
            raise DomainError("training.needs_none", "course_id")
        from govhr_desktop.services.training import TrainingService

        return TrainingService(self.ctx).enrol(
            course_id, [s.staff_id for s in needs], source="needs",
            reasons={s.staff_id: s.reason for s in needs})
