"""Baseline for the ``startup`` benchmark: the least a PySide6 + SQLAlchemy desktop app must do.

Imports SQLAlchemy, creates a QApplication, shows a QMainWindow the size of the real main window
and quits on the first turn of the event loop, printing ``startup_seconds`` like
``govhr-desktop --quit-after-show`` does. Also used as the entry script of the bare frozen build
(``tests/benchmarks/bare_window.spec``); ``--self-check`` is accepted and means the same.
"""

from __future__ import annotations

import sys
import time

started = time.perf_counter()

import sqlalchemy  # noqa: E402,F401  (the baseline includes importing SQLAlchemy)
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("bare window", window))
    window.resize(1280, 720)
    window.show()

    def done() -> None:
        print(f"startup_seconds={time.perf_counter() - started:.4f}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
