"""Turn the core's error codes into translated sentences that say what is wrong and where."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from govhr_desktop.domain.errors import DomainError, ValidationError

log = logging.getLogger(__name__)

MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field} is too long (at most {max} characters)."),
    "choice": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not one of the allowed values."),
    "choice_allowed": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not one of: {allowed}."),
    "phone.shape": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a phone number (7–20 digits; dashes, spaces and brackets allowed)."),
    "postcode.shape": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a 6-digit postcode."),
    "date.range": QT_TRANSLATE_NOOP("Errors", "{field}: the end date is before the start date."),
    "date.future": QT_TRANSLATE_NOOP("Errors", "{field}: the date lies in the future."),
    "date.unreadable": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a date (use 2026-03-01)."),
    "id_number.required": QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    "id_number.scientific": QT_TRANSLATE_NOOP("Errors", "{field}: Excel stored the ID number as a number ({value}) and lost its last digits. Format the column as Text and type the numbers again."),
    "id_number.length": QT_TRANSLATE_NOOP("Errors", "{field}: an ID number has 18 characters, this one has {length}."),
    "id_number.shape": QT_TRANSLATE_NOOP("Errors", "{field}: 17 digits and a final digit or X are expected."),
    "id_number.birth_date": QT_TRANSLATE_NOOP("Errors", "{field}: the birth date {value} in the number does not exist."),
    "id_number.future_birth": QT_TRANSLATE_NOOP("Errors", "{field}: the birth date {value} in the number is impossible (in the future or before 1900)."),
    "id_number.checksum": QT_TRANSLATE_NOOP("Errors", "{field}: the check character is {given} but should be {expected}; a digit was probably mistyped."),
    "mobile.required": QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    "mobile.shape": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a mobile number (11 digits starting with 13–19)."),
    "window.number_shape": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a window number (letters and digits, e.g. A03)."),
    "window.needs_home_unit": QT_TRANSLATE_NOOP("Errors", "{field}: a department window must belong to a home unit."),
    "window.comprehensive_no_unit": QT_TRANSLATE_NOOP("Errors", "{field}: a comprehensive window belongs to the center, not to a home unit."),
    "window.duplicate_number": QT_TRANSLATE_NOOP("Errors", "{field}: window {value} already exists."),
    "window.has_staff": QT_TRANSLATE_NOOP("Errors", "Window {number} still has {count} staff; move them to other windows first."),
    "staff.too_young_when_joined": QT_TRANSLATE_NOOP("Errors", "{field}: the person would have been under 16 on that date."),
    "staff.post_required": QT_TRANSLATE_NOOP("Errors", "{field}: choose A or B post for the window."),
    "staff.duplicate_id": QT_TRANSLATE_NOOP("Errors", "{field}: this ID number is already registered for {name}."),
    "staff.window_a_taken": QT_TRANSLATE_NOOP("Errors", "{field}: window {window} already has {name} on the A post; choose B post or move {name} first."),
    "staff.already_returned": QT_TRANSLATE_NOOP("Errors", "{name} has already returned to the home unit."),
    "staff.left_before_joined": QT_TRANSLATE_NOOP("Errors", "{field}: the leaving date is before the person joined the center."),
    "home_unit.duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: a home unit named “{value}” already exists."),
    "home_unit.chief_not_member": QT_TRANSLATE_NOOP("Errors", "{field}: the chief representative must be one of this unit's staff."),
    "home_unit.chief_returned": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has returned to the home unit and cannot be chief representative."),
    "home_unit.has_staff": QT_TRANSLATE_NOOP("Errors", "The unit still has {count} staff at the center; they must return or move first."),
    "home_unit.in_use": QT_TRANSLATE_NOOP("Errors", "The unit has {staff} staff records and {windows} windows; it can be deactivated but not deleted."),
    "zone.duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: a zone named “{value}” already exists."),
    "zone.has_windows": QT_TRANSLATE_NOOP("Errors", "The zone still has {count} windows; move or delete them first."),
    "record.not_found": QT_TRANSLATE_NOOP("Errors", "{field}: the chosen record no longer exists (it may have been deleted)."),
    "import.unreadable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {detail}"),
    "import.unsupported_format": QT_TRANSLATE_NOOP("Errors", "The file type “{ext}” is not supported; use .xlsx, .xls or .csv."),
    "import.missing_headers": QT_TRANSLATE_NOOP("Errors", "The file lacks the required columns: {missing}. Columns found: {found}."),
    "import.unknown_home_unit": QT_TRANSLATE_NOOP("Errors", "{field}: no home unit named “{value}”."),
    "import.unknown_window": QT_TRANSLATE_NOOP("Errors", "{field}: no window numbered “{value}”."),
    "import.duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "{field}: the same ID number already appears in row {first_row}."),
    "import.encrypted": QT_TRANSLATE_NOOP("Errors", "The file {path} is protected by a password; save an unprotected copy and import that."),
    "import.empty": QT_TRANSLATE_NOOP("Errors", "The file has no rows with data."),
    "import.gender_mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” contradicts the ID number, which says {expected}."),
    "import.birth_date_mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” contradicts the ID number, which says {expected}."),
    "permission.denied": QT_TRANSLATE_NOOP("Errors", "Your account ({user}) is not allowed to do this; ask the administrator."),
    "login.failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "login.wrong_password": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password; {left} more failed attempt(s) lock the account."),
    "login.locked_now": QT_TRANSLATE_NOOP("Errors", "Too many failed attempts: the account is locked for {minutes} minutes. The administrator can unlock it sooner."),
    "login.locked": QT_TRANSLATE_NOOP("Errors", "The account is locked until {until} after too many failed attempts. The administrator can unlock it sooner."),
    "login.inactive": QT_TRANSLATE_NOOP("Errors", "This account has been deactivated; ask the administrator."),
    "password.too_short": QT_TRANSLATE_NOOP("Errors", "{field}: at least {min} characters are needed."),
    "password.too_simple": QT_TRANSLATE_NOOP("Errors", "{field}: use at least {classes} of: lower-case letters, capitals, digits, symbols."),
    "password.contains_username": QT_TRANSLATE_NOOP("Errors", "{field}: the password must not contain the user name."),
    "password.old_wrong": QT_TRANSLATE_NOOP("Errors", "{field}: the current password is wrong."),
    "password.mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: the two passwords differ."),
    "password.same_as_old": QT_TRANSLATE_NOOP("Errors", "{field}: the new password must differ from the current one."),
    "user.first_admin_exists": QT_TRANSLATE_NOOP("Errors", "An administrator account already exists; log in with it."),
    "user.username_shape": QT_TRANSLATE_NOOP("Errors", "{field}: 2–40 letters, digits, Chinese characters, dots, dashes or underscores, no spaces."),
    "user.duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: the user name “{value}” already exists."),
    "user.last_admin": QT_TRANSLATE_NOOP("Errors", "{field}: this is the last active administrator; create another administrator first."),
    "setting.range": QT_TRANSLATE_NOOP("Errors", "{field}: must be between {low} and {high}."),
    "database.newer": QT_TRANSLATE_NOOP("Errors", "The database {path} was written by a newer version of the program (schema {revision}); this is version {version}. Install the newer version; the data was not changed."),
    "database.not_ours": QT_TRANSLATE_NOOP("Errors", "The file {path} is not a database of this program; it was not changed."),
    "database.unreadable": QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be read ({detail}). Restore it from a backup."),
    "database.locked": QT_TRANSLATE_NOOP("Errors", "The database {path} is in use by another copy of the program."),
    "database.in_use": QT_TRANSLATE_NOOP("Errors", "The data in {path} is already open in another copy of the program ({holder}). Close that copy first; only one copy may work on the data at a time."),
    "database.damaged": QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged ({detail}). Restore the newest good backup."),
    "database.dir_not_writable": QT_TRANSLATE_NOOP("Errors", "The program cannot write in the folder {path} ({detail}). Ask the administrator for write access or choose another data folder."),
    "backup.not_database": QT_TRANSLATE_NOOP("Errors", "The file {path} is not a database backup; nothing was changed."),
    "backup.not_ours": QT_TRANSLATE_NOOP("Errors", "The file {path} is a database, but not a backup of this program; nothing was changed."),
    "backup.corrupt": QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged ({detail}); nothing was changed. Choose another backup."),
    "backup.newer": QT_TRANSLATE_NOOP("Errors", "The backup {path} was made by a newer version of the program (schema {revision}); install that version to restore it. Nothing was changed."),
    "backup.failed": QT_TRANSLATE_NOOP("Errors", "The backup {path} could not be written ({detail}). Check that the disk or USB stick has room and is not write-protected."),
    "backup.is_live": QT_TRANSLATE_NOOP("Errors", "The file {path} is the database in use, not a backup; choose a backup file."),
    "backup.folder_missing": QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist (was the USB stick removed?)."),
    "backup.upgrade_failed": QT_TRANSLATE_NOOP("Errors", "The backup {path} was restored but could not be upgraded to this version ({detail}); the previous data was put back."),
}

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "postcode": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "contact_person": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Contact phone"),
    "supervising_leader": QT_TRANSLATE_NOOP("Fields", "Supervising leader"),
    "chief_representative_id": QT_TRANSLATE_NOOP("Fields", "Chief representative"),
    "floor": QT_TRANSLATE_NOOP("Fields", "Floor"),
    "number": QT_TRANSLATE_NOOP("Fields", "Window number"),
    "zone_id": QT_TRANSLATE_NOOP("Fields", "Zone"),
    "window_type": QT_TRANSLATE_NOOP("Fields", "Window type"),
    "home_unit_id": QT_TRANSLATE_NOOP("Fields", "Home unit"),
    "home_unit": QT_TRANSLATE_NOOP("Fields", "Home unit"),
    "active_from": QT_TRANSLATE_NOOP("Fields", "Open from"),
    "active_to": QT_TRANSLATE_NOOP("Fields", "Open until"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "political_status": QT_TRANSLATE_NOOP("Fields", "Political status"),
    "education": QT_TRANSLATE_NOOP("Fields", "Education"),
    "employment_type": QT_TRANSLATE_NOOP("Fields", "Employment type"),
    "joined_center_on": QT_TRANSLATE_NOOP("Fields", "Joined the center"),
    "window_id": QT_TRANSLATE_NOOP("Fields", "Window"),
    "window": QT_TRANSLATE_NOOP("Fields", "Window"),
    "post": QT_TRANSLATE_NOOP("Fields", "Post"),
    "skill_level": QT_TRANSLATE_NOOP("Fields", "Skill level"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "left_center_on": QT_TRANSLATE_NOOP("Fields", "Left the center"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Person's name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "old_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
    "new_password": QT_TRANSLATE_NOOP("Fields", "New password"),
    "confirm_password": QT_TRANSLATE_NOOP("Fields", "Repeat the password"),
    "min_length": QT_TRANSLATE_NOOP("Fields", "Minimum password length"),
    "min_classes": QT_TRANSLATE_NOOP("Fields", "Character classes required"),
    "max_age_days": QT_TRANSLATE_NOOP("Fields", "Password valid for (days)"),
    "lockout_attempts": QT_TRANSLATE_NOOP("Fields", "Failed attempts before lockout"),
    "lockout_minutes": QT_TRANSLATE_NOOP("Fields", "Lockout (minutes)"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Fields", "Lock the screen after idle (minutes)"),
    "audit_retention_days": QT_TRANSLATE_NOOP("Fields", "Keep audit entries (days)"),
}


def field_label(field: str | None) -> str:
    if not field:
        return ""
    src = FIELDS.get(field)
    return QCoreApplication.translate("Fields", src) if src else field


def format_code(code: str, field: str | None = None, params: dict | None = None, *, field_text: str | None = None) -> str:
    params = dict(params or {})
    if code == "choice" and params.get("allowed"):
        code = "choice_allowed"
        params["allowed"] = "、".join(str(a) for a in params["allowed"])
    for k, v in list(params.items()):
        if isinstance(v, (list, tuple)):
            params[k] = "、".join(str(x) for x in v)
    template = MESSAGES.get(code)
    fld = field_text if field_text is not None else field_label(field)
    if template is None:
        log.error("no message for error code %s", code)
        return f"{fld} {code} {params}".strip()
    text = QCoreApplication.translate("Errors", template)
    try:
        return text.format(field=fld, **params).strip()
    except (KeyError, IndexError):
        log.exception("message %s lacks a parameter: %s", code, params)
        return text


def describe(error: BaseException) -> str:
    """One or more lines for a DomainError / ValidationError."""
    if isinstance(error, ValidationError):
        return "\n".join(describe(e) for e in error.errors)
    if isinstance(error, DomainError):
        return format_code(error.code, error.field, error.params)
    return str(error)
