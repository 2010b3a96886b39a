"""The demo center's duty data (issue 8): this year's rosters generated month by month on the
demo posts, with no hard-rule violations, every cell filled, fairness within 1 per pool and
month, and the carried-over year counts evening out."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from govhr_desktop.domain.roster import generate
from govhr_desktop.services.rosters import RosterService
from govhr_desktop.services.roster_inputs import month_calendar, people_for_month


def test_demo_rosters_are_complete_and_legal(demo_ctx):
    svc = RosterService(demo_ctx)
    today = date.today()
    view = svc.month(today.year, today.month)
    assert view.status == "published" and view.revision >= 1
    assert view.violations == () and len(view.cells) == view.slots_total > 0
    assert any(c.kind == "swap" and c.reason for c in svc.changes(today.year, today.month))
    assert view.leaders and all(view.leaders.get(d.day) for d in view.days if d.kind == "workday")
    nxt = (today.year + (today.month == 12), today.month % 12 + 1)
    assert svc.month(*nxt).status == "draft"


def test_generation_on_the_demo_center_is_fair(demo_ctx):
    """Regenerating this month from the stored year so far: spread ≤ 1 in every pool, and the
    year totals of the lunch pools stay close (the carry-over works)."""
    from govhr_desktop.services.duty_posts import DutyPostService

    today = date.today()
    posts = DutyPostService(demo_ctx).domain_posts(today.year, today.month)
    with demo_ctx.connect() as c:
        from sqlalchemy import text

        types = dict(c.execute(text("SELECT id, duty_type FROM duty_post")).all())
    people, _info = people_for_month(demo_ctx, today.year, today.month, types)
    result = generate(month_calendar(demo_ctx, today.year, today.month), posts, people,
                      DutyPostService(demo_ctx).rules())
    assert result.violations == () and result.unfilled == ()
    assert result.spread() <= 1
    # the year so far: among those at the center since 1 January, totals per pool within 1
    # (newcomers have fewer, rightly)
    by_id = {p.id: p for p in people}
    kind_of = {p.id: p.kind for p in posts}
    month = defaultdict(int)
    for a in result.assignments:
        month[(a.person_id, kind_of[a.post_id])] += 1
    for pool in result.pools:
        full = [m for m in pool.person_ids if by_id[m].start_on <= date(today.year, 1, 1)]
        totals = [by_id[m].ytd_kind(pool.kind) + month[(m, pool.kind)] for m in full]
        if totals:
            assert max(totals) - min(totals) <= 1, (pool.kind, pool.post_ids, sorted(totals))
