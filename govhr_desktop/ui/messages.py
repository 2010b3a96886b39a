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
    "window.has_history": QT_TRANSLATE_NOOP("Errors", "Window {number} has an assignment history that must be kept; close the window with an end date instead of deleting it."),
    "assignment.staff_returned": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is no longer at the center on that date."),
    "assignment.before_joining": QT_TRANSLATE_NOOP("Errors", "{field}: {name} only joined the center on {joined}."),
    "assignment.unit_mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: window {window} belongs to {unit}; {name} is sent by another home unit."),
    "assignment.window_closed": QT_TRANSLATE_NOOP("Errors", "{field}: window {window} is not open on {start}."),
    "assignment.overlap": QT_TRANSLATE_NOOP("Errors", "{field}: {name} already sits at window {window} from {start} to {end}."),
    "assignment.second_a": QT_TRANSLATE_NOOP("Errors", "{field}: {name} already holds the A post at window {window}; a person holds one A post at a time."),
    "assignment.window_a_taken": QT_TRANSLATE_NOOP("Errors", "{field}: window {window} already has {name} on the A post in that period; choose B post or end that assignment first."),
    "assignment.already_ended": QT_TRANSLATE_NOOP("Errors", "{field}: the assignment already ended on {end}."),
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
    "vetting.already_staff": QT_TRANSLATE_NOOP("Errors", "{field}: {name} with this ID number is already on the staff list."),
    "vetting.already_pending": QT_TRANSLATE_NOOP("Errors", "{field}: {name} with this ID number is already proposed and waiting for a decision."),
    "vetting.decided": QT_TRANSLATE_NOOP("Errors", "The vetting of {name} has already been decided; it cannot be changed."),
    "vetting.reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: give the reason for refusing the person."),
    "vetting.decided_before_proposed": QT_TRANSLATE_NOOP("Errors", "{field}: the decision cannot come before the proposal ({proposed})."),
    "transfer.short_notice": QT_TRANSLATE_NOOP("Errors", "Short notice: only {days} working day(s) between filing and the requested date; {required} are expected."),
    "transfer.before_two_years": QT_TRANSLATE_NOOP("Errors", "The person joined the center on {joined} and will not have served {years} years before {due}; record the reason for the early move."),
    "transfer.early_reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: the person has served less than the minimum tenure (until {due}); give the reason for the early move."),
    "transfer.staff_returned": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has already returned to the home unit."),
    "transfer.already_pending": QT_TRANSLATE_NOOP("Errors", "{field}: a request for {name} is already waiting for a decision."),
    "transfer.decided": QT_TRANSLATE_NOOP("Errors", "The request for {name} has already been decided; it cannot be changed."),
    "transfer.reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: give the reason for refusing the request."),
    "transfer.decided_before_filed": QT_TRANSLATE_NOOP("Errors", "{field}: the decision cannot come before the request was filed ({filed})."),
    "chief_rep.before_joined": QT_TRANSLATE_NOOP("Errors", "{field}: the person joined the center only on {joined}."),
    "chief_rep.already": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is already the chief representative."),
    "chief_rep.before_current": QT_TRANSLATE_NOOP("Errors", "{field}: the current chief representative was appointed on {start}; a new appointment cannot start earlier."),
    "calendar.workday_on_weekday": QT_TRANSLATE_NOOP("Errors", "{field}: {day} is a Monday to Friday, a working day anyway; a make-up working day falls on a weekend."),
    "calendar.row_date": QT_TRANSLATE_NOOP("Errors", "Row {row}, column 日期: “{value}” is not a date (use 2026-10-01)."),
    "calendar.row_kind": QT_TRANSLATE_NOOP("Errors", "Row {row}, column 类型: “{value}” is neither 放假 (holiday) nor 上班 (make-up working day)."),
    "calendar.row_name_too_long": QT_TRANSLATE_NOOP("Errors", "Row {row}, column 名称: at most {max} characters."),
    "calendar.row_workday_on_weekday": QT_TRANSLATE_NOOP("Errors", "Row {row}: {day} is a Monday to Friday, a working day anyway; a make-up working day falls on a weekend."),
    "calendar.row_duplicate": QT_TRANSLATE_NOOP("Errors", "Row {row}: {day} already appears in row {first_row}."),
    "leave.end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the leave ends before it starts."),
    "leave.no_working_days": QT_TRANSLATE_NOOP("Errors", "{field}: from {start} to {end} there is no working day; no leave is needed."),
    "leave.overlap": QT_TRANSLATE_NOOP("Errors", "{field}: the person already has leave from {start} to {end} ({type}, {status})."),
    "leave.outside_tenure": QT_TRANSLATE_NOOP("Errors", "{field}: the dates lie outside {name}'s time at the center (joined {joined}, left {left})."),
    "leave.reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: sick leave needs a reason."),
    "leave.wrong_status": QT_TRANSLATE_NOOP("Errors", "The leave is already “{status}”; this step is not possible now."),
    "leave.unit_first": QT_TRANSLATE_NOOP("Errors", "Leave of one day or more needs the home unit's signature first; record it, then approve."),
    "leave.own_request": QT_TRANSLATE_NOOP("Errors", "You filed this leave yourself; another person must approve it."),
    "leave.handover_required": QT_TRANSLATE_NOOP("Errors", "Confirm the handover (who covers the window) before approving leave of one day or more."),
    "leave.substitute_required": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is alone at the window; the home unit must send a substitute; enter the substitute's name."),
    "leave.handover_to_required": QT_TRANSLATE_NOOP("Errors", "{field}: choose who covers the window: {names}."),
    "leave.handover_not_colleague": QT_TRANSLATE_NOOP("Errors", "{field}: {name} does not work at the same window."),
    "leave.cover_on_leave": QT_TRANSLATE_NOOP("Errors", "{field}: {name} is on approved leave at the same time."),
    "leave.already_started": QT_TRANSLATE_NOOP("Errors", "The leave started on {start}; it can no longer be cancelled. Record the return instead."),
    "leave.return_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the return is before the leave started ({start})."),
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
    "staff_id": QT_TRANSLATE_NOOP("Fields", "Person"),
    "start_on": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_on": QT_TRANSLATE_NOOP("Fields", "End date"),
    "end_reason": QT_TRANSLATE_NOOP("Fields", "End reason"),
    "day": QT_TRANSLATE_NOOP("Fields", "Date"),
    "leave_type": QT_TRANSLATE_NOOP("Fields", "Type of leave"),
    "end_on": QT_TRANSLATE_NOOP("Fields", "End date"),
    "signed_by_name": QT_TRANSLATE_NOOP("Fields", "Signed by"),
    "signed_on": QT_TRANSLATE_NOOP("Fields", "Signed on"),
    "handover_to_id": QT_TRANSLATE_NOOP("Fields", "Covered by"),
    "substitute_name": QT_TRANSLATE_NOOP("Fields", "Substitute"),
    "returned_on": QT_TRANSLATE_NOOP("Fields", "Back on"),
    "proposed_on": QT_TRANSLATE_NOOP("Fields", "Proposed on"),
    "intended_window_id": QT_TRANSLATE_NOOP("Fields", "Intended window"),
    "transfer_request_id": QT_TRANSLATE_NOOP("Fields", "Transfer request"),
    "political_quality": QT_TRANSLATE_NOOP("Fields", "Political quality"),
    "business_ability": QT_TRANSLATE_NOOP("Fields", "Business ability"),
    "physical_condition": QT_TRANSLATE_NOOP("Fields", "Physical condition"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "decision_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the decision"),
    "decided_on": QT_TRANSLATE_NOOP("Fields", "Decided on"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind of request"),
    "filed_on": QT_TRANSLATE_NOOP("Fields", "Filed on"),
    "requested_on": QT_TRANSLATE_NOOP("Fields", "Requested date"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "early_reason": QT_TRANSLATE_NOOP("Fields", "Reason for moving before the minimum tenure"),
    "replacement_name": QT_TRANSLATE_NOOP("Fields", "Replacement offered"),
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
