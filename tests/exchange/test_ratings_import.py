"""Parsing the provincial 好差评 export: header detection, encodings, levels, times, row errors."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.exchange.ratings_import import (
    RATING_COLUMNS,
    RatingParser,
    StaffIndex,
    open_ratings,
    parse_time_text,
)

HEADER = "评价编号,评价渠道,事项名称,办件编号,实施部门,窗口编号,工作人员,评价时间,评价等级,评价内容"
WINDOWS = {"A01": 1, "A02": 2}
STAFF = StaffIndex.build([(10, "王芳", "A01"), (11, "李强", "A02"), (12, "李强", "A01"), (13, "赵敏", None)])


def write(tmp_path, name, text, encoding="utf-8-sig"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def parse_all(path, **kw):
    with open_ratings(path, kw.pop("mapping", None)) as src:
        parser = RatingParser(src.columns, src.headers, windows=WINDOWS, staff=STAFF, **kw)
        rows = []
        for first, chunk in src.chunks(3):  # small chunks: duplicates across chunks too
            rows += parser.parse(first, chunk)
        return src, parser, [dict(zip(RATING_COLUMNS, r)) for r in rows]


def test_utf8_bom_with_title_rows_and_words(tmp_path):
    text = ("好差评数据导出（2026年10月）\n导出时间：2026-11-01\n" + HEADER + "\n"
            "R1,评价器,不动产登记,BJ1,县自然资源局,A01,王芳,2026-10-09 14:03:27,非常满意,很好\n"
            "R2,二维码,社保,BJ2,县人社局,a-02,李强,2026/10/9 14:03,2,\n"
            "R3,短信,户籍,BJ3,县公安局,,赵敏,2026年10月9日 8:05:01, 基本满意 ,\n"
            "R4,短信,户籍,BJ4,县公安局,A01,李强,2026-10-10,4,\n"
            "R5,短信,户籍,BJ5,县公安局,A02,不认识,2026-10-10 09:00:00,1,\n")
    p = write(tmp_path, "r.csv", text)
    src, parser, rows = parse_all(p)
    assert src.header_row == 3
    assert src.mapping["rating_key"] == "评价编号" and src.mapping["comment"] == "评价内容"
    assert parser.errors == []
    assert [r["level"] for r in rows] == [5, 2, 3, 4, 1]
    assert [r["rated_at"] for r in rows] == [
        "2026-10-09 14:03:27.000000", "2026-10-09 14:03:00.000000", "2026-10-09 08:05:01.000000",
        "2026-10-10 00:00:00.000000", "2026-10-10 09:00:00.000000"]
    assert [r["window_id"] for r in rows] == [1, 2, None, 1, 2]
    assert rows[1]["window_number"] == "A02"
    # staff: by (window, name); by name alone only when unique; unmatched stays NULL
    assert [r["staff_id"] for r in rows] == [10, 11, 13, 12, None]
    assert rows[4]["staff_name"] == "不认识"


def test_gbk_without_bom_and_tabs(tmp_path):
    text = HEADER.replace(",", "\t") + "\r\nR1\t窗口评价器\t营业执照\tB1\t县市场监管局\tA01\t王芳\t2026-10-09 14:03:27\t满意\t态度好\r\n"
    p = write(tmp_path, "gbk.csv", text, "gbk")
    _, parser, rows = parse_all(p)
    assert parser.errors == []
    assert rows[0]["channel"] == "窗口评价器" and rows[0]["comment"] == "态度好" and rows[0]["level"] == 4


def test_aliases_and_explicit_mapping(tmp_path):
    text = "评价ID,办理人员,满意度,评价日期,窗口,备注列\nX1,王芳,5,2026-10-09 10:00:00,A01,hello\n"
    p = write(tmp_path, "a.csv", text)
    _, parser, rows = parse_all(p)
    assert rows[0]["rating_key"] == "X1" and rows[0]["staff_id"] == 10 and rows[0]["comment"] == ""
    _, parser, rows = parse_all(p, mapping={"comment": "备注列"})
    assert rows[0]["comment"] == "hello"


def test_missing_required_column(tmp_path):
    p = write(tmp_path, "m.csv", "评价编号,窗口\nR1,A01\n")
    with pytest.raises(DomainError) as e:
        open_ratings(p)
    assert e.value.code == "import.missing_headers"
    assert "评价时间" in e.value.params["missing"]


def test_each_error_code_with_its_row(tmp_path):
    text = (HEADER + "\n"
            "R1,,,,,A01,王芳,2026-10-09 14:03:27,6,\n"          # row 2: level
            "R2,,,,,A01,王芳,2026-10-32 14:03:27,5,\n"          # row 3: time
            "R3,,,,,A01,王芳,昨天,5,\n"                          # row 4: time
            "R4,,,,,A01,王芳,2026-09-30 23:59:59,5,\n"          # row 5: outside period
            ",,,,,A01,王芳,2026-10-09 14:03:27,5,\n"            # row 6: id missing
            "R1,,,,,A01,王芳,2026-10-09 14:03:27,5,\n"          # row 7: duplicate of row 2
            "R7,,,,,Z99,王芳,2026-10-09 14:03:27,5,\n"          # row 8: unknown window
            ",,,,,,,,,\n"                                        # row 9: blank, ignored
            "R9,,,,,A01,王芳,2026-10-09 14:03:27,很好,\n"       # row 10: level word unknown
            "R10,,,,,A02,李强,2026-10-31 23:59:59,5,\n")        # row 11: good (period end inclusive)
    p = write(tmp_path, "e.csv", text)
    _, parser, rows = parse_all(p, period=(date(2026, 10, 1), date(2026, 10, 31)))
    got = [(e.row, e.code, e.field) for e in parser.errors]
    assert got == [
        (2, "rating.level", "level"),
        (3, "rating.time", "rated_at"),
        (4, "rating.time", "rated_at"),
        (5, "rating.outside_period", "rated_at"),
        (6, "rating.id_missing", "rating_key"),
        (7, "rating.duplicate_in_file", "rating_key"),
        (8, "rating.unknown_window", "window_number"),
        (10, "rating.level", "level"),
    ]
    dup = parser.errors[5]
    assert dup.params == {"first_row": 2} and dup.value == "R1" and dup.column == "评价编号"
    assert parser.errors[0].value == "6"
    assert [r["rating_key"] for r in rows] == ["R10"]
    assert parser.error_count == 8


def test_xlsx_with_excel_dates(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["好差评导出"])
    ws.append([])
    ws.append(HEADER.split(","))
    ws.append([20261009001, "评价器", "不动产", "B1", "县局", "A01", "王芳", datetime(2026, 10, 9, 14, 3, 27), 5, "好"])
    ws.append(["R2", "评价器", "不动产", "B2", "县局", "A02", "李强", datetime(2026, 10, 9, 8, 0), "不满意", None])
    ws.append(["R3", "评价器", "不动产", "B3", "县局", None, None, "2026/10/9 9:30", 3.0, None])
    ws.append(["R4", "评价器", "不动产", "B4", "县局", "A01", "王芳", date(2026, 10, 10), 7, None])
    p = tmp_path / "r.xlsx"
    wb.save(p)
    src, parser, rows = parse_all(p)
    assert src.header_row == 3
    assert [(e.row, e.code) for e in parser.errors] == [(7, "rating.level")]
    assert [r["rating_key"] for r in rows] == ["20261009001", "R2", "R3"]
    assert [r["rated_at"] for r in rows] == [
        "2026-10-09 14:03:27.000000", "2026-10-09 08:00:00.000000", "2026-10-09 09:30:00.000000"]
    assert [r["level"] for r in rows] == [5, 2, 3]
    assert rows[2]["window_number"] == "" and rows[2]["window_id"] is None and rows[2]["comment"] == ""


def test_parse_time_text():
    assert parse_time_text("2026/10/9 14:03") == "2026-10-09 14:03:00"
    assert parse_time_text("2026-02-29 10:00:00") is None
    assert parse_time_text("2026-10-09 24:00:00") is None
    assert parse_time_text("2026.10.09") == "2026-10-09 00:00:00"


def test_bad_time_of_day_on_a_known_date_is_caught(tmp_path):
    text = (HEADER + "\nR1,,,,,A01,,2026-10-09 14:03:27,5,\nR2,,,,,A01,,2026-10-09 1a:03:27,5,\n"
            "R3,,,,,A01,,2026-10-09 14:03:27,5,\n")
    _, parser, rows = parse_all(write(tmp_path, "t.csv", text))
    assert [(e.row, e.code) for e in parser.errors] == [(3, "rating.time")]
    assert len(rows) == 2


def test_unsupported_and_empty(tmp_path):
    with pytest.raises(DomainError) as e:
        open_ratings(tmp_path / "x.pdf")
    assert e.value.code == "import.unsupported_format"
    with pytest.raises(DomainError) as e:
        open_ratings(write(tmp_path, "e.csv", "\n\n"))
    assert e.value.code == "import.empty"


def test_problem_in_a_later_chunk_falls_back_per_chunk(tmp_path):
    lines = [HEADER] + [f"K{i},,,,,A01,王芳,2026-10-09 10:00:{i % 60:02d},5," for i in range(10)]
    lines.append("K3,,,,,A01,王芳,2026-10-09 10:00:00,5,")  # row 12 repeats row 5
    lines.append("K99,,,,,A01,王芳,2026-10-09 10:00:00,5,")
    _, parser, rows = parse_all(write(tmp_path, "d.csv", "\n".join(lines) + "\n"))
    assert [(e.row, e.code, e.params) for e in parser.errors] == [(12, "rating.duplicate_in_file", {"first_row": 5})]
    assert len(rows) == 11 and parser.rows_read == 12


def test_workbook_cells_import_exactly_like_their_text(tmp_path):
    """The parser reads workbook cells as calamine gives them (numbers, booleans, dates, empty
    cells); the result must be what the same cells give as text (``_cell_text``, saved as CSV)."""
    import csv

    import python_calamine
    from openpyxl import Workbook

    from govhr_desktop.exchange.ratings_import import _cell_text

    wb = Workbook()
    ws = wb.active
    ws.append(["好差评导出"])
    ws.append(HEADER.split(","))
    rows = [
        ["R1", "评价器", "不动产", "B1", "县局", "A01", "王芳", datetime(2026, 10, 9, 14, 3, 27), 5, "好"],
        [20261009002, 1, 2.5, 340524202610000001, None, "a-02", "李强", datetime(2026, 10, 9, 8, 0), 4.0,
         None],
        ["R3", None, None, None, None, None, None, date(2026, 10, 10), "基本满意", True],
        ["R4", "短信", "户籍", "B4", "县局", "A01", 12, datetime(2026, 10, 9, 9, 30, 0, 600_000), 3, 0.1],
        ["R5", "短信", "户籍", "B5", "县局", "A01", "王芳", "2026/10/9 9:30", True, None],   # level TRUE
        ["R6", "短信", "户籍", "B6", "县局", "A01", "王芳", datetime(2026, 10, 9, 9, 31), 4.5, None],
        ["R7", "短信", "户籍", "B7", "县局", 1, "王芳", datetime(2026, 10, 9, 9, 32), 2, None],  # window 1
        ["R8", "短信", "户籍", "B8", "县局", "A02", " 李强 ", 46304.5, 1, None],  # a date as a bare number
        [None] * 9 + ["only a comment"],
        [None] * 10,
        ["R1", "短信", "户籍", "B9", "县局", "A01", "王芳", datetime(2026, 10, 9, 9, 33), 5, None],
        [" R10 ", "短信", "户籍", "B10", "县局", "A02", None, datetime(2026, 9, 30, 23, 59, 59), "5", ""],
        ["R11", "短信", "户籍", "B11", "县局", "Z9", "王芳", datetime(2026, 10, 31, 23, 59, 59), 5.0, ""],
        ["R12", "短信", "户籍", "B12", "县局", "A01", "王芳", datetime(2026, 10, 11, 0, 0, 0, 400_000), 5,
         ""],
    ]
    for r in rows:
        ws.append(r)
    xlsx = tmp_path / "typed.xlsx"
    wb.save(xlsx)
    # the same workbook as the text of every cell (what the import made of it before reading
    # the cells as they are)
    book = python_calamine.CalamineWorkbook.from_path(str(xlsx))
    cells = list(book.get_sheet_by_index(0).iter_rows())
    book.close()
    kinds = {type(c) for r in cells for c in r}
    assert {bool, float, datetime, date} <= kinds  # (the cells really come typed)
    text = tmp_path / "typed.csv"
    with open(text, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([_cell_text(c) for c in r] for r in cells)

    period = (date(2026, 10, 1), date(2026, 10, 31))
    _, p_x, rows_x = parse_all(xlsx, period=period)
    _, p_t, rows_t = parse_all(text, period=period)
    assert rows_x == rows_t
    assert p_x.errors == p_t.errors
    assert (p_x.rows_read, p_x.error_count) == (p_t.rows_read, p_t.error_count)
    got = {(e.row, e.code, e.value) for e in p_x.errors}
    assert {(7, "rating.level", "True"), (8, "rating.level", "4.5"), (10, "rating.time", "46304.5")} <= got
    assert [r["rating_key"] for r in rows_x][:4] == ["R1", "20261009002", "R3", "R4"]
    assert rows_x[3]["rated_at"] == "2026-10-09 09:30:01.000000" and rows_x[3]["staff_name"] == "12"


def test_collector_is_paused_only_while_chunks_are_read(tmp_path):
    import gc

    p = write(tmp_path, "g.csv", HEADER + "\n" + "".join(
        f"K{i},,,,,A01,王芳,2026-10-09 10:00:00,5,\n" for i in range(7)))
    assert gc.isenabled()
    with open_ratings(p) as src:
        for _first, _chunk in src.chunks(3):
            assert not gc.isenabled()
        assert gc.isenabled()  # exhausted
        with open_ratings(p) as other:  # nested: the first one to finish does not resume it
            inner = other.chunks(2)
            next(inner)
            outer = src.chunks(2)
            assert next(outer, None) is None and not gc.isenabled()
        assert gc.isenabled()  # closing the source closed its half-read chunks
    src = open_ratings(p)
    next(iter(src.chunks(2)))
    assert not gc.isenabled()
    del src  # dropped without close(): no reference cycle keeps the collector off
    assert gc.isenabled()
    with pytest.raises(RuntimeError), open_ratings(p) as src:
        for _chunk in src.chunks(2):
            raise RuntimeError("stop")
    assert gc.isenabled()


def test_repeated_ids_are_found_the_same_way_chunk_by_chunk_or_row_by_row(tmp_path):
    """Until an id repeats, the parser checks the ids a chunk at a time with sets; from the
    first repeat on, through a dict. Whatever the chunk size and whichever way, the result is
    the one worked out here from the file itself: every row whose id came earlier is skipped
    and reported once with that first row, after its own problems; every other row is parsed
    as if the file had no repeats."""
    import random

    repeats_seen = []
    for seed in range(12):
        rng = random.Random(seed)
        lines = [HEADER]
        for i in range(60):
            key = f"K{rng.randrange(70 if seed % 3 else 10_000)}"  # some files repeat ids, some do not
            roll = rng.random()
            if roll < 0.05:
                lines.append(",,,,,,,,,")  # a blank row
            elif roll < 0.1:
                lines.append(",,,,,A01,王芳,2026-10-09 10:00:00,5,")  # no id
            else:
                level = "7" if roll < 0.15 else str(rng.randint(1, 5))
                lines.append(f"{key},,,,,A01,王芳,2026-10-09 10:{i % 60:02d}:00,{level},")
        path = write(tmp_path, f"r{seed}.csv", "\n".join(lines) + "\n")
        # worked out from the lines: the first row of each id, and the rows that repeat one
        first_of, repeated = {}, {}
        for row, line in enumerate(lines[1:], start=2):
            key = line.split(",")[0]
            if key:
                if key in first_of:
                    repeated[row] = first_of[key]
                else:
                    first_of[key] = row
        results = []
        for size, by_dict in ((7, False), (1000, False), (7, True)):
            with open_ratings(path) as src:
                parser = RatingParser(src.columns, src.headers, windows=WINDOWS, staff=STAFF)
                if by_dict:
                    parser._first_rows = {}
                rows = []
                for first, chunk in src.chunks(size):
                    rows += parser.parse(first, chunk)
                results.append((rows, [(e.row, e.code, e.params) for e in parser.errors],
                                parser.error_count, parser.rows_read))
        assert results[0] == results[1] == results[2], seed
        rows, errors, count, read = results[0]
        assert read == 60 and count == len(errors)
        assert [(r, c, p) for r, c, p in errors if c == "rating.duplicate_in_file"] == [
            (r, "rating.duplicate_in_file", {"first_row": f}) for r, f in sorted(repeated.items())]
        assert [e[0] for e in errors] == sorted(e[0] for e in errors)
        for i, (r, c, _p) in enumerate(errors):  # a row's own problem comes before its repeat
            if c == "rating.duplicate_in_file" and i and errors[i - 1][0] == r:
                assert errors[i - 1][1] != "rating.duplicate_in_file"
        kept = {row[0] for row in rows}  # (rating_key is the first column)
        assert len(kept) == len(rows)  # no id twice
        good_first_rows = {first_of[k] for k in kept}
        assert not good_first_rows & set(repeated)
        repeats_seen.append(bool(repeated))
    assert any(repeats_seen) and not all(repeats_seen)  # both ways were taken


def test_a_csv_undecodable_part_way_is_refused_and_nothing_is_imported(tmp_path, ctx):
    """The encoding is told from the first megabyte; bytes further on that do not decode stop
    the import with import.unreadable, and nothing of the file is kept."""
    from sqlalchemy import text

    from govhr_desktop.services.ratings import RatingImportService

    good = "".join(f"K{i},评价器,不动产登记,BJ{i},县局,,,2026-10-09 10:00:00,5,服务很好\n" for i in range(20_000))
    path = tmp_path / "broken.csv"
    path.write_bytes((HEADER + "\n" + good).encode("utf-8") + "K-bad,,,,,,,2026-10-09 10:00:00,5,".encode("gbk")
                     + "很好\n".encode("gbk"))
    assert path.stat().st_size > 1 << 20
    with pytest.raises(DomainError) as e:
        RatingImportService(ctx).import_file(path, "test")
    assert e.value.code == "import.unreadable"
    with ctx.connect() as c:
        assert c.execute(text("SELECT count(*) FROM rating")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM rating_import")).scalar() == 0
