"""``evaluate_month``: computing a month's evaluation forms for a whole center.

A demo center (≈470 people at the center in October 2026) is generated into a migrated database
in a temporary directory; 100,000 ratings of that month are inserted with ``executemany`` (about
5 % 差评, each with a bad-rating case: 70 % staff fault, 20 % not staff fault, 10 % still open;
1 % of all ratings excluded) and about 2,000 register entries (90 % verified).

The value is the seconds of ``EvaluationService.evaluate_month('2026-10')`` end to end (template,
grouped queries, scoring, JSON, upsert of every form, audit, commit), the median of 3 runs (each
run recomputes the drafts). Budget: ≤ 1.0 s.

The baseline is the same scoring done in pure Python over pre-loaded rows (every rating, case and
register entry of the month read into lists beforehand, not timed): grouping per person in
dicts, ``score_person`` and the breakdown JSON for each person, no database writes. The ratio
value / baseline says what the database round trip costs over the bare arithmetic.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections import defaultdict
from datetime import datetime, timedelta

from common import benchmark, median, result, temp_dir

MONTH = "2026-10"
RATINGS = 100_000
REGISTER = 2_000
BUDGET = 1.0


def _fill(db_path) -> dict:
    rng = random.Random(77)
    con = sqlite3.connect(db_path)
    staff = con.execute("SELECT id, window_id FROM staff WHERE joined_center_on <= '2026-10-31' "
                        "AND (left_center_on IS NULL OR left_center_on >= '2026-10-01')").fetchall()
    windows = [r[0] for r in con.execute("SELECT id FROM service_window")]
    start = datetime(2026, 10, 1, 8, 30)
    rows, bad_keys = [], []
    for i in range(RATINGS):
        sid, wid = staff[rng.randrange(len(staff))]
        wid = wid or windows[rng.randrange(len(windows))]
        if rng.random() < 0.05:
            level = rng.choice((1, 2))
            bad_keys.append(i)
        else:
            level = rng.choices((5, 4, 3), (75, 20, 5))[0]
        t = start + timedelta(seconds=rng.randrange(30 * 86400))
        rows.append((f"EV{i:09d}", "评价器", "不动产登记", f"BJ{i}", "县局", "", wid, "", sid,
                     t.strftime("%Y-%m-%d %H:%M:%S"), level, "", None, int(rng.random() < 0.01)))
    con.executemany("INSERT INTO rating (rating_key, channel, service_item, case_number, department, window_number, "
                    "window_id, staff_name, staff_id, rated_at, level, comment, import_id, excluded) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    ids = dict(con.execute("SELECT rating_key, id FROM rating WHERE rating_key LIKE 'EV%'"))
    cases = []
    for i in bad_keys:
        x = rng.random()
        finding = "staff_fault" if x < 0.7 else ("not_staff_fault" if x < 0.9 else "")
        cases.append((ids[f"EV{i:09d}"], "2026-10-10", "2026-10-12", "2026-10-31", "", finding, "", "", "", "", "",
                      "verified" if finding else "open"))
    con.executemany("INSERT INTO bad_rating_case (rating_id, opened_on, verify_due, rectify_due, verified_by, finding, "
                    "finding_note, rectification, callback_note, appeal_reason, appeal_outcome, status) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", cases)
    codes = [r for r in ("late_early", "missed_clock", "off_post", "no_badge", "cold_manner", "argue", "overdue_case",
                         "not_entered", "complaint_upheld", "training_missed", "untidy_window", "praise_letter",
                         "banner", "extra_service", "inspection_negative")]
    entries = []
    for _ in range(REGISTER):
        sid, _w = staff[rng.randrange(len(staff))]
        code = codes[rng.randrange(len(codes) - 1)] if rng.random() > 0.002 else codes[-1]
        entries.append((sid, code, f"2026-10-{rng.randrange(1, 32):02d}", "", rng.choice((1, 1, 1, 2)), "巡查", "", "",
                        "verified" if rng.random() < 0.9 else "pending", "bench"))
    con.executemany("INSERT INTO register_entry (staff_id, item_code, occurred_on, occurred_time, quantity, source, "
                    "content, evidence, verification, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)", entries)
    con.commit()
    con.close()
    return {"people": len(staff), "ratings": len(rows), "bad": len(bad_keys), "cases": len(cases),
            "register": len(entries)}


def _baseline(db_path, template) -> float:
    """Pure-Python scoring over pre-loaded rows (loading not timed)."""
    from govhr_desktop.domain.scoring import score_person
    from govhr_desktop.services.evaluation_views import breakdown_of

    con = sqlite3.connect(db_path)
    people = [r[0] for r in con.execute("SELECT id FROM staff WHERE joined_center_on <= '2026-10-31' "
                                        "AND (left_center_on IS NULL OR left_center_on >= '2026-10-01')")]
    ratings = con.execute("SELECT id, staff_id, level, excluded FROM rating WHERE rated_at >= '2026-10-01' "
                          "AND rated_at < '2026-11-01'").fetchall()
    cases = dict(con.execute("SELECT rating_id, finding FROM bad_rating_case"))
    entries = con.execute("SELECT staff_id, item_code, quantity, verification FROM register_entry "
                          "WHERE occurred_on BETWEEN '2026-10-01' AND '2026-10-31'").fetchall()
    con.close()
    t0 = time.perf_counter()
    reg: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for sid, code, qty, ver in entries:
        if ver == "verified":
            reg[sid][code] += qty
    counted: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rid, sid, level, excluded in ratings:
        c = counted[sid]
        if excluded:
            c[2] += 1
            continue
        c[0] += 1
        if level >= template.good_rating_min_level:
            c[1] += 1
        if level <= template.bad_rating_max_level and cases.get(rid) == "staff_fault":
            c[3] += 1
    out = []
    for sid in people:
        r = dict(reg.get(sid, {}))
        n, good, excl, bad = counted.get(sid, (0, 0, 0, 0))
        counts = dict(r)
        if bad:
            counts["bad_rating"] = counts.get("bad_rating", 0) + bad
        score = score_person(template, counts)
        rate = good / n if n else None
        bd = breakdown_of(score, register=r, rating_bad=bad, good_rate=rate,
                          ratings={"total": n, "good": good, "bad_verified": bad, "excluded": excl})
        out.append((sid, score.total, json.dumps(bd, ensure_ascii=False)))
    return time.perf_counter() - t0


@benchmark("evaluate_month")
def evaluate_month() -> dict:
    from govhr_desktop.demo import generate_demo
    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.persistence.migrate import prepare_database
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.services.evaluation import EvaluationService

    with temp_dir("evaluation") as tmp:
        db_path = tmp / "govhr.sqlite3"
        db = Database(db_path)
        prepare_database(db_path, tmp / "backups", db.engine)
        generate_demo(db, seed=2026)
        db.dispose()
        filled = _fill(db_path)
        db = Database(db_path)
        svc = EvaluationService(ServiceContext(db))
        from govhr_desktop.services.templates import TemplateService

        svc_template = TemplateService(svc.ctx).active().template
        runs, res = [], None
        for _ in range(3):
            t0 = time.perf_counter()
            res = svc.evaluate_month(MONTH)
            runs.append(time.perf_counter() - t0)
        with db.engine.connect() as c:
            from sqlalchemy import text

            forms = c.execute(text("SELECT count(*), avg(total), min(total) FROM evaluation_form WHERE month = :m"),
                              {"m": MONTH}).one()
        db.dispose()
        base = median([_baseline(db_path, svc_template) for _ in range(3)])
        value = median(runs)
        detail = {**filled, "forms": forms[0], "avg_total": round(forms[1], 2), "min_total": forms[2],
                  "computed": res.computed, "runs": [round(x, 4) for x in runs],
                  "baseline_seconds": round(base, 4)}
        print(f"evaluate_month: {value:.3f} s (budget {BUDGET} s); pure-Python baseline {base:.3f} s; "
              f"ratio {value / base:.2f} {detail}")
        return result("evaluate_month", value, "s", baseline=base, budget=BUDGET, ok=value <= BUDGET,
                      detail=detail)
