"""Error messages and field names of the training records (DOMAIN.md §7), merged into
``ui.messages.MESSAGES`` / ``FIELDS``. Kept apart from messages.py only to keep that file short."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TRAINING_MESSAGES: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    # --- certificates and skill levels ---
    # --- ledger, targets, needs, reports ---
    # --- sign-in sheet, sign-in import, demo ---
}

TRAINING_FIELDS: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    # --- certificates and skill levels ---
    # --- ledger, targets, needs, reports ---
    # --- sign-in sheet, sign-in import, demo ---
}

_ = QT_TRANSLATE_NOOP  # (used by the entries above)
