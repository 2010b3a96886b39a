"""The clerk's path of issue 4 through the screens: a home unit proposes a person, the center
vets and accepts them, they are assigned as A post, request leave, the home unit and the center
approve, the B post covers on the coverage view, and the return is recorded."""

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.records import WindowInput
from govhr_desktop.domain.security import Actor
from govhr_desktop.ui.dialogs.form import FormDialog, set_combo_data
from govhr_desktop.ui.pages.coverage import CoveragePage
from govhr_desktop.ui.pages.leave import LeavePage
from govhr_desktop.ui.pages.org_pages import WindowsPage
from govhr_desktop.ui.pages.vetting import VettingDialog, VettingPage


def qd(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def save(dlg) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_propose_vet_assign_leave_cover_return(qtbot, ui_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text)))
    fillers = []

    def run_with(dialog):  # every FormDialog.exec: the next filler types into it, then Save
        fillers.pop(0)(dialog)
        save(dialog)
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", run_with)
    today = date.today()
    unit = ui_ctx.home_units.list()[0]
    zone = ui_ctx.zones.list()[0]
    window_id = ui_ctx.windows.save(WindowInput("Z77", "新设专业窗口", zone.id, "department", unit.id,
                                                active_from=today - timedelta(days=30)))
    colleague = ui_ctx.staff.of_home_unit(unit.id)[0]
    ui_ctx.assignments.assign(colleague.id, window_id, "B", today - timedelta(days=10))

    # 1. the home unit proposes a person (personnel clerk records it)
    ui_ctx.services.actor = Actor.for_role("renshi", "personnel")
    vetting_page = VettingPage(ui_ctx)
    qtbot.addWidget(vetting_page)
    first17 = "34052419960815062"
    dlg = VettingDialog(ui_ctx, vetting_page)
    qtbot.addWidget(dlg)
    set_combo_data(dlg.home_unit, unit.id)
    dlg.name.setText("周新人")
    dlg.id_number.setText(first17 + id_check_char(first17))
    set_combo_data(dlg.employment, "contract")
    dlg.political_quality.setPlainText("政治素质好")
    dlg.business_ability.setPlainText("业务熟练")
    dlg.physical_condition.setPlainText("身体健康")
    save(dlg)
    assert dlg.saved_id

    # 2. the leader decides: accepted (only accepted people reach the staff list)
    ui_ctx.services.actor = Actor.for_role("lingdao", "leader")
    vetting_page.reload()
    vetting_page.select_id(dlg.saved_id)
    decide = vetting_page.decision_dialog(vetting_page.selected_row())
    qtbot.addWidget(decide)
    set_combo_data(decide.decision, "accepted")
    decide.extra_date.setDate(qd(today - timedelta(days=5)))
    save(decide)
    person = next(s for s in ui_ctx.staff.list() if s.name == "周新人")

    # 3. the window clerk assigns them as A post of the new window
    ui_ctx.services.actor = Actor.for_role("chuangkou", "window_clerk")
    windows_page = WindowsPage(ui_ctx)
    qtbot.addWidget(windows_page)
    windows_page.reload()
    windows_page.select_id(window_id)

    def fill_assign(d):
        d.person.setCurrentIndex(d.person.findData(person.id))
        set_combo_data(d.post, "A")
        d.start_on.setDate(qd(today - timedelta(days=4)))

    fillers.append(fill_assign)
    windows_page.assign_selected()
    assert ui_ctx.windows.get(window_id).a_staff == "周新人"

    # 4. leave: filed by the personnel clerk, signed by the home unit, handed over to the B post
    ui_ctx.services.actor = Actor.for_role("renshi", "personnel")
    leave_page = LeavePage(ui_ctx)
    qtbot.addWidget(leave_page)
    leave_page.reload()
    start = today + timedelta(days=1)
    while start.weekday() >= 5:
        start += timedelta(days=1)

    def fill_leave(d):
        d.person.setCurrentIndex(d.person.findData(person.id))
        d.leave_type.setCurrentIndex(d.leave_type.findData("personal"))
        d.start_date.setDate(qd(start))
        d.end_date.setDate(qd(start))
        d.reason.setPlainText("家中有事")

    fillers.append(fill_leave)
    leave_page.file_leave()
    leave = next(r for r in leave_page.model.rows() if r.staff_id == person.id)
    leave_page.select_id(leave.id)

    def fill_sign(d):
        d.signed_by.setText("局办公室 王主任")
        d.signed_on.setDate(qd(today))

    fillers.append(fill_sign)
    leave_page.unit_sign()

    def fill_handover(d):
        d.cover.setCurrentIndex(d.cover.findData(colleague.id))

    fillers.append(fill_handover)
    leave_page.handover()
    assert leave_page.selected_row().handover_confirmed

    # 5. the center approves (a leader, not the clerk who filed it)
    ui_ctx.services.actor = Actor.for_role("lingdao", "leader")
    leave_page.approve()
    assert leave_page.selected_row().status == "approved", warnings

    # 6. on the leave day the coverage view shows the B post covering the window
    coverage = CoveragePage(ui_ctx)
    qtbot.addWidget(coverage)
    coverage.set_day(start)
    row = next(c for c in coverage.rows if c.number == "Z77")
    assert "周新人" in row.on_leave and row.covering == colleague.name and not row.uncovered

    # 7. back from leave (销假)
    ui_ctx.services.actor = Actor.for_role("renshi", "personnel")
    leave_page.select_id(leave.id)

    def fill_return(d):
        d.returned_on.setDate(qd(start + timedelta(days=1)))

    fillers.append(fill_return)
    leave_page.record_return()
    assert leave_page.selected_row().status == "returned"
    events = [e.kind for e in ui_ctx.timeline.for_staff(person.id)]
    assert {"joined", "vetting", "assignment.start", "leave", "leave.return"} <= set(events)
