import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.persistence.engine import Database
from govhr_desktop.persistence.migrate import (
    HEAD,
    KNOWN_REVISIONS,
    alembic_config,
    current_revision,
    prepare_database,
)
from govhr_desktop.persistence.models import Base


def test_known_revisions_match_the_scripts(tmp_path):
    script = ScriptDirectory.from_config(alembic_config(tmp_path / "x.sqlite3"))
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD


def test_models_and_migrations_do_not_drift(template_db):
    db = Database(template_db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_create_then_current(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = Database(path)
    assert prepare_database(path, tmp_path / "b", db.engine) == "created"
    assert current_revision(path) == HEAD
    assert prepare_database(path, tmp_path / "b", db.engine) == "current"
    assert not list((tmp_path / "b").glob("*"))  # nothing to migrate, no backup needed
    db.dispose()


def test_newer_database_is_refused_and_left_alone(paths):
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = paths.database.read_bytes()
    db = Database(paths.database)
    with pytest.raises(DomainError) as e:
        prepare_database(paths.database, paths.backups, db.engine)
    db.dispose()
    assert e.value.code == "database.newer"
    assert e.value.params["revision"] == "9999_future"
    assert paths.database.read_bytes() == before


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.close()
    db = Database(path)
    with pytest.raises(DomainError) as e:
        prepare_database(path, tmp_path / "b", db.engine)
    db.dispose()
    assert e.value.code == "database.not_ours"


def test_migration_from_an_older_revision_makes_a_backup_first(paths, monkeypatch):
    """Simulate an older database by pretending HEAD moved on: the backup comes before upgrade."""
    import govhr_desktop.persistence.migrate as m

    calls = []
    monkeypatch.setattr(m, "KNOWN_REVISIONS", (*m.KNOWN_REVISIONS, "9998_next"))
    monkeypatch.setattr(m, "HEAD", "9998_next")
    monkeypatch.setattr(m, "upgrade_to_head", lambda p, e: calls.append(("upgrade", sorted(paths.backups.glob("*")))))
    db = Database(paths.database)
    assert m.prepare_database(paths.database, paths.backups, db.engine) == "migrated"
    db.dispose()
    (step, backups_then), = calls
    assert step == "upgrade" and len(backups_then) == 1
    con = sqlite3.connect(backups_then[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    con.close()


def test_pragmas_on_every_connection(paths):
    db = Database(paths.database)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()


def test_core_modules_do_not_import_qt():
    """Only govhr_desktop.ui may import PySide6: import everything else in a fresh interpreter."""
    root = Path(__file__).resolve().parents[2] / "govhr_desktop"
    modules = []
    for p in sorted(root.rglob("*.py")):
        rel = p.relative_to(root.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[1] == "ui" or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken6'))\n"
        "print(len(" + repr(modules) + "), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "govhr_desktop.services.staff" in modules and "govhr_desktop.app" in modules


def test_heavy_libraries_not_imported_at_startup():
    """ReportLab and openpyxl load when first needed, not when the program starts."""
    code = (
        "import sys\n"
        "import govhr_desktop.app, govhr_desktop.bootstrap, govhr_desktop.ui.main_window\n"
        "bad = sorted(m for m in ('reportlab', 'openpyxl', 'python_calamine', 'alembic') if m in sys.modules)\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    assert out.returncode == 0, out.stdout + out.stderr


def test_first_window_paints_without_the_orm(tmp_path):
    """Start-up budget: the home page is read through Core, the ORM loads with the first other page.

    ``show`` is slowed down, as on a busy 2-core machine: the home page's late panels (the ORM)
    must wait for the first paint, not for a fixed delay that a slow start outruns.
    """
    code = (
        "import sys, time\n"
        "from govhr_desktop.ui import main_window\n"
        "shown = main_window.MainWindow.show\n"
        "main_window.MainWindow.show = lambda self: (shown(self), time.sleep(0.2))\n"
        "from govhr_desktop.app import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, '--demo', '--quit-after-show'])\n"
        "loaded = sorted(m for m in ('sqlalchemy.orm', 'alembic', 'openpyxl', 'reportlab') if m in sys.modules)\n"
        "print('loaded', loaded); sys.exit(rc or (1 if loaded else 0))\n"
    )
    # the first run creates the demo database (that needs Alembic and the ORM); the second is a normal start
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code.replace("(1 if loaded else 0)", "0")], env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
