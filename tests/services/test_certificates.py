"""Certificates and the 行政办事员 skill-level history: each rule broken on purpose, the expiring
list, the staff.skill_level cache, audit in the same transaction, roles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import AuditEntry, Staff
from govhr_desktop.persistence.models_training import Certificate, SkillLevelRecord
from govhr_desktop.services.attention import AttentionService
from govhr_desktop.services.certificates import CertificateInput, CertificateService

TODAY = date(2026, 3, 20)


@pytest.fixture
def svc(demo_ctx):
    return CertificateService(demo_ctx)


@pytest.fixture
def people(demo_ctx):
    """Two people at the center, and one who has returned to the home unit."""
    with demo_ctx.read() as s:
        here = list(s.execute(select(Staff.id, Staff.name).where(Staff.status == "on_duty").order_by(Staff.id).limit(2)))
        gone = s.execute(select(Staff.id, Staff.name).where(Staff.status == "returned").limit(1)).first()
    return here[0], here[1], gone


def codes(exc) -> set[tuple[str, str | None]]:
    errors = exc.value.errors if isinstance(exc.value, ValidationError) else [exc.value]
    return {(e.code, e.field) for e in errors}


def count(demo_ctx, model) -> int:
    with demo_ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def audit(demo_ctx, action: str) -> list[AuditEntry]:
    with demo_ctx.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def cert(staff_id, number="HR-001", issued=date(2025, 1, 10), expires=date(2027, 1, 9), name="消防安全培训合格证"):
    return CertificateInput(staff_id, name, number, "县消防救援大队", issued, expires)


def skill(demo_ctx, staff_id) -> str | None:
    with demo_ctx.read() as s:
        return s.get(Staff, staff_id).skill_level


def test_save_list_edit_delete_with_audit(svc, people, demo_ctx):
    (pid, name), _other, _gone = people
    cid = svc.save_certificate(CertificateInput(pid, " 手语服务证 ", " SL-7 ", " 县残联 ", date(2025, 6, 1), None,
                                                remarks="初级"), today=TODAY)
    [v] = svc.certificates(staff_id=pid, today=TODAY)
    assert (v.id, v.staff_name, v.name, v.number, v.issuer, v.expires_on, v.days_left, v.expired) == (
        cid, name, "手语服务证", "SL-7", "县残联", None, None, False)
    assert v.home_unit_name and v.at_center and v.remarks == "初级"
    svc.save_certificate(cert(pid, "SL-7", expires=date(2026, 4, 1)), cid, today=TODAY)  # keeping its own number
    v = svc.certificate(cid, today=TODAY)
    assert (v.name, v.expires_on, v.days_left) == ("消防安全培训合格证", date(2026, 4, 1), 12)
    saves = audit(demo_ctx, "certificate.save")
    assert len(saves) == 2 and name in saves[-1].record_label and "手语服务证" in saves[-1].before
    svc.delete_certificate(cid)
    assert svc.certificates(staff_id=pid) == []
    [d] = audit(demo_ctx, "certificate.delete")
    assert d.record_id == str(cid) and "SL-7" in d.before


def test_duplicate_number_refused_naming_the_holder_and_nothing_saved(svc, people, demo_ctx):
    (p1, name1), (p2, _n2), _gone = people
    svc.save_certificate(cert(p1, "HR-001"), today=TODAY)
    before = count(demo_ctx, Certificate), len(audit(demo_ctx, "certificate.save"))
    with pytest.raises(DomainError) as exc:
        svc.save_certificate(cert(p2, " HR-001 ", name="行政办事员四级"), today=TODAY)
    assert codes(exc) == {("certificate.duplicate_number", "certificate_number")}
    assert exc.value.params == {"value": "HR-001", "name": name1, "certificate": "消防安全培训合格证"}
    assert (count(demo_ctx, Certificate), len(audit(demo_ctx, "certificate.save"))) == before
    # editing another certificate onto that number is refused too
    other = svc.save_certificate(cert(p2, "HR-002"), today=TODAY)
    with pytest.raises(DomainError):
        svc.save_certificate(cert(p2, "HR-001"), other, today=TODAY)
    assert svc.certificate(other).number == "HR-002"


def test_each_rule_broken_on_purpose(svc, people, demo_ctx):
    (pid, _n), _other, gone = people
    with pytest.raises(ValidationError) as exc:
        svc.save_certificate(CertificateInput(None, "", "", "", None), today=TODAY)
    assert codes(exc) == {("required", "staff_id"), ("required", "certificate_name"),
                          ("required", "certificate_number"), ("required", "issuer"), ("required", "issued_on")}
    with pytest.raises(ValidationError) as exc:
        svc.save_certificate(CertificateInput(pid, "证" * 61, "N" * 41, "机" * 61, TODAY + timedelta(days=1)),
                             today=TODAY)
    assert codes(exc) == {("too_long", "certificate_name"), ("too_long", "certificate_number"),
                          ("too_long", "issuer"), ("date.future", "issued_on")}
    for expires in (date(2025, 1, 10), date(2024, 12, 31)):  # on or before the issue date
        with pytest.raises(ValidationError) as exc:
            svc.save_certificate(cert(pid, expires=expires), today=TODAY)
        assert codes(exc) == {("certificate.expiry_before_issue", "expires_on")}
        assert exc.value.errors[0].params == {"issued": "2025-01-10"}
    with pytest.raises(DomainError) as exc:
        svc.save_certificate(cert(gone[0]), today=TODAY)
    assert codes(exc) == {("certificate.staff_returned", "staff_id")}
    assert count(demo_ctx, Certificate) == 0


def test_expiring_list_with_hand_made_dates(svc, people, demo_ctx):
    (p1, name1), (p2, name2), _gone = people
    made = {
        "soon": svc.save_certificate(cert(p1, "A1", expires=TODAY + timedelta(days=10)), today=TODAY),
        "edge": svc.save_certificate(cert(p2, "A2", expires=TODAY + timedelta(days=60)), today=TODAY),
        "later": svc.save_certificate(cert(p1, "A3", expires=TODAY + timedelta(days=61)), today=TODAY),
        "expired": svc.save_certificate(cert(p2, "A4", expires=TODAY - timedelta(days=5)), today=TODAY),
        "long_expired": svc.save_certificate(cert(p2, "A5", expires=TODAY - timedelta(days=31)), today=TODAY),
        "never": svc.save_certificate(cert(p1, "A6", expires=None), today=TODAY),
    }
    rows = svc.expiring(TODAY)
    assert [r.id for r in rows] == [made["expired"], made["soon"], made["edge"]]
    assert [(r.days_left, r.expired) for r in rows] == [(-5, True), (10, False), (60, False)]
    assert [r.id for r in svc.expiring(TODAY, days=5)] == [made["expired"]]
    # the list filter: everything expiring by then (expired included), never-expiring ones left out
    assert {r.id for r in svc.certificates(expiring_within=60, today=TODAY)} == {
        made["soon"], made["edge"], made["expired"], made["long_expired"]}
    assert svc.certificates(today=TODAY)[-1].id == made["never"]  # never expiring: last
    # the home page shows the same ones: person, certificate, date, days left
    a = AttentionService(demo_ctx).today(TODAY)
    assert a.expiring_certificates == (
        (name2, "消防安全培训合格证", (TODAY - timedelta(days=5)).isoformat(), -5),
        (name1, "消防安全培训合格证", (TODAY + timedelta(days=10)).isoformat(), 10),
        (name2, "消防安全培训合格证", (TODAY + timedelta(days=60)).isoformat(), 60),
    )
    # people who returned to the home unit are no longer flagged
    with demo_ctx.transaction() as s:
        s.get(Staff, p1).status = "returned"
    assert [r.id for r in svc.expiring(TODAY)] == [made["expired"], made["edge"]]
    assert len(AttentionService(demo_ctx).today(TODAY).expiring_certificates) == 2


def test_home_page_query_uses_the_expiry_index(demo_ctx):
    from govhr_desktop.services import attention

    with demo_ctx.connect() as c:
        plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(attention._CERTIFICATES.text).replace(":since", "'2026-01-01'")
            .replace(":until", "'2026-05-01'")))
    assert "ix_certificate_expires" in plan


def test_skill_history_and_cache_after_record_and_delete(svc, people, demo_ctx):
    (pid, name), _other, _gone = people
    r5 = svc.record_skill_level(pid, "5", "S-2019-1", "县人社局", date(2019, 5, 1), today=TODAY)
    assert skill(demo_ctx, pid) == "5"
    r3 = svc.record_skill_level(pid, "3", "S-2024-9", "市人社局", date(2024, 9, 1), today=TODAY)
    assert skill(demo_ctx, pid) == "3"
    # a late entry of an older award does not change the current level
    r4 = svc.record_skill_level(pid, "4", "", "", date(2021, 3, 1), today=TODAY)
    assert skill(demo_ctx, pid) == "3"
    hist = svc.skill_history(pid)
    assert [(h.id, h.level, h.current) for h in hist] == [(r3, "3", True), (r4, "4", False), (r5, "5", False)]
    assert (hist[0].level_name, hist[0].certificate_number, hist[0].issuer) == ("三级/高级工", "S-2024-9", "市人社局")
    assert hist[0].recorded_by == demo_ctx.actor.username
    rec = audit(demo_ctx, "skill_level.record")
    assert len(rec) == 3 and name in rec[1].record_label and "5 → 3" in rec[1].detail
    svc.delete_skill_level(r3)
    assert skill(demo_ctx, pid) == "4"
    [d] = audit(demo_ctx, "skill_level.delete")
    assert "3 → 4" in d.detail and "S-2024-9" in d.before
    svc.delete_skill_level(r4)
    svc.delete_skill_level(r5)
    assert svc.skill_history(pid) == [] and skill(demo_ctx, pid) is None


def test_skill_level_rules(svc, people, demo_ctx):
    (pid, _name), _other, gone = people
    with pytest.raises(ValidationError) as exc:
        svc.record_skill_level(pid, "6", "N" * 41, "机" * 61, TODAY + timedelta(days=1), today=TODAY)
    assert codes(exc) == {("choice", "skill_level"), ("too_long", "certificate_number"), ("too_long", "issuer"),
                          ("date.future", "awarded_on")}
    with pytest.raises(ValidationError) as exc:
        svc.record_skill_level(None, None, awarded_on=None, today=TODAY)
    assert codes(exc) == {("required", "staff_id"), ("required", "skill_level"), ("required", "awarded_on")}
    svc.record_skill_level(pid, "4", awarded_on=date(2025, 1, 1), today=TODAY)
    with pytest.raises(DomainError) as exc:
        svc.record_skill_level(pid, "4", awarded_on=date(2025, 1, 1), today=TODAY)
    assert codes(exc) == {("skill_level.duplicate", "awarded_on")}
    with pytest.raises(DomainError) as exc:
        svc.record_skill_level(gone[0], "4", awarded_on=date(2025, 1, 1), today=TODAY)
    assert codes(exc) == {("certificate.staff_returned", "staff_id")}
    assert count(demo_ctx, SkillLevelRecord) == 1


@pytest.mark.parametrize("role", ["leader", "auditor"])
def test_roles_without_training_write_are_refused(svc, people, demo_ctx, role):
    (pid, _name), _other, _gone = people
    cid = svc.save_certificate(cert(pid), today=TODAY)
    rid = svc.record_skill_level(pid, "4", awarded_on=date(2025, 1, 1), today=TODAY)
    demo_ctx.actor = Actor.for_role("someone", role)
    calls = [
        lambda: svc.save_certificate(cert(pid, "X-9"), today=TODAY),
        lambda: svc.save_certificate(cert(pid, "X-9"), cid, today=TODAY),
        lambda: svc.delete_certificate(cid),
        lambda: svc.record_skill_level(pid, "3", awarded_on=date(2025, 6, 1), today=TODAY),
        lambda: svc.delete_skill_level(rid),
    ]
    for call in calls:
        with pytest.raises(DomainError) as exc:
            call()
        assert exc.value.code == "permission.denied"
    if role == "leader":  # the leader reads
        assert [c.id for c in svc.certificates()] == [cid] and len(svc.skill_history(pid)) == 1
    else:
        with pytest.raises(DomainError, match="permission.denied"):
            svc.certificates()
    demo_ctx.actor = Actor.system()
    assert svc.certificate(cid).number == "HR-001" and skill(demo_ctx, pid) == "4"
    assert count(demo_ctx, Certificate) == 1 and count(demo_ctx, SkillLevelRecord) == 1
    denied = [a for a in audit(demo_ctx, "certificate.delete") if a.result == "denied"]
    assert len(denied) == 1
