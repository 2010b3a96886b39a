"""A clerk's month, through the screens: import the provincial 好差评 export (GBK CSV with a
BOM-less title row), the 差评 is verified as the staff member's fault, the month is computed,
window items entered, forms submitted, the leader confirms the honours (the chief
representative's 50 % share is booked), reviews and publishes; the honours page and the home
page show the result."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlalchemy import text

from govhr_desktop.services.bad_ratings import BadRatingService
from govhr_desktop.ui.dialogs.form import FormDialog
from govhr_desktop.ui.pages.evaluations import EvaluationsPage
from govhr_desktop.ui.pages.home import HomePage
from govhr_desktop.ui.pages.honours import HonoursPage
from govhr_desktop.ui.pages.honours_dialogs import WindowItemsDialog, WindowItemsForm
from govhr_desktop.ui.pages.ratings import RatingsImportDialog

TODAY = date(2026, 3, 20)
MONTH = "2026-02"


@pytest.fixture
def people(ui_ctx):
    """Three people at windows of one home unit whose chief representative is at the center."""
    with ui_ctx.services.connect() as c:
        rows = c.execute(text(
            "SELECT s.id, s.name, w.number, w.id, ch.staff_id FROM staff s JOIN service_window w ON w.id = s.window_id "
            "JOIN chief_representative ch ON ch.home_unit_id = w.home_unit_id AND ch.end_on IS NULL "
            "WHERE s.left_center_on IS NULL AND s.joined_center_on < '2026-01-01' "
            "AND (SELECT count(*) FROM staff t WHERE t.name = s.name) = 1 ORDER BY w.number, s.id LIMIT 3")).all()
    return [tuple(r) for r in rows]


def write_export(path, people) -> int:
    """The provincial export as a clerk gets it: GBK, a title row, levels as words."""
    n = 0
    with open(path, "w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        w.writerow(["XX省政务服务好差评系统 评价明细（2026年2月）"])
        w.writerow(["评价编号", "评价渠道", "事项名称", "窗口编号", "工作人员", "评价时间", "评价等级", "评价内容"])
        for k, (sid, name, number, _wid, _chief) in enumerate(people):
            for i in range(40):
                n += 1
                w.writerow([f"HCP2026020{k}{i:03d}", "评价器", "营业执照办理", number, name,
                            f"2026-02-{10 + i % 15:02d} 09:{i % 60:02d}:00", "非常满意", ""])
        sid, name, number, _wid, _chief = people[0]
        w.writerow(["HCP20260299001", "12345", "营业执照办理", number, name, "2026-02-12 15:20:00", "非常不满意",
                    "等了一个小时没人理"])
        n += 1
    return n


def test_from_import_to_a_published_month_and_its_honours(qtbot, ui_ctx, people, tmp_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    for cls in (EvaluationsPage, HonoursPage):
        monkeypatch.setattr(cls, "today", lambda self: TODAY)

    # 1. import the export through the import dialog (background worker)
    path = tmp_path / "好差评2026年2月.csv"
    total = write_export(path, people)
    dialog = RatingsImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(str(path))
    assert dialog.error_model.rowCount() == 0
    assert dialog.run_import()
    assert dialog.result_summary.added == total

    # 2. the 差评 got a case; the window's unit verifies it as the staff member's fault
    cases = BadRatingService(ui_ctx.services)
    (case,) = cases.list()
    cases.verify(case.id, "staff_fault", "回访核实：窗口人员离岗未告知", on=date(2026, 2, 13))

    # 3. compute and submit the month on the evaluation page
    page = EvaluationsPage(ui_ctx)
    qtbot.addWidget(page)
    page.reload()

    def click(p, name: str) -> None:
        b = p.findChild(QPushButton, name)
        assert b is not None and b.isEnabled(), name
        b.click()

    click(page, "computeButton")
    first = next(r for r in page.model.rows() if r.staff_id == people[0][0])
    assert first.deductions["rating"] == 2 and first.good_rate == pytest.approx(40 / 41)

    # 4. window items: 20 cases, 18 on time at the first person's window
    honours = HonoursPage(ui_ctx)
    qtbot.addWidget(honours)
    honours.reload()
    items = WindowItemsDialog(ui_ctx, honours.honours_service, MONTH, honours)
    qtbot.addWidget(items)
    row = next(i for i, it in enumerate(items.items) if it.window_id == people[0][3])

    def fill(dlg: WindowItemsForm):
        dlg.cases_total.setValue(20)
        dlg.cases_on_time.setValue(18)
        dlg._on_save()
        return dlg.result()

    monkeypatch.setattr(FormDialog, "exec", lambda d: fill(d))
    items.table.selectRow(row)
    assert items.edit_selected()

    click(page, "submitButton")
    click(page, "reviewButton")  # refused: the honours are not confirmed
    assert told and "表彰" in told[-1]
    told.clear()

    # 5. the leader confirms the honours as proposed (ties among the tied need a reason)
    honours.reload()
    dlg = honours.confirm_dialog()
    qtbot.addWidget(dlg)
    for kind, table, sel in (("star", dlg.stars, dlg.h.stars), ("red_flag", dlg.flags, dlg.h.red_flags)):
        for subject in list(sel.ties)[: sel.places_open]:
            dlg.set_ticked(table, subject, True, "并列，经中心主任办公会研究确定")
    dlg.confirm()
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()
    fig = next(f for f in dlg.h.windows if f.window_id == people[0][3])
    same_window = [p for p in people if p[3] == people[0][3]]
    n = 40 * len(same_window) + 1
    assert fig.good_rate == pytest.approx((n - 1) / n)
    # 10 × (1 − 18/20) + 10 × (1 − 好评率) below the staff average
    assert fig.window_deductions == pytest.approx(1.0 + 10 * (1 - (n - 1) / n), abs=0.01)
    chief = people[0][4]
    page.reload()
    chief_row = next(r for r in page.model.rows() if r.staff_id == chief)
    assert chief_row.adjustment_count >= 1 and chief_row.adjustments < 0

    # 6. review and publish
    click(page, "reviewButton")
    click(page, "publishButton")
    assert not told, told
    assert all(r.state == "published" for r in page.model.rows())

    # 7. the honours page and the home page show the confirmed honours
    honours.reload()
    assert "确认" in honours.status.text()
    assert honours.stars.rowCount() == len(honours.confirmed.stars) >= 1
    assert honours.flags.rowCount() == 3
    assert people[0][1] not in {r[0] for r in honours.star_rows}  # a verified 差评: no star
    home = HomePage(ui_ctx)
    qtbot.addWidget(home)
    home.reload()
    assert MONTH in home.honours_text.text() and honours.star_rows[0][0] in home.honours_text.text()
    # the satisfaction trend of the six months up to March: February carries the imported ratings
    trend = ui_ctx.attention.satisfaction_trend(6, on=TODAY)
    assert [m for m, _n, _r in trend] == ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    assert dict((m, (n, r)) for m, n, r in trend)["2026-02"] == (total, pytest.approx((total - 1) / total))
    home.show_trend(trend)
    assert home.trend_chart.points() == [("2026-02", pytest.approx(round((total - 1) / total * 100, 1)))]
