"""A program killed in the middle of a big write leaves a sound database: committed rows stay,
the unfinished transaction leaves no trace. (SIGKILL: no clean-up code runs, as with a power
cut of the process; the OS still has the written pages.)"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from govhr_desktop.persistence.backup import integrity_check
from govhr_desktop.persistence.engine import Database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

BULK_ROWS = 30_000

#: Copies an existing staff row (so the script follows the schema, whatever columns it gains),
#: commits 3 rows one by one, then inserts rows in ONE transaction until it is killed.
WRITER = textwrap.dedent(f"""
    import sys, time
    from pathlib import Path
    from sqlalchemy import text
    from govhr_desktop.persistence.engine import Database

    db = Database(Path(sys.argv[1]))
    with db.engine.connect() as conn:
        template = dict(conn.execute(text("SELECT * FROM staff ORDER BY id LIMIT 1")).mappings().one())
    template.pop("id")
    cols = list(template)
    sql = text(f"INSERT INTO staff ({{', '.join(cols)}}) VALUES ({{', '.join(':' + c for c in cols)}})")

    def rows(prefix, start, n):
        return [{{**template, "name": f"{{prefix}}{{i}}", "id_number": f"{{prefix[0]}}{{i:017d}}"}}
                for i in range(start, start + n)]

    for i in range(3):
        with db.engine.begin() as conn:
            conn.execute(sql, rows("COMMITTED", i, 1))
    print("committed", flush=True)
    with db.engine.begin() as conn:
        print("started", flush=True)
        n = 0
        while n < {BULK_ROWS}:
            conn.execute(sql, rows("KILLED", n, 1000))
            n += 1000
        print("bulk done", flush=True)
        deadline = time.time() + 120
        while time.time() < deadline:  # the transaction goes on, slowly, until the kill
            conn.execute(sql, rows("KILLED", n, 50))
            n += 50
            time.sleep(0.01)
    print("COMMITTED THE BIG TRANSACTION", flush=True)
""")


def wal_size(db: Path) -> int:
    try:
        return os.path.getsize(str(db) + "-wal")
    except OSError:
        return 0


def staff_names(db: Path) -> list[str]:
    con = sqlite3.connect(str(db))
    try:
        return [r[0] for r in con.execute("SELECT name FROM staff")]
    finally:
        con.close()


def test_killed_bulk_import_leaves_committed_rows_and_nothing_else(demo_paths):
    db_path = demo_paths.database
    before = len(staff_names(db_path))
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "committed", child.stderr.read()
        assert child.stdout.readline().strip() == "started"
        start_size = wal_size(db_path)
        # wait until the open transaction has spilled pages into the WAL: a half-written state
        deadline = time.monotonic() + 120
        while wal_size(db_path) < start_size + 2_000_000:
            assert child.poll() is None, child.stderr.read()
            assert time.monotonic() < deadline, "the writer never spilled into the WAL"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        rest = child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert "COMMITTED THE BIG TRANSACTION" not in rest
    assert wal_size(db_path) > start_size  # the uncommitted frames are on disk

    # reopen as the program does at the next start
    db = Database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()
    assert integrity_check(db_path) is None
    names = staff_names(db_path)
    assert sorted(n for n in names if n.startswith("COMMITTED")) == ["COMMITTED0", "COMMITTED1", "COMMITTED2"]
    assert not [n for n in names if n.startswith("KILLED")]
    assert len(names) == before + 3
