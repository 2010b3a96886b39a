from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.services.attention import AttentionService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.timeline import TimelineService


def add_leave(ctx, staff_id, start, end, status="approved", returned_on=None):
    with ctx.db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO leave_request (staff_id, leave_type, start_on, start_half, end_on, end_half, working_days,"
            " reason, status, created_by, unit_signed_by, center_approved_by, decision_reason, substitute_name,"
            " handover_confirmed, returned_on) VALUES (:s, 'personal', :a, 'am', :b, 'pm', 1, '', :st, 'x', '', '', '',"
            " '', 1, :r)"), {"s": staff_id, "a": start, "b": end, "st": status, "r": returned_on})


def test_attention_lists_what_needs_doing_today(demo_ctx):
    today = date(2026, 11, 23)
    svc = AttentionService(demo_ctx)
    base = svc.today(today)  # (the demo center already has some leave running)
    # the only two people of a window both on leave: nobody present there
    window_people = {}
    with demo_ctx.db.engine.connect() as c:
        for wid, sid, number in c.execute(text(
                "SELECT a.window_id, a.staff_id, w.number FROM assignment a JOIN service_window w ON w.id = a.window_id "
                "WHERE a.end_on IS NULL")):
            window_people.setdefault((wid, number), []).append(sid)
    (wid, number), people = next((k, v) for k, v in window_people.items()
                                 if len(v) == 1 and k[1] not in base.uncovered_windows)
    add_leave(demo_ctx, people[0], today, today + timedelta(days=2))
    other = next(v[0] for k, v in window_people.items() if len(v) > 1 and k[1] != number)
    add_leave(demo_ctx, other, today - timedelta(days=5), today - timedelta(days=2))  # never came back
    a = svc.today(today)
    assert number in a.uncovered_windows
    assert len(a.on_leave) == len(base.on_leave) + 1
    assert len(a.overdue_returns) == len(base.overdue_returns) + 1
    assert a.pending_leave == base.pending_leave


def test_timeline_orders_events(demo_ctx):
    person = StaffService(demo_ctx).list(include_returned=False)[0]
    add_leave(demo_ctx, person.id, date(2026, 3, 2), date(2026, 3, 3), status="returned", returned_on=date(2026, 3, 4))
    events = TimelineService(demo_ctx).for_staff(person.id)
    assert events[0].kind == "joined"
    kinds = [e.kind for e in events]
    assert "leave" in kinds and "leave.return" in kinds
    assert [e.day for e in events] == sorted(e.day for e in events)


def test_timeline_shows_register_entries_and_published_evaluations(demo_ctx):
    person = StaffService(demo_ctx).list(include_returned=False)[2]
    with demo_ctx.db.engine.begin() as c:
        c.execute(text("INSERT INTO register_entry (staff_id, item_code, occurred_on, occurred_time, quantity, source,"
                       " content, evidence, verification, created_by) VALUES (:s, 'banner', '2026-10-12', '', 1, '',"
                       " '', '', 'verified', 'x')"), {"s": person.id})
        c.execute(text("INSERT INTO evaluation_template (name, version, definition, active, created_by) "
                       "VALUES ('t', 1, '{}', 1, 'x')"))
        c.execute(text("INSERT INTO evaluation_form (staff_id, month, template_id, state, total, grade, breakdown,"
                       " submitted_by, reviewed_by, published_by) VALUES (:s, '2026-10', 1, 'published', 96, '好', '',"
                       " '', '', '')"), {"s": person.id})
    kinds = {e.kind: e for e in TimelineService(demo_ctx).for_staff(person.id)}
    assert kinds["register"].params["item"] == "banner"
    assert kinds["evaluation"].day == date(2026, 11, 1) and kinds["evaluation"].params["grade"] == "好"
