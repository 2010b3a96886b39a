"""The audit trail's hash chain: verify finds exactly the entry that was changed or whose
predecessor vanished; the database's triggers refuse UPDATE and DELETE."""

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.services.audit import AuditService, write_entry
from govhr_desktop.services.base import ServiceContext


@pytest.fixture
def audit(ctx):
    return AuditService(ctx)


def write(ctx, n: int, *, user: str = "tester", action: str = "test.write") -> list[int]:
    """n entries, one transaction each (as services write them); their ids."""
    for i in range(n):
        with ctx.transaction() as s:
            write_entry(s, user, action, record_type="thing", record_id=i, record_label=f"第{i}件",
                        before={"n": i}, after={"n": i + 1}, detail=f"step {i}")
    with ctx.connect() as c:
        return list(c.execute(text("SELECT id FROM audit_entry ORDER BY id DESC LIMIT :n"), {"n": n}).scalars())[::-1]


def tamper(ctx, *statements: tuple[str, dict]) -> None:
    """Edit the file the way another tool would: without the program's triggers."""
    with closing(sqlite3.connect(ctx.db.path)) as raw:
        raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        for sql, params in statements:
            raw.execute(sql, params)
        raw.commit()


def test_an_untouched_chain_verifies(ctx, audit):
    before = audit.verify()
    assert before.ok and before.reason == ""
    ids = write(ctx, 6)
    check = audit.verify()
    assert check.ok and check.first_broken_id is None
    assert check.entries == before.entries + 1 + 6  # (+1: the first check is itself recorded)
    assert ids == sorted(ids) and len(set(ids)) == 6


@pytest.mark.parametrize(
    ("column", "value"),
    [("detail", "step 99"), ("username", "someone"), ("at", "2020-01-01T00:00:00.000000"),
     ("result", "failed"), ("after", '{"n": 100}'), ("record_label", "别的")],
)
def test_a_changed_field_names_that_entry(ctx, audit, column, value):
    ids = write(ctx, 5)
    victim = ids[2]
    tamper(ctx, (f"UPDATE audit_entry SET {column} = :v WHERE id = :id", {"v": value, "id": victim}))
    check = audit.verify()
    assert (check.first_broken_id, check.reason) == (victim, "hash")
    assert not check.ok


def test_a_changed_entry_with_a_recomputed_hash_breaks_the_next_link(ctx, audit):
    """A forger who also rewrites the entry's own hash is caught at the following entry."""
    from govhr_desktop.services.audit import _HASHED, entry_hash

    ids = write(ctx, 5)
    victim = ids[1]
    with ctx.connect() as c:
        row = c.execute(text("SELECT * FROM audit_entry WHERE id = :id"), {"id": victim}).mappings().one()
    fields = {k: row[k] for k in _HASHED} | {"detail": "forged"}
    forged = entry_hash(row["prev_hash"], fields)
    tamper(ctx, ("UPDATE audit_entry SET detail = 'forged', entry_hash = :h WHERE id = :id", {"h": forged, "id": victim}))
    check = audit.verify()
    assert (check.first_broken_id, check.reason) == (ids[2], "link")


def test_a_deleted_middle_entry_names_the_one_after_it(ctx, audit):
    ids = write(ctx, 5)
    tamper(ctx, ("DELETE FROM audit_entry WHERE id = :id", {"id": ids[2]}))
    check = audit.verify()
    assert (check.first_broken_id, check.reason) == (ids[3], "link")


def test_deleting_the_oldest_entries_is_seen_too(ctx, audit):
    ids = write(ctx, 4)
    tamper(ctx, ("DELETE FROM audit_entry WHERE id < :id", {"id": ids[1]}))
    check = audit.verify()
    assert (check.entries, check.first_broken_id, check.reason) == (1, ids[1], "link")


def test_triggers_refuse_update_and_delete_through_the_program(ctx, audit):
    ids = write(ctx, 3)
    for sql in ("UPDATE audit_entry SET detail = 'x' WHERE id = :id", "DELETE FROM audit_entry WHERE id = :id"):
        with pytest.raises(DatabaseError, match="append-only"), ctx.transaction() as s:
            s.execute(text(sql), {"id": ids[1]})
    assert audit.verify().ok
    assert [r.detail for r in audit.list() if r.id in ids] == ["step 2", "step 1", "step 0"]


def test_triggers_refuse_a_plain_sqlite_connection_too(ctx, audit):
    ids = write(ctx, 2)
    with closing(sqlite3.connect(ctx.db.path)) as raw:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("UPDATE audit_entry SET result = 'ok' WHERE id = ?", (ids[0],))
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("DELETE FROM audit_entry")
    assert audit.verify().ok


def test_a_rolled_back_change_leaves_no_entry(ctx, audit):
    n = audit.verify().entries
    with pytest.raises(RuntimeError), ctx.transaction() as s:
        write_entry(s, "tester", "test.write", detail="never happened")
        raise RuntimeError("the change failed")
    check = audit.verify()
    assert check.ok and check.entries == n + 1  # only the first check's own entry was added


def test_list_filters_in_sql(ctx, audit):
    write(ctx, 3, user="alice", action="staff.update")
    write(ctx, 2, user="bob", action="window.create")
    assert {r.username for r in audit.list(username="alice")} == {"alice"}
    assert {r.action for r in audit.list(action="window.")} == {"window.create"}
    assert len(audit.list(record="第1件")) == 2  # label, once per user
    assert len(audit.list(record="thing")) == 5
    today = date.today()
    assert len(audit.list(since=today, until=today)) >= 5
    assert audit.list(until=today - timedelta(days=1)) == []
    assert len(audit.list(limit=2)) == 2
    assert audit.list(limit=2)[0].id > audit.list(limit=2)[1].id  # newest first
    assert {"alice", "bob"} <= set(audit.usernames())


def test_only_the_auditor_reads_the_trail_and_a_refusal_is_recorded(ctx, audit):
    clerk = AuditService(ServiceContext(ctx.db, actor=Actor.for_role("xiaowang", "personnel")))
    with pytest.raises(DomainError) as e:
        clerk.verify()
    assert e.value.code == "permission.denied"
    denied = audit.list(username="xiaowang")
    assert denied and denied[0].result == "denied"
    auditor = AuditService(ServiceContext(ctx.db, actor=Actor.for_role("shenji", "auditor")))
    assert auditor.verify().ok
