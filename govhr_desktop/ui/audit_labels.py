"""Chinese (translated) names of audit actions and record types, for the audit trail screen.

The trail stores stable codes (``staff.update``); the auditor reads these labels, with the code
kept in the tooltip. An unknown code is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditLabels", "Log in"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "Log out"),
    "unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlock screen"),
    "screen.lock": QT_TRANSLATE_NOOP("AuditLabels", "Screen locked"),
    "password.change": QT_TRANSLATE_NOOP("AuditLabels", "Change own password"),
    "user.create": QT_TRANSLATE_NOOP("AuditLabels", "Create account"),
    "user.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit account"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditLabels", "Reset password"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlock account"),
    "user.list": QT_TRANSLATE_NOOP("AuditLabels", "View accounts"),
    "settings.security": QT_TRANSLATE_NOOP("AuditLabels", "Change security settings"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditLabels", "Check the audit trail"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Export to Excel"),
    "personal.reveal": QT_TRANSLATE_NOOP("AuditLabels", "View full ID/phone numbers"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLabels", "Back up"),
    "backup.export": QT_TRANSLATE_NOOP("AuditLabels", "Back up to folder"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLabels", "Restore backup"),
    "dashboard": QT_TRANSLATE_NOOP("AuditLabels", "View home page"),
    "center.save": QT_TRANSLATE_NOOP("AuditLabels", "Save center settings"),
    "center.update": QT_TRANSLATE_NOOP("AuditLabels", "Change center settings"),
    "leader.list": QT_TRANSLATE_NOOP("AuditLabels", "View leaders"),
    "leader.save": QT_TRANSLATE_NOOP("AuditLabels", "Save leader"),
    "leader.create": QT_TRANSLATE_NOOP("AuditLabels", "Add leader"),
    "leader.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit leader"),
    "leader.delete": QT_TRANSLATE_NOOP("AuditLabels", "Remove leader"),
    "staff.list": QT_TRANSLATE_NOOP("AuditLabels", "View staff"),
    "staff.get": QT_TRANSLATE_NOOP("AuditLabels", "View staff member"),
    "staff.save": QT_TRANSLATE_NOOP("AuditLabels", "Save staff member"),
    "staff.create": QT_TRANSLATE_NOOP("AuditLabels", "Add staff member"),
    "staff.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit staff member"),
    "staff.return": QT_TRANSLATE_NOOP("AuditLabels", "Return to home unit"),
    "staff.import": QT_TRANSLATE_NOOP("AuditLabels", "Import staff from Excel"),
    "home_unit.list": QT_TRANSLATE_NOOP("AuditLabels", "View home units"),
    "home_unit.save": QT_TRANSLATE_NOOP("AuditLabels", "Save home unit"),
    "home_unit.create": QT_TRANSLATE_NOOP("AuditLabels", "Add home unit"),
    "home_unit.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit home unit"),
    "home_unit.activate": QT_TRANSLATE_NOOP("AuditLabels", "Activate home unit"),
    "home_unit.deactivate": QT_TRANSLATE_NOOP("AuditLabels", "Deactivate home unit"),
    "home_unit.set_active": QT_TRANSLATE_NOOP("AuditLabels", "Activate or deactivate home unit"),
    "home_unit.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete home unit"),
    "zone.list": QT_TRANSLATE_NOOP("AuditLabels", "View zones"),
    "zone.save": QT_TRANSLATE_NOOP("AuditLabels", "Save zone"),
    "zone.create": QT_TRANSLATE_NOOP("AuditLabels", "Add zone"),
    "zone.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit zone"),
    "zone.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete zone"),
    "window.list": QT_TRANSLATE_NOOP("AuditLabels", "View windows"),
    "window.save": QT_TRANSLATE_NOOP("AuditLabels", "Save window"),
    "window.create": QT_TRANSLATE_NOOP("AuditLabels", "Add window"),
    "window.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit window"),
    "window.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete window"),
    "staff.timeline": QT_TRANSLATE_NOOP("AuditLabels", "View timeline"),
    "coverage": QT_TRANSLATE_NOOP("AuditLabels", "View coverage"),
    "assignment.create": QT_TRANSLATE_NOOP("AuditLabels", "Assign to window"),
    "assignment.end": QT_TRANSLATE_NOOP("AuditLabels", "End window assignment"),
    "assignment.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Cancel window assignment"),
    "vetting.list": QT_TRANSLATE_NOOP("AuditLabels", "View vetting"),
    "vetting.propose": QT_TRANSLATE_NOOP("AuditLabels", "Record proposed person"),
    "vetting.assess": QT_TRANSLATE_NOOP("AuditLabels", "Record vetting assessment"),
    "vetting.decide": QT_TRANSLATE_NOOP("AuditLabels", "Vetting decision"),
    "transfer.list": QT_TRANSLATE_NOOP("AuditLabels", "View transfer requests"),
    "transfer.file": QT_TRANSLATE_NOOP("AuditLabels", "Record transfer request"),
    "transfer.decide": QT_TRANSLATE_NOOP("AuditLabels", "Decide transfer request"),
    "chief_rep.appoint": QT_TRANSLATE_NOOP("AuditLabels", "Appoint chief representative"),
    "chief_rep.history": QT_TRANSLATE_NOOP("AuditLabels", "View chief representatives"),
    "leave.list": QT_TRANSLATE_NOOP("AuditLabels", "View leave"),
    "leave.get": QT_TRANSLATE_NOOP("AuditLabels", "View leave request"),
    "calendar.list": QT_TRANSLATE_NOOP("AuditLabels", "View working calendar"),
    "leave.file": QT_TRANSLATE_NOOP("AuditLabels", "File leave"),
    "leave.unit_sign": QT_TRANSLATE_NOOP("AuditLabels", "Record home unit's leave approval"),
    "leave.approve": QT_TRANSLATE_NOOP("AuditLabels", "Center approves leave"),
    "leave.refuse": QT_TRANSLATE_NOOP("AuditLabels", "Refuse leave"),
    "leave.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Cancel leave"),
    "leave.handover": QT_TRANSLATE_NOOP("AuditLabels", "Confirm leave handover"),
    "leave.return": QT_TRANSLATE_NOOP("AuditLabels", "Return from leave"),
    "calendar.set_day": QT_TRANSLATE_NOOP("AuditLabels", "Set calendar day"),
    "calendar.remove_day": QT_TRANSLATE_NOOP("AuditLabels", "Remove calendar day"),
    "calendar.import": QT_TRANSLATE_NOOP("AuditLabels", "Import calendar"),
    "register.add": QT_TRANSLATE_NOOP("AuditLabels", "Add register entry"),
    "register.update": QT_TRANSLATE_NOOP("AuditLabels", "Edit register entry"),
    "register.verify": QT_TRANSLATE_NOOP("AuditLabels", "Verify register entry"),
    "register.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete register entry"),
    "register.list": QT_TRANSLATE_NOOP("AuditLabels", "View registers"),
    "register.get": QT_TRANSLATE_NOOP("AuditLabels", "View register entry"),
    "register.counts": QT_TRANSLATE_NOOP("AuditLabels", "Count register entries"),
    "template.save": QT_TRANSLATE_NOOP("AuditLabels", "Save scoring template"),
    "template.create_default": QT_TRANSLATE_NOOP("AuditLabels", "Create default scoring template"),
    "template.list": QT_TRANSLATE_NOOP("AuditLabels", "View scoring templates"),
    "template.get": QT_TRANSLATE_NOOP("AuditLabels", "View scoring template"),
    "template.active": QT_TRANSLATE_NOOP("AuditLabels", "View active scoring template"),
    "rating.import": QT_TRANSLATE_NOOP("AuditLabels", "Import citizen ratings"),
    "bad_rating.open": QT_TRANSLATE_NOOP("AuditLabels", "Open bad-rating cases"),
    "bad_rating.verify": QT_TRANSLATE_NOOP("AuditLabels", "Verify bad rating"),
    "bad_rating.rectify": QT_TRANSLATE_NOOP("AuditLabels", "Record rectification"),
    "bad_rating.callback": QT_TRANSLATE_NOOP("AuditLabels", "Record callback"),
    "bad_rating.appeal": QT_TRANSLATE_NOOP("AuditLabels", "Record appeal"),
    "bad_rating.decide_appeal": QT_TRANSLATE_NOOP("AuditLabels", "Decide appeal"),
    "bad_rating.settings": QT_TRANSLATE_NOOP("AuditLabels", "Change bad-rating deadlines"),
    "bad_rating.list": QT_TRANSLATE_NOOP("AuditLabels", "View bad-rating cases"),
    "bad_rating.get": QT_TRANSLATE_NOOP("AuditLabels", "View bad-rating case"),
}

RECORD_TYPES = {
    "staff": QT_TRANSLATE_NOOP("AuditLabels", "Staff"),
    "home_unit": QT_TRANSLATE_NOOP("AuditLabels", "Home unit"),
    "zone": QT_TRANSLATE_NOOP("AuditLabels", "Zone"),
    "service_window": QT_TRANSLATE_NOOP("AuditLabels", "Window"),
    "center": QT_TRANSLATE_NOOP("AuditLabels", "Center"),
    "center_leader": QT_TRANSLATE_NOOP("AuditLabels", "Center leader"),
    "user_account": QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "app_setting": QT_TRANSLATE_NOOP("AuditLabels", "Settings"),
    "audit": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail"),
    "users": QT_TRANSLATE_NOOP("AuditLabels", "Accounts"),
    "home_units": QT_TRANSLATE_NOOP("AuditLabels", "Home units"),
    "zones": QT_TRANSLATE_NOOP("AuditLabels", "Zones"),
    "windows": QT_TRANSLATE_NOOP("AuditLabels", "Windows"),
    "backups": QT_TRANSLATE_NOOP("AuditLabels", "Backups"),
    "assignment": QT_TRANSLATE_NOOP("AuditLabels", "Window assignment"),
    "vetting": QT_TRANSLATE_NOOP("AuditLabels", "Vetting"),
    "transfer_request": QT_TRANSLATE_NOOP("AuditLabels", "Transfer request"),
    "chief_representative": QT_TRANSLATE_NOOP("AuditLabels", "Chief representative"),
    "leave_request": QT_TRANSLATE_NOOP("AuditLabels", "Leave"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditLabels", "Working calendar"),
    "coverage": QT_TRANSLATE_NOOP("AuditLabels", "Coverage"),
    "leave": QT_TRANSLATE_NOOP("AuditLabels", "Leave"),
    "transfers": QT_TRANSLATE_NOOP("AuditLabels", "Transfer requests"),
    "calendar": QT_TRANSLATE_NOOP("AuditLabels", "Working calendar"),
    "register_entry": QT_TRANSLATE_NOOP("AuditLabels", "Register entry"),
    "registers": QT_TRANSLATE_NOOP("AuditLabels", "Registers"),
    "evaluation_template": QT_TRANSLATE_NOOP("AuditLabels", "Scoring template"),
    "rating": QT_TRANSLATE_NOOP("AuditLabels", "Citizen ratings"),
    "rating_import": QT_TRANSLATE_NOOP("AuditLabels", "Citizen rating import"),
    "bad_rating_case": QT_TRANSLATE_NOOP("AuditLabels", "Bad-rating case"),
}

from govhr_desktop.ui.audit_labels_training import TRAINING_ACTIONS, TRAINING_RECORD_TYPES  # noqa: E402

ACTIONS.update(TRAINING_ACTIONS)
RECORD_TYPES.update(TRAINING_RECORD_TYPES)

from govhr_desktop.ui.audit_labels_documents import DOCUMENTS_ACTIONS, DOCUMENTS_RECORD_TYPES  # noqa: E402

ACTIONS.update(DOCUMENTS_ACTIONS)
RECORD_TYPES.update(DOCUMENTS_RECORD_TYPES)


def _label(table: dict[str, str], code: str) -> str:
    src = table.get(code)
    return QCoreApplication.translate("AuditLabels", src) if src else code


def action_label(code: str) -> str:
    return _label(ACTIONS, code)


def record_type_label(code: str) -> str:
    return _label(RECORD_TYPES, code)
