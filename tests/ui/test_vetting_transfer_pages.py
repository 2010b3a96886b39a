"""Vetting, transfer requests and chief representatives as a clerk and a leader use them."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.records import StaffInput
from govhr_desktop.services.transfers import TransferService
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.chief_rep_dialog import ChiefRepHistoryDialog
from govhr_desktop.ui.dialogs.form import set_combo_data
from govhr_desktop.ui.pages.transfers import TransferDialog, TransfersPage
from govhr_desktop.ui.pages.vetting import VettingDialog, VettingPage


def new_id(seq: int) -> str:
    first = f"34052419970823{seq:03d}"
    return first + id_check_char(first)


def save(dlg) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def select_row(page, row_id: int) -> None:
    page.decision_filter.setCurrentIndex(page.decision_filter.findData(None))
    page.select_id(row_id)
    assert page.selected_row().id == row_id


@pytest.fixture
def vetting_page(qtbot, ui_ctx):
    page = VettingPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    return page


def test_propose_then_accept_through_the_dialogs(qtbot, ui_ctx, vetting_page, type_text):
    unit = ui_ctx.home_units.list()[2]
    dlg = VettingDialog(ui_ctx, vetting_page)
    qtbot.addWidget(dlg)
    set_combo_data(dlg.home_unit, unit.id)
    type_text(dlg.name, "郑晓雯")
    qtbot.keyClicks(dlg.id_number, new_id(905))
    qtbot.keyClicks(dlg.mobile, "139 1234 5678")
    set_combo_data(dlg.employment, "agency")
    set_combo_data(dlg.education, "bachelor")
    type_text(dlg.political_quality, "拥护党的路线方针政策")
    type_text(dlg.business_ability, "熟悉社保经办业务")
    type_text(dlg.physical_condition, "身体健康")
    save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()

    vetting_page.reload()
    vetting_page.select_id(dlg.saved_id)
    row = vetting_page.selected_row()
    assert (row.name, row.home_unit_name, row.decision) == ("郑晓雯", unit.short_name, "pending")
    shown = [vetting_page.proxy.index(i, 0).data() for i in range(vetting_page.proxy.rowCount())]
    assert "郑晓雯" in shown  # the default filter shows the proposals waiting for a decision
    assert ui_ctx.staff.list()[0].name != "郑晓雯" and all(s.name != "郑晓雯" for s in ui_ctx.staff.list())

    # refusing without a reason is refused at the reason field
    decide = vetting_page.decision_dialog(row)
    qtbot.addWidget(decide)
    set_combo_data(decide.decision, "refused")
    assert not decide.extra_date.isEnabled()
    save(decide)
    assert decide.result() != QDialog.DialogCode.Accepted
    assert decide.error_text("decision_reason")

    decide = vetting_page.decision_dialog(row)
    qtbot.addWidget(decide)
    set_combo_data(decide.decision, "accepted")
    save(decide)
    assert decide.result() == QDialog.DialogCode.Accepted, decide.general_error.text()
    person = [s for s in ui_ctx.staff.list() if s.name == "郑晓雯"]
    assert len(person) == 1
    assert (person[0].status, person[0].window_id, person[0].joined_center_on) == ("on_duty", None, date.today())
    vetting_page.reload()
    assert "郑晓雯" not in [vetting_page.proxy.index(i, 0).data() for i in range(vetting_page.proxy.rowCount())]


def test_duplicate_id_is_shown_at_the_field(qtbot, ui_ctx, vetting_page):
    someone = ui_ctx.staff.list(include_returned=False)[3]
    dlg = VettingDialog(ui_ctx, vetting_page)
    qtbot.addWidget(dlg)
    set_combo_data(dlg.home_unit, someone.home_unit_id)
    qtbot.keyClicks(dlg.name, "X")
    qtbot.keyClicks(dlg.id_number, someone.id_number)
    set_combo_data(dlg.employment, "contract")
    save(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert someone.name in dlg.error_text("id_number")


def test_transfer_dialog_shows_the_warnings_live(qtbot, ui_ctx, type_text):
    today = date.today()
    unit = ui_ctx.home_units.list()[1]
    sid = ui_ctx.staff.save(StaffInput("新来的", new_id(907), unit.id, "contract", joined_center_on=today - timedelta(days=100)))
    page = TransfersPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    dlg = TransferDialog(ui_ctx, parent=page)
    qtbot.addWidget(dlg)
    assert dlg.warnings.text() == "" and not dlg.early_reason.isEnabled()
    set_combo_data(dlg.kind, "withdraw")
    set_combo_data(dlg.person, sid)
    dlg.filed_on.setDate(qdate(today))
    dlg.requested_on.setDate(qdate(today + timedelta(days=3)))
    check = TransferService(ui_ctx.services).check(sid, today, today + timedelta(days=3))
    assert [w.code for w in check.warnings] == ["transfer.short_notice", "transfer.before_two_years"]
    short_text = messages.format_code(check.warnings[0].code, None, check.warnings[0].params)
    for w in check.warnings:
        assert messages.format_code(w.code, None, w.params) in dlg.warnings.text()
    assert dlg.early_reason.isEnabled()

    # with enough notice only the tenure warning is left
    dlg.requested_on.setDate(qdate(today + timedelta(days=30)))
    assert short_text not in dlg.warnings.text()
    check = TransferService(ui_ctx.services).check(sid, today, today + timedelta(days=30))
    assert [w.code for w in check.warnings] == ["transfer.before_two_years"]
    assert messages.format_code(check.warnings[0].code, None, check.warnings[0].params) in dlg.warnings.text()

    type_text(dlg.reason, "单位工作需要")
    save(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_text("early_reason")
    type_text(dlg.early_reason, "单位急需此人回原岗位")
    save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()
    assert [w.code for w in dlg.filed.warnings] == ["transfer.before_two_years"]

    page.reload()
    page.select_id(dlg.saved_id)
    row = page.selected_row()
    assert (row.staff_name, row.kind, row.decision) == ("新来的", "withdraw", "pending")
    decide = page.decision_dialog(row)
    qtbot.addWidget(decide)
    set_combo_data(decide.decision, "agreed")
    save(decide)
    assert decide.result() == QDialog.DialogCode.Accepted, decide.general_error.text()
    assert ui_ctx.staff.get(sid).status == "returned"


def test_chief_representative_history_dialog(qtbot, ui_ctx):
    unit = next(u for u in ui_ctx.home_units.list() if u.staff_count >= 2)
    dlg = ChiefRepHistoryDialog(ui_ctx, unit)
    qtbot.addWidget(dlg)
    before = len(dlg.history())
    other = next(s for s in ui_ctx.staff.of_home_unit(unit.id) if s.id != unit.chief_representative_id)
    appoint = dlg.appoint_dialog()
    qtbot.addWidget(appoint)
    set_combo_data(appoint.person, other.id)
    save(appoint)
    assert appoint.result() == QDialog.DialogCode.Accepted, appoint.general_error.text()
    dlg.reload()
    hist = dlg.history()
    assert len(hist) == before + 1
    assert (hist[0].staff_name, hist[0].end_on) == (other.name, None)
    assert dlg.model.index(0, 0).data() == other.name
    assert ui_ctx.home_units.get(unit.id).chief_representative_name == other.name
