"""The whole security story through the screens: first start, administrator, a clerk, what the
clerk may not do, lockout, backup and restore."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.records import ZoneInput
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from govhr_desktop.ui.main_window import MainWindow
from govhr_desktop.ui.pages.users import UserDialog


def save(dlg):
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_first_start_to_restore(qtbot, empty_ui_ctx, monkeypatch):
    ui = empty_ui_ctx
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    # 1. first start: no account, the administrator is created
    first = FirstAdminDialog(ui)
    qtbot.addWidget(first)
    first.username.setText("guanli")
    first.display_name.setText("管理员甲")
    first.password.setText("Qingshan#2026")
    first.confirm.setText("Qingshan#2026")
    save(first)
    ui.services.actor = first.result_login.actor
    admin_window = MainWindow(ui)
    qtbot.addWidget(admin_window)
    assert "users" in admin_window.page_keys and "audit" not in admin_window.page_keys  # 三员分立

    # 2. the administrator creates a window-management clerk with a temporary password
    admin_window.show_page("users")
    users_page = admin_window.pages["users"]
    dlg = UserDialog(ui, None, users_page)
    qtbot.addWidget(dlg)
    dlg.username.setText("xiaoli")
    dlg.display_name.setText("小李")
    dlg.role.setCurrentIndex(dlg.role.findData("window_clerk"))
    dlg.password.setText("Temp#2026ab")
    dlg.confirm.setText("Temp#2026ab")
    save(dlg)
    users_page.reload()
    assert "xiaoli" in [users_page.model.row_at(i).username for i in range(users_page.model.rowCount())]

    # 3. the clerk logs in, must change the temporary password
    clerk_ui = UiContext(ServiceContext(ui.services.db), ui.paths)
    login = LoginDialog(clerk_ui)
    qtbot.addWidget(login)
    login.username.setText("xiaoli")
    login.password.setText("Temp#2026ab")
    save(login)
    assert login.result_login.must_change_password
    clerk_ui.services.actor = login.result_login.actor
    change = ChangePasswordDialog(clerk_ui, login.result_login.reason)
    qtbot.addWidget(change)
    change.old.setText("Temp#2026ab")
    change.new.setText("Xiaoli#2026ok")
    change.confirm.setText("Xiaoli#2026ok")
    save(change)

    # 4. the clerk does not see the administrator's pages, and the services refuse anyway
    clerk_window = MainWindow(clerk_ui)
    qtbot.addWidget(clerk_window)
    assert "users" not in clerk_window.page_keys and "backups" not in clerk_window.page_keys
    try:
        clerk_ui.auth.create_user("x1", "", "admin", "Abc#2026xyz", "Abc#2026xyz")
        raise AssertionError("the clerk created an account")
    except DomainError as e:
        assert e.code == "permission.denied"
    clerk_window.show_page("staff")
    assert not clerk_window.pages["staff"].findChild(QPushButton, "addButton").isEnabled()

    # 5. five wrong passwords lock the clerk's account
    for _ in range(5):
        bad = LoginDialog(ui)
        qtbot.addWidget(bad)
        bad.username.setText("xiaoli")
        bad.password.setText("wrong-password")
        save(bad)
    assert "锁定" in bad.error_text("password")
    again = LoginDialog(ui)
    qtbot.addWidget(again)
    again.username.setText("xiaoli")
    again.password.setText("Xiaoli#2026ok")
    save(again)
    assert again.result_login is None and "锁定" in again.error_text("username")

    # 6. backup, a change, restore: the change is gone
    admin_window.show_page("backups")
    backups = admin_window.pages["backups"]
    before = backups.model.rowCount()
    made = backups.backup_now()
    assert made is not None and backups.model.rowCount() == before + 1
    ui.zones.save(ZoneInput("备份后新增的区域"))
    assert "备份后新增的区域" in [z.name for z in ui.zones.list()]
    backups.restore_path(made.path)
    assert "备份后新增的区域" not in [z.name for z in ui.zones.list()]
