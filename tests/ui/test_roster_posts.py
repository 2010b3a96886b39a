"""The 值班岗位 tab as a clerk uses it: a lunch post added through the dialog (a wrong time first,
refused at the field with nothing saved), its windows picked by zone, summer times set; a season's
hours edited (an overlapping month refused first); the rules saved; deactivate and delete; and a
role without ROSTER_WRITE sees everything disabled."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import func, select

from govhr_desktop.domain.roster_rules import Rules
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import Window, Zone
from govhr_desktop.persistence.models_roster import DutyPost
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.duty_posts import DutyPostService
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.roster_post_dialogs import PostDialog, SeasonDialog
from govhr_desktop.ui.pages.roster_posts import DutyPostsTab
from tests.services.test_duty_posts import clear_duty


class _Scripts(list):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list = []


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog's exec() pops the next script, which fills the dialog, presses buttons and
    returns what exec() returns."""
    scripts = _Scripts()

    def fake_exec(dialog):
        scripts.seen.append(dialog)
        return scripts.pop(0)(dialog)

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return scripts


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    return told


def save(d) -> int:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return d.result()


def posts_in_db(ui_ctx) -> int:
    with ui_ctx.services.read() as s:
        return s.scalar(select(func.count()).select_from(DutyPost))


@pytest.fixture
def clean(ui_ctx):
    """The shared demo may come with demo posts and rosters: start without them."""
    clear_duty(ui_ctx.services)
    return ui_ctx


@pytest.fixture
def tab(qtbot, clean):
    t = DutyPostsTab(clean)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    return t


def test_add_post_edit_season_save_rules(qtbot, tab, ui_ctx, dialogs, answers, type_text):
    svc = DutyPostService(ui_ctx.services)
    seasons = {s.name: s for s in svc.seasons()}
    summer = seasons["夏季作息"]
    with ui_ctx.services.read() as s:
        zone_a = s.scalars(select(Zone).order_by(Zone.sort_order, Zone.id)).first()
        comprehensive = list(s.scalars(select(Window.id).where(Window.window_type == "comprehensive")))
    assert tab.post_rows() == [] and len(tab.season_rows()) == 2
    assert tab.add_post_button.isEnabled()

    def fill_post(d: PostDialog) -> int:
        type_text(d.name, "午间值守·综合")
        d.duty_type.setCurrentIndex(d.duty_type.findData("lunch"))
        assert d.runs_on.codes() == ("workday",)  # ticked from the type
        assert not d.all_day.isChecked()
        d.people.setValue(3)
        # a lunch duty in the morning is refused at the start time, nothing saved
        d.start.setTime(QTime(9, 0))
        d.end.setTime(QTime(10, 0))
        assert save(d) == 0
        assert d.error_text("start_time")
        assert posts_in_db(ui_ctx) == 0
        d.start.setTime(QTime(12, 0))
        d.end.setTime(QTime(13, 30))
        # a Saturday does not fit a lunch duty
        d.runs_on.boxes["saturday"].setChecked(True)
        assert save(d) == 0 and d.error_text("runs_on") and not d.error_text("start_time")
        d.runs_on.boxes["saturday"].setChecked(False)
        # windows: zone A, those named 综合受理, all shown ticked
        picker = d.windows
        picker.zone_filter.setCurrentIndex(picker.zone_filter.findData(zone_a.id))
        picker.search.setText("综合受理窗口")
        picker.check_shown.click()
        assert sorted(picker.checked_ids()) == sorted(comprehensive)
        # summer: 12:00-14:00; one end only is refused
        d.findChild(type(d.start), f"seasonStart_{summer.id}").setTime(QTime(12, 0))
        assert save(d) == 0 and d.error_text("season_times")
        d.findChild(type(d.start), f"seasonEnd_{summer.id}").setTime(QTime(14, 0))
        return save(d)

    dialogs.append(fill_post)
    tab.add_post_button.click()
    assert not dialogs
    (post,) = svc.posts()
    assert post.name == "午间值守·综合" and post.people_needed == 3 and post.duty_type == "lunch"
    assert (post.start, post.end) == (time(12), time(13, 30))
    assert post.season_times == {summer.id: (time(12), time(14))}
    assert sorted(post.window_ids) == sorted(comprehensive)
    rows = tab.post_rows()
    assert len(rows) == 1 and rows[0][0] == "午间值守·综合" and rows[0][2] == "3"
    assert "12:00–13:30" in rows[0][4] and "夏季作息 12:00–14:00" in rows[0][4]
    assert rows[0][5] == post.windows_label
    assert tab.selected_post().id == post.id

    # edit it: the dialog shows what is stored; change people
    def edit_post(d: PostDialog) -> int:
        assert d.name.text() == "午间值守·综合" and sorted(d.windows.checked_ids()) == sorted(comprehensive)
        assert d.findChild(type(d.start), f"seasonEnd_{summer.id}").time() == QTime(14, 0)
        d.people.setValue(4)
        return save(d)

    dialogs.append(edit_post)
    tab.edit_post_button.click()
    assert svc.get(post.id).people_needed == 4
    assert svc.get(post.id).season_times == {summer.id: (time(12), time(14))}

    # a season's hours: an overlapping month first, then the afternoon closing later
    tab.select_season(summer.id)

    def edit_season(d: SeasonDialog) -> int:
        assert d.name.text() == "夏季作息"
        d.first_month.setValue(4)
        assert save(d) == 0 and d.error_text("first_month")
        d.first_month.setValue(5)
        d.pm_end.setTime(QTime(18, 0))
        return save(d)

    dialogs.append(edit_season)
    tab.findChild(QPushButton, "editSeasonButton").click()
    assert svc.season_for(7).pm_end == time(18, 0) and svc.season_for(4).name == "冬季作息"
    assert any("18:00" in r[2] for r in tab.season_rows())

    # rules
    rules = tab.rules
    assert rules.max_per_week.value() == 2
    rules.max_per_week.setValue(3)
    rules.weekend_running.setCurrentIndex(rules.weekend_running.findData("forbid"))
    rules.one_duty_per_day.setChecked(False)
    with qtbot.waitSignal(tab.data_changed):
        rules.save_button.click()
    assert svc.rules() == Rules(3, "forbid", False)
    assert rules.status.text()

    # deactivate, then delete
    tab.select_post(post.id)
    tab.toggle_button.click()
    assert not svc.get(post.id).active
    assert tab.toggle_button.text() == tab.tr("Activate")  # the selected post is inactive now
    tab.show_inactive.setChecked(False)
    assert tab.post_rows() == []
    tab.show_inactive.setChecked(True)
    tab.select_post(post.id)
    with qtbot.waitSignal(tab.data_changed):
        tab.remove_post_button.click()
    assert svc.posts(include_inactive=True) == [] and answers == []


def test_rules_errors_shown_at_the_field(qtbot, tab, ui_ctx, monkeypatch):
    svc = tab.service
    # the spin box stops at 7; a damaged value from elsewhere is still refused at its field
    monkeypatch.setattr(tab.rules.max_per_week, "value", lambda: 9)
    tab.rules.save_button.click()
    assert tab.rules.error_text("max_per_week")
    assert svc.rules() == Rules()


def test_post_in_use_offers_deactivation(qtbot, tab, ui_ctx, answers):
    from datetime import date

    from govhr_desktop.persistence.models import Staff
    from govhr_desktop.persistence.models_roster import RosterCell, RosterMonth

    svc = tab.service
    pid = svc.save_post(None, name="节假日值班", duty_type="holiday", people_needed=2, runs_on=("holiday",),
                        start=None, end=None, window_ids=(), zone_id=None, comprehensive_staff=True, active=True,
                        sort_order=0, note="", season_times={})
    with ui_ctx.services.transaction() as s:
        roster = RosterMonth(year=2026, month=10)
        s.add(roster)
        s.flush()
        s.add(RosterCell(roster_id=roster.id, post_id=pid, day=date(2026, 10, 1), seat=0,
                         staff_id=s.scalar(select(Staff.id).order_by(Staff.id))))
    tab.reload()
    assert "all day" in tab.post_rows()[0][4] or "全天" in tab.post_rows()[0][4]
    tab.select_post(pid)
    tab.remove_post_button.click()  # asked, answered yes: deactivated instead
    assert not svc.get(pid).active and posts_in_db(ui_ctx) == 1
    tab.select_post(pid)
    tab.remove_post_button.click()  # inactive and in use: the refusal is shown
    assert len(answers) == 1 and posts_in_db(ui_ctx) == 1


def test_without_roster_write_everything_is_disabled(qtbot, clean, dialogs):
    ui_ctx = clean
    ctx = ServiceContext(ui_ctx.services.db, actor=Actor.for_role("lingdao_t", "leader"))
    ui = UiContext(ctx, ui_ctx.paths, demo=True)
    t = DutyPostsTab(ui)
    qtbot.addWidget(t)
    names = ("addPostButton", "editPostButton", "removePostButton", "toggleActiveButton", "addSeasonButton",
             "editSeasonButton", "removeSeasonButton", "saveRulesButton")
    for name in names:
        assert not t.findChild(QPushButton, name).isEnabled(), name
    assert not t.rules.max_per_week.isEnabled()
    assert len(t.season_rows()) == 2  # reading still works
    t.add_post()  # no dialog opens
    assert dialogs.seen == []
