"""Base of every record dialog: fields with an error line under each, Enter saves, Esc cancels.

A subclass adds fields with ``add_field``, fills them from a record, and implements
``collect()`` (widgets -> input dataclass) and ``save(data)`` (call the service). Errors from
the core (``ValidationError``/``DomainError``) are shown under the fields they name; nothing is
saved unless the service call succeeds as a whole.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.ui import messages
from govhr_desktop.ui.tr import InheritedTr

EMPTY_DATE = QDate(1900, 1, 1)


class FieldError(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormDialog(InheritedTr, QDialog):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self._labels: dict[str, str] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(self.form)
        self.general_error = FieldError(self)
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.saved_id: int | None = None

    # --- building -----------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget, *, required: bool = False) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = FieldError(box)
        lay.addWidget(err)
        text = f"{label} *" if required else label
        lab = QLabel(text, self)
        lab.setBuddy(widget)
        self.form.addRow(lab, box)
        widget.setObjectName(key)
        self._fields[key] = (widget, err)
        self._labels[key] = label
        return widget

    def widget(self, key: str) -> QWidget:
        return self._fields[key][0]

    # --- errors -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for _w, err in self._fields.values():
            err.show_text("")
        self.general_error.show_text("")

    def set_field_error(self, key: str, text: str) -> None:
        if key in self._fields:
            self._fields[key][1].show_text(text)
        else:
            self.general_error.show_text(text)

    def error_text(self, key: str) -> str:
        w = self._fields.get(key)
        return w[1].text() if w and not w[1].isHidden() else ""

    def show_error(self, error: BaseException) -> None:
        self.clear_errors()
        errors = error.errors if isinstance(error, ValidationError) else [error]
        first: QWidget | None = None
        for e in errors:
            if not isinstance(e, DomainError):
                self.general_error.show_text(str(e))
                continue
            # name the field as the form labels it ("姓名", not the generic "名称")
            text = messages.format_code(e.code, e.field, e.params, field_text=self._labels.get(e.field))
            if e.field in self._fields:
                widget, err = self._fields[e.field]
                if err.isHidden():
                    err.show_text(text)
                first = first or widget
            else:
                self.general_error.show_text(text)
        if first is not None:
            first.setFocus()
        self.adjustSize()

    # --- saving -------------------------------------------------------------------------------

    def collect(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def save(self, data) -> int | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _on_save(self) -> None:
        try:
            data = self.collect()
            self.saved_id = self.save(data)
        except (ValidationError, DomainError) as e:
            self.show_error(e)
            return
        self.accept()


# --- small widget helpers shared by the dialogs ---------------------------------------------


def combo(items: list[tuple[str, object]], *, with_empty: str | None = None, searchable: bool = False) -> QComboBox:
    box = QComboBox()
    if with_empty is not None:
        box.addItem(with_empty, None)
    for text, data in items:
        box.addItem(text, data)
    if searchable:
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        box.completer().setCompletionMode(box.completer().CompletionMode.PopupCompletion)
    return box


def set_combo_data(box: QComboBox, value: object) -> None:
    i = box.findData(value)
    box.setCurrentIndex(max(i, 0))


def combo_data(box: QComboBox):
    if box.isEditable():
        # a typed text that matches no item means "nothing chosen"
        i = box.findText(box.currentText(), Qt.MatchFlag.MatchExactly)
        return box.itemData(i) if i >= 0 else None
    return box.currentData()


def date_edit(optional: bool = False) -> QDateEdit:
    d = QDateEdit()
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    if optional:
        d.setMinimumDate(EMPTY_DATE)
        d.setSpecialValueText("—")
        d.setDate(EMPTY_DATE)
    else:
        d.setMinimumDate(QDate(1950, 1, 1))
        d.setDate(QDate.currentDate())
    return d


def set_date(edit: QDateEdit, value: date | None) -> None:
    if value is None:
        edit.setDate(EMPTY_DATE if edit.minimumDate() == EMPTY_DATE else QDate.currentDate())
    else:
        edit.setDate(QDate(value.year, value.month, value.day))


def get_date(edit: QDateEdit) -> date | None:
    q = edit.date()
    if edit.minimumDate() == EMPTY_DATE and q == EMPTY_DATE:
        return None
    return date(q.year(), q.month(), q.day())
