"""``ratings_view``: first paint of the citizen-ratings list over 1,000,000 ratings.

A migrated database gets 1,000,000 ratings inserted with raw ``sqlite3.executemany`` (a month
and a half of times, all levels, window numbers, comments). The value is the time from creating
the real ``RatingsPage`` (its lazy model counts with SQL and fetches the first page of rows) to
the first paint of its table in a 1280x720 window (``show`` + ``processEvents`` + ``grab`` of the
viewport), median of ``ROUNDS``; the detail has the resident memory it added (``/proc/self/statm``,
first round). The baseline is a bare ``QTableView`` over a ``QStandardItemModel`` of the first
50 rows (same columns, same window), timed the same way, interleaved round by round.
Budget: ≤ 200 ms and ≤ +50 MiB.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from datetime import datetime, timedelta

from common import benchmark, median, result, temp_dir

RATINGS = 1_000_000
ROUNDS = 5
BUDGET_MS = 200.0
BUDGET_MIB = 50.0
WINDOW_SIZE = (1280, 720)


def _rss_mib() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux
        return 0.0


def _fill(db_path, n: int) -> None:
    rng = random.Random(7)
    start = datetime(2026, 9, 20, 8, 30)
    channels = ["评价器", "二维码", "政务服务网", "短信"]
    items = ["不动产登记", "营业执照办理", "社保卡补办", "户籍迁移", "公积金提取"]
    comments = ["", "", "", "服务热情，办事效率高", "等待时间较长"]
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-262144")

    def rows():
        for i in range(n):
            t = start + timedelta(seconds=rng.randrange(45 * 86400))
            yield (f"HCP{i:012d}", channels[i % 4], items[i % 5], "", "", f"A{i % 60 + 1:02d}", "张三",
                   t.isoformat(sep=" ") + ".000000", rng.choices((5, 4, 3, 2, 1), (70, 20, 6, 3, 1))[0],
                   comments[i % 5], 0)

    con.executemany(
        "INSERT INTO rating (rating_key, channel, service_item, case_number, department, window_number, "
        "staff_name, rated_at, level, comment, excluded) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows())
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _bare(headers, rows):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            model.setItem(i, j, QStandardItem(v))
    win = QMainWindow()
    view = QTableView(win)
    view.setModel(model)
    win.setCentralWidget(view)
    win._keep = model
    return win, view


@benchmark("ratings_view")
def ratings_view() -> dict:
    from PySide6.QtWidgets import QMainWindow

    from govhr_desktop.paths import DataPaths
    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.persistence.migrate import prepare_database
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.ui.application import make_app
    from govhr_desktop.ui.context import UiContext
    from govhr_desktop.ui.pages.ratings import RatingsPage

    with temp_dir("ratings-view") as tmp:
        paths = DataPaths(tmp / "data").ensure()
        db = Database(paths.database)
        prepare_database(paths.database, paths.backups, db.engine)
        db.dispose()
        t0 = time.perf_counter()
        _fill(paths.database, RATINGS)
        fill_s = time.perf_counter() - t0
        db = Database(paths.database)
        app = make_app("zh_CN", None)
        ui = UiContext(ServiceContext(db), paths)

        def page_round(first: bool):
            rss0 = _rss_mib()
            t = time.perf_counter()
            win = QMainWindow()
            page = RatingsPage(ui)
            win.setCentralWidget(page)
            win.resize(*WINDOW_SIZE)
            win.show()
            app.processEvents()
            page.table.viewport().grab()
            ms = (time.perf_counter() - t) * 1000
            added = _rss_mib() - rss0
            info = (page.model.rowCount(), page.model.pages_fetched,
                    page.model.headers, [page.model.display_row(page.model.row_at(i)) for i in range(50)])
            win.close()
            win.deleteLater()
            app.processEvents()
            return ms, added, info

        def bare_round(headers, rows):
            t = time.perf_counter()
            win, view = _bare(headers, rows)
            win.resize(*WINDOW_SIZE)
            win.show()
            app.processEvents()
            view.viewport().grab()
            ms = (time.perf_counter() - t) * 1000
            win.close()
            win.deleteLater()
            app.processEvents()
            return ms

        # warm-up: Qt's one-time costs (fonts, style) on a bare table, not counted
        bare_round(["x"] * 8, [["x"] * 8])
        page_ms, bare_ms, first_mib, info = [], [], None, None
        for i in range(ROUNDS):
            ms, added, info = page_round(i == 0)
            page_ms.append(ms)
            if first_mib is None:
                first_mib = added
            bare_ms.append(bare_round(info[2], info[3]))
        db.dispose()
    value, baseline = median(page_ms), median(bare_ms)
    ok = value <= BUDGET_MS and (first_mib or 0) <= BUDGET_MIB
    detail = {
        "what": "ms from creating RatingsPage to the first paint of its table (median); baseline = bare "
                "QTableView over a QStandardItemModel of the first 50 rows",
        "ratings": info[0], "pages_fetched_first_paint": info[1], "rss_added_mib": round(first_mib or 0, 1),
        "budget_mib": BUDGET_MIB, "page_ms": [round(x, 1) for x in page_ms],
        "baseline_ms": [round(x, 1) for x in bare_ms], "fill_seconds": round(fill_s, 1),
    }
    return result("ratings_view", value, "ms", baseline=baseline, budget=BUDGET_MS, ok=ok, detail=detail)
