"""``ratings_import_csv`` / ``ratings_import_xlsx``: importing the provincial 好差评 export.

A demo center is generated into a migrated database in a temporary directory, and a realistic
export is written: a title row above the header, rating ids, channels, service items, case
numbers, departments, the center's real window numbers and staff names (plus a few unknown
names), times over a month, levels as digits and as words, some comments.

``ratings_import_csv``: 1,000,000 rows, UTF-8 with BOM. The value is rows/s of
``RatingImportService.import_file`` end to end (open, parse, validate, insert, commit). The
baseline is raw ``sqlite3.executemany`` of the same parsed tuples (parsed beforehand, inserted
in the same 20,000-row chunks inside one transaction) into the identical empty ``rating`` table
of a copy of the same database (same indexes, foreign keys on, WAL, synchronous=NORMAL).
Budget: ratio ≥ 0.30.

``ratings_import_xlsx``: 200,000 rows written once with openpyxl (write_only) and cached under
the system temp folder (writing takes a while). The value is rows/s of ``import_file``; the
baseline is a bare python-calamine read of the same file (``iter_rows`` over the first sheet).
Both are timed five times, interleaved (bare read, then an import into a fresh copy of the
center), and the medians are compared. Budget: ratio ≥ 0.50.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from common import benchmark, result, temp_dir

CSV_ROWS = 1_000_000
XLSX_ROWS = 200_000
XLSX_RUNS = 5
CSV_BUDGET = 0.30
XLSX_BUDGET = 0.50
HEADER = ["评价编号", "评价渠道", "事项名称", "办件编号", "实施部门", "窗口编号", "工作人员",
          "评价时间", "评价等级", "评价内容"]
CHANNELS = ["评价器", "二维码", "政务服务网", "短信", "12345热线", "纸质评价表"]
ITEMS = ["不动产登记", "营业执照办理", "社保卡补办", "医保参保登记", "户籍迁移", "公积金提取",
         "税务登记", "食品经营许可", "建设工程规划许可", "出入境证件办理"]
WORDS = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
COMMENTS = ["", "", "", "", "服务热情，办事效率高", "等待时间较长", "工作人员态度很好", "材料一次告知清楚"]


def _center(tmp: Path):
    from govhr_desktop.demo import generate_demo
    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.persistence.migrate import prepare_database

    db_path = tmp / "govhr.sqlite3"
    db = Database(db_path)
    prepare_database(db_path, tmp / "backups", db.engine)
    generate_demo(db, seed=2026)
    with sqlite3.connect(db_path) as c:
        windows = [r[0] for r in c.execute("SELECT number FROM service_window")]
        staff = [(n, w) for n, w in c.execute(
            "SELECT s.name, w.number FROM staff s LEFT JOIN service_window w ON w.id = s.window_id")]
    c.close()
    return db, db_path, windows, staff


def _rows(n: int, windows: list[str], staff: list[tuple[str, str | None]], *, as_datetime: bool):
    rng = random.Random(51)
    start = datetime(2026, 10, 1, 8, 30)
    units = ["县市场监督管理局", "县人力资源和社会保障局", "县自然资源局", "县公安局", "县税务局"]
    for i in range(n):
        name, wn = staff[rng.randrange(len(staff))]
        if rng.random() < 0.05:
            name = "临时工作人员"
        wn = wn or windows[rng.randrange(len(windows))]
        t = start + timedelta(seconds=rng.randrange(30 * 86400))
        level_n = rng.choices((5, 4, 3, 2, 1), (70, 20, 6, 3, 1))[0]
        level = WORDS[5 - level_n] if rng.random() < 0.3 else (level_n if as_datetime else str(level_n))
        yield [
            f"HCP2026{i:011d}", CHANNELS[i % len(CHANNELS)], ITEMS[rng.randrange(len(ITEMS))],
            f"34052420261{i:09d}", units[i % len(units)], wn, name,
            t if as_datetime else t.strftime("%Y-%m-%d %H:%M:%S"), level,
            COMMENTS[i % len(COMMENTS)],
        ]


def _write_csv(path: Path, n: int, windows, staff) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["安徽省政务服务好差评数据导出（2026年10月）"])
        w.writerow(HEADER)
        w.writerows(_rows(n, windows, staff, as_datetime=False))


def _xlsx(n: int, windows, staff) -> Path:
    cache = Path(tempfile.gettempdir()) / "govhr-bench-cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"ratings_{n}_v1.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("好差评")
    ws.append(["安徽省政务服务好差评数据导出（2026年10月）"])
    ws.append(HEADER)
    for r in _rows(n, windows, staff, as_datetime=True):
        ws.append(r)
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _baseline_insert(db_copy: Path, path: Path, windows_db: Path) -> tuple[float, int]:
    """Seconds of raw executemany of the parsed tuples, and how many were inserted."""
    from govhr_desktop.exchange.ratings_import import (
        CHUNK_ROWS,
        RATING_COLUMNS,
        RatingParser,
        StaffIndex,
        open_ratings,
    )

    con = sqlite3.connect(db_copy)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")  # the same page cache the import uses
    windows = dict((n, i) for i, n in con.execute("SELECT id, number FROM service_window"))
    staff = StaffIndex.build(con.execute(
        "SELECT s.id, s.name, w.number FROM staff s LEFT JOIN service_window w ON w.id = s.window_id"))
    con.execute("INSERT INTO rating_import (source, file_name, imported_at, imported_by, rows_read, "
                "rows_added, rows_duplicate, rows_error) VALUES ('b', 'b', '2026-10-01', '', 0, 0, 0, 0)")
    import_id = con.execute("SELECT max(id) FROM rating_import").fetchone()[0]
    con.commit()
    sql = (f"INSERT INTO rating ({', '.join(RATING_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in RATING_COLUMNS)})")
    spent, count = 0.0, 0
    with open_ratings(path) as src:
        parser = RatingParser(src.columns, src.headers, windows=windows, staff=staff, import_id=import_id)
        cur = con.cursor()
        for first, chunk in src.chunks(CHUNK_ROWS):
            tuples = parser.parse(first, chunk)
            t0 = time.perf_counter()
            cur.executemany(sql, tuples)
            spent += time.perf_counter() - t0
            count += len(tuples)
        t0 = time.perf_counter()
        con.commit()
        spent += time.perf_counter() - t0
    con.close()
    return spent, count


def _import(db, path: Path) -> tuple[float, object]:
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.services.ratings import RatingImportService

    svc = RatingImportService(ServiceContext(db))
    t0 = time.perf_counter()
    res = svc.import_file(path, "bench")
    return time.perf_counter() - t0, res


@benchmark("ratings_import_csv")
def ratings_import_csv() -> dict:
    with temp_dir("ratings-csv") as tmp:
        db, db_path, windows, staff = _center(tmp)
        path = tmp / "ratings.csv"
        _write_csv(path, CSV_ROWS, windows, staff)
        db.dispose()
        base_db = tmp / "baseline.sqlite3"
        shutil.copy(db_path, base_db)
        base_s, base_n = _baseline_insert(base_db, path, db_path)
        from govhr_desktop.persistence.engine import Database

        db = Database(db_path)
        secs, res = _import(db, path)
        db.dispose()
        value = res.read / secs
        baseline = base_n / base_s
        ratio = value / baseline
        detail = {"rows": res.read, "added": res.added, "errors": res.error_count, "seconds": round(secs, 3),
                  "baseline_seconds": round(base_s, 3), "file_mb": round(path.stat().st_size / 2**20, 1)}
        print(f"ratings_import_csv: {value:,.0f} rows/s; baseline executemany {baseline:,.0f} rows/s; "
              f"ratio {ratio:.3f} (budget {CSV_BUDGET}) {detail}")
        return result("ratings_import_csv", value, "rows/s", baseline=baseline, ratio=ratio,
                      budget=CSV_BUDGET, ok=ratio >= CSV_BUDGET, detail=detail)


@benchmark("ratings_import_xlsx")
def ratings_import_xlsx() -> dict:
    import statistics

    import python_calamine

    from govhr_desktop.persistence.engine import Database

    with temp_dir("ratings-xlsx") as tmp:
        db, db_path, windows, staff = _center(tmp)
        db.dispose()
        path = _xlsx(XLSX_ROWS, windows, staff)
        bare, imports, res = [], [], None
        # interleaved, XLSX_RUNS of each: the machine is shared and one pair of timings can be
        # off by a third either way; each import goes into a fresh copy of the same center
        for run in range(XLSX_RUNS):
            t0 = time.perf_counter()
            wb = python_calamine.CalamineWorkbook.from_path(str(path))
            n = sum(1 for _ in wb.get_sheet_by_index(0).iter_rows())
            bare.append(time.perf_counter() - t0)
            wb.close()
            run_db = tmp / f"run{run}.sqlite3"
            shutil.copy(db_path, run_db)
            db = Database(run_db)
            secs, res = _import(db, path)
            db.dispose()
            imports.append(secs)
        secs, base_s = statistics.median(imports), statistics.median(bare)
        value = res.read / secs
        baseline = n / base_s
        ratio = value / baseline
        detail = {"rows": res.read, "added": res.added, "errors": res.error_count, "seconds": round(secs, 3),
                  "baseline_seconds": round(base_s, 3), "runs": XLSX_RUNS,
                  "import_runs": [round(x, 2) for x in imports], "bare_runs": [round(x, 2) for x in bare]}
        print(f"ratings_import_xlsx: {value:,.0f} rows/s; baseline calamine read {baseline:,.0f} rows/s; "
              f"ratio {ratio:.3f} (budget {XLSX_BUDGET}) {detail}")
        return result("ratings_import_xlsx", value, "rows/s", baseline=baseline, ratio=ratio,
                      budget=XLSX_BUDGET, ok=ratio >= XLSX_BUDGET, detail=detail)
