"""Building the evaluation sheet data (``SheetData``) from published forms: the labels of
catalogue items and categories, one month's sheet, a quarter's sheet (the months side by side)
and the leave figures of a period. Pure functions over rows already read by
``evaluation_reports.EvaluationReportService``; no database access here."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from govhr_desktop.documents.evaluation_sheet import (
    AdjustmentLine,
    CategoryScore,
    ItemLine,
    LeaveFigure,
    MonthLine,
    RatingFigures,
    SheetData,
    VetoLine,
)
from govhr_desktop.documents.reports import fmt_points
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import Template, _r
from govhr_desktop.services.leave import LEAVE_TYPE

if TYPE_CHECKING:
    from govhr_desktop.services.evaluation_reports import _Period

CHIEF_SHARE = "chief_share"
_WINDOW_IN_REASON = re.compile(r"窗口([A-Za-z0-9]+)")


def _month_word(month: str) -> str:
    return f"{int(month[5:7])}月"


def _d(v) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


# --- labels -----------------------------------------------------------------------------------


def _item(code: str) -> tuple[str, str]:
    """(Chinese label, unit) of a catalogue item; a custom template's code prints as itself."""
    it = ITEMS_BY_CODE.get(code)
    return (it.zh, it.unit) if it else (code, "次")


def _category_label(code: str) -> str:
    if code == CHIEF_SHARE:
        return "首席代表分担窗口扣分"
    c = CATEGORIES_BY_CODE.get(code)
    return c.zh if c else code


def _veto_label(code: str) -> str:
    return _item(code)[0].split("（")[0]


# --- building the sheet data ------------------------------------------------------------------


def _items(lines, month: str = "") -> tuple[ItemLine, ...]:
    out = []
    for i in lines or ():
        label, unit = _item(i["code"])
        out.append(ItemLine(label, float(i["quantity"]), unit, float(i["points"]), float(i["amount"]),
                            _month_word(month) if month else ""))
    return tuple(out)


def _vetoes(bd: dict, t: Template, month: str = "") -> list[VetoLine]:
    veto = bd.get("veto") or {}
    register = (bd.get("sources") or {}).get("register") or {}
    out = []
    rules = t.vetoes_by_code
    for code in veto.get("items") or ():
        qty = float(register.get(code, 1.0))
        rule = rules.get(code)
        notes = []
        if rule is not None and rule.no_honours:
            notes.append("当年不得评优")
        if rule is not None and rule.forced_grade:
            notes.append(f"等次定为{rule.forced_grade}")
        out.append(VetoLine(_veto_label(code), qty, _r((rule.points if rule else 0.0) * qty), "，".join(notes),
                            _month_word(month) if month else ""))
    return out


def _ratings(bds: list[dict]) -> RatingFigures:
    total = good = own = excluded = 0
    for bd in bds:
        r = bd.get("ratings") or {}
        total += int(r.get("total") or 0)
        good += int(r.get("good") or 0)
        own += int(r.get("bad_verified") or 0)
        excluded += int(r.get("excluded") or 0)
    return RatingFigures(total, good, total - good, own, excluded)


def _adjustments(rows, month: str = "") -> tuple[AdjustmentLine, ...]:
    """The adjustments of a form in the order made; the chief representative's charges (one per
    window of the unit) are summed into one line naming the windows, so the sheet stays one page."""
    word = _month_word(month) if month else ""
    out: list[AdjustmentLine] = []
    chief = [(pts, reason) for cat, pts, reason in rows if cat == CHIEF_SHARE]
    for cat, pts, reason in rows:
        if cat != CHIEF_SHARE or len(chief) == 1:
            out.append(AdjustmentLine(_category_label(cat), pts, reason, word))
    if len(chief) > 1:
        numbers = [m.group(1) for _pts, reason in chief if (m := _WINDOW_IN_REASON.search(reason))]
        where = f"窗口{'、'.join(numbers)}" if len(numbers) == len(chief) else f"{len(chief)}个窗口"
        total = _r(sum(pts for pts, _reason in chief))
        out.append(AdjustmentLine(_category_label(CHIEF_SHARE), total,
                                  f"{where}本月窗口扣分，首席代表按比例承担，合计{fmt_points(-total)}分", word))
    return tuple(out)


def _month_sheet(common: dict, f, t: Template, adj_rows, rank: int | None, ranked: int) -> SheetData:
    bd = json.loads(f.breakdown or "{}")
    cats = []
    attendance: tuple[ItemLine, ...] = ()
    for c in bd.get("categories") or ():
        items = _items(c.get("items"))
        cats.append(CategoryScore(_category_label(c["code"]), float(c["weight"]), float(c["raw"]),
                                  float(c["capped"]), items))
        if c["code"] == "discipline":
            attendance = items
    bonus = bd.get("bonus") or {}
    vetoes = _vetoes(bd, t, "")
    adjustments = _adjustments(adj_rows)
    veto_points = float((bd.get("veto") or {}).get("points") or 0.0)
    neg = sum(-a.points for a in adjustments if a.points < 0)
    pos = sum(a.points for a in adjustments if a.points > 0)
    forced = (bd.get("veto") or {}).get("forced_grade")
    return SheetData(
        **common, base=float(bd.get("base", t.base)), categories=tuple(cats), bonus_cap=t.bonus_cap,
        bonus_raw=float(bonus.get("raw") or 0.0), bonus=float(bonus.get("capped") or 0.0),
        bonus_items=_items(bonus.get("items")), vetoes=tuple(vetoes), adjustments=adjustments, months=(),
        ratings=_ratings([bd]), attendance=attendance, total=float(f.total), grade=f.grade,
        grade_note=f"一票否决，等次定为{forced}" if forced else "", rank=rank, ranked=ranked,
        deducted_total=_r(float(bd.get("deductions") or 0.0) + veto_points + neg),
        added_total=_r(float(bonus.get("capped") or 0.0) + pos))


def _quarter_sheet(common: dict, forms, templates: dict[int, Template], adjustments: dict[int, list],
                   month_rank: dict, p: _Period, average: float | None, band: str, rank: int | None,
                   ranked: int) -> SheetData:
    by_month = {f.month: f for f in forms}
    cats: dict[str, list] = {}
    weights: dict[str, float] = {}
    raw: dict[str, float] = defaultdict(float)
    capped: dict[str, float] = defaultdict(float)
    bonus_items: list[ItemLine] = []
    vetoes: list[VetoLine] = []
    adj: list[AdjustmentLine] = []
    attendance: list[ItemLine] = []
    months: list[MonthLine] = []
    bds = []
    bonus_raw = bonus = 0.0
    forced_months = []
    t_last = templates[forms[-1].template_id]
    for month in p.months:
        f = by_month.get(month)
        if f is None:
            months.append(MonthLine(_month_word(month), None, None, None, None, None, "", None))
            continue
        t = templates[f.template_id]
        bd = json.loads(f.breakdown or "{}")
        bds.append(bd)
        for c in bd.get("categories") or ():
            items = _items(c.get("items"), month)
            cats.setdefault(c["code"], []).extend(items)
            weights.setdefault(c["code"], float(c["weight"]))
            raw[c["code"]] += float(c["raw"])
            capped[c["code"]] += float(c["capped"])
            if c["code"] == "discipline":
                attendance.extend(items)
        b = bd.get("bonus") or {}
        bonus_items.extend(_items(b.get("items"), month))
        bonus_raw += float(b.get("raw") or 0.0)
        bonus += float(b.get("capped") or 0.0)
        vetoes.extend(_vetoes(bd, t, month))
        a = _adjustments(adjustments.get(f.id, ()), month)
        adj.extend(a)
        veto = bd.get("veto") or {}
        if veto.get("forced_grade"):
            forced_months.append(_month_word(month))
        months.append(MonthLine(_month_word(month), float(bd.get("deductions") or 0.0),
                                float(b.get("capped") or 0.0), float(veto.get("points") or 0.0),
                                _r(sum(x.points for x in a)), float(f.total), f.grade,
                                month_rank.get((month, f.staff_id))))
    categories = tuple(CategoryScore(_category_label(code), weights[code], _r(raw[code]), _r(capped[code]),
                                     tuple(items)) for code, items in cats.items())
    return SheetData(
        **common, base=t_last.base, categories=categories, bonus_cap=t_last.bonus_cap, bonus_raw=_r(bonus_raw),
        bonus=_r(bonus), bonus_items=tuple(bonus_items), vetoes=tuple(vetoes), adjustments=tuple(adj),
        months=tuple(months), ratings=_ratings(bds), attendance=tuple(attendance),
        total=average if average is not None else 0.0, grade=band,
        grade_note=f"{'、'.join(forced_months)}一票否决" if forced_months else "", rank=rank, ranked=ranked)


def _leave_figures(rows, p: _Period, calendar) -> tuple[LeaveFigure, ...]:
    """Working days of approved leave inside the period, per type in the vocabulary's order."""
    days: dict[str, float] = defaultdict(float)
    for leave_type, start, start_half, end, end_half, status, returned_on in rows:
        start, end, returned_on = _d(start), _d(end), _d(returned_on)
        if status == "returned" and returned_on is not None and returned_on <= end:
            end, end_half = returned_on - timedelta(days=1), "pm"  # back early: the leave ended the day before
        if start < p.first:
            start, start_half = p.first, "am"
        if end > p.last:
            end, end_half = p.last, "pm"
        if end < start:
            continue
        days[leave_type] += calendar.leave_days(start, start_half, end, end_half)
    order = {code: i for i, code in enumerate(LEAVE_TYPE.codes())}
    return tuple(LeaveFigure(LEAVE_TYPE.label(code) if code in LEAVE_TYPE else code, _r(n))
                 for code, n in sorted(days.items(), key=lambda kv: order.get(kv[0], 99)) if n > 0)
