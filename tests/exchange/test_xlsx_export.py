"""export_table / export_template: layout, text IDs, dates, widths, and a round trip."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from govhr_desktop.exchange.readers import read_table
from govhr_desktop.exchange.staff_import import TEMPLATE_COLUMNS, parse_staff_rows
from govhr_desktop.exchange.xlsx_export import (
    TEMPLATE_TITLE,
    display_width,
    export_table,
    export_template,
)

HEADERS = ["姓名", "身份证号", "手机号码", "派驻单位", "进驻日期", "得分", "备注"]
ROWS = [
    ["张三", "34052419800101001X", "13812345678", "青山县市场监督管理局", date(2020, 3, 1), 95.5, None],
    ["李丽", "340524199002200424", "13912345678", "人社局", date(2021, 5, 10), 88, "=1+1"],
]


@pytest.fixture()
def exported(tmp_path):
    path = tmp_path / "staff.xlsx"
    n = export_table(path, "窗口人员名单", HEADERS, iter(ROWS), sheet_name="人员")
    assert n == 2
    return path


def test_round_trip_through_read_table(exported):
    table = read_table(exported)
    assert table[0][0] == "窗口人员名单"
    assert table[1] == HEADERS
    assert table[2] == ["张三", "34052419800101001X", "13812345678", "青山县市场监督管理局",
                        date(2020, 3, 1), 95.5, ""]
    assert table[3] == ["李丽", "340524199002200424", "13912345678", "人社局",
                        date(2021, 5, 10), 88.0, "=1+1"]
    assert len(table) == 4


def test_layout(exported):
    wb = openpyxl.load_workbook(exported)
    ws = wb.active
    assert ws.title == "人员"
    assert ws.freeze_panes == "A3"
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:G1"]
    assert ws["A1"].font.b
    assert all(ws.cell(row=2, column=c).font.b for c in range(1, 8))
    assert ws["A2"].fill.fill_type == "solid"
    assert ws.auto_filter.ref == "A2:G4"
    assert ws.print_title_rows == "$2:$2"


def test_ids_are_text_and_dates_are_dates(exported):
    ws = openpyxl.load_workbook(exported).active
    for ref in ("B3", "B4", "C3"):
        assert ws[ref].data_type == "s"
        assert ws[ref].number_format == "@"
    assert ws["B4"].value == "340524199002200424"
    assert isinstance(ws["E3"].value, datetime)  # openpyxl reads dates back as datetimes
    assert ws["E3"].number_format == "yyyy-mm-dd"
    assert ws["F3"].data_type == "n"
    assert ws["G3"].value is None


def test_formula_text_stays_text(exported):
    ws = openpyxl.load_workbook(exported).active
    assert ws["G4"].data_type == "s"
    assert ws["G4"].value == "=1+1"


def test_column_widths_count_cjk_double(exported):
    ws = openpyxl.load_workbook(exported).active
    width = {c: ws.column_dimensions[c].width for c in "ABCDE"}
    assert width["D"] == display_width("青山县市场监督管理局") + 2 == 22
    assert width["B"] == 18 + 2
    assert width["E"] == 12
    assert width["A"] < width["D"]


def test_display_width():
    assert display_width("abc") == 3
    assert display_width("窗口A03") == 7
    assert display_width("（）") == 4


def test_other_value_types(tmp_path):
    path = tmp_path / "misc.xlsx"
    rows = [
        [340524199002200424, Decimal("1.5"), True, datetime(2026, 11, 21, 9, 30), "0012",
         "bad\x07char", 12],
    ]
    assert export_table(path, "杂项", ["a", "b", "c", "d", "e", "f", "g"], rows) == 1
    ws = openpyxl.load_workbook(path).active
    assert ws["A3"].value == "340524199002200424"  # an int beyond 15 digits is written as text
    assert ws["B3"].value == 1.5
    assert ws["C3"].value is True
    assert ws["D3"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["E3"].value == "0012" and ws["E3"].number_format == "@"
    assert ws["F3"].value == "badchar"
    assert ws["G3"].value == 12
    assert read_table(path)[2][0] == "340524199002200424"


def test_no_rows(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert export_table(path, "空表", ["姓名", "身份证号"], []) == 0
    assert read_table(path) == [["空表", ""], ["姓名", "身份证号"]]
    assert not list(tmp_path.glob("*.part"))


def test_sheet_name_is_made_valid(tmp_path):
    path = tmp_path / "x.xlsx"
    export_table(path, "t", ["a"], [[1]], sheet_name="2026/11 考核:汇总[全部]*很长很长很长很长的名字")
    title = openpyxl.load_workbook(path).active.title
    assert len(title) <= 31 and not set("/:[]*") & set(title)


def test_many_rows(tmp_path):
    path = tmp_path / "big.xlsx"
    rows = ([f"人员{i}", f"{i:018d}", date(2020, 1, 1)] for i in range(5000))
    assert export_table(path, "大表", ["姓名", "编号", "日期"], rows) == 5000
    table = read_table(path)
    assert len(table) == 5002
    assert table[-1][1] == f"{4999:018d}"


# --- template -------------------------------------------------------------------------------


def test_template(tmp_path):
    path = tmp_path / "template.xlsx"
    export_template(path)
    table = read_table(path)
    assert table[0][0] == TEMPLATE_TITLE
    assert table[1] == [c.header for c in TEMPLATE_COLUMNS]
    assert table[1][:5] == ["姓名", "身份证号", "手机号码", "派驻单位", "编制性质"]
    assert table[2][1] == "34052419800101001X"

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["B"].number_format == "@"  # new IDs typed in stay text
    assert ws["B3"].data_type == "s"
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["E3:E1002"] == '"行政编制,参公,事业编制,合同制,劳务派遣,临聘"'
    assert wb.sheetnames == ["人员名单", "填写说明"]


def test_template_imports_cleanly(tmp_path):
    path = tmp_path / "template.xlsx"
    export_template(path)
    preview = parse_staff_rows(read_table(path), home_units={"市场监管局": 1},
                               windows={"A03": 1}, today=date(2026, 11, 21))
    assert preview.header_row == 2
    assert preview.rows == []
    assert preview.example_rows == [3]
    assert preview.ignored_headers == []


def test_template_example_row_is_valid_when_renamed(tmp_path):
    path = tmp_path / "template.xlsx"
    export_template(path)
    table = read_table(path)
    table[2][0] = "张三"
    preview = parse_staff_rows(table, home_units={"市场监管局": 1}, windows={"A03": 7},
                               today=date(2026, 11, 21))
    (row,) = preview.rows
    assert row.errors == []
    assert (row.data.id_number, row.data.gender) == ("34052419800101001X", "M")
    assert row.data.window_id == 7
