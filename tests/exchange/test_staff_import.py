"""parse_staff_rows: header detection, cell parsing and row errors with exact rows/columns."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.exchange.readers import read_table
from govhr_desktop.exchange.staff_import import (
    REQUIRED_HEADERS,
    STAFF_COLUMNS,
    TEMPLATE_EXAMPLE_ID,
    ImportPreview,
    RowError,
    cell_text,
    find_header_row,
    id_number_from_cell,
    normalize_header,
    parse_date_cell,
    parse_staff_rows,
)

TODAY = date(2026, 11, 21)
HOME_UNITS = {
    "青山县市场监督管理局": 1, "市场监管局": 1,
    "青山县人力资源和社会保障局": 2, "人社局": 2,
}
WINDOWS = {"A03": 10, "B12": 11, "3": 12}
EMPLOYMENT_LABELS = ["行政编制", "参公", "事业编制", "合同制", "劳务派遣", "临聘"]


def make_id(birth: str = "19850615", seq: str = "023", area: str = "340524") -> str:
    first17 = area + birth + seq
    return first17 + id_check_char(first17)


ID_M = "34052419800101001X"  # male, 1980-01-01
ID_F = make_id("19900220", "042")  # female, 1990-02-20
ID_3 = make_id("19851111", "015")
ID_4 = make_id("19920305", "031")


def parse(table, **kw) -> ImportPreview:
    kw.setdefault("home_units", HOME_UNITS)
    kw.setdefault("windows", WINDOWS)
    kw.setdefault("today", TODAY)
    return parse_staff_rows(table, **kw)


def err(preview: ImportPreview, row: int) -> list[tuple[str, str, str]]:
    return [(e.column, e.code, e.value) for r in preview.rows if r.row_number == row
            for e in r.errors]


HEADERS = ["序号", "姓名", "性别", "身份证号码", "联系电话", "原单位", "用工性质", "政治面貌",
           "文化程度", "入驻时间", "窗口编号", "AB岗", "技能等级", "状态", "备注"]


def roster_file(tmp_path, rows, headers=HEADERS, name="花名册.xlsx"):
    """Title in row 1, blank row 2, headers in row 3, data from row 4."""
    path = tmp_path / name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "青山县政务服务中心窗口人员花名册"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    for c, h in enumerate(headers, start=1):
        ws.cell(row=3, column=c, value=h)
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    wb.save(path)
    return path


def person(**kw):
    """One row in HEADERS order; defaults describe a valid female staff member."""
    base = {
        "序号": 1, "姓名": "李丽", "性别": "女", "身份证号码": ID_F, "联系电话": "13912345678",
        "原单位": "人社局", "用工性质": "事业编制", "政治面貌": "群众", "文化程度": "大专",
        "入驻时间": date(2021, 5, 10), "窗口编号": "B12", "AB岗": "B", "技能等级": "",
        "状态": "在岗", "备注": "",
    }
    base.update(kw)
    return [base[h] for h in HEADERS]


# --- the full file ---------------------------------------------------------------------------


@pytest.fixture()
def preview(tmp_path) -> ImportPreview:
    rows = [
        # row 4: valid; mobile as a number, date cell, short unit name, aliases everywhere
        person(姓名="张三", 性别="男", 身份证号码=ID_M, 联系电话=13812345678.0, 原单位="市场监管局",
               用工性质="行政", 政治面貌="党员", 文化程度="本科", 入驻时间=datetime(2020, 3, 1),
               窗口编号="a03", AB岗="A岗", 技能等级="四级", 备注=" 首席代表 "),
        # row 5: ID typed as a number -> digits lost
        person(身份证号码=3.40524198001010e17, 性别=None),
        None,  # row 6 blank: skipped
        # row 7: valid; date as text
        person(身份证号码=ID_3, 性别="", 入驻时间="2020年3月1日", 窗口编号="", AB岗=""),
        # row 8: unreadable date
        person(身份证号码=ID_4, 性别="", 入驻时间="2020/13/45"),
        # row 9: unknown home unit and window
        person(身份证号码=make_id("19870101", "011"), 性别="", 原单位="外星局", 窗口编号="Z99"),
        # row 10: unknown employment type
        person(身份证号码=make_id("19870102", "011"), 性别="", 用工性质="正式工"),
        # row 11: same ID as row 4 (lower-case x)
        person(姓名="张三三", 身份证号码=ID_M.lower(), 性别="男"),
        # row 12: gender contradicts the ID
        person(身份证号码=make_id("19880808", "021"), 性别="女"),
        # row 13: wrong check character
        person(身份证号码=ID_F[:17] + ("0" if ID_F[17] != "0" else "1"), 性别=""),
        # row 14: window but no post
        person(身份证号码=make_id("19890909", "022"), AB岗=""),
        # row 15: ID pasted back from Excel as scientific text; bad mobile
        person(身份证号码="3.40524E+17", 联系电话="1381234"),
        # row 16: only the 序号 column filled (pre-numbered template row): skipped
        [16] + [None] * (len(HEADERS) - 1),
    ]
    rows = [r if r is not None else [None] * len(HEADERS) for r in rows]
    return parse(read_table(roster_file(tmp_path, rows)))


def test_header_row_below_title(preview):
    assert preview.header_row == 3
    assert preview.columns["id_number"] == "身份证号码"
    assert preview.columns["home_unit_id"] == "原单位"
    assert preview.columns["gender"] == "性别"
    assert preview.ignored_headers == ["序号"]


def test_row_numbers_skip_blank_rows(preview):
    assert [r.row_number for r in preview.rows] == [4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    assert [r.row_number for r in preview.valid_rows] == [4, 7]
    assert [r.row_number for r in preview.error_rows] == [5, 8, 9, 10, 11, 12, 13, 14, 15]


def test_valid_row_data(preview):
    row4 = preview.rows[0]
    assert row4.errors == []
    assert row4.data is not None
    s = row4.data
    assert (s.name, s.id_number, s.gender, s.birth_date) == ("张三", ID_M, "M", date(1980, 1, 1))
    assert s.mobile == "13812345678"
    assert s.home_unit_id == 1
    assert s.employment_type == "civil_servant"
    assert s.political_status == "cpc"
    assert s.education == "bachelor"
    assert s.joined_center_on == date(2020, 3, 1)
    assert (s.window_id, s.post) == (10, "A")
    assert s.skill_level == "4"
    assert s.status == "on_duty"
    assert s.remarks == "首席代表"
    assert row4.values["mobile"] == "13812345678"
    assert row4.values["joined_center_on"] == "2020-03-01"

    row7 = preview.rows[2]
    assert row7.data.joined_center_on == date(2020, 3, 1)
    assert (row7.data.window_id, row7.data.post) == (None, None)
    assert row7.data.education == "college"
    assert row7.data.political_status == "masses"
    assert preview.staff == [row4.data, row7.data]


def test_numeric_id_is_reported_as_scientific(preview):
    assert err(preview, 5) == [("身份证号码", "id_number.scientific", "3.40524E+17")]
    e = preview.errors[0]
    assert e == RowError(5, "身份证号码", "3.40524E+17", "id_number.scientific",
                         {"value": "3.40524E+17"}, "id_number")


def test_unreadable_date(preview):
    assert err(preview, 8) == [("入驻时间", "date.unreadable", "2020/13/45")]
    assert preview.error_rows[1].errors[0].params == {"value": "2020/13/45"}


def test_unknown_home_unit_and_window(preview):
    assert err(preview, 9) == [
        ("原单位", "import.unknown_home_unit", "外星局"),
        ("窗口编号", "import.unknown_window", "Z99"),
    ]
    assert [e.params for e in preview.error_rows[2].errors] == [{"value": "外星局"}, {"value": "Z99"}]


def test_unknown_vocabulary_value(preview):
    (e,) = preview.error_rows[3].errors
    assert (e.row, e.column, e.code, e.value) == (10, "用工性质", "choice", "正式工")
    assert e.params == {"value": "正式工", "allowed": EMPLOYMENT_LABELS}


def test_duplicate_in_file(preview):
    (e,) = preview.error_rows[4].errors
    assert (e.row, e.column, e.code, e.params) == (
        11, "身份证号码", "import.duplicate_in_file", {"first_row": 4})


def test_gender_contradicting_id(preview):
    (e,) = preview.error_rows[5].errors
    assert (e.row, e.column, e.code, e.value) == (12, "性别", "import.gender_mismatch", "女")
    assert e.params == {"value": "女", "expected": "男"}


def test_checksum_error_from_validate_staff(preview):
    (e,) = preview.error_rows[6].errors
    assert (e.row, e.column, e.code) == (13, "身份证号码", "id_number.checksum")
    assert e.params["expected"] == ID_F[17]


def test_post_required_with_window(preview):
    assert err(preview, 14) == [("AB岗", "staff.post_required", "")]


def test_several_errors_in_one_row_in_column_order(preview):
    assert err(preview, 15) == [
        ("身份证号码", "id_number.scientific", "3.40524E+17"),
        ("联系电话", "mobile.shape", "1381234"),
    ]


def test_errors_flattened(preview):
    assert [(e.row, e.code) for e in preview.errors] == [
        (5, "id_number.scientific"),
        (8, "date.unreadable"),
        (9, "import.unknown_home_unit"),
        (9, "import.unknown_window"),
        (10, "choice"),
        (11, "import.duplicate_in_file"),
        (12, "import.gender_mismatch"),
        (13, "id_number.checksum"),
        (14, "staff.post_required"),
        (15, "id_number.scientific"),
        (15, "mobile.shape"),
    ]
    assert all(r.data is None for r in preview.error_rows)


# --- headers --------------------------------------------------------------------------------


def test_wrong_headers_file(tmp_path):
    path = tmp_path / "wrong.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["考核月份", "得分"])
    ws.append(["姓名", "部门", "电话"])
    ws.append(["张三", "人社局", "13812345678"])
    wb.save(path)
    with pytest.raises(DomainError) as ei:
        parse(read_table(path))
    assert ei.value.code == "import.missing_headers"
    assert ei.value.params == {"missing": ["身份证号", "派驻单位", "编制性质"],
                               "found": ["姓名", "部门", "电话"]}


def test_no_known_header_at_all():
    with pytest.raises(DomainError) as ei:
        parse([["a", "b"], ["1", "2"]])
    assert ei.value.params == {"missing": list(REQUIRED_HEADERS), "found": ["a", "b"]}


def test_empty_table():
    with pytest.raises(DomainError) as ei:
        parse([[], ["", None]])
    assert ei.value.code == "import.empty"


def test_header_below_row_15_is_not_found():
    table = [[""]] * 15 + [["姓名", "身份证号", "派驻单位", "编制性质"]]
    with pytest.raises(DomainError) as ei:
        parse(table)
    assert ei.value.code == "import.missing_headers"
    table = [[""]] * 14 + [["姓名", "身份证号", "派驻单位", "编制性质"]]
    assert parse(table).header_row == 15


def test_row_with_most_known_headers_wins():
    table = [
        ["单位：青山县政务服务中心", "", "", ""],  # does not match '单位' once folded
        ["姓名", "", "", ""],
        ["姓 名", "身份证号\n(18位)", "*派驻单位", "编制性质（必填）"],
        ["张三", ID_M, "市场监管局", "参公"],
    ]
    index, columns = find_header_row(table)
    assert index == 2
    assert columns == {"name": 0, "id_number": 1, "home_unit_id": 2, "employment_type": 3}
    p = parse(table)
    assert p.columns["id_number"] == "身份证号\n(18位)"
    assert p.rows[0].errors[0].column == "进驻日期"  # no date column: required


def test_preferred_alias_when_two_columns_match():
    table = [
        ["姓名", "身份证号", "单位", "派驻单位", "编制性质", "进驻日期"],
        ["张三", ID_M, "窗口科", "市场监管局", "行政编制", "2020-03-01"],
    ]
    p = parse(table)
    assert p.columns["home_unit_id"] == "派驻单位"
    assert p.ignored_headers == ["单位"]
    assert p.rows[0].data.home_unit_id == 1


def test_normalize_header():
    assert normalize_header(" 身份证号码\n（必填） ") == "身份证号码"
    assert normalize_header("*姓名：") == "姓名"
    assert normalize_header("AB岗") == "ab岗"
    assert normalize_header(None) == ""


def test_every_required_header_is_in_the_spec():
    fields = {c.field for c in STAFF_COLUMNS if c.required}
    assert fields == {"name", "id_number", "home_unit_id", "employment_type"}
    assert REQUIRED_HEADERS == ("姓名", "身份证号", "派驻单位", "编制性质")


# --- cells ----------------------------------------------------------------------------------

MINIMAL = ["姓名", "身份证号", "派驻单位", "编制性质", "进驻日期"]


def one(row, headers=MINIMAL, **kw):
    return parse([headers, row], **kw).rows[0]


@pytest.mark.parametrize(
    "value",
    [
        date(2020, 3, 1), datetime(2020, 3, 1, 0, 0), datetime(2020, 3, 1, 14, 30),
        43891.0, 43891, 43891.75, "2020-03-01", "2020-3-1", "2020/3/1", "2020.3.1", "2020.03.01",
        "2020年3月1日", "2020年03月01日", "20200301", 20200301.0, " 2020-03-01 ",
        "2020-03-01 00:00:00", "２０２０年３月１日",
    ],
)
def test_dates(value):
    assert parse_date_cell(value) == date(2020, 3, 1)


@pytest.mark.parametrize(
    "value", ["2020-02-30", "2020年3月", "3/1/2020", "明年", "2020-3", "43891", -5.0, 0.0, True,
              "2020-03/01"],
)
def test_unreadable_dates(value):
    with pytest.raises(DomainError) as ei:
        parse_date_cell(value)
    assert ei.value.code == "date.unreadable"
    assert ei.value.params == {"value": cell_text(value)}


def test_blank_date_is_none_and_then_required():
    assert parse_date_cell("  ") is None
    assert parse_date_cell(None) is None
    row = one(["张三", ID_M, "人社局", "临聘", ""])
    assert [(e.column, e.code) for e in row.errors] == [("进驻日期", "required")]


def test_future_join_date_from_validate_staff():
    row = one(["张三", ID_M, "人社局", "临聘", "2027-01-01"])
    assert [(e.column, e.code) for e in row.errors] == [("进驻日期", "date.future")]


def test_id_number_cells():
    assert id_number_from_cell(" 34052419800101001x ") == "34052419800101001x"
    assert id_number_from_cell("'" + ID_M) == ID_M
    assert id_number_from_cell('="' + ID_M + '"') == ID_M
    exact = make_id("19850615", "023")
    while not exact[-1].isdigit():  # an ID ending in a digit can be an exact int
        exact = make_id("19850615", f"{int(exact[14:17]) + 2:03d}")
    assert id_number_from_cell(int(exact)) == exact
    for bad in (3.40524198001010e17, float(int(exact)), int(exact) + 1 if exact[-1] != "9"
                else int(exact) - 1):
        with pytest.raises(DomainError) as ei:
            id_number_from_cell(bad)
        assert ei.value.code == "id_number.scientific"
    assert id_number_from_cell(123456.0) == "123456"  # short: nothing lost, a length error later


def test_id_as_float_in_row_and_as_short_number():
    row = one(["张三", 340524198001010016.0, "人社局", "临聘", "2020-03-01"])
    assert [(e.code, e.value, e.params) for e in row.errors] == [
        ("id_number.scientific", "3.40524E+17", {"value": "3.40524E+17"})]
    row = one(["张三", 340524198001.0, "人社局", "临聘", "2020-03-01"])
    assert [(e.code, e.value, e.params) for e in row.errors] == [
        ("id_number.length", "340524198001", {"length": 12})]


def test_lower_case_x_is_stored_upper_case():
    row = one(["张三", ID_M.lower(), "人社局", "临聘", "2020-03-01"])
    assert row.data.id_number == ID_M


def test_home_unit_names_match_full_or_short_ignoring_spaces():
    for text in ("青山县市场监督管理局", "市场监管局", " 市场 监管局 ", "市场监管局\n"):
        assert one(["张三", ID_M, text, "临聘", "2020-03-01"]).data.home_unit_id == 1


@pytest.mark.parametrize("text,window_id", [
    ("A03", 10), ("a03", 10), ("A-03", 10), ("A03窗口", 10), ("窗口A03", 10), ("3号窗口", 12),
    (3.0, 12), ("b12", 11),
])
def test_window_numbers(text, window_id):
    headers = MINIMAL + ["窗口", "岗位"]
    row = one(["张三", ID_M, "人社局", "临聘", "2020-03-01", text, "B岗"], headers)
    assert row.errors == []
    assert (row.data.window_id, row.data.post) == (window_id, "B")


def test_vocabulary_choice_errors():
    headers = MINIMAL + ["政治面貌", "学历", "技能等级", "状态", "岗位"]
    row = one(["张三", ID_M, "人社局", "临聘", "2020-03-01", "无党派", "大学", "六级", "离职", "C"],
              headers)
    assert [(e.column, e.code, e.params["value"]) for e in row.errors] == [
        ("政治面貌", "choice", "无党派"),
        ("学历", "choice", "大学"),
        ("技能等级", "choice", "六级"),
        ("状态", "choice", "离职"),
        ("岗位", "choice", "C"),
    ]
    assert row.errors[0].params["allowed"] == ["中共党员", "中共预备党员", "共青团员", "民主党派", "群众"]
    assert row.errors[3].params["allowed"] == ["在岗", "请假", "借调", "已调回"]


def test_skill_level_as_number_and_status_label():
    headers = MINIMAL + ["技能等级", "状态"]
    row = one(["张三", ID_M, "人社局", "合同制", "2020-03-01", 3.0, "借调"], headers)
    assert (row.data.skill_level, row.data.status, row.data.employment_type) == (
        "3", "seconded", "contract")


def test_blank_required_cells():
    row = one(["", ID_M, "", "", "2020-03-01"])
    assert [(e.column, e.code) for e in row.errors] == [
        ("姓名", "required"), ("派驻单位", "required"), ("编制性质", "required")]


def test_existing_ids_in_database():
    row = one(["张三", ID_M.lower(), "人社局", "临聘", "2020-03-01"],
              existing_ids={ID_M: "张三丰"})
    assert [(e.column, e.code, e.params) for e in row.errors] == [
        ("身份证号", "staff.duplicate_id", {"name": "张三丰"})]


def test_birth_date_column_checked_against_id():
    headers = MINIMAL + ["出生年月"]
    ok = ("1980.01", 1980.01, "1980-01-01", date(1980, 1, 1), "1980年1月", 1980.0, "198001", "不详")
    for value in ok:
        assert one(["张三", ID_M, "人社局", "临聘", "2020-03-01", value], headers).errors == [], value
    bad = (("1980.02", "1980.02"), (1981.01, "1981.01"), (date(1980, 1, 2), "1980-01-02"))
    for value, shown in bad:
        (e,) = one(["张三", ID_M, "人社局", "临聘", "2020-03-01", value], headers).errors
        assert (e.column, e.code, e.value) == ("出生年月", "import.birth_date_mismatch", shown)
        assert e.params == {"value": shown, "expected": "1980-01-01"}


def test_gender_cell_aliases():
    headers = MINIMAL + ["性别"]
    for value in ("男", "男性", "M", "", "未知"):
        assert one(["张三", ID_M, "人社局", "临聘", "2020-03-01", value], headers).errors == []
    (e,) = one(["张三", ID_M, "人社局", "临聘", "2020-03-01", "女性"], headers).errors
    assert (e.column, e.code) == ("性别", "import.gender_mismatch")


def test_short_rows_and_extra_columns():
    table = [MINIMAL, ["张三", ID_M, "人社局", "临聘"], ["李丽", ID_F, "人社局", "临聘", "2021-01-01",
                                                   "多余"]]
    p = parse(table)
    assert [(e.row, e.column, e.code) for e in p.errors] == [(2, "进驻日期", "required")]
    assert p.rows[1].data.name == "李丽"


def test_template_example_row_is_skipped():
    table = [MINIMAL + ["备注"],
             ["张三（示例）", TEMPLATE_EXAMPLE_ID, "市场监管局", "行政编制", "2020-03-01", "示例"],
             ["张三", TEMPLATE_EXAMPLE_ID, "市场监管局", "行政编制", "2020-03-01", ""]]
    p = parse(table)
    assert p.example_rows == [2]
    assert [r.row_number for r in p.valid_rows] == [3]


def test_gbk_csv_import(tmp_path):
    path = tmp_path / "花名册.csv"
    text = (
        "青山县政务服务中心窗口人员花名册,,,,\r\n"
        ",,,,\r\n"
        "姓名,身份证号,派驻单位,编制性质,进驻日期\r\n"
        f"张三,{ID_M},市场监管局,行政编制,2020/3/1\r\n"
        "王五,3.40524E+17,人社局,临聘,2020.3.1\r\n"
    )
    path.write_bytes(text.encode("gbk"))
    p = parse(read_table(path))
    assert p.header_row == 3
    assert [r.row_number for r in p.valid_rows] == [4]
    assert [(e.row, e.column, e.code) for e in p.errors] == [(5, "身份证号", "id_number.scientific")]


def test_cell_text():
    assert cell_text(None) == ""
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(3.40524198001010e17) == "3.40524E+17"
    assert cell_text(2.5) == "2.5"
    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(datetime(2020, 3, 1)) == "2020-03-01"
    assert cell_text(datetime(2020, 3, 1, 9, 5)) == "2020-03-01 09:05"
    assert cell_text(date(2020, 3, 1)) == "2020-03-01"
    assert cell_text(" x ") == "x"
    assert cell_text(True) == "TRUE"
