"""RatingImportService: one transaction per file, duplicates, cancel, permission, audit, mapping."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.exchange import ratings_import
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.ratings import RatingImportService

HEADER = "评价编号,评价渠道,事项名称,办件编号,实施部门,窗口编号,工作人员,评价时间,评价等级,评价内容"


def center(ctx):
    with ctx.connect() as c:
        row = c.execute(text(
            "SELECT s.name, w.number FROM staff s JOIN service_window w ON w.id = s.window_id "
            "ORDER BY s.id LIMIT 1")).one()
    return row[0], row[1]


def make_file(tmp_path, ctx, n=10, bad=()):
    name, wn = center(ctx)
    lines = ["好差评数据导出", HEADER]
    for i in range(n):
        level = "9" if i in bad else ("满意" if i % 2 else "5")
        lines.append(f"R{i:05d},评价器,不动产登记,BJ{i},县局,{wn},{name},2026-10-09 14:{i % 60:02d}:00,{level},")
    p = tmp_path / "ratings.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return p


def count(ctx, table):
    with ctx.connect() as c:
        return c.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_import_then_reimport_adds_nothing(demo_ctx, tmp_path):
    p = make_file(tmp_path, demo_ctx, n=10, bad=(3,))
    svc = RatingImportService(demo_ctx)
    seen = []
    res = svc.import_file(p, "province", progress=lambda done, total: seen.append((done, total)))
    assert (res.read, res.added, res.duplicates) == (10, 9, 0)
    assert [(e.row, e.code) for e in res.errors] == [(6, "rating.level")]
    assert seen and seen[-1][0] == 10
    with demo_ctx.connect() as c:
        staff_ids = c.execute(text("SELECT count(*) FROM rating WHERE staff_id IS NOT NULL AND window_id IS NOT NULL")).scalar()
        rec = c.execute(text("SELECT rows_read, rows_added, rows_duplicate, rows_error FROM rating_import")).one()
        levels = sorted({r[0] for r in c.execute(text("SELECT level FROM rating"))})
        imp = {r[0] for r in c.execute(text("SELECT import_id FROM rating"))}
    assert staff_ids == 9 and tuple(rec) == (10, 9, 0, 1) and levels == [4, 5] and imp == {res.import_id}

    res2 = svc.import_file(p, "province")
    assert (res2.read, res2.added, res2.duplicates) == (10, 0, 9)
    assert count(demo_ctx, "rating") == 9 and count(demo_ctx, "rating_import") == 2


def test_orm_reads_the_stored_times(demo_ctx, tmp_path):
    from datetime import datetime

    from govhr_desktop.persistence.models import Rating

    RatingImportService(demo_ctx).import_file(make_file(tmp_path, demo_ctx, n=2), "province")
    with demo_ctx.read() as s:
        r = s.query(Rating).order_by(Rating.rating_key).first()
        assert r.rated_at == datetime(2026, 10, 9, 14, 0)


def test_cancel_after_first_chunk_keeps_nothing(demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr("govhr_desktop.services.ratings.CHUNK_ROWS", 4)
    p = make_file(tmp_path, demo_ctx, n=10)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # let the first chunk in, then cancel

    with pytest.raises(DomainError) as e:
        RatingImportService(demo_ctx).import_file(p, "province", cancel=cancel)
    assert e.value.code == "import.cancelled"
    assert count(demo_ctx, "rating") == 0 and count(demo_ctx, "rating_import") == 0
    assert count(demo_ctx, "rating_mapping") == 0
    with demo_ctx.connect() as c:
        assert c.execute(text("SELECT count(*) FROM audit_entry WHERE action='rating.import'")).scalar() == 0


def test_failure_mid_file_rolls_back(demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr("govhr_desktop.services.ratings.CHUNK_ROWS", 4)
    p = make_file(tmp_path, demo_ctx, n=10)
    real = ratings_import.RatingParser.parse
    calls = []

    def boom(self, first, rows):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(self, first, rows)

    monkeypatch.setattr(ratings_import.RatingParser, "parse", boom)
    with pytest.raises(RuntimeError):
        RatingImportService(demo_ctx).import_file(p, "province")
    assert count(demo_ctx, "rating") == 0 and count(demo_ctx, "rating_import") == 0


def test_auditor_is_refused(demo_ctx, tmp_path):
    p = make_file(tmp_path, demo_ctx, n=2)
    auditor = ServiceContext(demo_ctx.db, actor=Actor.for_role("aud", "auditor"))
    with pytest.raises(DomainError) as e:
        RatingImportService(auditor).import_file(p, "province")
    assert e.value.code == "permission.denied"
    with pytest.raises(DomainError) as e:
        RatingImportService(auditor).preview(p, "province")
    assert e.value.code == "permission.denied"
    assert count(demo_ctx, "rating") == 0
    with demo_ctx.connect() as c:
        denied = c.execute(text(
            "SELECT count(*) FROM audit_entry WHERE action='rating.import' AND result='denied'")).scalar()
    assert denied == 2


def test_import_is_audited_and_mapping_remembered(demo_ctx, tmp_path):
    _name, wn = center(demo_ctx)
    p = tmp_path / "alias.csv"
    p.write_text(f"编号X,时间X,等级X,窗口\nK1,2026-10-09 10:00:00,5,{wn}\n", encoding="utf-8")
    svc = RatingImportService(demo_ctx)
    mapping = {"rating_key": "编号X", "rated_at": "时间X", "level": "等级X"}
    with pytest.raises(DomainError):
        svc.preview(p, "county")  # nothing remembered yet: required columns unknown
    res = svc.import_file(p, "county", mapping=mapping)
    assert res.added == 1
    assert svc.remembered_mapping("county") == {**mapping, "window_number": "窗口"}
    # the next time the same source needs no mapping
    prev = svc.preview(p, "county")
    assert prev.rows_read == 1 and prev.rows[0][0] == "K1" and prev.errors == []
    with demo_ctx.connect() as c:
        entry = c.execute(text(
            "SELECT username, record_id, detail FROM audit_entry WHERE action='rating.import' AND result='ok'")).one()
    assert entry.username == "system" and entry.record_id == str(res.import_id)
    assert "added=1" in entry.detail and "errors=0" in entry.detail


def test_preview_is_limited_and_writes_nothing(demo_ctx, tmp_path):
    p = make_file(tmp_path, demo_ctx, n=250, bad=(0, 210))
    prev = RatingImportService(demo_ctx).preview(p, "province")
    assert prev.rows_read == 200 and len(prev.rows) == 199
    assert [(e.row, e.code) for e in prev.errors] == [(3, "rating.level")]
    assert prev.header_row == 2 and prev.mapping["level"] == "评价等级"
    assert count(demo_ctx, "rating") == 0 and count(demo_ctx, "rating_mapping") == 0


def test_bulk_import_rebuilds_the_indexes_and_cancel_keeps_them(monkeypatch, tmp_path, ctx):
    import sqlite3

    import govhr_desktop.services.ratings as r
    from govhr_desktop.persistence.models import Rating

    model_indexes = {i.name: ", ".join(c.name for c in i.columns) for i in Rating.__table__.indexes}
    assert dict(r.SECONDARY_INDEXES) == model_indexes
    monkeypatch.setattr(r, "BULK_ROWS", 1)
    path = tmp_path / "r.csv"
    path.write_text("评价编号,评价时间,评价等级\nA1,2026-10-09 14:03:27,5\nA2,2026-10-09 15:00:00,2\n", encoding="utf-8-sig")
    svc = r.RatingImportService(ctx)
    assert svc.import_file(path, "test").added == 2

    def names():
        con = sqlite3.connect(ctx.db.path)
        try:
            return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='rating'")}
        finally:
            con.close()

    assert set(model_indexes) <= names()
    path.write_text("评价编号,评价时间,评价等级\nB1,2026-10-09 14:03:27,5\n", encoding="utf-8-sig")
    import pytest

    from govhr_desktop.domain.errors import DomainError

    calls = iter([False, True, True])
    with pytest.raises(DomainError):
        svc.import_file(path, "test", cancel=lambda: next(calls))
    assert set(model_indexes) <= names()


def test_bulk_import_in_multi_row_statements_counts_duplicates_and_restores_foreign_keys(
        monkeypatch, tmp_path, demo_ctx):
    """A bulk import writes groups of rows per statement (plus the rest one by one) with the
    foreign-key checks off for its own transaction; the checks are on again for the next user
    of the connection, and every id written points at a real row."""
    import govhr_desktop.services.ratings as r

    monkeypatch.setattr(r, "BULK_ROWS", 1)
    monkeypatch.setattr(r, "ROWS_PER_STATEMENT", 4)
    monkeypatch.setattr(r, "_INSERT_MANY", r._INSERT.replace(
        "VALUES (" + ", ".join("?" for _ in ratings_import.RATING_COLUMNS) + ")",
        "VALUES " + ", ".join(["(" + ", ".join("?" for _ in ratings_import.RATING_COLUMNS) + ")"] * 4)))
    p = make_file(tmp_path, demo_ctx, n=11)  # two statements of 4 rows, then 3 rows one by one
    svc = RatingImportService(demo_ctx)
    res = svc.import_file(p, "province")
    assert (res.read, res.added, res.duplicates) == (11, 11, 0)
    res2 = svc.import_file(p, "province")
    assert (res2.read, res2.added, res2.duplicates) == (11, 0, 11)
    with demo_ctx.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA foreign_key_check(rating)")).all() == []
        linked = c.execute(text("SELECT count(*) FROM rating WHERE staff_id IS NOT NULL AND window_id IS NOT NULL "
                                "AND import_id = :i"), {"i": res.import_id}).scalar()
        keys = [k for (k,) in c.execute(text("SELECT rating_key FROM rating ORDER BY rating_key"))]
    assert linked == 11 and keys == [f"R{i:05d}" for i in range(11)]
    # a write that breaks a foreign key is refused again on the pooled connection
    with pytest.raises(Exception), demo_ctx.transaction() as s:
        s.execute(text("UPDATE rating SET window_id = 999999 WHERE rating_key = 'R00000'"))


def test_bulk_import_leaves_the_checkpoint_to_a_background_thread(monkeypatch, tmp_path, demo_ctx):
    """A bulk import commits without the automatic WAL checkpoint (the connection gets the
    setting back at check-in); a background checkpoint then copies the log into the file."""
    import sqlite3

    import govhr_desktop.services.ratings as r

    monkeypatch.setattr(r, "BULK_ROWS", 1)
    started = []
    real = demo_ctx.db.checkpoint_in_background
    monkeypatch.setattr(demo_ctx.db, "checkpoint_in_background", lambda: (started.append(1), real()))
    p = make_file(tmp_path, demo_ctx, n=40)
    res = RatingImportService(demo_ctx).import_file(p, "province")
    assert res.added == 40 and started == [1]
    with demo_ctx.connect() as c:
        # (the pool hands out the connection the import used: its setting is back)
        assert c.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
    demo_ctx.db.wait_for_checkpoint()
    # the database file alone (immutable=1 reads no write-ahead log) holds the import
    file_only = sqlite3.connect(f"file:{demo_ctx.db.path}?immutable=1", uri=True)
    try:
        assert file_only.execute("SELECT count(*) FROM rating").fetchone()[0] == 40
    finally:
        file_only.close()


def test_import_opens_cases_for_its_own_bad_ratings(tmp_path, demo_ctx):
    """The import opens a 差评 case for each bad rating it adds, in its own transaction; a bad
    rating already stored without a case is left to 处理 → 生成案件 (open_cases)."""
    from govhr_desktop.services.bad_ratings import BadRatingService

    RatingImportService(demo_ctx).import_file(make_file(tmp_path, demo_ctx, n=4), "province")
    with demo_ctx.transaction() as s:
        s.execute(text("DELETE FROM bad_rating_case"))
        s.execute(text("UPDATE rating SET level = 1 WHERE rating_key = 'R00000'"))
    name, wn = center(demo_ctx)
    p = tmp_path / "more.csv"
    p.write_text("\n".join([HEADER] + [
        f"N{i},评价器,不动产登记,BJ{i},县局,{wn},{name},2026-10-{10 + i} 09:00:00,{lv},"
        for i, lv in enumerate(["非常不满意", "5", "不满意", "4"])]) + "\n", encoding="utf-8-sig")
    RatingImportService(demo_ctx).import_file(p, "province")
    with demo_ctx.connect() as c:
        opened = c.execute(text(
            "SELECT r.rating_key, c.verify_due > substr(r.rated_at, 1, 10) FROM bad_rating_case c "
            "JOIN rating r ON r.id = c.rating_id ORDER BY r.rating_key")).all()
    assert [tuple(o) for o in opened] == [("N0", 1), ("N2", 1)]
    assert BadRatingService(demo_ctx).open_cases() == 1  # R00000


def test_a_bulk_import_keeps_the_indexes_of_a_much_larger_table(monkeypatch, tmp_path, demo_ctx):
    """Rebuilding sorts every stored rating; past about twice the incoming rows, the import
    inserts into the indexes as they are."""
    import govhr_desktop.services.ratings as r

    assert r.rebuild_indexes(200_000, 0) and r.rebuild_indexes(200_000, 400_000)
    assert not r.rebuild_indexes(200_000, 400_001) and not r.rebuild_indexes(r.BULK_ROWS - 1, 0)
    monkeypatch.setattr(r, "BULK_ROWS", 1)
    rebuilt = []
    drop = r._drop_secondary_indexes
    monkeypatch.setattr(r, "_drop_secondary_indexes", lambda cur: (rebuilt.append("drop"), drop(cur)))
    svc = RatingImportService(demo_ctx)
    svc.import_file(make_file(tmp_path, demo_ctx, n=30), "province")  # into an empty table
    assert rebuilt == ["drop"]
    p = tmp_path / "few.csv"
    name, wn = center(demo_ctx)
    p.write_text(f"{HEADER}\nX1,评价器,不动产登记,BJ,县局,{wn},{name},2026-10-09 14:00:00,5,\n", encoding="utf-8-sig")
    assert svc.import_file(p, "province").added == 1
    assert rebuilt == ["drop"]  # 30 stored, 1 coming: kept
