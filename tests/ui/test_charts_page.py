"""The charts page on the demo center: a person picked by typing, their trend with a gap where no
form was computed, the window trend, grades per home unit, 好评率 per window (below the center's
rate in red), empty selections show a message, the Excel export (audited), the PNG, the dialog
and the home page's small satisfaction chart."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select, text

from govhr_desktop.persistence.models import HomeUnit, Rating, RegisterEntry, Staff, Window
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.statistics import StatisticsService, months_ending
from govhr_desktop.ui.charts import SatisfactionTrendChart
from govhr_desktop.ui.pages.charts import ChartsPage
from govhr_desktop.ui.pages.trend_dialog import open_trend_dialog

TODAY = date(2026, 3, 20)  # the trend ends in 2026-02; its 12 months start in 2025-03
_keys = iter(range(10**6))


def rating(sid, wid, level, day: datetime) -> Rating:
    return Rating(rating_key=f"C{next(_keys)}", staff_id=sid, window_id=wid, level=level, rated_at=day)


def reg(sid, code, day, qty=1) -> RegisterEntry:
    return RegisterEntry(staff_id=sid, item_code=code, occurred_on=day, quantity=qty, verification="verified")


@pytest.fixture
def data(ui_ctx):
    """P1: 2026-01 argue ×2 → 94, 2026-02 late ×3 → 97; ratings at their window W: 2025-12 5,2
    (50 %, no form that month), 2026-01 5,5,4,1 (75 %), 2026-02 5 (100 %). P2: 2026-02 absence ×5
    and overdue ×4 → 55 (较差). One rating (5) at another window W2 in 2026-01. Months 2026-01 and
    2026-02 computed for everybody."""
    s_ctx = ui_ctx.services
    with s_ctx.read() as s:
        people = s.execute(select(Staff.id, Staff.name, Staff.window_id, Staff.home_unit_id).where(
            Staff.status == "on_duty", Staff.window_id.is_not(None),
            Staff.joined_center_on < date(2025, 1, 1)).order_by(Staff.id)).all()
        names = [n for (n,) in s.execute(select(Staff.name))]
        units = dict(s.execute(select(HomeUnit.id, HomeUnit.short_name)).all())
        windows = {i: (num, name) for i, num, name in s.execute(select(Window.id, Window.number, Window.name))}
    # names no other person's name contains (typing them finds exactly one person)
    unique = [p for p in people if sum(p.name in n for n in names) == 1]
    p1 = unique[0]
    p2 = next(p for p in unique if p.home_unit_id != p1.home_unit_id)
    w, w2 = p1.window_id, next(i for i in windows if i != p1.window_id)
    with s_ctx.transaction() as s:
        s.add_all([
            reg(p1.id, "argue", date(2026, 1, 8), 2), reg(p1.id, "late_early", date(2026, 2, 9), 3),
            reg(p2.id, "absence_half_day", date(2026, 2, 10), 5), reg(p2.id, "overdue_case", date(2026, 2, 11), 4),
            rating(p1.id, w, 5, datetime(2025, 12, 3, 10)), rating(p1.id, w, 2, datetime(2025, 12, 4, 10)),
            *[rating(p1.id, w, lv, datetime(2026, 1, 12, 11)) for lv in (5, 5, 4, 1)],
            rating(p1.id, w, 5, datetime(2026, 2, 2, 9)),
            rating(None, w2, 5, datetime(2026, 1, 20, 15)),
        ])
    ev = EvaluationService(s_ctx)
    ev.evaluate_month("2026-01")
    ev.evaluate_month("2026-02")
    return {"p1": p1.id, "name1": p1.name, "p2": p2.id, "unit2": units[p2.home_unit_id], "w": w, "w2": w2,
            "w_label": " ".join(windows[w]), "w2_label": " ".join(windows[w2]), "w_number": windows[w][0]}


@pytest.fixture
def page(qtbot, ui_ctx, monkeypatch):
    monkeypatch.setattr(ChartsPage, "today", lambda self: TODAY)
    p = ChartsPage(ui_ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.reload()
    return p


def test_person_trend_picked_by_typing(page, data, qtbot, type_text):
    tab = page.person_tab
    assert page.tabs.currentWidget() is tab
    # nothing chosen: a message instead of empty axes, nothing to export
    assert not tab.chart.has_data() and tab.chart.message_text() == tab.texts()["choose"]
    assert not page.actions_bar.export_button.isEnabled() and not page.actions_bar.png_button.isEnabled()

    edit = tab.picker.lineEdit()
    edit.setFocus()
    type_text(edit, data["name1"])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.subject_id() == data["p1"]
    assert tab.chart.has_data()
    assert tab.chart.months == months_ending("2026-02", 12)
    # scores only where a form exists (a gap elsewhere, no zeros); 好评率 in % wherever rated
    assert tab.chart.points("score") == [("2026-01", 94.0), ("2026-02", 97.0)]
    assert tab.chart.points("rate") == [("2025-12", 50.0), ("2026-01", 75.0), ("2026-02", 100.0)]
    assert len(tab.chart.score_lines) == 1 and len(tab.chart.rate_lines) == 1
    assert sorted(tab.chart.value_labels()) == sorted(["94", "97", "50%", "75%", "100%"])
    assert data["name1"] in tab.summary.text() and "95.50" in tab.summary.text()  # (94 + 97) / 2
    assert page.actions_bar.export_button.isEnabled() and page.actions_bar.png_button.isEnabled()

    # the page reloads (another page changed records): the picker is refilled, the choice kept
    page.reload()
    assert tab.subject_id() == data["p1"] and not tab.stale_choices
    assert tab.chart.points("score") == [("2026-01", 94.0), ("2026-02", 97.0)]

    # an earlier end month: the window moves, 2026-02 drops out
    tab.month.setCurrentIndex(tab.month.findData("2026-01"))
    assert tab.chart.points("score") == [("2026-01", 94.0)]
    assert tab.chart.months[-1] == "2026-01"


def test_window_trend_and_lazy_tabs(page, data, ui_ctx):
    tab = page.window_tab
    assert not tab.loaded  # built, not fetched until shown
    page.tabs.setCurrentWidget(tab)
    assert tab.loaded and tab.chart.message_text() == tab.texts()["choose"]
    edit = tab.picker.lineEdit()
    edit.setText(data["w_number"])
    edit.returnPressed.emit()
    assert tab.subject_id() == data["w"]
    assert tab.chart.points("rate") == [("2025-12", 50.0), ("2026-01", 75.0), ("2026-02", 100.0)]
    ev = EvaluationService(ui_ctx.services)
    expected = []
    for m in ("2026-01", "2026-02"):
        fig = next((f for f in ev.honours(m).windows if f.window_id == data["w"]), None)
        if fig is not None:
            expected.append((m, fig.total))
    assert expected and tab.chart.points("score") == expected  # the honours page's window score


def test_grades_by_home_unit_month_year_and_export(page, data, ui_ctx, tmp_path):
    from openpyxl import load_workbook

    tab = page.grades_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.period.currentData() == "2026-02"
    with ui_ctx.services.connect() as c:
        forms = c.execute(text("SELECT COUNT(*) FROM evaluation_form WHERE month = '2026-02'")).scalar()
    values = tab.chart.values()
    assert list(values) == ["好", "较好", "一般", "较差"]
    assert sum(sum(v) for v in values.values()) == forms
    units = [u.short_name for u in tab.distribution.units]
    assert values["较差"] == [1 if u == data["unit2"] else 0 for u in units]  # P2, 55 points
    assert tab.chart.labels[-1].startswith(units[0])  # first unit drawn on top

    path = page.export_xlsx(str(tmp_path / "grades"))
    ws = load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert rows[0][:7] == ["派驻单位", "单位全称", "好", "较好", "一般", "较差", "合计"] or \
        rows[0][:7] == ["Home unit", "Full name", "好", "较好", "一般", "较差", "Total"]
    row2 = next(r for r in rows[1:] if r[0] == data["unit2"])
    assert row2[5] == 1
    assert rows[-1][6] == forms and len(rows) == len(units) + 2  # headers, units, total
    with ui_ctx.services.connect() as c:
        audited = c.execute(text("SELECT detail FROM audit_entry WHERE action = 'export' "
                                 "AND record_type = 'charts.grades'")).scalars().all()
    assert audited == [f"rows={len(units) + 1}"]

    # a month never computed: the message, not an empty axis; nothing to export
    tab.period.setCurrentIndex(tab.period.findData("2025-06"))
    assert not tab.chart.has_data() and "2025-06" in tab.chart.message_text()
    assert not page.actions_bar.export_button.isEnabled()
    # a year without published months
    tab.period.setCurrentIndex(tab.period.findData("2025"))
    assert not tab.chart.has_data() and "2025" in tab.chart.message_text()


def test_good_rate_per_window_and_export(page, data, tmp_path):
    from openpyxl import load_workbook

    tab = page.rates_tab
    page.tabs.setCurrentWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-01"))
    # W 3/4, W2 1/1; the center 4/5 = 80 %: W is below it and drawn in red
    got = dict(tab.chart.values())
    assert got == {data["w_label"]: 75.0, data["w2_label"]: 100.0}
    assert tab.chart.highlighted() == [data["w_label"]]
    assert "80.0" in tab.summary.text()
    path = page.export_xlsx(str(tmp_path / "rates.xlsx"))
    rows = [[c.value for c in r] for r in load_workbook(path).active.iter_rows(min_row=3)]
    by_number = {r[0]: r for r in rows}
    w = by_number[data["w_label"].split(" ")[0]]
    assert w[3:7] == [4, 3, 0, 75.0]
    assert rows[-1][3:7] == [5, 4, 0, 80.0]  # the whole center
    tab.month.setCurrentIndex(tab.month.findData("2025-11"))
    assert not tab.chart.has_data() and "2025-11" in tab.chart.message_text()


def test_png_and_trend_dialog(page, data, ui_ctx, tmp_path):
    page.person_tab.select(data["p1"])
    path = page.save_png(str(tmp_path / "trend"))
    assert path.endswith(".png")
    img = QImage(path)
    assert not img.isNull() and img.width() > 1000  # drawn at twice the size on screen
    with ui_ctx.services.connect() as c:
        kinds = c.execute(text("SELECT record_type FROM audit_entry WHERE action = 'export'")).scalars().all()
    assert kinds == ["charts.person.png"]

    dlg = open_trend_dialog(None, ui_ctx, staff_id=data["p1"], today=TODAY, modal=False)
    try:
        assert data["name1"] in dlg.windowTitle()
        assert dlg.tab.picker.isHidden()
        assert dlg.tab.chart.points("score") == [("2026-01", 94.0), ("2026-02", 97.0)]
    finally:
        dlg.close()
    wdlg = open_trend_dialog(None, ui_ctx, window_id=data["w"], today=TODAY, modal=False)
    try:
        assert wdlg.tab.chart.points("rate")[-1] == ("2026-02", 100.0)
    finally:
        wdlg.close()
    gone = open_trend_dialog(None, ui_ctx, window_id=999_999, today=TODAY, modal=False)
    try:  # a record that no longer exists: the message says so, nothing to export
        assert not gone.tab.chart.has_data() and gone.tab.chart.message_text()
        assert not gone.actions_bar.export_button.isEnabled()
    finally:
        gone.close()
    with pytest.raises(ValueError):
        open_trend_dialog(None, ui_ctx, today=TODAY, modal=False)


def test_home_satisfaction_chart(qtbot, ui_ctx, data):
    chart = SatisfactionTrendChart()
    qtbot.addWidget(chart)
    months = months_ending("2026-02", 4)
    chart.set_trend(StatisticsService(ui_ctx.services).center_satisfaction_trend(months))
    # November has no rating: no point; December 1/2, January 4/5 (W and W2), February 1/1
    assert chart.points() == [("2025-12", 50.0), ("2026-01", 80.0), ("2026-02", 100.0)]
    assert chart.has_data() and not chart.chart.legend().isVisible()
    chart.set_trend(StatisticsService(ui_ctx.services).center_satisfaction_trend(["2024-01", "2024-02"]))
    assert not chart.has_data() and chart.message_text() == chart.default_message()
