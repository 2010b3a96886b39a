"""Accounts (administrator): create users with a temporary password, edit, reset, unlock.

Everything goes through ``AuthService``; its field errors appear under the dialog fields.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from govhr_desktop.domain.security import RECORDS_EXPORT, ROLES, USERS_MANAGE, SecurityPolicy
from govhr_desktop.services.auth import UserView
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.dialogs.form import FormDialog, combo, set_combo_data
from govhr_desktop.ui.dialogs.login import role_label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle

LOCKED_BACKGROUND = "#fde2e1"
INACTIVE_FOREGROUND = "#8a8a8a"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class _PasswordDialog(FormDialog):
    """Shared by the dialogs that set a temporary password."""

    def password_field(self, key: str, text: str) -> QLineEdit:
        edit = self.add_field(key, text, QLineEdit(), required=True)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(128)
        return edit

    def policy_hint(self, policy: SecurityPolicy, *, new_account: bool) -> QLabel:
        rule = self.tr("At least %1 characters with %2 of: lower-case letters, capitals, digits, symbols; "
                       "not containing the user name.")
        rule = rule.replace("%1", str(policy.min_length)).replace("%2", str(policy.min_classes))
        if new_account:
            when = self.tr("The user must change this temporary password at the first login.")
        else:
            when = self.tr("The user must change this temporary password at the next login; a lockout is lifted.")
        hint = QLabel(rule + "\n" + when, self)
        hint.setObjectName("passwordHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.form.addRow("", hint)
        return hint


class UserDialog(_PasswordDialog):
    """A new account (user name, full name, role, temporary password twice) or an edit
    (full name, role, active)."""

    def __init__(self, ui: UiContext, user: UserView | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit account") if user else self.tr("New account"), parent)
        self.ui, self.user_id = ui, user.id if user else None
        self.setMinimumWidth(480)
        self.username = self.add_field("username", self.tr("User name"), QLineEdit(), required=user is None)
        self.username.setMaxLength(40)
        self.display_name = self.add_field("display_name", self.tr("Full name"), QLineEdit())
        self.display_name.setMaxLength(40)
        self.display_name.setPlaceholderText(self.tr("e.g. 张伟 (shown in the audit trail)"))
        roles = [(role_label(r), r) for r in ROLES]
        self.role = self.add_field("role", self.tr("Role"), combo(roles), required=True)
        self.password = self.confirm = self.active = None
        if user is None:
            self.username.setPlaceholderText(self.tr("Used to log in, e.g. the name in pinyin"))
            set_combo_data(self.role, "window_clerk")
            self.password = self.password_field("password", self.tr("Temporary password"))
            self.confirm = self.password_field("confirm_password", self.tr("Repeat the password"))
            self.policy_hint(ui.security.policy(), new_account=True)
            self.username.setFocus()
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.username.setFrame(False)
            self.username.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.username.setToolTip(self.tr("A user name cannot be changed; it identifies the user in the audit trail."))
            self.display_name.setText(user.display_name)
            set_combo_data(self.role, user.role)
            self.active = self.add_field("active", self.tr("Active"), QCheckBox(self.tr("may log in")))
            self.active.setChecked(user.active)
            self.display_name.setFocus()

    def collect(self) -> dict:
        data = {"display_name": self.display_name.text(), "role": self.role.currentData()}
        if self.user_id is None:
            data.update(username=self.username.text(), password=self.password.text(), confirm=self.confirm.text())
        else:
            data["active"] = self.active.isChecked()
        return data

    def save(self, data: dict) -> int:
        if self.user_id is None:
            return self.ui.auth.create_user(data["username"], data["display_name"], data["role"],
                                            data["password"], data["confirm"])
        self.ui.auth.update_user(self.user_id, data["display_name"], data["role"], data["active"])
        return self.user_id


class ResetPasswordDialog(_PasswordDialog):
    """A new temporary password for someone who forgot theirs; it also lifts a lockout."""

    def __init__(self, ui: UiContext, user: UserView, parent=None) -> None:
        super().__init__(self.tr("Reset password"), parent)
        self.ui, self.user_id = ui, user.id
        self.setMinimumWidth(460)
        who = QLabel(f"{user.display_name}（{user.username}）", self)
        who.setObjectName("who")
        self.form.addRow(self.tr("Account"), who)
        self.password = self.password_field("password", self.tr("New temporary password"))
        self.confirm = self.password_field("confirm_password", self.tr("Repeat the password"))
        self.policy_hint(ui.security.policy(), new_account=False)
        self.password.setFocus()

    def collect(self) -> tuple[str, str]:
        return self.password.text(), self.confirm.text()

    def save(self, data: tuple[str, str]) -> int:
        self.ui.auth.reset_password(self.user_id, *data)
        return self.user_id


class UsersPage(ListPage):
    settings_key = "users"
    write_permission = USERS_MANAGE
    _max_age_days = SecurityPolicy().max_age_days

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.state_filter = self.add_filter(
            "stateFilter",
            [(self.tr("All accounts"), None), (self.tr("Active"), "active"), (self.tr("Locked"), "locked"),
             (self.tr("Deactivated"), "inactive")],
            lambda u, v: self._state_code(u) == v,
        )
        m = USERS_MANAGE
        self.add_button(self.tr("New account"), self.add_user, name="addButton", shortcut="Ctrl+N", permission=m)
        self.edit_button = self.add_button(self.tr("Edit"), self.edit_selected, name="editButton", permission=m)
        self.reset_button = self.add_button(self.tr("Reset password…"), self.reset_password, name="resetButton", permission=m)
        self.unlock_button = self.add_button(self.tr("Unlock"), self.unlock_selected, name="unlockButton", permission=m)
        self.add_button(self.tr("Export Excel…"), lambda: self.export_xlsx(), name="exportButton", permission=RECORDS_EXPORT)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Accounts")

    def search_placeholder(self) -> str:
        return self.tr("User name or full name (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("username", self.tr("User name"), lambda u: u.username, width=110),
            Column("display_name", self.tr("Full name"), lambda u: u.display_name, width=160),
            Column("role", self.tr("Role"), lambda u: role_label(u.role), width=180),
            Column("state", self.tr("State"), self._state_text, width=140),
            Column("last_login", self.tr("Last login"), lambda u: _when(u.last_login_at),
                   sort=lambda u: _when(u.last_login_at), width=130),
            Column("password_changed", self.tr("Password changed"), self._password_changed_text,
                   sort=lambda u: _when(u.password_changed_at), width=170),
            Column("must_change", self.tr("Must change password"),
                   lambda u: self.tr("Yes") if u.must_change_password else self.tr("No")),
        ]

    def search_key(self, u: UserView) -> str:
        return f"{u.username} {u.display_name} {role_label(u.role)}"

    @staticmethod
    def _state_code(u: UserView) -> str:
        if not u.active:
            return "inactive"
        return "locked" if u.locked() else "active"

    def _state_text(self, u: UserView) -> str:
        code = self._state_code(u)
        if code == "inactive":
            return self.tr("Deactivated")
        if code == "active":
            return self.tr("Active")
        until = u.locked_until
        fmt = "%H:%M" if until.date() == datetime.now().date() else "%m-%d %H:%M"
        return self.tr("Locked until %1").replace("%1", until.strftime(fmt))

    def _password_changed_text(self, u: UserView) -> str:
        text = _when(u.password_changed_at)
        if u.password_changed_at + timedelta(days=self._max_age_days) < datetime.now():
            text += " " + self.tr("(expired)")
        return text

    def row_style(self) -> RowStyle:
        return RowStyle(
            background=lambda u: LOCKED_BACKGROUND if u.active and u.locked() else None,
            foreground=lambda u: None if u.active else INACTIVE_FOREGROUND,
        )

    def fetch(self) -> list[UserView]:
        if not self.ui.can(USERS_MANAGE):
            return []
        self._max_age_days = self.ui.security.policy().max_age_days
        return self.ui.auth.users()

    def reload(self) -> None:
        super().reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        u = self.selected_row() if self.ui.can(USERS_MANAGE) else None
        for b in (self.edit_button, self.reset_button):
            b.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and u.locked())

    # --- actions ------------------------------------------------------------------------------

    def add_user(self) -> None:
        if self.open_dialog(UserDialog(self.ui, None, self)):
            self.notify(self.tr("Account created. Give the user the temporary password; "
                                "they must change it at the first login."))

    def edit_selected(self) -> None:
        u = self.selected_row()
        if u is not None:
            self.open_dialog(UserDialog(self.ui, u, self))

    def reset_password(self) -> None:
        u = self.selected_row()
        if u is not None and self.open_dialog(ResetPasswordDialog(self.ui, u, self)):
            self.notify(self.tr("New temporary password set for %1; they must change it at the next login.")
                        .replace("%1", u.username))

    def unlock_selected(self) -> None:
        u = self.selected_row()
        if u is not None and self.run_action(lambda: self.ui.auth.unlock(u.id)):
            self.notify(self.tr("Account %1 unlocked.").replace("%1", u.username))
