"""Audit action and record-type labels of the training records, merged into ``ui.audit_labels``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TRAINING_ACTIONS: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    # --- certificates and skill levels ---
    # --- ledger, targets, needs, reports ---
}

TRAINING_RECORD_TYPES: dict[str, str] = {
    "training_course": QT_TRANSLATE_NOOP("AuditLabels", "Training course"),
    "training_session": QT_TRANSLATE_NOOP("AuditLabels", "Training session"),
    "training_enrolment": QT_TRANSLATE_NOOP("AuditLabels", "Training enrolment"),
    "training_attendance": QT_TRANSLATE_NOOP("AuditLabels", "Training sign-in"),
    "certificate": QT_TRANSLATE_NOOP("AuditLabels", "Certificate"),
    "skill_level_record": QT_TRANSLATE_NOOP("AuditLabels", "Skill level"),
}
