"""学时台账 and 培训需求 as a clerk uses them, the 培训学时 column of the staff list and training on
the timeline dialog."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from govhr_desktop.persistence.models import RegisterEntry, Staff
from govhr_desktop.persistence.models_training import (
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)
from govhr_desktop.ui.pages.staff import StaffPage
from govhr_desktop.ui.pages.training_ledger import TargetsDialog, TrainingLedgerPage
from govhr_desktop.ui.pages.training_needs import TrainingNeedsPage

TODAY = date.today()
YEAR = TODAY.year


@pytest.fixture
def trained(demo_ctx):
    """Someone at the center who attended a 5-hour etiquette session on 2 January this year (and
    nothing else this year, whatever the demo holds)."""
    with demo_ctx.transaction() as s:
        p = s.scalars(select(Staff).where(Staff.status == "on_duty").order_by(Staff.id)).first()
        for a in s.scalars(select(TrainingAttendance).where(TrainingAttendance.staff_id == p.id)):
            s.delete(a)
        c = TrainingCourse(title="测试礼仪课", category="etiquette", organiser="center", form="centralised", hours=5,
                           starts_on=date(YEAR, 1, 2), ends_on=date(YEAR, 12, 31), targets="service,bad_rating")
        s.add(c)
        s.flush()
        sess = TrainingSession(course_id=c.id, held_on=date(YEAR, 1, 2), start_time="09:00", end_time="15:00", hours=5)
        s.add(sess)
        s.flush()
        s.add(TrainingEnrolment(course_id=c.id, staff_id=p.id))
        s.add(TrainingAttendance(session_id=sess.id, staff_id=p.id, hours=5))
        return {"id": p.id, "name": p.name, "unit": p.home_unit_id, "course": c.id}


def row_of(page, name: str) -> list[str]:
    model = page.model
    for i, r in enumerate(model.rows()):
        if getattr(r, "staff_name", None) == name:
            return model.display_row(i)
    raise AssertionError(name)


def test_ledger_page_shows_hours_progress_summary_and_exports(qtbot, ui_ctx, trained, tmp_path):
    page = TrainingLedgerPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    keys = [c.key for c in page.model.columns]
    assert keys[:5] == ["name", "home_unit", "employment", "target", "total"] and keys[-1] == "progress"
    assert "礼仪用语" in [c.header for c in page.model.columns]  # one column per course category (short heading)
    values = dict(zip(keys, row_of(page, trained["name"])))
    assert (values["target"], values["total"], values["cat.etiquette"], values["progress"]) == ("90", "5", "5", "6%")
    assert "测试礼仪课" not in page.summary_label.text()  # no unit chosen: no summary
    page.unit.setCurrentIndex(page.unit.findData(trained["unit"]))
    assert all(r.home_unit_id == trained["unit"] for r in page.model.rows())
    assert "测试礼仪课" in page.summary_label.text()
    path = page.export_xlsx(str(tmp_path / "ledger.xlsx"))
    ws = openpyxl.load_workbook(path).active
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    assert any(trained["name"] in [str(v) for v in row] for row in cells)

    # the report tab: per course
    page.tabs.setCurrentIndex(1)
    page.grouping.setCurrentIndex(page.grouping.findData("course"))
    names = [r.name for r in page.report_model.rows()]
    assert "测试礼仪课" in names
    path = page.export_xlsx(str(tmp_path / "report.xlsx"))
    ws = openpyxl.load_workbook(path).active
    assert any("测试礼仪课" in [str(c.value) for c in row] for row in ws.iter_rows())
    page.period_to.setDate(page.period_from.date().addDays(-1))
    assert page.report_model.rowCount() == 0 and page.report_status.text()


def test_targets_dialog_shows_errors_at_the_field_and_saves(qtbot, ui_ctx, trained, monkeypatch):
    page = TrainingLedgerPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    assert page.targets_button.isEnabled()
    dlg = TargetsDialog(page.service, page)
    qtbot.addWidget(dlg)
    dlg.widget("target.contract").setText("600")
    dlg._on_save()
    assert "500" in dlg.error_text("target.contract") and dlg.result() == 0
    assert page.service.targets()["contract"] == 90
    dlg.widget("target.contract").setText("72")
    dlg._on_save()
    assert dlg.result() == 1 and page.service.targets()["contract"] == 72


def test_needs_page_lists_reasons_and_enrols_everyone(qtbot, ui_ctx, demo_ctx, trained, monkeypatch):
    with demo_ctx.transaction() as s:
        people = s.scalars(select(Staff).where(Staff.status == "on_duty", Staff.id != trained["id"])
                           .order_by(Staff.id).limit(2)).all()
        for p in people:
            s.add(RegisterEntry(staff_id=p.id, item_code="cold_manner", occurred_on=TODAY - timedelta(days=3),
                                quantity=1, verification="verified"))
        names = {p.name for p in people}
    page = TrainingNeedsPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    page.course_filter.setCurrentIndex(page.course_filter.findData(trained["course"]))
    shown = {page.proxy.index(i, 0).data() for i in range(page.proxy.rowCount())}
    assert names <= shown
    assert [c.key for c in page.model.columns] == ["name", "home_unit", "course", "target", "reason"]
    reasons = [page.proxy.index(i, 4).data() for i in range(page.proxy.rowCount())]
    assert all("近3个月" in r for r in reasons) and any("态度生硬、冷淡" in r for r in reasons)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert page.enrol_all()
    assert str(len(shown)) in asked[0] and "测试礼仪课" in asked[0]
    with demo_ctx.read() as s:
        enrolled = set(s.scalars(select(TrainingEnrolment.staff_id).where(
            TrainingEnrolment.course_id == trained["course"], TrainingEnrolment.source == "needs")))
    assert {p.id for p in people} <= enrolled
    assert page.proxy.rowCount() == 0  # nobody left waiting for that course


def test_staff_list_shows_this_years_hours_and_timeline(qtbot, ui_ctx, trained):
    page = StaffPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()
    col = [c.key for c in page.model.columns].index("training")
    i = page.model.row_of_id(trained["id"])
    assert page.model.display_row(i)[col] == "5/90"
    from PySide6.QtCore import Qt

    page.model.sort(col, Qt.SortOrder.DescendingOrder)
    top = page.model.row_at(0)
    assert page.model.columns[col].sort(top) >= 5 / 90

    from govhr_desktop.ui.dialogs.timeline_dialog import TimelineDialog

    dlg = TimelineDialog(ui_ctx, ui_ctx.staff.get(trained["id"]), page)
    qtbot.addWidget(dlg)
    texts = [dlg.describe(e) for e in dlg.events]
    assert any("测试礼仪课" in t for t in texts)
    assert any("5" in t and "90" in t for t in texts if str(YEAR) in t)
