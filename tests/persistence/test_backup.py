"""Backups: names and rotation, checking a backup file, backup -> change -> restore."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence import backup as files
from govhr_desktop.persistence.engine import Database
from govhr_desktop.persistence.migrate import HEAD
from govhr_desktop.services.backup import BackupService
from govhr_desktop.services.base import ServiceContext


def touch_backup(folder: Path, kind: str, when: datetime, seq: int = 1) -> Path:
    p = folder / files.backup_name(kind, when, seq)
    p.write_bytes(b"")
    return p


AUDIT_TABLES = ("audit_entry", "audit_head")


def dump(db_path: Path, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every table's rows in rowid order (read-only)."""
    con = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables if t not in skip}
    finally:
        con.close()


def audit_rows(db_path: Path) -> list[tuple]:
    con = sqlite3.connect(str(db_path))
    try:
        return con.execute("SELECT username, action, result, detail FROM audit_entry ORDER BY id").fetchall()
    finally:
        con.close()


# --- names ------------------------------------------------------------------------------------


def test_names_round_trip_and_collisions(tmp_path):
    when = datetime(2026, 3, 1, 8, 30, 5)
    assert files.backup_name("daily", when) == "govhr-20260301-083005-daily.sqlite3"
    assert files.parse_name("govhr-20260301-083005-daily.sqlite3") == files.BackupName(when, 1, "daily")
    assert files.parse_name("govhr-20260301-083005-manual-3.sqlite3").seq == 3
    legacy = files.parse_name("govhr-20260301-083005-123456-before-0002_security.sqlite3")
    assert legacy.kind == "migration" and legacy.taken == when.replace(microsecond=123456)
    for foreign in ("govhr.sqlite3", "govhr-20260301-083005-weekly.sqlite3", "mine.sqlite3", "govhr-2026-daily.sqlite3"):
        assert files.parse_name(foreign) is None


def test_two_backups_in_one_second_get_distinct_names(paths):
    when = datetime(2026, 3, 1, 8, 30, 5)
    a = files.make_backup(paths.database, paths.backups, "manual", now=when)
    b = files.make_backup(paths.database, paths.backups, "manual", now=when)
    assert a.name == "govhr-20260301-083005-manual.sqlite3"
    assert b.name == "govhr-20260301-083005-manual-2.sqlite3"
    assert not list(paths.backups.glob("*.part"))


# --- rotation ---------------------------------------------------------------------------------


def simulate_year(folder: Path, start: date, end: date, rotate_daily: bool) -> None:
    d = start
    while d <= end:
        touch_backup(folder, "daily", datetime.combine(d, datetime.min.time()).replace(hour=8))
        if d.day in (10, 20, 30) or d == end:  # a second start later that day
            touch_backup(folder, "daily", datetime.combine(d, datetime.min.time()).replace(hour=17))
        if rotate_daily:
            files.rotate(folder, d)
        d += timedelta(days=1)
    if not rotate_daily:
        files.rotate(folder, end)


@pytest.mark.parametrize("rotate_daily", [True, False])
def test_rotation_keeps_grandfather_father_son_over_a_year(tmp_path, rotate_daily):
    folder = tmp_path / "backups"
    folder.mkdir()
    manual = touch_backup(folder, "manual", datetime(2025, 1, 5, 9, 0))
    foreign = folder / "copy of govhr.sqlite3"
    foreign.write_bytes(b"x")
    simulate_year(folder, date(2025, 11, 1), date(2026, 12, 31), rotate_daily)

    kept = sorted(p.name for p in folder.iterdir())
    # newest per day, 7 days (the 30th and the last day had a second, later backup)
    days = [f"202612{d:02d}-170000" if d in (30, 31) else f"202612{d:02d}-080000" for d in range(25, 32)]
    # newest per ISO week, 4 weeks: Thu 31 Dec and Sun 27 Dec are among the days already
    weeks = ["20261220-170000", "20261213-080000"]
    # newest per month, 12 months: December 2025 and older are gone, like November 2025
    month_ends = ["20260131", "20260228", "20260331", "20260430", "20260531", "20260630",
                  "20260731", "20260831", "20260930", "20261031", "20261130"]
    months = [f"{d}-170000" if d.endswith("30") else f"{d}-080000" for d in month_ends]
    expected = sorted(
        [f"govhr-{stamp}-daily.sqlite3" for stamp in days + weeks + months]
        + [manual.name, foreign.name]
    )
    assert kept == expected


def test_rotation_keeps_ten_migration_and_restore_backups_and_every_manual(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 9, 0)
    for i in range(15):
        touch_backup(folder, "migration", start + timedelta(days=i))
        touch_backup(folder, "restore", start + timedelta(days=i, hours=1))
        touch_backup(folder, "manual", start + timedelta(days=i, hours=2))
    legacy = folder / "govhr-20251201-090000-000001-before-0002_security.sqlite3"
    legacy.write_bytes(b"")
    deleted = files.rotate(folder, date(2026, 2, 1))
    names = {p.name for p in folder.iterdir()}
    for kind in ("migration", "restore"):
        ours = sorted(n for n in names if f"-{kind}" in n)
        assert len(ours) == 10 and ours[0].startswith("govhr-20260106")
    assert sum("-manual" in n for n in names) == 15
    assert legacy in deleted  # the oldest "migration" of all


def test_daily_backup_once_a_day_then_rotated(ctx, paths):
    svc = BackupService(ctx, paths)
    old = touch_backup(paths.backups, "daily", datetime(2025, 1, 1, 8, 0))  # over a year old
    first = svc.daily_if_due(date(2026, 3, 2))
    assert first is not None and files.parse_name(first.name).kind == "daily"
    assert svc.daily_if_due(date(2026, 3, 2)) is None  # already done today
    assert not old.exists()
    assert files.inspect_backup(first).revision == HEAD


# --- checking a backup ------------------------------------------------------------------------


def test_inspect_reports_what_a_backup_holds(demo_ctx, demo_paths, tmp_path):
    made = BackupService(demo_ctx, demo_paths).backup_now()
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = Path(shutil.copy2(made.path, stick))
    info = files.inspect_backup(copy)
    assert (info.revision, info.integrity_ok, info.kind, info.problem) == (HEAD, True, "manual", "")
    assert info.center_name and info.staff_count == 470
    assert info.size == made.path.stat().st_size > 0
    # checking leaves nothing beside the file (it may sit on a USB stick)
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]


def test_inspect_refuses_a_text_file(tmp_path):
    p = tmp_path / "notes.sqlite3"
    p.write_text("这不是数据库\n" * 100, encoding="utf-8")
    with pytest.raises(DomainError) as e:
        files.inspect_backup(p)
    assert e.value.code == "backup.not_database" and e.value.params["path"] == str(p)
    assert files.inspect_backup(p, strict=False).problem == "backup.not_database"


def test_inspect_refuses_a_foreign_sqlite_database(tmp_path):
    p = tmp_path / "other.sqlite3"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.commit()
    con.close()
    with pytest.raises(DomainError) as e:
        files.inspect_backup(p)
    assert e.value.code == "backup.not_ours"


def test_inspect_refuses_a_newer_revision(paths, tmp_path):
    p = tmp_path / "future.sqlite3"
    files.online_backup(paths.database, p)
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    with pytest.raises(DomainError) as e:
        files.inspect_backup(p)
    assert e.value.code == "backup.newer" and e.value.params["revision"] == "0099_future"


def corrupt_copy(source: Path, target: Path, seed: int = 7) -> Path:
    """A copy with some middle pages overwritten by garbage (what a bad sector does)."""
    files.online_backup(source, target)
    con = sqlite3.connect(target)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    assert pages > 20
    rng = random.Random(seed)
    with open(target, "r+b") as f:
        for n in range(pages // 3, pages // 3 + 6):
            f.seek(n * page)
            f.write(bytes(rng.randrange(256) for _ in range(page)))
    return target


def test_inspect_refuses_a_corrupted_file(demo_paths, tmp_path):
    bad = corrupt_copy(demo_paths.database, tmp_path / "bad.sqlite3")
    with pytest.raises(DomainError) as e:
        files.inspect_backup(bad)
    assert e.value.code == "backup.corrupt" and e.value.params["detail"]
    info = files.inspect_backup(bad, strict=False)
    assert info.problem == "backup.corrupt" and not info.integrity_ok
    assert files.quick_check(bad) is not None
    assert files.quick_check(demo_paths.database) is None


def test_list_shows_every_file_newest_first_with_problems(demo_ctx, demo_paths):
    svc = BackupService(demo_ctx, demo_paths)
    a = files.make_backup(demo_paths.database, demo_paths.backups, "daily", now=datetime(2026, 3, 1, 8, 0))
    b = files.make_backup(demo_paths.database, demo_paths.backups, "manual", now=datetime(2026, 3, 2, 8, 0))
    (demo_paths.backups / "junk.sqlite3").write_text("junk")
    rows = svc.list()
    assert [r.path for r in rows[1:]] == [b, a]  # junk has today's mtime: newest
    assert rows[0].problem == "backup.not_database" and rows[0].kind == ""
    assert svc.newest_good().path == b


# --- online backup while the program writes ---------------------------------------------------


def test_online_backup_is_consistent_while_another_connection_writes(demo_paths, tmp_path):
    db = Database(demo_paths.database)
    try:
        with db.engine.connect() as conn:
            tx = conn.begin()
            before = conn.execute(text("SELECT count(*) FROM zone")).scalar()
            conn.execute(text("INSERT INTO zone (name, floor, description, sort_order) VALUES ('未提交', '9', '', 99)"))
            target = files.online_backup(demo_paths.database, tmp_path / "during.sqlite3")
            tx.rollback()
    finally:
        db.dispose()
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM zone").fetchone()[0] == before
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a single self-contained file
    con.close()


# --- restore ----------------------------------------------------------------------------------


def change_some_data(ctx: ServiceContext) -> None:
    with ctx.transaction() as s:
        s.execute(text("UPDATE staff SET name = '改过的' WHERE id IN (SELECT id FROM staff LIMIT 5)"))
        s.execute(text("DELETE FROM chief_representative"))
        s.execute(text("INSERT INTO zone (name, floor, description, sort_order) VALUES ('新区域', '3', '', 50)"))


def test_backup_change_restore_gives_back_exactly_the_backed_up_data(demo_ctx, demo_paths):
    svc = BackupService(demo_ctx, demo_paths)
    made = svc.backup_now()
    backed_up = dump(made.path)
    change_some_data(demo_ctx)
    changed = dump(demo_paths.database)
    assert changed["staff"] != backed_up["staff"]

    result = svc.restore(made.path)

    assert result.migrated is False and result.revision == HEAD and result.staff_count == 470
    restored = dump(demo_paths.database)
    assert {k: v for k, v in restored.items() if k not in AUDIT_TABLES} == {
        k: v for k, v in backed_up.items() if k not in AUDIT_TABLES
    }
    # the backup's audit trail, plus one entry for the restore itself
    assert restored["audit_entry"][:-1] == backed_up["audit_entry"]
    assert audit_rows(demo_paths.database)[-1][:3] == ("system", "backup.restore", "ok")
    # the data as it was before the restore is kept, and is the changed data
    assert result.safety_backup.exists() and files.parse_name(result.safety_backup.name).kind == "restore"
    safety = dump(result.safety_backup)
    assert {k: v for k, v in safety.items() if k not in AUDIT_TABLES} == {
        k: v for k, v in changed.items() if k not in AUDIT_TABLES
    }
    # the program keeps working on the same context afterwards
    from govhr_desktop.services.staff import StaffService

    assert "改过的" not in {s.name for s in StaffService(demo_ctx).list()}
    assert files.integrity_check(demo_paths.database) is None


def test_restore_refused_without_permission_and_audited(demo_ctx, demo_paths):
    made = BackupService(demo_ctx, demo_paths).backup_now()
    change_some_data(demo_ctx)
    before = dump(demo_paths.database, skip=AUDIT_TABLES)
    backups_before = sorted(demo_paths.backups.iterdir())
    clerk = ServiceContext(demo_ctx.db, Actor.for_role("u", "personnel"))
    with pytest.raises(DomainError) as e:
        BackupService(clerk, demo_paths).restore(made.path)
    assert e.value.code == "permission.denied"
    assert dump(demo_paths.database, skip=AUDIT_TABLES) == before
    assert sorted(demo_paths.backups.iterdir()) == backups_before  # not even a safety backup
    user, action, result, _detail = audit_rows(demo_paths.database)[-1]
    assert (user, action, result) == ("u", "backup.restore", "denied")
    for call in (lambda s: s.backup_now(), lambda s: s.backup_to(demo_paths.root)):
        with pytest.raises(DomainError):
            call(BackupService(clerk, demo_paths))


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "corrupt"])
def test_restore_of_an_unusable_file_changes_nothing(demo_ctx, demo_paths, tmp_path, kind):
    p = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        p.write_text("hello")
    elif kind == "foreign":
        con = sqlite3.connect(p)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
    elif kind == "newer":
        files.online_backup(demo_paths.database, p)
        con = sqlite3.connect(p)
        con.execute("UPDATE alembic_version SET version_num = '0099_future'")
        con.commit()
        con.close()
    else:
        corrupt_copy(demo_paths.database, p)
    before = dump(demo_paths.database, skip=AUDIT_TABLES)
    with pytest.raises(DomainError) as e:
        BackupService(demo_ctx, demo_paths).restore(p)
    code = {"text": "backup.not_database", "foreign": "backup.not_ours", "newer": "backup.newer",
            "corrupt": "backup.corrupt"}[kind]
    assert e.value.code == code
    assert dump(demo_paths.database, skip=AUDIT_TABLES) == before
    assert not list(demo_paths.backups.iterdir())
    assert audit_rows(demo_paths.database)[-1][1:3] == ("backup.restore", "failed")


def test_restore_refuses_the_live_database_itself(ctx, paths):
    with pytest.raises(DomainError) as e:
        BackupService(ctx, paths).restore(paths.database)
    assert e.value.code == "backup.is_live"


def test_restoring_an_older_schema_upgrades_it(ctx, paths, tmp_path):
    from alembic import command

    from govhr_desktop.persistence.migrate import KNOWN_REVISIONS, alembic_config

    old = tmp_path / "old.sqlite3"
    old_db = Database(old, wal=False)
    cfg = alembic_config(old)
    with old_db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, KNOWN_REVISIONS[0])
    old_db.dispose()
    assert files.inspect_backup(old).revision == KNOWN_REVISIONS[0]

    result = BackupService(ctx, paths).restore(old)
    assert result.migrated is (KNOWN_REVISIONS[0] != HEAD)
    assert files.inspect_backup(paths.database).revision == HEAD
    assert audit_rows(paths.database)[-1][1:3] == ("backup.restore", "ok")


def test_restore_into_a_damaged_live_database(demo_ctx, demo_paths, tmp_path):
    svc = BackupService(demo_ctx, demo_paths)
    good = svc.backup_now()
    demo_ctx.db.dispose()
    corrupt_copy(good.path, tmp_path / "bad.sqlite3")
    for side in ("-wal", "-shm"):
        Path(str(demo_paths.database) + side).unlink(missing_ok=True)
    shutil.copy(tmp_path / "bad.sqlite3", demo_paths.database)
    assert svc.integrity_at_start() is not None
    assert svc.newest_good().path == good.path

    svc.restore(good.path)
    assert svc.integrity_at_start() is None and svc.check_integrity() is None
    assert dump(demo_paths.database, skip=AUDIT_TABLES) == dump(good.path, skip=AUDIT_TABLES)


def test_backup_to_a_folder_names_the_center(demo_ctx, demo_paths, tmp_path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    svc = BackupService(demo_ctx, demo_paths)
    first = svc.backup_to(usb)
    second = svc.backup_to(usb)
    short = svc._center_short_name()
    assert short and first.name.startswith(f"govhr-{short}-") and first.suffix == ".sqlite3"
    assert first != second and second.exists()
    assert files.inspect_backup(first).staff_count == 470
    assert sorted(p.name for p in usb.iterdir()) == sorted([first.name, second.name])
    assert audit_rows(demo_paths.database)[-1][1:3] == ("backup.export", "ok")
    with pytest.raises(DomainError) as e:
        svc.backup_to(tmp_path / "removed-stick")
    assert e.value.code == "backup.folder_missing"


def test_restore_over_a_live_file_whose_first_page_is_destroyed(demo_ctx, demo_paths):
    svc = BackupService(demo_ctx, demo_paths)
    good = svc.backup_now()
    demo_ctx.db.dispose()
    for side in ("-wal", "-shm"):
        Path(str(demo_paths.database) + side).unlink(missing_ok=True)
    shutil.copy(good.path, demo_paths.database)
    with open(demo_paths.database, "r+b") as f:
        f.write(b"\xff" * 4096)
    assert svc.integrity_at_start() is not None

    result = svc.restore(good.path)
    assert result.safety_backup.read_bytes()[:16] == b"\xff" * 16  # the damaged bytes are kept as they were
    assert svc.integrity_at_start() is None
    assert dump(demo_paths.database, skip=AUDIT_TABLES) == dump(good.path, skip=AUDIT_TABLES)


def test_list_checks_each_file_once_and_remembers_it(demo_ctx, demo_paths, monkeypatch):
    svc = BackupService(demo_ctx, demo_paths)
    made = files.make_backup(demo_paths.database, demo_paths.backups, "daily", now=datetime(2026, 3, 1, 8, 0))
    first = svc.list()
    calls = []
    real = files.inspect_backup
    monkeypatch.setattr(files, "inspect_backup", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert BackupService(demo_ctx, demo_paths).list() == first  # a new service: read from checked.json
    assert calls == []
    with open(made, "r+b") as f:  # the file changed: checked again
        f.seek(made.stat().st_size // 2)
        f.write(b"\xff" * 8192)
    again = svc.list()
    assert len(calls) == 1 and again[0].path == made
    made.unlink()
    assert svc.list() == []
    assert "govhr" not in (demo_paths.backups / "checked.json").read_text(encoding="utf-8")


def test_a_migration_backup_never_deletes_other_backups(paths, monkeypatch):
    import govhr_desktop.persistence.migrate as m

    for i in range(12):
        files.make_backup(paths.database, paths.backups, "manual", now=datetime(2026, 1, 1 + i, 9, 0))
    monkeypatch.setattr(m, "KNOWN_REVISIONS", (m.HEAD, "0099_next"))
    monkeypatch.setattr(m, "HEAD", "0099_next")
    monkeypatch.setattr(m, "upgrade_to_head", lambda p, e: None)
    db = Database(paths.database)
    try:
        assert m.prepare_database(paths.database, paths.backups, db.engine) == "migrated"
    finally:
        db.dispose()
    kinds = [n.kind for _p, n in files.backups_in(paths.backups)]
    assert kinds.count("manual") == 12 and kinds.count("migration") == 1
    assert all(files.parse_name(p.name) for p in paths.backups.glob("*.sqlite3"))
