"""An uncaught error opens a dialog whose details can be copied or saved (the PC is offline)."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from govhr_desktop import __version__

log = logging.getLogger(__name__)


def error_report(exc_type, exc, tb) -> str:
    lines = [
        f"govhr-desktop {__version__}",
        f"time: {datetime.now().isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]}  platform: {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.report = report
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr(
            "Something went wrong. The last action may not have been completed; no half-saved data "
            "was kept. Please copy or save the details below and send them to your administrator."
        ), self))
        lay.itemAt(0).widget().setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 240)
        lay.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.save_button = QPushButton(self.tr("Save report…"), self)
        close = QPushButton(self.tr("Close"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(lambda: self.save())
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.report)

    def save(self, path: str | None = None) -> str | None:
        if path is None:
            name = f"govhr-error-{datetime.now():%Y%m%d-%H%M%S}.txt"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save report"), name, self.tr("Text (*.txt)"))
            if not path:
                return None
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.report)
        return path


_showing = {"on": False}


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        report = error_report(exc_type, exc, tb)
        log.error("uncaught exception\n%s", report)
        if QApplication.instance() is None or _showing["on"]:
            if sys.stderr is not None:  # (None in the windowed Windows build)
                sys.stderr.write(report)
            return
        _showing["on"] = True
        try:
            ErrorDialog(report, QApplication.activeWindow()).exec()
        finally:
            _showing["on"] = False

    sys.excepthook = hook
