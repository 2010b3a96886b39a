"""Accounts, roles and permissions, the password policy and password hashing (DOMAIN.md §9).

A role is a set of named permissions; services check permissions, never role names. Passwords
are hashed with scrypt (memory-hard, in the standard library): 2**14 x 8 x 128 bytes = 16 MiB.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import string
from dataclasses import dataclass, field

from govhr_desktop.domain.errors import DomainError

# --- permissions ------------------------------------------------------------------------------

RECORDS_READ = "records.read"          # see staff, home units, zones, windows, center settings
RECORDS_EXPORT = "records.export"      # export lists to Excel
STAFF_WRITE = "staff.write"            # add / edit / return staff, import staff lists
ORG_WRITE = "org.write"                # home units, zones, windows
CENTER_WRITE = "center.write"          # the center's settings and leaders
PERSONAL_REVEAL = "personal.reveal"    # see full ID and phone numbers (each reveal is audited)
APPROVE = "approve"                    # leader approvals (leave, evaluations, documents)
USERS_MANAGE = "users.manage"          # accounts and roles, unlock, reset passwords
SECURITY_SETTINGS = "security.settings"  # password and lock thresholds
BACKUP_MANAGE = "backup.manage"        # backups and restore
AUDIT_READ = "audit.read"              # read, check and export the audit trail
ASSIGN_WRITE = "assign.write"          # assign people to windows (A/B posts), end assignments
VETTING_WRITE = "vetting.write"        # record people proposed by home units and their vetting
TRANSFER_WRITE = "transfer.write"      # record transfer / withdrawal / replacement requests
LEAVE_WRITE = "leave.write"            # file leave, record the home unit's signature, handover, return
HEALTH_READ = "health.read"            # read sick-leave reasons (health data, PIPL sensitive)
CALENDAR_WRITE = "calendar.write"      # statutory holidays and make-up working days
EVALUATION_WRITE = "evaluation.write"  # registers, citizen-rating imports, scoring templates
TRAINING_WRITE = "training.write"      # courses, sessions, enrolment, sign-in, scores, certificates
DOCUMENTS_ISSUE = "documents.issue"    # issue numbered official documents (通报, 函), reprint them
ROSTER_WRITE = "roster.write"          # duty posts, seasons, month rosters (generate, edit, swap, publish)
DUTY_LOG_WRITE = "duty.log"            # leader duty rota, joint duty, the daily duty log (服务日志)

ALL_PERMISSIONS = frozenset({
    RECORDS_READ, RECORDS_EXPORT, STAFF_WRITE, ORG_WRITE, CENTER_WRITE, PERSONAL_REVEAL, APPROVE,
    USERS_MANAGE, SECURITY_SETTINGS, BACKUP_MANAGE, AUDIT_READ, ASSIGN_WRITE, VETTING_WRITE,
    TRANSFER_WRITE, LEAVE_WRITE, HEALTH_READ, CALENDAR_WRITE, EVALUATION_WRITE, TRAINING_WRITE,
    DOCUMENTS_ISSUE, ROSTER_WRITE, DUTY_LOG_WRITE,
})

#: Role -> permissions. The administrator runs the system but does not read the audit trail
#: (等保 separation of duties: the auditor does, and only that).
ROLES: dict[str, frozenset[str]] = {
    "admin": frozenset({
        RECORDS_READ, RECORDS_EXPORT, STAFF_WRITE, ORG_WRITE, CENTER_WRITE, PERSONAL_REVEAL,
        USERS_MANAGE, SECURITY_SETTINGS, BACKUP_MANAGE, ASSIGN_WRITE, VETTING_WRITE, TRANSFER_WRITE,
        LEAVE_WRITE, CALENDAR_WRITE, EVALUATION_WRITE, TRAINING_WRITE, DOCUMENTS_ISSUE, ROSTER_WRITE,
        DUTY_LOG_WRITE,
    }),
    "personnel": frozenset({
        RECORDS_READ, RECORDS_EXPORT, STAFF_WRITE, PERSONAL_REVEAL, VETTING_WRITE, TRANSFER_WRITE,
        LEAVE_WRITE, HEALTH_READ, EVALUATION_WRITE, TRAINING_WRITE, DOCUMENTS_ISSUE,
    }),
    "window_clerk": frozenset({
        RECORDS_READ, RECORDS_EXPORT, ORG_WRITE, ASSIGN_WRITE, LEAVE_WRITE, CALENDAR_WRITE, EVALUATION_WRITE,
        TRAINING_WRITE, ROSTER_WRITE, DUTY_LOG_WRITE,
    }),
    # The leader decides (vetting, requests, the center's leave approval): APPROVE.
    "leader": frozenset({RECORDS_READ, RECORDS_EXPORT, PERSONAL_REVEAL, APPROVE, HEALTH_READ, DOCUMENTS_ISSUE,
                         DUTY_LOG_WRITE}),
    "auditor": frozenset({AUDIT_READ}),
}

ROLE_LABELS = {
    "admin": ("系统管理员", "Administrator"),
    "personnel": ("人事管理员", "Personnel clerk"),
    "window_clerk": ("窗口管理员", "Window-management clerk"),
    "leader": ("中心领导", "Leader"),
    "auditor": ("安全审计员", "Auditor"),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: every service call knows it."""

    username: str
    role: str
    user_id: int | None = None
    display_name: str = ""
    permissions: frozenset[str] = field(default=frozenset())

    @classmethod
    def for_role(cls, username: str, role: str, user_id: int | None = None, display_name: str = "") -> "Actor":
        return cls(username, role, user_id, display_name, ROLES[role])

    @classmethod
    def system(cls) -> "Actor":
        """The program itself: demo generation, self-check, screenshots, benchmarks, migrations."""
        return cls("system", "system", None, "system", ALL_PERMISSIONS)

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def require(self, permission: str) -> None:
        if permission not in self.permissions:
            raise DomainError("permission.denied", permission=permission, user=self.username)


# --- password policy --------------------------------------------------------------------------


@dataclass(frozen=True)
class SecurityPolicy:
    """The thresholds an administrator can change (defaults: 等保 2.0 level 2 baseline)."""

    min_length: int = 8
    min_classes: int = 3
    max_age_days: int = 90
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 15
    audit_retention_days: int = 180


def character_classes(password: str) -> int:
    classes = [
        any(c in string.ascii_lowercase for c in password),
        any(c in string.ascii_uppercase for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ]
    return sum(classes)


def check_password_strength(password: str, policy: SecurityPolicy, *, username: str = "", field: str = "password") -> None:
    if len(password) < policy.min_length:
        raise DomainError("password.too_short", field, min=policy.min_length)
    if character_classes(password) < policy.min_classes:
        raise DomainError("password.too_simple", field, classes=policy.min_classes)
    if username and username.lower() in password.lower():
        raise DomainError("password.contains_username", field)


# --- hashing ----------------------------------------------------------------------------------

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, *, n: int = _N) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${n}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected), maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)
