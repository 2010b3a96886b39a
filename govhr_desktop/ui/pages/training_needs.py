"""培训需求 (menu-style needs): for each person at the center, the open courses aimed at their weak
spots, with the reason; 一键报名 enrols everyone a course suits (with the reason, source 'needs')."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.training import COURSE_TARGET
from govhr_desktop.services.training_needs import Suggestion, TrainingNeedsService
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column


class TrainingNeedsPage(ListPage):
    settings_key = "training_needs"
    write_permission = perm.TRAINING_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.service = TrainingNeedsService(ui.services)
        super().__init__(ui, parent)
        self.course_filter = self.add_filter("courseFilter", [(self.tr("All courses"), None)],
                                             lambda r, v: r.course_id == v)
        self.target_filter = self.add_filter(
            "targetFilter", [(self.tr("All weak spots"), None)] + [(label(COURSE_TARGET, c), c) for c in COURSE_TARGET.codes()],
            lambda r, v: v in r.targets)
        self.enrol_button = self.add_button(self.tr("Enrol everyone who needs it"), self.enrol_all, name="enrolButton",
                                            permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)

    def title(self) -> str:
        return self.tr("Training needs")

    def today(self) -> date:
        return date.today()

    def search_placeholder(self) -> str:
        return self.tr("Name, home unit, course or reason (Ctrl+F)")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.staff_name, width=80),
            Column("home_unit", self.tr("Home unit"), lambda r: r.home_unit_name, width=110),
            Column("course", self.tr("Suggested course"), lambda r: r.course_title, width=180),
            Column("target", self.tr("Aimed at"), lambda r: "、".join(label(COURSE_TARGET, t) for t in r.targets),
                   width=150),
            Column("reason", self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ]

    def search_key(self, r: Suggestion) -> str:
        return f"{r.staff_name} {r.home_unit_name} {r.course_title} {r.reason}"

    def fetch(self) -> list[Suggestion]:
        return self.service.suggestions(self.today())

    def reload(self) -> None:
        try:
            rows = self.fetch()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        current = self.course_filter.currentData()
        courses: dict[int, str] = {}
        for r in rows:
            courses.setdefault(r.course_id, r.course_title)
        self.course_filter.blockSignals(True)
        while self.course_filter.count() > 1:
            self.course_filter.removeItem(1)
        for cid, title in courses.items():
            self.course_filter.addItem(title, cid)
        self.course_filter.setCurrentIndex(max(self.course_filter.findData(current), 0))
        self.course_filter.blockSignals(False)
        value = self.course_filter.currentData()
        self.proxy.set_predicate("courseFilter", None if value is None else (lambda row, v=value: row.course_id == v))
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()

    def chosen_course(self) -> tuple[int, str] | None:
        """The course of the course filter, else that of the selected suggestion."""
        if self.course_filter.currentData() is not None:
            return self.course_filter.currentData(), self.course_filter.currentText()
        row = self.selected_row()
        return (row.course_id, row.course_title) if row is not None else None

    def enrol_all(self) -> bool:
        if not self.may_write():
            return False
        chosen = self.chosen_course()
        if chosen is None:
            QMessageBox.information(self, self.tr("Enrol everyone who needs it"),
                                    self.tr("Choose a course in the course filter or select a suggestion first."))
            return False
        course_id, title = chosen
        people = [r for r in self.model.rows() if r.course_id == course_id]
        question = self.tr("Enrol %n person(s) on “%1”? Each is enrolled with the reason shown.", "", len(people)) \
            .replace("%1", title)
        if QMessageBox.question(self, self.tr("Enrol everyone who needs it"), question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = self.service.enrol_all(course_id, self.today())
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            self.reload()
            return False
        self.notify(self.tr("%n person(s) enrolled on %1.", "", result.added).replace("%1", title))
        self.reload()
        self.data_changed.emit()
        return True
