"""Start-up work that needs no Qt: logging, opening and migrating the database, the demo center."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass

from govhr_desktop import __version__
from govhr_desktop.paths import DataPaths
from govhr_desktop.persistence.engine import Database
from govhr_desktop.persistence.migrate import prepare_database
from govhr_desktop.services.base import ServiceContext

log = logging.getLogger(__name__)


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_govhr", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "govhr-desktop.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._govhr = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    log.info("govhr-desktop %s, data directory %s", __version__, paths.root)


def center_exists(db: Database) -> bool:
    """True once the center's row exists (read without the ORM: this runs at every start)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM center WHERE id = 1")).first() is not None


def _has_accounts(db: Database) -> bool:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM user_account LIMIT 1")).first() is not None


@dataclass
class Opened:
    ctx: ServiceContext
    paths: DataPaths
    action: str  # 'current' | 'created' | 'migrated'
    demo_generated: bool = False


def open_data(paths: DataPaths, *, demo: bool = False, demo_seed: int = 2026) -> Opened:
    """Open (create, migrate) the database in ``paths``; fill the demo center when asked."""
    paths.ensure()
    db = Database(paths.database)
    try:
        action = prepare_database(paths.database, paths.backups, db.engine)
    except BaseException:
        db.dispose()
        raise
    ctx = ServiceContext(db)
    generated = False
    if demo and not center_exists(db):
        from govhr_desktop.demo import generate_demo
        from govhr_desktop.demo_evaluations import add_demo_evaluations
        from govhr_desktop.demo_training import add_demo_training

        generate_demo(db, seed=demo_seed)
        add_demo_evaluations(db, seed=demo_seed)  # ratings, 差评 cases, registers, monthly forms
        add_demo_training(db, seed=demo_seed)  # courses, sign-ins, scores, certificates, skill levels
        from govhr_desktop.demo_rosters import add_demo_rosters

        add_demo_rosters(db, seed=demo_seed)  # duty posts, leader rota, this year's rosters, duty logs
        generated = True
    if demo and not _has_accounts(db):
        from govhr_desktop.services.auth import create_demo_accounts

        create_demo_accounts(ctx)
    from datetime import date

    from govhr_desktop.persistence.post_cache import refresh_post_cache

    with db.engine.begin() as conn:  # assignments start and end by date: today's posts, once a day
        from sqlalchemy import text

        today = date.today().isoformat()
        done = conn.execute(text("SELECT value FROM app_setting WHERE key = 'post_cache.refreshed_on'")).scalar()
        if done != today or generated:
            refresh_post_cache(conn, date.today())
            conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('post_cache.refreshed_on', :d) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"d": today})
    return Opened(ctx, paths, action, generated)
