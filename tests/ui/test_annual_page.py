"""The annual assessment page: ranking with the quota line and ties, ticking 优秀 with reasons,
refusals shown to the reviewer, publicity of 5 working days, confirmation, the quarter view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from govhr_desktop.ui.pages.annual import AnnualPage
from tests.services.test_honours_annual import publish_2025


@pytest.fixture
def told(monkeypatch):
    out: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: out.append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return out


@pytest.fixture
def page(qtbot, ui_ctx, monkeypatch):
    ids = publish_2025(ui_ctx.services)
    monkeypatch.setattr(AnnualPage, "today", lambda self: date(2026, 1, 8))
    p = AnnualPage(ui_ctx)
    qtbot.addWidget(p)
    p.year.setCurrentIndex(p.year.findData(2025))
    p.ids = ids
    return p


def line_rows(page) -> list[int]:
    return [i for i in range(page.table.rowCount())
            if page.table.item(i, 0).data(Qt.ItemDataRole.UserRole) is None]


def test_ranking_shows_the_quota_line_and_ties(page):
    s = page.ids
    assert page.cal.places == 3 and page.cal.assessed == 18
    lines = line_rows(page)
    assert len(lines) == 1
    assert "名额线" in page.table.item(lines[0], 0).text() and "3" in page.table.item(lines[0], 0).text()
    # the line goes below the tied people: s0, s1 and the three 95s (s17 96 is not eligible)
    above = [page.table.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(lines[0])]
    assert set(above) == {s[0], s[1], s[2], s[3], s[4], s[17]}
    assert page.ticked() == [s[0], s[1]]
    assert "2 / 3" in page.count.text().replace("2 of 3", "2 / 3") or "已勾选优秀 2" in page.count.text()
    row17 = page._row_of(s[17])
    assert not page.table.item(row17, page.EXCELLENT).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "并列" in page.table.item(page._row_of(s[3]), 6).text()
    assert "仅写评语" in page.table.item(page._row_of(s[18]), 6).text()


def test_tick_save_publicity_confirm(page, told, monkeypatch):
    s = page.ids
    page.set_excellent(s[3], True)
    assert not page.save()  # a pick among the tied needs a reason
    assert told and "理由" in told[-1]
    assert page.cal.state == "new"
    page.set_excellent(s[4], True, "x")
    assert not page.save()  # four ticked for three places
    assert "3" in told[-1]
    page.set_excellent(s[4], False, "")
    page.set_excellent(s[3], True, "并列者中年度表扬最多")
    assert page.save()
    assert page.cal.state == "draft" and set(page.ticked()) == {s[0], s[1], s[3]}
    assert page.table.item(page._row_of(s[3]), 8).text() == "优秀"
    assert page.table.item(page._row_of(s[2]), 8).text() in ("称职", "合格")

    def accept(dlg_start):
        dlg, start = dlg_start
        monkeypatch.setattr(dlg, "exec", lambda: QDialog.DialogCode.Accepted)
        return dlg, start

    orig = page.publicity_dialog
    monkeypatch.setattr(page, "publicity_dialog", lambda: accept(orig()))
    assert page.start_publicity()
    assert page.cal.state == "publicity" and page.cal.publicity_from == date(2026, 1, 8)
    assert "公示" in page.status.text()
    assert not page.save_button.isEnabled() and page.confirm_button.isEnabled()
    assert not page.confirm()  # the 5 working days are not over
    assert told and "公示" in told[-1]
    monkeypatch.setattr(AnnualPage, "today", lambda self: date(2026, 1, 20))
    assert page.confirm()
    assert page.cal.state == "confirmed" and not page.confirm_button.isEnabled()
    path = page.export_xlsx(str(page.ui.paths.root / "annual.xlsx"))
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any("并列者中年度表扬最多" in (v or "") for row in values for v in row)


def test_quarter_view(page):
    page.period.setCurrentIndex(page.period.findData(1))
    assert page.cal is None and page.table.rowCount() == 20
    assert page.table.isColumnHidden(page.EXCELLENT)
    assert not page.save_button.isEnabled()
    assert "一季度" in page.period.currentText() or "1" in page.status.text()
    page.period.setCurrentIndex(0)
    assert page.cal is not None and not page.table.isColumnHidden(page.EXCELLENT)
