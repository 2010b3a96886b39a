"""Error messages and field names of the official documents (DOMAIN.md §8) and the duty rosters
(DOMAIN.md §5), merged into ``ui.messages.MESSAGES`` / ``FIELDS``. Kept apart from messages.py
only to keep that file short. Each part of the product keeps to its own section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOCUMENTS_MESSAGES: dict[str, str] = {
    # --- layout engine (documents/gbt9704.py) ---
    # --- fonts ---
    # --- content: notices, letters (services/document_content.py) ---
    # --- numbering, register, issue, reprint (services/documents.py) ---
    # --- reports: ranking table, evaluation sheet ---
    # --- rosters ---
}

DOCUMENTS_FIELDS: dict[str, str] = {
    # --- documents ---
    # --- rosters ---
}
