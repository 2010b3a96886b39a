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
}

DOCUMENTS_RECORD_TYPES: dict[str, str] = {
    # --- documents ---
    "issued_document": QT_TRANSLATE_NOOP("AuditLabels", "Issued document"),
    # --- rosters ---
}
