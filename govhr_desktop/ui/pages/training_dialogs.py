"""Dialogs of the 培训课程 page: a course, a session, enrolment (people / a home unit / windows),
the sign-in of a session with the hours credited to each person, test scores, and the row
errors of an imported sign-in sheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.training import (
    COURSE_CATEGORY,
    COURSE_FORM,
    COURSE_ORGANISER,
    COURSE_TARGET,
    DEFAULT_TARGETS,
)
from govhr_desktop.services.training import CourseInput, SessionInput
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import (
    FieldError,
    FormDialog,
    combo,
    date_edit,
    get_date,
    set_combo_data,
    set_date,
)
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.evaluations import _num, _table
from govhr_desktop.ui.tr import InheritedTr

#: a score spin box at this value means "no score"
NO_SCORE = -1.0
#: an hours spin box at this value means "keep the hours recorded"
AS_RECORDED = -1.0


def _hours(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _clock_hours(start: QTime, end: QTime) -> float:
    """Clock length in hours (0 when the end is not after the start), to the half hour below."""
    minutes = start.secsTo(end) // 60
    return max(0, minutes) // 30 / 2


def _checked(item: QListWidgetItem | QTableWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


def _check_item(item, on: bool) -> None:
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class TargetsBox(QWidget):
    """One check box per COURSE_TARGET; remembers whether the clerk changed them by hand."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.touched = False
        for i, code in enumerate(COURSE_TARGET.codes()):
            b = QCheckBox(label(COURSE_TARGET, code), self)
            b.setObjectName(f"target_{code}")
            b.clicked.connect(lambda _c=False: setattr(self, "touched", True))
            grid.addWidget(b, i // 2, i % 2)
            self.boxes[code] = b

    def set_codes(self, codes) -> None:
        codes = set(codes)
        for code, b in self.boxes.items():
            b.setChecked(code in codes)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, b in self.boxes.items() if b.isChecked())


class CourseDialog(FormDialog):
    """New course or changes to one: what, who runs it, how, hours, dates, pass mark, aimed at."""

    def __init__(self, service, units: list[tuple[str, int]], parent=None, *, course=None,
                 organiser_unit_id: int | None = None, today: date | None = None) -> None:
        super().__init__("", parent)
        self.service, self.course, self.organiser_unit_id = service, course, organiser_unit_id
        self.setWindowTitle(self.tr("New course") if course is None else self.tr("Edit course"))
        self.setMinimumWidth(600)
        self.title_edit: QLineEdit = self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.title_edit.setMaxLength(80)
        self.category: QComboBox = self.add_field(
            "category", self.tr("Category"),
            combo([(label(COURSE_CATEGORY, c), c) for c in COURSE_CATEGORY.codes()]), required=True)
        self.organiser: QComboBox = self.add_field(
            "organiser", self.tr("Organiser"),
            combo([(label(COURSE_ORGANISER, c), c) for c in COURSE_ORGANISER.codes()]), required=True)
        self.unit: QComboBox = self.add_field(
            "organiser_unit_id", self.tr("Organising home unit"),
            combo(units, with_empty=self.tr("(choose a home unit)")))
        self.organiser_name: QLineEdit = self.add_field("organiser_name", self.tr("External body"), QLineEdit())
        self.organiser_name.setMaxLength(60)
        self.organiser_name.setPlaceholderText(self.tr("e.g. 县委党校"))
        self.form_box: QComboBox = self.add_field(
            "form", self.tr("Form"), combo([(label(COURSE_FORM, c), c) for c in COURSE_FORM.codes()]), required=True)
        self.hours: QDoubleSpinBox = self.add_field("hours", self.tr("Hours (学时)"), QDoubleSpinBox(), required=True)
        self.hours.setRange(0, 999)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.trainer: QLineEdit = self.add_field("trainer", self.tr("Trainer"), QLineEdit())
        self.trainer.setMaxLength(40)
        self.starts_on = self.add_field("starts_on", self.tr("Starts on"), date_edit(), required=True)
        self.ends_on = self.add_field("ends_on", self.tr("Ends on"), date_edit(), required=True)
        self.pass_mark: QDoubleSpinBox = self.add_field("pass_mark", self.tr("Pass mark"), QDoubleSpinBox())
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setSpecialValueText(self.tr("no test"))
        self.targets: TargetsBox = self.add_field("targets", self.tr("Aimed at"), TargetsBox())
        self.description: QPlainTextEdit = self.add_field("description", self.tr("Description"), QPlainTextEdit())
        self.description.setMaximumHeight(70)
        self.description.setTabChangesFocus(True)

        self.category.currentIndexChanged.connect(lambda _i: self._default_targets())
        self.organiser.currentIndexChanged.connect(lambda _i: self._organiser_changed())
        if course is None:
            day = today or date.today()
            set_date(self.starts_on, day)
            set_date(self.ends_on, day)
            self._default_targets()
        else:
            self._fill(course)
        self._organiser_changed()
        self.title_edit.setFocus()

    def _fill(self, c) -> None:
        self.title_edit.setText(c.title)
        set_combo_data(self.category, c.category)
        set_combo_data(self.organiser, c.organiser)
        if c.organiser == "home_unit":
            i = self.unit.findData(self.organiser_unit_id)
            if i < 0 and self.organiser_unit_id is not None:  # a unit no longer active
                self.unit.addItem(c.organiser_name, self.organiser_unit_id)
                i = self.unit.count() - 1
            self.unit.setCurrentIndex(max(i, 0))
        elif c.organiser == "external":
            self.organiser_name.setText(c.organiser_name)
        set_combo_data(self.form_box, c.form)
        self.hours.setValue(c.hours)
        self.trainer.setText(c.trainer)
        set_date(self.starts_on, c.starts_on)
        set_date(self.ends_on, c.ends_on)
        self.pass_mark.setValue(0 if c.pass_mark is None else c.pass_mark)
        self.targets.set_codes(c.targets)
        self.targets.touched = True  # keep the stored targets when the category changes
        self.description.setPlainText(c.description)

    def _default_targets(self) -> None:
        if not self.targets.touched:
            self.targets.set_codes(DEFAULT_TARGETS.get(self.category.currentData(), ()))

    def _organiser_changed(self) -> None:
        org = self.organiser.currentData()
        self.unit.setEnabled(org == "home_unit")
        self.organiser_name.setEnabled(org == "external")

    def collect(self) -> CourseInput:
        org = self.organiser.currentData()
        pass_mark = self.pass_mark.value()
        return CourseInput(
            title=self.title_edit.text().strip(),
            category=self.category.currentData(),
            organiser=org,
            organiser_unit_id=self.unit.currentData() if org == "home_unit" else None,
            organiser_name=self.organiser_name.text().strip() if org == "external" else "",
            form=self.form_box.currentData(),
            hours=self.hours.value(),
            trainer=self.trainer.text().strip(),
            starts_on=get_date(self.starts_on),
            ends_on=get_date(self.ends_on),
            pass_mark=None if pass_mark <= self.pass_mark.minimum() else pass_mark,
            targets=self.targets.codes(),
            description=self.description.toPlainText().strip(),
        )

    def save(self, data: CourseInput) -> int:
        return self.service.save_course(data, None if self.course is None else self.course.id)


class SessionDialog(FormDialog):
    """One sitting of a course; the hours follow the clock length until the clerk changes them."""

    def __init__(self, service, course, parent=None, *, session=None) -> None:
        super().__init__("", parent)
        self.service, self.course, self.session = service, course, session
        self.setWindowTitle((self.tr("New session: %1") if session is None else self.tr("Edit session: %1"))
                            .replace("%1", course.title))
        self.setMinimumWidth(420)
        hint = QLabel(self.tr("Course dates: %1 – %2").replace("%1", course.starts_on.isoformat())
                      .replace("%2", course.ends_on.isoformat()), self)
        hint.setObjectName("courseDates")
        self.form.addRow(hint)
        self.held_on = self.add_field("held_on", self.tr("Date"), date_edit(), required=True)
        self.start_time: QTimeEdit = self.add_field("start_time", self.tr("Starts at"), QTimeEdit(), required=True)
        self.end_time: QTimeEdit = self.add_field("end_time", self.tr("Ends at"), QTimeEdit(), required=True)
        for t in (self.start_time, self.end_time):
            t.setDisplayFormat("HH:mm")
        self.place: QLineEdit = self.add_field("place", self.tr("Place"), QLineEdit())
        self.place.setMaxLength(60)
        self.hours: QDoubleSpinBox = self.add_field("hours", self.tr("Hours (学时)"), QDoubleSpinBox(), required=True)
        self.hours.setRange(0, 24)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours_touched = False
        if session is None:
            set_date(self.held_on, course.starts_on)
            self.start_time.setTime(QTime(9, 0))
            self.end_time.setTime(QTime(11, 30))
            self._default_hours()
        else:
            set_date(self.held_on, session.held_on)
            self.start_time.setTime(QTime.fromString(session.start_time, "HH:mm"))
            self.end_time.setTime(QTime.fromString(session.end_time, "HH:mm"))
            self.place.setText(session.place)
            self.hours.setValue(session.hours)
            self.hours_touched = session.hours != _clock_hours(self.start_time.time(), self.end_time.time())
        self.start_time.timeChanged.connect(lambda _t: self._default_hours())
        self.end_time.timeChanged.connect(lambda _t: self._default_hours())
        self.hours.valueChanged.connect(lambda _v: self._hours_edited())
        self._setting_hours = False

    def _hours_edited(self) -> None:
        if not getattr(self, "_setting_hours", False):
            self.hours_touched = True

    def _default_hours(self) -> None:
        if self.hours_touched:
            return
        self._setting_hours = True
        self.hours.setValue(_clock_hours(self.start_time.time(), self.end_time.time()))
        self._setting_hours = False

    def collect(self) -> SessionInput:
        return SessionInput(
            held_on=get_date(self.held_on),
            start_time=self.start_time.time().toString("HH:mm"),
            end_time=self.end_time.time().toString("HH:mm"),
            place=self.place.text().strip(),
            hours=self.hours.value(),
        )

    def save(self, data: SessionInput) -> int:
        return self.service.save_session(self.course.id, data, None if self.session is None else self.session.id)


class _ActionDialog(InheritedTr, QDialog):
    """A dialog whose OK button calls the service; core errors are shown in the dialog."""

    def _finish_layout(self, lay: QVBoxLayout, ok_text: str) -> None:
        self.error = FieldError(self)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def run(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _on_ok(self) -> None:
        self.error.show_text("")
        try:
            self.result_value = self.run()
        except (DomainError, ValidationError) as e:
            self.error.show_text(messages.describe(e))
            return
        self.accept()

    def ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


class EnrolDialog(_ActionDialog):
    """Enrol people by name, everyone of a home unit, or the people at some windows."""

    def __init__(self, service, course, people, units: list[tuple[str, int]], windows, enrolled: set[int],
                 parent=None) -> None:
        super().__init__(parent)
        self.service, self.course = service, course
        self.result_value = None
        self.setWindowTitle(self.tr("Enrol: %1").replace("%1", course.title))
        self.resize(560, 560)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("enrolTabs")
        lay.addWidget(self.tabs, 1)

        # people
        page = QWidget(self)
        pl = QVBoxLayout(page)
        self.search = QLineEdit(page)
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name, unit or window"))
        pl.addWidget(self.search)
        self.people = QListWidget(page)
        self.people.setObjectName("peopleList")
        for p in people:
            text = " · ".join(x for x in (p.name, p.home_unit_name, p.window_number) if x)
            if p.id in enrolled:
                text += " " + self.tr("(enrolled)")
            it = QListWidgetItem(text, self.people)
            _check_item(it, False)
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in enrolled:
                it.setFlags(Qt.ItemFlag.NoItemFlags)
        pl.addWidget(self.people, 1)
        self.search.textChanged.connect(self._filter)
        self.tabs.addTab(page, self.tr("People"))

        # a home unit
        page = QWidget(self)
        ul = QVBoxLayout(page)
        ul.addWidget(QLabel(self.tr("Everyone at the center from this home unit is enrolled."), page))
        self.unit = combo(units)
        self.unit.setParent(page)
        self.unit.setObjectName("unitCombo")
        ul.addWidget(self.unit)
        ul.addStretch(1)
        self.tabs.addTab(page, self.tr("Home unit"))

        # windows
        page = QWidget(self)
        wl = QVBoxLayout(page)
        wl.addWidget(QLabel(self.tr("The people currently at these windows (A and B posts) are enrolled."), page))
        self.windows = QListWidget(page)
        self.windows.setObjectName("windowsList")
        for w in windows:
            it = QListWidgetItem(" · ".join(x for x in (w.number, w.name, w.home_unit_name) if x), self.windows)
            _check_item(it, False)
            it.setData(Qt.ItemDataRole.UserRole, w.id)
        wl.addWidget(self.windows, 1)
        self.tabs.addTab(page, self.tr("Windows"))
        self._finish_layout(lay, self.tr("Enrol"))

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.people.count()):
            it = self.people.item(i)
            it.setHidden(not all(w in it.text().lower() for w in words))

    @staticmethod
    def _ticked(lst: QListWidget) -> list[int]:
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count()) if _checked(lst.item(i))]

    def tick(self, lst: QListWidget, ids) -> None:
        ids = set(ids)
        for i in range(lst.count()):
            it = lst.item(i)
            if it.data(Qt.ItemDataRole.UserRole) in ids:
                it.setCheckState(Qt.CheckState.Checked)

    def run(self):
        tab = self.tabs.currentIndex()
        if tab == 0:
            ids = self._ticked(self.people)
            if not ids:
                raise DomainError("required", "staff_id")
            return self.service.enrol(self.course.id, ids)
        if tab == 1:
            unit = self.unit.currentData()
            if unit is None:
                raise DomainError("required", "home_unit_id")
            return self.service.enrol_unit(self.course.id, unit)
        ids = self._ticked(self.windows)
        if not ids:
            raise DomainError("required", "window_id")
        return self.service.enrol_windows(self.course.id, ids)


class SignInDialog(_ActionDialog):
    """Who was present at a session and the hours credited to each (at most the session's)."""

    NAME, UNIT, WINDOW, HOURS = range(4)

    def __init__(self, service, session, people, known_hours: dict[int, float], parent=None) -> None:
        super().__init__(parent)
        self.service, self.session = service, session
        self.result_value = None
        self.people = list(people)
        self.present_before = {p.staff_id for p in self.people if session.id in p.present_sessions}
        self.setWindowTitle(self.tr("Sign-in: %1 %2–%3").replace("%1", session.held_on.isoformat())
                            .replace("%2", session.start_time).replace("%3", session.end_time))
        self.resize(620, 560)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick who was present. Someone who came late or left early gets fewer hours "
                               "(at most %1 学时).").replace("%1", _hours(session.hours)), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = _table(self, [self.tr("Name"), self.tr("Home unit"), self.tr("Window"), self.tr("Hours")],
                            "signInTable")
        self.table.setRowCount(len(self.people))
        self.spins: list[QDoubleSpinBox] = []
        self.initial: dict[int, float] = {}
        for i, p in enumerate(self.people):
            first = QTableWidgetItem(p.staff_name)
            _check_item(first, p.staff_id in self.present_before)
            first.setData(Qt.ItemDataRole.UserRole, p.staff_id)
            self.table.setItem(i, self.NAME, first)
            for j, v in ((self.UNIT, p.home_unit_name), (self.WINDOW, p.window_number)):
                it = QTableWidgetItem(v or "")
                it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, j, it)
            spin = QDoubleSpinBox(self.table)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            if p.staff_id in self.present_before and p.staff_id not in known_hours:
                # signed in with hours the course totals cannot tell apart: kept unless changed
                spin.setRange(AS_RECORDED, session.hours)
                spin.setSpecialValueText(self.tr("as recorded"))
                value = AS_RECORDED
            else:
                spin.setRange(0, session.hours)
                value = known_hours.get(p.staff_id, session.hours)
            spin.setValue(value)
            self.initial[p.staff_id] = value
            spin.valueChanged.connect(lambda _v, row=i: self.table.item(row, self.NAME).setCheckState(
                Qt.CheckState.Checked))
            self.table.setCellWidget(i, self.HOURS, spin)
            self.spins.append(spin)
        lay.addWidget(self.table, 1)
        self._finish_layout(lay, self.tr("Save sign-in"))

    def row_of(self, staff_id: int) -> int:
        for i, p in enumerate(self.people):
            if p.staff_id == staff_id:
                return i
        raise KeyError(staff_id)

    def set_present(self, staff_id: int, on: bool, hours: float | None = None) -> None:
        i = self.row_of(staff_id)
        if hours is not None:
            self.spins[i].setValue(hours)
        self.table.item(i, self.NAME).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def entries(self) -> tuple[list[tuple[int, float]], list[int]]:
        """(people to sign in with their hours, people whose sign-in is cancelled)."""
        sign, cancel = [], []
        for i, p in enumerate(self.people):
            on = _checked(self.table.item(i, self.NAME))
            hours = self.spins[i].value()
            if on and hours >= 0 and (p.staff_id not in self.present_before or hours != self.initial[p.staff_id]):
                sign.append((p.staff_id, hours))
            elif not on and p.staff_id in self.present_before:
                cancel.append(p.staff_id)
        return sign, cancel

    def run(self):
        sign, cancel = self.entries()
        n = self.service.sign_in(self.session.id, sign) if sign else 0
        for staff_id in cancel:
            self.service.cancel_sign_in(self.session.id, staff_id)
        return n, len(cancel)


class ScoresDialog(_ActionDialog):
    """Test scores of the people enrolled on a course (empty = no score yet)."""

    NAME, UNIT, SCORE = range(3)

    def __init__(self, service, course, people, parent=None) -> None:
        super().__init__(parent)
        self.service, self.course = service, course
        self.result_value = None
        self.people = list(people)
        self.setWindowTitle(self.tr("Scores: %1").replace("%1", course.title))
        self.resize(520, 560)
        lay = QVBoxLayout(self)
        mark = (self.tr("Pass mark: %1").replace("%1", _num(course.pass_mark)) if course.pass_mark is not None
                else self.tr("This course has no pass mark: scores are kept but nobody passes or fails."))
        lay.addWidget(QLabel(mark, self))
        self.table = _table(self, [self.tr("Name"), self.tr("Home unit"), self.tr("Score")], "scoresTable")
        self.table.setRowCount(len(self.people))
        self.spins: list[QDoubleSpinBox] = []
        for i, p in enumerate(self.people):
            for j, v in ((self.NAME, p.staff_name), (self.UNIT, p.home_unit_name)):
                self.table.setItem(i, j, QTableWidgetItem(v or ""))
            spin = QDoubleSpinBox(self.table)
            spin.setRange(NO_SCORE, 100)
            spin.setDecimals(1)
            spin.setSpecialValueText("—")
            spin.setValue(NO_SCORE if p.score is None else p.score)
            self.table.setCellWidget(i, self.SCORE, spin)
            self.spins.append(spin)
        lay.addWidget(self.table, 1)
        self._finish_layout(lay, self.tr("Save scores"))

    def set_score(self, staff_id: int, score: float | None) -> None:
        i = next(k for k, p in enumerate(self.people) if p.staff_id == staff_id)
        self.spins[i].setValue(NO_SCORE if score is None else score)

    def scores(self) -> dict[int, float | None]:
        return {p.staff_id: (None if self.spins[i].value() <= NO_SCORE else self.spins[i].value())
                for i, p in enumerate(self.people)}

    def run(self):
        self.service.record_scores(self.course.id, self.scores())
        return len([s for s in self.scores().values() if s is not None])


class RowErrorsDialog(InheritedTr, QDialog):
    """The rows of an imported sign-in sheet that could not be read; nothing was saved."""

    def __init__(self, errors, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-in not imported"))
        self.resize(720, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Nothing was saved: %n row(s) of the file have problems. Correct the file and "
                               "import it again.", "", len(errors)), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = _table(self, [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")],
                            "rowErrors")
        self.table.setRowCount(len(errors))
        for i, e in enumerate(errors):
            values = (getattr(e, "row", ""), getattr(e, "column", ""), getattr(e, "value", ""), self.describe(e))
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem("" if v is None else str(v)))
        lay.addWidget(self.table, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        lay.addWidget(close)

    @staticmethod
    def describe(e) -> str:
        if isinstance(e, (DomainError, ValidationError)):
            return messages.describe(e)
        code = getattr(e, "code", None)
        if code:
            return messages.format_code(code, getattr(e, "field", None), getattr(e, "params", None),
                                        field_text=getattr(e, "column", None) or None)
        return str(e)
