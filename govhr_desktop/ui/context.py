"""What every page and dialog gets: the services, the data paths and the QSettings store."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtCore import QSettings

from govhr_desktop.paths import DataPaths
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.dashboard import DashboardService
from govhr_desktop.services.organisation import CenterService, HomeUnitService, ZoneService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.windows import WindowService


@dataclass
class UiContext:
    services: ServiceContext
    paths: DataPaths
    demo: bool = False
    _settings: QSettings | None = field(default=None, repr=False)

    @property
    def settings(self) -> QSettings:
        """Window geometry, column widths, last folders: INI in the data directory."""
        if self._settings is None:
            self._settings = QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
        return self._settings

    @cached_property
    def center(self) -> CenterService:
        return CenterService(self.services)

    @cached_property
    def home_units(self) -> HomeUnitService:
        return HomeUnitService(self.services)

    @cached_property
    def zones(self) -> ZoneService:
        return ZoneService(self.services)

    @cached_property
    def windows(self) -> WindowService:
        return WindowService(self.services)

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.services)

    @cached_property
    def dashboard(self) -> DashboardService:
        return DashboardService(self.services)
