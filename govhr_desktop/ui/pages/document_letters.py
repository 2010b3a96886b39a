"""The feedback-letters tab (反馈函) of the 公文 page: the home units with staff evaluated in the
period, all checked; optional evaluation sheets as attachments; a preview of the selected unit's
letter; "Issue letters…" issues the checked units' letters as one batch with consecutive
numbers, in the background with progress and cancel (a cancelled batch issues nothing).

``LettersTab`` is a mixin of ``DocumentsPage``: its methods run on the page and use the page's
period, date of issue, services and buttons. Its texts are translated in the ``DocumentsPage``
context (``QCoreApplication.translate("DocumentsPage", …)``, written out so that lupdate files
them there), the same as the rest of the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.document_content import LetterData
from govhr_desktop.services.documents import KIND_LETTER, IssueItem
from govhr_desktop.ui import messages
from govhr_desktop.ui.pages.document_dialogs import BatchIssuedDialog, issued_range, number_range
from govhr_desktop.ui.pdf_preview import PdfPreview

_ERRORS = (DomainError, ValidationError)


class LettersTab:
    """The letters tab's widgets and actions; mixed into ``DocumentsPage``."""

    def _letters_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("lettersSplitter")
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 4, 0, 0)
        self.units_label = QLabel(left)
        self.units_label.setObjectName("unitsLabel")
        self.units_label.setWordWrap(True)
        ll.addWidget(self.units_label)
        self.unit_list = QListWidget(left)
        self.unit_list.setObjectName("unitList")
        self.unit_list.itemChanged.connect(lambda _i: self.update_numbers())
        self.unit_list.itemDoubleClicked.connect(lambda _i: self.preview_letter())
        ll.addWidget(self.unit_list, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(QCoreApplication.translate("DocumentsPage", "Check all"),
                                   "checkAllButton", lambda: self.check_units(True)))
        row.addWidget(self._button(QCoreApplication.translate("DocumentsPage", "Check none"),
                                   "checkNoneButton", lambda: self.check_units(False)))
        row.addStretch(1)
        ll.addLayout(row)
        self.with_sheets = QCheckBox(QCoreApplication.translate(
            "DocumentsPage", "Attach each person's evaluation sheet (附个人考核评分表)"), left)
        self.with_sheets.setObjectName("withSheets")
        ll.addWidget(self.with_sheets)
        row = QHBoxLayout()
        self.letter_preview_button = self._button(
            QCoreApplication.translate("DocumentsPage", "Preview selected unit"), "letterPreviewButton",
            self.preview_letter)
        self.issue_letters_button = self._issue_button(
            QCoreApplication.translate("DocumentsPage", "Issue letters…"), "issueLettersButton",
            self.issue_letters)
        row.addWidget(self.letter_preview_button)
        row.addStretch(1)
        row.addWidget(self.issue_letters_button)
        ll.addLayout(row)
        self.letters_number = QLabel(left)
        self.letters_number.setObjectName("lettersNumber")
        self.letters_number.setWordWrap(True)
        ll.addWidget(self.letters_number)
        split.addWidget(left)

        self.letter_preview = PdfPreview(split, settings=self.ui.settings, empty_text=self._no_letter_text())
        self.letter_preview.setObjectName("letterPreview")
        split.addWidget(self.letter_preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 560])
        return split

    @staticmethod
    def _no_letter_text() -> str:
        return QCoreApplication.translate("DocumentsPage", "Select a home unit and press Preview to see its letter.")

    def _fill_units(self) -> None:
        issued = {v.related: v for v in self._issued_for_period(KIND_LETTER)}
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        for d in self.letters:
            text = (QCoreApplication.translate("DocumentsPage", "%1 (%2 people)")
                    .replace("%1", d.home_unit_name).replace("%2", str(len(d.people))))
            done = issued.get(f"home_unit:{d.home_unit_id}")
            if done is not None:
                text += "  " + QCoreApplication.translate("DocumentsPage", "— issued: %1").replace("%1", done.number)
            item = QListWidgetItem(text, self.unit_list)
            item.setData(Qt.ItemDataRole.UserRole, d.home_unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.unit_list.blockSignals(False)
        if self.unit_list.count():
            self.unit_list.setCurrentRow(0)
        if self.letters:
            self.units_label.setText(
                QCoreApplication.translate("DocumentsPage", "Home units with staff evaluated in %1: %2")
                .replace("%1", self.letters[0].period.label).replace("%2", str(len(self.letters))))
        elif self.period() is None:
            self.units_label.setText(QCoreApplication.translate("DocumentsPage", "No period with published results."))
        for b in (self.letter_preview_button, self.with_sheets):
            b.setEnabled(bool(self.letters))
        self.issue_letters_button.setEnabled(self.may_issue and bool(self.letters))

    def checked_units(self) -> list[int]:
        return [self.unit_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.unit_list.count())
                if self.unit_list.item(i).checkState() == Qt.CheckState.Checked]

    def check_units(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.unit_list.blockSignals(True)
        for i in range(self.unit_list.count()):
            self.unit_list.item(i).setCheckState(state)
        self.unit_list.blockSignals(False)
        self.update_numbers()

    def _letter(self, unit_id: int) -> LetterData | None:
        return next((d for d in self.letters if d.home_unit_id == unit_id), None)

    def selected_unit(self) -> int | None:
        item = self.unit_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def preview_letter(self, unit_id: int | None = None) -> int:
        unit_id = unit_id if unit_id is not None else self.selected_unit()
        data = self._letter(unit_id) if unit_id is not None else None
        if data is None:
            QMessageBox.information(self, self.title(),
                                    QCoreApplication.translate("DocumentsPage", "Select a home unit first."))
            return 0
        on, sheets = self.issue_date(), self.with_sheets.isChecked()

        def work(_r, _c):
            from govhr_desktop.documents.feedback_letter import build_letter

            maker = self.content.sheet_maker(data.period, [data], printed_on=on) if sheets else None
            return self.documents.preview(KIND_LETTER, lambda n: build_letter(data, on, n, sheets, maker),
                                          issued_on=on)

        try:
            pdf = self._run(QCoreApplication.translate("DocumentsPage", "Laying out the letter…"), work)
        except _ERRORS as e:
            self.show_domain_error(e, QCoreApplication.translate("DocumentsPage", "The letter cannot be laid out"))
            return 0
        return self.letter_preview.set_pdf(
            pdf, QCoreApplication.translate("DocumentsPage", "Preview %1.pdf").replace("%1", data.home_unit_short))

    def issue_letters(self) -> list[int]:
        """Issue the checked units' letters as one batch; the register ids (empty: none issued)."""
        units = self.checked_units()
        period = self.period()
        if period is None or not self.may_issue:
            return []
        if not units:
            QMessageBox.information(self, self.title(), QCoreApplication.translate(
                "DocumentsPage", "Check the home units to write to first."))
            return []
        on, sheets = self.issue_date(), self.with_sheets.isChecked()
        try:
            nxt = self.documents.next_number(KIND_LETTER, on)
        except _ERRORS as e:
            self.show_domain_error(e)
            return []
        question = (QCoreApplication.translate("DocumentsPage", "Issue %1 feedback letter(s) for %2, dated %3?")
                    .replace("%1", str(len(units))).replace("%2", period.label).replace("%3", on.isoformat())
                    + "\n\n"
                    + QCoreApplication.translate("DocumentsPage", "They will be numbered %1, in the order of the "
                                                 "list. The numbers are used once issued and never given again.")
                    .replace("%1", number_range(nxt, len(units))))
        already = [v for v in self._issued_for_period(KIND_LETTER)
                   if v.related in {f"home_unit:{u}" for u in units}]
        if already:
            question += "\n\n" + QCoreApplication.translate(
                "DocumentsPage", "%1 of these units already have a letter for this period.").replace(
                "%1", str(len(already)))
        title = QCoreApplication.translate("DocumentsPage", "Issue letters")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return []

        def work(report, cancelled):
            from govhr_desktop.documents.feedback_letter import build_letter

            chosen = set(units)
            letters = [d for d in self.content.letters_data(period) if d.home_unit_id in chosen]
            maker = self.content.sheet_maker(period, letters, printed_on=on) if sheets else None
            items = [IssueItem(lambda n, d=d: build_letter(d, on, n, sheets, maker), related=f"home_unit:{d.home_unit_id}")
                     for d in letters]
            return self.documents.issue_batch(KIND_LETTER, items, period=period.key, issued_on=on, report=report,
                                              cancelled=cancelled)

        not_issued = QCoreApplication.translate("DocumentsPage", "The letters were not issued")
        try:
            views = self._run(QCoreApplication.translate("DocumentsPage", "Issuing %1 letter(s)…")
                              .replace("%1", str(len(units))), work, cancellable=True)
        except DomainError as e:
            if e.code == "documents.cancelled":
                QMessageBox.information(self, title, messages.describe(e))
            else:
                self.show_domain_error(e, not_issued)
            self.update_numbers()
            return []
        except ValidationError as e:
            self.show_domain_error(e, not_issued)
            return []
        self._fill_units()
        self.update_numbers()
        self.data_changed.emit()
        self.notify(QCoreApplication.translate("DocumentsPage", "Issued %1 letter(s): %2")
                    .replace("%1", str(len(views))).replace("%2", issued_range(views)))
        self.show_batch(views)
        return [v.id for v in views]

    def show_batch(self, views) -> None:
        BatchIssuedDialog(self.documents, views, self, settings=self.ui.settings).exec()
