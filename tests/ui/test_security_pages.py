"""Accounts, audit trail and security settings pages, as the administrator and the auditor use them."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QPushButton
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.services.auth import DEMO_ACCOUNTS, create_demo_accounts
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.pages import audit as audit_module
from govhr_desktop.ui.pages.audit import AuditPage
from govhr_desktop.ui.pages.security import SecurityPage
from govhr_desktop.ui.pages.users import (
    LOCKED_BACKGROUND,
    ResetPasswordDialog,
    UserDialog,
    UsersPage,
)

PASSWORD = {username: password for username, _n, _r, password in DEMO_ACCOUNTS}


@pytest.fixture
def ui(ui_ctx):
    if not ui_ctx.auth.has_users():
        create_demo_accounts(ui_ctx.services)
    return ui_ctx


def as_role(ui: UiContext, role: str) -> UiContext:
    return UiContext(ServiceContext(ui.services.db, actor=Actor.for_role("x" + role, role)), ui.paths)


def user(ui, username: str):
    return next(u for u in ui.auth.users() if u.username == username)


def lock(ui, username: str) -> None:
    for _ in range(5):
        with pytest.raises(DomainError):
            ui.auth.login(username, "not the password")


def save(dlg) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def with_modal(qtbot, start, interact) -> None:
    """Call ``start`` (which opens a modal dialog) and ``interact`` with that dialog meanwhile."""
    failures = []

    def handle():
        dlg = QApplication.activeModalWidget()
        try:
            assert dlg is not None, "no dialog opened"
            interact(dlg)
        except BaseException as e:  # noqa: BLE001 - re-raised below, after the dialog closed
            failures.append(e)
        finally:
            if dlg is not None and dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, handle)
    start()
    if failures:
        raise failures[0]


def click(page, name: str) -> None:
    page.findChild(QPushButton, name).click()


@pytest.fixture
def users_page(qtbot, ui):
    page = UsersPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.reload()
    return page


def shown(page, col: int) -> list[str]:
    return [page.proxy.index(i, col).data() for i in range(page.proxy.rowCount())]


# --- accounts -----------------------------------------------------------------------------------


def test_new_account_refuses_a_weak_password_then_saves(qtbot, users_page, ui, type_text):
    assert set(shown(users_page, 0)) == set(PASSWORD)

    def fill(dlg):
        assert isinstance(dlg, UserDialog)
        type_text(dlg.username, "zhangwei")
        type_text(dlg.display_name, "张伟")
        dlg.role.setCurrentIndex(dlg.role.findData("personnel"))
        assert "8" in dlg.findChild(QLabel, "passwordHint").text()
        type_text(dlg.password, "zhang123")
        type_text(dlg.confirm, "zhang123")
        save(dlg)
        assert dlg.isVisible()
        assert dlg.error_text("password")  # too simple: 2 of 4 character classes
        assert "3" in dlg.error_text("password")
        assert "zhangwei" not in [u.username for u in ui.auth.users()]
        dlg.password.setText("Qs#2026good")
        dlg.confirm.setText("Qs#2026goox")
        save(dlg)
        assert dlg.error_text("confirm_password") and not dlg.error_text("password")
        dlg.confirm.setText("Qs#2026good")
        qtbot.keyClick(dlg.confirm, Qt.Key.Key_Return)
        assert not dlg.isVisible()

    with_modal(qtbot, lambda: click(users_page, "addButton"), fill)
    created = user(ui, "zhangwei")
    assert (created.display_name, created.role, created.must_change_password) == ("张伟", "personnel", True)
    assert users_page.selected_row().username == "zhangwei"
    assert "zhangwei" in shown(users_page, 0)
    result = ui.auth.login("zhangwei", "Qs#2026good")
    assert result.must_change_password and result.reason == "reset"


def test_duplicate_user_name_is_reported_under_the_field(qtbot, ui):
    dlg = UserDialog(ui)
    qtbot.addWidget(dlg)
    dlg.username.setText("renshi")
    dlg.password.setText("Qs#2026good")
    dlg.confirm.setText("Qs#2026good")
    save(dlg)
    assert "renshi" in dlg.error_text("username")


def test_locked_account_is_highlighted_and_unlocked(qtbot, users_page, ui):
    lock(ui, "renshi")
    users_page.reload()
    renshi = user(ui, "renshi")
    users_page.select_id(renshi.id)
    row = users_page.table.currentIndex().row()
    assert renshi.locked_until.strftime("%H:%M") in users_page.proxy.index(row, 3).data()
    assert users_page.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == LOCKED_BACKGROUND
    assert users_page.unlock_button.isEnabled()
    with pytest.raises(DomainError) as e:
        ui.auth.login("renshi", PASSWORD["renshi"])
    assert e.value.code == "login.locked"
    click(users_page, "unlockButton")
    assert not user(ui, "renshi").locked()
    assert users_page.selected_row().username == "renshi" and not users_page.unlock_button.isEnabled()
    row = users_page.table.currentIndex().row()
    assert users_page.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert ui.auth.login("renshi", PASSWORD["renshi"]).actor.role == "personnel"


def test_reset_password_sets_a_temporary_one_and_lifts_the_lock(qtbot, users_page, ui):
    lock(ui, "chuangkou")
    users_page.reload()
    users_page.select_id(user(ui, "chuangkou").id)

    def reset(dlg):
        assert isinstance(dlg, ResetPasswordDialog)
        dlg.password.setText("chuangkou#2026A")
        dlg.confirm.setText("chuangkou#2026A")
        save(dlg)
        assert dlg.error_text("password")  # contains the user name
        dlg.password.setText("Temp#2026pass")
        dlg.confirm.setText("Temp#2026pass")
        save(dlg)

    with_modal(qtbot, lambda: click(users_page, "resetButton"), reset)
    after = user(ui, "chuangkou")
    assert after.must_change_password and not after.locked()
    with pytest.raises(DomainError):
        ui.auth.login("chuangkou", PASSWORD["chuangkou"])
    result = ui.auth.login("chuangkou", "Temp#2026pass")
    assert result.must_change_password and result.reason == "reset"


def test_edit_account_and_the_last_administrator_is_kept(qtbot, users_page, ui):
    lingdao = user(ui, "lingdao")
    users_page.select_id(lingdao.id)

    def edit(dlg):
        assert dlg.username.isReadOnly() and dlg.password is None
        dlg.display_name.setText("李主任")
        dlg.active.setChecked(False)
        save(dlg)

    with_modal(qtbot, lambda: click(users_page, "editButton"), edit)
    after = user(ui, "lingdao")
    assert (after.display_name, after.active) == ("李主任", False)
    users_page.state_filter.setCurrentIndex(users_page.state_filter.findData("inactive"))
    assert shown(users_page, 0) == ["lingdao"]
    with pytest.raises(DomainError) as e:
        ui.auth.login("lingdao", PASSWORD["lingdao"])
    assert e.value.code == "login.inactive"

    dlg = UserDialog(ui, user(ui, "admin"))
    qtbot.addWidget(dlg)
    dlg.role.setCurrentIndex(dlg.role.findData("leader"))
    save(dlg)
    assert dlg.error_text("role")
    assert user(ui, "admin").role == "admin"


def test_accounts_page_for_a_role_without_the_permission(qtbot, ui):
    clerk = as_role(ui, "personnel")
    page = UsersPage(clerk)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 0
    assert not page.findChild(QPushButton, "addButton").isEnabled()
    assert not ui.audit.list(username="xpersonnel")  # nothing was attempted, nothing refused


# --- audit trail ----------------------------------------------------------------------------------


@pytest.fixture
def audit_page(qtbot, ui):
    page = AuditPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def do_account_work(ui) -> dict[str, int]:
    """What an administrator does in a morning: every step writes audit entries."""
    new_id = ui.auth.create_user("wangfang", "王芳", "window_clerk", "Wf#2026start", "Wf#2026start")
    lock(ui, "renshi")
    renshi = user(ui, "renshi")
    ui.auth.unlock(renshi.id)
    ui.auth.reset_password(renshi.id, "Temp#2026pass", "Temp#2026pass")
    ui.auth.update_user(new_id, "王芳（窗口）", "window_clerk", True)
    return {"wangfang": new_id, "renshi": renshi.id}


def test_audit_page_lists_and_filters_what_the_actions_wrote(qtbot, ui, audit_page):
    ids = do_account_work(ui)
    audit_page.reload()
    actions = shown(audit_page, 3)
    for action in ("新建账号", "登录", "解锁账号", "重置密码", "编辑账号"):  # user.create, login, ...
        assert action in actions
    assert int(shown(audit_page, 0)[0]) > int(shown(audit_page, 0)[-1])  # newest first
    failed = [i for i in range(audit_page.proxy.rowCount()) if audit_page.proxy.index(i, 3).data() == "登录"]
    assert len(failed) == 5
    assert audit_page.proxy.index(failed[0], 1).data(Qt.ItemDataRole.BackgroundRole) is not None

    everything = audit_page.proxy.rowCount()
    assert "renshi" in [audit_page.user_filter.itemText(i) for i in range(audit_page.user_filter.count())]
    user_box = audit_page.user_filter.lineEdit()
    qtbot.keyClicks(user_box, "renshi")
    qtbot.keyClick(user_box, Qt.Key.Key_Return)
    assert set(shown(audit_page, 2)) == {"renshi"} and audit_page.proxy.rowCount() == 5
    user_box.clear()
    qtbot.keyClick(user_box, Qt.Key.Key_Return)
    assert audit_page.proxy.rowCount() == everything
    audit_page.user_filter.setCurrentIndex(audit_page.user_filter.findData(ui.actor.username))
    assert set(shown(audit_page, 2)) == {ui.actor.username}
    audit_page.user_filter.setCurrentIndex(0)
    assert audit_page.proxy.rowCount() == everything
    audit_page.action_filter.setCurrentIndex(audit_page.action_filter.findData("user."))
    codes = [audit_page.proxy.index(i, 3).data(Qt.ItemDataRole.ToolTipRole) for i in range(audit_page.proxy.rowCount())]
    assert codes and {a.split(".")[0] for a in codes} == {"user"}
    audit_page.action_filter.setCurrentIndex(0)
    qtbot.keyClicks(audit_page.record_filter, "wangfang")
    qtbot.keyClick(audit_page.record_filter, Qt.Key.Key_Return)
    assert set(shown(audit_page, 3)) == {"新建账号", "编辑账号"}  # user.create, user.update

    audit_page.select_id(max(r.id for r in audit_page.model.rows()))  # the update
    detail = audit_page.detail.toPlainText()
    assert "王芳（窗口）" in detail and "王芳" in detail and "→" in detail
    assert f"#{ids['wangfang']}" in shown(audit_page, 4)[0]

    audit_page.record_filter.clear()
    yesterday = QDate.currentDate().addDays(-1)
    audit_page.to_date.setDate(yesterday)
    audit_page.from_date.setDate(yesterday.addDays(-7))
    click(audit_page, "searchButton")
    assert audit_page.proxy.rowCount() == 0
    audit_page.to_date.setDate(QDate.currentDate())
    click(audit_page, "searchButton")
    assert audit_page.proxy.rowCount() > 10


def test_audit_page_says_when_only_the_newest_entries_are_shown(monkeypatch, ui, audit_page):
    do_account_work(ui)
    monkeypatch.setattr(audit_module, "LIMIT", 4)
    audit_page.reload()
    assert audit_page.model.rowCount() == 4
    assert "4" in audit_page.count_label.text().split("—")[-1]
    monkeypatch.setattr(audit_module, "LIMIT", 5000)
    audit_page.reload()
    assert "—" not in audit_page.count_label.text()


def test_check_integrity_then_a_tampered_entry_is_named_and_selected(monkeypatch, ui, audit_page):
    do_account_work(ui)
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    audit_page.reload()
    click(audit_page, "checkButton")
    entries = ui.audit.verify().entries - 1  # this check sees the page's own check, recorded after it
    assert len(told) == 1 and str(entries) in told[0] and not warned

    victim = sorted(r.id for r in audit_page.model.rows())[3]
    with closing(sqlite3.connect(ui.paths.database)) as raw:
        raw.execute("DROP TRIGGER audit_entry_no_update")
        raw.execute("DROP TRIGGER audit_entry_no_delete")
        raw.execute("UPDATE audit_entry SET detail = 'nothing to see' WHERE id = ?", (victim,))
        raw.commit()
    audit_page.table.clearSelection()
    check = audit_page.check_integrity()
    assert check.first_broken_id == victim and check.reason == "hash"
    assert len(warned) == 1 and f"第 {victim} 号" in warned[0]
    assert audit_page.selected_row().id == victim
    assert "nothing to see" in audit_page.detail.toPlainText()


def test_audit_export_carries_before_and_after_and_is_itself_audited(tmp_path, ui, audit_page):
    from govhr_desktop.exchange.readers import read_table

    do_account_work(ui)
    audit_page.action_filter.setCurrentIndex(audit_page.action_filter.findData("user."))
    path = audit_page.export_xlsx(str(tmp_path / "audit.xlsx"))
    table = read_table(path)
    header_at = next(i for i, r in enumerate(table) if r and r[0] == audit_page.model.columns[0].header)
    assert table[header_at][-2:] == [audit_page.tr("Before"), audit_page.tr("After")]
    rows = table[header_at + 1:]
    assert len(rows) == audit_page.proxy.rowCount() > 0
    update = next(r for r in rows if r[3] == "编辑账号")  # user.update
    assert "王芳（窗口）" in str(update[-1]) and "王芳" in str(update[-2])
    exports = ui.audit.list(action="export")
    assert exports and exports[0].username == ui.actor.username


def test_audit_page_needs_the_auditor_permission(qtbot, ui):
    page = AuditPage(as_role(ui, "admin"))  # separation of duties: the administrator does not read it
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 0
    auditor = AuditPage(as_role(ui, "auditor"))
    qtbot.addWidget(auditor)
    auditor.reload()
    assert auditor.model.rowCount() > 0


# --- security settings ------------------------------------------------------------------------------


@pytest.fixture
def security_page(qtbot, ui):
    page = SecurityPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def test_security_page_saves_a_tightened_policy(qtbot, ui, security_page):
    assert security_page.spins["min_length"].value() == 8
    type_into(qtbot, security_page.spins["min_length"], "12")
    type_into(qtbot, security_page.spins["lockout_attempts"], "3")
    type_into(qtbot, security_page.spins["idle_lock_minutes"], "10")
    security_page.save_button.click()
    policy = ui.security.policy()
    assert (policy.min_length, policy.lockout_attempts, policy.idle_lock_minutes) == (12, 3, 10)
    assert ui.audit.list(action="settings.security")[0].after
    # the next account must follow it
    dlg = UserDialog(ui)
    qtbot.addWidget(dlg)
    dlg.username.setText("zhaolei")
    dlg.password.setText("Zl#2026ab")
    dlg.confirm.setText("Zl#2026ab")
    save(dlg)
    assert "12" in dlg.error_text("password")


def test_security_page_refuses_values_out_of_range(qtbot, ui, security_page):
    spin = security_page.spins["min_classes"]
    type_into(qtbot, spin, "2")  # 3 or 4 only: the box does not take it
    spin.interpretText()
    assert spin.value() in (3, 4)
    # the service checks too, and says so under the field
    monkey_policy = replace(ui.security.policy(), lockout_attempts=20, audit_retention_days=30)
    security_page.collect = lambda: monkey_policy
    assert not security_page.save()
    assert "10" in security_page.error_text("lockout_attempts")
    assert "180" in security_page.error_text("audit_retention_days")
    assert not security_page.error_text("min_length")
    assert ui.security.policy().lockout_attempts == 5


def test_security_page_is_read_only_without_the_permission(qtbot, ui):
    page = SecurityPage(as_role(ui, "auditor"))
    qtbot.addWidget(page)
    page.reload()
    assert not page.save_button.isEnabled() and not page.spins["min_length"].isEnabled()


def test_an_expired_password_is_marked(users_page, ui):
    long_ago = (datetime.now() - timedelta(days=120)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with ui.services.transaction() as s:
        s.execute(text("UPDATE user_account SET password_changed_at = :t WHERE username = 'shenji'"), {"t": long_ago})
    users_page.reload()
    marker = users_page.tr("(expired)")
    marked = [name for name, changed in zip(shown(users_page, 0), shown(users_page, 5)) if marker in changed]
    assert marked == ["shenji"]
