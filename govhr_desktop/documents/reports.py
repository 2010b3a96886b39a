"""A plain A4 report (报表) on ReportLab: the template of the ranking table and the evaluation
sheet, and of any other printable list.

Layout: a title in 小标宋 (黑体 when the office has no 小标宋), a subtitle line under it (the
center, the period, the printed date), then the report's parts: tables with a thin grid whose
header rows repeat on every page, label/value grids, short paragraphs, signature lines. Each page
ends with "第 n 页 共 m 页" centred 10 mm above the paper's lower edge. Portrait or landscape; 20 mm
margins.

Cells and paragraphs wrap Chinese text (``wordWrap='CJK'``) and go through ``fonts.markup``, so a
rare name character missing from the role's font prints in a font that has it. Every font is
embedded (TrueType subsets); the PDF is built in ReportLab's invariant mode, so the same input
gives the same bytes (no creation time or random document id in the file).

Usage::

    r = Report(title="窗口工作人员月度考核排名表", subtitle="青山县政务服务中心　2026年10月　打印日期：2026年11月21日")
    r.table([Column("名次", 12), Column("姓名", 20, "left")], rows)
    pdf = r.build()

No Qt, no database here.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from govhr_desktop.documents.cjk_linebreak import break_lines
from govhr_desktop.documents.fonts import font_covering, font_for, markup

MARGIN = 20 * mm
FOOTER_Y = 10 * mm  # baseline of "第 n 页 共 m 页" above the lower paper edge
GRID = 0.5  # pt: the thin grid of tables
BOX = 0.9  # pt: the outer frame of tables
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
SECTION_FILL = colors.Color(0.96, 0.96, 0.96)
BODY_SIZE = 10.5  # 五号
PAD = 3  # pt: left and right padding in table cells

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


class PageCountingCanvas(pdf_canvas.Canvas):
    """A canvas that holds its pages until the end, so that each can be decorated knowing the
    page count (第 n 页 共 m 页): subclasses draw in ``_decorate(total)``."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass(frozen=True)
class Column:
    """A table column: its header text, its width in mm (columns are scaled together to the
    frame's width) and how its cells are aligned ('left', 'center', 'right')."""

    title: str
    width: float
    align: str = "center"


def page_size(landscape: bool = False) -> tuple[float, float]:
    return _landscape(A4) if landscape else A4


def frame_width(landscape: bool = False) -> float:
    """Width of the text area in points."""
    return page_size(landscape)[0] - 2 * MARGIN


def needs_landscape(columns: Sequence[Column]) -> bool:
    """True when the columns' widths do not fit a portrait page's text area."""
    return sum(c.width for c in columns) * mm > frame_width(False) + 0.01


class _Fonts:
    def __init__(self) -> None:
        self.title = font_for("xiaobiaosong").name
        self.body = font_for("song").name
        self.label = font_for("hei").name
        self.info = font_for("fangsong").name


class Report:
    """Collects the parts of one report; ``build()`` returns the PDF bytes."""

    def __init__(self, *, title: str, subtitle: str | Sequence[str] = "", landscape: bool = False, author: str = "",
                 subject: str = "", keywords: Iterable[str] = (), font_size: float = BODY_SIZE,
                 running_head: str = "") -> None:
        self.title = title
        self.subtitle = subtitle
        self.landscape = landscape
        self.author = author
        self.subject = subject
        self.keywords = tuple(keywords)
        self.font_size = font_size
        #: printed small at the top of pages 2.. so loose pages can be put back together
        self.running_head = running_head
        self.fonts = _Fonts()
        self.pages = 0  # set by build()
        self._story: list[Flowable] = []
        self._styles: dict[tuple, ParagraphStyle] = {}

    # -- styles --------------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return frame_width(self.landscape)

    def style(self, font: str, size: float, align: str = "left", leading: float | None = None,
              indent: float = 0.0) -> ParagraphStyle:
        key = (font, size, align, leading, indent)
        st = self._styles.get(key)
        if st is None:
            st = self._styles[key] = ParagraphStyle(
                f"s{len(self._styles)}", fontName=font, fontSize=size, leading=leading or round(size * 1.3, 1),
                alignment=_ALIGN[align], wordWrap="CJK", leftIndent=indent)
        return st

    def p(self, text: str, font: str | None = None, size: float | None = None, align: str = "left",
          leading: float | None = None, indent: float = 0.0, width: float | None = None) -> Paragraph:
        """A paragraph of plain text (escaped; rare characters in a font that has them). Leading
        and trailing spaces are dropped by ReportLab: indent with ``indent`` (points).

        With ``width`` (the room in points) the text is broken into lines here by the Chinese
        rules of ``cjk_linebreak`` (no line starts with ，。、）” …, none ends with （“), since
        ReportLab's own CJK wrapping only knows the Japanese rules."""
        font = font or self.fonts.body
        size = size or self.font_size
        text = text.strip()
        st = self.style(font, size, align, leading, indent)
        if width is not None:
            lines = wrap_cjk(text, font, size, width - indent)
            if len(lines) > 1:
                return Paragraph("<br/>".join(markup(x, font) for x in lines), st)
        return Paragraph(markup(text, font), st)

    # -- parts ---------------------------------------------------------------------------------

    def add(self, *flowables: Flowable) -> None:
        self._story.extend(flowables)

    def mark(self) -> int:
        """A position in the parts, for ``keep_together``."""
        return len(self._story)

    def keep_together(self, since: int) -> None:
        """Keep the parts added since ``mark()`` on one page (a page break before them if needed)."""
        self._story[since:] = [KeepTogether(self._story[since:])]

    def spacer(self, height_mm: float) -> None:
        self._story.append(Spacer(1, height_mm * mm))

    def heading(self, text: str) -> None:
        """A section heading in 黑体, a little larger than the body."""
        self._story.append(Spacer(1, 2.5 * mm))
        self._story.append(self.p(text, self.fonts.label, self.font_size + 1.5, width=self.width))
        self._story.append(Spacer(1, 1.5 * mm))

    def para(self, text: str, *, align: str = "left", size: float | None = None, font: str | None = None) -> None:
        self._story.append(self.p(text, font or self.fonts.info, size or self.font_size + 0.5, align, width=self.width))

    def fields(self, pairs: Sequence[tuple[str, str]], columns: int = 3, label_mm: float = 20.0,
               weights: Sequence[float] = ()) -> None:
        """A label/value grid (thin grid): ``columns`` pairs per row, labels shaded in 黑体;
        ``weights``: relative widths of the value columns (equal by default)."""
        weights = tuple(weights) or (1.0,) * columns
        room = self.width - columns * label_mm * mm
        widths = [w for i in range(columns) for w in (label_mm * mm, room * weights[i] / sum(weights))]
        cells: list[list] = []
        row: list = []
        for label, value in pairs:
            k = len(row)
            row += [self.p(label, self.fonts.label, align="center", width=widths[k] - 2 * PAD),
                    self.p(value or "—", width=widths[k + 1] - 2 * PAD)]
            if len(row) == 2 * columns:
                cells.append(row)
                row = []
        if row:
            row += [""] * (2 * columns - len(row))
            cells.append(row)
        t = Table(cells, colWidths=widths)
        cmds = self._grid_cmds(len(cells))
        for i in range(columns):
            cmds.append(("BACKGROUND", (2 * i, 0), (2 * i, -1), HEADER_FILL))
        t.setStyle(TableStyle(cmds))
        self._story.append(t)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *, font_size: float | None = None,
              strong_rows: Iterable[int] = (), shaded_rows: Iterable[int] = (),
              spans: Iterable[tuple[int, int, int]] = (), repeat_header: bool = True,
              caption: str = "", indented_rows: Iterable[int] = ()) -> Table:
        """A table with a header row (repeated on every page) and text cells.

        ``strong_rows``: data row indexes printed in 黑体 (totals, category lines); ``shaded_rows``:
        data rows with a light background; ``spans``: (row, first column, last column) merged
        cells of a data row (the text of the first one is printed); ``indented_rows``: data rows
        whose first cell is indented by one character (items under a category line)."""
        size = font_size or self.font_size
        strong, shaded, indented = set(strong_rows), set(shaded_rows), set(indented_rows)
        span_list = list(spans)
        total_mm = sum(c.width for c in columns) or 1.0
        widths = [c.width / total_mm * self.width for c in columns]
        cmds = self._grid_cmds(len(rows) + 1)
        cmds += [("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), round(size * 1.3, 1)),
                 ("FONTNAME", (0, 0), (-1, 0), self.fonts.label), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
        for j, c in enumerate(columns):
            cmds.append(("ALIGN", (j, 1), (j, -1), c.align.upper()))
        for i in sorted(strong):
            cmds.append(("FONTNAME", (0, i + 1), (-1, i + 1), self.fonts.label))
        for i in sorted(indented):
            cmds.append(("LEFTPADDING", (0, i + 1), (0, i + 1), PAD + size))
        data: list[list] = [[self._cell(c.title, self.fonts.label, size, "center", w - 2 * PAD)
                             for c, w in zip(columns, widths)]]
        for i, r in enumerate(rows):
            font = self.fonts.label if i in strong else self.fonts.body
            data.append([self._cell(str(v), font, size, columns[j].align,
                                    widths[j] - 2 * PAD - (size if (j == 0 and i in indented) else 0))
                         for j, v in enumerate(r)])
        t = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0)
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        for i in sorted(shaded):
            cmds.append(("BACKGROUND", (0, i + 1), (-1, i + 1), SECTION_FILL))
        for i, a, b in span_list:
            cmds.append(("SPAN", (a, i + 1), (b, i + 1)))
        t.setStyle(TableStyle(cmds))
        if caption:
            self._story.append(self.p(caption, self.fonts.label, size + 1, "center", width=self.width))
            self._story.append(Spacer(1, 1.5 * mm))
        self._story.append(t)
        return t

    def _cell(self, text: str, font: str, size: float, align: str, width: float) -> str | Paragraph:
        """A table cell: the plain text when it fits on one line in ``font`` (drawn by the table
        itself, with the FONTNAME / ALIGN of its row and column: several times faster than a
        paragraph), else a paragraph broken by the Chinese rules, with fallback fonts as needed.
        (A cell's indent is its left padding.)"""
        text = text.strip()
        if not text:
            return ""
        if all(font_covering(ch, font) == font for ch in text) and stringWidth(text, font, size) <= width:
            return text
        return self.p(text, font, size, align, width=width)

    def signatures(self, labels: Sequence[str], *, blank_mm: float = 32.0) -> None:
        """A line of signature fields: "被考核人签字：______" spread over the width (keep it with
        what precedes it through ``mark`` / ``keep_together``: nested KeepTogethers misbehave)."""
        n = len(labels)
        size = self.font_size + 0.5
        cells = [[self.p(f"{label}：", self.fonts.info, size, "right"), ""] for label in labels]
        flat = [c for pair in cells for c in pair]
        need = [(len(label) + 1) * size + 4 for label in labels]  # CJK characters are one em wide
        blank = min(blank_mm * mm, (self.width - sum(need)) / n)
        spare = (self.width - sum(need) - n * blank) / n
        widths = [w for i in range(n) for w in (need[i] + spare, blank)]
        t = Table([flat], colWidths=widths, rowHeights=[11 * mm])
        cmds = [("FONTNAME", (0, 0), (-1, -1), self.fonts.body), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
        for i in range(n):
            cmds.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), GRID, colors.black))
        t.setStyle(TableStyle(cmds))
        self._story += [Spacer(1, 4 * mm), t]

    def _grid_cmds(self, nrows: int) -> list:
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.body),  # empty cells: else an unembedded Helvetica
            ("GRID", (0, 0), (-1, -1), GRID, colors.black),
            ("BOX", (0, 0), (-1, -1), BOX, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]

    # -- output --------------------------------------------------------------------------------

    def build(self) -> bytes:
        """The PDF; ``self.pages`` holds its page count afterwards."""
        buf = io.BytesIO()
        size = page_size(self.landscape)
        doc = SimpleDocTemplate(
            buf, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, initialFontName=self.fonts.body, invariant=1,
            title=self.title, author=self.author, subject=self.subject or self.title,
            keywords=list(self.keywords), creator="govhr-desktop", producer="govhr-desktop")
        head: list[Flowable] = [self.p(self.title, self.fonts.title, 18, "center", 26, width=self.width)]
        if isinstance(self.subtitle, str) and self.subtitle:
            head += [Spacer(1, 1.5 * mm), self.p(self.subtitle, self.fonts.info, self.font_size + 0.5, "center",
                                                 width=self.width)]
        elif self.subtitle:
            head += [Spacer(1, 1.5 * mm), self._subtitle_row(tuple(self.subtitle))]
        head.append(Spacer(1, 4 * mm))
        doc.build(head + self._story, canvasmaker=self._canvas_class())
        return buf.getvalue()

    def _subtitle_row(self, parts: tuple[str, ...]) -> Table:
        """Parts spread over the width: the first flush left, the last flush right, others centred."""
        n = len(parts)
        aligns = ["center"] * n if n == 1 else ["left"] + ["center"] * (n - 2) + ["right"]
        size = self.font_size + 0.5
        t = Table([[self.p(x, self.fonts.info, size, a, width=self.width / n) for x, a in zip(parts, aligns)]],
                  colWidths=[self.width / n] * n)
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), self.fonts.body)]))
        return t

    def _canvas_class(self):
        report = self
        body, info = self.fonts.body, self.fonts.info
        running = self.running_head

        class NumberedCanvas(PageCountingCanvas):
            def _decorate(self, total: int) -> None:
                report.pages = total
                width, height = self._pagesize
                self.setFont(body, 9)
                self.drawCentredString(width / 2, FOOTER_Y, f"第 {self._pageNumber} 页  共 {total} 页")
                if running and self._pageNumber > 1:
                    self.setFont(info, 8.5)
                    self.drawString(MARGIN, height - MARGIN + 4 * mm, f"{running}（续）")

        return NumberedCanvas


def wrap_cjk(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points by the Chinese line-breaking
    rules; each character measured in the font that will print it."""
    cache: dict[str, float] = {}

    def advance(ch: str) -> float:
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = stringWidth(ch, font_covering(ch, font) or font, size)
        return w

    if not text:
        return [text]
    adv = [advance(ch) for ch in text]
    if sum(adv) <= width:
        return [text]
    return [text[a:b].strip() for a, b in break_lines(text, adv, width - 0.5)]


def fmt_points(x: float | None, *, signed: bool = False, blank_zero: bool = False) -> str:
    """A score for print: 98.5 → '98.5', 90.0 → '90', -1 → '−1' (signed: '+1' / '−1'); None → '—'."""
    if x is None:
        return "—"
    x = round(float(x) + 0.0, 2)
    if blank_zero and x == 0:
        return ""
    s = f"{abs(x):.2f}".rstrip("0").rstrip(".")
    if x < 0:
        return "−" + s
    return ("+" + s) if signed and x > 0 else s


def fmt_rate(x: float | None) -> str:
    """A share as a percentage with one decimal: 0.9912 → '99.1%'; None → '—'."""
    return "—" if x is None else f"{x * 100:.1f}%"
