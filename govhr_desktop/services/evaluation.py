"""The monthly evaluation (DOMAIN.md §6, §6a): compute the forms of a month from the registers
and the citizen ratings, adjust them with a reason, move them through their states, rank them
and pick the month's honours.

Computing a month (``evaluate_month``) is set-based: one query for the people at the center, one
grouped query for the verified register quantities, one for the 好评率 counts, one for the
verified 差评 (staff fault), one for the existing adjustments; the forms are written with one
``INSERT … ON CONFLICT DO UPDATE … WHERE state = 'draft'`` executemany, so a form already
submitted, reviewed or published is never recomputed.

Decisions (shown to the user through the breakdown):

* **Who is evaluated**: everyone at the center during the month (joined on or before its last
  day, not left before its first day). A draft form of someone no longer in that set (e.g. the
  joining date was corrected) is deleted on recompute; forms in any other state are kept.
* **差评 that deduct**: level ≤ ``bad_rating_max_level``, rated in the month, not ``excluded``,
  with a ``bad_rating_case`` whose finding is ``staff_fault`` and whose appeal was not
  ``overturned``. A 差评 without a case (call-back not done) or with another finding does not
  deduct. They add to ``bad_rating`` entries typed into the registers by hand (both are listed
  by ``records_behind``; the clerk should not type a rating that is in the import as well).
* **好评率** = ratings at level ≥ ``good_rating_min_level`` / ratings not excluded; None without
  ratings.
* **Adjustments** change the total, not the automatic figures: total = automatic total + Σ
  adjustments, clamped to 0 .. base + bonus cap; the grade follows the total unless a veto forced
  it (a forced grade stays). They survive a recompute of a draft form.
* **States**: a whole month moves together: draft → submitted (EVALUATION_WRITE) → reviewed
  (APPROVE) → published (APPROVE). Review needs no draft left, publishing no draft or submitted
  left. A month with a published form is frozen: no recompute, no adjustment.
* **Window scores** (``honours``): the staff of a window are those with an assignment to it that
  overlaps the month; window 好评率 from ratings carrying the window; no window-level deductions,
  complaints or on-time rates are recorded yet, so those cost nothing (``score_window`` treats
  unknown rates as costing nothing). The points a window loses against its staff average are
  its "window deductions"; the chief representative of the window's home unit (appointment
  overlapping the month) is charged ``chief_share`` (50 %) of them. The charge is reported, not
  booked: the reviewer enters it as an adjustment with a reason if the center applies it.
* **优秀 quota**: monthly forms carry no 优秀 flag; the annual calibration (services/annual.py)
  proposes and checks the year's 优秀 list against floor(quota × number assessed).
* **Honours confirmation** (services/honours.py): the month's honours are confirmed between
  submit and review; confirming books the chief representatives' charges, and afterwards the
  month's forms are neither adjusted nor recomputed. Review needs the confirmation.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Hashable
from datetime import datetime

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import (
    BONUS,
    VETO,
    _r,
    score_person,
)
from govhr_desktop.domain.scoring_periods import (
    chief_share,
    red_flag_windows,
    score_window,
    service_stars,
)
from govhr_desktop.domain.security import APPROVE, EVALUATION_WRITE, RECORDS_READ
from govhr_desktop.services.base import Service
from govhr_desktop.services.templates import TemplateService

ADJUSTABLE_STATES = frozenset({"draft", "submitted"})
REASON_MAX = 500


from govhr_desktop.services.evaluation_views import (
    AdjustmentView,
    FormView,
    Honours,
    MonthResult,
    RankRow,
    SourceRecord,
    WindowFigure,
    _clamp,
    _competition_rank,
    _grade,
    breakdown_of,
    honours_confirmed,
    month_bounds,
    retotal,
)

# --- the service ------------------------------------------------------------------------------


class EvaluationService(Service):
    # -- computing a month ---------------------------------------------------------------------

    def evaluate_month(self, month: str) -> MonthResult:
        """Compute (or recompute) the draft forms of ``month`` for everyone at the center."""
        self.require(EVALUATION_WRITE, "evaluation.compute", label=month)
        first, last, nxt = month_bounds(month)
        tv = TemplateService(self.ctx).active()
        t = tv.template
        p = {"month": month, "first": first.isoformat(), "last": last.isoformat(), "next": nxt.isoformat(),
             "good": t.good_rating_min_level, "bad": t.bad_rating_max_level}
        with self.ctx.transaction() as s:
            states = dict(s.execute(text(
                "SELECT staff_id, state FROM evaluation_form WHERE month = :month"), p).all())
            if any(v == "published" for v in states.values()):
                raise DomainError("evaluation.published", "month", month=month)
            if honours_confirmed(s, month):
                raise DomainError("evaluation.honours_confirmed", "month", month=month)
            people = [r[0] for r in s.execute(text(
                "SELECT id FROM staff WHERE joined_center_on <= :last "
                "AND (left_center_on IS NULL OR left_center_on >= :first) ORDER BY id"), p)]
            present = set(people)
            register: dict[int, dict[str, float]] = defaultdict(dict)
            for sid, code, qty in s.execute(text(
                    "SELECT staff_id, item_code, SUM(quantity) FROM register_entry "
                    "WHERE verification = 'verified' AND occurred_on >= :first AND occurred_on <= :last "
                    "GROUP BY staff_id, item_code"), p):
                if sid in present:
                    register[sid][code] = float(qty)
            rated: dict[int, tuple[int, int, int]] = {}
            for sid, counted, good, excluded in s.execute(text(
                    "SELECT staff_id, SUM(excluded = 0), SUM(excluded = 0 AND level >= :good), SUM(excluded != 0) "
                    "FROM rating WHERE rated_at >= :first AND rated_at < :next AND staff_id IS NOT NULL "
                    "GROUP BY staff_id"), p):
                rated[sid] = (int(counted or 0), int(good or 0), int(excluded or 0))
            bad = dict(s.execute(text(
                "SELECT r.staff_id, COUNT(*) FROM bad_rating_case c JOIN rating r ON r.id = c.rating_id "
                "WHERE c.finding = 'staff_fault' AND COALESCE(c.appeal_outcome, '') != 'overturned' AND r.excluded = 0 "
                "AND r.level <= :bad AND r.rated_at >= :first AND r.rated_at < :next AND r.staff_id IS NOT NULL "
                "GROUP BY r.staff_id"), p).all())
            adjusted = dict(s.execute(text(
                "SELECT f.staff_id, SUM(a.points) FROM evaluation_adjustment a "
                "JOIN evaluation_form f ON f.id = a.form_id WHERE f.month = :month AND f.state = 'draft' "
                "GROUP BY f.staff_id"), p).all())

            now = datetime.now().isoformat(sep=" ")
            rows, kept, cache = [], 0, {}
            for sid in people:
                if states.get(sid, "draft") != "draft":
                    kept += 1
                    continue
                reg = register.get(sid, {})
                nbad = int(bad.get(sid, 0))
                counts = dict(reg)
                if nbad:
                    counts["bad_rating"] = counts.get("bad_rating", 0.0) + nbad
                counted, good, excluded = rated.get(sid, (0, 0, 0))
                good_rate = good / counted if counted else None
                key = (tuple(sorted(counts.items())), tuple(sorted(reg.items())), nbad, counted, good, excluded)
                hit = cache.get(key)
                if hit is None:
                    score = score_person(t, counts)
                    bd = breakdown_of(score, register=reg, rating_bad=nbad, good_rate=good_rate,
                                      ratings={"total": counted, "good": good, "bad_verified": nbad,
                                               "excluded": excluded})
                    hit = cache[key] = (score, bd, json.dumps(bd, ensure_ascii=False))
                score, bd, bd_json = hit
                adj = float(adjusted.get(sid) or 0.0)
                total = _clamp(t, score.total + adj) if adj else score.total
                rows.append({"staff_id": sid, "month": month, "template_id": tv.id, "total": total,
                             "grade": _grade(t, bd, total), "breakdown": bd_json, "good_rate": good_rate,
                             "computed_at": now})
            if rows:
                s.execute(text(
                    "INSERT INTO evaluation_form (staff_id, month, template_id, state, total, grade, breakdown, "
                    "good_rate, computed_at, submitted_by, reviewed_by, published_by) "
                    "VALUES (:staff_id, :month, :template_id, 'draft', :total, :grade, :breakdown, :good_rate, "
                    ":computed_at, '', '', '') "
                    "ON CONFLICT (month, staff_id) DO UPDATE SET template_id = excluded.template_id, "
                    "total = excluded.total, grade = excluded.grade, breakdown = excluded.breakdown, "
                    "good_rate = excluded.good_rate, computed_at = excluded.computed_at "
                    "WHERE evaluation_form.state = 'draft'"), rows)
            gone = [sid for sid, st in states.items() if st == "draft" and sid not in present]
            if gone:
                s.execute(text("DELETE FROM evaluation_form WHERE month = :month AND state = 'draft' "
                               "AND staff_id = :sid"), [{"month": month, "sid": sid} for sid in gone])
            res = MonthResult(month, tv.id, len(people), len(rows), kept, len(gone))
            self.audit(s, "evaluation.compute", None, record_type="evaluation_form", record_id=month,
                       label=f"{month} {tv.label}",
                       after={"people": res.people, "computed": res.computed, "kept": res.kept,
                              "removed": res.removed, "template_id": tv.id})
        return res

    # -- reading -------------------------------------------------------------------------------

    def _form_view(self, s, row) -> FormView:
        adjustments = tuple(AdjustmentView(*a) for a in s.execute(text(
            "SELECT id, category, points, reason, created_by, created_at FROM evaluation_adjustment "
            "WHERE form_id = :id ORDER BY id"), {"id": row.id}))
        bd = json.loads(row.breakdown) if row.breakdown else {}
        return FormView(row.id, row.staff_id, row.name, row.month, row.state, row.template_id, row.total,
                        bd.get("automatic_total", row.total), row.grade, row.good_rate, bd, adjustments,
                        row.computed_at, row.submitted_by or "", row.reviewed_by or "", row.published_by or "")

    _FORM_SQL = ("SELECT f.id, f.staff_id, s.name, f.month, f.state, f.template_id, f.total, f.grade, f.good_rate, "
                 "f.breakdown, f.computed_at, f.submitted_by, f.reviewed_by, f.published_by "
                 "FROM evaluation_form f JOIN staff s ON s.id = f.staff_id ")

    def form(self, staff_id: int, month: str) -> FormView | None:
        """One person's form of a month with its breakdown and adjustments (None: not computed)."""
        self.require(RECORDS_READ, "evaluation.form")
        month_bounds(month)
        with self.ctx.read() as s:
            row = s.execute(text(self._FORM_SQL + "WHERE f.staff_id = :sid AND f.month = :month"),
                            {"sid": staff_id, "month": month}).first()
            return None if row is None else self._form_view(s, row)

    def forms(self, month: str) -> dict[int, FormView]:
        """Every form of a month by staff id, in two queries (the list page's one fetch)."""
        self.require(RECORDS_READ, "evaluation.form")
        month_bounds(month)
        with self.ctx.read() as s:
            rows = s.execute(text(self._FORM_SQL + "WHERE f.month = :month"), {"month": month}).all()
            adjustments: dict[int, list[AdjustmentView]] = {}
            for a in s.execute(text(
                    "SELECT a.form_id, a.id, a.category, a.points, a.reason, a.created_by, a.created_at "
                    "FROM evaluation_adjustment a JOIN evaluation_form f ON f.id = a.form_id "
                    "WHERE f.month = :month ORDER BY a.id"), {"month": month}):
                adjustments.setdefault(a[0], []).append(AdjustmentView(*a[1:]))
        out = {}
        for row in rows:
            bd = json.loads(row.breakdown) if row.breakdown else {}
            out[row.staff_id] = FormView(
                row.id, row.staff_id, row.name, row.month, row.state, row.template_id, row.total,
                bd.get("automatic_total", row.total), row.grade, row.good_rate, bd,
                tuple(adjustments.get(row.id, ())), row.computed_at, row.submitted_by or "",
                row.reviewed_by or "", row.published_by or "")
        return out

    def form_by_id(self, form_id: int) -> FormView:
        self.require(RECORDS_READ, "evaluation.form")
        with self.ctx.read() as s:
            row = s.execute(text(self._FORM_SQL + "WHERE f.id = :id"), {"id": form_id}).first()
            if row is None:
                raise DomainError("record.not_found", id=form_id)
            return self._form_view(s, row)

    def records_behind(self, form_id: int, category: str) -> list[SourceRecord]:
        """The register entries and ratings behind an automatic figure of a form.

        ``category``: a scoring category of the form's template (e.g. 'discipline', 'rating'),
        'bonus', 'veto', or 'good_rate' (every rating of the month, excluded ones flagged)."""
        self.require(RECORDS_READ, "evaluation.records_behind")
        with self.ctx.read() as s:
            f = s.execute(text("SELECT staff_id, month, template_id FROM evaluation_form WHERE id = :id"),
                          {"id": form_id}).first()
            if f is None:
                raise DomainError("record.not_found", id=form_id)
            t = TemplateService(self.ctx).get(f.template_id).template
            first, last, nxt = month_bounds(f.month)
            p = {"sid": f.staff_id, "first": first.isoformat(), "last": last.isoformat(), "next": nxt.isoformat(),
                 "bad": t.bad_rating_max_level}
            out: list[SourceRecord] = []
            if category == "good_rate":
                for r in s.execute(text(
                        "SELECT id, rated_at, level, comment, excluded FROM rating WHERE staff_id = :sid "
                        "AND rated_at >= :first AND rated_at < :next ORDER BY rated_at, id"), p):
                    out.append(SourceRecord("rating", r.id, str(r.rated_at), "rating", 1.0, r.comment or "",
                                            int(r.level), bool(r.excluded)))
                return out
            if category not in t.categories_by_code and category not in (BONUS, VETO):
                raise DomainError("evaluation.unknown_category", "category", category=category)
            codes = [i.code for i in t.items if i.category == category]
            if codes:
                marks = ", ".join(f":c{i}" for i in range(len(codes)))
                p.update({f"c{i}": c for i, c in enumerate(codes)})
                for r in s.execute(text(
                        "SELECT id, occurred_on, item_code, quantity, content FROM register_entry "
                        "WHERE staff_id = :sid AND verification = 'verified' AND occurred_on >= :first "
                        f"AND occurred_on <= :last AND item_code IN ({marks}) ORDER BY occurred_on, id"), p):
                    out.append(SourceRecord("register", r.id, str(r.occurred_on), r.item_code, float(r.quantity),
                                            r.content or ""))
            if "bad_rating" in codes:
                for r in s.execute(text(
                        "SELECT r.id, r.rated_at, r.level, r.comment, c.finding FROM bad_rating_case c "
                        "JOIN rating r ON r.id = c.rating_id WHERE r.staff_id = :sid AND c.finding = 'staff_fault' "
                        "AND COALESCE(c.appeal_outcome, '') != 'overturned' AND r.excluded = 0 AND r.level <= :bad "
                        "AND r.rated_at >= :first AND r.rated_at < :next ORDER BY r.rated_at, r.id"), p):
                    out.append(SourceRecord("rating", r.id, str(r.rated_at), "bad_rating", 1.0, r.comment or "",
                                            int(r.level), False, r.finding))
            return out

    def month_ranking(self, month: str) -> list[RankRow]:
        """The month's forms ranked by total, highest first (equal totals share a rank)."""
        self.require(RECORDS_READ, "evaluation.ranking")
        month_bounds(month)
        with self.ctx.connect() as c:
            rows = c.execute(text(
                "SELECT f.staff_id, s.name, COALESCE(h.short_name, ''), f.total, f.grade, f.state "
                "FROM evaluation_form f JOIN staff s ON s.id = f.staff_id "
                "LEFT JOIN home_unit h ON h.id = s.home_unit_id WHERE f.month = :month "
                "ORDER BY f.total DESC, s.name, f.staff_id"), {"month": month}).all()
        ranks = _competition_rank([(r[0], _r(r[3])) for r in rows])
        return [RankRow(k, r[0], r[1], r[2], r[3], r[4], r[5]) for k, r in zip(ranks, rows)]

    # -- adjusting -----------------------------------------------------------------------------

    def adjust(self, form_id: int, category: str, points: float, reason: str) -> FormView:
        """A manual change to a form's total, with its reason (draft or submitted forms only)."""
        self.require(EVALUATION_WRITE, "evaluation.adjust")
        reason = (reason or "").strip()
        if not reason:
            raise DomainError("evaluation.reason_required", "reason")
        if len(reason) > REASON_MAX:
            raise DomainError("too_long", "reason", max=REASON_MAX)
        try:
            pts = float(points)
        except (TypeError, ValueError):
            raise DomainError("evaluation.points", "points", value=points) from None
        if pts == 0 or math.isnan(pts) or abs(pts) > 100:
            raise DomainError("evaluation.points", "points", value=points)
        with self.ctx.transaction() as s:
            f = s.execute(text("SELECT id, staff_id, month, state, template_id, total, grade, breakdown "
                               "FROM evaluation_form WHERE id = :id"), {"id": form_id}).first()
            if f is None:
                raise DomainError("record.not_found", id=form_id)
            if f.state == "published" or s.execute(text(
                    "SELECT 1 FROM evaluation_form WHERE month = :m AND state = 'published' LIMIT 1"),
                    {"m": f.month}).first():
                raise DomainError("evaluation.published", "month", month=f.month)
            if f.state not in ADJUSTABLE_STATES:
                raise DomainError("evaluation.not_adjustable", "state", state=f.state)
            if honours_confirmed(s, f.month):
                raise DomainError("evaluation.honours_confirmed", "month", month=f.month)
            t = TemplateService(self.ctx).get(f.template_id).template
            if category not in t.categories_by_code and category not in (BONUS, VETO):
                raise DomainError("evaluation.unknown_category", "category", category=category)
            s.execute(text("INSERT INTO evaluation_adjustment (form_id, category, points, reason, created_by, "
                           "created_at) VALUES (:f, :c, :p, :r, :u, :at)"),
                      {"f": form_id, "c": category, "p": pts, "r": reason, "u": self.ctx.actor.username,
                       "at": datetime.now().isoformat(sep=" ")})
            total, grade = retotal(s, form_id, t)
            self.audit(s, "evaluation.adjust", None, record_type="evaluation_form", record_id=form_id,
                       label=f"{f.month} #{f.staff_id} {category} {pts:+g}",
                       before={"total": f.total, "grade": f.grade},
                       after={"total": total, "grade": grade, "category": category, "points": pts},
                       detail=reason)
        return self.form_by_id(form_id)

    # -- states --------------------------------------------------------------------------------

    def _move(self, month: str, permission: str, action: str, src: str, dst: str, blockers: tuple[str, ...],
              stamp: str, *, needs_honours: bool = False) -> int:
        self.require(permission, action, label=month)
        month_bounds(month)
        with self.ctx.transaction() as s:
            counts = dict(s.execute(text("SELECT state, COUNT(*) FROM evaluation_form WHERE month = :m "
                                         "GROUP BY state"), {"m": month}).all())
            if counts.get("published"):
                raise DomainError("evaluation.published", "month", month=month)
            waiting = sum(counts.get(b, 0) for b in blockers)
            if not counts.get(src) or waiting:
                raise DomainError("evaluation.state", "month", month=month, expected=src,
                                  found=", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "—")
            if needs_honours and not honours_confirmed(s, month):
                raise DomainError("evaluation.honours_not_confirmed", "month", month=month)
            extra = ", published_at = :at" if dst == "published" else ""
            n = s.execute(text(f"UPDATE evaluation_form SET state = :dst, {stamp} = :u{extra} "
                               "WHERE month = :m AND state = :src"),
                          {"dst": dst, "src": src, "u": self.ctx.actor.username, "m": month,
                           "at": datetime.now().isoformat(sep=" ")}).rowcount
            self.audit(s, action, None, record_type="evaluation_form", record_id=month, label=month,
                       before={"state": src}, after={"state": dst, "forms": n})
        return n

    def submit(self, month: str) -> int:
        """draft → submitted for every draft form of the month; the number moved."""
        return self._move(month, EVALUATION_WRITE, "evaluation.submit", "draft", "submitted", (), "submitted_by")

    def review(self, month: str) -> int:
        """submitted → reviewed (leader); refused while drafts are left or before the month's
        honours (and with them the chief representatives' charges) are confirmed."""
        return self._move(month, APPROVE, "evaluation.review", "submitted", "reviewed", ("draft",), "reviewed_by",
                          needs_honours=True)

    def publish(self, month: str) -> int:
        """reviewed → published (leader); refused while drafts or submitted forms are left. The
        month is frozen afterwards."""
        return self._move(month, APPROVE, "evaluation.publish", "reviewed", "published", ("draft", "submitted"),
                          "published_by")

    # -- honours -------------------------------------------------------------------------------

    def honours(self, month: str) -> Honours:
        """服务之星 and 流动红旗窗口 of the month by the rules (see the module docstring)."""
        self.require(RECORDS_READ, "evaluation.honours")
        first, last, nxt = month_bounds(month)
        p = {"m": month, "first": first.isoformat(), "last": last.isoformat(), "next": nxt.isoformat()}
        with self.ctx.connect() as c:
            forms = c.execute(text("SELECT staff_id, total, breakdown, template_id FROM evaluation_form "
                                   "WHERE month = :m"), p).all()
            t = self._template_of(forms[0][3] if forms else None)
            p["good"] = t.good_rating_min_level
            booked = dict(c.execute(text(
                "SELECT f.staff_id, SUM(a.points) FROM evaluation_adjustment a JOIN evaluation_form f "
                "ON f.id = a.form_id WHERE f.month = :m AND a.origin = 'chief_share' GROUP BY f.staff_id"), p).all())
            # window scores use the totals before any chief charge, so booking them changes nothing here
            totals = {r[0]: _r(float(r[1]) - float(booked.get(r[0]) or 0.0)) for r in forms}
            eligible = frozenset(r[0] for r in forms if json.loads(r[2] or "{}").get("star_eligible"))
            staff_of: dict[int, list[int]] = defaultdict(list)
            for wid, sid in c.execute(text(
                    "SELECT DISTINCT window_id, staff_id FROM assignment WHERE start_on <= :last "
                    "AND (end_on IS NULL OR end_on >= :first) ORDER BY window_id, staff_id"), p):
                staff_of[wid].append(sid)
            rates = {w: (n, g) for w, n, g in c.execute(text(
                "SELECT window_id, SUM(excluded = 0), SUM(excluded = 0 AND level >= :good) FROM rating "
                "WHERE rated_at >= :first AND rated_at < :next AND window_id IS NOT NULL GROUP BY window_id"), p)}
            items = {r[0]: r[1:] for r in c.execute(text(
                "SELECT window_id, cases_total, cases_on_time, complaints_upheld, deductions FROM window_month "
                "WHERE month = :m"), p)}
            windows = c.execute(text("SELECT id, number, name, home_unit_id FROM service_window ORDER BY number")).all()
            chiefs = dict(c.execute(text(
                "SELECT home_unit_id, staff_id FROM chief_representative WHERE start_on <= :last "
                "AND (end_on IS NULL OR end_on >= :first) ORDER BY start_on, id"), p).all())
        figures: list[WindowFigure] = []
        scores: dict[Hashable, float] = {}
        charges: dict[int, float] = defaultdict(float)
        for wid, number, name, unit in windows:
            sids = [sid for sid in staff_of.get(wid, ()) if sid in totals]
            if not sids:
                continue  # a window nobody was scored at is not ranked
            n, g = rates.get(wid, (0, 0))
            good_rate = (g / n) if n else None
            cases, on_time, complaints, deductions = items.get(wid, (0, 0, 0, 0.0))
            on_time_rate = (on_time / cases) if cases else None
            ws = score_window([totals[sid] for sid in sids], float(deductions or 0.0), on_time_rate=on_time_rate,
                              good_rate=good_rate, complaints=int(complaints or 0), template=t)
            lost = _r(max(0.0, (ws.staff_average or t.base) - ws.total))
            chief = chiefs.get(unit) if unit is not None else None
            charge = chief_share(lost, t) if chief is not None and chief in totals else 0.0
            if charge:
                charges[chief] += charge
            figures.append(WindowFigure(wid, number, name, tuple(sids), ws.staff_average, good_rate, ws.total, lost,
                                        chief, charge, on_time_rate, int(complaints or 0), float(deductions or 0.0)))
            scores[wid] = ws.total
        star_totals = {sid: _clamp(t, v - charges.get(sid, 0.0)) for sid, v in totals.items()}
        stars = service_stars(star_totals, eligible, t)
        return Honours(month, stars, red_flag_windows(scores, t.red_flag_count), tuple(figures), star_totals,
                       eligible)

    def _template_of(self, template_id: int | None):
        """The template a month was scored with (the active one when nothing is scored yet)."""
        ts = TemplateService(self.ctx)
        tv = ts.active()
        return tv.template if template_id in (None, tv.id) else ts.get(template_id).template
