"""Error messages and field names of the official documents (DOMAIN.md §8) and the duty rosters
(DOMAIN.md §5), merged into ``ui.messages.MESSAGES`` / ``FIELDS``. Kept apart from messages.py
only to keep that file short. Each part of the product keeps to its own section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DOCUMENTS_MESSAGES: dict[str, str] = {
    # --- layout engine (documents/gbt9704.py) ---
    "document.block_too_large": QT_TRANSLATE_NOOP("Errors", "Part of the document does not fit on one page (“{excerpt}”): a table row, a title or the list of copy recipients is too long. Shorten it or split it, then try again."),
    "document.missing_part": QT_TRANSLATE_NOOP("Errors", "{field} is empty; the document cannot be laid out without it."),
    # --- fonts ---
    "documents.no_font": QT_TRANSLATE_NOOP("Errors", "No Chinese font could be loaded, so the document cannot be printed: the fonts that come with the program (in {folder}) are missing or damaged, and this computer has none of the office fonts. Reinstall the program, or copy a Chinese font file (宋体, 仿宋 …) into {folder} and restart it."),
    # --- content: notices, letters (services/document_content.py) ---
    "documents.bad_period": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a period: choose a month (2026-10) or a quarter (2026-Q3)."),
    "documents.no_published": QT_TRANSLATE_NOOP("Errors", "{period} has no published evaluation results (a quarter needs all three months published). Publish the results on the evaluation page first."),
    "documents.honours_not_confirmed": QT_TRANSLATE_NOOP("Errors", "The honours (服务之星, 流动红旗窗口) of {month} have not been confirmed, so the notice for {period} cannot list them. Confirm them on the evaluation page first."),
    "documents.unit_without_staff": QT_TRANSLATE_NOOP("Errors", "{unit} had no staff evaluated at the center in {period}; there is nothing to report to it."),
    "documents.empty_text": QT_TRANSLATE_NOOP("Errors", "The text of the notice is empty; write it (or restore the suggested text) before previewing or issuing."),
    "documents.text_too_long": QT_TRANSLATE_NOOP("Errors", "The text of the notice has {length} characters; a notice takes at most {max}. Shorten it."),
    # --- numbering, register, issue, reprint (services/documents.py) ---
    "documents.kind": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a type of official document (通报 or 函)."),
    "documents.prefix_empty": QT_TRANSLATE_NOOP("Errors", "{field}: enter the prefix of the document numbers (for example 青政服)."),
    "documents.prefix_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” has {length} characters; a number prefix has at most {max}."),
    "documents.prefix_space": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” contains a space; a number prefix is written without spaces."),
    "documents.prefix_character": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” contains “{char}”; the year in brackets 〔〕 and the serial number are added to the prefix, so it has no digits or brackets of its own."),
    "documents.prefix_same": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is also the prefix of the notices (通报); give the letters (函) a prefix of their own, usually ending in 函, or both would print the same numbers."),
    "documents.prefix_missing": QT_TRANSLATE_NOOP("Errors", "No number prefix is set for {kind}: enter the center’s short name or the number prefixes in the settings first."),
    "documents.printed_by_empty": QT_TRANSLATE_NOOP("Errors", "{field}: enter who prints the notices (印发机关), for example the center or its office."),
    "documents.printed_by_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: {length} characters are too many; at most {max}."),
    "documents.personal_number": QT_TRANSLATE_NOOP("Errors", "The document shows what looks like an ID or mobile phone number (“{context}”); circulated documents never show them. Remove it from the text, then preview or issue again."),
    "documents.batch_empty": QT_TRANSLATE_NOOP("Errors", "There is nothing to issue."),
    "documents.cancelled": QT_TRANSLATE_NOOP("Errors", "Issuing was cancelled ({done} of {total} done); nothing was issued and no document number was used."),
    "documents.file_damaged": QT_TRANSLATE_NOOP("Errors", "The stored file of {number} is damaged: it no longer matches the fingerprint recorded when it was issued, so it cannot be reprinted. Restore a backup or ask the administrator."),
    # --- reports: ranking table, evaluation sheet ---
    "reports.not_published": QT_TRANSLATE_NOOP("Errors", "The evaluation of {period} is not published yet; rankings and evaluation sheets are printed from published results only."),
    "reports.quarter_incomplete": QT_TRANSLATE_NOOP("Errors", "The quarter {period} is not complete: the evaluation of {months} is not published yet."),
    "reports.no_form": QT_TRANSLATE_NOOP("Errors", "{name} has no published evaluation form for {period}, so there is no evaluation sheet to print."),
    "reports.bad_period": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a period (a month such as 2026-10, or a quarter such as 2026-Q3)."),
    # --- rosters ---
    "roster.cancelled": QT_TRANSLATE_NOOP("Errors", "Roster generation was cancelled; nothing was saved."),
    "roster.calendar": QT_TRANSLATE_NOOP("Errors", "{field}: the calendar of {year}-{month} does not list every day of the month exactly once."),
    "roster.max_per_week": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” duties a week is not allowed; at least 1."),
    "roster.duplicate_post": QT_TRANSLATE_NOOP("Errors", "{field}: a duty post is listed twice."),
    "roster.duplicate_person": QT_TRANSLATE_NOOP("Errors", "{field}: a person is listed twice."),
    "roster.people_needed": QT_TRANSLATE_NOOP("Errors", "{field}: the duty post “{post_name}” needs “{value}” people; it must need at least 1."),
    "roster.post_times": QT_TRANSLATE_NOOP("Errors", "{field}: the duty post “{post_name}” needs both a start and an end time, the end after the start."),
    "roster.not_enough_qualified": QT_TRANSLATE_NOOP("Errors", "{field}: the duty post “{post_name}” needs {needed} people, but only {qualified} qualify for it; lower the number or widen who may serve."),
    "roster.leave_part": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a part of a day (whole day, morning or afternoon)."),
    "roster.unknown_post": QT_TRANSLATE_NOOP("Errors", "{field}: a locked cell on {day} belongs to a duty post that no longer exists."),
    "roster.unknown_person": QT_TRANSLATE_NOOP("Errors", "{field}: the person chosen for {day} is not among the people who can be on duty."),
    "roster.cell_empty": QT_TRANSLATE_NOOP("Errors", "{field}: the cell on {day} is empty; there is nobody to swap."),
    "roster.swap_same_person": QT_TRANSLATE_NOOP("Errors", "{field}: both cells are the same person's; choose someone else to swap with."),
}

DOCUMENTS_FIELDS: dict[str, str] = {
    # --- documents ---
    "notice_prefix": QT_TRANSLATE_NOOP("Fields", "Number prefix of notices (通报)"),
    "letter_prefix": QT_TRANSLATE_NOOP("Fields", "Number prefix of letters (函)"),
    "printed_by": QT_TRANSLATE_NOOP("Fields", "Printed by (印发机关)"),
    "organ": QT_TRANSLATE_NOOP("Fields", "Issuing organ (发文机关标志)"),
    # --- rosters ---
    "calendar": QT_TRANSLATE_NOOP("Fields", "Month calendar"),
    "max_per_week": QT_TRANSLATE_NOOP("Fields", "Duties a week at most"),
    "posts": QT_TRANSLATE_NOOP("Fields", "Duty posts"),
    "people": QT_TRANSLATE_NOOP("Fields", "Duty staff"),
    "people_needed": QT_TRANSLATE_NOOP("Fields", "People needed"),
    "duty_start": QT_TRANSLATE_NOOP("Fields", "Duty times"),
    "leave_part": QT_TRANSLATE_NOOP("Fields", "Leave"),
    "locked": QT_TRANSLATE_NOOP("Fields", "Locked cells"),
    "first": QT_TRANSLATE_NOOP("Fields", "First cell"),
    "second": QT_TRANSLATE_NOOP("Fields", "Second cell or person"),
    "duty_type": QT_TRANSLATE_NOOP("Fields", "Duty type"),
    "runs_on": QT_TRANSLATE_NOOP("Fields", "Duty days"),
    "weekend_running": QT_TRANSLATE_NOOP("Fields", "Weekends running"),
}
