"""Audit action and record-type labels of the official documents and the duty rosters, merged
into ``ui.audit_labels``. Each part keeps to its own section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOCUMENTS_ACTIONS: dict[str, str] = {
    # --- documents ---
    "document.issue": QT_TRANSLATE_NOOP("AuditLabels", "Issue an official document"),
    "document.reprint": QT_TRANSLATE_NOOP("AuditLabels", "Reprint an issued document"),
    "document.settings": QT_TRANSLATE_NOOP("AuditLabels", "Change the document number settings"),
    "document.preview": QT_TRANSLATE_NOOP("AuditLabels", "Preview an official document"),
    "document.register": QT_TRANSLATE_NOOP("AuditLabels", "View the register of issued documents"),
    # --- rosters ---
    "roster.view": QT_TRANSLATE_NOOP("AuditLabels", "View a month roster"),
    "roster.changes": QT_TRANSLATE_NOOP("AuditLabels", "View a roster's change log"),
    "roster.candidates": QT_TRANSLATE_NOOP("AuditLabels", "View who could take a duty cell"),
    "roster.generate": QT_TRANSLATE_NOOP("AuditLabels", "Generate a month roster"),
    "roster.set": QT_TRANSLATE_NOOP("AuditLabels", "Set a duty cell by hand"),
    "roster.clear": QT_TRANSLATE_NOOP("AuditLabels", "Clear a duty cell"),
    "roster.lock": QT_TRANSLATE_NOOP("AuditLabels", "Lock duty cells"),
    "roster.unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlock duty cells"),
    "roster.swap": QT_TRANSLATE_NOOP("AuditLabels", "Swap duties"),
    "roster.publish": QT_TRANSLATE_NOOP("AuditLabels", "Publish a month roster"),
    "roster.time_off": QT_TRANSLATE_NOOP("AuditLabels", "View compensatory time off"),
    "roster.today": QT_TRANSLATE_NOOP("AuditLabels", "View today's duty"),
    "roster.print": QT_TRANSLATE_NOOP("AuditLabels", "Print a month roster"),
    "roster.export": QT_TRANSLATE_NOOP("AuditLabels", "Export a month roster"),
    "leader_duty.leaders": QT_TRANSLATE_NOOP("AuditLabels", "View the duty leaders"),
    "leader_duty.rota": QT_TRANSLATE_NOOP("AuditLabels", "View the duty-leader rota"),
    "leader_duty.fill": QT_TRANSLATE_NOOP("AuditLabels", "Fill the duty-leader rota"),
    "leader_duty.set": QT_TRANSLATE_NOOP("AuditLabels", "Set a day's duty leader"),
    "leader_duty.clear": QT_TRANSLATE_NOOP("AuditLabels", "Clear a day's duty leader"),
    "joint_duty.add": QT_TRANSLATE_NOOP("AuditLabels", "Add joint duty"),
    "joint_duty.update": QT_TRANSLATE_NOOP("AuditLabels", "Change joint duty"),
    "joint_duty.remove": QT_TRANSLATE_NOOP("AuditLabels", "Remove joint duty"),
    "duty_log.view": QT_TRANSLATE_NOOP("AuditLabels", "View a duty log"),
    "duty_log.list": QT_TRANSLATE_NOOP("AuditLabels", "View the duty logs of a month"),
    "duty_log.save": QT_TRANSLATE_NOOP("AuditLabels", "Write a duty log"),
    "roster.season.save": QT_TRANSLATE_NOOP("AuditLabels", "Save a season's opening hours"),
    "roster.season.remove": QT_TRANSLATE_NOOP("AuditLabels", "Delete a season's opening hours"),
    "roster.season.list": QT_TRANSLATE_NOOP("AuditLabels", "View the seasons' opening hours"),
    "duty_post.save": QT_TRANSLATE_NOOP("AuditLabels", "Save a duty post"),
    "duty_post.set_active": QT_TRANSLATE_NOOP("AuditLabels", "Set a duty post active or inactive"),
    "duty_post.remove": QT_TRANSLATE_NOOP("AuditLabels", "Delete a duty post"),
    "duty_post.list": QT_TRANSLATE_NOOP("AuditLabels", "View the duty posts"),
    "duty_post.get": QT_TRANSLATE_NOOP("AuditLabels", "View a duty post"),
    "roster.rules": QT_TRANSLATE_NOOP("AuditLabels", "Change the roster rules"),
}

DOCUMENTS_RECORD_TYPES: dict[str, str] = {
    # --- documents ---
    "issued_document": QT_TRANSLATE_NOOP("AuditLabels", "Issued document"),
    # --- rosters ---
    "roster_month": QT_TRANSLATE_NOOP("AuditLabels", "Month roster"),
    "leader_duty": QT_TRANSLATE_NOOP("AuditLabels", "Duty leader rota"),
    "joint_duty": QT_TRANSLATE_NOOP("AuditLabels", "Joint duty"),
    "duty_log": QT_TRANSLATE_NOOP("AuditLabels", "Duty log"),
    "service_season": QT_TRANSLATE_NOOP("AuditLabels", "Season opening hours"),
    "duty_post": QT_TRANSLATE_NOOP("AuditLabels", "Duty post"),
}
