"""The main window: a navigation sidebar and one page per area. It only assembles pages."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from govhr_desktop import __version__
from govhr_desktop.ui.context import UiContext
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.home import HomePage
from govhr_desktop.ui.pages.org_pages import HomeUnitsPage, WindowsPage, ZonesPage
from govhr_desktop.ui.pages.settings import SettingsPage
from govhr_desktop.ui.pages.staff import StaffPage


class MainWindow(QMainWindow):
    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(1000, 620))
        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        self._loaded: set[str] = set()
        for key, page in (
            ("home", HomePage(ui)),
            ("staff", StaffPage(ui)),
            ("home_units", HomeUnitsPage(ui)),
            ("zones", ZonesPage(ui)),
            ("windows", WindowsPage(ui)),
            ("settings", SettingsPage(ui)),
        ):
            self.add_page(key, page)
        self.pages["home"].open_page.connect(self.show_page)

        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)
        for i in range(min(self.nav.count(), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
        self._update_title()
        self._restore_geometry()
        self.nav.setCurrentRow(0)

    def add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title(), self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(140, 40))
        page.data_changed.connect(self._data_changed)

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))

    def current_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        page = self.pages[key]
        if key not in self._loaded:  # pages load the first time they are shown
            page.reload()
            self._loaded.add(key)
        self.stack.setCurrentWidget(page)

    def _data_changed(self) -> None:
        """Another page changed records: reload the others the next time they are shown."""
        current = self.current_key()
        self._loaded = {current}
        self._update_title()

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
