"""Audit action and record-type labels of the training records, merged into ``ui.audit_labels``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TRAINING_ACTIONS: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    "training.course.save": QT_TRANSLATE_NOOP("AuditLabels", "Save a training course"),
    "training.course.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete a training course"),
    "training.course.list": QT_TRANSLATE_NOOP("AuditLabels", "View training courses"),
    "training.course.get": QT_TRANSLATE_NOOP("AuditLabels", "View a training course"),
    "training.session.save": QT_TRANSLATE_NOOP("AuditLabels", "Save a training session"),
    "training.session.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete a training session"),
    "training.enrol": QT_TRANSLATE_NOOP("AuditLabels", "Enrol people on a course"),
    "training.withdraw": QT_TRANSLATE_NOOP("AuditLabels", "Withdraw someone from a course"),
    "training.sign_in": QT_TRANSLATE_NOOP("AuditLabels", "Sign people in at a training session"),
    "training.sign_in.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Cancel a training sign-in"),
    "training.scores": QT_TRANSLATE_NOOP("AuditLabels", "Record test scores"),
    "training.sign_in_import": QT_TRANSLATE_NOOP("AuditLabels", "Import a training sign-in list"),
    "training.sign_in_sheet": QT_TRANSLATE_NOOP("AuditLabels", "Print a training sign-in sheet"),
    # --- certificates and skill levels ---
    "certificate.save": QT_TRANSLATE_NOOP("AuditLabels", "Save a certificate"),
    "certificate.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete a certificate"),
    "skill_level.record": QT_TRANSLATE_NOOP("AuditLabels", "Record a skill level"),
    "skill_level.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete a skill level"),
    # --- ledger, targets, needs, reports ---
    "training.targets": QT_TRANSLATE_NOOP("AuditLabels", "Change the yearly training targets"),
    "training.ledger": QT_TRANSLATE_NOOP("AuditLabels", "View the training hours ledger"),
    "training.report": QT_TRANSLATE_NOOP("AuditLabels", "View training reports"),
    "training.needs": QT_TRANSLATE_NOOP("AuditLabels", "View training needs"),
    "training.enrol_needs": QT_TRANSLATE_NOOP("AuditLabels", "Enrol everyone who needs a course"),
}

TRAINING_RECORD_TYPES: dict[str, str] = {
    "training_course": QT_TRANSLATE_NOOP("AuditLabels", "Training course"),
    "training_session": QT_TRANSLATE_NOOP("AuditLabels", "Training session"),
    "training_enrolment": QT_TRANSLATE_NOOP("AuditLabels", "Training enrolment"),
    "training_attendance": QT_TRANSLATE_NOOP("AuditLabels", "Training sign-in"),
    "certificate": QT_TRANSLATE_NOOP("AuditLabels", "Certificate"),
    "skill_level_record": QT_TRANSLATE_NOOP("AuditLabels", "Skill level"),
}
