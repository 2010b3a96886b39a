"""The month roster .xlsx (exchange/roster_export.py) reopened with openpyxl: the grid sheet
(title, days with weekdays and holidays, 带班领导 / 共同值班 rows, people per post and day, fills by
duty type, frozen panes, print setup) and the person × day sheet with its totals."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from govhr_desktop.documents.roster_sheet import DUTY_TINTS, IDLE_FILL, RosterSheet, SheetRow
from govhr_desktop.exchange.roster_export import export_roster_xlsx, short_labels
from tests.documents.test_roster_sheet import JOINT, LONG_NAME, RARE, make_sheet


def fill_of(cell) -> str:
    return (cell.fill.fgColor.rgb or "")[-6:] if cell.fill.fill_type == "solid" else ""


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "roster.xlsx"
    sheet = make_sheet()
    export_roster_xlsx(sheet, path)
    return openpyxl.load_workbook(path), sheet


def test_grid_sheet(book):
    wb, _sheet = book
    assert wb.sheetnames == ["值班表", "按人员"]
    ws = wb["值班表"]
    assert ws["A1"].value == "青山县政务服务中心2026年10月值班安排表" and ws["A1"].font.b
    assert "A1:AG1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == "已发布（第2版，2026年9月25日发布）　　打印日期：2026年9月28日"
    assert (ws["A3"].value, ws["B3"].value, ws["C3"].value, ws["AG3"].value) == ("值班岗位", "时间", 1, 31)
    assert ws["C4"].value == "四\n国庆节" and ws["J4"].value == "四" and ws["L4"].value == "六\n班"
    assert ws["M4"].value == "日"  # Sunday 11 October
    assert ws["A5"].value == "带班领导" and ws["C5"].value == "李建国"
    assert ws["A6"].value == "共同值班"
    assert ws["N6"].value == JOINT.replace(" ", "\n")  # 12 October
    assert ws["A7"].value == "综合窗口午间值守" and ws["B7"].value == "12:00–14:00"
    assert ws["J7"].value == f"{RARE}喆\n欧阳明月"  # 8 October
    assert ws["K7"].value == f"{LONG_NAME}\n张伟"
    assert ws["C7"].value is None and fill_of(ws["C7"]) == IDLE_FILL  # a holiday: no lunch duty
    assert fill_of(ws["J7"]) == DUTY_TINTS["lunch"]
    assert ws["A14"].value == "国庆假日值班" and fill_of(ws["C14"]) == DUTY_TINTS["holiday"]
    assert ws["A11"].value == "延时服务" and ws["N11"].value == "刘洋\n待定"  # one seat open on the 12th
    assert ws.freeze_panes == "C5"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$4" and ws.print_title_cols == "$A:$B"
    assert ws.column_dimensions["A"].width >= 18 and 6 <= ws.column_dimensions["J"].width <= 13
    below = [ws.cell(row=r, column=1).value for r in range(15, ws.max_row + 1)]
    assert "图例：" in below and "午间值守" in below and "当日不设此岗" in below
    assert "注：1．值班人员因故不能值班的，须提前一日报中心办公室调换。" in below


def test_person_sheet(book):
    wb, sheet = book
    ws = wb["按人员"]
    assert ws["A1"].value.endswith("（按人员）")
    heads = [ws.cell(row=3, column=c).value for c in range(1, ws.max_column + 1)]
    assert heads[:3] == ["姓名", "派驻单位", 1] and heads[32] == 31
    assert heads[33:] == ["午间值守", "延时服务", "周末值班", "节假日值班", "合计"]
    rows = {ws.cell(row=r, column=1).value: r for r in range(5, ws.max_row + 1)}
    assert len(rows) == len(sheet.people)
    r = rows[f"{RARE}喆"]
    assert ws.cell(row=r, column=2).value == "县市场监管局"
    assert ws.cell(row=r, column=10).value == "综合午间\n延时服务"  # 8 October
    person = next(p for p in sheet.people if p.name == f"{RARE}喆")
    total = sum(len(v) for v in person.duties.values())
    assert ws.cell(row=r, column=38).value == total > 0
    lunch = sum(1 for v in person.duties.values() for x in v if "午间" in x)
    assert ws.cell(row=r, column=34).value == lunch
    leave = rows["张伟"]
    assert "休假" in ws.cell(row=leave, column=2 + 15).value  # 15 October
    assert ws.freeze_panes == "C5"


def test_draft_and_formula_like_names_stay_text(tmp_path):
    sheet = make_sheet("draft")
    row = sheet.rows[0]
    day = min(row.names_by_day)
    names = dict(row.names_by_day)
    names[day] = ["=1+1"]
    sheet = RosterSheet(**{**sheet.__dict__, "rows": (SheetRow(**{**row.__dict__, "names_by_day": names}),
                                                       *sheet.rows[1:])})
    path = tmp_path / "draft.xlsx"
    export_roster_xlsx(sheet, path)
    ws = openpyxl.load_workbook(path)["值班表"]
    assert ws["A2"].value.startswith("草稿")
    assert ws.cell(row=7, column=2 + day.day).value == "=1+1\n待定"  # two seats, one name
    assert ws.cell(row=7, column=2 + day.day).data_type == "s"
    assert not list(tmp_path.glob("*.part"))


def test_short_labels():
    rows = [SheetRow("综合窗口午间值守", "lunch", "", 1), SheetRow("延时服务", "extended", "", 1),
            SheetRow("周六不打烊", "weekend", "", 1), SheetRow("窗口值班值守", "lunch", "", 1),
            SheetRow("A区窗口值班", "lunch", "", 1), SheetRow("A区值守岗位", "lunch", "", 1),
            SheetRow("不动产登记午间值守", "lunch", "", 1, short_name="不动产")]
    assert short_labels(rows) == {
        "综合窗口午间值守": "综合午间", "延时服务": "延时服务", "周六不打烊": "周六不打烊",
        "窗口值班值守": "窗口值班值守", "A区窗口值班": "A区窗口值班", "A区值守岗位": "A区值守岗位",
        "不动产登记午间值守": "不动产"}


def test_empty_month_has_no_joint_row(tmp_path):
    sheet = make_sheet()
    sheet = RosterSheet(**{**sheet.__dict__, "joint": {}, "people": ()})
    path = tmp_path / "plain.xlsx"
    export_roster_xlsx(sheet, path)
    wb = openpyxl.load_workbook(path)
    assert wb["值班表"]["A6"].value == "综合窗口午间值守"
    assert wb["按人员"].max_row == 4
    assert date(2026, 10, 1).day == wb["值班表"]["C3"].value
