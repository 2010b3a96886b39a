"""The 公文 and 发文登记 pages as a clerk uses them, and the PDF preview they share.

The walk: choose a published month, preview the commendation notice (pages shown, no number
consumed), issue it (青政服〔year〕1号 in the register), batch-issue the feedback letters for
all home units (consecutive 函 numbers; a cancelled batch issues nothing), open one in the
register (the bytes shown are the stored ones, identical to what was issued), print it into a
PDF file, open the ranking report. No sleeps: everything waits on signals or qtbot.waitUntil.
"""

from __future__ import annotations

import io
import shutil
import threading
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from govhr_desktop.services.documents import DocumentService
from govhr_desktop.ui.pages.document_register import DocumentRegisterPage
from govhr_desktop.ui.pages.documents import DocumentsPage
from govhr_desktop.ui.pdf_preview import PdfPreview, PdfPreviewDialog, render_page


def sample_pdf(pages: int = 3, *, wide_last: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for i in range(pages):
        if wide_last and i == pages - 1:
            c.setPageSize(landscape(A4))
        c.setFillColorRGB(0.8, 0, 0)
        c.rect(80, 700, 200, 40, fill=1, stroke=0)
        c.setFont("Helvetica", 30)
        c.drawString(100, 600, f"Page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # fast: the test checks pages, not print quality
    return printer


# --- the preview widget --------------------------------------------------------------------

def test_preview_pages_zoom_and_page_images(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()

    with qtbot.waitSignal(preview.loaded) as blocker:
        preview.set_pdf(sample_pdf(3), "样张.pdf")
    assert blocker.args == [3]
    assert preview.page_label.text() == "/ 3"
    assert preview.print_button.isEnabled() and not preview.prev_button.isEnabled()

    preview.next_page()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page_spin.value() == 2 and preview.prev_button.isEnabled()
    preview.go_to(99)
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert not preview.next_button.isEnabled()

    before = preview.effective_zoom()
    preview.zoom_in()
    assert preview.effective_zoom() == pytest.approx(before * 1.25, rel=1e-3)
    preview.fit_page()
    assert preview.effective_zoom() < before

    image = render_page(preview.document, 0, 72)
    assert (image.width(), image.height()) == (595, 842)
    assert image.pixelColor(5, 5).name() == "#ffffff"  # white paper, not transparent
    assert image.pixelColor(180, 842 - 720).red() > 150 and image.pixelColor(180, 842 - 720).green() < 80

    with qtbot.waitSignal(preview.loaded) as blocker:
        preview.set_pdf(b"not a pdf")
    assert blocker.args == [0] and not preview.has_document()
    assert not preview.print_button.isEnabled()


def test_print_to_a_pdf_printer_keeps_page_count_range_and_orientation(qtbot, tmp_path):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(sample_pdf(3, wide_last=True), "x.pdf")

    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(preview.printed) as blocker:
        assert preview.print_to(pdf_printer(out)) == 3
    assert blocker.args == [3]
    pages = PdfReader(out).pages
    assert len(pages) == 3
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes[:2] == [(595, 842)] * 2 and sizes[2] == (842, 595)  # landscape page stays landscape

    part = tmp_path / "part.pdf"
    assert preview.print_to(pdf_printer(part), first=2, last=2, copies=2) == 2
    assert len(PdfReader(part).pages) == 2


def test_print_dialog_range_and_save_as(qtbot, tmp_path, monkeypatch):
    data = sample_pdf(3)
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(data, "通报.pdf")
    out = tmp_path / "dialog.pdf"

    class FakeDialog:
        def __init__(self, printer):
            self.printer = printer

        def exec(self):  # the clerk asks for pages 2–3
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(2, 3)
            return 1

    printer = pdf_printer(out)
    monkeypatch.setattr(PdfPreview, "print_dialog", lambda self, p: FakeDialog(p))
    assert preview.print_pdf(printer) == 2
    assert len(PdfReader(out).pages) == 2

    saved = preview.save_pdf(str(tmp_path / "copy"))
    assert saved.endswith("copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == data  # saved byte for byte


def test_preview_dialog_shows_the_bytes(qtbot):
    data = sample_pdf(2)
    dlg = PdfPreviewDialog(data, "报表", "排名.pdf", note="说明")
    qtbot.addWidget(dlg)
    assert dlg.preview.page_count() == 2
    assert dlg.preview.pdf_bytes() == data
    assert dlg.width() <= 1366 and dlg.height() <= 768


# --- the pages, on a demo center with published months -------------------------------------

TODAY = date(2026, 11, 21)  # the demo's published months: 2026-07, -08, -09 (and Q3); 10 submitted
MONTH = "2026-09"


@pytest.fixture(scope="module")
def published_demo(tmp_path_factory, template_db):
    """The demo center with evaluations (the shared demo fixture has none), built once."""
    from govhr_desktop.demo import generate_demo
    from govhr_desktop.demo_evaluations import add_demo_evaluations
    from govhr_desktop.persistence.engine import Database

    path = tmp_path_factory.mktemp("documents-walk") / "govhr.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=2026, today=TODAY)
    add_demo_evaluations(db, seed=2026, today=TODAY)
    db.dispose()
    return path


def _ui(qapp, tmp_path, source, role: str = "personnel"):
    from govhr_desktop.domain.security import Actor
    from govhr_desktop.paths import DataPaths
    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.ui import i18n
    from govhr_desktop.ui.context import UiContext

    i18n.install(qapp, "zh_CN")
    paths = DataPaths(tmp_path / "data").ensure()
    shutil.copy(source, paths.database)
    db = Database(paths.database)
    return UiContext(ServiceContext(db, actor=Actor.for_role("clerk", role)), paths, demo=True), db


@pytest.fixture
def ui(qapp, tmp_path, published_demo):
    ctx, db = _ui(qapp, tmp_path, published_demo)
    yield ctx
    db.dispose()


@pytest.fixture
def answers(monkeypatch):
    """Yes to every question; what the program said (questions, information, warnings)."""
    told: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def question(_p, _t, text, *a, **k):
        told["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, t, *a: told["information"].append(t)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, t, *a: told["warning"].append(t)))
    return told


@pytest.fixture
def shown(monkeypatch):
    """The PDFs the pages would open in a dialog (modal dialogs do not run in tests)."""
    out: dict[str, list] = {"issued": [], "batch": [], "pdf": [], "register": []}
    monkeypatch.setattr(DocumentsPage, "show_issued", lambda self, v, d: out["issued"].append((v, d)))
    monkeypatch.setattr(DocumentsPage, "show_batch", lambda self, views: out["batch"].append(views))
    monkeypatch.setattr(DocumentsPage, "open_pdf", lambda self, d, t, f: out["pdf"].append((d, t, f)))
    monkeypatch.setattr(DocumentRegisterPage, "show_document", lambda self, r, d: out["register"].append((r, d)))
    return out


def documents_page(qtbot, ui) -> DocumentsPage:
    page = DocumentsPage(ui)
    qtbot.addWidget(page)
    page.resize(1120, 690)
    page.show()
    page.reload()
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def test_walk_preview_issue_batch_register_reprint(qtbot, ui, answers, shown, tmp_path, monkeypatch):
    svc = DocumentService(ui.services)
    page = documents_page(qtbot, ui)
    keys = [page.period_box.itemData(i) for i in range(page.period_box.count())]
    assert keys[:2] == ["2026-Q3", "2026-09"] and "2026-07" in keys  # newest first, quarters too
    page.period_box.setCurrentIndex(keys.index(MONTH))
    assert "服务之星" in page.notice_text.toPlainText()
    assert page.notice_title.text() == "关于表扬2026年9月“服务之星”和“流动红旗窗口”的通报"

    # 1. preview: pages shown, no number used
    click(qtbot, page.notice_preview_button)
    assert page.notice_preview.page_count() >= 1
    text = pdf_text(page.notice_preview.pdf_bytes())
    assert "〔2026〕" in text and "〔2026〕1号" not in text
    assert svc.register() == []
    assert "青政服〔2026〕1号" in page.notice_number.text()

    # 2. issue the notice: the question names the number; the stored PDF is shown
    click(qtbot, page.issue_notice_button)
    assert "青政服〔2026〕1号" in answers["question"][-1]
    (view, issued_pdf), = shown["issued"]
    assert view.number == "青政服〔2026〕1号" and view.period == MONTH and view.issued_by == "clerk"
    assert [v.number for v in svc.register()] == ["青政服〔2026〕1号"]
    assert issued_pdf == svc.pdf(view.id) == page.notice_preview.pdf_bytes()
    assert "青政服〔2026〕2号" in page.notice_number.text()
    assert "青政服〔2026〕1号" in page.notice_number.text()  # already issued for this period

    # 3. the letters: every unit checked; a preview of the selected one
    page.tabs.setCurrentIndex(1)
    units = page.checked_units()
    assert len(units) == page.unit_list.count() == len(page.letters) > 5
    page.unit_list.setCurrentRow(1)
    click(qtbot, page.letter_preview_button)
    assert page.letter_preview.page_count() >= 1
    assert page.letters[1].home_unit_name in pdf_text(page.letter_preview.pdf_bytes())
    assert f"青政服函〔2026〕1号 – {len(units)}号" in page.letters_number.text()

    # 4. cancel a batch after two letters: nothing issued, and the clerk is told
    import govhr_desktop.documents.feedback_letter as fl
    from govhr_desktop.ui import workers

    cancel_pressed = threading.Event()
    real_build, real_progress = fl.build_letter, workers._ProgressDialog.show_progress
    calls = []

    def slow_build(*a, **k):  # (worker thread) the third letter waits until Cancel was pressed
        calls.append(1)
        if len(calls) == 3:
            assert cancel_pressed.wait(30)
        return real_build(*a, **k)

    def press_cancel(dialog, done, total):  # (GUI thread) the clerk presses Cancel after two letters
        real_progress(dialog, done, total)
        if done >= 2 and not cancel_pressed.is_set():
            dialog.findChild(QPushButton).click()
            cancel_pressed.set()

    monkeypatch.setattr(fl, "build_letter", slow_build)
    monkeypatch.setattr(workers._ProgressDialog, "show_progress", press_cancel)
    click(qtbot, page.issue_letters_button)
    assert cancel_pressed.is_set()
    assert svc.register(kind="letter") == [] and shown["batch"] == []
    assert "documents.cancelled" not in answers["information"][-1]  # a sentence, not a code
    assert str(len(units)) in answers["information"][-1]
    monkeypatch.setattr(fl, "build_letter", real_build)
    monkeypatch.setattr(workers._ProgressDialog, "show_progress", real_progress)

    # 5. the batch for every unit: consecutive numbers, one letter per unit
    click(qtbot, page.issue_letters_button)
    (views,) = shown["batch"]
    assert [v.number for v in views] == [f"青政服函〔2026〕{i}号" for i in range(1, len(units) + 1)]
    assert [v.related for v in views] == [f"home_unit:{u}" for u in units]
    assert len(svc.register(kind="letter")) == len(units)
    assert "— " in page.unit_list.item(0).text() and views[0].number in page.unit_list.item(0).text()

    # 6. the register: all documents; the notice opens as its stored, issued bytes
    reg = DocumentRegisterPage(ui)
    qtbot.addWidget(reg)
    reg.reload()
    assert reg.proxy.rowCount() == len(units) + 1
    assert reg.proxy.visible_rows()[0].number == f"青政服函〔2026〕{len(units)}号"  # newest first
    reg.kind.setCurrentIndex(reg.kind.findData("notice"))
    assert [r.number for r in reg.proxy.visible_rows()] == ["青政服〔2026〕1号"]
    reg.table.selectRow(0)
    click(qtbot, reg.view_button)
    (row, data), = shown["register"]
    assert data == svc.pdf(row.id) == issued_pdf  # a reprint is byte-identical
    assert reg.verify_selected() is True and row.sha256 in answers["information"][-1]

    # 7. print the reprint into a PDF file through the preview: same page count
    from govhr_desktop.ui.pages.document_dialogs import IssuedDocumentDialog

    dlg = IssuedDocumentDialog(row, data, reg)
    qtbot.addWidget(dlg)
    out = tmp_path / "reprint.pdf"
    assert dlg.preview.print_to(pdf_printer(out)) == len(PdfReader(io.BytesIO(data)).pages)
    assert len(PdfReader(out).pages) == len(PdfReader(io.BytesIO(data)).pages)
    assert dlg.preview.save_pdf(str(tmp_path / "copy.pdf")) and (tmp_path / "copy.pdf").read_bytes() == data
    first = render_page(dlg.preview.document, 0, 40)  # the red organ mark is painted
    assert any(first.pixelColor(x, y).red() > 180 and first.pixelColor(x, y).green() < 90
               for y in range(first.height() // 3) for x in range(0, first.width(), 2))

    # 8. the reports: the ranking table and one person's sheet
    page.tabs.setCurrentIndex(2)
    click(qtbot, page.ranking_button)
    pdf, title, name = shown["pdf"][-1]
    assert pdf.startswith(b"%PDF-") and "2026年9月" in title and name.endswith(".pdf")
    page.person_box.setCurrentIndex(0)
    click(qtbot, page.sheet_button)
    pdf, title, _name = shown["pdf"][-1]
    assert pdf.startswith(b"%PDF-") and page.person_box.itemText(0).split(" · ")[0] in title


def test_bad_text_is_refused_and_uses_no_number(qtbot, ui, answers, shown):
    from govhr_desktop.documents.commendation import NOTICE_TEXT_MAX

    svc = DocumentService(ui.services)
    page = documents_page(qtbot, ui)
    page.choose_period(MONTH)
    page.notice_text.setPlainText("   ")
    click(qtbot, page.notice_preview_button)
    click(qtbot, page.issue_notice_button)
    page.notice_text.setPlainText("很长的正文。" * (NOTICE_TEXT_MAX // 6 + 1))
    click(qtbot, page.issue_notice_button)
    assert len(answers["warning"]) == 3 and shown["issued"] == []
    assert all("documents." not in w for w in answers["warning"])  # sentences, not codes
    assert svc.register() == [] and svc.next_number("notice", TODAY) == "青政服〔2026〕1号"

    click(qtbot, page.reset_button)  # the suggested text is back and issues
    click(qtbot, page.issue_notice_button)
    assert [v.number for v in svc.register()] == ["青政服〔2026〕1号"]


def test_edited_text_survives_switching_periods(qtbot, ui, answers):
    page = documents_page(qtbot, ui)
    page.choose_period(MONTH)
    click(qtbot, page.notice_preview_button)
    assert "·" not in page.notice_count.text()
    page.notice_text.setPlainText("一、表扬\n\n改过的正文。")
    assert "·" in page.notice_count.text()  # the preview shown is older than the text
    page.choose_period("2026-08")
    assert "改过的正文" not in page.notice_text.toPlainText()
    page.choose_period(MONTH)
    assert page.notice_text.toPlainText() == "一、表扬\n\n改过的正文。"
    click(qtbot, page.reset_button)
    assert "服务之星" in page.notice_text.toPlainText()


def test_roles_without_documents_issue_preview_only(qtbot, qapp, tmp_path, published_demo, answers, shown):
    ui, db = _ui(qapp, tmp_path, published_demo, role="window_clerk")
    try:
        page = documents_page(qtbot, ui)
        page.choose_period(MONTH)
        for b in (page.issue_notice_button, page.issue_letters_button):
            assert not b.isEnabled() and b.toolTip()
        click(qtbot, page.notice_preview_button)
        assert page.notice_preview.page_count() >= 1
        reg = DocumentRegisterPage(ui)
        qtbot.addWidget(reg)
        reg.reload()
        assert not reg.view_button.isEnabled() and not reg.verify_button.isEnabled()
    finally:
        db.dispose()


def test_no_published_results_says_so(qtbot, empty_ui_ctx, answers):
    page = documents_page(qtbot, empty_ui_ctx)
    assert page.period() is None
    assert not page.notice_preview_button.isEnabled() and not page.issue_letters_button.isEnabled()
    assert not page.ranking_button.isEnabled()
    assert page.notice_info.text()
    assert answers["warning"] == []


def test_font_note_names_the_stand_ins(qtbot, ui, answers):
    from govhr_desktop.documents import fonts

    page = documents_page(qtbot, ui)
    stand_ins = fonts.fallback_roles()
    qtbot.waitUntil(lambda: page.font_note.isVisibleTo(page) == bool(stand_ins))
    if not stand_ins:
        return
    for role in stand_ins:
        assert fonts.ROLE_LABELS[role] in page.font_note.text()
    page.font_note.linkActivated.emit("details")
    assert all(fonts.ROLE_WANTED[r] in answers["information"][-1] for r in stand_ins)
