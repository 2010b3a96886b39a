"""Scoring templates (DOMAIN.md §6): stored as versioned JSON, one version active at a time.

A stored version is never edited: evaluations keep the id of the version they were scored with,
so a change to items, caps, bands or quotas is saved as a new version, which becomes the active
one. The first call to ``active()`` stores ``default_template()`` as version 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import Template, default_template
from govhr_desktop.domain.security import EVALUATION_WRITE, RECORDS_READ
from govhr_desktop.persistence.models import EvaluationTemplate
from govhr_desktop.services.base import Service, get_or_fail


@dataclass(frozen=True)
class TemplateVersion:
    id: int
    name: str
    version: int
    active: bool
    created_at: datetime | None
    created_by: str
    template: Template

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"


def _view(row: EvaluationTemplate) -> TemplateVersion:
    return TemplateVersion(row.id, row.name, row.version, bool(row.active), row.created_at, row.created_by,
                           Template.from_json(row.definition))


class TemplateService(Service):
    def active(self) -> TemplateVersion:
        """The active template version; stores the default as version 1 on first use."""
        self.require(RECORDS_READ, "template.active")
        with self.ctx.read() as s:
            row = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.active.is_(True))
                            .order_by(EvaluationTemplate.id.desc()).limit(1)).first()
            if row is not None:
                return _view(row)
        with self.ctx.transaction() as s:
            # checked again inside the write transaction; another call may have stored it
            row = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.active.is_(True))
                            .order_by(EvaluationTemplate.id.desc()).limit(1)).first()
            if row is None:
                t = default_template().validate()
                version = (s.scalar(select(func.max(EvaluationTemplate.version))
                                    .where(EvaluationTemplate.name == t.name)) or 0) + 1
                row = EvaluationTemplate(name=t.name, version=version, definition=t.to_json(), active=True,
                                         created_by=self.ctx.actor.username)
                s.add(row)
                s.flush()
                self.audit(s, "template.create_default", row, label=f"{t.name} v{version}")
            s.flush()
            s.refresh(row)
            return _view(row)

    def versions(self) -> list[TemplateVersion]:
        """Every stored version, newest first."""
        self.require(RECORDS_READ, "template.list")
        with self.ctx.read() as s:
            rows = s.scalars(select(EvaluationTemplate).order_by(EvaluationTemplate.id.desc())).all()
            return [_view(r) for r in rows]

    def get(self, template_id: int) -> TemplateVersion:
        """One stored version by id (the version an evaluation was scored with)."""
        self.require(RECORDS_READ, "template.get")
        with self.ctx.read() as s:
            return _view(get_or_fail(s, EvaluationTemplate, template_id, "template.not_found"))

    def save_new_version(self, template: Template) -> TemplateVersion:
        """Validate and store ``template`` as the next version of its name and make it the
        active one; stored versions are never changed (only their ``active`` flag)."""
        self.require(EVALUATION_WRITE, "template.save", label=template.name)
        template.validate()
        definition = template.to_json()
        # what is stored must read back as the same template
        if Template.from_json(definition) != template:
            raise DomainError("template.not_round_trip", "definition")
        with self.ctx.transaction() as s:
            version = (s.scalar(select(func.max(EvaluationTemplate.version))
                                .where(EvaluationTemplate.name == template.name)) or 0) + 1
            previous = s.scalars(select(EvaluationTemplate).where(EvaluationTemplate.active.is_(True))).all()
            before = {"active": [f"{p.name} v{p.version}" for p in previous]}
            s.execute(update(EvaluationTemplate).where(EvaluationTemplate.active.is_(True)).values(active=False))
            row = EvaluationTemplate(name=template.name, version=version, definition=definition, active=True,
                                     created_by=self.ctx.actor.username)
            s.add(row)
            s.flush()
            self.audit(s, "template.save", row, before=before, label=f"{template.name} v{version}")
            s.flush()
            s.refresh(row)
            return _view(row)
