"""Staff import from Excel through the dialog, the error dialog, and the messages catalog."""

import re
from datetime import date
from pathlib import Path

from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.exchange.xlsx_export import export_table
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.import_dialog import StaffImportDialog
from govhr_desktop.ui.error_dialog import ErrorDialog, error_report


def valid_id(seq: int) -> str:
    first = f"34052419900307{seq:03d}"
    return first + id_check_char(first)


def write_sample(path: Path, unit: str) -> Path:
    export_table(
        path, "青山县政务服务中心窗口人员花名册",
        ["姓名", "身份证号", "派驻单位", "编制性质", "手机号码", "进驻日期"],
        [
            ["李晓燕", valid_id(2), unit, "事业编制", "13912345678", date(2024, 3, 1)],
            ["王㛃", valid_id(4), unit, "临聘", "138 1234 5679", "2025/7/1"],
            ["赵强", "340524198001010011", unit, "行政编制", "13912345670", "2023-02-01"],
            ["孙丽", "3.40524E+17", "不存在的局", "临聘", "", "2024-01-01"],
        ],
    )
    return path


def test_import_preview_errors_then_one_transaction(qtbot, ui_ctx, tmp_path, monkeypatch):
    unit = ui_ctx.home_units.list()[0]
    before = len(ui_ctx.staff.list())
    dlg = StaffImportDialog(ui_ctx)
    qtbot.addWidget(dlg)
    assert dlg.load(str(write_sample(tmp_path / "名册.xlsx", unit.short_name)))
    assert dlg.preview.header_row == 2
    assert len(dlg.preview.valid_rows) == 2 and len(dlg.preview.error_rows) == 2
    errors = [(dlg.error_model.row_at(i).row, dlg.error_model.row_at(i).column) for i in range(dlg.error_model.rowCount())]
    assert (5, "身份证号") in errors and (6, "身份证号") in errors and (6, "派驻单位") in errors
    texts = [dlg.error_model.display_row(i)[3] for i in range(dlg.error_model.rowCount())]
    assert any("校验码" in t for t in texts)
    assert any("Excel" in t and "文本" in t for t in texts)
    assert "2" in dlg.import_button.text()
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    dlg.confirm()
    assert "2" in told[0]
    assert dlg.imported == 2
    names = {s.name for s in ui_ctx.staff.list()}
    assert {"李晓燕", "王㛃"} <= names and "赵强" not in names
    assert len(ui_ctx.staff.list()) == before + 2


def test_cancel_saves_nothing(qtbot, ui_ctx, tmp_path):
    before = len(ui_ctx.staff.list())
    dlg = StaffImportDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.load(str(write_sample(tmp_path / "a.xlsx", ui_ctx.home_units.list()[0].short_name)))
    dlg.reject()
    assert len(ui_ctx.staff.list()) == before


def test_wrong_headers_are_refused_with_a_message(qtbot, ui_ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append(text)))
    path = tmp_path / "bad.xlsx"
    export_table(path, "表", ["名字", "号码"], [["张三", "1"]])
    dlg = StaffImportDialog(ui_ctx)
    qtbot.addWidget(dlg)
    assert not dlg.load(str(path))
    assert "身份证号" in shown[0] and "派驻单位" in shown[0]


def test_error_dialog_copy_and_save(qtbot, tmp_path):
    try:
        raise ValueError("测试错误")
    except ValueError as e:
        report = error_report(type(e), e, e.__traceback__)
    dlg = ErrorDialog(report)
    qtbot.addWidget(dlg)
    dlg.copy()
    from PySide6.QtWidgets import QApplication

    assert "测试错误" in QApplication.clipboard().text()
    out = dlg.save(str(tmp_path / "r.txt"))
    assert "ValueError: 测试错误" in Path(out).read_text(encoding="utf-8")


def test_every_error_code_in_the_core_has_a_message(qapp):
    """A code raised anywhere below ui/ must have a sentence in the messages catalog."""
    root = Path(__file__).resolve().parents[2] / "govhr_desktop"
    codes = set()
    for p in root.rglob("*.py"):
        if "ui" in p.relative_to(root).parts:
            continue
        text = p.read_text(encoding="utf-8")
        codes |= set(re.findall(r'DomainError\(\s*"([a-z_.]+)"', text))
        codes |= set(re.findall(r'RowError\([^)]*?"([a-z_]+\.[a-z_.]+)"', text))
        codes |= set(re.findall(r'code\s*=\s*"([a-z_]+\.[a-z_.]+)"', text))
    assert codes, "the scan found no codes"
    missing = sorted(c for c in codes if c not in messages.MESSAGES)
    assert missing == []
