"""The working calendar: statutory holidays and make-up working days of a year, editable and
importable from the spreadsheet the State Council notice is usually typed into."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QSpinBox

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.calendar import DAY_KIND, CalendarDayView, CalendarService
from govhr_desktop.ui.dialogs.form import (
    FormDialog,
    combo,
    date_edit,
    get_date,
    set_combo_data,
    set_date,
)
from govhr_desktop.ui.i18n import label
from govhr_desktop.ui.pages.base import ListPage
from govhr_desktop.ui.table import Column, RowStyle


class CalendarDayDialog(FormDialog):
    def __init__(self, service: CalendarService, row: CalendarDayView | None, year: int, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add a special day") if row is None else self.tr("Edit a special day"))
        self.service = service
        self.row = row
        self.day = self.add_field("day", self.tr("Date"), date_edit(), required=True)
        self.kind: QComboBox = self.add_field(
            "kind", self.tr("Kind"), combo([(label(DAY_KIND, c), c) for c in DAY_KIND.codes()]), required=True
        )
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. 国庆节"))
        if row is not None:
            set_date(self.day, row.day)
            self.day.setEnabled(False)  # the date is the record: remove and add to move a day
            set_combo_data(self.kind, row.kind)
            self.name.setText(row.name)
        else:
            today = date.today()
            set_date(self.day, today if today.year == year else date(year, 1, 1))

    def collect(self):
        return get_date(self.day), self.kind.currentData(), self.name.text()

    def save(self, data) -> int | None:
        day, kind, name = data
        self.service.set_day(day, kind, name)
        return day.toordinal()


class CalendarPage(ListPage):
    settings_key = "calendar"
    write_permission = perm.CALENDAR_WRITE

    def __init__(self, ui, parent=None) -> None:
        self.calendar = CalendarService(ui.services)
        super().__init__(ui, parent)
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("yearBox")
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(date.today().year)
        self.year_box.setPrefix(self.tr("Year "))
        self.year_box.valueChanged.connect(lambda _v: self.reload())
        self.filter_bar.insertWidget(0, self.year_box)
        self.add_button(self.tr("Add day…"), self.add_day, name="addButton", shortcut="Ctrl+N",
                        permission=perm.CALENDAR_WRITE)
        self.add_button(self.tr("Edit…"), self.edit_selected, name="editButton", permission=perm.CALENDAR_WRITE)
        self.add_button(self.tr("Remove"), self.remove_selected, name="removeButton", permission=perm.CALENDAR_WRITE)
        self.add_button(self.tr("Import Excel…"), self.import_file, name="importButton", permission=perm.CALENDAR_WRITE)
        self.add_button(self.tr("Export Excel…"), self.export_xlsx, name="exportButton", permission=perm.RECORDS_EXPORT)
        self.working_days_label = QLabel(self)
        self.working_days_label.setObjectName("workingDays")
        self.body.addWidget(self.working_days_label)

    def title(self) -> str:
        return self.tr("Working calendar")

    def year(self) -> int:
        box = getattr(self, "year_box", None)
        return box.value() if box is not None else date.today().year

    def weekday_name(self, d: date) -> str:
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        return names[d.weekday()]

    def columns(self) -> list[Column]:
        return [
            Column("day", self.tr("Date"), lambda d: d.day, width=100),
            Column("weekday", self.tr("Weekday"), lambda d: self.weekday_name(d.day), sort=lambda d: d.weekday, width=70),
            Column("kind", self.tr("Kind"), lambda d: label(DAY_KIND, d.kind), width=120),
            Column("name", self.tr("Name"), lambda d: d.name),
        ]

    def row_style(self) -> RowStyle:
        return RowStyle(foreground=lambda d: "#b03a2e" if d.kind == "holiday" else "#1f618d")

    def fetch(self) -> list[CalendarDayView]:
        return self.calendar.days(self.year())

    def reload(self) -> None:
        super().reload()
        year = self.year()
        n = self.calendar.working_days_in_year(year)
        self.working_days_label.setText(
            self.tr("%1 has %2 working days.").replace("%1", str(year)).replace("%2", str(n))
        )

    def add_day(self) -> None:
        self.open_dialog(CalendarDayDialog(self.calendar, None, self.year(), self))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.may_write():
            self.open_dialog(CalendarDayDialog(self.calendar, row, self.year(), self))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Remove %1 (%2) from the calendar?").replace("%1", row.day.isoformat()).replace(
            "%2", row.name or label(DAY_KIND, row.kind))
        self.confirm_delete(question, lambda: self.calendar.remove_day(row.day))

    def import_file(self, path: str | None = None) -> int | None:
        if path is None:
            start = self.ui.settings.value("import/dir", str(self.ui.paths.root))
            path, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import the working calendar"), str(start),
                self.tr("Spreadsheets (*.xlsx *.xls *.csv)"),
            )
            if not path:
                return None
        try:
            n = self.calendar.import_xlsx(path)
        except (DomainError, ValidationError) as e:
            self.show_domain_error(e, self.tr("Nothing was imported"))
            return None
        self.reload()
        self.data_changed.emit()
        QMessageBox.information(self, self.tr("Import finished"), self.tr("%n day(s) imported.", "", n))
        return n
