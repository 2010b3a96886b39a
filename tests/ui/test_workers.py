"""The background-task helper: progress and results on the GUI thread, errors re-raised, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from govhr_desktop.ui.workers import BackgroundTask, run_with_progress


def test_progress_and_result_arrive_on_the_gui_thread(qtbot):
    worker_threads: list = []

    def work(report, cancelled):
        worker_threads.append(threading.get_ident())
        for i in range(1, 4):
            report(i, 3)
        return {"sum": 6}

    task = BackgroundTask(work)
    seen: list = []
    gui = QApplication.instance().thread()
    task.progress.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [{"sum": 6}]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert all(s[2] for s in seen)


def test_run_with_progress_returns_the_result(qtbot):
    assert run_with_progress(None, "t", lambda report, cancelled: (report(1, 1), 42)[1]) == 42


def test_an_exception_is_raised_again_in_the_gui_thread(qtbot):
    def work(report, cancelled):
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        run_with_progress(None, "t", work)


def test_cancel_sets_the_flag_the_work_reads(qtbot):
    started = threading.Event()

    def work(report, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise RuntimeError("cancelled")

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.windowTitle() == "to cancel"]
        if started.is_set() and dialogs:
            dialogs[-1].canceled.emit()  # what the Cancel button (or Esc) does
        else:
            QTimer.singleShot(10, press_cancel)

    QTimer.singleShot(10, press_cancel)
    with pytest.raises(RuntimeError, match="cancelled"):
        run_with_progress(None, "to cancel", work)
    assert run_with_progress.last_task.is_cancelled()


def test_background_task_cancel_flag(qtbot):
    gate = threading.Event()
    task = BackgroundTask(lambda report, cancelled: (gate.wait(5), cancelled())[1])
    task.start()
    task.cancel()
    assert task.cancel_flag.is_set()
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        gate.set()
    assert blocker.args == [True]
