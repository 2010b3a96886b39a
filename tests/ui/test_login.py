"""First start, login, forced password change and the lock screen, as a clerk meets them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from govhr_desktop.services.auth import DEMO_ACCOUNTS, AuthService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.ui.dialogs.login import ChangePasswordDialog, FirstAdminDialog, LockDialog, LoginDialog


def save(dlg):
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_first_start_creates_the_administrator(qtbot, empty_ui_ctx, type_text):
    ui = empty_ui_ctx
    assert not ui.auth.has_users()
    dlg = FirstAdminDialog(ui)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(dlg.username, "zhangsan")
    type_text(dlg.display_name, "张三")
    type_text(dlg.password, "short")
    type_text(dlg.confirm, "short")
    save(dlg)
    assert "8" in dlg.error_text("password")  # too short: says how long it must be
    dlg.password.setText("Zhang#2026go")
    dlg.confirm.setText("Zhang#2026gx")
    save(dlg)
    assert dlg.error_text("confirm_password")
    dlg.confirm.setText("Zhang#2026go")
    qtbot.keyClick(dlg.confirm, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_login.actor.role == "admin"


def test_demo_login_lists_accounts_and_logs_in(qtbot, ui_ctx):
    from govhr_desktop.services.auth import create_demo_accounts

    create_demo_accounts(ui_ctx.services)
    dlg = LoginDialog(ui_ctx, DEMO_ACCOUNTS)
    qtbot.addWidget(dlg)
    dlg.show()
    model = dlg.demo_table.model()
    assert model.rowCount() == 5
    dlg.demo_table.doubleClicked.emit(model.index(1, 0))
    assert dlg.username.text() == "renshi"
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_login.actor.role == "personnel"


def test_wrong_password_message_and_lockout(qtbot, ui_ctx):
    from govhr_desktop.services.auth import create_demo_accounts

    create_demo_accounts(ui_ctx.services)
    dlg = LoginDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    for i in range(5):
        dlg.username.setText("chuangkou")
        dlg.password.setText("nope")
        save(dlg)
    assert "锁定" in dlg.error_text("password")
    dlg.password.setText("Ck#2026demo")
    save(dlg)
    assert "锁定" in dlg.error_text("username")
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_change_password_dialog(qtbot, empty_ui_ctx):
    ui = empty_ui_ctx
    ui.auth.create_first_admin("wang", "", "Qwer#2026ab", "Qwer#2026ab")
    ui.services.actor = ui.auth.login("wang", "Qwer#2026ab").actor
    dlg = ChangePasswordDialog(ui, "expired")
    qtbot.addWidget(dlg)
    dlg.old.setText("bad")
    dlg.new.setText("abc")
    dlg.confirm.setText("abd")
    save(dlg)
    assert dlg.error_text("old_password") and dlg.error_text("new_password") and dlg.error_text("confirm_password")
    dlg.old.setText("Qwer#2026ab")
    dlg.new.setText("New#2026pass")
    dlg.confirm.setText("New#2026pass")
    save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert AuthService(ServiceContext(ui.services.db)).login("wang", "New#2026pass")


def test_lock_screen(qtbot, empty_ui_ctx):
    ui = empty_ui_ctx
    ui.auth.create_first_admin("wang", "王五", "Qwer#2026ab", "Qwer#2026ab")
    ui.services.actor = ui.auth.login("wang", "Qwer#2026ab").actor
    dlg = LockDialog(ui)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc does not open the screen
    assert dlg.isVisible()
    dlg.password.setText("bad")
    dlg.unlock_button.click()
    assert dlg.error.text() and dlg.isVisible()
    dlg.password.setText("Qwer#2026ab")
    dlg.unlock_button.click()
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_idle_watcher_fires_and_input_resets(qtbot, qapp):
    from PySide6.QtWidgets import QLineEdit

    from govhr_desktop.ui.session import IdleWatcher

    w = IdleWatcher(1)
    w.timer.setInterval(150)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    w.start()
    try:
        with qtbot.waitSignal(w.idle, timeout=2000):
            pass
    finally:
        w.stop()
