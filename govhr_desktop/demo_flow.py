"""Demo data for the personnel flow: leave in every state, people proposed by home units and a
transfer request, so the pages and the home page of the demo center show real work to do."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.workdays import WorkCalendar

_LEAVE = text(
    "INSERT INTO leave_request (staff_id, leave_type, start_on, start_half, end_on, end_half, working_days, reason,"
    " status, created_by, unit_signed_by, unit_signed_on, center_approved_by, center_approved_on, decision_reason,"
    " handover_to_id, substitute_name, handover_confirmed, returned_on) VALUES (:staff_id, :leave_type, :start_on,"
    " 'am', :end_on, 'pm', :days, :reason, :status, 'renshi', :signed_by, :signed_on, :approved_by, :approved_on,"
    " '', :cover, :substitute, :handover, NULL)")
_REASONS = {"personal": "家中有事需处理", "annual": "休年休假", "sick": "急性肠胃炎，附县医院诊断证明",
            "training": "参加市局业务培训"}
_PROPOSED = (("唐诗韵", "F", 1997, "agency"), ("冯志远", "M", 1994, "contract"))


def add_personnel_flow(conn, rng: random.Random, today: date) -> None:
    cal = WorkCalendar(dict(conn.execute(text("SELECT day, kind FROM calendar_day")).all()))
    people = conn.execute(text(
        "SELECT s.id, s.status, s.home_unit_id, s.window_id, s.joined_center_on FROM staff s "
        "WHERE s.status != 'returned' ORDER BY s.id")).all()
    colleagues: dict[int, list[int]] = {}
    for p in people:
        if p.window_id:
            colleagues.setdefault(p.window_id, []).append(p.id)

    def cover_for(p) -> int | None:
        others = [c for c in colleagues.get(p.window_id, []) if c != p.id]
        return others[0] if others else None

    def leave(p, kind: str, start: date, end: date, status: str) -> None:
        signed = status in ("unit_signed", "approved")
        cover = cover_for(p)
        conn.execute(_LEAVE, dict(
            staff_id=p.id, leave_type=kind, start_on=start, end_on=end,
            days=cal.leave_days(start, "am", end, "pm"), reason=_REASONS[kind], status=status,
            signed_by="单位负责人" if signed else "", signed_on=start - timedelta(days=2) if signed else None,
            approved_by="lingdao" if status == "approved" else "",
            approved_on=start - timedelta(days=1) if status == "approved" else None,
            cover=cover if status == "approved" else None,
            substitute="" if cover or status != "approved" else "单位临时派员",
            handover=status == "approved"))

    on_leave = [p for p in people if p.status == "on_leave"]
    for p in on_leave:  # those marked on leave: approved leave running today
        start = today - timedelta(days=rng.randint(0, 3))
        leave(p, rng.choice(("personal", "annual", "sick")), start, today + timedelta(days=rng.randint(1, 6)), "approved")
    others = [p for p in people if p.status == "on_duty" and p.window_id]
    picked = rng.sample(others, 5)
    late = picked[0]  # approved leave that ended, not back yet: overdue
    leave(late, "personal", today - timedelta(days=6), today - timedelta(days=3), "approved")
    nxt = cal.next_working_day(today)
    leave(picked[1], "annual", nxt + timedelta(days=7), nxt + timedelta(days=9), "filed")
    leave(picked[2], "training", nxt + timedelta(days=2), nxt + timedelta(days=3), "unit_signed")
    leave(picked[3], "personal", nxt, nxt, "filed")

    units = [u for (u,) in conn.execute(text("SELECT id FROM home_unit ORDER BY id LIMIT 6"))]
    for i, (name, gender, year, emp) in enumerate(_PROPOSED):
        seq = 2 * rng.randint(100, 400) + (1 if gender == "M" else 0)
        first17 = f"341522{year}0{rng.randint(1, 9)}1{rng.randint(0, 8)}{seq:03d}"
        conn.execute(text(
            "INSERT INTO vetting (home_unit_id, name, id_number, mobile, employment_type, political_status, education,"
            " proposed_on, political_quality, business_ability, physical_condition, remarks, decision, decided_by,"
            " decision_reason) VALUES (:u, :name, :idn, '', :emp, 'league', 'bachelor', :on, :pq, :ba, :pc, '',"
            " 'pending', '', '')"),
            dict(u=units[i + 2], name=name, idn=first17 + id_check_char(first17), emp=emp,
                 on=today - timedelta(days=3 + i), pq="政治立场坚定，遵纪守法" if i == 0 else "",
                 ba="熟悉本单位审批业务" if i == 0 else "", pc="身体健康" if i == 0 else ""))
    leaving = picked[4]
    requested = cal.add_working_days(today, 5)  # short notice on purpose: the warning shows
    conn.execute(text(
        "INSERT INTO transfer_request (kind, home_unit_id, staff_id, filed_on, requested_on, reason, early_reason,"
        " replacement_name, decision, decided_by, decision_reason, created_by) VALUES ('replace', :u, :s, :f, :r,"
        " '单位业务调整，拟调回局机关', :early, '唐诗韵', 'pending', '', '', 'renshi')"),
        dict(u=leaving.home_unit_id, s=leaving.id, f=today, r=requested,
             early="工作需要" if (requested - date.fromisoformat(str(leaving.joined_center_on)[:10])).days < 730 else ""))
