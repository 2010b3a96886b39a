"""Window items of a month and the reviewer's confirmation of the month's honours (DOMAIN.md §6).

**Window items** (``window_month``): the cases a window handled in the month and how many on
time, the complaints against the window that were upheld, and other window deductions (with a
note saying why). They feed the window score: staff average − deductions − complaint points ×
complaints − 10 × (1 − on-time rate) − 10 × (1 − 好评率).

**Confirming the honours** (``confirm``) happens once every form of the month is submitted and
before it is reviewed. The rules propose 服务之星 and 流动红旗窗口 (``EvaluationService.honours``);
the reviewer keeps the proposal or changes it, and every difference (someone added, someone left
out, a pick among people tied at the line) needs a reason. Never more than the places the rules
give. In the same transaction the chief representative of each window's home unit is charged
``chief_share`` (50 %) of the points the window lost at window level, booked as an adjustment of
origin ``chief_share`` on the chief's form (one per window, with the window and figures in its
reason). After confirming, the month's forms cannot be adjusted or recomputed; ``undo`` (only
before review) removes the confirmation and the charges it booked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import APPROVE, EVALUATION_WRITE, RECORDS_READ
from govhr_desktop.services.base import Service
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_views import (
    Honours,
    honours_confirmed,
    month_bounds,
    retotal,
)
from govhr_desktop.services.templates import TemplateService

NOTE_MAX = 500
CHIEF_SHARE = "chief_share"


@dataclass(frozen=True)
class WindowItems:
    window_id: int
    number: str
    name: str
    home_unit: str
    cases_total: int = 0
    cases_on_time: int = 0
    complaints_upheld: int = 0
    deductions: float = 0.0
    note: str = ""
    entered: bool = False

    @property
    def on_time_rate(self) -> float | None:
        return self.cases_on_time / self.cases_total if self.cases_total else None


@dataclass(frozen=True)
class HonourPick:
    kind: str  # star / red_flag
    subject_id: int  # staff id or window id
    label: str  # the person's name or the window's number and name
    score: float
    by_rule: bool
    reason: str


@dataclass(frozen=True)
class ConfirmedHonours:
    month: str
    confirmed_by: str
    confirmed_at: datetime | None
    stars: tuple[HonourPick, ...]
    red_flags: tuple[HonourPick, ...]
    chief_charges: int


def _picks_check(kind: str, chosen: list[int], proposal, places: int, allowed: set[int],
                 reasons: dict[int, str], names: dict[int, str], errors: list[DomainError]) -> dict[int, str]:
    """Differences from the rules' proposal, each with its reason; problems go to ``errors``."""
    if len(chosen) > places:
        errors.append(DomainError("honours.over_places", kind, chosen=len(chosen), places=places))
    for sid in chosen:
        if sid not in allowed:
            errors.append(DomainError("honours.not_eligible", kind, name=names.get(sid, sid)))
    differing = (set(chosen) - set(proposal.selected)) | (set(proposal.selected) - set(chosen))
    out: dict[int, str] = {}
    for sid in sorted(differing):
        reason = (reasons.get(sid) or "").strip()
        if not reason:
            errors.append(DomainError("honours.reason_required", kind, name=names.get(sid, sid)))
        elif len(reason) > NOTE_MAX:
            errors.append(DomainError("too_long", kind, max=NOTE_MAX))
        out[sid] = reason
    return out


class HonoursService(Service):
    # -- window items --------------------------------------------------------------------------

    def window_items(self, month: str) -> list[WindowItems]:
        """Every window with its items for ``month`` (zeros where nothing was entered)."""
        self.require(RECORDS_READ, "honours.window_items")
        month_bounds(month)
        with self.ctx.connect() as c:
            rows = c.execute(text(
                "SELECT w.id, w.number, w.name, COALESCE(h.short_name, ''), m.cases_total, m.cases_on_time, "
                "m.complaints_upheld, m.deductions, m.note FROM service_window w "
                "LEFT JOIN home_unit h ON h.id = w.home_unit_id "
                "LEFT JOIN window_month m ON m.window_id = w.id AND m.month = :m ORDER BY w.number"),
                {"m": month}).all()
        return [WindowItems(r[0], r[1], r[2], r[3], r[4] or 0, r[5] or 0, r[6] or 0, float(r[7] or 0.0),
                            r[8] or "", r[4] is not None) for r in rows]

    def save_window_items(self, month: str, window_id: int, *, cases_total: int, cases_on_time: int,
                          complaints_upheld: int, deductions: float, note: str = "") -> WindowItems:
        """Enter or correct a window's items for ``month``; refused once the month's honours are
        confirmed or the month is published."""
        self.require(EVALUATION_WRITE, "honours.window_items.save", label=month)
        month_bounds(month)
        errors: list[DomainError] = []

        def count(name: str, value) -> int:
            try:
                n = int(str(value).strip())
            except ValueError:
                n = -1
            if n < 0:
                errors.append(DomainError("honours.bad_count", name, value=value))
            return max(n, 0)

        total = count("cases_total", cases_total)
        on_time = count("cases_on_time", cases_on_time)
        complaints = count("complaints_upheld", complaints_upheld)
        if on_time > total:
            errors.append(DomainError("honours.on_time_above_total", "cases_on_time", on_time=on_time, total=total))
        try:
            points = float(deductions)
            if math.isnan(points) or points < 0 or points > 100:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(DomainError("honours.bad_deductions", "deductions", value=deductions))
            points = 0.0
        note = (note or "").strip()
        if points > 0 and not note:
            errors.append(DomainError("honours.note_required", "note"))
        if len(note) > NOTE_MAX:
            errors.append(DomainError("too_long", "note", max=NOTE_MAX))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            self._refuse_if_frozen(s, month)
            w = s.execute(text("SELECT number, name FROM service_window WHERE id = :id"), {"id": window_id}).first()
            if w is None:
                raise DomainError("record.not_found", id=window_id)
            before = s.execute(text("SELECT cases_total, cases_on_time, complaints_upheld, deductions, note "
                                    "FROM window_month WHERE window_id = :w AND month = :m"),
                               {"w": window_id, "m": month}).first()
            values = {"w": window_id, "m": month, "t": total, "o": on_time, "c": complaints, "d": points,
                      "n": note, "u": self.ctx.actor.username, "at": datetime.now().isoformat(sep=" ")}
            s.execute(text(
                "INSERT INTO window_month (window_id, month, cases_total, cases_on_time, complaints_upheld, "
                "deductions, note, updated_by, updated_at) VALUES (:w, :m, :t, :o, :c, :d, :n, :u, :at) "
                "ON CONFLICT (month, window_id) DO UPDATE SET cases_total = excluded.cases_total, "
                "cases_on_time = excluded.cases_on_time, complaints_upheld = excluded.complaints_upheld, "
                "deductions = excluded.deductions, note = excluded.note, updated_by = excluded.updated_by, "
                "updated_at = excluded.updated_at"), values)
            keys = ("cases_total", "cases_on_time", "complaints_upheld", "deductions", "note")
            self.audit(s, "honours.window_items", None, record_type="window_month", record_id=f"{month}/{window_id}",
                       label=f"{month} {w.number} {w.name}",
                       before=dict(zip(keys, before)) if before else None,
                       after=dict(zip(keys, (total, on_time, complaints, points, note))))
        return next(i for i in self.window_items(month) if i.window_id == window_id)

    # -- confirming ----------------------------------------------------------------------------

    def proposal(self, month: str) -> Honours:
        """What the rules propose for ``month`` (the reviewer confirms or changes it)."""
        return EvaluationService(self.ctx).honours(month)

    def confirmed(self, month: str) -> ConfirmedHonours | None:
        self.require(RECORDS_READ, "honours.confirmed")
        with self.ctx.connect() as c:
            head = c.execute(text("SELECT confirmed_by, confirmed_at, chief_charges FROM honour_month "
                                  "WHERE month = :m"), {"m": month}).first()
            if head is None:
                return None
            rows = c.execute(text(
                "SELECT d.kind, COALESCE(d.staff_id, d.window_id), "
                "COALESCE(s.name, w.number || ' ' || w.name), d.score, d.by_rule, d.reason "
                "FROM honour_decision d LEFT JOIN staff s ON s.id = d.staff_id "
                "LEFT JOIN service_window w ON w.id = d.window_id WHERE d.month = :m "
                "ORDER BY d.kind, d.score DESC, d.id"), {"m": month}).all()
        picks = [HonourPick(r[0], r[1], r[2], float(r[3]), bool(r[4]), r[5] or "") for r in rows]
        at = head[1]
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        return ConfirmedHonours(month, head[0], at, tuple(p for p in picks if p.kind == "star"),
                                tuple(p for p in picks if p.kind == "red_flag"), int(head[2] or 0))

    def confirm(self, month: str, star_ids, red_flag_ids, reasons: dict[tuple[str, int], str] | None = None
                ) -> ConfirmedHonours:
        """Confirm the month's honours and book the chief representatives' charges.

        ``reasons`` maps ('star', staff id) / ('red_flag', window id) to the reason for every
        difference from the proposal."""
        self.require(APPROVE, "honours.confirm", label=month)
        month_bounds(month)
        reasons = reasons or {}
        stars, flags = list(dict.fromkeys(star_ids)), list(dict.fromkeys(red_flag_ids))
        h = self.proposal(month)
        t = self._template(month)
        errors: list[DomainError] = []
        with self.ctx.connect() as c:
            people = dict(c.execute(text("SELECT id, name FROM staff")).all())
        star_reasons = _picks_check("star", stars, h.stars, h.stars.places, set(h.eligible),
                                    {k[1]: v for k, v in reasons.items() if k[0] == "star"}, people, errors)
        window_scores = {f.window_id: f.total for f in h.windows}
        flag_reasons = _picks_check("red_flag", flags, h.red_flags, t.red_flag_count, set(window_scores),
                                    {k[1]: v for k, v in reasons.items() if k[0] == "red_flag"},
                                    {f.window_id: f"{f.number} {f.name}" for f in h.windows}, errors)
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            counts = dict(s.execute(text("SELECT state, COUNT(*) FROM evaluation_form WHERE month = :m "
                                         "GROUP BY state"), {"m": month}).all())
            if honours_confirmed(s, month):
                raise DomainError("honours.already_confirmed", "month", month=month)
            if not counts or set(counts) != {"submitted"}:
                raise DomainError("evaluation.state", "month", month=month, expected="submitted",
                                  found=", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "—")
            forms = dict(s.execute(text("SELECT staff_id, id FROM evaluation_form WHERE month = :m"),
                                   {"m": month}).all())
            now = datetime.now().isoformat(sep=" ")
            charged = []
            for f in h.windows:
                if not f.chief_charge or f.chief_staff_id not in forms:
                    continue
                reason = (f"窗口{f.number}（{f.name}）本月窗口扣分{f.window_deductions:g}分，"
                          f"首席代表按{t.chief_share:.0%}承担{f.chief_charge:g}分")
                s.execute(text("INSERT INTO evaluation_adjustment (form_id, category, points, reason, origin, "
                               "created_by, created_at) VALUES (:f, :c, :p, :r, :o, :u, :at)"),
                          {"f": forms[f.chief_staff_id], "c": CHIEF_SHARE, "p": -f.chief_charge, "r": reason,
                           "o": CHIEF_SHARE, "u": self.ctx.actor.username, "at": now})
                charged.append(f.chief_staff_id)
            for sid in dict.fromkeys(charged):
                retotal(s, forms[sid], t)
            s.execute(text("INSERT INTO honour_month (month, confirmed_by, confirmed_at, chief_charges) "
                           "VALUES (:m, :u, :at, :n)"),
                      {"m": month, "u": self.ctx.actor.username, "at": now, "n": len(charged)})
            rows = [{"m": month, "k": "star", "s": sid, "w": None, "score": h.star_totals.get(sid, 0.0),
                     "rule": sid in h.stars.selected, "r": star_reasons.get(sid, "")} for sid in stars]
            rows += [{"m": month, "k": "red_flag", "s": None, "w": wid, "score": window_scores[wid],
                      "rule": wid in h.red_flags.selected, "r": flag_reasons.get(wid, "")} for wid in flags]
            if rows:
                s.execute(text("INSERT INTO honour_decision (month, kind, staff_id, window_id, score, by_rule, reason) "
                               "VALUES (:m, :k, :s, :w, :score, :rule, :r)"), rows)
            self.audit(s, "honours.confirm", None, record_type="honour_month", record_id=month, label=month,
                       after={"stars": stars, "red_flags": flags, "chief_charges": len(charged),
                              "proposed_stars": list(h.stars.selected), "proposed_flags": list(h.red_flags.selected)},
                       detail="; ".join(f"{k}:{i} {r}" for k, d in (("star", star_reasons), ("red_flag", flag_reasons))
                                        for i, r in d.items()))
        return self.confirmed(month)  # type: ignore[return-value]

    def undo(self, month: str, reason: str) -> int:
        """Withdraw the confirmation before review: removes the decisions and the chief charges
        it booked (their number is returned)."""
        self.require(APPROVE, "honours.undo", label=month)
        reason = (reason or "").strip()
        if not reason:
            raise DomainError("evaluation.reason_required", "reason")
        with self.ctx.transaction() as s:
            if not honours_confirmed(s, month):
                raise DomainError("honours.not_confirmed", "month", month=month)
            states = {r[0] for r in s.execute(text("SELECT DISTINCT state FROM evaluation_form WHERE month = :m"),
                                              {"m": month})}
            if states - {"submitted"}:
                raise DomainError("honours.undo_too_late", "month", month=month)
            forms = [r[0] for r in s.execute(text(
                "SELECT DISTINCT a.form_id FROM evaluation_adjustment a JOIN evaluation_form f ON f.id = a.form_id "
                "WHERE f.month = :m AND a.origin = :o"), {"m": month, "o": CHIEF_SHARE})]
            n = s.execute(text("DELETE FROM evaluation_adjustment WHERE origin = :o AND form_id IN "
                               "(SELECT id FROM evaluation_form WHERE month = :m)"),
                          {"m": month, "o": CHIEF_SHARE}).rowcount
            t = self._template(month)
            for fid in forms:
                retotal(s, fid, t)
            s.execute(text("DELETE FROM honour_month WHERE month = :m"), {"m": month})
            self.audit(s, "honours.undo", None, record_type="honour_month", record_id=month, label=month,
                       after={"chief_charges_removed": n}, detail=reason)
        return n

    def _template(self, month: str):
        with self.ctx.connect() as c:
            tid = c.execute(text("SELECT template_id FROM evaluation_form WHERE month = :m LIMIT 1"),
                            {"m": month}).scalar()
        ts = TemplateService(self.ctx)
        return ts.get(tid).template if tid is not None else ts.active().template

    @staticmethod
    def _refuse_if_frozen(s, month: str) -> None:
        if honours_confirmed(s, month):
            raise DomainError("evaluation.honours_confirmed", "month", month=month)
        state = s.execute(text("SELECT state FROM evaluation_form WHERE month = :m AND state IN "
                               "('reviewed', 'published') LIMIT 1"), {"m": month}).scalar()
        if state:
            raise DomainError("evaluation.not_adjustable", "state", state=state)
