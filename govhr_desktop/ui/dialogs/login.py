"""Login, first start (create the administrator), forced password change, and the lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import ROLE_LABELS
from govhr_desktop.ui import messages
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import FieldError, FormDialog
from govhr_desktop.ui.i18n import vocab_lang
from govhr_desktop.ui.table import Column, RecordTableModel


def role_label(role: str) -> str:
    zh, en = ROLE_LABELS.get(role, (role, role))
    return en if vocab_lang() == "en" else zh


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(FormDialog):
    """User name and password; the demo center lists its demo accounts to pick from."""

    def __init__(self, ui: UiContext, demo_accounts=(), parent=None) -> None:
        super().__init__(self.tr("Log in"), parent)
        self.ui = ui
        self.result_login = None
        center = ui.center.get().name
        heading = QLabel(center or self.tr("Service Center Staff Manager"), self)
        heading.setObjectName("pageTitle")
        self.form.insertRow(0, heading)
        self.username = self.add_field("username", self.tr("User name"), QLineEdit())
        self.password = self.add_field("password", self.tr("Password"), _password_edit())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.setMinimumWidth(440)
        if demo_accounts:
            note = QLabel(self.tr("Demo center: every role has an account. Double-click one to fill it in."), self)
            note.setObjectName("demoNote")
            note.setWordWrap(True)
            self.layout().insertWidget(1, note)
            model = RecordTableModel(
                [
                    Column("user", self.tr("User name"), lambda a: a[0]),
                    Column("role", self.tr("Role"), lambda a: role_label(a[2])),
                    Column("password", self.tr("Password"), lambda a: a[3]),
                ],
                parent=self,
            )
            model.set_rows(list(demo_accounts))
            self.demo_table = QTableView(self)
            self.demo_table.setObjectName("demoAccounts")
            self.demo_table.setModel(model)
            self.demo_table.verticalHeader().setVisible(False)
            self.demo_table.horizontalHeader().setStretchLastSection(True)
            self.demo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.demo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.demo_table.resizeRowsToContents()
            rows_height = sum(self.demo_table.rowHeight(i) for i in range(model.rowCount()))
            self.demo_table.setFixedHeight(rows_height + self.demo_table.horizontalHeader().sizeHint().height() + 4)
            self.demo_table.doubleClicked.connect(lambda i: self._fill(model.row_at(i.row())))
            self.layout().insertWidget(2, self.demo_table)
        self.username.setFocus()

    def _fill(self, account) -> None:
        self.username.setText(account[0])
        self.password.setText(account[3])
        self.password.setFocus()

    def collect(self):
        return self.username.text(), self.password.text()

    def save(self, data) -> None:
        try:
            self.result_login = self.ui.auth.login(*data)
        except DomainError:
            self.password.clear()
            raise
        return None


class FirstAdminDialog(FormDialog):
    """First start of a real installation: there is no account and no default password."""

    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(self.tr("First start: create the administrator"), parent)
        self.ui = ui
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "No account exists yet. Create the administrator's account: it manages the other "
            "accounts, the settings and the backups. Keep the password safe; there is no default password."
        ), self)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.username = self.add_field("username", self.tr("User name"), QLineEdit(), required=True)
        self.display_name = self.add_field("display_name", self.tr("Full name"), QLineEdit())
        self.password = self.add_field("password", self.tr("Password"), _password_edit(), required=True)
        self.confirm = self.add_field("confirm_password", self.tr("Repeat the password"), _password_edit(), required=True)
        hint = QLabel(self.tr("At least 8 characters, with 3 of: lower-case letters, capitals, digits, symbols."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create and log in"))
        self.result_login = None

    def collect(self):
        return self.username.text(), self.display_name.text(), self.password.text(), self.confirm.text()

    def save(self, data) -> int:
        user_id = self.ui.auth.create_first_admin(*data)
        self.result_login = self.ui.auth.login(data[0], data[2])
        return user_id


class ChangePasswordDialog(FormDialog):
    """The acting user's own password: forced after a reset or when it expired."""

    def __init__(self, ui: UiContext, reason: str = "", parent=None) -> None:
        super().__init__(self.tr("Change password"), parent)
        self.ui = ui
        self.setMinimumWidth(500)
        if reason:
            text = {
                "expired": self.tr("Your password has expired. Choose a new one to continue."),
                "reset": self.tr("Your password was set by the administrator. Choose your own to continue."),
            }.get(reason, "")
            note = QLabel(text, self)
            note.setObjectName("demoNote")
            note.setWordWrap(True)
            self.form.insertRow(0, note)
        self.old = self.add_field("old_password", self.tr("Current password"), _password_edit(), required=True)
        self.new = self.add_field("new_password", self.tr("New password"), _password_edit(), required=True)
        self.confirm = self.add_field("confirm_password", self.tr("Repeat the password"), _password_edit(), required=True)

    def collect(self):
        return self.old.text(), self.new.text(), self.confirm.text()

    def save(self, data) -> None:
        self.ui.auth.change_password(*data)
        return None


class LockDialog(QDialog):
    """The screen lock after idle minutes: only the logged-in user's password opens it again."""

    def __init__(self, ui: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Screen locked"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.account_locked = False
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("The screen is locked"), self)
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        who = QLabel(self.tr("Logged in as %1. Enter the password to continue.")
                     .replace("%1", ui.actor.display_name or ui.actor.username), self)
        who.setWordWrap(True)
        lay.addWidget(who)
        self.password = _password_edit()
        self.password.setObjectName("password")
        lay.addWidget(self.password)
        self.error = FieldError(self)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit the program"), QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.password.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Esc must not unlock
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def try_unlock(self) -> None:
        try:
            self.ui.auth.unlock_screen(self.password.text())
        except (DomainError, ValidationError) as e:
            self.password.clear()
            self.error.show_text(messages.describe(e))
            if isinstance(e, DomainError) and e.code in ("login.locked_now", "login.locked", "login.inactive"):
                self.account_locked = True
                self.quit_button.setFocus()
                self.unlock_button.setEnabled(False)
            return
        self.accept()
