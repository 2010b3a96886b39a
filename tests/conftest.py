"""Shared fixtures. QT_QPA_PLATFORM=offscreen is set before Qt is imported anywhere."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from govhr_desktop.paths import DataPaths  # noqa: E402
from govhr_desktop.persistence.engine import Database  # noqa: E402
from govhr_desktop.persistence.migrate import prepare_database  # noqa: E402
from govhr_desktop.services.base import ServiceContext  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test touches a real profile: the data directory points into tmp_path."""
    monkeypatch.setenv("GOVHR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """One migrated empty database; tests get copies."""
    d = tmp_path_factory.mktemp("template")
    path = d / "govhr.sqlite3"
    db = Database(path, wal=False)
    prepare_database(path, d / "backups", db.engine)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template_db(tmp_path_factory, template_db) -> Path:
    """One generated demo center; tests get copies."""
    from govhr_desktop.demo import generate_demo

    d = tmp_path_factory.mktemp("demo-template")
    path = d / "govhr.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=2026)
    from govhr_desktop.demo_rosters import add_demo_rosters

    add_demo_rosters(db, seed=2026)  # duty posts and rosters (the roster pages need them)
    db.dispose()
    return path


def _paths_with_copy(tmp_path: Path, source: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    shutil.copy(source, paths.database)
    return paths


@pytest.fixture
def paths(tmp_path, template_db) -> DataPaths:
    return _paths_with_copy(tmp_path, template_db)


@pytest.fixture
def ctx(paths):
    db = Database(paths.database)
    yield ServiceContext(db)
    db.dispose()


@pytest.fixture
def demo_paths(tmp_path, demo_template_db) -> DataPaths:
    return _paths_with_copy(tmp_path, demo_template_db)


@pytest.fixture
def demo_ctx(demo_paths):
    db = Database(demo_paths.database)
    yield ServiceContext(db)
    db.dispose()


@pytest.fixture
def ui_ctx(qapp, demo_ctx, demo_paths):
    """A UiContext on a copy of the demo center, Chinese UI."""
    from govhr_desktop.ui import i18n
    from govhr_desktop.ui.context import UiContext

    i18n.install(qapp, "zh_CN")
    return UiContext(demo_ctx, demo_paths, demo=True)


@pytest.fixture
def empty_ui_ctx(qapp, ctx, paths):
    from govhr_desktop.ui import i18n
    from govhr_desktop.ui.context import UiContext

    i18n.install(qapp, "zh_CN")
    return UiContext(ctx, paths)


@pytest.fixture
def type_text(qtbot):
    """Type like a clerk: ASCII as key clicks, Chinese as an input method commits it.

    (QTest.keyClicks cannot send non-Latin-1 characters: Qt asserts in qasciikey.cpp.)
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    def _type(widget, text: str) -> None:
        chunk = ""
        for ch in text + "\0":
            if ch != "\0" and ord(ch) < 128:
                if chunk:
                    ev = QInputMethodEvent("", [])
                    ev.setCommitString(chunk)
                    QCoreApplication.sendEvent(widget, ev)
                    chunk = ""
                qtbot.keyClicks(widget, ch)
            elif ch != "\0":
                chunk += ch
            elif chunk:
                ev = QInputMethodEvent("", [])
                ev.setCommitString(chunk)
                QCoreApplication.sendEvent(widget, ev)

    return _type
