"""The logged-in session: the login flow at start and the idle screen lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from govhr_desktop.domain.security import Actor
from govhr_desktop.ui.context import UiContext

_USER_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def login_flow(ui: UiContext, *, demo: bool) -> Actor | None:
    """First start (create the administrator) or login, then a forced password change if due.

    Returns the actor, or None when the clerk quits.
    """
    from govhr_desktop.services.auth import DEMO_ACCOUNTS
    from govhr_desktop.ui.dialogs.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog

    if not ui.auth.has_users():
        dlg = FirstAdminDialog(ui)
    else:
        dlg = LoginDialog(ui, DEMO_ACCOUNTS if demo else ())
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_login is None:
        return None
    result = dlg.result_login
    ui.services.actor = result.actor
    if result.must_change_password:
        if ChangePasswordDialog(ui, result.reason).exec() != QDialog.DialogCode.Accepted:
            ui.auth.logout()
            return None
    return result.actor


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input anywhere in the program."""

    idle = Signal()

    def __init__(self, minutes: int, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle)
        self.paused = False

    def start(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if not self.paused and event.type() in _USER_INPUT:
            self.timer.start()
        return False
