"""EvaluationReportService on the demo center with its evaluation data (July–September 2026
published, October submitted): the ranking table of a month and of a quarter against
EvaluationService / AnnualService, the evaluation sheets against the forms' breakdowns, leave and
training on the sheet, the set-based batch for the feedback letters, bad input, permissions, and
no ID or phone number in any PDF."""

from __future__ import annotations

import io
import json
import re
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, text

from govhr_desktop.demo import generate_demo
from govhr_desktop.demo_evaluations import add_demo_evaluations
from govhr_desktop.demo_training import add_demo_training
from govhr_desktop.documents.evaluation_sheet import render_sheet, sheet_blocks
from govhr_desktop.documents.model import TableBlock
from govhr_desktop.documents.reports import fmt_points
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import _r
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.engine import Database
from govhr_desktop.services.annual import AnnualService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_reports import (
    EvaluationReportService,
    period_key,
    period_label,
    period_months,
)

TODAY = date(2026, 11, 21)
PRINTED = date(2026, 11, 21)
MONTH = "2026-08"
Q3 = (2026, 3)
ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture(scope="module")
def evaluated_db(tmp_path_factory, template_db) -> Path:
    path = tmp_path_factory.mktemp("reports-demo") / "govhr.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=2026, today=TODAY)
    add_demo_evaluations(db, seed=2026, today=TODAY)
    add_demo_training(db, seed=2026, today=TODAY)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def ctx(evaluated_db):
    """Read-only use: the module's database."""
    db = Database(evaluated_db)
    yield ServiceContext(db)
    db.dispose()


@pytest.fixture
def wctx(evaluated_db, tmp_path):
    """A copy for tests that write."""
    path = tmp_path / "govhr.sqlite3"
    shutil.copy(evaluated_db, path)
    db = Database(path)
    yield ServiceContext(db)
    db.dispose()


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def q(ctx, sql: str, **params):
    with ctx.connect() as c:
        return c.execute(text(sql), params).all()


def breakdown(ctx, sid: int, month: str) -> dict:
    return json.loads(q(ctx, "SELECT breakdown FROM evaluation_form WHERE staff_id = :s AND month = :m",
                        s=sid, m=month)[0][0])


# --- periods ----------------------------------------------------------------------------------


def test_period_helpers():
    assert period_label("2026-10") == "2026年10月" and period_label(Q3) == "2026年第三季度"
    assert period_label("2026-Q4") == "2026年第四季度" and period_key((2026, 1)) == "2026-Q1"
    assert period_months(Q3) == ("2026-07", "2026-08", "2026-09") and period_months("2026-08") == ("2026-08",)

    class Other:  # another module's period value (document_content.Period has a key)
        key = "2026-Q3"

    assert period_label(Other()) == "2026年第三季度"
    for bad, code in (("2026-13", "evaluation.bad_month"), ((2026, 5), "scoring.bad_quarter"),
                      (202608, "reports.bad_period"), (("2026", 3), "reports.bad_period")):
        with pytest.raises(DomainError) as e:
            period_label(bad)
        assert e.value.code == code


# --- the ranking table ------------------------------------------------------------------------


def test_month_ranking_is_the_evaluation_services(ctx):
    data = EvaluationReportService(ctx).ranking(MONTH, printed_on=PRINTED)
    expected = EvaluationService(ctx).month_ranking(MONTH)
    assert {r.state for r in expected} == {"published"}
    assert [(r.rank, r.staff_id, r.name, r.home_unit, r.total, r.grade) for r in data.rows] == \
        [(r.rank, r.staff_id, r.staff_name, r.home_unit, r.total, r.grade) for r in expected]
    assert (data.period, data.period_label, data.quarter, data.center_name) == \
        ("2026-08", "2026年8月", False, "青山县政务服务中心")
    assert sum(n for _g, n in data.grade_counts) == len(data.rows) == len(expected)

    pdf = EvaluationReportService(ctx).render_ranking_pdf(MONTH, printed_on=PRINTED)
    pages = pages_text(pdf)
    body = flat("".join(pages))
    pos = 0
    for r in data.rows:  # every published person, in rank order, with the service's total
        cells = flat(f"{r.rank}{r.name}{r.home_unit}{r.window or '—'}{fmt_points(r.total)}{r.grade}")
        found = body.find(cells, pos)
        assert found >= 0, cells
        pos = found
    for n, page in enumerate(pages, start=1):
        assert "名次" in page and re.search(rf"第\s*{n}\s*页\s*共\s*{len(pages)}\s*页", page)
    assert f"共{len(data.rows)}人：" in body


def test_quarter_ranking_averages_the_published_months(ctx):
    data = EvaluationReportService(ctx).ranking(Q3, printed_on=PRINTED)
    period = AnnualService(ctx).period(2026, 3)
    assert [(r.rank, r.staff_id, r.total, r.grade) for r in data.rows] == \
        [(p.rank, p.staff_id, p.average, p.band) for p in period]
    totals = {(s, m): t for s, m, t in q(ctx, "SELECT staff_id, month, total FROM evaluation_form "
                                              "WHERE month BETWEEN '2026-07' AND '2026-09'")}
    assert data.month_labels == ("7月", "8月", "9月")
    partial = 0
    for r in data.rows:
        months = [totals.get((r.staff_id, m)) for m in period_months(Q3)]
        assert list(r.monthly) == months
        present = [m for m in months if m is not None]
        partial += len(present) < 3
        assert r.total == _r(sum(present) / len(present))
    body = flat("".join(pages_text(EvaluationReportService(ctx).render_ranking_pdf(Q3, printed_on=PRINTED))))
    assert "季度考核排名表" in body and "平均分" in body
    for r in data.rows[:40] + data.rows[-40:]:
        assert flat(f"{r.rank}{r.name}{r.home_unit}{r.window or '—'}"
                    + "".join(fmt_points(m) for m in r.monthly) + f"{fmt_points(r.total)}{r.grade}") in body


def test_unpublished_periods_are_refused(ctx, wctx):
    svc = EvaluationReportService(ctx)
    for period in ("2026-10", "2026-11", "2025-01", (2026, 4)):
        for call, args in ((svc.ranking, (period,)), (svc.render_ranking_pdf, (period,)), (svc.sheets, (period,)),
                           (svc.render_sheet_pdf, (1, period))):
            with pytest.raises(DomainError) as e:
                call(*args)
            assert (e.value.code, e.value.params) == ("reports.not_published", {"period": period_key(period)})
    with wctx.transaction() as s:
        s.execute(text("UPDATE evaluation_form SET state = 'reviewed' WHERE month = '2026-09'"))
    with pytest.raises(DomainError) as e:
        EvaluationReportService(wctx).ranking(Q3)
    assert (e.value.code, e.value.params) == ("reports.quarter_incomplete",
                                              {"period": "2026-Q3", "months": ("2026-09",)})
    assert EvaluationReportService(wctx).ranking("2026-08").rows  # the months themselves still print


# --- evaluation sheets ------------------------------------------------------------------------


def _people(ctx) -> dict[str, int]:
    """Demo people with something on their August form: items, a veto, an adjustment, a star."""
    forms = q(ctx, "SELECT staff_id, breakdown FROM evaluation_form WHERE month = :m ORDER BY staff_id", m=MONTH)
    most = max(forms, key=lambda f: sum(len(c["items"]) for c in json.loads(f[1])["categories"]))[0]
    veto = next(f[0] for f in forms if json.loads(f[1])["veto"]["items"])
    bonus = next(f[0] for f in forms if json.loads(f[1])["bonus"]["items"])
    adjusted = q(ctx, "SELECT f.staff_id FROM evaluation_adjustment a JOIN evaluation_form f ON f.id = a.form_id "
                      "WHERE f.month = :m AND a.origin = '' ORDER BY a.id", m=MONTH)[0][0]
    chief = q(ctx, "SELECT f.staff_id FROM evaluation_adjustment a JOIN evaluation_form f ON f.id = a.form_id "
                   "WHERE f.month = :m AND a.origin = 'chief_share' GROUP BY f.staff_id ORDER BY COUNT(*) DESC",
              m=MONTH)[0][0]
    star = q(ctx, "SELECT staff_id FROM honour_decision WHERE month = :m AND kind = 'star' ORDER BY id", m=MONTH)[0][0]
    return {"most": most, "veto": veto, "bonus": bonus, "adjusted": adjusted, "chief": chief, "star": star}


def test_month_sheet_equals_the_form(ctx):
    svc = EvaluationReportService(ctx)
    ranks = {r.staff_id: r.rank for r in EvaluationService(ctx).month_ranking(MONTH)}
    for role, sid in _people(ctx).items():
        form = EvaluationService(ctx).form(sid, MONTH)
        bd = form.breakdown
        d = svc.sheet(sid, MONTH, printed_on=PRINTED)
        assert (d.total, d.grade, d.rank, d.ranked, d.quarter) == (form.total, form.grade, ranks[sid], len(ranks), False)
        assert d.name == form.staff_name and d.period_label == "2026年8月"
        assert [(c.label, c.weight, c.raw, c.deducted) for c in d.categories] == \
            [(CATEGORIES_BY_CODE[c["code"]].zh, c["weight"], c["raw"], c["capped"]) for c in bd["categories"]]
        assert [[(i.label, i.quantity, i.points, i.amount) for i in c.items] for c in d.categories] == \
            [[(ITEMS_BY_CODE[i["code"]].zh, i["quantity"], i["points"], i["amount"]) for i in c["items"]]
             for c in bd["categories"]]
        assert (d.bonus_raw, d.bonus) == (bd["bonus"]["raw"], bd["bonus"]["capped"])
        assert [i.amount for i in d.bonus_items] == [i["amount"] for i in bd["bonus"]["items"]]
        assert _r(sum(v.points for v in d.vetoes)) == bd["veto"]["points"]
        assert _r(sum(a.points for a in d.adjustments)) == _r(sum(a.points for a in form.adjustments))
        assert (d.ratings.total, d.ratings.good, d.ratings.bad_own, d.ratings.excluded) == \
            (bd["ratings"]["total"], bd["ratings"]["good"], bd["ratings"]["bad_verified"], bd["ratings"]["excluded"])
        assert _r(d.base - d.deducted_total + d.added_total) == form.total, role
        text = flat(pages_text(render_sheet(d))[0])
        assert flat(f"合计{fmt_points(d.base)}{fmt_points(d.deducted_total)}{fmt_points(d.added_total)}"
                    f"{fmt_points(form.total)}") in text, role
        assert flat(f"第 {ranks[sid]} 名（共 {len(ranks)} 人）") in text
        for c in d.categories:
            assert flat(f"{c.label}{fmt_points(c.weight)}") in text
    people = _people(ctx)
    veto = svc.sheet(people["veto"], MONTH)
    assert veto.vetoes and "当年不得评优" in veto.vetoes[0].note
    assert any("服务之星" in h for h in svc.sheet(people["star"], MONTH).honours)
    chief = svc.sheet(people["chief"], MONTH)
    assert [a.label for a in chief.adjustments].count("首席代表分担窗口扣分") == 1  # one line for all windows
    flagged = q(ctx, "SELECT a.staff_id FROM honour_decision d JOIN assignment a ON a.window_id = d.window_id "
                     "WHERE d.month = :m AND d.kind = 'red_flag' AND a.start_on <= '2026-08-31' "
                     "AND (a.end_on IS NULL OR a.end_on >= '2026-08-01') ORDER BY a.staff_id", m=MONTH)[0][0]
    assert any("流动红旗窗口" in h for h in svc.sheet(flagged, MONTH).honours)


def test_quarter_sheet_lists_the_months_and_the_average(ctx):
    sid = _people(ctx)["most"]
    d = EvaluationReportService(ctx).sheet(sid, Q3, printed_on=PRINTED)
    row = next(r for r in AnnualService(ctx).period(2026, 3) if r.staff_id == sid)
    assert (d.total, d.grade, d.rank, d.quarter) == (row.average, row.band, row.rank, True)
    forms = {m: EvaluationService(ctx).form(sid, m) for m in period_months(Q3)}
    assert [m.total for m in d.months] == [forms[m].total if forms[m] else None for m in period_months(Q3)]
    assert [m.grade for m in d.months] == [forms[m].grade if forms[m] else "" for m in period_months(Q3)]
    n_items = sum(len(c["items"]) for f in forms.values() if f for c in f.breakdown["categories"])
    assert sum(len(c.items) for c in d.categories) == n_items
    assert d.ratings.total == sum(f.breakdown["ratings"]["total"] for f in forms.values() if f)
    text = flat(pages_text(render_sheet(d))[0])
    assert f"季度平均{fmt_points(row.average)}{row.band}{row.rank}" in text


def test_leave_and_training_on_the_sheet(wctx):
    sid = q(wctx, "SELECT staff_id FROM evaluation_form WHERE month = :m ORDER BY staff_id LIMIT 1", m=MONTH)[0][0]
    with wctx.transaction() as s:
        s.execute(text("DELETE FROM leave_request WHERE staff_id = :s"), {"s": sid})
        rows = [  # type, start, half, end, half, status, returned_on
            ("personal", "2026-07-30", "pm", "2026-08-04", "pm", "approved", None),  # Jul 1.5 + Aug 2 (3, 4)
            ("sick", "2026-08-05", "am", "2026-08-07", "pm", "returned", "2026-08-07"),  # back on the 7th: 2
            ("annual", "2026-08-10", "am", "2026-08-11", "pm", "refused", None),  # not taken
            ("annual", "2026-09-24", "am", "2026-09-28", "pm", "approved", None),  # 25–27 holidays: 2
        ]
        s.execute(text(
            "INSERT INTO leave_request (staff_id, leave_type, start_on, start_half, end_on, end_half, working_days, "
            "reason, status, created_by, unit_signed_by, center_approved_by, decision_reason, substitute_name, "
            "handover_confirmed, returned_on) VALUES (:s, :t, :a, :ah, :b, :bh, 0, '（病历）', :st, '', '', '', '', '', "
            "0, :r)"), [{"s": sid, "t": t, "a": a, "ah": ah, "b": b, "bh": bh, "st": st, "r": r}
                                     for t, a, ah, b, bh, st, r in rows])
    svc = EvaluationReportService(wctx)
    aug = svc.sheet(sid, MONTH, printed_on=PRINTED)
    assert [(x.label, x.days) for x in aug.leave] == [("事假", 2.0), ("病假", 2.0)]
    q3 = svc.sheet(sid, Q3, printed_on=PRINTED)
    assert [(x.label, x.days) for x in q3.leave] == [("事假", 3.5), ("病假", 2.0), ("年休假", 2.0)]
    printed = flat(pages_text(render_sheet(aug))[0])
    assert "请假：事假2天、病假2天，共4个工作日。" in printed and "病历" not in printed
    expected = q(wctx, "SELECT COALESCE(SUM(a.hours), 0) FROM training_attendance a JOIN training_session ts "
                       "ON ts.id = a.session_id WHERE a.staff_id = :s AND ts.held_on BETWEEN '2026-01-01' "
                       "AND '2026-08-31'", s=sid)[0][0]
    assert aug.training_hours == pytest.approx(float(expected))
    assert (aug.training_target, aug.training_until) == (90.0, date(2026, 8, 31))
    assert q3.training_until == date(2026, 9, 30) and q3.training_hours >= aug.training_hours


def test_unknown_person_and_person_without_a_form(ctx):
    svc = EvaluationReportService(ctx)
    with pytest.raises(DomainError) as e:
        svc.sheet(999_999, MONTH)
    assert (e.value.code, e.value.params) == ("record.not_found", {"id": 999_999})
    sid, name = q(ctx, "SELECT s.id, s.name FROM staff s WHERE NOT EXISTS (SELECT 1 FROM evaluation_form f "
                       "WHERE f.staff_id = s.id AND f.month = :m) ORDER BY s.id LIMIT 1", m=MONTH)[0]
    with pytest.raises(DomainError) as e:
        svc.render_sheet_pdf(sid, MONTH)
    assert (e.value.code, e.value.params) == ("reports.no_form", {"name": name, "period": MONTH})
    assert svc.sheets(MONTH, [sid, 999_999]) == {}
    assert svc.sheets(MONTH, []) == {}


def test_sheets_for_every_unit_are_set_based_and_quick(ctx):
    units: dict[int, list[int]] = {}
    for sid, unit in q(ctx, "SELECT id, home_unit_id FROM staff ORDER BY home_unit_id, id"):
        units.setdefault(unit, []).append(sid)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    for period in (MONTH, Q3):
        svc = EvaluationReportService(ctx)
        everyone = svc.sheets(period, printed_on=PRINTED)

        event.listen(ctx.db.engine, "before_cursor_execute", count)
        try:
            start = time.perf_counter()
            by_unit = {}
            per_unit_queries = set()
            for ids in units.values():
                before = len(statements)
                by_unit.update(svc.sheets(period, ids, printed_on=PRINTED))
                per_unit_queries.add(len(statements) - before)
            seconds = time.perf_counter() - start
        finally:
            event.remove(ctx.db.engine, "before_cursor_execute", count)
        assert by_unit == everyone  # the same sheets, unit by unit or all at once
        assert max(per_unit_queries) <= 12, per_unit_queries  # a fixed handful, whatever the unit's size
        big = max(units.values(), key=len)
        start = time.perf_counter()
        pdfs = [render_sheet(d) for d in svc.sheets(period, big, printed_on=PRINTED).values()]
        render = time.perf_counter() - start
        print(f"\nsheets {period}: {len(units)} units, {len(by_unit)} sheets in {seconds:.3f} s "
              f"({seconds / len(units) * 1000:.1f} ms a unit, ≤{max(per_unit_queries)} queries); "
              f"largest unit ({len(big)}) rendered in {render:.2f} s, {len(pdfs)} PDFs")
        assert seconds < 3.0


def test_sheet_blocks_of_a_real_sheet(ctx):
    d = EvaluationReportService(ctx).sheet(_people(ctx)["most"], MONTH, printed_on=PRINTED)
    blocks = sheet_blocks(d)
    score = next(b for b in blocks if isinstance(b, TableBlock) and b.caption == "考核评分")
    assert score.rows[-1] == ("合计", fmt_points(d.base), fmt_points(d.deducted_total), fmt_points(d.added_total),
                              fmt_points(d.total))


def test_pdfs_are_deterministic_embed_their_fonts_and_print_no_id_or_phone(ctx):
    svc = EvaluationReportService(ctx)
    people = _people(ctx)
    ranking = svc.render_ranking_pdf(MONTH, printed_on=PRINTED)
    assert ranking == EvaluationReportService(ctx).render_ranking_pdf(MONTH, printed_on=PRINTED)
    sheets = [svc.render_sheet_pdf(sid, period, printed_on=PRINTED) for sid in people.values() for period in (MONTH, Q3)]
    assert sheets[0] == EvaluationReportService(ctx).render_sheet_pdf(people["most"], MONTH, printed_on=PRINTED)
    secrets = {x for row in q(ctx, "SELECT id_number, mobile FROM staff") for x in row if x}
    secrets |= {x for row in q(ctx, "SELECT contact_phone FROM home_unit") for x in row if x}
    for pdf in [ranking, svc.render_ranking_pdf(Q3, printed_on=PRINTED)] + sheets:
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            for ref in page["/Resources"].get_object()["/Font"].values():
                f = ref.get_object()
                desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                assert "/FontFile2" in desc.get_object()
        body = "\n".join(p.extract_text() or "" for p in reader.pages)  # (cells come one a line)
        assert not ID_NUMBER.search(body) and not MOBILE.search(body)
        assert not [s for s in secrets if s in body]


def test_permission_and_messages(wctx):
    guest = ServiceContext(wctx.db, Actor("guest", "guest", None, "guest", frozenset()))
    with pytest.raises(DomainError) as e:
        EvaluationReportService(guest).ranking(MONTH)
    assert e.value.code == "permission.denied"
    import govhr_desktop.services.evaluation_reports as module
    from govhr_desktop.ui.messages_documents import DOCUMENTS_MESSAGES
    raised = set(re.findall(r'DomainError\("(reports\.[a-z_]+)"', Path(module.__file__).read_text(encoding="utf-8")))
    assert raised == {"reports.not_published", "reports.quarter_incomplete", "reports.no_form", "reports.bad_period"}
    assert raised <= set(DOCUMENTS_MESSAGES)
