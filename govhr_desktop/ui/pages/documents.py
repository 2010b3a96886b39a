"""公文: the commendation notice (通报), the feedback letters (函) and the evaluation reports of a
period with published results.

At the top the period (published months and quarters, newest first) and the date of issue
(成文日期; its year is the year of the number). Three tabs:

* **通报**: the body text, pre-filled with the suggested text and editable, beside a preview.
  "Preview" lays the notice out without a number (the serial is left blank; nothing is used up);
  "Issue and number…" says which number the notice will get, issues it in one transaction and
  shows the stored PDF to print or save.
* **反馈函**: the home units with staff evaluated in the period, all checked; optional evaluation
  sheets as attachments; a preview of the selected unit's letter; "Issue letters…" issues the
  checked units' letters as one batch with consecutive numbers, in the background with progress
  and cancel (a cancelled batch issues nothing). In ``document_letters`` (``LettersTab``).
* **报表**: the ranking table of the period and one person's evaluation sheet, in a preview
  dialog with print and save.

Work that renders a PDF runs off the GUI thread (``run_with_progress``). Errors are the
services' codes in words; a failed issue uses no number.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.domain import security as perm
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.services.document_content import (
    DocumentContentService,
    LetterData,
    NoticeData,
    Period,
)
from govhr_desktop.services.documents import KIND_LETTER, KIND_NOTICE, DocumentService
from govhr_desktop.ui import messages
from govhr_desktop.ui.dialogs.form import date_edit, get_date, set_date
from govhr_desktop.ui.pages.base import Page
from govhr_desktop.ui.pages.document_dialogs import (
    IssuedDocumentDialog,
    ReportsPanel,
    font_note_texts,
    number_range,
)
from govhr_desktop.ui.pages.document_letters import LettersTab
from govhr_desktop.ui.pdf_preview import PdfPreview, PdfPreviewDialog
from govhr_desktop.ui.workers import run_with_progress

_ERRORS = (DomainError, ValidationError)


def _bold(label: QLabel) -> QLabel:
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    return label


class DocumentsPage(LettersTab, Page):
    settings_key = "documents"

    def __init__(self, ui, parent=None) -> None:
        super().__init__(ui, parent)
        self.content = DocumentContentService(ui.services)
        self.documents = DocumentService(ui.services)
        self.periods: list[Period] = []
        self.notice: NoticeData | None = None
        self.letters: list[LetterData] = []
        self._texts: dict[str, str] = {}  # edited notice text per period (kept while switching)
        self._loaded_key: str | None = None
        self.may_issue = ui.can(perm.DOCUMENTS_ISSUE)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodCombo")
        self.period_box.setMinimumWidth(160)
        self.period_box.currentIndexChanged.connect(lambda _i: self.load_period())
        bar.addWidget(self.period_box)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Date of issue (成文日期)"), self))
        self.issued_on: QDateEdit = date_edit()
        self.issued_on.setParent(self)
        self.issued_on.setObjectName("issuedOn")
        self.issued_on.setToolTip(self.tr("Printed on the documents; its year is the year in the document number."))
        set_date(self.issued_on, self.today())
        self.issued_on.dateChanged.connect(lambda _d: self.update_numbers())
        bar.addWidget(self.issued_on)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.font_note = QLabel(self)
        self.font_note.setObjectName("fontNote")
        self.font_note.setWordWrap(True)
        self.font_note.setStyleSheet("background: #fff7e0; border: 1px solid #e5c07b; padding: 3px;")
        self.font_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.font_note.linkActivated.connect(lambda _l: self.show_font_details())
        self.font_note.hide()
        self._font_details = ""
        lay.addWidget(self.font_note)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("documentTabs")
        self.tabs.addTab(self._notice_tab(), self.tr("Commendation notice (通报)"))
        self.tabs.addTab(self._letters_tab(), self.tr("Feedback letters (函)"))
        self.reports_panel = ReportsPanel(self)
        self.ranking_button = self.reports_panel.ranking_button
        self.sheet_button = self.reports_panel.sheet_button
        self.person_box = self.reports_panel.person_box
        self.tabs.addTab(self.reports_panel, self.tr("Reports (报表)"))
        lay.addWidget(self.tabs, 1)
        QTimer.singleShot(0, self._show_font_note)  # looking up the fonts takes a moment: after the first paint

    def title(self) -> str:
        return self.tr("Official documents")

    def today(self) -> date:
        return date.today()

    # --- layout -------------------------------------------------------------------------------

    def _issue_button(self, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        if not self.may_issue:
            b.setEnabled(False)
            b.setToolTip(self.tr("Your role may not issue numbered documents."))
        return b

    def _button(self, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def _notice_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("noticeSplitter")
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 4, 0, 0)
        self.notice_title = _bold(QLabel(left))
        self.notice_title.setObjectName("noticeTitle")
        self.notice_title.setWordWrap(True)
        ll.addWidget(self.notice_title)
        self.notice_info = QLabel(left)
        self.notice_info.setObjectName("noticeInfo")
        self.notice_info.setWordWrap(True)
        ll.addWidget(self.notice_info)
        self.notice_text = QPlainTextEdit(left)
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setPlaceholderText(self.tr("The body of the notice: one paragraph a line; headings start "
                                                    "with 一、 （一） 1. or （1）."))
        self.notice_text.textChanged.connect(self._notice_edited)
        ll.addWidget(self.notice_text, 1)
        self.notice_count = QLabel(left)
        self.notice_count.setObjectName("noticeCount")
        ll.addWidget(self.notice_count)
        row = QHBoxLayout()
        self.reset_button = self._button(self.tr("Restore suggested text"), "resetTextButton", self.reset_notice_text)
        self.notice_preview_button = self._button(self.tr("Preview"), "noticePreviewButton", self.preview_notice)
        self.issue_notice_button = self._issue_button(self.tr("Issue and number…"), "issueNoticeButton",
                                                      self.issue_notice)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.notice_preview_button)
        row.addWidget(self.issue_notice_button)
        ll.addLayout(row)
        self.notice_number = QLabel(left)
        self.notice_number.setObjectName("noticeNumber")
        self.notice_number.setWordWrap(True)
        ll.addWidget(self.notice_number)
        split.addWidget(left)

        self.notice_preview = PdfPreview(split, settings=self.ui.settings,
                                         empty_text=self.tr("Press Preview to see the notice as it will print."))
        self.notice_preview.setObjectName("noticePreview")
        self.notice_preview.saved.connect(lambda p: self.notify(self.tr("Saved to %1").replace("%1", p)))
        split.addWidget(self.notice_preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 560])
        return split

    # --- fonts --------------------------------------------------------------------------------

    def _show_font_note(self) -> None:
        if not shiboken6.isValid(self):
            return
        note, self._font_details = font_note_texts()
        if note:
            details = self.tr("Details…")
            self.font_note.setText(f"{note} <a href='details'>{details}</a>")
        self.font_note.setVisible(bool(note))

    def show_font_details(self) -> None:
        QMessageBox.information(self, self.tr("Fonts of the official documents"), self._font_details)

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh the list of periods (keeping the chosen one) and the period's data."""
        keep = self.period_key()
        try:
            periods = self.content.published_periods()
        except _ERRORS as e:
            self.show_domain_error(e)
            return
        self.periods = periods
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p in periods:
            self.period_box.addItem(p.label, p.key)
        if not periods:
            self.period_box.addItem(self.tr("(no published results)"), None)
        i = self.period_box.findData(keep) if keep else -1
        self.period_box.setCurrentIndex(max(i, 0))
        self.period_box.blockSignals(False)
        self.load_period()

    def period_key(self) -> str | None:
        return self.period_box.currentData() if self.period_box.count() else None

    def period(self) -> Period | None:
        key = self.period_key()
        return Period.parse(key) if key else None

    def choose_period(self, key: str) -> bool:
        i = self.period_box.findData(key)
        if i >= 0:
            self.period_box.setCurrentIndex(i)
        return i >= 0

    def issue_date(self) -> date:
        return get_date(self.issued_on) or self.today()

    def load_period(self) -> None:
        self._keep_edited_text()
        period = self.period()
        self._loaded_key = period.key if period else None
        self.notice, self.letters = None, []
        self.notice_preview.clear(self.tr("Press Preview to see the notice as it will print."))
        self.letter_preview.clear(self._no_letter_text())
        if period is None:
            self._notice_unavailable(self.tr("There are no published evaluation results yet: the documents are "
                                             "written from published months (publish them on the evaluation page)."))
            self._fill_units()
            self.reports_panel.load(None)
            self.update_numbers()
            return
        try:
            self.notice = self.content.notice_data(period)
        except _ERRORS as e:
            self._notice_unavailable(messages.describe(e))
        else:
            from govhr_desktop.documents.commendation import default_notice_text, notice_title

            self.notice_title.setText(notice_title(self.notice))
            self.notice_info.setText(self.tr("%1 service star(s) and %2 red-flag window(s); copies to %3 home "
                                             "unit(s).").replace("%1", str(len(self.notice.stars)))
                                     .replace("%2", str(len(self.notice.red_flags)))
                                     .replace("%3", str(len(self.notice.cc))))
            self.notice_text.setEnabled(True)
            self.notice_text.setPlainText(self._texts.get(period.key) or default_notice_text(self.notice))
            for b in (self.reset_button, self.notice_preview_button):
                b.setEnabled(True)
            self.issue_notice_button.setEnabled(self.may_issue)
        try:
            self.letters = self.content.letters_data(period)
        except _ERRORS as e:
            self.letters = []
            self.units_label.setText(messages.describe(e))
        self._fill_units()
        self.reports_panel.load(period)
        self.update_numbers()

    def _keep_edited_text(self) -> None:
        """Remember the clerk's edits of the period shown (until the program closes)."""
        if self._loaded_key is None or self.notice is None:
            return
        from govhr_desktop.documents.commendation import default_notice_text

        text = self.notice_text.toPlainText()
        if text != default_notice_text(self.notice):
            self._texts[self._loaded_key] = text
        else:
            self._texts.pop(self._loaded_key, None)

    def _notice_unavailable(self, why: str) -> None:
        self.notice = None
        self.notice_title.setText(self.tr("No notice for this period"))
        self.notice_info.setText(why)
        self.notice_text.blockSignals(True)
        self.notice_text.setPlainText("")
        self.notice_text.blockSignals(False)
        self.notice_text.setEnabled(False)
        self.notice_count.setText("")
        for b in (self.reset_button, self.notice_preview_button, self.issue_notice_button):
            b.setEnabled(False)

    def _issued_for_period(self, kind: str) -> list:
        period = self.period()
        if period is None:
            return []
        try:
            return self.documents.register(kind=kind, period=period.key)
        except _ERRORS:
            return []

    def update_numbers(self) -> None:
        """The next numbers (they are not reserved) and what was already issued for the period."""
        on = self.issue_date()
        for label, kind in ((self.notice_number, KIND_NOTICE), (self.letters_number, KIND_LETTER)):
            try:
                nxt = self.documents.next_number(kind, on)
            except _ERRORS as e:
                label.setText(messages.describe(e))
                continue
            if kind == KIND_NOTICE:
                text = self.tr("Next number: %1").replace("%1", nxt)
                done = self._issued_for_period(KIND_NOTICE)
                if done:
                    text += "  " + self.tr("(already issued for this period: %1)").replace(
                        "%1", "、".join(v.number for v in done))
            else:
                n = len(self.checked_units())
                text = self.tr("%1 unit(s) checked; the letters will be numbered %2.").replace("%1", str(n)).replace(
                    "%2", number_range(nxt, n)) if n else self.tr("Next number: %1").replace("%1", nxt)
            label.setText(text)

    # --- notice -------------------------------------------------------------------------------

    def _notice_edited(self) -> None:
        self._show_count(stale=self.notice_preview.has_document())

    def _show_count(self, *, stale: bool) -> None:
        """Characters used, and whether the text changed since the preview shown."""
        from govhr_desktop.documents.commendation import NOTICE_TEXT_MAX

        n = len(self.notice_text.toPlainText().strip())
        text = self.tr("%1 of at most %2 characters").replace("%1", str(n)).replace("%2", str(NOTICE_TEXT_MAX))
        if stale:
            text += " · " + self.tr("changed since the preview shown")
        self.notice_count.setText(text)
        self.notice_count.setStyleSheet("color: #c0392b;" if n > NOTICE_TEXT_MAX or n == 0 else "")

    def reset_notice_text(self) -> None:
        if self.notice is None:
            return
        from govhr_desktop.documents.commendation import default_notice_text

        self.notice_text.setPlainText(default_notice_text(self.notice))

    def _notice_build(self):
        from govhr_desktop.documents.commendation import build_notice

        data, text, on = self.notice, self.notice_text.toPlainText(), self.issue_date()
        return lambda number: build_notice(data, text, on, number)

    def _run(self, title: str, fn, *, cancellable: bool = False):
        return run_with_progress(self, title, fn, cancellable=cancellable)

    def preview_notice(self) -> int:
        """Lay the notice out without a number; the page count shown (0: refused)."""
        if self.notice is None:
            return 0
        build, on = self._notice_build(), self.issue_date()
        try:
            pdf = self._run(self.tr("Laying out the notice…"),
                            lambda _r, _c: self.documents.preview(KIND_NOTICE, build, issued_on=on))
        except _ERRORS as e:
            self.show_domain_error(e, self.tr("The notice cannot be laid out"))
            return 0
        pages = self.notice_preview.set_pdf(pdf, self.tr("Preview %1.pdf").replace("%1", self.notice_title.text()))
        self._show_count(stale=False)
        return pages

    def issue_notice(self) -> int | None:
        """Number and issue the notice; the register id (None: not issued)."""
        if self.notice is None or not self.may_issue:
            return None
        on = self.issue_date()
        try:
            nxt = self.documents.next_number(KIND_NOTICE, on)
        except _ERRORS as e:
            self.show_domain_error(e)
            return None
        question = (self.tr("Issue the notice “%1” dated %2?").replace("%1", self.notice_title.text())
                    .replace("%2", on.isoformat()) + "\n\n"
                    + self.tr("It will be numbered %1. A number is used once issued and is never given again.")
                    .replace("%1", nxt))
        done = self._issued_for_period(KIND_NOTICE)
        if done:
            question += "\n\n" + self.tr("A notice for this period was already issued: %1.").replace(
                "%1", "、".join(v.number for v in done))
        if QMessageBox.question(self, self.tr("Issue the notice"), question) != QMessageBox.StandardButton.Yes:
            return None
        build, key = self._notice_build(), self.period_key()
        try:
            view = self._run(self.tr("Issuing the notice…"), lambda _r, _c: self.documents.issue(
                KIND_NOTICE, build, period=key, issued_on=on))
            data = self.documents.pdf(view.id)
        except _ERRORS as e:
            self.show_domain_error(e, self.tr("The notice was not issued"))
            self.update_numbers()
            return None
        self.notice_preview.set_pdf(data, self.documents.suggested_file_name(view))
        self._show_count(stale=False)
        self.update_numbers()
        self.data_changed.emit()
        self.notify(self.tr("Issued %1.").replace("%1", view.number))
        self.show_issued(view, data)
        return view.id

    def show_issued(self, view, data: bytes) -> None:
        IssuedDocumentDialog(view, data, self, settings=self.ui.settings, just_issued=True).exec()

    # --- reports ------------------------------------------------------------------------------

    def open_pdf(self, data: bytes, title: str, file_name: str) -> None:
        PdfPreviewDialog(data, title, file_name, self, settings=self.ui.settings).exec()

    def prepare_screenshot(self) -> None:
        """Show a previewed notice; QPdfView paints pages from a render thread, so give it a
        moment before the picture is taken (screenshots only)."""
        if self.notice is not None and not self.notice_preview.has_document():
            self.preview_notice()
            from PySide6.QtCore import QEventLoop, QTimer

            loop = QEventLoop()
            QTimer.singleShot(1500, loop.quit)
            loop.exec()
