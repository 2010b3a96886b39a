"""The coverage page and assigning people from the windows page, as a clerk uses them."""

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from govhr_desktop.persistence.models import LeaveRequest
from govhr_desktop.services.assignments import AssignmentService
from govhr_desktop.ui.pages.coverage import CoveragePage
from govhr_desktop.ui.pages.org_pages import WindowsPage



@pytest.fixture(autouse=True)
def _no_demo_leave(request):
    """These tests start from a center without leave (the demo center has some running)."""
    if "ui_ctx" in request.fixturenames:
        ui = request.getfixturevalue("ui_ctx")
        from sqlalchemy import text as _text

        with ui.services.db.engine.begin() as c:
            c.execute(_text("DELETE FROM leave_request"))

@pytest.fixture
def page(qtbot, ui_ctx):
    p = CoveragePage(ui_ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def numbers(p) -> list[str]:
    return [p.proxy.index(i, 0).data() for i in range(p.proxy.rowCount())]


def test_coverage_shows_the_windows_and_filters_problems(page, ui_ctx):
    open_now = [w.number for w in ui_ctx.windows.list() if w.is_active()]
    assert sorted(numbers(page)) == sorted(open_now)
    assert "116" in page.count_label.text()
    page.only_problems.setChecked(True)
    assert set(numbers(page)) == {"B15", "C03", "C19"}  # the demo's windows without B post
    page.only_problems.setChecked(False)
    assert len(numbers(page)) == len(open_now)


def test_leave_shows_the_covering_b_and_date_change(page, ui_ctx, qtbot):
    tomorrow = date.today() + timedelta(days=1)
    cov = {c.number: c for c in AssignmentService(ui_ctx.services).coverage(tomorrow)}
    a01 = cov["A01"]
    a_id = next(a.staff_id for a in AssignmentService(ui_ctx.services).current(tomorrow)
                if a.window_number == "A01" and a.post == "A")
    with ui_ctx.services.transaction() as s:
        s.add(LeaveRequest(staff_id=a_id, leave_type="personal", start_on=tomorrow, end_on=tomorrow, status="approved"))
    page.reload()
    assert page.model.row_at(page.model.row_of_id(a01.window_id)).on_leave == ()  # today: at work
    page.findChild(QPushButton, "nextDay").click()
    assert page.selected_day() == tomorrow
    row = page.model.row_at(page.model.row_of_id(a01.window_id))
    assert row.on_leave == a01.a_staff and row.covering == a01.b_staff[0]
    page.only_problems.setChecked(True)
    assert "A01" in numbers(page)


def test_pdf_overview(page, ui_ctx, tmp_path):
    path = page.save_pdf(str(tmp_path / "coverage"))
    assert path.endswith(".pdf")
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext") and shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info and "842 x 595" in info  # one A4 page, landscape
        out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        assert ui_ctx.center.get().name in out
        assert "B15" in out


def test_excel_export(page, tmp_path):
    path = page.export_xlsx(str(tmp_path / "coverage.xlsx"))
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "A01" in values


def test_assign_through_the_windows_page(qtbot, ui_ctx, monkeypatch):
    page = WindowsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    target = next(w for w in ui_ctx.windows.list() if w.number == "B15")  # a window without B post
    page.select_id(target.id)
    assert "B15" in page.staff_label.text()
    history_before = page.staff_model.rowCount()
    candidate = next(s for s in ui_ctx.staff.of_home_unit(target.home_unit_id) if s.window_id != target.id)

    from govhr_desktop.ui.dialogs import assignment_dialogs

    seen = {}

    def run(dialog):
        seen["dialog"] = dialog
        i = dialog.person.findData(candidate.id)
        dialog.person.setCurrentIndex(i)
        dialog.post.setCurrentIndex(dialog.post.findData("B"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(assignment_dialogs.AssignDialog, "exec", run)
    page.assign_selected()
    d = seen["dialog"]
    assert d.general_error.text() == "" and d.error_text("post") == "", d.general_error.text()
    assert page.staff_model.rowCount() == history_before + 1
    assert candidate.name in ui_ctx.windows.get(target.id).b_staff
    assert page.selected_row().id == target.id


def test_assign_dialog_reports_a_broken_rule(qtbot, ui_ctx):
    from govhr_desktop.ui.dialogs.assignment_dialogs import AssignDialog

    target = next(w for w in ui_ctx.windows.list() if w.number == "A01")
    other = next(s for s in ui_ctx.staff.list(include_returned=False) if s.window_id not in (None, target.id))
    dlg = AssignDialog(ui_ctx, target)
    qtbot.addWidget(dlg)
    dlg.person.setCurrentIndex(dlg.person.findData(other.id))
    dlg.post.setCurrentIndex(dlg.post.findData("A"))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.error_text("post")  # A01 already has its A post
    assert not dlg.result()


def test_export_all_assignments(qtbot, ui_ctx, tmp_path):
    from govhr_desktop.exchange.readers import read_table
    from govhr_desktop.ui.pages.org_pages import WindowsPage

    page = WindowsPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    path = page.export_assignments(str(tmp_path / "a.xlsx"))
    table = read_table(path)
    assert len(table) - 2 == len(ui_ctx.assignments.history()) > 300
