"""read_table: workbooks via python-calamine, CSV in UTF-8/GBK, misnamed and broken files."""

from __future__ import annotations

import codecs
import os
import zipfile
from datetime import date

import openpyxl
import pytest

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.exchange.readers import SUPPORTED_EXTENSIONS, read_table

ID = "34052419800101001X"


def test_xlsx_keeps_sheet_row_numbers_and_cell_types(tmp_path):
    path = tmp_path / "roster.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "青山县政务服务中心窗口人员花名册"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "姓名", "身份证号", "进驻日期", "手机号码"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "张三", ID, date(2020, 3, 1), 13812345678
    ws["A5"], ws["B5"], ws["C5"] = "李四", 3.40524198001010e17, "2020/3/1"
    wb.save(path)

    table = read_table(path)

    assert table[0][0] == "青山县政务服务中心窗口人员花名册"
    assert all(v == "" for v in table[1])  # the blank row 2 is kept
    assert table[2][:4] == ["姓名", "身份证号", "进驻日期", "手机号码"]
    assert table[3][:4] == ["张三", ID, date(2020, 3, 1), 13812345678.0]
    assert isinstance(table[4][1], float)
    assert table[4][2] == "2020/3/1"


def test_leading_blank_rows_and_columns_are_not_trimmed(tmp_path):
    path = tmp_path / "offset.xlsx"
    wb = openpyxl.Workbook()
    wb.active["C3"] = "姓名"
    wb.save(path)

    table = read_table(str(path))  # a str path works too

    assert len(table) == 3
    assert table[2][2] == "姓名"
    assert table[0] == ["", "", ""]


def test_xlsm_extension_is_read(tmp_path):
    path = tmp_path / "roster.xlsm"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "姓名"
    wb.save(path)
    assert read_table(path) == [["姓名"]]


def test_hidden_first_sheet_is_passed_over(tmp_path):
    path = tmp_path / "hidden.xlsx"
    wb = openpyxl.Workbook()
    lists = wb.active
    lists.title = "下拉选项"
    lists["A1"] = "行政编制"
    lists.sheet_state = "hidden"
    roster = wb.create_sheet("花名册")
    roster["A1"] = "姓名"
    wb.save(path)
    assert read_table(path) == [["姓名"]]


def _ods(path, rows):
    """A minimal OpenDocument spreadsheet written by hand (no ODS writer is installed)."""
    def cell(v):
        if isinstance(v, float):
            return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                    f"<text:p>{v}</text:p></table:table-cell>")
        return ('<table:table-cell office:value-type="string">'
                f"<text:p>{v}</text:p></table:table-cell>")

    body = "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>"
                   for r in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)


def test_ods_is_read(tmp_path):
    path = tmp_path / "roster.ods"
    _ods(path, [["姓名", "身份证号"], ["张三", ID], ["李四", 13812345678.0]])
    table = read_table(path)
    assert table[0] == ["姓名", "身份证号"]
    assert table[1] == ["张三", ID]
    assert table[2][1] == 13812345678.0


@pytest.mark.skip(reason="no writer for the binary Excel 97-2003 .xls format is installed; "
                         "calamine reads it the same way as .xlsx (see the misnamed-file tests)")
def test_binary_xls_is_read():  # pragma: no cover
    pass


# --- CSV ------------------------------------------------------------------------------------

CSV_TEXT = "姓名,身份证号,派驻单位\r\n张三,34052419800101001X,市场监管局\r\n王五,3.40524E+17,人社局\r\n"
EXPECTED = [
    ["姓名", "身份证号", "派驻单位"],
    ["张三", ID, "市场监管局"],
    ["王五", "3.40524E+17", "人社局"],
]


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(CSV_TEXT.encode("gbk"), id="gbk-no-bom"),
        pytest.param(CSV_TEXT.encode("gb18030"), id="gb18030-no-bom"),
        pytest.param(codecs.BOM_UTF8 + CSV_TEXT.encode("utf-8"), id="utf8-bom"),
        pytest.param(CSV_TEXT.encode("utf-8"), id="utf8-no-bom"),
        pytest.param(CSV_TEXT.encode("utf-16"), id="utf16-bom"),
    ],
)
def test_csv_encodings(tmp_path, encoded):
    path = tmp_path / "roster.csv"
    path.write_bytes(encoded)
    assert read_table(path) == EXPECTED


def test_gbk_csv_with_a_utf8_bom_in_front(tmp_path):
    # some tools put a UTF-8 BOM in front of GBK bytes: the BOM is dropped, GB18030 decodes
    path = tmp_path / "odd.csv"
    path.write_bytes(codecs.BOM_UTF8 + CSV_TEXT.encode("gbk"))
    assert read_table(path) == EXPECTED


def test_csv_quoted_cells_and_tab_separated(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('姓名,备注\n张三,"第一行,带逗号"\n', encoding="utf-8")
    assert read_table(path) == [["姓名", "备注"], ["张三", "第一行,带逗号"]]
    tsv = tmp_path / "b.tsv"
    tsv.write_text("姓名\t身份证号\n张三\t" + ID + "\n", encoding="gbk")
    assert read_table(tsv) == [["姓名", "身份证号"], ["张三", ID]]


def test_empty_csv(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert read_table(path) == []


# --- misnamed files from government systems -------------------------------------------------


def test_xlsx_saved_with_xls_name(tmp_path):
    path = tmp_path / "export.xls"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["张三", ID])
    wb.save(path)
    assert read_table(path) == [["姓名", "身份证号"], ["张三", ID]]


def test_html_table_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    html = (
        '<html><head><meta charset="gbk"></head><body>'
        "<table><tr><th colspan=\"2\">好差评明细</th></tr>"
        "<tr><td>窗口</td><td>评价</td></tr>"
        "<tr><td> A03 </td><td>非常&nbsp;满意</td></tr></table></body></html>"
    )
    path.write_bytes(html.encode("gbk"))
    assert read_table(path) == [["好差评明细", ""], ["窗口", "评价"], ["A03", "非常 满意"]]


def test_tab_text_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_bytes("窗口\t评价\nA03\t满意\n".encode("gbk"))
    assert read_table(path) == [["窗口", "评价"], ["A03", "满意"]]


# --- errors ---------------------------------------------------------------------------------


def test_random_bytes_named_xlsx_is_unreadable(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"\x00\x01PK" + os.urandom(4000))
    with pytest.raises(DomainError) as ei:
        read_table(path)
    assert ei.value.code == "import.unreadable"
    assert ei.value.params["path"] == str(path)
    assert ei.value.params["detail"]


def test_random_bytes_named_xls_is_unreadable(tmp_path):
    path = tmp_path / "broken.xls"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DomainError) as ei:
        read_table(path)
    assert ei.value.code == "import.unreadable"


def test_truncated_xlsx_is_unreadable(tmp_path):
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "姓名"
    wb.save(good)
    bad = tmp_path / "truncated.xlsx"
    bad.write_bytes(good.read_bytes()[:300])
    with pytest.raises(DomainError) as ei:
        read_table(bad)
    assert ei.value.code == "import.unreadable"


def test_binary_file_named_csv_is_unreadable(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(DomainError) as ei:
        read_table(path)
    assert ei.value.code == "import.unreadable"


def test_missing_file_is_unreadable(tmp_path):
    for name in ("nope.xlsx", "nope.csv"):
        with pytest.raises(DomainError) as ei:
            read_table(tmp_path / name)
        assert ei.value.code == "import.unreadable"
        assert ei.value.params["path"] == str(tmp_path / name)


@pytest.mark.parametrize("name", ["roster.docx", "roster.pdf", "roster", "roster.et"])
def test_unknown_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(DomainError) as ei:
        read_table(path)
    assert ei.value.code == "import.unsupported_format"
    assert ei.value.params == {"path": str(path), "ext": path.suffix.lower()}


def test_extension_case_is_ignored(tmp_path):
    path = tmp_path / "ROSTER.CSV"
    path.write_text("姓名\n张三\n", encoding="utf-8")
    assert read_table(path) == [["姓名"], ["张三"]]


def test_supported_extensions():
    assert {".xlsx", ".xls", ".xlsm", ".ods", ".csv"} <= SUPPORTED_EXTENSIONS


def test_spreadsheet_libraries_are_imported_lazily():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import govhr_desktop.exchange.readers, govhr_desktop.exchange.staff_import\n"
        "import govhr_desktop.exchange.xlsx_export\n"
        "print('python_calamine' in sys.modules, 'openpyxl' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
