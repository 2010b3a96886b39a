"""Each role tries what it must not do: the service refuses (not only the UI) and audits it."""

from datetime import date

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.records import CenterInput, HomeUnitInput, StaffInput, WindowInput, ZoneInput
from govhr_desktop.domain.security import ROLES, Actor
from govhr_desktop.services.audit import AuditService
from govhr_desktop.services.auth import AuthService
from govhr_desktop.services.backup import BackupService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.center import CenterService
from govhr_desktop.services.dashboard import DashboardService
from govhr_desktop.services.organisation import HomeUnitService, ZoneService
from govhr_desktop.services.settings import SettingsService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.windows import WindowService
from govhr_desktop.domain.security import SecurityPolicy


def as_role(demo_ctx, role):
    return ServiceContext(demo_ctx.db, actor=Actor.for_role(f"test_{role}", role))


def staff_input(ctx):
    unit = HomeUnitService(ServiceContext(ctx.db)).list()[0]
    return StaffInput(name="新人", id_number="34052419800101001X", home_unit_id=unit.id,
                      employment_type="contract", joined_center_on=date(2024, 1, 1))


def attempts(ctx, demo_paths):
    """(name, permission it needs, call) for one representative call of every guarded service."""
    some_staff = StaffService(ServiceContext(ctx.db)).list()[0].id
    return [
        ("staff.list", "records.read", lambda: StaffService(ctx).list()),
        ("dashboard", "records.read", lambda: DashboardService(ctx).key_figures()),
        ("staff.save", "staff.write", lambda: StaffService(ctx).save(staff_input(ctx))),
        ("staff.return", "staff.write", lambda: StaffService(ctx).deactivate(some_staff)),
        ("staff.reveal", "personal.reveal", lambda: StaffService(ctx).reveal(some_staff)),
        ("home_unit.save", "org.write", lambda: HomeUnitService(ctx).save(HomeUnitInput("某某局全称", "某某局"))),
        ("zone.save", "org.write", lambda: ZoneService(ctx).save(ZoneInput("新区域"))),
        ("window.save", "org.write", lambda: WindowService(ctx).save(WindowInput("Z99", "新窗口", 1, "comprehensive"))),
        ("center.save", "center.write", lambda: CenterService(ctx).save(CenterInput("某中心", "某政服"))),
        ("users", "users.manage", lambda: AuthService(ctx).users()),
        ("security", "security.settings", lambda: SettingsService(ctx).save_policy(SecurityPolicy())),
        ("backup", "backup.manage", lambda: BackupService(ctx, demo_paths).backup_now()),
        ("audit", "audit.read", lambda: AuditService(ctx).list()),
    ]


@pytest.mark.parametrize("role", sorted(ROLES))
def test_every_role_is_refused_what_it_lacks(demo_ctx, demo_paths, role):
    ctx = as_role(demo_ctx, role)
    refused = 0
    for name, permission, call in attempts(ctx, demo_paths):
        if permission in ROLES[role]:
            continue
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied", name
        refused += 1
    assert refused >= 1  # every role lacks something (the administrator: the audit trail)
    with demo_ctx.db.engine.connect() as c:
        denied = c.execute(text("SELECT count(*) FROM audit_entry WHERE username = :u AND result = 'denied'"),
                           {"u": f"test_{role}"}).scalar()
    assert denied == refused


def test_auditor_reads_only_the_audit_trail(demo_ctx):
    ctx = as_role(demo_ctx, "auditor")
    assert isinstance(AuditService(ctx).list(), list)
    with pytest.raises(DomainError):
        StaffService(ctx).list()


def test_window_clerk_sees_masked_numbers_and_cannot_reveal(demo_ctx):
    ctx = as_role(demo_ctx, "window_clerk")
    people = StaffService(ctx).list()
    assert all("********" in p.id_number for p in people)
    assert all("****" in p.mobile for p in people if p.mobile)
    with pytest.raises(DomainError):
        StaffService(ctx).reveal(people[0].id)


def test_reveal_is_audited(demo_ctx):
    ctx = as_role(demo_ctx, "personnel")
    person = StaffService(ctx).list()[3]
    full = StaffService(ctx).reveal(person.id, "shown on screen")
    assert len(full.id_number) == 18 and "*" not in full.id_number
    with demo_ctx.db.engine.connect() as c:
        row = c.execute(text("SELECT username, record_id, detail FROM audit_entry WHERE action = 'personal.reveal'")).one()
    assert row == ("test_personnel", str(person.id), "shown on screen")


def test_changes_are_audited_with_before_and_after(demo_ctx):
    ctx = as_role(demo_ctx, "window_clerk")
    zone = ZoneService(ctx).list()[0]
    ZoneService(ctx).save(ZoneInput(zone.name, "9F", zone.description), zone.id)
    rows = AuditService(ServiceContext(demo_ctx.db)).list(action="zone.update")
    assert rows[0].username == "test_window_clerk"
    assert '"floor": "9F"' in rows[0].after and f'"floor": "{zone.floor}"' in rows[0].before


def count_entries(ctx) -> int:
    with ctx.db.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM audit_entry")).scalar()


def test_a_failed_change_leaves_no_audit_entry(demo_ctx):
    ctx = ServiceContext(demo_ctx.db)
    before = count_entries(ctx)
    with pytest.raises(Exception):
        ZoneService(ctx).save(ZoneInput(ZoneService(ctx).list()[0].name))  # duplicate name
    assert count_entries(ctx) == before


def test_cutting_the_newest_entries_is_noticed(demo_ctx):
    import sqlite3

    ctx = ServiceContext(demo_ctx.db)
    zone = ZoneService(ctx).list()[0]
    for floor in ("5F", "6F"):
        ZoneService(ctx).save(ZoneInput(zone.name, floor), zone.id)
    raw = sqlite3.connect(demo_ctx.db.path)
    raw.execute("DROP TRIGGER audit_entry_no_delete")
    last = raw.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    raw.execute("DELETE FROM audit_entry WHERE id = ?", (last,))
    raw.commit()
    raw.close()
    check = AuditService(ctx).verify()
    assert (check.first_broken_id, check.reason) == (last, "tail")
