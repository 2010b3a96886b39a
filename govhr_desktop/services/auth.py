"""Accounts: the first administrator, login with lockout, password changes, user management."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import (
    ROLES,
    USERS_MANAGE,
    Actor,
    check_password_strength,
    hash_password,
    verify_password,
)
from govhr_desktop.services.audit import snapshot, write_entry
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.settings import SettingsService

_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,40}$")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    password_changed_at: datetime
    must_change_password: bool
    last_login_at: datetime | None

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or datetime.now())


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool
    reason: str  # "" | "expired" | "reset"


def _models():
    from govhr_desktop.persistence.models import UserAccount

    return UserAccount


def _view(u) -> UserView:
    return UserView(u.id, u.username, u.display_name, u.role, u.active, u.failed_attempts, u.locked_until,
                    u.password_changed_at, u.must_change_password, u.last_login_at)


class AuthService(Service):
    # --- first start --------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self.ctx.connect() as c:
            return c.execute(text("SELECT 1 FROM user_account LIMIT 1")).first() is not None

    def create_first_admin(self, username: str, display_name: str, password: str, confirm: str) -> int:
        """Only on an installation without any account: there is no default password."""
        if self.has_users():
            raise DomainError("user.first_admin_exists")
        return self._create(username, display_name, "admin", password, confirm, must_change=False, by=username)

    # --- login, logout, lock screen -----------------------------------------------------------

    def login(self, username: str, password: str, *, now: datetime | None = None) -> LoginResult:
        now = now or datetime.now()
        policy = SettingsService(self.ctx).policy()
        UserAccount = _models()
        username = (username or "").strip()
        with self.ctx.transaction() as s:
            u = s.scalar(select(UserAccount).where(UserAccount.username == username))
            if u is None:
                write_entry(s, username or "?", "login", result="failed", detail="unknown user")
                failure = DomainError("login.failed", "password")
            elif not u.active:
                write_entry(s, username, "login", result="failed", detail="account deactivated")
                failure = DomainError("login.inactive", "username")
            elif u.locked_until is not None and u.locked_until > now:
                write_entry(s, username, "login", result="failed", detail="account locked")
                failure = DomainError("login.locked", "username", until=u.locked_until.strftime("%H:%M"))
            elif not verify_password(password, u.password_hash):
                failure = self._count_failure(s, u, now, policy, "login")
            else:
                u.failed_attempts, u.locked_until, u.last_login_at = 0, None, now
                expired = u.password_changed_at + timedelta(days=policy.max_age_days) < now
                write_entry(s, username, "login", record_type="user_account", record_id=u.id,
                            detail="password expired" if expired else "")
                actor = Actor.for_role(u.username, u.role, u.id, u.display_name)
                reason = "reset" if u.must_change_password else ("expired" if expired else "")
                return LoginResult(actor, bool(reason), reason)
        raise failure

    def _count_failure(self, s, u, now: datetime, policy, action: str) -> DomainError:
        u.failed_attempts += 1
        if u.failed_attempts >= policy.lockout_attempts:
            u.locked_until = now + timedelta(minutes=policy.lockout_minutes)
            u.failed_attempts = 0
            write_entry(s, u.username, action, record_type="user_account", record_id=u.id, result="failed",
                        detail=f"wrong password; account locked for {policy.lockout_minutes} min")
            return DomainError("login.locked_now", "password", minutes=policy.lockout_minutes)
        write_entry(s, u.username, action, record_type="user_account", record_id=u.id, result="failed",
                    detail="wrong password")
        return DomainError("login.wrong_password", "password", left=policy.lockout_attempts - u.failed_attempts)

    def unlock_screen(self, password: str, *, now: datetime | None = None) -> None:
        """The idle lock asks the logged-in user's password again; failures count to lockout."""
        now = now or datetime.now()
        policy = SettingsService(self.ctx).policy()
        UserAccount = _models()
        with self.ctx.transaction() as s:
            u = s.scalar(select(UserAccount).where(UserAccount.username == self.ctx.actor.username))
            if u is None or not u.active:
                raise DomainError("login.inactive", "username")
            if u.locked_until is not None and u.locked_until > now:
                write_entry(s, u.username, "unlock", result="failed", detail="account locked")
                failure = DomainError("login.locked", "password", until=u.locked_until.strftime("%H:%M"))
            elif verify_password(password, u.password_hash):
                u.failed_attempts = 0
                write_entry(s, u.username, "unlock", record_type="user_account", record_id=u.id)
                return
            else:
                failure = self._count_failure(s, u, now, policy, "unlock")
        raise failure

    def logout(self) -> None:
        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, "logout")

    def note_screen_locked(self) -> None:
        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, "screen.lock")

    def change_password(self, old: str, new: str, confirm: str, *, now: datetime | None = None) -> None:
        """The acting user changes their own password (after a reset, or when it expired)."""
        UserAccount = _models()
        policy = SettingsService(self.ctx).policy()
        with self.ctx.transaction() as s:
            u = s.scalar(select(UserAccount).where(UserAccount.username == self.ctx.actor.username))
            if u is None:
                raise DomainError("record.not_found", id=self.ctx.actor.username)
            errors = []
            if not verify_password(old, u.password_hash):
                errors.append(DomainError("password.old_wrong", "old_password"))
            try:
                check_password_strength(new, policy, username=u.username, field="new_password")
            except DomainError as e:
                errors.append(e)
            if new != confirm:
                errors.append(DomainError("password.mismatch", "confirm_password"))
            elif new == old:
                errors.append(DomainError("password.same_as_old", "new_password"))
            if errors:
                raise ValidationError(errors)
            u.password_hash = hash_password(new)
            u.password_changed_at = now or datetime.now()
            u.must_change_password = False
            self.audit(s, "password.change", u, after={"username": u.username})

    # --- user management (administrator) ------------------------------------------------------

    def users(self) -> list[UserView]:
        self.require(USERS_MANAGE, "user.list")
        UserAccount = _models()
        with self.ctx.read() as s:
            return [_view(u) for u in s.scalars(select(UserAccount).order_by(UserAccount.id))]

    def create_user(self, username: str, display_name: str, role: str, password: str, confirm: str) -> int:
        """A new account gets a temporary password it must change at its first login."""
        self.require(USERS_MANAGE, "user.create", username)
        return self._create(username, display_name, role, password, confirm, must_change=True, by=self.ctx.actor.username)

    def _create(self, username: str, display_name: str, role: str, password: str, confirm: str, *, must_change: bool, by: str) -> int:
        UserAccount = _models()
        username, display_name = (username or "").strip(), (display_name or "").strip()
        policy = SettingsService(self.ctx).policy()
        errors = []
        if not _USERNAME.match(username):
            errors.append(DomainError("user.username_shape", "username"))
        if role not in ROLES:
            errors.append(DomainError("required", "role"))
        try:
            check_password_strength(password, policy, username=username)
        except DomainError as e:
            errors.append(e)
        if password != confirm:
            errors.append(DomainError("password.mismatch", "confirm_password"))
        with self.ctx.transaction() as s:
            if s.scalar(select(UserAccount.id).where(UserAccount.username == username)) is not None:
                errors.append(DomainError("user.duplicate", "username", value=username))
            if errors:
                raise ValidationError(errors)
            u = UserAccount(username=username, display_name=display_name or username, role=role,
                            password_hash=hash_password(password), password_changed_at=datetime.now(),
                            must_change_password=must_change, failed_attempts=0, active=True)
            s.add(u)
            s.flush()
            write_entry(s, by, "user.create", record_type="user_account", record_id=u.id, record_label=username,
                        after=snapshot(u))
            return u.id

    def update_user(self, user_id: int, display_name: str, role: str, active: bool) -> None:
        self.require(USERS_MANAGE, "user.update")
        UserAccount = _models()
        if role not in ROLES:
            raise ValidationError([DomainError("required", "role")])
        with self.ctx.transaction() as s:
            u = get_or_fail(s, UserAccount, user_id)
            before = snapshot(u)
            if u.role == "admin" and u.active and (role != "admin" or not active):
                admins = s.scalar(select(func.count()).select_from(UserAccount)
                                  .where(UserAccount.role == "admin", UserAccount.active.is_(True)))
                if admins <= 1:
                    raise DomainError("user.last_admin", "role")
            u.display_name, u.role, u.active = (display_name or "").strip() or u.username, role, active
            self.audit(s, "user.update", u, before=before, label=u.username)

    def reset_password(self, user_id: int, password: str, confirm: str) -> None:
        """Set a temporary password (the user must change it) and lift a lockout."""
        self.require(USERS_MANAGE, "user.reset_password")
        UserAccount = _models()
        policy = SettingsService(self.ctx).policy()
        with self.ctx.transaction() as s:
            u = get_or_fail(s, UserAccount, user_id)
            errors = []
            try:
                check_password_strength(password, policy, username=u.username)
            except DomainError as e:
                errors.append(e)
            if password != confirm:
                errors.append(DomainError("password.mismatch", "confirm_password"))
            if errors:
                raise ValidationError(errors)
            u.password_hash = hash_password(password)
            u.password_changed_at = datetime.now()
            u.must_change_password, u.failed_attempts, u.locked_until = True, 0, None
            self.audit(s, "user.reset_password", u, label=u.username)

    def unlock(self, user_id: int) -> None:
        self.require(USERS_MANAGE, "user.unlock")
        UserAccount = _models()
        with self.ctx.transaction() as s:
            u = get_or_fail(s, UserAccount, user_id)
            u.failed_attempts, u.locked_until = 0, None
            self.audit(s, "user.unlock", u, label=u.username)


DEMO_ACCOUNTS = (
    ("admin", "系统管理员（演示）", "admin", "Guanli#2026"),
    ("renshi", "人事管理员（演示）", "personnel", "Rs#2026demo"),
    ("chuangkou", "窗口管理员（演示）", "window_clerk", "Ck#2026demo"),
    ("lingdao", "中心领导（演示）", "leader", "Ld#2026demo"),
    ("shenji", "安全审计员（演示）", "auditor", "Sj#2026demo"),
)


def create_demo_accounts(ctx) -> None:
    """One account per role for the demo center; their passwords are shown on its login screen."""
    svc = AuthService(ctx)
    for username, name, role, password in DEMO_ACCOUNTS:
        svc._create(username, name, role, password, password, must_change=False, by="system")
