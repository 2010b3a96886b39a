"""Scoring templates: default on first use, versions never edited, permission and audit."""

from dataclasses import replace

import pytest
from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.scoring import Template, default_template
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import EvaluationTemplate
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.templates import TemplateService


def audit_actions(ctx):
    with ctx.connect() as c:
        return [r[0] for r in c.execute(text("SELECT action FROM audit_entry ORDER BY id"))]


def test_active_creates_the_default_once(ctx):
    svc = TemplateService(ctx)
    first = svc.active()
    assert first.version == 1 and first.active and first.template == default_template()
    again = svc.active()
    assert again.id == first.id
    assert len(svc.versions()) == 1
    assert audit_actions(ctx).count("template.create_default") == 1


def test_save_new_version_keeps_the_old_one_unchanged(ctx):
    svc = TemplateService(ctx)
    v1 = svc.active()
    with ctx.read() as s:
        stored_v1 = s.get(EvaluationTemplate, v1.id).definition
    v2 = svc.save_new_version(replace(v1.template, quota=0.18, bonus_cap=4))
    assert v2.version == 2 and v2.id != v1.id and v2.active
    assert svc.active().id == v2.id and svc.active().template.quota == 0.18
    old = svc.get(v1.id)
    assert not old.active and old.template == default_template()
    with ctx.read() as s:
        assert s.get(EvaluationTemplate, v1.id).definition == stored_v1
        assert s.scalar(select(EvaluationTemplate.id).where(EvaluationTemplate.active.is_(True))) == v2.id
    assert [v.version for v in svc.versions()] == [2, 1]
    assert "template.save" in audit_actions(ctx)
    v3 = svc.save_new_version(replace(v2.template, name="2027年模板"))
    assert (v3.name, v3.version) == ("2027年模板", 1)
    assert svc.active().id == v3.id


def test_invalid_template_is_refused_and_nothing_stored(ctx):
    svc = TemplateService(ctx)
    svc.active()
    with pytest.raises(ValidationError) as e:
        svc.save_new_version(replace(default_template(), quota=0.7))
    assert e.value.errors[0].field == "quota"
    assert len(svc.versions()) == 1


@pytest.mark.parametrize("role", ["leader", "auditor"])
def test_save_needs_evaluation_write(ctx, role):
    TemplateService(ctx).active()
    denied = TemplateService(ServiceContext(ctx.db, actor=Actor.for_role(f"t_{role}", role)))
    with pytest.raises(DomainError) as e:
        denied.save_new_version(default_template())
    assert e.value.code == "permission.denied"
    assert len(TemplateService(ctx).versions()) == 1
    with ctx.connect() as c:
        row = c.execute(text("SELECT action, result FROM audit_entry ORDER BY id DESC LIMIT 1")).one()
    assert tuple(row) == ("template.save", "denied")


@pytest.mark.parametrize("role", ["personnel", "window_clerk", "admin"])
def test_roles_with_evaluation_write_may_save(ctx, role):
    svc = TemplateService(ServiceContext(ctx.db, actor=Actor.for_role(f"t_{role}", role)))
    v = svc.save_new_version(replace(default_template(), quota=0.2))
    assert v.created_by == f"t_{role}"
    assert Template.from_json(v.template.to_json()) == v.template
