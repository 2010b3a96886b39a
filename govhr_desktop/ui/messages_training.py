"""Error messages and field names of the training records (DOMAIN.md §7), merged into
``ui.messages.MESSAGES`` / ``FIELDS``. Kept apart from messages.py only to keep that file short."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TRAINING_MESSAGES: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    "training.course_hours": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a number of hours (学时) above 0 and at most {max}."),
    "training.pass_mark": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a pass mark between 0 and 100 (leave it empty when there is no test)."),
    "training.course_excludes_session": QT_TRANSLATE_NOOP("Errors", "{field}: the course has a session on {held_on} that would lie outside its dates ({count} session(s) in all); move or delete those sessions first."),
    "training.session_outside_course": QT_TRANSLATE_NOOP("Errors", "{field}: {value} lies outside the course dates {starts_on} to {ends_on}."),
    "training.time": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a time of day (use 09:00)."),
    "training.time_order": QT_TRANSLATE_NOOP("Errors", "{field}: the session must end after it starts ({start} to {end})."),
    "training.session_hours": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a number of hours (学时) above 0."),
    "training.session_hours_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: {value} hours (学时) are more than the session lasts ({length} hours by the clock)."),
    "training.session_hours_below_credited": QT_TRANSLATE_NOOP("Errors", "{field}: someone was already credited {credited} hours at this session; the session cannot credit only {value}."),
    "training.course_signed_in": QT_TRANSLATE_NOOP("Errors", "The course “{title}” cannot be deleted: people signed in {count} time(s); their hours count towards the yearly totals."),
    "training.session_signed_in": QT_TRANSLATE_NOOP("Errors", "The session of {held_on} cannot be deleted: {count} person(s) signed in; cancel their sign-in first."),
    "training.not_at_center": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is no longer at the center and cannot be enrolled."),
    "training.not_enrolled": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is not enrolled on this course."),
    "training.withdraw_signed_in": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has already signed in at a session of this course and cannot be withdrawn; cancel the sign-in first."),
    "training.sign_in_hours": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a number of hours (学时) of 0 or more for {name}."),
    "training.hours_beyond_session": QT_TRANSLATE_NOOP("Errors", "{field}: {name} cannot be credited {value} hours; the session credits at most {session_hours}."),
    "training.not_signed_in": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has not signed in at this session."),
    "training.score": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a score between 0 and 100 for {name}."),
    "training.import_unknown_name": QT_TRANSLATE_NOOP("Errors", "Row {row}: nobody called “{value}” is on file."),
    "training.import_not_enrolled": QT_TRANSLATE_NOOP("Errors", "Row {row}: “{value}” is not enrolled on this course; enrol the person first."),
    "training.import_ambiguous_name": QT_TRANSLATE_NOOP("Errors", "Row {row}: {count} people called “{value}” are enrolled; add the last four characters of the ID number to tell them apart."),
    "training.import_duplicate": QT_TRANSLATE_NOOP("Errors", "Row {row}: “{value}” already signed in on row {first_row}."),
    "training.import_hours": QT_TRANSLATE_NOOP("Errors", "Row {row}: “{value}” is not a number of hours (学时) between 0 and the session’s {session_hours}."),
    "training.import_empty": QT_TRANSLATE_NOOP("Errors", "The list has nobody marked present; nothing was signed in."),
    # --- certificates and skill levels ---
    "certificate.staff_returned": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has returned to the home unit; certificates and skill levels are recorded only for people at the center."),
    "certificate.duplicate_number": QT_TRANSLATE_NOOP("Errors", "{field}: number {value} is already recorded for the certificate “{certificate}” of {name}; check the number."),
    "certificate.expiry_before_issue": QT_TRANSLATE_NOOP("Errors", "{field}: the expiry date must be after the issue date ({issued})."),
    "skill_level.duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: {name} already has {level} recorded on {date}."),
    # --- ledger, targets, needs, reports ---
    "training.target_range": QT_TRANSLATE_NOOP("Errors", "{type}: the yearly target must be between {low} and {high} hours, not “{value}”."),
    "training.target_type": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not an employment type."),
    "training.report_grouping": QT_TRANSLATE_NOOP("Errors", "{field}: a report is grouped by home unit, course or category, not “{value}”."),
    "training.needs_none": QT_TRANSLATE_NOOP("Errors", "Nobody on the needs list is waiting for this course: everyone it suits is enrolled already."),
    # --- sign-in sheet, sign-in import, demo ---
    "signin.name_missing": QT_TRANSLATE_NOOP("Errors", "{field}: the name is missing; every person present needs a name on the list."),
    "signin.hours": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a number of hours (学时) of 0 or more."),
    "signin.attendance": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” says neither present (√, 是, 到, or the person’s name) nor absent (blank, ×, 否, 缺)."),
    "signin.id_tail": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” does not give the last four characters of an ID number (four digits, or three digits and X)."),
}

TRAINING_FIELDS: dict[str, str] = {
    # --- courses, sessions, enrolment, sign-in, scores ---
    "organiser": QT_TRANSLATE_NOOP("Fields", "Organiser"),
    "organiser_unit_id": QT_TRANSLATE_NOOP("Fields", "Organising home unit"),
    "organiser_name": QT_TRANSLATE_NOOP("Fields", "Organising body"),
    "form": QT_TRANSLATE_NOOP("Fields", "Form"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours (学时)"),
    "trainer": QT_TRANSLATE_NOOP("Fields", "Trainer"),
    "starts_on": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("Fields", "End date"),
    "pass_mark": QT_TRANSLATE_NOOP("Fields", "Pass mark"),
    "targets": QT_TRANSLATE_NOOP("Fields", "Aimed at"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Fields", "End time"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "score": QT_TRANSLATE_NOOP("Fields", "Score"),
    # --- certificates and skill levels ---
    "certificate_name": QT_TRANSLATE_NOOP("Fields", "Certificate"),
    "certificate_number": QT_TRANSLATE_NOOP("Fields", "Certificate number"),
    "issuer": QT_TRANSLATE_NOOP("Fields", "Issued by"),
    "issued_on": QT_TRANSLATE_NOOP("Fields", "Issue date"),
    "expires_on": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "awarded_on": QT_TRANSLATE_NOOP("Fields", "Date awarded"),
    "certificate_remarks": QT_TRANSLATE_NOOP("Fields", "Certificate remarks"),
    # --- ledger, targets, needs, reports ---
    "report_by": QT_TRANSLATE_NOOP("Fields", "Grouping"),
    "period_from": QT_TRANSLATE_NOOP("Fields", "From"),
    "period_to": QT_TRANSLATE_NOOP("Fields", "To"),
    # --- sign-in sheet, sign-in import, demo ---
}

_ = QT_TRANSLATE_NOOP  # (used by the entries above)
