"""Engine and session factory for one SQLite file, with the pragmas every connection needs."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


def _is_network_path(path: Path) -> bool:
    """WAL needs shared memory, which network shares do not give reliably."""
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")


def make_engine(db_path: Path, *, wal: bool | None = None) -> Engine:
    db_path = Path(db_path)
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    use_wal = (not _is_network_path(db_path)) if wal is None else wal

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA journal_mode={'WAL' if use_wal else 'DELETE'}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn, record):  # pragma: no cover - trivial
        # A bulk import may switch foreign-key checks off for its own transaction (its rows
        # reference only ids it has just read under the write lock); they are back on before
        # the connection can be handed to anyone else.
        if record is not None and record.info.pop(FOREIGN_KEYS_OFF, False):
            dbapi_conn.execute("PRAGMA foreign_keys=ON")
        if record is not None and record.info.pop(AUTOCHECKPOINT_OFF, False):
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")

    return engine


#: ``connection_record.info`` flag: foreign keys are off on this connection until check-in.
FOREIGN_KEYS_OFF = "govhr_foreign_keys_off"
#: ``connection_record.info`` flag: the automatic WAL checkpoint is off until check-in.
AUTOCHECKPOINT_OFF = "govhr_autocheckpoint_off"
#: SQLite's default automatic checkpoint threshold, restored at check-in.
WAL_AUTOCHECKPOINT_PAGES = 1000


class Database:
    """One open database: its engine and a session factory.

    The ORM is imported on the first session, not at start-up: the home page reads its
    figures through Core connections, so the first window paints without loading the ORM.
    """

    def __init__(self, db_path: Path, *, wal: bool | None = None) -> None:
        self.path = Path(db_path)
        self.engine = make_engine(self.path, wal=wal)
        self._session_factory = None
        self._checkpointer: threading.Thread | None = None

    def session(self) -> "Session":
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory()

    def checkpoint_in_background(self) -> None:
        """Copy the write-ahead log into the database file on a thread of its own.

        After a bulk import the log holds the whole import (about 50 MB for 200,000 ratings)
        and the automatic checkpoint at commit would make the clerk wait another 0.2 s for it.
        The import switches it off for its own commit and calls this instead (SQLite's WAL
        documentation: automatic checkpoints may be turned off and run "in a separate thread"):
        a PASSIVE checkpoint on its own connection blocks no reader or writer, and whatever it
        cannot copy now (a reader still on an older snapshot) the next automatic checkpoint
        copies. ``dispose`` waits for it.
        """
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return  # (one at a time; what it misses, the next automatic checkpoint copies)
        path = self.path

        def run() -> None:
            try:
                con = sqlite3.connect(path, timeout=5)
                try:
                    con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                finally:
                    con.close()
            except sqlite3.Error as e:  # the next automatic checkpoint will do it
                log.warning("background checkpoint of %s failed: %s", path, e)

        self._checkpointer = threading.Thread(target=run, name="govhr-checkpoint", daemon=True)
        self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def dispose(self) -> None:
        self.wait_for_checkpoint()
        self.engine.dispose()
