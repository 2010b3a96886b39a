"""Open a database file safely: refuse newer ones, back up, then migrate with Alembic.

The fast path (database already at head) reads ``alembic_version`` with sqlite3 and never
imports Alembic, which keeps start-up quick.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from govhr_desktop import __version__
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.paths import migrations_dir

log = logging.getLogger(__name__)

#: Every revision this version of the program knows, oldest first. A test checks this list
#: against the Alembic scripts in migrations/versions.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_security", "0003_personnel_flow", "0004_evaluations",
                                     "0005_evaluation_forms",
                                     "0006_honours_annual", "0007_rating_index", "0008_training",
                                     "0009_documents", "0010_rosters", "0011_rating_subject_index")
HEAD = KNOWN_REVISIONS[-1]


def current_revision(db_path: Path) -> str | None:
    """The database's Alembic revision; None for a new or empty file."""
    if not Path(db_path).exists():
        return None
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = con.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).fetchone()[0]
            if tables:
                raise DomainError("database.not_ours", path=str(db_path))
            return None
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return rev[0] if rev else None
    except sqlite3.DatabaseError as e:
        if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
            raise DomainError("database.locked", path=str(db_path)) from e
        raise DomainError("database.unreadable", path=str(db_path), detail=str(e)) from e
    finally:
        con.close()


def backup_database(db_path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup (consistent even in WAL mode)."""
    from govhr_desktop.persistence.backup import make_backup, rotate

    target = make_backup(db_path, backup_dir, "migration")
    rotate(backup_dir)
    log.info("backup before %s written to %s", reason, target)
    return target


def alembic_config(db_path: Path):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


def upgrade_to_head(db_path: Path, engine) -> None:
    from alembic import command

    cfg = alembic_config(db_path)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def prepare_database(db_path: Path, backup_dir: Path, engine) -> str:
    """Bring the database to HEAD. Returns what was done: 'current', 'created' or 'migrated'.

    Raises DomainError('database.newer') for a database written by a newer program.
    """
    rev = current_revision(db_path)
    if rev == HEAD:
        return "current"
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DomainError("database.newer", path=str(db_path), revision=rev, version=__version__)
    if rev is None:
        log.info("creating database %s", db_path)
        upgrade_to_head(db_path, engine)
        return "created"
    backup_database(db_path, backup_dir, f"before-{HEAD}")
    log.info("migrating %s from %s to %s", db_path, rev, HEAD)
    upgrade_to_head(db_path, engine)
    return "migrated"
