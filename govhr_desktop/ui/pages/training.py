"""培训课程: the courses of a year, and for the selected course its sessions and its people.

Above, the course list (year filter, search, export). Below, on the left the course's sessions
(add / edit, sign-in by hand or from a file, the printed sign-in sheet), on the right the people
enrolled (by name, home unit or windows), one ✓ column per session, the hours credited, the
test score and whether they passed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.training import TrainingService
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.pages.evaluations import _fill, _num, _table
from govhr_desktop.ui.table import Column

#: how many years back the year filter goes
YEARS_BACK = 5


def _dates(starts_on: date, ends_on: date) -> str:
    if starts_on == ends_on:
        return starts_on.isoformat()
    return f"{starts_on.isoformat()} – {ends_on.isoformat()}"


class TrainingPage(ListPage):
    settings_key = "training"
    write_permission = perm.TRAINING_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.training = TrainingService(ui.services)
        self.detail = None  # CourseDetail of the selected course
        super().__init__(ui, parent)

        # year filter (asks the service for that year's courses)
        self.year = self._year_combo()
        self.filter_bar.insertWidget(0, self.year)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())

        self.add_button(self.tr("New course…"), self.new_course, name="newCourseButton", shortcut="Ctrl+N",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Edit course…"), self.edit_selected, name="editCourseButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Delete course"), self.delete_course, name="deleteCourseButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Enrol…"), self.enrol, name="enrolButton", permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Enter scores…"), self.enter_scores, name="scoresButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton",
                        permission=perm.RECORDS_EXPORT)

        # the detail of the selected course below the list
        self.body.removeWidget(self.table)
        self.body.removeWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("trainingSplitter")
        top = QWidget(split)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.count_label)
        split.addWidget(top)

        bottom = QWidget(split)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 4, 0, 0)
        self.summary = QLabel(bottom)
        self.summary.setObjectName("courseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.summary)
        inner = QSplitter(Qt.Orientation.Horizontal, bottom)

        sessions_box = QWidget(inner)
        sl = QVBoxLayout(sessions_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(QLabel(self.tr("Sessions"), sessions_box))
        self.session_bar = QHBoxLayout()
        saved_bar, self.button_bar = self.button_bar, self.session_bar
        self.add_button(self.tr("Add session…"), self.add_session, name="addSessionButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Edit session…"), self.edit_session, name="editSessionButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Delete session"), self.delete_session, name="deleteSessionButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Sign-in…"), self.sign_in, name="signInButton", permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Import sign-in…"), self.import_sign_in, name="importSignInButton",
                        permission=perm.TRAINING_WRITE)
        self.add_button(self.tr("Print sign-in sheet…"), self.print_sheet, name="printSheetButton",
                        permission=perm.TRAINING_WRITE)
        self.button_bar = saved_bar
        self.session_bar.addStretch(1)
        sl.addLayout(self.session_bar)
        self.sessions = _table(sessions_box, [self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Hours"),
                                              self.tr("Present")], "sessionsTable")
        self.sessions.doubleClicked.connect(lambda _i: self.edit_session())
        sl.addWidget(self.sessions, 1)
        inner.addWidget(sessions_box)

        people_box = QWidget(inner)
        pl = QVBoxLayout(people_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.people_label = QLabel(self.tr("People"), people_box)
        self.people_label.setObjectName("peopleLabel")
        pl.addWidget(self.people_label)
        self.people = _table(people_box, [], "peopleTable")
        pl.addWidget(self.people, 1)
        inner.addWidget(people_box)
        inner.setSizes([420, 780])
        bl.addWidget(inner, 1)
        split.addWidget(bottom)
        split.setSizes([300, 450])
        self.body.addWidget(split, 1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.show_detail()

    # --- list ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Training courses")

    def today(self) -> date:
        return date.today()

    def search_placeholder(self) -> str:
        return self.tr("Title, category, organiser or trainer (Ctrl+F)")

    def _year_combo(self):
        from PySide6.QtWidgets import QComboBox

        box = QComboBox(self)
        box.setObjectName("yearFilter")
        box.addItem(self.tr("All years"), None)
        this = self.today().year
        for y in range(this + 1, this - YEARS_BACK - 1, -1):
            box.addItem(str(y), y)
        box.setCurrentIndex(box.findData(this))
        return box

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Course"), lambda r: r.title, width=200),
            Column("category", self.tr("Category"), lambda r: r.category_name, width=120),
            Column("organiser", self.tr("Organiser"), lambda r: r.organiser_name, width=120),
            Column("form", self.tr("Form"), lambda r: r.form_name, width=60),
            Column("hours", self.tr("Hours"), lambda r: _num(r.hours), sort=lambda r: r.hours, align_right=True,
                   width=50),
            Column("dates", self.tr("Dates"), lambda r: _dates(r.starts_on, r.ends_on),
                   sort=lambda r: r.starts_on.isoformat() + r.ends_on.isoformat(), width=180),
            Column("sessions", self.tr("Sessions"), lambda r: r.sessions, align_right=True, width=70),
            Column("enrolled", self.tr("Enrolled"), lambda r: r.enrolled, align_right=True, width=70),
            Column("attended", self.tr("Attended"), lambda r: r.attended, align_right=True, width=70),
            Column("trainer", self.tr("Trainer"), lambda r: r.trainer),
        ]

    def search_key(self, r) -> str:
        return f"{r.title} {r.category_name} {r.organiser_name} {r.form_name} {r.trainer}"

    def fetch(self) -> list:
        year = self.year.currentData() if hasattr(self, "year") else self.today().year
        return self.training.courses(year)

    def reload(self) -> None:
        try:
            super().reload()
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return
        if hasattr(self, "sessions"):
            self.show_detail()

    def prepare_screenshot(self) -> None:
        if self.proxy.rowCount() and self.selected_row() is None:
            self.table.selectRow(0)
        self.show_detail()

    # --- detail -------------------------------------------------------------------------------

    def show_detail(self) -> None:
        row = self.selected_row()
        keep_session = self.selected_session()
        self.detail = None
        if row is not None:
            try:
                self.detail = self.training.course(row.id)
            except (DomainError, ValidationError) as e:
                self.show_domain_error(e)
        d = self.detail
        if d is None:
            self.summary.setText(self.tr("Select a course to see its sessions and people."))
            _fill(self.sessions, [])
            self.people.setColumnCount(0)
            self.people.setRowCount(0)
            self.people_label.setText(self.tr("People"))
            return
        c = d.course
        parts = [f"<b>{c.title}</b>", c.category_name, c.organiser_name, c.form_name,
                 self.tr("%1 学时").replace("%1", _num(c.hours)), _dates(c.starts_on, c.ends_on)]
        if c.trainer:
            parts.append(self.tr("trainer: %1").replace("%1", c.trainer))
        parts.append(self.tr("pass mark: %1").replace("%1", _num(c.pass_mark)) if c.pass_mark is not None
                     else self.tr("no test"))
        self.summary.setText(" · ".join(p for p in parts if p))

        _fill(self.sessions, [[s.held_on.isoformat(), f"{s.start_time}–{s.end_time}", s.place, _num(s.hours),
                               s.present] for s in d.sessions], [s.id for s in d.sessions])
        for i in range(self.sessions.rowCount()):
            for j in (3, 4):
                self.sessions.item(i, j).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.select_session(keep_session.id if keep_session is not None else None)

        headers = [self.tr("Name"), self.tr("Home unit"), self.tr("Window"), self.tr("Source / reason")]
        headers += [s.held_on.strftime("%m-%d") + (f" {s.start_time}" if self._same_day(d, s) else "")
                    for s in d.sessions]
        headers += [self.tr("Present at"), self.tr("Hours"), self.tr("Score"), self.tr("Passed")]
        self.people.clear()
        self.people.setColumnCount(len(headers))
        self.people.setHorizontalHeaderLabels(headers)
        rows = []
        for p in d.people:
            source = self.source_text(p.source)
            if p.reason:
                source = f"{source}：{p.reason}"
            ticks = ["✓" if s.id in p.present_sessions else "" for s in d.sessions]
            passed = "" if p.passed is None else (self.tr("passed") if p.passed else self.tr("failed"))
            rows.append([p.staff_name, p.home_unit_name, p.window_number, source, *ticks,
                         f"{len(p.present_sessions)}/{len(d.sessions)}", _num(p.hours), _num(p.score), passed])
        _fill(self.people, rows, [p.staff_id for p in d.people])
        centre, right = Qt.AlignmentFlag.AlignCenter, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        n = len(d.sessions)
        for i in range(self.people.rowCount()):
            for j in range(4, 5 + n):
                self.people.item(i, j).setTextAlignment(centre)
            for j in (5 + n, 6 + n):
                self.people.item(i, j).setTextAlignment(right)
        self.people_label.setText(self.tr("People: %1 enrolled, %2 attended").replace("%1", str(len(d.people)))
                                  .replace("%2", str(sum(1 for p in d.people if p.present_sessions))))

    @staticmethod
    def _same_day(d, s) -> bool:
        return sum(1 for x in d.sessions if x.held_on == s.held_on) > 1

    def source_text(self, source: str) -> str:
        return {"person": self.tr("by name"), "unit": self.tr("home unit"), "windows": self.tr("windows"),
                "needs": self.tr("training needs")}.get(source, source)

    def people_rows(self) -> list[list[str]]:
        """What the people table shows (tests, checks)."""
        return [[self.people.item(i, j).text() if self.people.item(i, j) else ""
                 for j in range(self.people.columnCount())] for i in range(self.people.rowCount())]

    def people_headers(self) -> list[str]:
        return [self.people.horizontalHeaderItem(j).text() for j in range(self.people.columnCount())]

    def selected_session(self):
        if self.detail is None:
            return None
        row = self.sessions.currentRow()
        if row < 0 or self.sessions.item(row, 0) is None:
            return None
        sid = self.sessions.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.detail.sessions if s.id == sid), None)

    def select_session(self, session_id: int | None) -> None:
        table: QTableWidget = self.sessions
        if session_id is None and table.rowCount():
            table.selectRow(0)
            return
        for i in range(table.rowCount()):
            if table.item(i, 0).data(Qt.ItemDataRole.UserRole) == session_id:
                table.selectRow(i)
                return
        if table.rowCount():
            table.selectRow(0)

    # --- actions ------------------------------------------------------------------------------

    def _course(self):
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.title(), self.tr("Select a course first."))
        return row

    def _session(self):
        if self._course() is None:
            return None
        s = self.selected_session()
        if s is None:
            QMessageBox.information(self, self.title(), self.tr("Select a session first (add one if there is none)."))
        return s

    def _units(self) -> list[tuple[str, int]]:
        return [(u.short_name or u.full_name, u.id) for u in self.ui.home_units.list(include_inactive=False)]

    def _changed(self, course_id: int | None = None, session_id: int | None = None) -> None:
        self.reload()
        if course_id is not None:
            self.select_id(course_id)
            self.show_detail()
        if session_id is not None:
            self.select_session(session_id)
        self.data_changed.emit()

    def course_dialog(self, course=None):
        from govhr_desktop.ui.pages.training_dialogs import CourseDialog

        unit_id = self.detail.organiser_unit_id if course is not None and self.detail is not None else None
        return CourseDialog(self.training, self._units(), self, course=course, organiser_unit_id=unit_id,
                            today=self.today())

    def new_course(self) -> bool:
        dlg = self.course_dialog()
        if not dlg.exec():
            return False
        year = self.year.currentData()
        if year is not None and not (dlg.collect().starts_on.year <= year <= dlg.collect().ends_on.year):
            self.year.setCurrentIndex(0)  # show the new course even if it is in another year
        self._changed(dlg.saved_id)
        return True

    def edit_selected(self) -> None:
        if not self.ui.can(perm.TRAINING_WRITE):
            return
        row = self._course()
        if row is not None and self.course_dialog(row).exec():
            self._changed(row.id)

    def delete_course(self) -> None:
        row = self._course()
        if row is None:
            return
        question = self.tr("Delete the course “%1” with its %2 session(s) and %3 enrolment(s)?").replace(
            "%1", row.title).replace("%2", str(row.sessions)).replace("%3", str(row.enrolled))
        self.confirm_delete(question, lambda: self.training.delete_course(row.id))

    def session_dialog(self, course, session=None):
        from govhr_desktop.ui.pages.training_dialogs import SessionDialog

        return SessionDialog(self.training, course, self, session=session)

    def add_session(self) -> bool:
        row = self._course()
        if row is None:
            return False
        dlg = self.session_dialog(row)
        if not dlg.exec():
            return False
        self._changed(row.id, dlg.saved_id)
        return True

    def edit_session(self) -> bool:
        if not self.ui.can(perm.TRAINING_WRITE):
            return False
        s = self._session()
        if s is None:
            return False
        row = self.selected_row()
        dlg = self.session_dialog(row, s)
        if not dlg.exec():
            return False
        self._changed(row.id, s.id)
        return True

    def delete_session(self) -> None:
        s = self._session()
        if s is None:
            return
        question = self.tr("Delete the session of %1 %2–%3?").replace("%1", s.held_on.isoformat()).replace(
            "%2", s.start_time).replace("%3", s.end_time)
        self.confirm_delete(question, lambda: self.training.delete_session(s.id))

    def enrol_dialog(self, course):
        from govhr_desktop.ui.pages.training_dialogs import EnrolDialog

        people = self.ui.staff.list(include_returned=False)
        windows = [w for w in self.ui.windows.list() if w.is_active(self.today())]
        enrolled = {p.staff_id for p in self.detail.people} if self.detail else set()
        return EnrolDialog(self.training, course, people, self._units(), windows, enrolled, self)

    def enrol(self) -> bool:
        row = self._course()
        if row is None:
            return False
        dlg = self.enrol_dialog(row)
        if not dlg.exec():
            return False
        r = dlg.result_value
        self._changed(row.id)
        self.notify(self.tr("Enrolled %1 person(s); %2 were already enrolled.").replace("%1", str(r.added))
                    .replace("%2", str(r.already)))
        return True

    def known_hours(self, session) -> dict[int, float]:
        """Hours already credited at ``session`` where the course totals tell them apart: the
        person signed in only there, or was credited the full hours of every session attended.
        (Others show the session's hours; they are sent again only if the clerk changes them.)"""
        d = self.detail
        full = {s.id: s.hours for s in d.sessions}
        out = {}
        for p in d.people:
            if session.id not in p.present_sessions:
                continue
            if p.present_sessions == {session.id}:
                out[p.staff_id] = min(session.hours, p.hours)
            elif abs(sum(full.get(x, 0.0) for x in p.present_sessions) - p.hours) < 1e-6:
                out[p.staff_id] = session.hours
        return out

    def sign_in_dialog(self, session):
        from govhr_desktop.ui.pages.training_dialogs import SignInDialog

        return SignInDialog(self.training, session, self.detail.people, self.known_hours(session), self)

    def sign_in(self) -> bool:
        s = self._session()
        if s is None:
            return False
        if not self.detail.people:
            QMessageBox.information(self, self.title(), self.tr("Nobody is enrolled on this course yet."))
            return False
        dlg = self.sign_in_dialog(s)
        if not dlg.exec():
            return False
        signed, cancelled = dlg.result_value
        self._changed(self.selected_row().id, s.id)
        self.notify(self.tr("Sign-in saved: %1 signed in, %2 cancelled.").replace("%1", str(signed))
                    .replace("%2", str(cancelled)))
        return True

    def import_sign_in(self, path: str | None = None) -> bool:
        s = self._session()
        if s is None:
            return False
        if path is None:
            start = self.ui.settings.value("import/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import sign-in"), str(start),
                self.tr("Sign-in sheets (*.xlsx *.xls *.csv)"))
            if not path:
                return False
        self.ui.settings.setValue("import/dir", str(path).replace("\\", "/").rsplit("/", 1)[0])
        course_id = self.selected_row().id
        try:
            result = self.training.import_sign_in(s.id, path)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e, self.tr("Sign-in not imported"))
            return False
        if result.errors:
            self.row_errors_dialog(result.errors).exec()
            return False
        self._changed(course_id, s.id)
        self.notify(self.tr("Sign-in imported: %1 person(s) signed in.").replace("%1", str(result.signed)))
        return True

    def row_errors_dialog(self, errors):
        from govhr_desktop.ui.pages.training_dialogs import RowErrorsDialog

        return RowErrorsDialog(errors, self)

    def print_sheet(self, path: str | None = None) -> str | None:
        s = self._session()
        if s is None:
            return None
        if path is None:
            start = self.ui.settings.value("export/dir", str(self.ui.paths.root))
            name = f"{self.selected_row().title} {s.held_on.isoformat()} 签到表.pdf"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Print sign-in sheet"), f"{start}/{name}",
                                                   self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.training.sign_in_sheet(s.id, path)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e)
            return None
        self.ui.settings.setValue("export/dir", str(path).replace("\\", "/").rsplit("/", 1)[0])
        self.notify(self.tr("Sign-in sheet saved to %1").replace("%1", path))
        return path

    def scores_dialog(self, course):
        from govhr_desktop.ui.pages.training_dialogs import ScoresDialog

        return ScoresDialog(self.training, course, self.detail.people, self)

    def enter_scores(self) -> bool:
        row = self._course()
        if row is None or self.detail is None:
            return False
        if not self.detail.people:
            QMessageBox.information(self, self.title(), self.tr("Nobody is enrolled on this course yet."))
            return False
        dlg = self.scores_dialog(self.detail.course)
        if not dlg.exec():
            return False
        self._changed(row.id)
        self.notify(self.tr("%1 score(s) saved.").replace("%1", str(dlg.result_value)))
        return True

    def export_xlsx(self, path: str | None = None) -> str | None:
        headers, rows = self.export_rows()
        year = self.year.currentData()
        title = self.title() if year is None else f"{self.title()} {year}"
        return self.save_table_xlsx(title, headers, rows, path)
