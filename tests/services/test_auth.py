from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import check_password_strength, SecurityPolicy, hash_password, verify_password
from govhr_desktop.services.auth import AuthService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.settings import SettingsService


@pytest.fixture
def auth(ctx):
    svc = AuthService(ctx)
    svc.create_first_admin("zhangadmin", "张管理", "Strong#2026", "Strong#2026")
    return svc


def test_password_rules():
    p = SecurityPolicy()
    for bad, code in (("Ab1!", "password.too_short"), ("abcdefgh1", "password.too_simple"), ("Zhang#2026x", None)):
        if code:
            with pytest.raises(DomainError) as e:
                check_password_strength(bad, p)
            assert e.value.code == code
        else:
            check_password_strength(bad, p)
    h = hash_password("Strong#2026")
    assert h.startswith("scrypt$16384$8$1$") and verify_password("Strong#2026", h) and not verify_password("strong#2026", h)


def test_first_admin_only_once(auth):
    with pytest.raises(DomainError) as e:
        auth.create_first_admin("other", "", "Strong#2026", "Strong#2026")
    assert e.value.code == "user.first_admin_exists"


def test_login_and_lockout_after_five_failures(auth, ctx):
    now = datetime(2026, 11, 21, 9, 0)
    for i in range(4):
        with pytest.raises(DomainError) as e:
            auth.login("zhangadmin", "wrong", now=now)
        assert e.value.code == "login.wrong_password" and e.value.params["left"] == 4 - i
    with pytest.raises(DomainError) as e:
        auth.login("zhangadmin", "wrong", now=now)
    assert e.value.code == "login.locked_now"
    with pytest.raises(DomainError) as e:  # even the right password is refused while locked
        auth.login("zhangadmin", "Strong#2026", now=now + timedelta(minutes=5))
    assert e.value.code == "login.locked"
    result = auth.login("zhangadmin", "Strong#2026", now=now + timedelta(minutes=16))
    assert result.actor.role == "admin" and not result.must_change_password
    with ctx.db.engine.connect() as c:
        results = [r for (r,) in c.execute(text("SELECT result FROM audit_entry WHERE action = 'login' ORDER BY id"))]
    assert results == ["failed"] * 6 + ["ok"]


def test_unknown_user_and_wrong_password_look_the_same(auth):
    with pytest.raises(DomainError) as e:
        auth.login("nobody", "x")
    assert e.value.code == "login.failed"


def test_new_user_must_change_temporary_password(auth, ctx):
    admin_ctx = ServiceContext(ctx.db, actor=auth.login("zhangadmin", "Strong#2026").actor)
    admin = AuthService(admin_ctx)
    with pytest.raises(ValidationError) as e:
        admin.create_user("li", "李四", "personnel", "weakweak", "weakweak")
    assert e.value.errors[0].code == "password.too_simple"
    admin.create_user("li", "李四", "personnel", "Temp#12345", "Temp#12345")
    result = AuthService(ctx).login("li", "Temp#12345")
    assert result.must_change_password and result.reason == "reset"
    li = AuthService(ServiceContext(ctx.db, actor=result.actor))
    with pytest.raises(ValidationError) as e:
        li.change_password("Temp#12345", "Temp#12345", "Temp#12345")
    assert e.value.errors[0].code == "password.same_as_old"
    li.change_password("Temp#12345", "Mine#2026ok", "Mine#2026ok")
    assert not AuthService(ctx).login("li", "Mine#2026ok").must_change_password


def test_expired_password_forces_a_change(auth):
    result = auth.login("zhangadmin", "Strong#2026", now=datetime.now() + timedelta(days=91))
    assert result.must_change_password and result.reason == "expired"


def test_last_admin_cannot_be_demoted(auth, ctx):
    admin_ctx = ServiceContext(ctx.db, actor=auth.login("zhangadmin", "Strong#2026").actor)
    me = AuthService(admin_ctx).users()[0]
    with pytest.raises(DomainError) as e:
        AuthService(admin_ctx).update_user(me.id, "张", "personnel", True)
    assert e.value.code == "user.last_admin"


def test_thresholds_are_configurable_and_bounded(auth, ctx):
    settings = SettingsService(ctx)
    settings.save_policy(SecurityPolicy(lockout_attempts=3, lockout_minutes=30))
    assert settings.policy().lockout_attempts == 3
    for _ in range(2):
        with pytest.raises(DomainError):
            auth.login("zhangadmin", "bad")
    with pytest.raises(DomainError) as e:
        auth.login("zhangadmin", "bad")
    assert e.value.code == "login.locked_now" and e.value.params["minutes"] == 30
    with pytest.raises(ValidationError) as e:
        settings.save_policy(SecurityPolicy(min_length=4))
    assert e.value.errors[0].field == "min_length"


def test_unlock_screen_counts_failures(auth, ctx):
    actor = auth.login("zhangadmin", "Strong#2026").actor
    me = AuthService(ServiceContext(ctx.db, actor=actor))
    me.unlock_screen("Strong#2026")
    for _ in range(4):
        with pytest.raises(DomainError):
            me.unlock_screen("bad")
    with pytest.raises(DomainError) as e:
        me.unlock_screen("bad")
    assert e.value.code == "login.locked_now"


def test_demo_accounts_log_in(tmp_path):
    from govhr_desktop.bootstrap import open_data
    from govhr_desktop.paths import DataPaths
    from govhr_desktop.services.auth import DEMO_ACCOUNTS

    opened = open_data(DataPaths(tmp_path / "d"), demo=True)
    for username, _name, role, password in DEMO_ACCOUNTS:
        assert AuthService(opened.ctx).login(username, password).actor.role == role
    opened.ctx.db.dispose()
