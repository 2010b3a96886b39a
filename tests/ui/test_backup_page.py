"""The Backups page as an administrator uses it: list, back up now, restore, check."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from govhr_desktop.services.backup import BackupService
from govhr_desktop.ui.pages.backup import BackupPage


@pytest.fixture
def boxes(monkeypatch):
    """QMessageBox answers Yes and records what it was asked / told."""
    said: list[tuple[str, str, str]] = []

    def record(kind, answer=None):
        def box(_parent, title, text, *args, **kwargs):
            said.append((kind, title, text))
            return answer

        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    return said


@pytest.fixture
def page(qtbot, ui_ctx):
    BackupService(ui_ctx.services, ui_ctx.paths).daily_if_due(date.today())
    p = BackupPage(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    p.reload()
    return p


def column(page, key: str) -> list[str]:
    c = [col.key for col in page.model.columns].index(key)
    return [page.proxy.index(i, c).data() for i in range(page.proxy.rowCount())]


def button(page, name: str) -> QPushButton:
    return page.findChild(QPushButton, name)


def test_page_lists_backups(page, ui_ctx):
    assert page.proxy.rowCount() == 1
    assert column(page, "center") == [ui_ctx.center.get().name]
    assert column(page, "staff") == ["470"]
    assert column(page, "revision")[0]
    assert str(ui_ctx.paths.backups) in page.where_label.text()


def test_back_up_now_adds_a_row(qtbot, page):
    qtbot.mouseClick(button(page, "backupNowButton"), Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 2
    assert page.selected_row().kind == "manual"
    assert column(page, "staff") == ["470", "470"]


def test_restore_round_trip_through_the_page(qtbot, page, ui_ctx, boxes):
    qtbot.mouseClick(button(page, "backupNowButton"), Qt.MouseButton.LeftButton)
    manual = page.selected_row()
    zones_before = [z.name for z in ui_ctx.zones.list()]
    from govhr_desktop.domain.records import ZoneInput

    ui_ctx.zones.save(ZoneInput(name="备份后新建的区域", floor="9"))
    assert "备份后新建的区域" in [z.name for z in ui_ctx.zones.list()]

    restored = []
    page.on_restored = restored.append
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        qtbot.mouseClick(button(page, "restoreButton"), Qt.MouseButton.LeftButton)

    kinds = [k for k, _t, _x in boxes]
    assert kinds == ["question", "information"], boxes
    assert restored and restored[0].source == manual.path
    assert [z.name for z in ui_ctx.zones.list()] == zones_before
    # the data as it was before is kept and listed
    assert page.proxy.rowCount() == 3
    assert any(r.kind == "restore" for r in page.proxy.visible_rows())


def test_restore_can_be_cancelled(qtbot, page, ui_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.table.selectRow(0)
    assert page.restore_selected() is None
    assert page.proxy.rowCount() == 1  # no safety backup: nothing happened


def test_restore_from_a_chosen_file_that_is_not_a_backup(qtbot, page, boxes, tmp_path, monkeypatch):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(junk), "")))
    qtbot.mouseClick(button(page, "restoreFileButton"), Qt.MouseButton.LeftButton)
    (kind, _title, text), = boxes
    assert kind == "warning" and str(junk) in text
    assert page.proxy.rowCount() == 1


def test_back_up_to_folder_and_check_integrity(qtbot, page, boxes, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    qtbot.mouseClick(button(page, "backupToButton"), Qt.MouseButton.LeftButton)
    written = list(usb.iterdir())
    assert len(written) == 1 and str(written[0]) in boxes[-1][2]
    qtbot.mouseClick(button(page, "checkButton"), Qt.MouseButton.LeftButton)
    assert boxes[-1][0] == "information"


def click_role(role):
    def exec_(box):
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return 0

    return exec_


def test_start_up_recovery_restores_the_newest_good_backup(qapp, paths, monkeypatch):
    from govhr_desktop.persistence import backup as files
    from govhr_desktop.ui.pages.backup import recover_damaged_database

    good = files.make_backup(paths.database, paths.backups, "daily")
    with open(paths.database, "r+b") as f:
        f.write(b"\xff" * 4096)
    problem = files.quick_check(paths.database)
    assert problem

    monkeypatch.setattr(QMessageBox, "exec", click_role(QMessageBox.ButtonRole.AcceptRole))
    assert recover_damaged_database(paths, problem) is True
    assert files.quick_check(paths.database) is None
    assert files.inspect_backup(paths.database).revision == files.inspect_backup(good).revision
    assert [n.kind for _p, n in files.backups_in(paths.backups)].count("restore") == 1


def test_start_up_recovery_can_quit(qapp, paths, monkeypatch):
    from govhr_desktop.ui.pages.backup import recover_damaged_database

    monkeypatch.setattr(QMessageBox, "exec", click_role(QMessageBox.ButtonRole.RejectRole))
    assert recover_damaged_database(paths, "database disk image is malformed") is False
