"""Show a PDF in the program (Qt PDF), print it through the system print dialog, save it.

``PdfPreview`` is a widget: a tool row (page x / n, previous / next, zoom out / in, fit width,
fit page, Print…, Save as PDF…) above a ``QPdfView``. ``set_pdf(data, file_name)`` shows a PDF
given as bytes; the bytes are kept as they are, so "Save as PDF…" writes exactly what the
services produced (a reprint of an issued document stays byte-identical).

``PdfPreviewDialog`` is the same in a modal dialog (the register page, reports).

Printing: Qt PDF renders pages to images only, so each page is rendered at the printer's
resolution (at most ``MAX_PRINT_DPI``) and painted onto the printer's full paper, scaled to fit
and centred (an A4 document on A4 paper is painted 1:1). ``print_document(document, printer)``
does this without any dialog (tests print into a PDF file); ``render_page(document, i, dpi)``
gives one page on white as a ``QImage``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govhr_desktop.ui.tr import InheritedTr

log = logging.getLogger(__name__)

#: pages are rendered for the printer at its resolution, but not finer than this (an A4 page at
#: 600 dpi is a 4960 × 7016 image, about 140 MB while it is painted)
MAX_PRINT_DPI = 600
#: zoom steps of the +/- buttons
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


# --- rendering and printing (no widgets) ----------------------------------------------------

def load_pdf(document: QPdfDocument, data: bytes) -> QBuffer:
    """Load PDF bytes into ``document``. Returns the buffer, which must live as long as the
    document shows it (keep a reference)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def page_pixel_size(document: QPdfDocument, page: int, dpi: float) -> QSize:
    points = document.pagePointSize(page)
    return QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` (0-based) at ``dpi`` on a white background."""
    size = page_pixel_size(document, page, dpi)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def _is_landscape(document: QPdfDocument, page: int) -> bool:
    s = document.pagePointSize(page)
    return s.width() > s.height()


def _set_page(printer, document: QPdfDocument, page: int) -> None:
    """The printer's page for one PDF page: the PDF's own paper size when the printer has it
    (A4 here), turned to the page's orientation."""
    points = document.pagePointSize(page)
    portrait = QSize(round(min(points.width(), points.height())), round(max(points.width(), points.height())))
    size = QPageSize(QPageSize.id(portrait, QPageSize.SizeMatchPolicy.FuzzyMatch))
    if size.id() == QPageSize.PageSizeId.Custom:
        size = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if _is_landscape(document, page)
                               else QPageLayout.Orientation.Portrait)


def print_pages(printer) -> tuple[int, int] | None:
    """The 1-based page range the print dialog asked for, or None for all pages."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), max(printer.toPage(), printer.fromPage())
    return None


def print_document(document: QPdfDocument, printer, *, first: int | None = None, last: int | None = None,
                   copies: int | None = None) -> int:
    """Paint pages ``first``..``last`` (1-based, inclusive; default all) onto ``printer``, ``copies``
    times unless the print system makes the copies itself. Returns the number of sheets painted.

    ``printer`` is a ready ``QPrinter`` (from the print dialog, or one writing a PDF file)."""
    n = document.pageCount()
    if n <= 0:
        return 0
    first = max(1, first or 1)
    last = min(n, last or n)
    if first > last:
        return 0
    if copies is None:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    collate = printer.collateCopies()
    pages = list(range(first - 1, last))
    order = pages * copies if collate else [p for p in pages for _ in range(copies)]
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printer.setFullPage(True)
    _set_page(printer, document, order[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    painted = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for k, page in enumerate(order):
            if k:
                _set_page(printer, document, page)
                if not printer.newPage():
                    raise OSError("the printer refused a new page")
            paper = QRectF(printer.paperRect(printer.Unit.DevicePixel))
            paper.moveTo(0, 0)
            image = document.render(page, page_pixel_size(document, page, dpi))
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            painted += 1
    finally:
        painter.end()
    return painted


# --- the widget ------------------------------------------------------------------------------

class PdfPreview(InheritedTr, QWidget):
    """A PDF shown from bytes, with page navigation, zoom, print and save."""

    #: the PDF shown changed (pages: 0 when cleared)
    loaded = Signal(int)
    #: a file was saved (its path)
    saved = Signal(str)
    #: a print job was sent (the number of sheets painted)
    printed = Signal(int)

    def __init__(self, parent=None, *, settings: QSettings | None = None, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.settings = settings
        self.file_name = ""
        self._data = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setBackgroundRole(self.view.backgroundRole().Dark)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_controls())
        self.view.viewport().installEventFilter(self)  # fit modes: the zoom shown follows the size

        self.empty = QLabel(empty_text or self.tr("No document to show."), self)
        self.empty.setObjectName("pdfEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.prev_button = self._tool("◀", self.tr("Previous page"), self.previous_page, "prevPage", "PgUp")
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.next_button = self._tool("▶", self.tr("Next page"), self.next_page, "nextPage", "PgDown")
        self.zoom_out_button = self._tool("−", self.tr("Zoom out"), self.zoom_out, "zoomOut", "Ctrl+-")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), self.zoom_in, "zoomIn", "Ctrl++")
        self.fit_width_button = self._tool(self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width,
                                           "fitWidth")
        self.fit_page_button = self._tool(self.tr("Fit page"), self.tr("Show whole pages"), self.fit_page, "fitPage")
        self.print_button = self._tool(self.tr("Print…"), self.tr("Print through the system print dialog"),
                                       lambda: self.print_pdf(), "printButton", "Ctrl+P")
        self.save_button = self._tool(self.tr("Save as PDF…"), self.tr("Save the document as a PDF file"),
                                      lambda: self.save_pdf(), "saveButton", "Ctrl+S")
        for w in (self.prev_button, self.page_spin, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        self._update_controls()

    def _tool(self, text: str, tip: str, slot, name: str, shortcut: str | None = None) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(f"{tip} ({shortcut})" if shortcut and shortcut.startswith("Ctrl") else tip)
        b.setAutoRaise(True)
        if shortcut:
            b.setShortcut(QKeySequence(shortcut))
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # --- content ------------------------------------------------------------------------------

    def set_pdf(self, data: bytes, file_name: str = "") -> int:
        """Show the PDF ``data``; ``file_name`` is what "Save as PDF…" proposes. Returns the page
        count (0 and a message when the bytes are not a readable PDF)."""
        self.document.close()
        self._buffer = None
        self._data = bytes(data)
        self.file_name = file_name
        if self._data:
            self._buffer = load_pdf(self.document, self._data)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            log.warning("PDF not readable: %s", self.document.error())
            self._data = b""
            self.empty.setText(self.tr("The document cannot be shown."))
            self.stack.setCurrentWidget(self.empty)
            self._update_controls()
            self.loaded.emit(0)
            return 0
        self.stack.setCurrentWidget(self.view)
        self.view.setZoomMode(self.view.zoomMode())
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self._update_controls()
        self.loaded.emit(self.document.pageCount())
        return self.document.pageCount()

    def clear(self, text: str = "") -> None:
        """Show no document, only ``text`` (why there is none)."""
        self.document.close()
        self._buffer = None
        self._data = b""
        self.file_name = ""
        if text:
            self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self._update_controls()
        self.loaded.emit(0)

    def pdf_bytes(self) -> bytes:
        """The PDF shown, exactly as it was given."""
        return self._data

    def has_document(self) -> bool:
        return bool(self._data)

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def current_page(self) -> int:
        """0-based."""
        return self.view.pageNavigator().currentPage()

    # --- navigation and zoom ------------------------------------------------------------------

    def go_to(self, page: int) -> None:
        n = self.page_count()
        if n == 0:
            return
        page = max(0, min(n - 1, page))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), 0)
        self._update_controls()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def effective_zoom(self) -> float:
        """The zoom factor shown (1.0: the page at its printed size on this screen)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        dpi = self.view.logicalDpiY() / 72
        m = self.view.documentMargins()
        vp = self.view.viewport()
        fx = (vp.width() - m.left() - m.right()) / max(1.0, points.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return fx
        fy = (vp.height() - m.top() - m.bottom()) / max(1.0, points.height() * dpi)
        return min(fx, fy)

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self._update_controls()

    def zoom_in(self) -> None:
        self.set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_controls()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.view.viewport():
            self._update_controls()
        return False

    def _update_controls(self) -> None:
        if not shiboken6.isValid(self.document):  # the view reports a page change while closing
            return
        n = self.page_count()
        has = n > 0
        page = self.current_page() if has else -1
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, n))
        self.page_spin.setValue(page + 1 if has else 1)
        self.page_spin.blockSignals(False)
        self.page_label.setText(f"/ {n}" if has else "/ –")
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%" if has else "")
        for w in (self.page_spin, self.zoom_out_button, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button, self.print_button, self.save_button):
            w.setEnabled(has)
        self.prev_button.setEnabled(has and page > 0)
        self.next_button.setEnabled(has and page < n - 1)
        self.fit_width_button.setDown(has and self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setDown(has and self.view.zoomMode() == QPdfView.ZoomMode.FitInView)

    # --- print and save -----------------------------------------------------------------------

    def page_image(self, page: int, dpi: float = 96) -> QImage:
        """One page (0-based) on white at ``dpi`` (checks, thumbnails)."""
        return render_page(self.document, page, dpi)

    def print_to(self, printer, *, first: int | None = None, last: int | None = None,
                 copies: int | None = None) -> int:
        """Print to a ready printer without asking (tests, "print again"). Sheets painted."""
        if not self.has_document():
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = print_document(self.document, printer, first=first, last=last, copies=copies)
        finally:
            QApplication.restoreOverrideCursor()
        self.printed.emit(sheets)
        return sheets

    def print_dialog(self, printer):
        """The system print dialog for ``printer`` (tests replace this)."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print %1").replace("%1", self.file_name or self.tr("document")))
        opts = QAbstractPrintDialog.PrintDialogOption
        dlg.setOptions(opts.PrintPageRange | opts.PrintCurrentPage | opts.PrintCollateCopies | opts.PrintToFile
                       | opts.PrintShowPageSize)
        dlg.setMinMax(1, self.page_count())
        return dlg

    def print_pdf(self, printer=None) -> int:
        """Ask through the system print dialog, then print. Sheets painted (0: cancelled)."""
        if not self.has_document():
            return 0
        from PySide6.QtPrintSupport import QPrinter

        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.file_name).stem if self.file_name else "govhr")
        _set_page(printer, self.document, 0)
        printer.setFromTo(1, self.page_count())
        dlg = self.print_dialog(printer)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return 0
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page() + 1
        else:
            first, last = print_pages(printer) or (1, self.page_count())
        try:
            return self.print_to(printer, first=first, last=last)
        except OSError as e:
            QMessageBox.warning(self, self.tr("Print"), self.tr("Printing failed: %1").replace("%1", str(e)))
            return 0

    def save_pdf(self, path: str | None = None) -> str | None:
        """Write the PDF bytes to a file the clerk picks (or ``path``). The path, or None."""
        if not self.has_document():
            return None
        if path is None:
            start = self.settings.value("documents/dir", "") if self.settings is not None else ""
            name = self.file_name or "document.pdf"
            proposal = str(Path(start) / name) if start else name
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), proposal, self.tr("PDF (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self._data)
        except OSError as e:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr("The file %1 cannot be written: %2")
                                .replace("%1", path).replace("%2", e.strerror or str(e)))
            return None
        if self.settings is not None:
            self.settings.setValue("documents/dir", str(Path(path).parent))
        self.saved.emit(path)
        return path


class PdfPreviewDialog(InheritedTr, QDialog):
    """A PDF in a modal dialog with print and save (the register page, reports)."""

    def __init__(self, data: bytes, title: str, file_name: str = "", parent=None, *,
                 settings: QSettings | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        lay = QVBoxLayout(self)
        if note:
            self.note = QLabel(note, self)
            self.note.setObjectName("previewNote")
            self.note.setWordWrap(True)
            lay.addWidget(self.note)
        self.preview = PdfPreview(self, settings=settings)
        lay.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("closeButtons")
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.preview.set_pdf(data, file_name)
        self.resize(_dialog_size(parent))


def _dialog_size(parent) -> QSize:
    """Tall enough to read a page, within a 1366×768 screen."""
    screen = (parent.screen() if parent is not None else None)
    if screen is None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else None
    w, h = 860, 700
    if avail is not None:
        w, h = min(w, avail.width() - 40), min(h, avail.height() - 60)
    return QSize(max(480, w), max(400, h))
