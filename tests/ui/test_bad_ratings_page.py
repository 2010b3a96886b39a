"""The bad-ratings page as a clerk uses it: open cases, verify through the dialog, overdue in red."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from govhr_desktop.domain.security import Actor
from govhr_desktop.ui.dialogs.form import FormDialog, set_date
from govhr_desktop.ui.pages.bad_ratings import BadRatingsPage, CaseStepDialog

TODAY = date(2030, 5, 9)  # a Thursday


def add_rating(ctx, key: str, rated_at: datetime, level: int, staff: str = "李四") -> None:
    with ctx.transaction() as s:
        s.execute(text(
            "INSERT INTO rating (rating_key, channel, service_item, case_number, department, window_number, "
            "staff_name, rated_at, level, comment, excluded) VALUES (:k, '评价器', '不动产登记', '', '', 'B02', "
            ":staff, :at, :level, '等待时间太长', 0)"),
            {"k": key, "staff": staff, "at": rated_at.isoformat(sep=" "), "level": level})


@pytest.fixture
def dialogs(monkeypatch):
    scripts: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: scripts.pop(0)(dialog))
    return scripts


@pytest.fixture
def told(monkeypatch):
    out: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: out.append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: out.append(t)))
    return out


def test_open_cases_and_verify_through_the_dialog(qtbot, empty_ui_ctx, dialogs, told, monkeypatch):
    ctx = empty_ui_ctx.services
    add_rating(ctx, "K1", datetime(2030, 5, 6, 10, 0), 1)  # Monday: verify by Tuesday -> overdue on Thursday
    add_rating(ctx, "K2", datetime(2030, 5, 9, 9, 0), 2, staff="王五")  # today: not overdue
    add_rating(ctx, "K3", datetime(2030, 5, 9, 9, 30), 5)
    ctx.actor = Actor.for_role("clerk1", "window_clerk")
    monkeypatch.setattr(BadRatingsPage, "today", lambda self: TODAY)
    page = BadRatingsPage(empty_ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.model.rowCount() == 0
    assert not page.findChild(object, "decideButton").isEnabled()  # a clerk does not decide appeals

    qtbot.mouseClick(page.findChild(object, "openButton"), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    # the overdue case is red, the fresh one is not
    headers, table = page.export_rows()
    by_staff = {}
    for i in range(page.proxy.rowCount()):
        r = page.proxy.data(page.proxy.index(i, 0), Qt.ItemDataRole.UserRole + 2)
        by_staff[r.staff_name] = (i, r, page.proxy.index(i, 0).data(Qt.ItemDataRole.ForegroundRole))
    assert by_staff["李四"][1].overdue == ("verify",) and by_staff["李四"][2] is not None
    assert by_staff["王五"][1].overdue == () and by_staff["王五"][2] is None
    assert len(table) == 2 and len(headers) == 11

    # overdue-only filter
    page.overdue_filter.setCurrentIndex(1)
    assert page.proxy.rowCount() == 1
    page.overdue_filter.setCurrentIndex(0)

    # verify the overdue case as malicious: a missing note shows under the note field first
    page.table.selectRow(by_staff["李四"][0])
    seen: list = []

    def verify_script(d: CaseStepDialog):
        seen.append(d)
        d.choice.setCurrentIndex(d.choice.findData("malicious"))
        set_date(d.on, TODAY)
        d._on_save()
        assert d.error_text("note")  # a malicious finding needs the reason
        d.text_edit.setText("同一号码一日内多次差评")
        d._on_save()
        return d.result()

    dialogs.append(verify_script)
    qtbot.mouseClick(page.findChild(object, "verifyButton"), Qt.MouseButton.LeftButton)
    assert seen and not told
    row = page.selected_row()
    assert row.staff_name == "李四" and row.status == "verified" and row.finding == "malicious"
    assert row.overdue == ()
    with ctx.connect() as c:
        assert c.execute(text("SELECT excluded FROM rating WHERE rating_key = 'K1'")).scalar_one() == 1

    # a second verification is refused with a message
    page.select_id(row.id)

    def again(d: CaseStepDialog):
        d.choice.setCurrentIndex(d.choice.findData("staff_fault"))
        d._on_save()
        assert d.general_error.text()
        return 0

    dialogs.append(again)
    page.verify()
    assert not dialogs

    # opening again finds nothing new
    page.open_new()
    assert page.model.rowCount() == 2
