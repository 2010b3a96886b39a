"""Run slow work (imports, batch PDFs, roster solving, backups) off the GUI thread.

``BackgroundTask(fn)`` runs ``fn(report, cancelled)`` in a ``QThread`` (a QObject worker moved
to the thread). ``report(done, total)`` may be called from the worker as often as it likes; it
arrives on the GUI thread as the ``progress`` signal. ``cancelled()`` reads a thread-safe flag
(``threading.Event``) that ``cancel()`` sets from the GUI thread; the work checks it between
chunks and stops (the services raise ``DomainError("import.cancelled")`` and roll back).
The outcome arrives as ``finished(result)`` or ``failed(exception)`` on the GUI thread.

``run_with_progress(parent, title, fn)`` does all of that behind a modal ``QProgressDialog`` and
returns the result, or raises the exception, in the GUI thread (a local ``QEventLoop`` keeps the
GUI responsive meanwhile).

Only plain results (dataclasses, numbers, lists) should cross back: never ORM objects bound to
a session of the worker thread. Database work in ``fn`` opens its own sessions (the services do
so per call; SQLAlchemy's pool for a file database hands each thread its own connection, with
``check_same_thread`` off).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TaskFn = Callable[[Report, Cancelled], Any]


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: TaskFn, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._flag = cancel_flag

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._report, self._flag.is_set)
        except BaseException as e:
            log.debug("background task failed", exc_info=True)
            self.failed.emit(e)
        else:
            self.finished.emit(result)

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))


class BackgroundTask(QObject):
    """One run of ``fn(report, cancelled)`` in its own thread; signals on the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: TaskFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_flag = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._thread = QThread()
        self._worker = _Worker(fn, self.cancel_flag)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progress.connect(self._on_progress, queued)
        self._worker.finished.connect(self._on_finished, queued)
        self._worker.failed.connect(self._on_failed, queued)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop (thread-safe); the outcome still arrives through the signals."""
        self.cancel_flag.set()

    def is_cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def wait(self, msecs: int = -1) -> bool:
        return self._thread.wait() if msecs < 0 else self._thread.wait(msecs)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._stop()
        self.result = result
        self.done = True
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._stop()
        self.error = error  # type: ignore[assignment]
        self.done = True
        self.failed.emit(error)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()


class _ProgressDialog(QProgressDialog):
    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(300)
        self.setRange(0, 0)  # busy until the first report
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
        else:
            self.setCancelButton(None)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))
        self.setLabelText(self.tr("%1 of %2 processed…").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def show_cancelling(self) -> None:
        self.setLabelText(self.tr("Cancelling… nothing will be kept."))


def run_with_progress(parent: QWidget | None, title: str, fn: TaskFn, *, cancellable: bool = True) -> Any:
    """Run ``fn(report, cancelled)`` in a worker thread behind a progress dialog.

    Returns ``fn``'s result, or raises its exception, here in the GUI thread. Cancel sets the
    flag ``cancelled()`` reads; the function decides how to stop (and what it raises).
    """
    task = BackgroundTask(fn)
    dialog = _ProgressDialog(parent, title, cancellable)
    loop = QEventLoop()
    task.progress.connect(dialog.show_progress)
    task.finished.connect(lambda _r: loop.quit())
    task.failed.connect(lambda _e: loop.quit())

    def on_cancel() -> None:
        task.cancel()
        dialog.show_cancelling()
        dialog.show()

    if cancellable:
        dialog.canceled.connect(on_cancel)
    task.start()
    if not task.done:
        loop.exec()
    if cancellable:
        dialog.canceled.disconnect(on_cancel)
    dialog.hide()
    dialog.deleteLater()
    task.wait()
    run_with_progress.last_task = task  # type: ignore[attr-defined] # for tests
    if task.error is not None:
        raise task.error
    return task.result
