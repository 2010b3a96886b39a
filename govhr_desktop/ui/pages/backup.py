"""Backups: the list of backup files, back up now or to a folder, restore, check integrity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.backup import BackupInfo, BackupService, RestoreResult
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc) -> None:
        QGuiApplication.restoreOverrideCursor()


class BackupPage(ListPage):
    settings_key = "backups"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.backups = BackupService(ui.services, ui.paths)
        #: called with the RestoreResult after a restore (the main window reloads everything)
        self.on_restored: Callable[[RestoreResult], None] | None = None

        self.add_filter(
            "kindFilter",
            [(self.tr("All kinds"), None)] + [(self.kind_text(k), k) for k in ("daily", "manual", "migration", "restore")],
            lambda b, v: b.kind == v,
        )
        self.add_button(self.tr("Back up now"), self.backup_now, name="backupNowButton", shortcut="Ctrl+B")
        self.add_button(self.tr("Back up to folder…"), self.backup_to_folder, name="backupToButton")
        self.add_button(self.tr("Restore…"), self.restore_selected, name="restoreButton")
        self.add_button(self.tr("Restore from file…"), self.restore_from_file, name="restoreFileButton")
        self.add_button(self.tr("Check integrity"), self.check_integrity, name="checkButton")

        self.where_label = QLabel(self)
        self.where_label.setObjectName("backupHint")
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_label.setText(
            self.tr("Backups are kept in %1. The program makes one automatically at the first start of each day "
                    "and keeps daily, weekly and monthly copies; manual backups are never deleted.")
            .replace("%1", str(ui.paths.backups))
        )
        self.body.insertWidget(1, self.where_label)
        if self.ui.settings.value(f"{self.settings_key}/header") is None:
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    # --- list ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Backups")

    def search_placeholder(self) -> str:
        return self.tr("File, center or kind (Ctrl+F)")

    def kind_text(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "manual": self.tr("Manual"),
            "migration": self.tr("Before upgrade"),
            "restore": self.tr("Before restore"),
        }.get(kind, self.tr("Other"))

    def integrity_text(self, b: BackupInfo) -> str:
        return {
            "": self.tr("OK"),
            "backup.corrupt": self.tr("Damaged"),
            "backup.newer": self.tr("Newer version"),
            "backup.not_ours": self.tr("Not this program's"),
            "backup.not_database": self.tr("Not a database"),
        }.get(b.problem, b.problem)

    def columns(self) -> list[Column]:
        return [
            Column("created", self.tr("Time"), lambda b: b.created.strftime("%Y-%m-%d %H:%M:%S"),
                   sort=lambda b: b.created.isoformat(), width=150),
            Column("kind", self.tr("Kind"), lambda b: self.kind_text(b.kind), width=120),
            Column("size", self.tr("Size"), lambda b: _size_text(b.size), sort=lambda b: b.size, align_right=True, width=80),
            Column("revision", self.tr("Schema"), lambda b: b.revision or "", width=110),
            Column("integrity", self.tr("Integrity"), self.integrity_text, width=140, tooltip=lambda b: b.detail),
            Column("center", self.tr("Center"), lambda b: b.center_name, width=180),
            Column("staff", self.tr("Staff"), lambda b: "" if b.staff_count is None else b.staff_count,
                   sort=lambda b: -1 if b.staff_count is None else b.staff_count, align_right=True, width=60),
            Column("file", self.tr("File"), lambda b: b.name, tooltip=lambda b: str(b.path)),
        ]

    def search_key(self, b: BackupInfo) -> str:
        return f"{b.name} {b.center_name} {self.kind_text(b.kind)} {b.revision or ''}"

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda b: "#b3261e" if b.problem else None)

    def fetch(self) -> list[BackupInfo]:
        with _WaitCursor():
            return self.backups.list()

    def edit_selected(self) -> None:
        """Double-click: nothing to edit; restoring needs the explicit button."""

    # --- actions ------------------------------------------------------------------------------

    def backup_now(self) -> BackupInfo | None:
        try:
            with _WaitCursor():
                info = self.backups.backup_now()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return None
        self.reload()
        self.select_id(info.id)
        self.notify(self.tr("Backup written: %1").replace("%1", str(info.path)))
        return info

    def backup_to_folder(self, folder: str | None = None) -> Path | None:
        if not folder:
            start = self.ui.settings.value("backup/export_dir", "")
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the backup (e.g. a USB stick)"), start)
            if not folder:
                return None
        try:
            with _WaitCursor():
                target = self.backups.backup_to(folder)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return None
        self.ui.settings.setValue("backup/export_dir", str(folder))
        QMessageBox.information(self, self.tr("Backup written"), self.tr("The backup was written to %1.").replace("%1", str(target)))
        return target

    def restore_selected(self) -> RestoreResult | None:
        row = self.selected_row()
        if row is None:
            return self.restore_from_file()
        return self.restore_path(row.path)

    def restore_from_file(self, path: str | None = None) -> RestoreResult | None:
        if not path:
            start = self.ui.settings.value("backup/restore_dir", str(self.ui.paths.backups))
            path, _f = QFileDialog.getOpenFileName(
                self, self.tr("Choose a backup to restore"), start,
                self.tr("Backups (*.sqlite3 *.db *.sqlite);;All files (*)"),
            )
            if not path:
                return None
            self.ui.settings.setValue("backup/restore_dir", str(Path(path).parent))
        return self.restore_path(Path(path))

    def restore_path(self, path: Path) -> RestoreResult | None:
        try:
            with _WaitCursor():
                info = self.backups.inspect(path)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e, self.tr("Cannot restore this file"))
            return None
        staff = "?" if info.staff_count is None else str(info.staff_count)
        question = (
            self.tr("Restore the backup of %1?\n\nCenter: %2; staff: %3; schema: %4.\n\n"
                    "The current data will be replaced by the backup's. A backup of the current data is made "
                    "first, so the restore can be undone. Afterwards the program reloads the data.")
            .replace("%1", info.created.strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%2", info.center_name or "—").replace("%3", staff).replace("%4", info.revision or "?")
        )
        answer = QMessageBox.question(
            self, self.tr("Restore"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            with _WaitCursor():
                result = self.backups.restore(path)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e, self.tr("The restore did not happen"))
            self.reload()
            return None
        QMessageBox.information(
            self, self.tr("Restored"),
            self.tr("The backup of %1 was restored. The data as it was before is kept as %2.\n\n"
                    "The program now reloads the data.")
            .replace("%1", info.created.strftime("%Y-%m-%d %H:%M:%S")).replace("%2", result.safety_backup.name),
        )
        self.reload()
        self.data_changed.emit()
        if self.on_restored is not None:
            self.on_restored(result)
        return result

    def check_integrity(self) -> str | None:
        with _WaitCursor():
            problem = self.backups.check_integrity()
        if problem is None:
            QMessageBox.information(self, self.tr("Check integrity"), self.tr("The database is intact."))
        else:
            QMessageBox.warning(
                self, self.tr("Check integrity"),
                self.tr("The database is damaged: %1\n\nRestore the newest good backup (Restore…).").replace("%1", problem),
            )
        return problem


def recover_damaged_database(paths, problem: str, parent=None) -> bool:
    """At start, when the quick check of the database failed: offer the newest good backup.

    Returns True when a backup was restored (go on starting), False to quit. Runs before the
    database is opened for the program, as the program itself (the system actor).
    """
    from PySide6.QtCore import QCoreApplication

    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.ui import messages

    db = Database(paths.database)
    try:
        service = BackupService(ServiceContext(db), paths)
        while True:
            newest = service.newest_good()
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("RecoverDatabase", "The database is damaged"))
            text = QCoreApplication.translate("RecoverDatabase", "The database %1 is damaged:\n%2\n\n").replace("%1", str(paths.database)).replace("%2", problem)
            if newest is not None:
                text += (QCoreApplication.translate("RecoverDatabase", "The newest good backup is from %1 (%2 staff). Restore it? The damaged file is kept "
                            "among the backups.")
                         .replace("%1", newest.created.strftime("%Y-%m-%d %H:%M"))
                         .replace("%2", "?" if newest.staff_count is None else str(newest.staff_count)))
            else:
                text += QCoreApplication.translate("RecoverDatabase", "No good backup was found in %1. Choose a backup file (e.g. on a USB stick) or quit "
                           "and ask for help.").replace("%1", str(paths.backups))
            box.setText(text)
            restore = box.addButton(QCoreApplication.translate("RecoverDatabase", "Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole) \
                if newest is not None else None
            choose = box.addButton(QCoreApplication.translate("RecoverDatabase", "Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
            quit_ = box.addButton(QCoreApplication.translate("RecoverDatabase", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(restore or choose)
            box.exec()
            clicked = box.clickedButton()
            if clicked is quit_ or clicked is None:
                return False
            if clicked is choose:
                path, _f = QFileDialog.getOpenFileName(
                    parent, QCoreApplication.translate("RecoverDatabase", "Choose a backup to restore"), str(paths.backups),
                    QCoreApplication.translate("RecoverDatabase", "Backups (*.sqlite3 *.db *.sqlite);;All files (*)"),
                )
                if not path:
                    continue
                target = Path(path)
            else:
                target = newest.path
            try:
                with _WaitCursor():
                    service.restore(target)
            except (DomainError, ValidationError) as e:
                QMessageBox.warning(parent, QCoreApplication.translate("RecoverDatabase", "The restore did not happen"), messages.describe(e))
                continue
            return True
    finally:
        db.dispose()
