"""The 培训课程 page as a clerk uses it: a new course, a session, a home unit enrolled, the
sign-in with fewer hours for someone who left early, the scores; and a session outside the
course's dates refused at the field with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import text

from govhr_desktop.domain.security import Actor
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages import training_dialogs as td
from govhr_desktop.ui.pages.training import TrainingPage

TODAY = date(2026, 3, 20)


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog's exec() pops the next script; the script fills and presses buttons and
    returns what exec() returns."""
    scripts: list = []

    def fake_exec(dialog):
        return scripts.pop(0)(dialog)

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    monkeypatch.setattr(td._ActionDialog, "exec", fake_exec)
    monkeypatch.setattr(td.RowErrorsDialog, "exec", fake_exec)
    return scripts


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    return told


@pytest.fixture
def unit(ui_ctx):
    """A home unit with 2 to 5 people at the center: (id, short name, [(staff id, name)])."""
    with ui_ctx.services.connect() as c:
        uid, short = c.execute(text(
            "SELECT u.id, u.short_name FROM home_unit u JOIN staff s ON s.home_unit_id = u.id "
            "WHERE u.active AND s.status <> 'returned' GROUP BY u.id HAVING count(*) BETWEEN 2 AND 5 "
            "ORDER BY u.sort_order, u.id LIMIT 1")).one()
        people = [tuple(r) for r in c.execute(text(
            "SELECT id, name FROM staff WHERE home_unit_id = :u AND status <> 'returned' ORDER BY id"), {"u": uid})]
    return uid, short, people


def save(d) -> int:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return d.result()


@pytest.fixture
def page(qtbot, ui_ctx, monkeypatch):
    ui_ctx.services.actor = Actor.for_role("clerk1", "window_clerk")
    monkeypatch.setattr(TrainingPage, "today", lambda self: TODAY)
    p = TrainingPage(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    p.reload()
    return p


def course_row(page, title):
    return next(page.model.row_at(i) for i in range(page.model.rowCount()) if page.model.row_at(i).title == title)


def new_course(page, dialogs, title="窗口服务礼仪提升培训"):
    def course_script(d: td.CourseDialog):
        d.title_edit.setText(title)
        d.category.setCurrentIndex(d.category.findData("etiquette"))
        # the targets follow the category until the clerk changes them
        assert d.targets.codes() == ("service", "bad_rating")
        d.form_box.setCurrentIndex(d.form_box.findData("centralised"))
        d.hours.setValue(6)
        d.trainer.setText("县委党校 李老师")
        d.starts_on.setDate(QDate(2026, 3, 10))
        d.ends_on.setDate(QDate(2026, 3, 12))
        d.pass_mark.setValue(60)
        return save(d)

    dialogs.append(course_script)
    assert page.new_course()
    return course_row(page, title)


def test_course_session_enrol_sign_in_scores(page, dialogs, answers, unit):
    unit_id, unit_name, people = unit
    before = page.model.rowCount()
    course = new_course(page, dialogs)
    assert page.model.rowCount() == before + 1
    assert page.selected_row().id == course.id  # the new course is selected, its detail shown
    assert (course.category_name, course.hours, course.pass_mark, course.targets) == (
        "文明礼仪与服务用语", 6, 60, ("service", "bad_rating"))
    assert "窗口服务礼仪提升培训" in page.summary.text() and "60" in page.summary.text()
    assert page.sessions.rowCount() == 0 and page.people.rowCount() == 0

    # a session: the hours follow the clock length (09:00–11:30 = 2.5)
    def session_script(d: td.SessionDialog):
        assert d.held_on.date() == QDate(2026, 3, 10)  # the course's first day
        d.start_time.setTime(QTime(9, 0))
        d.end_time.setTime(QTime(11, 30))
        assert d.hours.value() == 2.5
        d.place.setText("中心三楼培训室")
        return save(d)

    dialogs.append(session_script)
    assert page.add_session()
    assert page.sessions.rowCount() == 1
    assert [page.sessions.item(0, j).text() for j in range(5)] == [
        "2026-03-10", "09:00–11:30", "中心三楼培训室", "2.5", "0"]

    # enrol a home unit (third tab)
    def enrol_script(d: td.EnrolDialog):
        d.tabs.setCurrentIndex(1)
        d.unit.setCurrentIndex(d.unit.findData(unit_id))
        d.ok()
        return d.result()

    dialogs.append(enrol_script)
    assert page.enrol()
    assert page.people.rowCount() == len(people)
    headers = page.people_headers()
    tr = page.tr  # the page speaks the UI language (Chinese once the translations are compiled)
    assert headers[:4] == [tr("Name"), tr("Home unit"), tr("Window"), tr("Source / reason")]
    assert headers[4] == "03-10" and headers[-4:] == [tr("Present at"), tr("Hours"), tr("Score"), tr("Passed")]
    rows = {r[0]: r for r in page.people_rows()}
    assert set(rows) == {n for _i, n in people}
    assert all(r[1] == unit_name and r[3] == page.source_text("unit") for r in rows.values())
    assert course_row(page, course.title).enrolled == len(people)

    # sign in: everyone present, the first left early (1.5 of 2.5 学时)
    (first_id, first_name), (second_id, second_name) = people[0], people[1]

    def sign_in_script(d: td.SignInDialog):
        assert d.table.rowCount() == len(people)
        assert all(s.value() == 2.5 and s.maximum() == 2.5 for s in d.spins)
        for sid, _n in people:
            d.set_present(sid, True)
        d.set_present(first_id, True, 1.5)
        d.ok()
        return d.result()

    dialogs.append(sign_in_script)
    assert page.sign_in()
    rows = {r[0]: r for r in page.people_rows()}
    assert rows[first_name][4] == "✓" and rows[first_name][-4:-2] == ["1/1", "1.5"]
    assert rows[second_name][-4:-2] == ["1/1", "2.5"]
    assert page.sessions.item(0, 4).text() == str(len(people))
    listed = course_row(page, course.title)
    assert (listed.sessions, listed.enrolled, listed.attended) == (1, len(people), len(people))

    # the sign-in dialog opened again shows the sign-ins ticked with the hours credited
    def check_again(d: td.SignInDialog):
        assert d.present_before == {sid for sid, _n in people}
        assert d.spins[d.row_of(first_id)].value() == 1.5
        assert d.entries() == ([], [])  # nothing changed: nothing to save
        return 0

    dialogs.append(check_again)
    assert not page.sign_in()

    # scores: one passes, one fails, the rest have none yet
    def scores_script(d: td.ScoresDialog):
        d.set_score(first_id, 85)
        d.set_score(second_id, 52.5)
        d.ok()
        return d.result()

    dialogs.append(scores_script)
    assert page.enter_scores()
    rows = {r[0]: r for r in page.people_rows()}
    assert rows[first_name][-2:] == ["85", tr("passed")]
    assert rows[second_name][-2:] == ["52.5", tr("failed")]
    assert all(r[-2:] == ["", ""] for n, r in rows.items() if n not in (first_name, second_name))
    assert not answers  # no error on the way

    # a second session where the first person was there 2 of 3 hours: the first session's sign-in
    # cannot tell that person's hours apart from the course total any more; they are kept as recorded
    second = page.training.save_session(course.id, td.SessionInput(date(2026, 3, 11), "14:00", "17:00", "", 3))
    page.training.sign_in(second, [(first_id, 2)])
    page.reload()
    rows = {r[0]: r for r in page.people_rows()}
    assert rows[first_name][4:6] == ["✓", "✓"] and rows[first_name][-4:-2] == ["2/2", "3.5"]
    page.select_session(page.detail.sessions[0].id)

    def kept_script(d: td.SignInDialog):
        spin = d.spins[d.row_of(first_id)]
        assert spin.value() == td.AS_RECORDED and spin.text() == d.tr("as recorded")
        assert d.spins[d.row_of(second_id)].value() == 2.5
        d.set_present(second_id, True, 2)  # a correction for someone else
        assert d.entries() == ([(second_id, 2)], [])
        d.ok()
        return d.result()

    dialogs.append(kept_script)
    assert page.sign_in()
    rows = {r[0]: r for r in page.people_rows()}
    assert rows[first_name][-3] == "3.5" and rows[second_name][-3] == "2"

    # a signed-in course cannot be deleted: the clerk is told why, the course stays
    page.delete_course()
    assert len(answers) == 1 and course_row(page, course.title)

    # the yearly ledger and the person's timeline show the hours just credited
    from govhr_desktop.ui.dialogs.timeline_dialog import TimelineDialog
    from govhr_desktop.ui.pages.training_ledger import TrainingLedgerPage

    ledger = TrainingLedgerPage(page.ui)
    ledger.reload()
    keys = [c.key for c in ledger.model.columns]
    row = next(ledger.model.display_row(i) for i, r in enumerate(ledger.model.rows()) if r.staff_id == first_id)
    assert row[keys.index("cat.etiquette")] == "3.5"
    assert float(row[keys.index("total")]) >= 3.5
    dlg = TimelineDialog(page.ui, page.ui.staff.get(first_id), page)
    texts = [dlg.describe(e) for e in dlg.events]
    attended = sorted(t for t in texts if course.title in t)
    assert len(attended) == 2 and "1.5" in attended[0] and "，2 " in attended[1]  # one line per session


def test_session_outside_course_dates_shown_at_the_field(page, dialogs, answers):
    course = new_course(page, dialogs, "政务服务网上审批系统操作培训")
    seen = []

    def bad_session(d: td.SessionDialog):
        d.held_on.setDate(QDate(2026, 4, 1))
        d.start_time.setTime(QTime(14, 0))
        d.end_time.setTime(QTime(16, 0))
        assert save(d) == 0  # stays open
        seen.append(d.error_text("held_on"))
        seen.append(d.error_text("hours"))
        seen.append(messages.format_code(
            "training.session_outside_course", "held_on",
            {"value": "2026-04-01", "starts_on": "2026-03-10", "ends_on": "2026-03-12"}, field_text=d._labels["held_on"]))
        # the clerk gives up
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return d.result()

    dialogs.append(bad_session)
    assert not page.add_session()
    held_on_error, hours_error, expected = seen
    assert held_on_error == expected  # the message of the error code, in the UI language
    assert "2026-04-01" in held_on_error and "2026-03-10" in held_on_error and "2026-03-12" in held_on_error
    assert "training." not in held_on_error  # a sentence, not a code
    assert hours_error == ""
    assert page.sessions.rowCount() == 0 and course_row(page, course.title).sessions == 0
    assert page.training.course(course.id).sessions == []

    # hours beyond the clock length are refused at the hours field
    def long_session(d: td.SessionDialog):
        d.start_time.setTime(QTime(9, 0))
        d.end_time.setTime(QTime(10, 0))
        d.hours.setValue(3)
        assert save(d) == 0
        seen.append(d.error_text("hours"))
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return d.result()

    dialogs.append(long_session)
    assert not page.add_session()
    assert seen[-1] and "training." not in seen[-1]
    assert page.training.course(course.id).sessions == []
    assert not answers


def test_import_errors_print_sheet_and_export(page, dialogs, answers, unit, tmp_path):
    unit_id, _n, people = unit
    course = new_course(page, dialogs, "计算机基础操作培训")

    def session_script(d: td.SessionDialog):
        return save(d)

    dialogs.append(session_script)
    assert page.add_session()
    page.training.enrol_unit(course.id, unit_id)
    page.reload()

    # a sign-in list with an unknown name: nothing saved, the rows shown in a dialog
    path = tmp_path / "签到.csv"
    path.write_text("姓名,学时\n" + f"{people[0][1]},2.5\n" + "查无此人,2\n", encoding="utf-8")
    shown = []

    def errors_script(d: td.RowErrorsDialog):
        shown.append([d.table.item(i, 3).text() for i in range(d.table.rowCount())])
        return 0

    dialogs.append(errors_script)
    assert not page.import_sign_in(str(path))
    assert shown and shown[0] and all(shown[0])
    assert all(p.hours == 0 for p in page.training.course(course.id).people)

    # a correct list signs in
    path.write_text("姓名,学时\n" + f"{people[0][1]},2\n", encoding="utf-8")
    assert page.import_sign_in(str(path))
    rows = {r[0]: r for r in page.people_rows()}
    assert rows[people[0][1]][-3] == "2"

    out = page.print_sheet(str(tmp_path / "签到表"))
    assert out.endswith(".pdf") and (tmp_path / "签到表.pdf").stat().st_size > 0

    xlsx = page.export_xlsx(str(tmp_path / "courses.xlsx"))
    from openpyxl import load_workbook

    values = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c]
    assert "计算机基础操作培训" in values
    assert not answers
