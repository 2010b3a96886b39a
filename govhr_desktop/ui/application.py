"""Create the QApplication and run one of: the main window, --self-check, --screenshots."""

from __future__ import annotations

import gc
import logging
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from govhr_desktop import APP_NAME, __version__
from govhr_desktop.bootstrap import open_data
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.paths import DataPaths, resource
from govhr_desktop.ui import i18n, messages
from govhr_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

#: CJK-capable UI fonts by preference: Windows, then Kylin/UOS and Debian.
UI_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "SimSun")


def app_icon() -> QIcon:
    """The program icon: every PNG size rendered from resources/icons/govhr.svg (no SVG plugin
    needed); a null icon when the files are missing."""
    icon = QIcon()
    for png in sorted(resource("icons").glob("govhr-*.png")):
        icon.addFile(str(png))
    return icon


def make_app(lang: str | None = None, settings_file: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    if sys.platform.startswith("linux"):
        # ties the windows to govhr-desktop.desktop (its icon and name in the taskbar)
        app.setDesktopFileName(APP_NAME)
    app.setStyle("Fusion")
    families = set(QFontDatabase.families())
    for fam in UI_FONTS:
        if fam in families:
            font = QFont(fam)
            font.setPointSize(10)
            app.setFont(font)
            break
    qss = resource("qss", "app.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    if lang is None and settings_file:
        lang = QSettings(settings_file, QSettings.Format.IniFormat).value("ui/lang", None)
    i18n.install(app, lang)
    return app


def _fail(app: QApplication | None, error: BaseException, quiet: bool) -> int:
    text = messages.describe(error)
    log.error("cannot open the database: %s", text)
    if sys.stderr is not None:  # None in the windowed Windows build
        sys.stderr.write(text + "\n")
    if not quiet and app is not None:
        QMessageBox.critical(None, QApplication.translate("Startup", "Cannot open the data"), text)
    return 2


def run(args, paths: DataPaths, *, demo: bool) -> int:
    """One copy of the program per database: the second is told who holds it and stops."""
    started = time.perf_counter()
    quiet = bool(args.self_check or args.screenshots or args.quit_after_show)
    from govhr_desktop.persistence.instance_lock import check_and_lock

    try:
        lock = check_and_lock(paths)
    except DomainError as e:
        return _fail(make_app(args.lang, str(paths.settings_file)), e, quiet)
    try:
        return _run_locked(args, paths, demo=demo, started=started, quiet=quiet)
    finally:
        lock.close()


def _run_locked(args, paths: DataPaths, *, demo: bool, started: float, quiet: bool) -> int:
    # Check the file before any migration touches it; offer a restore when it is damaged.
    app = None
    if paths.database.exists():
        from govhr_desktop.persistence.backup import quick_check

        problem = quick_check(paths.database)
        if problem:
            app = make_app(args.lang, str(paths.settings_file))
            if quiet:
                return _fail(app, DomainError("database.damaged", path=str(paths.database), detail=problem), quiet)
            from govhr_desktop.ui.pages.backup import recover_damaged_database

            if not recover_damaged_database(paths, problem):
                return 2
    try:
        opened = open_data(paths, demo=demo)
    except DomainError as e:
        return _fail(app or make_app(args.lang, str(paths.settings_file)), e, quiet)
    daily_error = None
    if not (args.screenshots or args.quit_after_show):
        from govhr_desktop.services.backup import BackupService

        try:
            BackupService(opened.ctx, paths).daily_if_due()
        except DomainError as e:
            log.error("daily backup failed: %s", messages.describe(e))
            daily_error = e
    app = app or make_app(args.lang, str(paths.settings_file))
    from govhr_desktop.ui.error_dialog import install_excepthook
    from govhr_desktop.ui.main_window import MainWindow

    if not quiet:
        install_excepthook()
        if daily_error is not None:
            QMessageBox.warning(None, QApplication.translate("Startup", "No backup today"), messages.describe(daily_error))
    ui = UiContext(opened.ctx, paths, demo=demo)

    if args.screenshots:
        from govhr_desktop.ui.screenshots import render_all

        gc.enable()
        files = render_all(ui, args.screenshots)
        print(f"{len(files)} screenshots written to {args.screenshots}")
        return 0

    if args.self_check:
        gc.enable()
        return _self_check(app, MainWindow(ui), opened)
    if args.quit_after_show:  # the start-up benchmark: the program's own run, no login
        window = MainWindow(ui)
        window.show()
        QTimer.singleShot(0, _resume_gc)

        def done() -> None:
            print(f"startup_seconds={time.perf_counter() - started:.4f}", flush=True)
            app.quit()

        QTimer.singleShot(0, done)
        code = app.exec()
        opened.ctx.db.dispose()
        gc.freeze()
        return code
    return _interactive(app, ui, opened, demo)


def _interactive(app: QApplication, ui: UiContext, opened, demo: bool) -> int:
    """Login, the main window, the idle lock; log out returns to the login."""
    from govhr_desktop.ui.main_window import MainWindow
    from govhr_desktop.ui.session import IdleWatcher, login_flow

    gc.enable()
    code = 0
    while True:
        actor = login_flow(ui, demo=demo)
        if actor is None:
            break
        window = MainWindow(ui)
        watcher = IdleWatcher(ui.security.policy().idle_lock_minutes, window)

        def on_idle(window=window, watcher=watcher) -> None:
            watcher.paused = True
            if window.lock():
                watcher.paused = False
                watcher.timer.start()

        watcher.idle.connect(on_idle)
        watcher.start()
        window.show()
        code = app.exec()
        watcher.stop()
        if not window.logged_out:  # the window was closed: the session ends with the program
            ui.auth.logout()
            break
    opened.ctx.db.dispose()
    gc.freeze()
    return code


def _resume_gc() -> None:
    gc.freeze()
    gc.enable()


def _self_check(app: QApplication, window, opened) -> int:
    window.show()
    app.processEvents()
    for key in window.page_keys:
        window.show_page(key)
        app.processEvents()
    window.close()
    app.processEvents()
    opened.ctx.db.dispose()
    from govhr_desktop.selfcheck_print import check_printing

    printing = check_printing()  # the packaged build still lays out and embeds its fonts
    print(f"self-check ok: database {opened.action} at {opened.paths.database}, {len(window.page_keys)} pages opened; "
          f"{printing}")
    return 0
