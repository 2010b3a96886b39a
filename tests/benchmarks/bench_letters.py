"""``letters_batch``: feedback letters (函) to every home unit plus one commendation notice (通报).

A demo center with its evaluations (months published, honours confirmed) is generated into a
migrated database in a temporary directory; five more home units are added and some staff moved
to them, so that 40 home units have staff in the period (DOMAIN.md: 20–50 units).

The value is the wall-clock seconds of what the clerk waits for, end to end: reading the
period's data for all units (``DocumentContentService.letters_data`` / ``notice_data``),
building the documents, and issuing them through ``DocumentService``: the 40 letters in one
numbered batch (render, hash, store, audit, one transaction) and the notice. Median of 3 runs,
each into a fresh copy of the center. Budget: ≤ 3 s.

The baseline is raw ReportLab producing the same pages: the same text, tables and fonts laid out
with ReportLab's own tools (``SimpleDocTemplate``, ``Paragraph`` with ``wordWrap='CJK'``,
``Table``; page numbers drawn in the page callback) into one PDF per document, with no database,
no Chinese line-breaking rules, no per-character font fallback and no register. Both sides are
compared per page: value s/page ÷ baseline s/page ≤ 1.3.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path

from common import benchmark, result, temp_dir

PERIOD = "2026-09"
UNITS = 40
RUNS = 3
BUDGET_SECONDS = 3.0
BUDGET_RATIO = 1.3
ISSUED_ON = date(2026, 11, 21)


def _center(tmp: Path) -> Path:
    from govhr_desktop.demo import generate_demo
    from govhr_desktop.demo_evaluations import add_demo_evaluations
    from govhr_desktop.persistence.engine import Database
    from govhr_desktop.persistence.migrate import prepare_database

    db_path = tmp / "govhr.sqlite3"
    db = Database(db_path)
    prepare_database(db_path, tmp / "backups", db.engine)
    generate_demo(db, seed=2026)
    add_demo_evaluations(db, seed=2026, today=ISSUED_ON)
    db.dispose()
    con = sqlite3.connect(db_path)
    have = con.execute("SELECT count(DISTINCT home_unit_id) FROM staff").fetchone()[0]
    order = con.execute("SELECT max(sort_order) FROM home_unit").fetchone()[0] or 0
    # the largest units give up every fourth person to the new units
    big = [r[0] for r in con.execute(
        "SELECT home_unit_id FROM staff GROUP BY home_unit_id ORDER BY count(*) DESC")]
    for k in range(UNITS - have):
        con.execute("INSERT INTO home_unit (full_name, short_name, contact_person, contact_phone, "
                    "supervising_leader, remarks, active, sort_order) VALUES (?, ?, '', '', '', '', 1, ?)",
                    (f"县第{k + 1}新设服务局", f"新设{k + 1}局", order + k + 1))
        uid = con.execute("SELECT last_insert_rowid()").fetchone()[0]
        ids = [r[0] for r in con.execute("SELECT id FROM staff WHERE home_unit_id = ? ORDER BY id",
                                         (big[k % len(big)],))]
        con.executemany("UPDATE staff SET home_unit_id = ? WHERE id = ?", [(uid, i) for i in ids[::4]])
    con.commit()
    con.close()
    return db_path


def _ctx(db):
    from govhr_desktop.domain.security import Actor
    from govhr_desktop.services.base import ServiceContext

    return ServiceContext(db, Actor.for_role("bench", "admin"))


def _issue_all(db) -> tuple[float, list[bytes]]:
    """Seconds for the letters of every unit + the notice, issued; and the PDFs."""
    from govhr_desktop.documents.commendation import build_notice, default_notice_text
    from govhr_desktop.documents.feedback_letter import build_letter
    from govhr_desktop.services.document_content import DocumentContentService
    from govhr_desktop.services.documents import KIND_LETTER, KIND_NOTICE, DocumentService, IssueItem

    ctx = _ctx(db)
    t0 = time.perf_counter()
    content, docs = DocumentContentService(ctx), DocumentService(ctx)
    letters = content.letters_data(PERIOD)
    items = [IssueItem(lambda n, d=d: build_letter(d, ISSUED_ON, n), related=f"home_unit:{d.home_unit_id}")
             for d in letters]
    issued = docs.issue_batch(KIND_LETTER, items, period=PERIOD, issued_on=ISSUED_ON)
    notice = content.notice_data(PERIOD)
    text = default_notice_text(notice)
    issued.append(docs.issue(KIND_NOTICE, lambda n: build_notice(notice, text, ISSUED_ON, n),
                             period=PERIOD, issued_on=ISSUED_ON))
    secs = time.perf_counter() - t0
    if len(letters) != UNITS:
        raise RuntimeError(f"expected letters for {UNITS} units, got {len(letters)}")
    return secs, [docs.pdf(v.id) for v in issued]


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _baseline_documents(db):
    """The same documents as data (built outside the timing)."""
    from govhr_desktop.documents.commendation import build_notice, default_notice_text
    from govhr_desktop.documents.feedback_letter import build_letter
    from govhr_desktop.services.document_content import DocumentContentService

    content = DocumentContentService(_ctx(db))
    docs = [build_letter(d, ISSUED_ON, "青政服函〔2026〕1号") for d in content.letters_data(PERIOD)]
    notice = content.notice_data(PERIOD)
    docs.append(build_notice(notice, default_notice_text(notice), ISSUED_ON, "青政服〔2026〕1号"))
    return docs


def _raw_reportlab(doc) -> bytes:
    """One document with ReportLab's own tools: same A4 geometry, sizes, fonts and content."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    from govhr_desktop.documents.fonts import font_for
    from govhr_desktop.documents.model import Heading, Para, TableBlock

    fs, hei, kai, xbs = (font_for(r).name for r in ("fangsong", "hei", "kai", "xiaobiaosong"))
    pitch = 225 * mm / 22
    body = ParagraphStyle("b", fontName=fs, fontSize=16, leading=pitch, firstLineIndent=32, wordWrap="CJK")
    heads = {1: ParagraphStyle("h1", parent=body, fontName=hei), 2: ParagraphStyle("h2", parent=body, fontName=kai),
             3: body, 4: body}
    title = ParagraphStyle("t", fontName=xbs, fontSize=22, leading=pitch * 1.2, alignment=TA_CENTER, wordWrap="CJK")
    organ = ParagraphStyle("o", fontName=xbs, fontSize=40, leading=48, alignment=TA_CENTER, textColor=colors.red)
    plain = ParagraphStyle("p", parent=body, firstLineIndent=0)
    right = ParagraphStyle("r", parent=body, firstLineIndent=0, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", fontName=fs, fontSize=10.5, leading=13, wordWrap="CJK")
    story = [Paragraph(escape(doc.organ), organ), Spacer(1, pitch), Paragraph(escape(doc.number), right),
             Spacer(1, pitch), Paragraph(escape(doc.title), title), Spacer(1, pitch),
             Paragraph(escape(doc.addressee) + "：", plain)]

    def blocks(items):
        for b in items:
            if isinstance(b, Heading):
                story.append(Paragraph(escape(b.text), heads.get(b.level, body)))
            elif isinstance(b, Para):
                story.append(Paragraph(escape(b.text), body))
            elif isinstance(b, TableBlock):
                rows = [[Paragraph(escape(c), cell) for c in r] for r in (b.header, *b.rows)]
                w = b.widths or (1,) * len(b.header)
                story.append(Table(rows, colWidths=[156 * mm * x / sum(w) for x in w], repeatRows=1,
                                   style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))

    blocks(doc.body)
    story += [Paragraph(escape(doc.closing), body), Spacer(1, 3 * pitch),
              Paragraph(escape(doc.signature), right), Paragraph(f"{doc.issued_on:%Y年%m月%d日}", right)]
    if doc.cc:
        story.append(Paragraph("抄送：" + escape("，".join(doc.cc)) + "。", plain))

    def page_number(c, d):
        c.setFont(font_for("song").name, 14)
        c.drawRightString(184 * mm, 30 * mm, f"— {d.page} —")

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, topMargin=37 * mm, leftMargin=28 * mm, rightMargin=26 * mm,
                      bottomMargin=35 * mm, invariant=1).build(story, onFirstPage=page_number,
                                                               onLaterPages=page_number)
    return buf.getvalue()


@benchmark("letters_batch")
def letters_batch() -> dict:
    from govhr_desktop.documents.fonts import font_for
    from govhr_desktop.persistence.engine import Database

    for role in ("song", "fangsong", "kai", "hei", "xiaobiaosong"):  # once per process, as the app
        font_for(role)
    with temp_dir("letters") as tmp:
        db_path = _center(tmp)
        db = Database(db_path)
        docs = _baseline_documents(db)
        db.dispose()
        runs, base_runs, pdfs, base_pages = [], [], [], 0
        for run in range(RUNS):
            t0 = time.perf_counter()
            raw = [_raw_reportlab(d) for d in docs]
            base_runs.append(time.perf_counter() - t0)
            base_pages = sum(_pages(p) for p in raw)
            copy = tmp / f"run{run}.sqlite3"
            shutil.copy(db_path, copy)
            db = Database(copy)
            secs, pdfs = _issue_all(db)
            db.dispose()
            runs.append(secs)
        pages = sum(_pages(p) for p in pdfs)
        secs, base = statistics.median(runs), statistics.median(base_runs)
        per_page, base_per_page = secs / pages, base / base_pages
        ratio = per_page / base_per_page
        detail = {"documents": len(pdfs), "pages": pages, "seconds_runs": [round(x, 2) for x in runs],
                  "baseline_pages": base_pages, "baseline_seconds_runs": [round(x, 2) for x in base_runs],
                  "ms_per_page": round(per_page * 1000, 2), "baseline_ms_per_page": round(base_per_page * 1000, 2),
                  "ratio_budget": BUDGET_RATIO}
        ok = secs <= BUDGET_SECONDS and ratio <= BUDGET_RATIO
        print(f"letters_batch: {secs:.2f} s for {len(pdfs)} documents, {pages} pages "
              f"({per_page * 1000:.1f} ms/page); raw ReportLab {base_per_page * 1000:.1f} ms/page; "
              f"per-page ratio {ratio:.3f} (budget {BUDGET_SECONDS} s and {BUDGET_RATIO}) {detail}")
        return result("letters_batch", secs, "s", baseline=base_per_page * pages, ratio=ratio,
                      budget=BUDGET_SECONDS, ok=ok, detail=detail)
