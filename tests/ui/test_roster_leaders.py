"""The 带班与共同值班 and 服务日志 tabs as a clerk uses them: fill the month's duty leaders, set
one day by hand, book a unit's leader for joint duty on two chosen days (first with no day
ticked: refused at the field), remove one booking, write a day's log (a future day cannot be
written); and a role without the permission sees the buttons disabled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import text

from govhr_desktop.domain.security import Actor
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.ui.dialogs.form import FormDialog, set_combo_data
from govhr_desktop.ui.pages.roster_leaders import JointDutyDialog, LeaderDutyTab, SetLeaderDialog
from govhr_desktop.ui.pages.roster_log import DutyLogTab

YEAR, MONTH = 2031, 3  # a month the demo center has no leader duty in
TODAY = date(2031, 3, 12)


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog's exec() pops the next script, which fills the dialog, presses its buttons and
    returns what exec() returns."""
    scripts: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: scripts.pop(0)(dialog))
    return scripts


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers from a list (Yes when it runs out); texts shown are kept."""
    told: list[str] = []
    replies: list = []

    def question(_parent, _title, text, *a, **k):
        told.append(text)
        return replies.pop(0) if replies else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    return replies, told


def save(d) -> int:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return d.result()


def query(ui_ctx, sql: str, **params):
    with ui_ctx.services.connect() as c:
        return c.execute(text(sql), params).all()


def working_days(ui_ctx) -> list[date]:
    cal = CalendarService(ui_ctx.services).work_calendar(YEAR, YEAR)
    return [date(YEAR, MONTH, d) for d in range(1, 32) if cal.is_working_day(date(YEAR, MONTH, d))]


@pytest.fixture
def clerk(ui_ctx):
    ui_ctx.services.actor = Actor.for_role("clerk1", "window_clerk")
    assert query(ui_ctx, "SELECT count(*) FROM center_leader WHERE is_duty_leader")[0][0] >= 2
    return ui_ctx


@pytest.fixture
def tab(qtbot, clerk):
    t = LeaderDutyTab(clerk)
    qtbot.addWidget(t)
    t.show()
    t.set_month(YEAR, MONTH)
    return t


def row_of(tab, day: date) -> int:
    return next(r for r, v in enumerate(tab.days) if v.day == day)


def test_fill_set_joint_duty_and_remove(qtbot, clerk, tab, dialogs, answers):
    replies, _told = answers
    wd = working_days(clerk)
    assert tab.table.rowCount() == 31
    assert all(v.leader_id is None for v in tab.days)
    saturday = date(YEAR, MONTH, 1)  # 2031-03-01 is a Saturday: shaded
    assert tab.table.item(row_of(tab, saturday), 0).background().color().name() == "#eef1f5"

    replies.append(QMessageBox.StandardButton.No)  # not the weekends
    with qtbot.waitSignal(tab.data_changed):
        qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    rows = dict(query(clerk, "SELECT day, leader_id FROM leader_duty WHERE day LIKE '2031-03-%'"))
    assert sorted(date.fromisoformat(d) for d in rows) == wd
    assert tab.table.item(row_of(tab, wd[0]), 3).text() == tab.days[row_of(tab, wd[0])].leader_name != ""
    assert len(set(rows.values())) >= 2  # rotated

    # set another leader on the first working day by hand
    first = wd[0]
    tab.table.selectRow(row_of(tab, first))

    def set_leader(d: SetLeaderDialog):
        other = next(i for i in range(1, d.leader.count()) if d.leader.itemData(i) != rows[first.isoformat()])
        d.leader.setCurrentIndex(other)
        d.note.setText("换班")
        d.chosen = d.leader.itemData(other)
        set_leader.chosen = d.chosen
        return save(d)

    dialogs.append(set_leader)
    assert tab.set_leader()
    assert query(clerk, "SELECT leader_id, note FROM leader_duty WHERE day = :d", d=first.isoformat()) == [
        (set_leader.chosen, "换班")]

    # joint duty: a unit's leader on two chosen days; first with none ticked
    unit_id, unit = query(clerk, "SELECT id, short_name FROM home_unit WHERE active ORDER BY sort_order LIMIT 1")[0]

    def no_days(d: JointDutyDialog):
        set_combo_data(d.unit, unit_id)
        d.leader_name.setText("王副局长")
        d.leader_title.setText("副局长")
        assert d.checked_days() == [first]  # the day selected in the table
        d.set_checked(set())
        assert save(d) == 0  # refused: stays open
        assert d.error_text("days")
        no_days.error = d.error_text("days")
        # rest days have no duty leader and cannot be ticked
        sat = next(i for i in range(d.days.count()) if d.days.item(i).data(Qt.ItemDataRole.UserRole) == saturday)
        assert not d.days.item(sat).flags() & Qt.ItemFlag.ItemIsEnabled
        d.set_checked({wd[1], wd[6]})
        return save(d)

    dialogs.append(no_days)
    assert tab.add_joint()
    joint = query(clerk, "SELECT day, home_unit_id, leader_name, leader_title FROM joint_duty "
                         "WHERE day LIKE '2031-03-%' ORDER BY day")
    assert joint == [(wd[1].isoformat(), unit_id, "王副局长", "副局长"), (wd[6].isoformat(), unit_id, "王副局长", "副局长")]
    assert unit in tab.table.item(row_of(tab, wd[1]), 4).text()

    # the same unit again on one of those days: refused, nothing added
    def duplicate(d: JointDutyDialog):
        set_combo_data(d.unit, unit_id)
        d.leader_name.setText("李局长")
        d.set_checked({wd[2], wd[6]})
        assert save(d) == 0
        duplicate.error = d.error_text("days")
        return 0

    dialogs.append(duplicate)
    assert not tab.add_joint()
    assert wd[6].isoformat() in duplicate.error
    assert len(query(clerk, "SELECT id FROM joint_duty WHERE day LIKE '2031-03-%'")) == 2

    tab.table.clearSelection()
    tab.table.selectRow(row_of(tab, wd[6]))
    assert tab.remove_joint()
    assert [r[0] for r in query(clerk, "SELECT day FROM joint_duty WHERE day LIKE '2031-03-%'")] == [wd[1].isoformat()]
    assert tab.table.item(row_of(tab, wd[6]), 4).text() == ""

    # a day with joint duty keeps its leader
    tab.table.clearSelection()
    tab.table.selectRow(row_of(tab, wd[1]))

    def clear_leader(d: SetLeaderDialog):
        d.leader.setCurrentIndex(0)  # (none)
        assert save(d) == 0
        clear_leader.error = d.error_text("leader_id")
        return 0

    dialogs.append(clear_leader)
    assert not tab.set_leader()
    assert clear_leader.error
    assert query(clerk, "SELECT count(*) FROM leader_duty WHERE day = :d", d=wd[1].isoformat())[0][0] == 1


def test_write_the_days_log(qtbot, clerk, monkeypatch, answers):
    monkeypatch.setattr(DutyLogTab, "today", lambda self: TODAY)
    from govhr_desktop.services.leader_duty import LeaderDutyService

    LeaderDutyService(clerk.services).fill_rota(YEAR, MONTH)
    t = DutyLogTab(clerk)
    qtbot.addWidget(t)
    t.show()
    t.set_month(YEAR, MONTH)
    assert t.current is not None and t.current.day == TODAY  # today is selected in the current month
    day = date(2031, 3, 10)
    t.table.selectRow(next(r for r, v in enumerate(t.days) if v.day == day))
    assert t.current.day == day and not t.current.exists
    leader = query(clerk, "SELECT l.name FROM leader_duty d JOIN center_leader l ON l.id = d.leader_id "
                          "WHERE d.day = :d", d=day.isoformat())[0][0]
    assert leader in t.leader_label.text()
    assert t.save_button.isEnabled()

    assert not t.save()  # the summary is required
    assert t.errors["summary"].text() and not t.errors["summary"].isHidden()
    t.edits["summary"].setPlainText("各窗口正常运行，午间值守人员按时到岗。")
    t.edits["incidents"].setPlainText("10:20 一名群众因材料不全情绪激动，带班领导现场协调，已办结。")
    t.edits["handover"].setPlainText("明日上午不动产登记系统升级，提前告知群众。")
    with qtbot.waitSignal(t.data_changed):
        qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    row = query(clerk, "SELECT summary, incidents, handover, written_by FROM duty_log WHERE day = :d",
                d=day.isoformat())
    assert row == [("各窗口正常运行，午间值守人员按时到岗。", "10:20 一名群众因材料不全情绪激动，带班领导现场协调，已办结。",
                    "明日上午不动产登记系统升级，提前告知群众。", "clerk1")]
    r = next(r for r, v in enumerate(t.days) if v.day == day)
    assert t.days[r].has_log and t.current.exists and "clerk1" in t.written_label.text()

    # a day still to come: read-only
    future = date(2031, 3, 20)
    t.table.selectRow(next(r for r, v in enumerate(t.days) if v.day == future))
    assert t.current.day == future
    assert not t.save_button.isEnabled() and t.edits["summary"].isReadOnly()

    # the leader tab shows the log
    lt = LeaderDutyTab(clerk)
    qtbot.addWidget(lt)
    lt.set_month(YEAR, MONTH)
    assert lt.table.item(row_of(lt, day), 5).text() != "" and lt.table.item(row_of(lt, future), 5).text() == ""


def test_unsaved_log_changes_are_offered_for_saving(qtbot, clerk, monkeypatch, answers):
    monkeypatch.setattr(DutyLogTab, "today", lambda self: TODAY)
    replies, told = answers
    t = DutyLogTab(clerk)
    qtbot.addWidget(t)
    t.set_month(YEAR, MONTH)
    t.select_day(date(2031, 3, 3))
    t.edits["summary"].setPlainText("正常")
    t.edits["summary"].document().setModified(True)
    replies.append(QMessageBox.StandardButton.Yes)
    t.table.selectRow(next(r for r, v in enumerate(t.days) if v.day == date(2031, 3, 4)))
    assert told and "2031-03-03" in told[-1]
    assert query(clerk, "SELECT summary FROM duty_log WHERE day = '2031-03-03'") == [("正常",)]
    assert t.current.day == date(2031, 3, 4)


def test_month_bar_and_read_only_roles(qtbot, ui_ctx):
    ui_ctx.services.actor = Actor.for_role("hr1", "personnel")  # reads, may not change leader duty
    t = LeaderDutyTab(ui_ctx)
    qtbot.addWidget(t)
    t.set_month(YEAR, 12)
    with qtbot.waitSignal(t.month_changed) as sig:
        t.month_bar.step(1)
    assert sig.args == [YEAR + 1, 1] and t.month() == (YEAR + 1, 1) and t.table.rowCount() == 31
    for b in (t.fill_button, t.set_button, t.add_joint_button, t.remove_joint_button):
        assert not b.isEnabled()
    log = DutyLogTab(ui_ctx)
    qtbot.addWidget(log)
    log.set_month(2031, 2)
    assert log.table.rowCount() == 28
    log.select_day(date(2031, 2, 3))
    assert not log.save_button.isEnabled() and log.edits["summary"].isReadOnly()
