"""Render every page and main dialog with demo data to PNG files (offscreen), for looking at."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from govhr_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

SCREEN = (1366, 768)  # the usual office screen


def _grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _dialog(dlg: QDialog, path: Path) -> Path:
    dlg.adjustSize()
    out = _grab(dlg, path)
    dlg.close()
    return out


def _letters_tab(page, window, path: Path) -> Path:
    from PySide6.QtCore import QEventLoop, QTimer

    page.tabs.setCurrentIndex(1)
    if page.unit_list.count():
        page.unit_list.setCurrentRow(0)
        page.preview_letter()
        loop = QEventLoop()  # the PDF view paints from a render thread
        QTimer.singleShot(1500, loop.quit)
        loop.exec()
    shot = _grab(window, path)
    page.tabs.setCurrentIndex(0)
    return shot


def render_all(ui: UiContext, out_dir: str | Path) -> list[Path]:
    from govhr_desktop.ui.dialogs.org_dialogs import HomeUnitDialog, LeaderDialog, WindowDialog, ZoneDialog
    from govhr_desktop.ui.dialogs.staff_dialog import StaffDialog
    from govhr_desktop.ui.error_dialog import ErrorDialog
    from govhr_desktop.ui.main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    from govhr_desktop.services.backup import BackupService

    BackupService(ui.services, ui.paths).backup_now()  # so the backups page shows a row
    window = MainWindow(ui)
    window.resize(*SCREEN)
    for i, key in enumerate(window.page_keys):
        window.show_page(key)
        page = window.page(key)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
        prepare = getattr(page, "prepare_screenshot", None)
        if prepare is not None:  # e.g. a chart a page builds only after its first paint
            prepare()
            for _ in range(3):
                QApplication.processEvents()
        files.append(_grab(window, out / f"{i + 1:02d}_page_{key}.png"))

    if "documents" in window.page_keys:  # the feedback-letter tab, one unit's letter previewed
        window.show_page("documents")
        files.append(_letters_tab(window.page("documents"), window, out / "17b_tab_documents_letters.png"))

    if "rosters" in window.page_keys:  # every tab of 值班排班, and the month grid by person
        window.show_page("rosters")
        page = window.page("rosters")
        for t in range(1, page.tabs.count()):
            page.tabs.setCurrentIndex(t)
            QApplication.processEvents()
            files.append(_grab(window, out / f"05{chr(ord('a') + t)}_tab_rosters_{t}.png"))
        page.tabs.setCurrentIndex(0)
        month_tab = page.tabs.widget(0)
        month_tab.by_person.click()
        QApplication.processEvents()
        files.append(_grab(window, out / "05a_tab_rosters_by_person.png"))
        month_tab.by_post.click()

    staff = ui.staff.list(include_returned=False)
    windows = ui.windows.list()
    units = ui.home_units.list()
    files.append(_dialog(StaffDialog(ui, None, window), out / "d20_dialog_staff_new.png"))
    edit = StaffDialog(ui, ui.staff.get(staff[0].id), window)
    files.append(_dialog(edit, out / "d21_dialog_staff_edit.png"))
    bad = StaffDialog(ui, None, window)
    bad.name.setText("张三")
    bad.id_number.setText("340524198001010011")  # wrong check character: shows the message
    bad.mobile.setText("1381234567")
    bad.mobile.editingFinished.emit()
    bad._on_save()
    files.append(_dialog(bad, out / "d22_dialog_staff_errors.png"))
    files.append(_dialog(HomeUnitDialog(ui, units[0], window), out / "d23_dialog_home_unit.png"))
    files.append(_dialog(ZoneDialog(ui, ui.zones.list()[0], window), out / "d24_dialog_zone.png"))
    files.append(_dialog(WindowDialog(ui, windows[0], window), out / "d25_dialog_window.png"))
    leaders = ui.center.leaders()
    files.append(_dialog(LeaderDialog(ui, leaders[0] if leaders else None, window), out / "d26_dialog_leader.png"))
    files.append(_render_import(ui, window, out))
    files += _render_session_dialogs(ui, window, out)
    files += _render_evaluation_dialogs(ui, window, out)
    try:
        raise RuntimeError("示例错误 / example error")
    except RuntimeError as e:
        from govhr_desktop.ui.error_dialog import error_report

        files.append(_dialog(ErrorDialog(error_report(type(e), e, e.__traceback__), window), out / "d28_dialog_error.png"))
    window.close()
    return files


def _render_import(ui: UiContext, window, out: Path) -> Path:
    """The import preview for a small sample file with typical mistakes."""
    from datetime import date

    from govhr_desktop.domain.identity import id_check_char
    from govhr_desktop.exchange.xlsx_export import export_table
    from govhr_desktop.ui.dialogs.import_dialog import StaffImportDialog

    unit = ui.home_units.list()[0]
    good = "34052419900307002"
    good += id_check_char(good)
    good2 = "34052419920715003"
    good2 += id_check_char(good2)
    sample = out / ".import-sample.xlsx"
    export_table(
        sample, "窗口人员花名册",
        ["姓名", "身份证号", "派驻单位", "编制性质", "手机号码", "窗口", "岗位", "进驻日期"],
        [
            ["李晓燕", good, unit.short_name, "事业编制", "13912345678", "", "", date(2024, 3, 1)],
            ["王㛃", good2, unit.full_name, "临聘", "138 1234 5679", "", "", "2025/7/1"],
            ["赵强", "340524198001010011", unit.short_name, "行政编制", "1391234567", "", "", "2023-02-30"],
            ["孙丽", "3.40524E+17", "不存在的局", "临时工", "", "Z99", "A", "2024-01-01"],
        ],
    )
    dlg = StaffImportDialog(ui, window)
    dlg.load(str(sample))
    path = _grab(dlg, out / "d27_dialog_import_preview.png")
    dlg.close()
    sample.unlink(missing_ok=True)
    return path


def _render_session_dialogs(ui: UiContext, window, out: Path) -> list[Path]:
    """Login (with the demo accounts), first start, password change and the lock screen."""
    from govhr_desktop.services.auth import DEMO_ACCOUNTS
    from govhr_desktop.ui.dialogs.login import ChangePasswordDialog, FirstAdminDialog, LockDialog, LoginDialog

    files = [_dialog(LoginDialog(ui, DEMO_ACCOUNTS, window), out / "d30_dialog_login_demo.png")]
    first = FirstAdminDialog(ui, window)
    first.username.setText("admin")
    first.password.setText("abc")
    first.confirm.setText("abc")
    first.show_error(_first_admin_errors(ui))
    files.append(_dialog(first, out / "d31_dialog_first_start.png"))
    files.append(_dialog(ChangePasswordDialog(ui, "expired", window), out / "d32_dialog_change_password.png"))
    files.append(_dialog(LockDialog(ui, window), out / "d33_dialog_lock_screen.png"))
    return files


def _first_admin_errors(ui: UiContext):
    """The errors a too-short password gets on the first-start form (without saving anything)."""
    from govhr_desktop.domain.errors import DomainError, ValidationError
    from govhr_desktop.domain.security import check_password_strength

    try:
        check_password_strength("abc", ui.security.policy())
    except DomainError as e:
        return ValidationError([e])
    return ValidationError([])


def _render_evaluation_dialogs(ui: UiContext, window, out: Path) -> list[Path]:
    """The window items and the honours confirmation of the newest month with forms."""
    from sqlalchemy import text

    from govhr_desktop.services.honours import HonoursService
    from govhr_desktop.ui.pages.honours_dialogs import WindowItemsDialog

    with ui.services.connect() as c:
        month = c.execute(text("SELECT max(month) FROM evaluation_form")).scalar()
    if not month:
        return []
    hs = HonoursService(ui.services)
    items = WindowItemsDialog(ui, hs, month, window)
    files = [_grab(items, out / "d40_dialog_window_items.png")]
    items.close()
    page = window.page("honours")
    page.month.setCurrentIndex(max(0, page.month.findData(month)))
    dlg = page.confirm_dialog()
    dlg.resize(900, 680)
    files.append(_grab(dlg, out / "d41_dialog_confirm_honours.png"))
    dlg.close()
    return files
