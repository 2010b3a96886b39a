"""Demo evaluation data (govhr_desktop.demo_evaluations): volumes, consistency with the demo's
assignments, 差评 case progress, registers, month states, honours, determinism and speed.

The shared demo fixture of conftest stays evaluation-free; this module builds its own demo with
the evaluation data on a fixed day."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from govhr_desktop.demo import generate_demo
from govhr_desktop.demo_evaluations import FULL_MONTHS, DemoEvaluationSummary, add_demo_evaluations
from govhr_desktop.domain.evaluation_items import ITEMS_BY_CODE
from govhr_desktop.persistence.engine import Database
from govhr_desktop.services.attention import AttentionService
from govhr_desktop.services.bad_ratings import BadRatingService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.registers import RegisterService

TODAY = date(2026, 11, 21)
FULL = ("2026-07", "2026-08", "2026-09", "2026-10")
CURRENT = "2026-11"


def _build(folder: Path, template: Path, seed: int = 2026, today: date = TODAY, **demo_args):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "govhr.sqlite3"
    shutil.copy(template, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=seed, today=today, **demo_args)
    summary = add_demo_evaluations(db, seed=seed, today=today)
    return db, summary


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory, template_db):
    """A demo center (seed 2026) with its evaluation data, as of TODAY."""
    db, summary = _build(tmp_path_factory.mktemp("demo-evaluations"), template_db)
    yield db, summary
    db.dispose()


@pytest.fixture(scope="module")
def ctx(evaluated):
    return ServiceContext(evaluated[0])


def _q(db: Database, sql: str, **params):
    with db.engine.connect() as c:
        return c.execute(text(sql), params).all()


def _digest(db: Database) -> dict[str, str]:
    """A hash per table of every column that does not hold the wall-clock time of the run."""
    tables = {
        "rating": "*",
        "rating_import": "id, source, file_name, imported_at, imported_by, rows_read, rows_added, rows_error",
        "bad_rating_case": "*",
        "register_entry": "*",
        "evaluation_form": "staff_id, month, template_id, state, total, grade, breakdown, good_rate",
        "evaluation_adjustment": "form_id, category, points, reason",
    }
    out = {}
    for table, cols in tables.items():
        h = hashlib.sha256()
        for row in _q(db, f"SELECT {cols} FROM {table} ORDER BY 1, 2"):
            h.update(repr(tuple(row)).encode())
        out[table] = h.hexdigest()
    return out


# --- speed and determinism ----------------------------------------------------------------------


def test_add_is_fast(evaluated):
    _db, s = evaluated
    print(f"\nadd_demo_evaluations: {s.seconds:.2f} s wall, {s.cpu_seconds:.2f} s CPU for {s.ratings} ratings, "
          f"{s.bad_rating_cases} cases, {s.register_entries} register entries, {s.forms} forms")
    # CPU time of this process (SQLite included): other work on the machine does not count
    assert s.cpu_seconds < 5.0


def test_same_seed_and_day_give_the_same_data(evaluated, tmp_path, template_db):
    db, summary = evaluated
    again, summary2 = _build(tmp_path / "again", template_db)
    try:
        assert _digest(again) == _digest(db)
        timing = ("seconds", "cpu_seconds")
        assert {k: v for k, v in vars(summary2).items() if k not in timing} == \
            {k: v for k, v in vars(summary).items() if k not in timing}
    finally:
        again.dispose()


def test_summary_describes_the_data(evaluated):
    db, s = evaluated
    assert isinstance(s, DemoEvaluationSummary)
    assert s.months == FULL + (CURRENT,)
    assert s.ratings == _q(db, "SELECT COUNT(*) FROM rating")[0][0] == sum(n for _m, n in s.ratings_by_month)
    assert s.rating_imports == 5
    assert s.bad_rating_cases == _q(db, "SELECT COUNT(*) FROM bad_rating_case")[0][0]
    assert s.register_entries == _q(db, "SELECT COUNT(*) FROM register_entry")[0][0]
    assert s.forms == _q(db, "SELECT COUNT(*) FROM evaluation_form")[0][0]
    assert s.appeals == 2
    assert 1 <= s.overdue_cases <= 2


# --- ratings ------------------------------------------------------------------------------------


def test_rating_volumes(evaluated):
    db, s = evaluated
    by_month = dict(s.ratings_by_month)
    for month in FULL:
        assert 15_000 <= by_month[month] <= 25_000, (month, by_month[month])
    # the current month so far: ratings up to yesterday, at the same daily rate
    cal = CalendarService(ServiceContext(db)).work_calendar()
    days = cal.working_days(date(2026, 11, 1), TODAY - timedelta(days=1))
    assert 600 <= by_month[CURRENT] / days <= 1300
    assert _q(db, "SELECT MAX(rated_at) FROM rating")[0][0] < TODAY.isoformat()
    # every staffed window is rated; busy windows far more than specialist ones
    per_window = sorted(n for (n,) in _q(db, "SELECT COUNT(*) FROM rating WHERE rated_at < '2026-11' "
                                             "GROUP BY window_id"))
    staffed = _q(db, "SELECT COUNT(DISTINCT window_id) FROM assignment")[0][0]
    assert len(per_window) == staffed
    assert per_window[-1] / FULL_MONTHS > 250 and per_window[0] / FULL_MONTHS < 30
    assert 100 <= per_window[len(per_window) // 2] / FULL_MONTHS <= 300


def test_ratings_look_like_the_provincial_export(evaluated):
    db, _s = evaluated
    assert _q(db, "SELECT COUNT(*) = COUNT(DISTINCT rating_key) FROM rating")[0][0] == 1
    channels = dict(_q(db, "SELECT channel, COUNT(*) FROM rating GROUP BY channel"))
    assert set(channels) == {"评价器", "二维码", "网上", "短信", "12345", "纸质"}
    assert max(channels, key=channels.get) == "评价器"
    levels = dict(_q(db, "SELECT level, COUNT(*) FROM rating GROUP BY level"))
    total = sum(levels.values())
    assert set(levels) == {1, 2, 3, 4, 5}
    assert levels[5] / total > 0.75 and (levels[5] + levels[4]) / total > 0.95
    assert _q(db, "SELECT COUNT(*) FROM rating WHERE service_item = '' OR department = '' "
                  "OR window_number = '' OR staff_name = ''")[0][0] == 0
    # case numbers everywhere but at the consultation windows
    assert _q(db, "SELECT COUNT(*) FROM rating r JOIN service_window w ON w.id = r.window_id "
                  "WHERE (r.case_number = '') != (w.name = '咨询导办窗口')")[0][0] == 0
    assert all(re.fullmatch(r"\d{2}:\d{2}:\d{2}", t[11:]) for (t,) in _q(db, "SELECT rated_at FROM rating LIMIT 500"))
    imports = _q(db, "SELECT source, file_name, imported_by, rows_added, rows_read, rows_error FROM rating_import "
                     "ORDER BY id")
    assert len(imports) == 5 and all(r.source == "省好差评系统导出" and r.file_name.endswith(".xlsx") for r in imports)
    assert sum(r.rows_added for r in imports) == _q(db, "SELECT COUNT(*) FROM rating")[0][0]
    assert all(r.rows_read == r.rows_added + r.rows_error for r in imports)
    assert _q(db, "SELECT COUNT(*) FROM rating WHERE import_id IS NULL")[0][0] == 0


def test_every_rating_matches_an_assignment_on_its_day(evaluated):
    db, _s = evaluated
    assert _q(db, """
        SELECT COUNT(*) FROM rating r
        WHERE NOT EXISTS (
            SELECT 1 FROM assignment a WHERE a.staff_id = r.staff_id AND a.window_id = r.window_id
              AND a.start_on <= date(r.rated_at) AND (a.end_on IS NULL OR a.end_on >= date(r.rated_at)))
    """)[0][0] == 0
    assert _q(db, """
        SELECT COUNT(*) FROM rating r JOIN service_window w ON w.id = r.window_id JOIN staff s ON s.id = r.staff_id
        WHERE r.window_number != w.number OR r.staff_name != s.name
           OR (w.active_from IS NOT NULL AND w.active_from > date(r.rated_at))
           OR (w.active_to IS NOT NULL AND w.active_to < date(r.rated_at))
    """)[0][0] == 0
    # nobody is rated on a day of approved leave, and nobody on a day the center is closed
    assert _q(db, """
        SELECT COUNT(*) FROM rating r JOIN leave_request l ON l.staff_id = r.staff_id
        WHERE l.status IN ('approved', 'returned') AND date(r.rated_at) BETWEEN l.start_on AND l.end_on
    """)[0][0] == 0
    cal = CalendarService(ServiceContext(db)).work_calendar()
    days = [date.fromisoformat(d) for (d,) in _q(db, "SELECT DISTINCT date(rated_at) FROM rating")]
    assert days and all(cal.is_working_day(d) for d in days)


def test_good_rate_in_range_and_not_uniform(evaluated):
    db, s = evaluated
    assert 0.97 <= s.good_rate <= 0.995
    rates = [g / n for n, g in _q(db, "SELECT COUNT(*), SUM(level >= 3) FROM rating GROUP BY window_id "
                                      "HAVING COUNT(*) >= 300")]
    assert min(rates) < 0.96  # a few windows noticeably worse ...
    assert max(rates) > 0.995  # ... and some nearly spotless
    assert sum(r < 0.97 for r in rates) >= 2
    # the rankings differ from month to month
    tops = []
    for month in FULL[:3]:
        h = EvaluationService(ServiceContext(db)).honours(month)
        tops.append(tuple(h.red_flags.selected))
    assert len(set(tops)) > 1


# --- 差评 cases ---------------------------------------------------------------------------------


def test_every_bad_rating_has_a_case_dated_by_its_import(evaluated):
    db, _s = evaluated
    assert _q(db, "SELECT COUNT(*) FROM rating WHERE level <= 2")[0][0] == \
        _q(db, "SELECT COUNT(*) FROM bad_rating_case")[0][0]
    rows = _q(db, "SELECT c.opened_on, date(i.imported_at) FROM bad_rating_case c JOIN rating r ON r.id = c.rating_id "
                  "JOIN rating_import i ON i.id = r.import_id")
    assert all(str(a)[:10] == str(b)[:10] for a, b in rows)


def test_case_progress_follows_the_rules(evaluated):
    db, _s = evaluated
    cases = _q(db, "SELECT c.*, date(r.rated_at) AS day, r.excluded FROM bad_rating_case c "
                   "JOIN rating r ON r.id = c.rating_id")
    findings = {c.finding for c in cases}
    assert findings == {"", "staff_fault", "not_staff_fault", "malicious"}
    statuses = {c.status: 0 for c in cases}
    for c in cases:
        statuses[c.status] += 1
        day = str(c.day)
        if c.verified_on is not None:
            assert str(c.verified_on) >= day and c.finding
            if c.finding != "staff_fault":
                assert c.finding_note
        else:
            assert c.status == "open" and not c.finding
        if c.rectified_on is not None:
            assert c.finding == "staff_fault" and str(c.rectified_on) >= str(c.verified_on) and c.rectification
        if c.callback_on is not None:
            assert str(c.callback_on) >= day and c.callback_note
        if c.finding == "malicious" or c.appeal_outcome == "overturned":
            assert c.excluded == 1
        done = c.verified_on is not None and c.callback_on is not None and \
            (c.finding != "staff_fault" or c.rectified_on is not None)
        assert (c.status == "closed") == done
        assert str(c.verified_on or "") <= TODAY.isoformat() and str(c.callback_on or "") <= TODAY.isoformat()
    assert statuses["closed"] > 0.85 * len(cases)
    assert statuses["open"] >= 2 and statuses.get("verified", 0) >= 1
    appeals = {c.appeal_outcome: c for c in cases if c.appeal_on is not None}
    assert set(appeals) == {"overturned", "upheld"}
    assert appeals["overturned"].finding == "not_staff_fault" and appeals["overturned"].status == "closed"
    assert appeals["upheld"].finding == "staff_fault" and appeals["upheld"].status == "closed"


def test_overdue_cases_show_on_the_home_page(ctx):
    attention = AttentionService(ctx).today(on=TODAY)
    assert 1 <= attention.overdue_bad_rating_cases <= 2
    overdue = BadRatingService(ctx).overdue(today=TODAY)
    assert len(overdue) == attention.overdue_bad_rating_cases
    assert {k for v in overdue for k in v.overdue} == {"verify", "rectify"}
    # the newest cases are open but still within their deadline
    fresh = [v for v in BadRatingService(ctx).list(status="open", today=TODAY) if not v.overdue]
    assert fresh and all(v.verify_due >= TODAY for v in fresh)


# --- registers ----------------------------------------------------------------------------------


def test_register_volumes_and_spread(evaluated):
    db, _s = evaluated
    per_month = dict(_q(db, "SELECT substr(occurred_on, 1, 7), COUNT(*) FROM register_entry GROUP BY 1"))
    for month in FULL:
        assert 150 <= per_month[month] <= 400, (month, per_month[month])
    assert per_month[CURRENT] > 50
    people = _q(db, "SELECT COUNT(DISTINCT staff_id) FROM register_entry")[0][0]
    assert people > 200
    codes = {c for (c,) in _q(db, "SELECT DISTINCT item_code FROM register_entry")}
    assert {"late_early", "missed_clock", "off_post", "cold_manner", "phone_on_duty", "overdue_case",
            "not_entered", "praise_letter", "banner", "complaint_upheld"} <= codes
    states = dict(_q(db, "SELECT verification, COUNT(*) FROM register_entry WHERE item_code = 'complaint_upheld' "
                         "GROUP BY 1"))
    assert states.get("verified") and states.get("pending")


def test_register_entries_pass_the_register_checks(evaluated, tmp_path):
    db, _s = evaluated
    rows = _q(db, "SELECT e.*, s.joined_center_on, s.left_center_on FROM register_entry e "
                  "JOIN staff s ON s.id = e.staff_id ORDER BY e.id")
    for e in rows:
        item = ITEMS_BY_CODE[e.item_code]
        assert e.quantity > 0 and (item.unit not in ("次", "件") or e.quantity == int(e.quantity))
        assert e.occurred_time == "" or re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", e.occurred_time)
        assert str(e.joined_center_on) <= str(e.occurred_on) <= TODAY.isoformat()
        assert e.left_center_on is None or str(e.occurred_on) <= str(e.left_center_on)
        assert e.content and e.source and e.verification in ("pending", "verified", "rejected")
    # and the service itself accepts them unchanged (on a copy: this writes audit entries)
    path = tmp_path / "copy.sqlite3"
    with db.engine.connect() as c:
        c.exec_driver_sql(f"VACUUM INTO '{path}'")
    copy = Database(path, wal=False)
    try:
        svc = RegisterService(ServiceContext(copy))
        for e in rows[:: max(1, len(rows) // 40)]:
            svc.update(e.id, e.staff_id, e.item_code, date.fromisoformat(str(e.occurred_on)), e.quantity,
                       e.occurred_time, e.source, e.content, e.evidence, today=TODAY)
    finally:
        copy.dispose()


# --- evaluations --------------------------------------------------------------------------------


def test_month_states(evaluated):
    db, s = evaluated
    states = dict(_q(db, "SELECT month, GROUP_CONCAT(DISTINCT state) FROM evaluation_form GROUP BY month"))
    assert states == {"2026-07": "published", "2026-08": "published", "2026-09": "published",
                      "2026-10": "submitted"}
    assert dict(s.month_states) == {**states, CURRENT: ""}
    confirmed = {m for (m,) in _q(db, "SELECT month FROM honour_month")}
    assert confirmed == {"2026-07", "2026-08", "2026-09"}  # October waits for the reviewer


def test_evaluation_pages_have_rows(ctx):
    svc = EvaluationService(ctx)
    people = _q(ctx.db, "SELECT COUNT(*) FROM staff")[0][0]
    for month in FULL:
        forms = svc.forms(month)
        assert 400 <= len(forms) <= people
        ranking = svc.month_ranking(month)
        assert len({r.total for r in ranking}) > 5  # not everyone on the same score
        assert any(f.adjustments for f in forms.values())
        h = svc.honours(month)
        assert h.stars.selected, month
        assert h.red_flags.selected, month
        assert any(f.good_rate is not None and f.good_rate < 0.97 for f in h.windows)
    assert svc.forms(CURRENT) == {}


def test_ratings_and_registers_reach_the_forms(ctx):
    forms = EvaluationService(ctx).forms("2026-09")
    assert sum(1 for f in forms.values() if f.good_rate is not None) > 300
    assert any(f.total > 100 for f in forms.values())  # letters of praise, banners
    assert any(f.total < 95 for f in forms.values())  # lateness, verified 差评 at fault
    assert any(f.breakdown.get("ratings", {}).get("bad_verified") for f in forms.values())


# --- other days, other centers, start-up ----------------------------------------------------------


def test_works_on_the_first_of_a_month_and_on_a_small_center(tmp_path, template_db):
    db, s = _build(tmp_path / "small", template_db, seed=3, today=date(2027, 3, 1), staff_count=60)
    try:
        assert s.months == ("2026-11", "2026-12", "2027-01", "2027-02", "2027-03")
        assert dict(s.ratings_by_month)["2027-03"] == 0
        assert s.ratings > 0 and s.forms > 0
        assert dict(s.month_states) == {"2026-11": "published", "2026-12": "published", "2027-01": "published",
                                        "2027-02": "submitted", "2027-03": ""}
    finally:
        db.dispose()


def test_the_default_demo_fixture_stays_without_evaluations(demo_ctx):
    with demo_ctx.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM rating")).scalar() == 0
        assert c.execute(text("SELECT COUNT(*) FROM evaluation_form")).scalar() == 0


def test_open_data_adds_the_evaluations_to_a_new_demo_only(tmp_path):
    from govhr_desktop.bootstrap import open_data
    from govhr_desktop.paths import DataPaths

    opened = open_data(DataPaths(tmp_path / "d"), demo=True)
    try:
        assert opened.demo_generated
        with opened.ctx.connect() as c:
            ratings = c.execute(text("SELECT COUNT(*) FROM rating")).scalar()
            forms = c.execute(text("SELECT COUNT(*) FROM evaluation_form")).scalar()
        assert ratings > 50_000 and forms > 0
    finally:
        opened.ctx.db.dispose()
    again = open_data(DataPaths(tmp_path / "d"), demo=True)
    try:
        assert not again.demo_generated
        with again.ctx.connect() as c:
            assert c.execute(text("SELECT COUNT(*) FROM rating")).scalar() == ratings
    finally:
        again.ctx.db.dispose()
