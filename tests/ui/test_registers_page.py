"""The registers page as a clerk uses it: fast entry with "Save and new", verification, filters, export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import Staff
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.registers import RegisterDialog, RegistersPage, VerifyDialog

TODAY = date(2026, 3, 20)


@pytest.fixture
def dialogs(monkeypatch):
    """Each FormDialog.exec() pops the next script; the script fills and presses buttons and
    returns what exec() returns."""
    scripts: list = []

    def fake_exec(dialog):
        return scripts.pop(0)(dialog)

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return scripts


@pytest.fixture
def answers(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    return told


def two_people(ui_ctx):
    """Two people at the center since before 2026 whose names are unique."""
    with ui_ctx.services.read() as s:
        rows = list(s.execute(select(Staff.id, Staff.name).where(
            Staff.status == "on_duty", Staff.joined_center_on < date(2026, 1, 1)).order_by(Staff.id)))
        all_names = [n for (n,) in s.execute(select(Staff.name))]
    unique = [(i, n) for i, n in rows if all_names.count(n) == 1]
    return unique[0], unique[1]


def test_fast_entry_verify_filters_export(qtbot, ui_ctx, dialogs, answers, monkeypatch, type_text, tmp_path):
    (id1, name1), (id2, name2) = two_people(ui_ctx)
    ui_ctx.services.actor = Actor.for_role("clerk1", "window_clerk")
    monkeypatch.setattr(RegistersPage, "today", lambda self: TODAY)
    page = RegistersPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.model.rowCount() == 0
    seen: list = []

    def entry_script(d: RegisterDialog):
        seen.append(d)
        # first entry: a late arrival, person found by typing part of the name
        type_text(d.person.lineEdit(), name1)
        d.item.setCurrentIndex(d.item.findData("late_early"))
        assert "迟到或早退" in d.item.currentText() and "-1/次" in d.item.currentText()
        d.time.setText("8:42")
        d.source.setCurrentText("考勤机")
        d.content.setPlainText("迟到12分钟")
        d.save_new.click()
        assert d.saved_count == 1
        assert d.person.currentText() == "" and d.time.text() == ""
        assert d.item.currentData() == "late_early"  # the item and date are kept
        assert name1 in d.last_saved.text()
        # a broken rule shows under its field and keeps the dialog open
        type_text(d.person.lineEdit(), name2)
        d.item.setCurrentIndex(d.item.findData("complaint_upheld"))
        d.quantity.setValue(1.5)
        d.save_new.click()
        assert d.saved_count == 1 and d.error_text("quantity")
        d.quantity.setValue(1)
        d.source.setCurrentText("12345热线")
        d.save_new.click()
        assert d.saved_count == 2 and not d.error_text("quantity")
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return d.result()

    dialogs.append(entry_script)
    page.new_entry()
    assert page.model.rowCount() == 2
    rows = {page.model.row_at(i).staff_id: page.model.row_at(i) for i in range(2)}
    late, complaint = rows[id1], rows[id2]
    assert (late.item_code, late.occurred_on, late.occurred_time, late.points, late.verification) == (
        "late_early", TODAY, "08:42", -1, "verified")
    assert (complaint.item_code, complaint.points, complaint.verification, complaint.source) == (
        "complaint_upheld", -3, "pending", "12345热线")
    assert complaint.created_by == "clerk1"

    # verify the complaint
    page.select_id(complaint.id)

    def verify_script(d: VerifyDialog):
        d.state.setCurrentIndex(d.state.findData("verified"))
        d.note.setText("调取录像核实")
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return d.result()

    dialogs.append(verify_script)
    page.verify()
    assert page.selected_row().verification == "verified"
    assert page.registers.counts(id2, date(2026, 3, 1), date(2026, 3, 31)) == {"complaint_upheld": 1}

    # filters: category, verification, month
    page.category_filter.setCurrentIndex(page.category_filter.findData("rating"))
    assert page.proxy.rowCount() == 1
    page.category_filter.setCurrentIndex(0)
    page.verification_filter.setCurrentIndex(page.verification_filter.findData("pending"))
    assert page.proxy.rowCount() == 0
    page.verification_filter.setCurrentIndex(0)
    page.month_filter.setCurrentIndex(page.month_filter.findData("2026-02"))
    assert page.proxy.rowCount() == 0
    page.month_filter.setCurrentIndex(page.month_filter.findData("2026-03"))
    assert page.proxy.rowCount() == 2
    page.search.setText(name1)
    assert page.proxy.rowCount() == 1
    page.search.clear()

    # export what is shown
    out = page.export_xlsx(str(tmp_path / "registers.xlsx"))
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert name1 in values and name2 in values

    # edit, then delete
    page.select_id(late.id)

    def edit_script(d: RegisterDialog):
        assert d.save_new is None and d.person.currentData() == id1
        d.quantity.setValue(2)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return d.result()

    dialogs.append(edit_script)
    page.edit_selected()
    assert page.selected_row().points == -2
    page.delete()
    assert page.model.rowCount() == 1 and not answers


def test_roles_without_write_see_disabled_buttons(qtbot, ui_ctx):
    ui_ctx.services.actor = Actor.for_role("lead1", "leader")
    page = RegistersPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    from PySide6.QtWidgets import QPushButton

    assert not page.findChild(QPushButton, "newButton").isEnabled()
    assert not page.findChild(QPushButton, "verifyButton").isEnabled()
    assert page.findChild(QPushButton, "exportButton").isEnabled()
