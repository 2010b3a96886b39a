"""Dialogs of the 值班岗位 tab: a duty post (type, people, days, times, the windows or zone it
covers, its times per season) and a season's opening hours. Errors from the service are shown
under the fields they name (``FormDialog``)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.roster_rules import DUTY_TYPES, RUNS_ON
from govhr_desktop.services.duty_posts import DEFAULT_RUNS_ON, NAME_MAX, NOTE_MAX, SEASON_NAME_MAX
from govhr_desktop.services.roster_views import DUTY_TYPE
from govhr_desktop.ui.dialogs.form import FormDialog, combo, set_combo_data
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.tr import InheritedTr

#: times a new post starts with, by type (None: the whole day)
DEFAULT_TIMES: dict[str, tuple[time, time] | None] = {
    "lunch": (time(12, 0), time(13, 30)),
    "extended": (time(17, 0), time(18, 30)),
    "weekend": (time(9, 0), time(12, 0)),
    "holiday": None,
}
#: a season time edit at this value means "the post's default times"
NO_TIME = QTime(0, 0)


def to_qtime(t: time | None) -> QTime:
    return NO_TIME if t is None else QTime(t.hour, t.minute)


def from_qtime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def time_edit(optional: bool = False, empty_text: str = "") -> QTimeEdit:
    e = QTimeEdit()
    e.setDisplayFormat("HH:mm")
    if optional:
        e.setMinimumTime(NO_TIME)
        e.setSpecialValueText(empty_text)
        e.setTime(NO_TIME)
    return e


class RunsOnBox(InheritedTr, QWidget):
    """One check box per day kind (工作日, 周六, 周日, 法定节假日)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        names = {"workday": self.tr("Working days"), "saturday": self.tr("Saturday"),
                 "sunday": self.tr("Sunday"), "holiday": self.tr("Statutory holidays")}
        self.boxes: dict[str, QCheckBox] = {}
        for code in RUNS_ON:
            b = QCheckBox(names[code], self)
            b.setObjectName(f"runs_{code}")
            lay.addWidget(b)
            self.boxes[code] = b
        lay.addStretch(1)

    def set_codes(self, codes) -> None:
        codes = set(codes)
        for code, b in self.boxes.items():
            b.setChecked(code in codes)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, b in self.boxes.items() if b.isChecked())


class WindowsPicker(InheritedTr, QWidget):
    """Checkable windows ("A01 综合受理窗口"), filtered by zone and by typed text."""

    def __init__(self, windows, zones, checked: set[int], parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.zone_filter = QComboBox(self)
        self.zone_filter.setObjectName("windowZoneFilter")
        self.zone_filter.addItem(self.tr("All zones"), None)
        for z in zones:
            self.zone_filter.addItem(z.name, z.id)
        row.addWidget(self.zone_filter)
        self.search = QLineEdit(self)
        self.search.setObjectName("windowSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number or name"))
        row.addWidget(self.search, 1)
        self.check_shown = QPushButton(self.tr("Check shown"), self)
        self.check_shown.setObjectName("checkShownWindows")
        self.uncheck_all = QPushButton(self.tr("Clear"), self)
        self.uncheck_all.setObjectName("clearWindows")
        row.addWidget(self.check_shown)
        row.addWidget(self.uncheck_all)
        lay.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("windowList")
        self.list.setMinimumHeight(150)
        lay.addWidget(self.list, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("windowSummary")
        lay.addWidget(self.summary)
        for w in windows:
            text = f"{w.number} {w.name}（{w.zone_name}）"
            if w.home_unit_name:
                text += f" {w.home_unit_name}"
            if not w.is_active():
                text += self.tr(" (closed)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, w.zone_id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if w.id in checked else Qt.CheckState.Unchecked)
        self.zone_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.check_shown.clicked.connect(lambda _c=False: self.set_shown(True))
        self.uncheck_all.clicked.connect(lambda _c=False: self.clear())
        self.list.itemChanged.connect(lambda _i: self.update_summary())
        self.update_summary()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def apply_filter(self) -> None:
        zone = self.zone_filter.currentData()
        words = self.search.text().lower().split()
        for item in self.items():
            ok = zone is None or item.data(Qt.ItemDataRole.UserRole + 1) == zone
            text = item.text().lower()
            item.setHidden(not (ok and all(w in text for w in words)))

    def set_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self.items():
            if not item.isHidden():
                item.setCheckState(state)

    def clear(self) -> None:
        for item in self.items():
            item.setCheckState(Qt.CheckState.Unchecked)

    def set_checked(self, ids) -> None:
        ids = set(ids)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]

    def update_summary(self) -> None:
        n = len(self.checked_ids())
        self.summary.setText(self.tr("%n window(s) chosen", "", n) if n
                             else self.tr("No windows: the post is for its zone, or for everyone"))


class SeasonTimesBox(InheritedTr, QWidget):
    """The post's own times per season; both empty = the post's default times in that season."""

    def __init__(self, seasons, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Season"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Start"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("End"), self), 0, 2)
        self.edits: dict[int, tuple[QTimeEdit, QTimeEdit]] = {}
        default = self.tr("default")
        for i, s in enumerate(seasons, 1):
            grid.addWidget(QLabel(f"{s.name}（{s.months_label}）", self), i, 0)
            start, end = time_edit(True, default), time_edit(True, default)
            start.setObjectName(f"seasonStart_{s.id}")
            end.setObjectName(f"seasonEnd_{s.id}")
            grid.addWidget(start, i, 1)
            grid.addWidget(end, i, 2)
            clear = QPushButton(self.tr("Default"), self)
            clear.setObjectName(f"seasonClear_{s.id}")
            clear.clicked.connect(lambda _c=False, a=start, b=end: (a.setTime(NO_TIME), b.setTime(NO_TIME)))
            grid.addWidget(clear, i, 3)
            self.edits[s.id] = (start, end)
        if not seasons:
            grid.addWidget(QLabel(self.tr("No seasons are set up."), self), 1, 0, 1, 3)

    def set_times(self, times: dict[int, tuple[time, time]]) -> None:
        for sid, (a, b) in self.edits.items():
            pair = times.get(sid)
            a.setTime(to_qtime(pair[0] if pair else None))
            b.setTime(to_qtime(pair[1] if pair else None))

    def times(self) -> dict[int, tuple[time | None, time | None]]:
        """Seasons with at least one time set (one left empty is refused by the service)."""
        out = {}
        for sid, (a, b) in self.edits.items():
            ta = None if a.time() == NO_TIME else from_qtime(a.time())
            tb = None if b.time() == NO_TIME else from_qtime(b.time())
            if ta is not None or tb is not None:
                out[sid] = (ta, tb)
        return out


class PostDialog(FormDialog):
    """A new duty post or changes to one."""

    def __init__(self, service, windows, zones, seasons, parent=None, *, post=None) -> None:
        super().__init__("", parent)
        self.service, self.post = service, post
        self.setWindowTitle(self.tr("New duty post") if post is None else self.tr("Edit duty post"))
        self.setMinimumWidth(640)
        self.name: QLineEdit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 午间值守·综合受理区"))
        self.duty_type: QComboBox = self.add_field(
            "duty_type", self.tr("Duty type"), combo([(label(DUTY_TYPE, c), c) for c in DUTY_TYPES]), required=True)
        self.people: QSpinBox = self.add_field("people_needed", self.tr("People each time"), QSpinBox(),
                                               required=True)
        self.people.setRange(1, 50)
        self.runs_on: RunsOnBox = self.add_field("runs_on", self.tr("Runs on"), RunsOnBox(), required=True)

        start_row = QWidget()
        sl = QHBoxLayout(start_row)
        sl.setContentsMargins(0, 0, 0, 0)
        self.start = time_edit()
        self.start.setObjectName("startEdit")
        self.all_day = QCheckBox(self.tr("All day"), start_row)
        self.all_day.setObjectName("allDay")
        sl.addWidget(self.start)
        sl.addWidget(self.all_day)
        sl.addStretch(1)
        self.add_field("start_time", self.tr("Start time"), start_row)
        end_row = QWidget()
        el = QHBoxLayout(end_row)
        el.setContentsMargins(0, 0, 0, 0)
        self.end = time_edit()
        self.end.setObjectName("endEdit")
        el.addWidget(self.end)
        el.addStretch(1)
        self.add_field("end_time", self.tr("End time"), end_row)
        for edit in (self.start, self.end):
            edit.setMinimumWidth(90)

        # windows of the post, plus closed windows already on it (so they can be taken off)
        current = set(post.window_ids) if post is not None else set()
        shown = [w for w in windows if w.is_active() or w.id in current]
        self.windows: WindowsPicker = self.add_field("window_ids", self.tr("Windows covered"),
                                                     WindowsPicker(shown, zones, current))
        self.zone: QComboBox = self.add_field(
            "zone_id", self.tr("Zone covered"),
            combo([(z.name, z.id) for z in zones], with_empty=self.tr("(none)")))
        hint = QLabel(self.tr("With windows, the staff of the home units owning them and the staff sitting at "
                              "them qualify; with a zone (and no windows), the staff sitting in that zone; "
                              "with neither, everyone."), self)
        hint.setObjectName("coverageHint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.comprehensive: QCheckBox = self.add_field(
            "comprehensive_staff", self.tr("Comprehensive staff"),
            QCheckBox(self.tr("Comprehensive-window staff may also serve")))
        self.active: QCheckBox = self.add_field("active", self.tr("Status"), QCheckBox(self.tr("Active")))
        self.sort_order: QSpinBox = self.add_field("sort_order", self.tr("Sort order"), QSpinBox())
        self.sort_order.setRange(0, 9999)
        self.note: QLineEdit = self.add_field("note", self.tr("Note"), QLineEdit())
        self.note.setMaxLength(NOTE_MAX)
        self.season_times: SeasonTimesBox = self.add_field("season_times", self.tr("Times by season"),
                                                           SeasonTimesBox(seasons))

        self.times_touched = post is not None
        if post is None:
            self.active.setChecked(True)
            self.comprehensive.setChecked(True)
            self.people.setValue(1)
            self._type_changed()
        else:
            self._fill(post)
        self.all_day.toggled.connect(lambda _on: self._all_day_changed())
        self.start.timeChanged.connect(lambda _t: setattr(self, "times_touched", True))
        self.end.timeChanged.connect(lambda _t: setattr(self, "times_touched", True))
        self.all_day.clicked.connect(lambda _c=False: setattr(self, "times_touched", True))
        self.duty_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self._all_day_changed()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.name.setFocus()

    def _fill(self, p) -> None:
        self.name.setText(p.name)
        set_combo_data(self.duty_type, p.duty_type)
        self.people.setValue(p.people_needed)
        self.runs_on.set_codes(p.runs_on)
        self.all_day.setChecked(p.start is None)
        if p.start is not None:
            self.start.setTime(to_qtime(p.start))
            self.end.setTime(to_qtime(p.end))
        set_combo_data(self.zone, p.zone_id)
        self.comprehensive.setChecked(p.comprehensive_staff)
        self.active.setChecked(p.active)
        self.sort_order.setValue(p.sort_order)
        self.note.setText(p.note)
        self.season_times.set_times(p.season_times)

    def _type_changed(self) -> None:
        """Tick the days the type runs on; a new post also gets the type's usual times."""
        code = self.duty_type.currentData()
        self.runs_on.set_codes(DEFAULT_RUNS_ON.get(code, ()))
        if self.times_touched:
            return
        times = DEFAULT_TIMES.get(code)
        touched = self.times_touched
        self.all_day.setChecked(times is None)
        if times is not None:
            self.start.setTime(to_qtime(times[0]))
            self.end.setTime(to_qtime(times[1]))
        self.times_touched = touched

    def _all_day_changed(self) -> None:
        on = self.all_day.isChecked()
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)

    def collect(self) -> dict:
        all_day = self.all_day.isChecked()
        return dict(
            name=self.name.text().strip(),
            duty_type=self.duty_type.currentData(),
            people_needed=self.people.value(),
            runs_on=self.runs_on.codes(),
            start=None if all_day else from_qtime(self.start.time()),
            end=None if all_day else from_qtime(self.end.time()),
            window_ids=self.windows.checked_ids(),
            zone_id=self.zone.currentData(),
            comprehensive_staff=self.comprehensive.isChecked(),
            active=self.active.isChecked(),
            sort_order=self.sort_order.value(),
            note=self.note.text().strip(),
            season_times=self.season_times.times(),
        )

    def save(self, data: dict) -> int:
        return self.service.save_post(None if self.post is None else self.post.id, **data)


class SeasonDialog(FormDialog):
    """A season's months and its normal opening hours."""

    def __init__(self, service, parent=None, *, season=None) -> None:
        super().__init__("", parent)
        self.service, self.season = service, season
        self.setWindowTitle(self.tr("New season") if season is None else self.tr("Edit season"))
        self.setMinimumWidth(380)
        self.name: QLineEdit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.name.setMaxLength(SEASON_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 夏季作息"))
        self.first_month: QSpinBox = self.add_field("first_month", self.tr("From month"), QSpinBox(), required=True)
        self.last_month: QSpinBox = self.add_field("last_month", self.tr("To month"), QSpinBox(), required=True)
        for box in (self.first_month, self.last_month):
            box.setRange(1, 12)
            box.setSuffix(self.tr(" (month)"))
        hint = QLabel(self.tr("A season may run over the year end, e.g. from October to April."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.am_start: QTimeEdit = self.add_field("am_start", self.tr("Morning opens"), time_edit(), required=True)
        self.am_end: QTimeEdit = self.add_field("am_end", self.tr("Morning closes"), time_edit(), required=True)
        self.pm_start: QTimeEdit = self.add_field("pm_start", self.tr("Afternoon opens"), time_edit(), required=True)
        self.pm_end: QTimeEdit = self.add_field("pm_end", self.tr("Afternoon closes"), time_edit(), required=True)
        if season is None:
            values = ("", 1, 1, time(9), time(12), time(13, 30), time(17))
        else:
            values = (season.name, season.first_month, season.last_month, season.am_start, season.am_end,
                      season.pm_start, season.pm_end)
        self.name.setText(values[0])
        self.first_month.setValue(values[1])
        self.last_month.setValue(values[2])
        for edit, t in zip((self.am_start, self.am_end, self.pm_start, self.pm_end), values[3:]):
            edit.setTime(to_qtime(t))

    def collect(self) -> dict:
        return dict(name=self.name.text().strip(), first_month=self.first_month.value(),
                    last_month=self.last_month.value(), am_start=from_qtime(self.am_start.time()),
                    am_end=from_qtime(self.am_end.time()), pm_start=from_qtime(self.pm_start.time()),
                    pm_end=from_qtime(self.pm_end.time()))

    def save(self, data: dict) -> int:
        return self.service.save_season(None if self.season is None else self.season.id, **data)
