"""The ratings page: lazy paging over SQL, filters in SQL, the import dialog through the worker."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from sqlalchemy import text

from govhr_desktop.ui.pages import ratings as ratings_mod
from govhr_desktop.ui.pages.ratings import PAGE_ROWS, RatingsImportDialog, RatingsPage

N = 1300  # three pages


def seed(ctx, n: int = N) -> None:
    start = datetime(2026, 9, 15, 9, 0)
    rows = []
    for i in range(n):
        at = start + timedelta(hours=i)  # 15 Sep .. early Nov
        rows.append({"k": f"R{i:06d}", "w": f"A{i % 7 + 1:02d}", "at": at.isoformat(sep=" ") + ".000000",
                     "lv": (i % 5) + 1, "ex": int(i % 50 == 0)})
    with ctx.transaction() as s:
        s.execute(text(
            "INSERT INTO rating (rating_key, channel, service_item, case_number, department, window_number, "
            "staff_name, rated_at, level, comment, excluded) VALUES (:k, '评价器', '不动产登记', '', '', :w, "
            "'张三', :at, :lv, '', :ex)"), rows)


@pytest.fixture
def page(qtbot, empty_ui_ctx):
    seed(empty_ui_ctx.services)
    p = RatingsPage(empty_ui_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_rows_are_counted_in_sql_and_fetched_page_by_page(page):
    m = page.model
    assert m.rowCount() == N
    QApplication.processEvents()
    assert m.loaded_pages() == [0]  # the first screen only
    # newest first
    assert m.index(0, 0).data() > m.index(1, 0).data()
    assert m.index(0, 0).data() == (datetime(2026, 9, 15, 9) + timedelta(hours=N - 1)).isoformat(sep=" ")
    assert m.index(0, 1).data().startswith(str(m.row_at(0)[2]))
    page.table.scrollToBottom()
    QApplication.processEvents()
    assert m.loaded_pages()[-1] == (N - 1) // PAGE_ROWS
    assert 1 not in m.loaded_pages()  # the middle page was never needed
    assert m.index(N - 1, 0).data() == "2026-09-15 09:00:00"
    assert "%n" not in page.count_label.text() and str(N) in page.count_label.text()


def test_old_pages_are_evicted(page, monkeypatch):
    monkeypatch.setattr(ratings_mod, "MAX_PAGES", 2)
    m = page.model
    for row in (0, PAGE_ROWS, 2 * PAGE_ROWS):
        m.row_at(row)
    assert m.loaded_pages() == [1, 2]


def test_filters_are_applied_in_sql(page, qtbot):
    m = page.model
    assert page.month_box.findData("2026-10") > 0 and page.month_box.findData("2026-09") > 0
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    assert m.rowCount() == 31 * 24
    assert all(m.index(r, 0).data().startswith("2026-10") for r in (0, m.rowCount() - 1))
    page.level_box.setCurrentIndex(page.level_box.findData("bad"))
    bad = m.rowCount()
    assert 0 < bad < 31 * 24 and all(m.row_at(r)[2] <= 2 for r in range(bad))
    page.level_box.setCurrentIndex(page.level_box.findData("good"))
    assert m.rowCount() == 31 * 24 - bad
    qtbot.keyClicks(page.window_edit, "a03")
    assert 0 < m.rowCount() < 31 * 24 - bad
    assert all(m.row_at(r)[5] == "A03" for r in range(m.rowCount()))
    page.month_box.setCurrentIndex(0)
    page.level_box.setCurrentIndex(0)
    page.window_edit.clear()
    assert m.rowCount() == N


def test_export_of_the_current_filter(page, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    page.level_box.setCurrentIndex(page.level_box.findData("bad"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    path = page.export_xlsx(str(tmp_path / "r.xlsx"))
    ws = load_workbook(path).active
    assert ws.max_row >= page.model.rowCount()
    assert not told
    monkeypatch.setattr(ratings_mod, "EXPORT_LIMIT", 10)
    _headers, rows, total = page.export_rows(10)
    assert len(rows) == 10 and total == page.model.rowCount()


def test_import_button_needs_the_permission(qtbot, empty_ui_ctx):
    from govhr_desktop.domain.security import Actor

    empty_ui_ctx.services.actor = Actor.for_role("viewer", "window_clerk")
    p = RatingsPage(empty_ui_ctx)
    qtbot.addWidget(p)
    assert p.import_button.isEnabled() == empty_ui_ctx.can("evaluation.write")


def write_csv(path, n: int, bad: int = 0) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["好差评数据导出"])
        w.writerow(["评价编号", "评价渠道", "事项名称", "工作人员", "评价时间", "评价等级", "评价内容"])
        for i in range(n):
            w.writerow([f"NEW{i:05d}", "二维码", "社保卡补办", "李四", f"2026-11-0{1 + i % 9} 10:00:00",
                        "满意" if i >= bad else "很好", ""])


def count(ctx) -> int:
    with ctx.connect() as c:
        return c.execute(text("SELECT count(*) FROM rating")).scalar_one()


def test_import_dialog_previews_and_imports_through_the_worker(qtbot, empty_ui_ctx, tmp_path):
    path = tmp_path / "ratings.csv"
    write_csv(path, 120, bad=3)
    dialog = RatingsImportDialog(empty_ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(str(path))
    assert dialog.combos["rating_key"].currentText() == "评价编号"
    assert dialog.combos["window_number"].currentData() == ""
    assert dialog.row_model.rowCount() == 50 and dialog.error_model.rowCount() == 3
    assert "Row 3" in dialog.describe(dialog.error_model.row_at(0)) or "3" in dialog.describe(dialog.error_model.row_at(0))
    assert dialog.import_button.isEnabled()
    # change the mapping: the comment column from 评价内容 to 事项名称 re-previews
    combo = dialog.combos["comment"]
    combo.setCurrentIndex(combo.findData("事项名称"))
    assert dialog.mapping()["comment"] == "事项名称"

    assert dialog.run_import()
    res = dialog.result_summary
    assert (res.read, res.added, res.error_count) == (120, 117, 3)
    assert count(empty_ui_ctx.services) == 117
    assert dialog.error_model.rowCount() == 3
    lines = dialog.error_lines()
    assert len(lines) == 4 and lines[1].split("\t")[0] == "3"
    dialog.copy_errors()
    assert QApplication.clipboard().text().count("\n") == 3


def test_cancelling_the_import_leaves_nothing(qtbot, empty_ui_ctx, tmp_path, monkeypatch):
    path = tmp_path / "ratings.csv"
    write_csv(path, 60_000)  # three chunks: the cancel is seen between them
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told.append(t)))
    dialog = RatingsImportDialog(empty_ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(str(path))

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                   and not w.wasCanceled() and w.windowTitle()]
        if dialogs:
            dialogs[-1].canceled.emit()
        else:
            QTimer.singleShot(1, press_cancel)

    QTimer.singleShot(0, press_cancel)
    assert not dialog.run_import()
    assert dialog.result_summary is None
    assert told and "cancel" in told[0].lower() or "取消" in told[0]
    assert count(empty_ui_ctx.services) == 0
