"""The interactive session loop: login → main window → log out → login again → close."""

from PySide6.QtCore import QTimer
from sqlalchemy import text

from govhr_desktop.services.auth import create_demo_accounts
from govhr_desktop.ui import application
from govhr_desktop.ui.dialogs.login import LoginDialog
from govhr_desktop.ui.main_window import MainWindow


class _Opened:
    def __init__(self, ctx) -> None:
        self.ctx = ctx


def test_login_logout_login_close(qapp, ui_ctx, monkeypatch):
    create_demo_accounts(ui_ctx.services)
    users = iter([("renshi", "Rs#2026demo"), ("chuangkou", "Ck#2026demo")])
    seen = []

    def type_and_enter(dlg):  # the clerk types a user name and password and presses Enter
        user, password = next(users)
        dlg.username.setText(user)
        dlg.password.setText(password)
        dlg._on_save()
        return dlg.result()

    def act(win):
        seen.append((win.ui.actor.username, list(win.page_keys)))
        win.logout() if len(seen) == 1 else win.close()

    real_show = MainWindow.show

    def show_then_act(win):
        real_show(win)
        QTimer.singleShot(50, lambda: act(win))

    monkeypatch.setattr(LoginDialog, "exec", type_and_enter)
    monkeypatch.setattr(MainWindow, "show", show_then_act)
    # the disposal at the end of the session must not close the fixture's database for good
    monkeypatch.setattr(type(ui_ctx.services.db), "dispose", lambda self: None)

    assert application._interactive(qapp, ui_ctx, _Opened(ui_ctx.services), demo=True) == 0
    assert [u for u, _ in seen] == ["renshi", "chuangkou"]
    assert "users" not in seen[0][1] and "staff" in seen[1][1]
    with ui_ctx.services.db.engine.connect() as c:
        actions = list(c.execute(text(
            "SELECT action || ':' || username FROM audit_entry WHERE action IN ('login', 'logout') ORDER BY id"
        )).scalars())
    assert actions == ["login:renshi", "logout:renshi", "login:chuangkou", "logout:chuangkou"]
