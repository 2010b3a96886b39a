"""Settings kept in the database and edited in the program (security thresholds for now)."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import SECURITY_SETTINGS, SecurityPolicy
from govhr_desktop.services.base import Service

#: allowed range of each threshold: the administrator may tighten, never switch a rule off
POLICY_LIMITS = {
    "min_length": (8, 64),
    "min_classes": (3, 4),
    "max_age_days": (7, 90),
    "lockout_attempts": (3, 10),
    "lockout_minutes": (1, 1440),
    "idle_lock_minutes": (1, 15),
    "audit_retention_days": (180, 3650),
}


class SettingsService(Service):
    def policy(self) -> SecurityPolicy:
        with self.ctx.connect() as c:
            stored = dict(c.execute(text("SELECT key, value FROM app_setting WHERE key LIKE 'security.%'")).all())
        values = {}
        for f in fields(SecurityPolicy):
            raw = stored.get(f"security.{f.name}")
            if raw is not None:
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    pass
        return SecurityPolicy(**values)

    def save_policy(self, policy: SecurityPolicy) -> None:
        self.require(SECURITY_SETTINGS, "settings.security")
        errors = []
        for name, value in asdict(policy).items():
            low, high = POLICY_LIMITS[name]
            if not isinstance(value, int) or not low <= value <= high:
                errors.append(DomainError("setting.range", name, low=low, high=high, value=value))
        if errors:
            raise ValidationError(errors)
        before = asdict(self.policy())
        with self.ctx.transaction() as s:
            for name, value in asdict(policy).items():
                s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {"k": f"security.{name}", "v": str(value)})
            self.audit(s, "settings.security", before=before, after=asdict(policy), record_type="app_setting")
