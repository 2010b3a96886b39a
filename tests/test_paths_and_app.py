"""Where data lives, and the program started as a clerk (or CI) starts it."""

import os
import sqlite3
import subprocess
import sys


from govhr_desktop import paths as paths_mod
from govhr_desktop.paths import resolve_data_dir


def test_data_dir_order(tmp_path, monkeypatch):
    env = {"GOVHR_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(tmp_path / "cli", environ=env).root == (tmp_path / "cli").resolve()
    assert resolve_data_dir(None, environ=env).root == (tmp_path / "env").resolve()
    monkeypatch.setattr(paths_mod, "program_dir", lambda: tmp_path / "prog")
    assert resolve_data_dir(None, portable=True, environ={}).root == (tmp_path / "prog" / "data").resolve()
    monkeypatch.setattr(paths_mod, "default_user_data_dir", lambda: tmp_path / "user")
    assert resolve_data_dir(None, environ={}).root == (tmp_path / "user").resolve()
    (tmp_path / "prog").mkdir()
    (tmp_path / "prog" / "portable.txt").write_text("")
    assert resolve_data_dir(None, environ={}).root == (tmp_path / "prog" / "data").resolve()


def test_demo_is_kept_apart(tmp_path):
    real = resolve_data_dir(tmp_path, environ={})
    demo = resolve_data_dir(tmp_path, demo=True, environ={})
    assert demo.database.parent == real.root / "demo"
    assert real.database != demo.database


def test_program_files_are_found():
    assert (paths_mod.migrations_dir() / "env.py").exists()
    assert (paths_mod.resource("i18n", "govhr_zh_CN.qm")).exists()


def run_app(*args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "govhr_desktop", *args], capture_output=True, text=True, env=env, timeout=120)


def test_self_check_creates_and_opens(tmp_path):
    out = run_app("--self-check", "--data-dir", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "self-check ok" in out.stdout
    assert (tmp_path / "govhr.sqlite3").exists()
    assert list((tmp_path / "logs").glob("govhr-desktop.log*"))


def test_newer_database_refused_with_clear_message(tmp_path):
    assert run_app("--self-check", "--data-dir", str(tmp_path)).returncode == 0
    con = sqlite3.connect(tmp_path / "govhr.sqlite3")
    con.execute("UPDATE alembic_version SET version_num='0099_future'")
    con.commit()
    con.close()
    out = run_app("--self-check", "--data-dir", str(tmp_path))
    assert out.returncode == 2
    assert "更新的版本" in out.stderr or "newer" in out.stderr


def test_screenshots_render_every_page(tmp_path):
    from govhr_desktop.ui.main_window import PAGES

    out = run_app("--screenshots", str(tmp_path / "shots"))
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert len([n for n in names if "_page_" in n]) == len(PAGES)
    assert len([n for n in names if "_dialog_" in n]) >= 8
    assert all((tmp_path / "shots" / n).stat().st_size > 5000 for n in names)


def test_a_second_copy_is_told_and_stops(tmp_path):
    from govhr_desktop.paths import DataPaths
    from govhr_desktop.persistence.instance_lock import acquire

    assert run_app("--self-check", "--data-dir", str(tmp_path)).returncode == 0
    before = (tmp_path / "govhr.sqlite3").read_bytes()
    lock = acquire(DataPaths(tmp_path))
    try:
        out = run_app("--self-check", "--data-dir", str(tmp_path))
    finally:
        lock.close()
    assert out.returncode == 2
    assert str(os.getpid()) in out.stderr  # names the copy that holds the database
    assert (tmp_path / "govhr.sqlite3").read_bytes() == before
