"""Security settings (administrator): password, lockout, screen lock and audit retention limits.

The spin boxes only offer the ranges the service allows (``POLICY_LIMITS``: tighten, never
switch a rule off); the service checks again and its errors appear under the fields.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import SECURITY_SETTINGS, SecurityPolicy
from govhr_desktop.services.settings import POLICY_LIMITS
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import FieldError
from govhr_desktop.ui.pages.base import Page


class SecurityPage(Page):
    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)

        box = QGroupBox(self.tr("Passwords, lockout and screen lock"), self)
        box.setMaximumWidth(860)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)
        self.spins: dict[str, QSpinBox] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, str] = {}
        for key, text, suffix, hint in self.rows():
            low, high = POLICY_LIMITS[key]
            spin = QSpinBox(box)
            spin.setObjectName(key)
            spin.setRange(low, high)
            spin.setSuffix(suffix)
            spin.setMinimumWidth(130)
            spin.setAccelerated(True)
            allowed = self.tr("Allowed: %1 to %2.").replace("%1", str(low)).replace("%2", str(high))
            explain = QLabel(hint + " " + allowed, box)
            explain.setObjectName(f"{key}_hint")
            explain.setWordWrap(True)
            explain.setStyleSheet("color: #555;")
            err = FieldError(box)
            cell = QWidget(box)
            lay = QVBoxLayout(cell)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(spin)
            row.addWidget(explain, 1)
            lay.addLayout(row)
            lay.addWidget(err)
            label = QLabel(text, box)
            label.setBuddy(spin)
            form.addRow(label, cell)
            self.spins[key], self.errors[key], self.labels[key] = spin, err, text
        outer.addWidget(box)

        self.general_error = FieldError(self)
        outer.addWidget(self.general_error)
        note = QLabel(
            self.tr("Changes apply at the next login and the next screen lock; users who are logged in "
                    "keep working. The limits follow 等保 2.0 level 2: a rule can be tightened, not switched off."),
            self,
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        note.setMaximumWidth(860)
        outer.addWidget(note)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(lambda: self.save())
        self.defaults_button = QPushButton(self.tr("Baseline values"), self)
        self.defaults_button.setObjectName("defaultsButton")
        self.defaults_button.setToolTip(self.tr("Fill in the 等保 level 2 baseline; nothing is saved until you press Save"))
        self.defaults_button.clicked.connect(lambda: self.show_policy(SecurityPolicy()))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)

        if not ui.can(SECURITY_SETTINGS):
            for w in (box, self.save_button, self.defaults_button):
                w.setEnabled(False)
            self.general_error.setStyleSheet("color: #555;")
            self.general_error.show_text(self.tr("Only an administrator can change these settings."))

    def title(self) -> str:
        return self.tr("Security settings")

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(policy field, label, spin box suffix, explanation)."""
        return [
            ("min_length", self.tr("Minimum password length"), self.tr(" characters"),
             self.tr("Longer passwords are harder to guess.")),
            ("min_classes", self.tr("Character classes required"), "",
             self.tr("Of four: lower-case letters, capitals, digits, symbols.")),
            ("max_age_days", self.tr("Password valid for"), self.tr(" days"),
             self.tr("After that the user must choose a new password at login.")),
            ("lockout_attempts", self.tr("Failed attempts before lockout"), "",
             self.tr("Wrong passwords in a row that lock the account.")),
            ("lockout_minutes", self.tr("Lockout lasts"), self.tr(" minutes"),
             self.tr("An administrator can unlock sooner on the Accounts page.")),
            ("idle_lock_minutes", self.tr("Lock the screen after"), self.tr(" idle minutes"),
             self.tr("The user's password opens it again.")),
            ("audit_retention_days", self.tr("Keep audit entries for"), self.tr(" days"),
             self.tr("Entries younger than this are never removed.")),
        ]

    def reload(self) -> None:
        self.show_policy(self.ui.security.policy())
        self.clear_errors()

    def show_policy(self, policy: SecurityPolicy) -> None:
        for key, value in asdict(policy).items():
            if key in self.spins:
                self.spins[key].setValue(value)

    def collect(self) -> SecurityPolicy:
        for spin in self.spins.values():
            spin.interpretText()  # a value typed but not yet confirmed
        return SecurityPolicy(**{f.name: self.spins[f.name].value() for f in fields(SecurityPolicy)})

    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.show_text("")
        if self.ui.can(SECURITY_SETTINGS):
            self.general_error.show_text("")

    def save(self) -> bool:
        self.clear_errors()
        try:
            self.ui.security.save_policy(self.collect())
        except (ValidationError, DomainError) as e:
            self.show_errors(e)
            return False
        self.notify(self.tr("Security settings saved; they apply at the next login or screen lock."))
        self.data_changed.emit()
        return True

    def show_errors(self, error: ValidationError | DomainError) -> None:
        errors = error.errors if isinstance(error, ValidationError) else [error]
        first = None
        for e in errors:
            text = messages.format_code(e.code, e.field, e.params, field_text=self.labels.get(e.field))
            if e.field in self.errors:
                self.errors[e.field].show_text(text)
                first = first or self.spins[e.field]
            else:
                self.general_error.show_text(text)
        if first is not None:
            first.setFocus()

    def error_text(self, key: str) -> str:
        err = self.errors.get(key)
        return err.text() if err is not None and not err.isHidden() else ""

    def notify(self, text: str) -> None:
        from PySide6.QtWidgets import QMainWindow

        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, 8000)
