"""The main window: a navigation sidebar and one page per area. It only assembles pages.

Pages are built the first time they are shown, so start-up pays only for the home page.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop import __version__
from govhr_desktop.domain import security as perm
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.pages.base import Page

#: key -> (module, class, permission needed to see the page), in sidebar order
PAGES = {
    "home": ("govhr_desktop.ui.pages.home", "HomePage", perm.RECORDS_READ),
    "staff": ("govhr_desktop.ui.pages.staff", "StaffPage", perm.RECORDS_READ),
    "coverage": ("govhr_desktop.ui.pages.coverage", "CoveragePage", perm.RECORDS_READ),
    "leave": ("govhr_desktop.ui.pages.leave", "LeavePage", perm.RECORDS_READ),
    "rosters": ("govhr_desktop.ui.pages.rosters", "RostersPage", perm.RECORDS_READ),
    "registers": ("govhr_desktop.ui.pages.registers", "RegistersPage", perm.RECORDS_READ),
    "ratings": ("govhr_desktop.ui.pages.ratings", "RatingsPage", perm.RECORDS_READ),
    "bad_ratings": ("govhr_desktop.ui.pages.bad_ratings", "BadRatingsPage", perm.RECORDS_READ),
    "evaluations": ("govhr_desktop.ui.pages.evaluations", "EvaluationsPage", perm.RECORDS_READ),
    "honours": ("govhr_desktop.ui.pages.honours", "HonoursPage", perm.RECORDS_READ),
    "annual": ("govhr_desktop.ui.pages.annual", "AnnualPage", perm.RECORDS_READ),
    "charts": ("govhr_desktop.ui.pages.charts", "ChartsPage", perm.RECORDS_READ),
    "templates": ("govhr_desktop.ui.pages.templates", "TemplatesPage", perm.RECORDS_READ),
    "training": ("govhr_desktop.ui.pages.training", "TrainingPage", perm.RECORDS_READ),
    "training_ledger": ("govhr_desktop.ui.pages.training_ledger", "TrainingLedgerPage", perm.RECORDS_READ),
    "training_needs": ("govhr_desktop.ui.pages.training_needs", "TrainingNeedsPage", perm.RECORDS_READ),
    "certificates": ("govhr_desktop.ui.pages.certificates", "CertificatesPage", perm.RECORDS_READ),
    "documents": ("govhr_desktop.ui.pages.documents", "DocumentsPage", perm.RECORDS_READ),
    "document_register": ("govhr_desktop.ui.pages.document_register", "DocumentRegisterPage", perm.RECORDS_READ),
    "vetting": ("govhr_desktop.ui.pages.vetting", "VettingPage", perm.RECORDS_READ),
    "transfers": ("govhr_desktop.ui.pages.transfers", "TransfersPage", perm.RECORDS_READ),
    "home_units": ("govhr_desktop.ui.pages.org_pages", "HomeUnitsPage", perm.RECORDS_READ),
    "zones": ("govhr_desktop.ui.pages.org_pages", "ZonesPage", perm.RECORDS_READ),
    "windows": ("govhr_desktop.ui.pages.org_pages", "WindowsPage", perm.RECORDS_READ),
    "calendar": ("govhr_desktop.ui.pages.calendar", "CalendarPage", perm.RECORDS_READ),
    "settings": ("govhr_desktop.ui.pages.settings", "SettingsPage", perm.RECORDS_READ),
    "users": ("govhr_desktop.ui.pages.users", "UsersPage", perm.USERS_MANAGE),
    "security": ("govhr_desktop.ui.pages.security", "SecurityPage", perm.SECURITY_SETTINGS),
    "backups": ("govhr_desktop.ui.pages.backup", "BackupPage", perm.BACKUP_MANAGE),
    "audit": ("govhr_desktop.ui.pages.audit", "AuditPage", perm.AUDIT_READ),
}


class MainWindow(QMainWindow):
    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(1000, 620))
        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.logged_out = False
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        self.page_keys: list[str] = []
        self._stale: set[str] = set()
        titles = {
            "home": self.tr("Home"),
            "staff": self.tr("Staff"),
            "coverage": self.tr("Coverage"),
            "leave": self.tr("Leave"),
            "rosters": self.tr("Duty rosters"),
            "registers": self.tr("Registers"),
            "ratings": self.tr("Citizen ratings"),
            "bad_ratings": self.tr("Bad ratings"),
            "evaluations": self.tr("Monthly evaluation"),
            "honours": self.tr("Honours"),
            "annual": self.tr("Annual assessment"),
            "charts": self.tr("Charts"),
            "templates": self.tr("Scoring templates"),
            "training": self.tr("Training courses"),
            "training_ledger": self.tr("Training hours"),
            "training_needs": self.tr("Training needs"),
            "certificates": self.tr("Certificates"),
            "documents": self.tr("Official documents"),
            "document_register": self.tr("Document register"),
            "vetting": self.tr("Vetting"),
            "transfers": self.tr("Transfer requests"),
            "home_units": self.tr("Home units"),
            "zones": self.tr("Zones"),
            "windows": self.tr("Windows"),
            "calendar": self.tr("Working calendar"),
            "settings": self.tr("Center settings"),
            "users": self.tr("Accounts"),
            "security": self.tr("Security settings"),
            "backups": self.tr("Backups"),
            "audit": self.tr("Audit trail"),
        }
        for key, title in titles.items():
            if not ui.can(PAGES[key][2]):  # a page the role may not use is not shown at all
                continue
            self.page_keys.append(key)
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(140, 22))  # 30 pages fit a 768-pixel screen
            self.stack.addWidget(QWidget(self.stack))  # placeholder until the page is built
        sidebar = QWidget(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(160)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 8)
        side.addWidget(self.nav, 1)
        self.user_buttons: dict[str, QPushButton] = {}
        if ui.actor.user_id is not None:  # a logged-in person (not the program's own runs)
            from govhr_desktop.ui.dialogs.login import role_label

            self.user_label = QLabel(f"{ui.actor.display_name or ui.actor.username}\n{role_label(ui.actor.role)}", sidebar)
            self.user_label.setObjectName("userLabel")
            self.user_label.setWordWrap(True)
            side.addWidget(self.user_label)
            for name, text, slot in (
                ("changePassword", self.tr("Change password"), self.change_password),
                ("lockScreen", self.tr("Lock screen"), self.lock),
                ("logout", self.tr("Log out"), self.logout),
            ):
                b = QPushButton(text, sidebar)
                b.setObjectName(name)
                b.clicked.connect(slot)
                side.addWidget(b)
                self.user_buttons[name] = b

        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(sidebar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)
        for i in range(min(self.nav.count(), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
        self._update_title()
        self._restore_geometry()
        self.nav.setCurrentRow(0)

    # --- pages --------------------------------------------------------------------------------

    def _install(self, key: str, page: Page) -> Page:
        index = self.page_keys.index(key)
        placeholder = self.stack.widget(index)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(index, page)
        self.pages[key] = page
        self._stale.add(key)
        page.data_changed.connect(self._data_changed)
        return page

    def page(self, key: str) -> Page:
        """The page for ``key``, built now if it was not yet."""
        if key not in self.pages:
            module, cls, _perm = PAGES[key]
            page = self._install(key, getattr(importlib.import_module(module), cls)(self.ui))
            if hasattr(page, "open_page"):
                page.open_page.connect(self.show_page)
            if key == "backups":  # a restore brings back the backup's accounts: log in again
                page.on_restored = lambda _result: self._after_restore()
        return self.pages[key]

    def show_page(self, key: str) -> None:
        if key in self.page_keys:  # (a link to a page the role does not have does nothing)
            self.nav.setCurrentRow(self.page_keys.index(key))

    def current_key(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys[row]
        page = self.page(key)
        if key in self._stale:  # (re)load data the first time shown and after changes elsewhere
            page.reload()
            self._stale.discard(key)
        self.stack.setCurrentWidget(page)

    def _data_changed(self) -> None:
        """A page changed records: the others reload the next time they are shown."""
        current = self.current_key()
        self._stale = set(self.pages) - {current}
        self._update_title()

    # --- the session ------------------------------------------------------------------------

    def change_password(self) -> None:
        from govhr_desktop.ui.dialogs.login import ChangePasswordDialog

        if ChangePasswordDialog(self.ui, "", self).exec():
            self.statusBar().showMessage(self.tr("Password changed."), 6000)

    def lock(self) -> bool:
        """Hide everything and ask for the password; False when the clerk quit instead."""
        from govhr_desktop.ui.dialogs.login import LockDialog

        self.ui.auth.note_screen_locked()
        self.centralWidget().setVisible(False)
        dlg = LockDialog(self.ui, self)
        unlocked = bool(dlg.exec())
        if unlocked:
            self.centralWidget().setVisible(True)
            return True
        self.close()
        return False

    def _after_restore(self) -> None:
        if self.ui.actor.user_id is None:  # the program's own run (self-check): nothing to do
            return
        self.logged_out = True
        self.close()

    def logout(self) -> None:
        self.ui.auth.logout()
        self.logged_out = True
        self.close()

    def _update_title(self) -> None:
        name = self.ui.center.get().name
        title = self.tr("Service Center Staff Manager")
        parts = [name, title] if name else [title]
        if self.ui.demo:
            parts.append(self.tr("(demo)"))
        self.setWindowTitle(" — ".join(parts) + f" {__version__}")

    # --- geometry -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geo = self.ui.settings.value("main/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 720)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.ui.settings.setValue("main/geometry", self.saveGeometry())
        for page in self.pages.values():
            saver = getattr(page, "_save_header", None)
            if saver:
                saver()
        self.ui.settings.sync()
        super().closeEvent(event)
