"""The monthly evaluation page and the honours page on the demo center: compute, open a form and
the records behind a figure, adjust (a reason is required), submit → review → publish, honours."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from govhr_desktop.persistence.models import Staff
from govhr_desktop.services.registers import RegisterService
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.evaluations import (
    AdjustDialog,
    EvaluationFormDialog,
    EvaluationsPage,
    RecordsBehindDialog,
    recent_months,
)
from govhr_desktop.ui.pages.honours import HonoursPage, previous_month

TODAY = date(2026, 3, 20)
MONTH = "2026-02"


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    asked: list[str] = []

    def question(_p, _t, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    return told, asked


@pytest.fixture
def dialogs(monkeypatch):
    scripts: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda d: scripts.pop(0)(d))
    return scripts


def two_people(ui_ctx):
    with ui_ctx.services.read() as s:
        rows = list(s.execute(select(Staff.id, Staff.name).where(
            Staff.status == "on_duty", Staff.joined_center_on < date(2026, 1, 1)).order_by(Staff.id)))
        names = [n for (n,) in s.execute(select(Staff.name))]
    unique = [(i, n) for i, n in rows if names.count(n) == 1]
    return unique[0], unique[1]


def select_person(page: EvaluationsPage, staff_id: int) -> None:
    for i in range(page.proxy.rowCount()):
        row = page.proxy.data(page.proxy.index(i, 0), 0x0100 + 2)
        if row.staff_id == staff_id:
            page.table.selectRow(i)
            return
    raise AssertionError(f"staff {staff_id} not in the table")


def test_recent_months():
    assert recent_months(TODAY)[:3] == ["2026-02", "2026-01", "2025-12"]
    assert len(recent_months(TODAY)) == 13
    assert previous_month("2026-01") == "2025-12"


def test_compute_open_adjust_and_move_a_month(qtbot, ui_ctx, answers, dialogs, monkeypatch):
    told, asked = answers
    (id1, _name1), (id2, _name2) = two_people(ui_ctx)
    reg = RegisterService(ui_ctx.services)
    reg.add(id1, "late_early", date(2026, 2, 10), 2, content="迟到两次", today=TODAY)
    reg.add(id1, "missed_clock", date(2026, 2, 12), 1, content="漏打卡", today=TODAY)
    reg.add(id2, "banner", date(2026, 2, 14), 1, content="锦旗", today=TODAY)

    monkeypatch.setattr(EvaluationsPage, "today", lambda self: TODAY)
    page = EvaluationsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.current_month() == MONTH
    assert page.model.rowCount() == 0
    assert "尚未计算" in page.state_line.text()

    from PySide6.QtWidgets import QPushButton

    def click(name: str) -> None:
        b = page.findChild(QPushButton, name)
        assert b is not None and b.isEnabled(), name
        b.click()

    click("computeButton")
    assert not told, told
    n = page.model.rowCount()
    assert 400 <= n <= 550, n
    rows = page.model.rows()
    ranked = sorted(rows, key=lambda r: r.rank)
    assert ranked[0].rank == 1
    assert all(a.total >= b.total for a, b in pairwise(ranked))
    assert all(r.state == "draft" for r in rows)
    assert f"草稿 {n}" in page.state_line.text()
    p1 = next(r for r in rows if r.staff_id == id1)
    assert p1.deductions["discipline"] >= 4.0  # 2 × 1 + 1 × 2 from our entries
    p2 = next(r for r in rows if r.staff_id == id2)
    assert p2.bonus >= 2

    # filters
    page.grade_filter.setCurrentIndex(1)
    assert 0 < page.proxy.rowCount() <= n
    page.grade_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(1)
    assert page.proxy.rowCount() < n
    page.unit_filter.setCurrentIndex(0)

    # the form and the records behind the discipline figure
    select_person(page, id1)
    d = page.form_dialog()
    assert isinstance(d, EvaluationFormDialog)
    codes = d.category_codes()
    assert "discipline" in codes and "bonus" in codes and "good_rate" in codes
    rec = d.records_dialog(codes.index("discipline"))
    assert isinstance(rec, RecordsBehindDialog)
    assert rec.table.rowCount() >= 2
    texts = [rec.table.item(i, 5).text() for i in range(rec.table.rowCount())]
    assert "迟到两次" in texts and "漏打卡" in texts
    d.close()

    # adjust without a reason: the error shows under the field, nothing saved
    total_before = p1.total

    def no_reason(dlg: AdjustDialog):
        assert isinstance(dlg, AdjustDialog)
        dlg.category.setCurrentIndex(dlg.category.findData("service"))
        dlg.points.setValue(-2)
        dlg._on_save()
        assert dlg.error_text("reason")
        assert not dlg.result()
        return QDialog.DialogCode.Rejected

    dialogs.append(no_reason)
    select_person(page, id1)
    click("adjustButton")
    assert not dialogs

    def with_reason(dlg: AdjustDialog):
        dlg.category.setCurrentIndex(dlg.category.findData("service"))
        dlg.points.setValue(-2)
        dlg.reason.setPlainText("群众来电反映态度生硬，经核实")
        dlg._on_save()
        assert not dlg.error_text("reason")
        return dlg.result()

    dialogs.append(with_reason)
    select_person(page, id1)
    click("adjustButton")
    p1 = next(r for r in page.model.rows() if r.staff_id == id1)
    assert p1.total == pytest.approx(max(0.0, total_before - 2))
    assert p1.adjustment_count == 1 and p1.adjustments == pytest.approx(-2)
    select_person(page, id1)
    d = page.form_dialog()
    assert d.adjustments.rowCount() == 1
    assert d.adjustments.item(0, 2).text() == "群众来电反映态度生硬，经核实"
    d.close()

    # reviewing before submitting is refused with a message
    click("reviewButton")
    assert told and MONTH in told[-1]
    told.clear()

    click("submitButton")
    assert not told, told
    assert all(r.state == "submitted" for r in page.model.rows())
    click("reviewButton")  # the month's honours are not confirmed yet
    assert told and ("Honours" in told[-1] or "表彰" in told[-1])
    assert all(r.state == "submitted" for r in page.model.rows())
    told.clear()
    from govhr_desktop.services.honours import HonoursService

    hs = HonoursService(ui_ctx.services)
    p = hs.proposal(MONTH)
    hs.confirm(MONTH, p.stars.selected, p.red_flags.selected)
    click("reviewButton")
    assert not told, told
    assert all(r.state == "reviewed" for r in page.model.rows())
    click("publishButton")
    assert not told, told
    assert all(r.state == "published" for r in page.model.rows())
    assert f"已公布 {n}" in page.state_line.text()
    assert len(asked) >= 4  # every state change was confirmed

    # a published month cannot be recomputed
    click("computeButton")
    assert told

    # export
    path = page.export_xlsx(str(ui_ctx.paths.root / "eval.xlsx"))
    assert path and path.endswith(".xlsx")


def test_buttons_follow_the_role(qtbot, ui_ctx, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from govhr_desktop.domain.security import Actor

    monkeypatch.setattr(EvaluationsPage, "today", lambda self: TODAY)
    ui_ctx.services.actor = Actor.for_role("boss", "leader")
    page = EvaluationsPage(ui_ctx)
    qtbot.addWidget(page)
    assert not page.findChild(QPushButton, "computeButton").isEnabled()
    assert not page.findChild(QPushButton, "submitButton").isEnabled()
    assert page.findChild(QPushButton, "reviewButton").isEnabled()
    assert page.findChild(QPushButton, "publishButton").isEnabled()


def test_honours_page(qtbot, ui_ctx, monkeypatch, answers):
    from govhr_desktop.services.evaluation import EvaluationService

    ev = EvaluationService(ui_ctx.services)
    ev.evaluate_month("2026-01")
    ev.evaluate_month(MONTH)
    monkeypatch.setattr(HonoursPage, "today", lambda self: TODAY)
    page = HonoursPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.current_month() == MONTH
    assert page.stars.rowCount() >= 1
    assert page.flags.rowCount() >= 3
    assert page.bottom.rowCount() >= 3
    assert page.stars.item(0, 0).text()
    assert float(page.flags.item(0, 2).text()) >= float(page.bottom.item(0, 2).text())
    assert MONTH in page.status.text()
    # demo months are alike: a window in the bottom 3 both months gets the talk warning
    if any(r[5] for r in page.bottom_rows):
        assert not page.warning.isHidden() and page.talk_windows
    path = page.export_xlsx(str(ui_ctx.paths.root / "honours.xlsx"))
    assert path
    _headers, rows = page.export_rows()
    assert len(rows) == page.stars.rowCount() + page.flags.rowCount() + page.bottom.rowCount()

    # a month nobody computed
    page.month.setCurrentIndex(page.month.findData("2025-06"))
    assert page.stars.rowCount() == 0 and page.flags.rowCount() == 0
    assert not page.confirm_button.isEnabled()
    assert "2025-06" in page.status.text()


def test_window_items_and_confirming_honours_on_the_page(qtbot, ui_ctx, monkeypatch, answers, dialogs):
    from PySide6.QtCore import Qt

    from govhr_desktop.services.evaluation import EvaluationService
    from govhr_desktop.ui.pages.honours_dialogs import ConfirmHonoursDialog, WindowItemsDialog, WindowItemsForm

    told, _asked = answers
    ev = EvaluationService(ui_ctx.services)
    ev.evaluate_month(MONTH)
    monkeypatch.setattr(HonoursPage, "today", lambda self: TODAY)
    page = HonoursPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    assert "未确认" in page.status.text() or "not confirmed" in page.status.text()

    # window items: a bad entry shows its error at the field and saves nothing; a good one
    # lowers the window score in the list
    items = WindowItemsDialog(ui_ctx, page.honours_service, MONTH, page)
    qtbot.addWidget(items)
    score_before = items.table.item(0, 9).text()

    def bad(dlg: WindowItemsForm):
        dlg.cases_total.setValue(10)
        dlg.cases_on_time.setValue(12)
        dlg.deductions.setValue(1)
        dlg._on_save()
        assert dlg.error_text("cases_on_time") and dlg.error_text("note")
        return QDialog.DialogCode.Rejected

    def good(dlg: WindowItemsForm):
        dlg.cases_total.setValue(10)
        dlg.cases_on_time.setValue(8)
        dlg.deductions.setValue(1)
        dlg.note.setText("桌面资料摆放凌乱")
        dlg._on_save()
        return dlg.result()

    dialogs.extend([bad, good])
    items.table.selectRow(0)
    assert not items.edit_selected()
    assert items.table.item(0, 4).text() == ""  # nothing saved
    items.table.selectRow(0)
    assert items.edit_selected()
    assert items.table.item(0, 4).text() == "10" and items.table.item(0, 8).text() == "桌面资料摆放凌乱"
    assert float(items.table.item(0, 9).text()) == pytest.approx(float(score_before) - 3)  # 1 + 10 × 0.2

    # confirming needs every form submitted
    ev.submit(MONTH)
    page.reload()
    dlg = page.confirm_dialog()
    qtbot.addWidget(dlg)
    h = dlg.h
    assert dlg.ticked(dlg.stars) == list(h.stars.selected)
    assert dlg.ticked(dlg.flags) == list(h.red_flags.selected)
    # tick one of the people tied at the line without a reason: refused, the dialog stays
    tied = h.stars.ties[0]
    dlg.set_ticked(dlg.stars, tied, True)
    for w in h.red_flags.ties[: h.red_flags.places_open]:
        dlg.set_ticked(dlg.flags, w, True, "并列，按窗口办件量")
    dlg.confirm()
    assert dlg.error.text() and not dlg.result()
    assert page.honours_service.confirmed(MONTH) is None
    dlg.set_ticked(dlg.stars, tied, True, "并列者中表扬信最多")
    dlg.confirm()
    assert dlg.result() == QDialog.DialogCode.Accepted
    page.reload()
    assert "并列者中表扬信最多" in " ".join(r[4] for r in page.star_rows)
    assert not page.confirm_button.isEnabled() and page.undo_button.isEnabled()
    assert page.stars.item(0, 0).data(Qt.ItemDataRole.UserRole) in set(h.stars.selected) | {tied}

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("窗口指标有误", True))
    assert page.undo()
    assert page.honours_service.confirmed(MONTH) is None and page.confirm_button.isEnabled()
    assert isinstance(dlg, ConfirmHonoursDialog)
