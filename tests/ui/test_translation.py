"""The Chinese UI has no untranslated string; the .ts and .qm are in step with the code."""

import re
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as i18n_script  # noqa: E402

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"English", "Excel", "PDF", "Ctrl", "Alt", "xlsx", "xls", "csv", "ods", "xlsm", "ID"}


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [(c, s) for c, s, _t, todo, _m in i18n_script.entries(ts) if todo]


def test_ts_is_complete_and_in_step_with_the_code(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(i18n_script.TS, copy)
    i18n_script.update(copy)  # adds any source text the code has that the .ts lacks
    assert unfinished(copy) == []


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    qm = tmp_path / "check.qm"
    i18n_script.release(i18n_script.TS, qm)
    assert qm.read_bytes() == i18n_script.QM.read_bytes(), "run: python scripts/i18n.py release"


def test_placeholders_survive_translation():
    for ctx, src, text, _todo, _m in i18n_script.entries():
        for pattern in (r"\{[a-z_]+\}", r"%\d", r"%n"):
            assert sorted(re.findall(pattern, src)) == sorted(re.findall(pattern, text)), (ctx, src, text)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    out = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w is root or isinstance(w, QWidget) and w.isWindow():
            out.append((name + ".title", w.windowTitle()))
        if isinstance(w, QLabel):
            out.append((name, re.sub(r"<[^>]+>", "", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QLineEdit):
            out.append((name + ".placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            out += [(name, w.itemText(i)) for i in range(min(w.count(), 12))]
        elif isinstance(w, QListWidget):
            out += [(name, w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            out += [(name + ".header", str(m.headerData(c, Qt.Orientation.Horizontal))) for c in range(m.columnCount())]
        if w.toolTip():
            out.append((name + ".tooltip", w.toolTip()))
    return out


def english_left(texts) -> list[tuple[str, str]]:
    bad = []
    for where, text in texts:
        if not text or text.startswith("/") or re.search(r"[A-Za-z]:\\", text) or "sqlite3" in text:
            continue
        words = set(ENGLISH_WORD.findall(text)) - ALLOWED
        if words:
            bad.append((where, text))
    return bad


def test_no_english_left_in_the_chinese_ui(qtbot, ui_ctx, tmp_path):
    from govhr_desktop.ui.dialogs.import_dialog import StaffImportDialog
    from govhr_desktop.ui.dialogs.org_dialogs import HomeUnitDialog, LeaderDialog, WindowDialog, ZoneDialog
    from govhr_desktop.ui.dialogs.staff_dialog import ReturnDialog, StaffDialog
    from govhr_desktop.ui.error_dialog import ErrorDialog
    from govhr_desktop.ui.main_window import MainWindow

    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    w.show()
    texts = []
    for key in w.page_keys:
        w.show_page(key)
        texts += visible_texts(w)
    staff = ui_ctx.staff.list(include_returned=False)[0]
    for dlg in (
        StaffDialog(ui_ctx), StaffDialog(ui_ctx, staff), ReturnDialog(ui_ctx, staff),
        HomeUnitDialog(ui_ctx), HomeUnitDialog(ui_ctx, ui_ctx.home_units.list()[0]),
        ZoneDialog(ui_ctx), WindowDialog(ui_ctx), LeaderDialog(ui_ctx), StaffImportDialog(ui_ctx),
        ErrorDialog("report"),
    ):
        qtbot.addWidget(dlg)
        texts += [(t, x) for t, x in visible_texts(dlg) if not t.startswith("QPlainTextEdit")]
    assert len(texts) > 200
    assert english_left(texts) == []


def test_every_error_message_is_translated(qapp, ui_ctx):
    from govhr_desktop.ui import messages

    for code in messages.MESSAGES:
        params = {k: "x" for k in re.findall(r"\{([a-z_]+)\}", messages.MESSAGES[code])}
        params.pop("field", None)
        text = messages.format_code(code, "id_number", params)
        assert set(ENGLISH_WORD.findall(text)) - ALLOWED == set(), (code, text)


def test_english_ui_on_request(qtbot, qapp, demo_ctx, demo_paths):
    from govhr_desktop.ui import i18n
    from govhr_desktop.ui.context import UiContext
    from govhr_desktop.ui.main_window import MainWindow

    i18n.install(qapp, "en")
    try:
        w = MainWindow(UiContext(demo_ctx, demo_paths))
        qtbot.addWidget(w)
        assert [w.nav.item(i).text() for i in range(3)] == ["Home", "Staff", "Coverage"]
    finally:
        i18n.install(qapp, "zh_CN")
