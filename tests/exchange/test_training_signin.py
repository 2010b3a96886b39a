"""Reading a sign-in list (govhr_desktop.exchange.training_signin)."""

from __future__ import annotations

import openpyxl
import pytest

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.exchange.training_signin import SignInRow, read_sign_in


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_messy_workbook(tmp_path):
    path = _xlsx(tmp_path / "签到.xlsx", [
        ["青山县政务服务中心培训签到表"],                                      # row 1: title
        ["课程：网上审批系统操作", None, None, "2026-05-14"],                   # row 2
        ["序号", "姓 名", "身份证后四位", "学时", "签到", "备注"],              # row 3: header
        [1, "张伟", "123X", 3, "√", None],                                     # row 4
        [2, "王芳", 12, None, "王芳", None],                                   # row 5: signed her name; 0012
        [None, None, None, None, None, None],                                  # row 6: blank
        [3, "李强", "5678", None, "缺", "请假"],                               # row 7: absent
        [4, "赵敏", "2345", "三小时", "是", None],                             # row 8: bad hours
        [5, None, None, 2, "√", None],                                         # row 9: no name
        [6, "孙丽", "9876", -1, "√", None],                                    # row 10: negative hours
        [7, "周杰", "4321", "2.5学时", "？？", None],                          # row 11: unreadable mark
        [8, "吴昊", "12AB", 2.5, "√", None],                                   # row 12: bad ID tail
        [9, None, None, None, None, None],                                     # row 13: only a 序号
        [10, "郑爽", None, None, None, None],                                  # row 14: blank mark = absent
    ])
    rows, errors = read_sign_in(path)
    assert rows == [SignInRow(4, "张伟", "123X", 3.0), SignInRow(5, "王芳", "0012", None)]
    got = sorted((e.row, e.code, e.column, e.value) for e in errors)
    assert got == [
        (8, "signin.hours", "学时", "三小时"),
        (9, "signin.name_missing", "姓 名", ""),
        (10, "signin.hours", "学时", "-1"),
        (11, "signin.attendance", "签到", "？？"),
        (12, "signin.id_tail", "身份证后四位", "12AB"),
    ]
    assert all(e.params.get("value", "") == e.value for e in errors)


def test_gbk_csv_with_full_id_numbers_and_no_sign_column(tmp_path):
    path = tmp_path / "signin.csv"
    text = ("培训签到表\r\n"
            "姓名,身份证号,学时\r\n"
            "张伟,34052419800101001X,3\r\n"
            ",,\r\n"
            "王芳,340524199002020021,1.5\r\n"
            "李强,3405241,\r\n")
    path.write_bytes(text.encode("gbk"))
    rows, errors = read_sign_in(path)
    assert rows == [SignInRow(3, "张伟", "001X", 3.0), SignInRow(5, "王芳", "0021", 1.5)]
    assert [(e.row, e.code) for e in errors] == [(6, "signin.id_tail")]


def test_missing_name_header_raises(tmp_path):
    path = _xlsx(tmp_path / "x.xlsx", [["序号", "单位", "学时"], [1, "人社局", 3]])
    with pytest.raises(DomainError) as e:
        read_sign_in(path)
    assert e.value.code == "import.missing_headers"
    assert e.value.params["missing"] == "姓名" and "学时" in e.value.params["found"]


def test_empty_file_raises(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text(",,\r\n , ,\r\n", encoding="utf-8")
    with pytest.raises(DomainError) as e:
        read_sign_in(path)
    assert e.value.code == "import.empty"
