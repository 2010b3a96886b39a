"""What every page and dialog gets: the services, the data paths and the QSettings store.

Services are created on first use, so the start-up path imports only what the home page needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from govhr_desktop.paths import DataPaths
from govhr_desktop.services.base import ServiceContext

if TYPE_CHECKING:
    from govhr_desktop.services.audit import AuditService
    from govhr_desktop.services.auth import AuthService
    from govhr_desktop.services.settings import SettingsService
    from govhr_desktop.services.center import CenterService
    from govhr_desktop.services.dashboard import DashboardService
    from govhr_desktop.services.organisation import HomeUnitService, ZoneService
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
        from govhr_desktop.services.center import CenterService

        return CenterService(self.services)

    @cached_property
    def dashboard(self) -> DashboardService:
        from govhr_desktop.services.dashboard import DashboardService

        return DashboardService(self.services)

    @cached_property
    def home_units(self) -> HomeUnitService:
        from govhr_desktop.services.organisation import HomeUnitService

        return HomeUnitService(self.services)

    @cached_property
    def zones(self) -> ZoneService:
        from govhr_desktop.services.organisation import ZoneService

        return ZoneService(self.services)

    @cached_property
    def windows(self) -> WindowService:
        from govhr_desktop.services.windows import WindowService

        return WindowService(self.services)

    @cached_property
    def staff(self) -> StaffService:
        from govhr_desktop.services.staff import StaffService

        return StaffService(self.services)

    @cached_property
    def auth(self) -> AuthService:
        from govhr_desktop.services.auth import AuthService

        return AuthService(self.services)

    @cached_property
    def audit(self) -> AuditService:
        from govhr_desktop.services.audit import AuditService

        return AuditService(self.services)

    @cached_property
    def security(self) -> SettingsService:
        from govhr_desktop.services.settings import SettingsService

        return SettingsService(self.services)

    @property
    def actor(self):
        return self.services.actor

    def can(self, permission: str) -> bool:
        return self.services.actor.can(permission)

    @cached_property
    def attention(self):
        from govhr_desktop.services.attention import AttentionService

        return AttentionService(self.services)

    @cached_property
    def timeline(self):
        from govhr_desktop.services.timeline import TimelineService

        return TimelineService(self.services)

    @cached_property
    def assignments(self):
        from govhr_desktop.services.assignments import AssignmentService

        return AssignmentService(self.services)

    @cached_property
    def vetting(self):
        from govhr_desktop.services.vetting import VettingService

        return VettingService(self.services)

    @cached_property
    def transfers(self):
        from govhr_desktop.services.transfers import TransferService

        return TransferService(self.services)

    @cached_property
    def chief_reps(self):
        from govhr_desktop.services.chief_reps import ChiefRepService

        return ChiefRepService(self.services)

    @cached_property
    def leave(self):
        from govhr_desktop.services.leave import LeaveService

        return LeaveService(self.services)

    @cached_property
    def calendar(self):
        from govhr_desktop.services.calendar import CalendarService

        return CalendarService(self.services)
