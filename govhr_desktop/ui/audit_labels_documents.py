"""Audit action and record-type labels of the official documents and the duty rosters, merged
into ``ui.audit_labels``. Each part keeps to its own section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOCUMENTS_ACTIONS: dict[str, str] = {
    # --- documents ---
    # --- rosters ---
}

DOCUMENTS_RECORD_TYPES: dict[str, str] = {
    # --- documents ---
    # --- rosters ---
}
