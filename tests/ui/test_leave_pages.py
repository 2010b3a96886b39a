"""The leave and working-calendar pages as a clerk uses them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import Staff
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.calendar import CalendarPage
from govhr_desktop.ui.pages.leave import LeavePage


class Fillers(list):
    seen: list



@pytest.fixture(autouse=True)
def _no_demo_leave(request):
    """These tests start from a center without leave (the demo center has some running)."""
    if "ui_ctx" in request.fixturenames:
        ui = request.getfixturevalue("ui_ctx")
        from sqlalchemy import text as _text

        with ui.services.db.engine.begin() as c:
            c.execute(_text("DELETE FROM leave_request"))

@pytest.fixture
def dialogs(monkeypatch):
    """Each FormDialog.exec() pops the next filler, lets it fill the form, then presses Save."""
    fillers = Fillers()
    seen: list = []

    def fake_exec(dialog):
        fill = fillers.pop(0)
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen.append(dialog)
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    fillers.seen = seen
    return fillers


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    return told


def qd(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_leave_from_filing_to_return(qtbot, ui_ctx, dialogs, answers, monkeypatch):
    with ui_ctx.services.read() as s:
        person = s.scalars(
            select(Staff).where(Staff.status == "on_duty", Staff.joined_center_on < date(2025, 1, 1)).order_by(Staff.id)
        ).first()
        person_id, person_name = person.id, person.name
    ui_ctx.services.actor = Actor.for_role("clerk1", "personnel")
    today = {"d": date(2026, 3, 2)}
    monkeypatch.setattr(LeavePage, "today", lambda self: today["d"])
    page = LeavePage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.model.rowCount() == 0

    def fill_leave(d):
        d.person.setCurrentIndex(d.person.findData(person_id))
        d.leave_type.setCurrentIndex(d.leave_type.findData("annual"))
        d.start_date.setDate(qd(date(2026, 3, 9)))
        d.end_date.setDate(qd(date(2026, 3, 11)))
        d.end_half.setCurrentIndex(d.end_half.findData("am"))
        assert "2.5" in d.days_label.text()  # computed live: Mon, Tue, Wed morning
        d.end_half.setCurrentIndex(d.end_half.findData("pm"))
        assert "3" in d.days_label.text()
        d.reason.setPlainText("休年假")

    dialogs.append(fill_leave)
    page.file_leave()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert (row.staff_name, row.working_days, row.status) == (person_name, 3, "filed")
    page.select_id(row.id)

    def fill_sign(d):
        d.signed_by.setText("局办公室 陈主任")
        d.signed_on.setDate(qd(date(2026, 3, 3)))

    dialogs.append(fill_sign)
    page.unit_sign()
    assert page.selected_row().status == "unit_signed"

    # approval before the handover is refused with a message
    ui_ctx.services.actor = Actor.for_role("leader1", "leader")
    page.approve()
    assert page.selected_row().status == "unit_signed"
    assert answers and ("handover" in answers[-1].lower() or "交接" in answers[-1])

    ui_ctx.services.actor = Actor.for_role("clerk1", "personnel")

    def fill_handover(d):
        if d.cover.isEnabled() and d.cover.count() > 1:
            d.cover.setCurrentIndex(1)
        else:  # nobody else at the window: the home unit sends a substitute
            d.substitute.setText("孙丽")

    dialogs.append(fill_handover)
    page.handover()
    assert page.selected_row().handover_confirmed

    ui_ctx.services.actor = Actor.for_role("leader1", "leader")  # not the clerk who filed it
    page.approve()
    row = page.selected_row()
    assert (row.status, row.center_approved_by, row.center_approved_on) == ("approved", "leader1", date(2026, 3, 2))

    # the day before it ends, the reminder shows; "on leave today" finds the person
    today["d"] = date(2026, 3, 10)
    page.reload()
    texts = [page.reminders_list.item(i).text() for i in range(page.reminders_list.count())]
    assert any(person_name in t and "2026-03-11" in t for t in texts)
    page.today_box.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.today_box.setChecked(False)

    ui_ctx.services.actor = Actor.for_role("clerk1", "personnel")
    page.select_id(row.id)

    def fill_return(d):
        d.returned_on.setDate(qd(date(2026, 3, 12)))

    dialogs.append(fill_return)
    page.record_return()
    row = page.selected_row()
    assert (row.status, row.returned_on) == ("returned", date(2026, 3, 12))
    assert page.table.model().index(0, 10).data() == "2026-03-12"


def test_leave_dialog_shows_errors_under_the_fields(qtbot, ui_ctx, dialogs, answers):
    page = LeavePage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()

    def fill_bad(d):
        d.leave_type.setCurrentIndex(d.leave_type.findData("sick"))

    dialogs.append(fill_bad)
    page.file_leave()
    d = dialogs.seen[-1]
    assert not d.result()
    assert d.error_text("staff_id") and d.error_text("reason")
    assert page.model.rowCount() == 0


def test_calendar_page_adds_a_day(qtbot, ui_ctx, dialogs, answers):
    page = CalendarPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.year_box.setValue(2026)
    page.reload()
    assert page.model.rowCount() == 39  # the shipped 2026 calendar: 33 holidays, 6 make-up days
    before = page.working_days_label.text()

    def fill(d):
        d.day.setDate(QDate(2026, 3, 14))  # a Saturday
        d.kind.setCurrentIndex(d.kind.findData("workday"))
        d.name.setText("县庆调休上班")

    dialogs.append(fill)
    page.add_day()
    assert page.model.rowCount() == 40
    assert page.selected_row().day == date(2026, 3, 14)
    assert page.working_days_label.text() != before

    def fill_weekday(d):  # a Tuesday cannot be a make-up working day
        d.day.setDate(QDate(2026, 3, 17))
        d.kind.setCurrentIndex(d.kind.findData("workday"))

    dialogs.append(fill_weekday)
    page.add_day()
    assert dialogs.seen[-1].error_text("day")
    assert page.model.rowCount() == 40

    page.select_id(date(2026, 3, 14).toordinal())
    page.remove_selected()
    assert page.model.rowCount() == 39


def test_calendar_page_import_with_a_bad_row(qtbot, ui_ctx, answers, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["日期", "类型", "名称"])
    wb.active.append(["2027-01-01", "放假", "元旦"])
    wb.active.append(["2027-01-05", "上班", "周二"])
    wb.save(tmp_path / "c.xlsx")
    page = CalendarPage(ui_ctx)
    qtbot.addWidget(page)
    page.year_box.setValue(2027)
    assert page.import_file(str(tmp_path / "c.xlsx")) is None
    assert "3" in answers[-1] and page.model.rowCount() == 0
