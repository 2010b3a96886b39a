"""The GB/T 9704-2012 layout engine: an ``OfficialDocument`` (documents/model.py) in, PDF bytes out.

``render(doc) -> bytes`` lays out a notice (通报, ``FORMAT_FILE``: 文件格式) or a letter (函,
``FORMAT_LETTER``: 信函格式) the way GB/T 9704-2012 《党政机关公文格式》 and DOMAIN.md §8 describe:

* A4; text area (版心) 156 x 225 mm, 37 mm from the top and 28 mm from the left (binding) edge;
  body 3号 (16 pt) 仿宋 on a grid of 22 lines x 28 characters: line pitch 225/22 mm, character
  cell 156/28 mm. Each full-width character takes one cell (drawn with a small negative
  character spacing, 16 pt glyphs on 15.79 pt cells, as Word's document grid does); half-width
  digits and letters take their own advance.
* File format: red 发文机关标志 in 小标宋 (em 20 mm high, each character at most 15 mm wide,
  horizontally condensed and then smaller if the name is long) whose top is 35 mm below the top
  of the text area; document number centred two blank lines under it; a red rule 156 mm long and
  0.35 mm thick 4 mm under the number; the title (2号小标宋, centred, broken into balanced lines)
  two blank lines under the rule; one blank line; 主送 flush left with "："; the body.
* Letter format: organ name (red 小标宋, em 12 mm) with its top 30 mm from the top of the paper;
  a red double rule (2 pt over 0.5 pt, 1 mm apart, 170 mm, centred on the paper) 4 mm under it and
  another (0.5 pt over 2 pt) 20 mm from the bottom of page 1; the number flush right under the
  top rule at 7/8 of a 3号 character; the title two blank lines under the number; no page number
  on page 1; no 印发 line and no rules in the 版记.
* Body: paragraphs indented two characters and justified; headings 一、 (黑体), （一） (楷体),
  1. and （1） (仿宋), indented like paragraphs and kept with the next line; the closing
  ("特此通报。") as its own paragraph; "附件：1.…" one blank line under the body (names aligned);
  three blank lines for the seal, the issuer centred over the date, the date four characters in
  from the right ("右空四字"); tables with a caption, drawn by the typesetter too (a thin black
  grid, cell text broken with the same rules), split between rows across pages with the header
  row repeated.
* Attachments each on a new page: "附件1" top left in 3号黑体, the title centred on the second
  line, then its blocks.
* 版记 at the foot of the last page (a new page when it does not fit): 抄送 (4号仿宋, one character
  in on both sides, continuation lines aligned after "抄送：") and the 印发 line (印发机关 one
  character in from the left, "2026年11月21日印发" one in from the right) between rules of 0.35 /
  0.25 / 0.35 mm, 156 mm long; the last rule lies on the bottom edge of the text area.
* Page numbers "— 1 —" in 4号宋体 with half-width digits, the em box's top 7 mm below the text
  area, odd pages one 4号 character in from the right edge of the text area, even pages one in
  from the left.

How: the document becomes a list of items (lines of one pitch, blank lines, tables, page
breaks; headings and the lines before the seal are kept with what follows), then the items are
placed page by page. Lines are broken by ``cjk_linebreak.break_lines`` (no line starts with
closing punctuation, none ends with an opening bracket, a lone last character takes one more
along); lines left short are justified; titles are broken at natural places into even lines.
Character advances come from ReportLab's metrics, cached per (font, character). A character the
role's font lacks is drawn with ``fonts.font_covering``'s font, or as □ when no font has it.
Text and rules are written straight into the page content (one BT … ET per line, one Tf per
font run); ReportLab subsets and embeds the fonts and writes the file, in invariant mode: the
same document gives the same bytes (the register reprints issued documents byte-identically).
Tables do not use platypus: the typesetter draws them (faster, and the cells get the same line
breaking and font fallback as the body).

Bad input: an empty organ or title raises ``DomainError("document.missing_part", field=...)``;
a block that cannot fit on one page (a table row taller than a page, a title or 版记 longer than
a page) raises ``DomainError("document.block_too_large", block=<kind>, excerpt=<text>)``; no PDF
is produced then. No Qt here.

Modules: ``gbt9704_geometry`` (page geometry, sizes, rules), ``gbt9704_text`` (measuring,
line items, wrapping, justifying, balanced titles), ``gbt9704_tables`` (table layout and grid),
``gbt9704_pdf`` (writing into the page content); this one lays the items out on pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from govhr_desktop.documents import fonts
from govhr_desktop.documents.gbt9704_geometry import (  # noqa: F401  (TABLE_PADDING_X re-exported)
    _EPS,
    AREA_BOTTOM,
    AREA_HEIGHT,
    AREA_LEFT,
    AREA_RIGHT,
    AREA_TOP,
    AREA_WIDTH,
    BANJI_LEADING,
    BANJI_THICK,
    BANJI_THIN,
    CELL,
    DATE_RIGHT_CELLS,
    EM_ASCENT,
    GRID_CHAR_SPACE,
    LETTER_BOTTOM_RULE,
    LETTER_NUMBER_GAP,
    LETTER_ORGAN_HEIGHT,
    LETTER_ORGAN_TOP,
    LETTER_RULE_GAP,
    LETTER_RULE_GAP_BELOW_ORGAN,
    LETTER_RULE_LENGTH,
    LETTER_THICK,
    LETTER_THIN,
    LINES_PER_PAGE,
    ORGAN_HEIGHT,
    ORGAN_MAX_CHAR_WIDTH,
    ORGAN_MIN_SCALE,
    ORGAN_TOP_BELOW_AREA,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_INSET,
    PAGE_WIDTH,
    PITCH,
    RED_RULE_WIDTH,
    RULE_BELOW_NUMBER,
    SEAL_BLANK_LINES,
    SIZE_2,
    SIZE_3,
    SIZE_4,
    TABLE_PADDING_X,
    band_baseline,
    format_date,
)
from govhr_desktop.documents.gbt9704_pdf import _Pdf
from govhr_desktop.documents.gbt9704_tables import _draw_table_part, _Row, _table_item, _TableItem
from govhr_desktop.documents.gbt9704_text import (
    _balance,
    _Blank,
    _clean,
    _justified_space,
    _Line,
    _measure,
    _PageBreak,
    _runs,
    _visual_width,
    _wrap,
)
from govhr_desktop.documents.model import (
    FORMAT_FILE,
    FORMAT_LETTER,
    FORMATS,
    Attachment,
    Block,
    Heading,
    OfficialDocument,
    Para,
    TableBlock,
)
from govhr_desktop.domain.errors import DomainError

_Item = _Line | _Blank | _PageBreak | _TableItem


class _Fonts:
    def __init__(self) -> None:
        self.song = fonts.font_for("song").name
        self.fangsong = fonts.font_for("fangsong").name
        self.kai = fonts.font_for("kai").name
        self.hei = fonts.font_for("hei").name
        self.xbs = fonts.font_for("xiaobiaosong").name

    def heading(self, level: int) -> str:
        return {1: self.hei, 2: self.kai}.get(level, self.fangsong)


def _excerpt(text: str, n: int = 16) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- the layout ------------------------------------------------------------------------------------


class _Layout:
    """Turns the document into items (lines, blanks, tables, page breaks) and draws them."""

    def __init__(self, doc: OfficialDocument, canvas: pdf_canvas.Canvas) -> None:
        self.doc = doc
        self.c = canvas
        self.pdf = _Pdf(canvas)
        self.f = _Fonts()
        self.page = 1
        self.y = AREA_TOP  # top of the next band
        self.page_has_content = False

    # ----- building items

    def para(self, text: str, font: str, *, indent: float = 2 * CELL, keep: bool = False,
             size: float = SIZE_3) -> list[_Item]:
        cs = GRID_CHAR_SPACE if size == SIZE_3 else 0.0
        part = _wrap(text, font, size, cs, AREA_WIDTH - indent, AREA_WIDTH)
        out: list[_Item] = []
        for k, (a, b) in enumerate(part.lines):
            x = AREA_LEFT + (indent if k == 0 else 0.0)
            avail = AREA_WIDTH - (indent if k == 0 else 0.0)
            space = _justified_space(part, k, avail, cs)
            out.append(_Line(_runs(part.measured, a, b), x, size, space, keep_with_next=keep))
        return out

    def centred(self, text: str, font: str, size: float, *, balanced: bool = True,
                keep: bool = False, red: bool = False) -> list[_Item]:
        """Centred lines; ``balanced`` breaks them into lines of even length (titles)."""
        cs = GRID_CHAR_SPACE if size == SIZE_3 else 0.0
        part = _wrap(text, font, size, cs, AREA_WIDTH, AREA_WIDTH)
        if balanced and len(part.lines) > 1:
            part = _balance(part, len(part.lines), cs)
        out: list[_Item] = []
        for (a, b), w in zip(part.lines, part.widths):
            x = AREA_LEFT + (AREA_WIDTH - _visual_width(w, cs)) / 2
            out.append(_Line(_runs(part.measured, a, b), x, size, cs, keep_with_next=keep, red=red))
        return out

    def block_items(self, block: Block) -> list[_Item]:
        if isinstance(block, Para):  # a line feed starts a new (indented) paragraph
            out: list[_Item] = []
            for piece in _clean(block.text).split("\n"):
                if piece.strip():
                    out += self.para(piece.strip(), self.f.fangsong)
            return out
        if isinstance(block, Heading):
            if block.level not in (1, 2, 3, 4):
                raise ValueError(f"heading level {block.level} (1–4 expected)")
            lines = self.para(block.text, self.f.heading(block.level), keep=True)
            return lines
        if isinstance(block, TableBlock):
            out = []
            if block.caption.strip():
                out += self.centred(block.caption, self.f.hei, SIZE_3, keep=True)
            out.append(self.table(block))
            return out
        raise TypeError(f"not a block: {block!r}")

    def table(self, block: TableBlock) -> _TableItem:
        return _table_item(block, self.f.hei, self.f.fangsong)

    def attachment_note(self) -> list[_Item]:
        """"附件：1.<title>" one blank line under the body, names aligned."""
        atts = self.doc.attachments
        if not atts:
            return []
        f = self.f.fangsong
        out: list[_Item] = [_Blank()]
        prefix = "附件："
        pm = _measure(prefix, f, SIZE_3, GRID_CHAR_SPACE)
        prefix_w = sum(pm.advances)
        for i, att in enumerate(atts, start=1):
            label = f"{i}." if len(atts) > 1 else ""
            lm = _measure(label, f, SIZE_3, GRID_CHAR_SPACE)
            label_w = sum(lm.advances)
            hang = 2 * CELL + prefix_w + label_w
            part = _wrap(att.title, f, SIZE_3, GRID_CHAR_SPACE, AREA_WIDTH - hang, AREA_WIDTH - hang)
            for k, (a, b) in enumerate(part.lines):
                space = _justified_space(part, k, AREA_WIDTH - hang, GRID_CHAR_SPACE)
                line = _Line(_runs(part.measured, a, b), AREA_LEFT + hang, SIZE_3, space)
                if k == 0:  # "附件：1." first, then the name (the reading order of the text)
                    if i == 1:
                        head = _runs(pm, 0, len(pm.text)) + _runs(lm, 0, len(lm.text))
                        hx = AREA_LEFT + 2 * CELL
                    else:
                        head = _runs(lm, 0, len(lm.text))
                        hx = AREA_LEFT + 2 * CELL + prefix_w
                    if head:
                        line = _Line(head, hx, SIZE_3, GRID_CHAR_SPACE,
                                     extra=((AREA_LEFT + hang, line.runs, space),))
                out.append(line)
        return out

    def signature(self) -> list[_Item]:
        """Blank lines for the seal, the issuer centred over the date, the date 右空四字."""
        f = self.f.fangsong
        date_text = format_date(self.doc.issued_on)
        dm = _measure(date_text, f, SIZE_3, GRID_CHAR_SPACE)
        date_w = _visual_width(sum(dm.advances), GRID_CHAR_SPACE)
        date_x = AREA_RIGHT - DATE_RIGHT_CELLS * CELL - date_w
        centre = date_x + date_w / 2
        out: list[_Item] = [_Blank(keep_with_next=True) for _ in range(SEAL_BLANK_LINES)]
        sig = self.doc.signature.strip()
        if sig:
            sm = _measure(sig, f, SIZE_3, GRID_CHAR_SPACE)
            sig_w = _visual_width(sum(sm.advances), GRID_CHAR_SPACE)
            limit = AREA_RIGHT - 2 * CELL
            if centre + sig_w / 2 > limit:  # a long name: 右空二字, the date centred under it
                centre = max(AREA_LEFT + sig_w / 2, limit - sig_w / 2)
                date_x = centre - date_w / 2
            out.append(_Line(_runs(sm, 0, len(sm.text)), centre - sig_w / 2, SIZE_3, GRID_CHAR_SPACE,
                             keep_with_next=True))
        out.append(_Line(_runs(dm, 0, len(dm.text)), date_x, SIZE_3, GRID_CHAR_SPACE))
        return out

    def attachment_items(self, index: int, att: Attachment, count: int) -> list[_Item]:
        label = f"附件{index}" if count > 1 else "附件"
        lm = _measure(label, self.f.hei, SIZE_3, GRID_CHAR_SPACE)
        out: list[_Item] = [_PageBreak(), _Line(_runs(lm, 0, len(lm.text)), AREA_LEFT, SIZE_3,
                                                GRID_CHAR_SPACE, keep_with_next=True)]
        if att.title.strip():
            title = self.centred(att.title, self.f.xbs, SIZE_2, keep=True)
            if len(title) > LINES_PER_PAGE - 3:
                raise DomainError("document.block_too_large", block="attachment_title",
                                  excerpt=_excerpt(att.title))
            out += title
            out.append(_Blank())
        for block in att.blocks:
            out += self.block_items(block)
        return out

    def body_items(self) -> list[_Item]:
        doc = self.doc
        items: list[_Item] = []
        for block in doc.body:
            items += self.block_items(block)
        if doc.closing.strip():
            items += self.para(doc.closing, self.f.fangsong)
        items += self.attachment_note()
        # the seal must have text above it on its page: the last line goes along with it
        for it in reversed(items):
            if isinstance(it, _Line):
                it.keep_with_next = True
                break
        items += self.signature()
        for i, att in enumerate(doc.attachments, start=1):
            items += self.attachment_items(i, att, len(doc.attachments))
        return items

    # ----- drawing

    def draw_runs(self, x: float, baseline: float, size: float, runs, char_space: float = 0.0,
                  red: bool = False, scale: float = 1.0) -> None:
        self.pdf.text(x, baseline, size, runs, char_space, red, scale)

    def draw_line(self, line: _Line, band_top: float) -> None:
        base = band_baseline(band_top, line.size)
        if line.runs:
            self.pdf.text(line.x, base, line.size, line.runs, line.char_space, line.red)
        for x, runs, cs in line.extra:
            self.pdf.text(x, base, line.size, runs, cs, line.red)

    def hline(self, x0: float, x1: float, y: float, width: float, red: bool = False) -> None:
        self.pdf.rules([(x0, y, x1, y)], width, red)

    def remaining(self) -> float:
        return self.y - AREA_BOTTOM

    def new_page(self) -> None:
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = AREA_TOP
        self.page_has_content = False

    def finish_page(self) -> None:
        if self.doc.format == FORMAT_LETTER and self.page == 1:
            return
        self.draw_page_number()

    def draw_page_number(self) -> None:
        n = self.page
        m = _measure(f"— {n} —", self.f.song, SIZE_4)
        w = sum(m.advances)
        x = AREA_RIGHT - PAGE_NUMBER_INSET - w if n % 2 else AREA_LEFT + PAGE_NUMBER_INSET
        base = AREA_BOTTOM - PAGE_NUMBER_GAP - EM_ASCENT * SIZE_4
        self.draw_runs(x, base, SIZE_4, _runs(m, 0, len(m.text)))

    # ----- page 1 heads

    def organ_mark(self, top: float, max_height: float, max_char_width: float) -> float:
        """Draw the red organ mark with its em box's top at ``top``; its bottom is returned."""
        text = self.doc.organ.strip()
        m = _measure(text, self.f.xbs, 1.0)
        natural = sum(m.advances)  # width at 1 pt
        size = max_height
        n = max(len(text), 1)
        scale = min(1.0, max_char_width * n / (natural * size), AREA_WIDTH / (natural * size))
        if scale < ORGAN_MIN_SCALE:
            scale = ORGAN_MIN_SCALE
            size = AREA_WIDTH / (natural * scale)
        width = natural * size * scale
        x = AREA_LEFT + (AREA_WIDTH - width) / 2
        self.draw_runs(x, top - EM_ASCENT * size, size, _runs(m, 0, len(m.text)), red=True,
                       scale=scale)
        return top - size

    def file_head(self) -> None:
        organ_bottom = self.organ_mark(AREA_TOP - ORGAN_TOP_BELOW_AREA, ORGAN_HEIGHT, ORGAN_MAX_CHAR_WIDTH)
        band = organ_bottom - 2 * PITCH  # 空二行
        number = self.centred(self.doc.number.strip(), self.f.fangsong, SIZE_3, balanced=False)
        for line in number:
            self.draw_line(line, band)
            band -= PITCH
        number_bottom = band + (PITCH - SIZE_3) / 2  # em box bottom of the last number line
        rule_y = number_bottom - RULE_BELOW_NUMBER
        self.hline(AREA_LEFT, AREA_RIGHT, rule_y, RED_RULE_WIDTH, red=True)
        self.y = rule_y - RED_RULE_WIDTH / 2 - 2 * PITCH  # 空二行
        self.page_has_content = True

    def letter_head(self) -> None:
        organ_bottom = self.organ_mark(PAGE_HEIGHT - LETTER_ORGAN_TOP, LETTER_ORGAN_HEIGHT,
                                       LETTER_ORGAN_HEIGHT)
        x0 = (PAGE_WIDTH - LETTER_RULE_LENGTH) / 2
        x1 = x0 + LETTER_RULE_LENGTH
        top = organ_bottom - LETTER_RULE_GAP_BELOW_ORGAN
        self.hline(x0, x1, top - LETTER_THICK / 2, LETTER_THICK, red=True)
        thin_y = top - LETTER_THICK - LETTER_RULE_GAP - LETTER_THIN / 2
        self.hline(x0, x1, thin_y, LETTER_THIN, red=True)
        self.letter_bottom_rules()
        number_top = thin_y - LETTER_THIN / 2 - LETTER_NUMBER_GAP
        band = number_top + (PITCH - SIZE_3) / 2
        num = self.doc.number.strip()
        if num:
            m = _measure(num, self.f.fangsong, SIZE_3, GRID_CHAR_SPACE)
            w = _visual_width(sum(m.advances), GRID_CHAR_SPACE)
            self.draw_line(_Line(_runs(m, 0, len(m.text)), AREA_RIGHT - w, SIZE_3, GRID_CHAR_SPACE), band)
        self.y = band - PITCH - 2 * PITCH  # the number's band, then 空二行
        self.page_has_content = True

    def letter_bottom_rules(self) -> None:
        x0 = (PAGE_WIDTH - LETTER_RULE_LENGTH) / 2
        x1 = x0 + LETTER_RULE_LENGTH
        thick_y = LETTER_BOTTOM_RULE + LETTER_THICK / 2
        self.hline(x0, x1, thick_y, LETTER_THICK, red=True)
        self.hline(x0, x1, LETTER_BOTTOM_RULE + LETTER_THICK + LETTER_RULE_GAP + LETTER_THIN / 2,
                   LETTER_THIN, red=True)

    def title_and_addressee(self) -> list[_Item]:
        doc = self.doc
        title = self.centred(doc.title, self.f.xbs, SIZE_2, keep=True)
        if len(title) * PITCH > self.remaining() - 2 * PITCH + _EPS:
            raise DomainError("document.block_too_large", block="title", excerpt=_excerpt(doc.title))
        items: list[_Item] = list(title)
        if doc.addressee.strip():
            items.append(_Blank(keep_with_next=True))
            items += self.para(doc.addressee.strip() + "：", self.f.fangsong, indent=0.0)
        return items

    # ----- flow

    @staticmethod
    def chain(items: Sequence[_Item], i: int) -> tuple[float, int]:
        """Height of items[i] and the items kept with it, and the index of the chain's last item."""
        h = 0.0
        while True:
            it = items[i]
            h += it.min_height if isinstance(it, _TableItem) else it.height
            if (not it.keep_with_next or isinstance(it, _TableItem) or i + 1 >= len(items)
                    or isinstance(items[i + 1], _PageBreak)):
                return h, i
            i += 1

    def flow(self, items: Sequence[_Item]) -> None:
        i = 0
        chain_end = -1  # items up to here belong to a chain already placed
        while i < len(items):
            it = items[i]
            if isinstance(it, _PageBreak):
                if self.page_has_content:
                    self.new_page()
                i += 1
                continue
            if i > chain_end:
                if isinstance(it, _Blank) and not self.page_has_content:
                    i += 1  # no blank lines at the top of a page
                    continue
                need, chain_end = self.chain(items, i)
                if need > self.remaining() + _EPS and self.page_has_content and need <= AREA_HEIGHT:
                    self.new_page()
            if isinstance(it, _TableItem):
                self.flow_table(it)
            else:
                if it.height > self.remaining() + _EPS:
                    self.new_page()
                if isinstance(it, _Line):
                    self.draw_line(it, self.y)
                self.y -= it.height
                self.page_has_content = True
            i += 1

    def flow_table(self, item: _TableItem) -> None:
        """Draw the table from the cursor on, as many rows per page as fit, the header row on
        top of each page's part."""
        rows = item.rows
        i = 0
        while True:
            avail = self.remaining()
            h = item.header.height
            j = i
            while j < len(rows) and h + rows[j].height <= avail + _EPS:
                h += rows[j].height
                j += 1
            if j > i or (not rows and h <= avail + _EPS):
                self.draw_table_part(item, rows[i:j], h)
                if j >= len(rows):
                    return
                i = j
                self.new_page()
                continue
            if self.y >= AREA_TOP - _EPS:  # not even on an empty page
                raise DomainError("document.block_too_large", block="table",
                                  excerpt=_excerpt(item.block.caption or "，".join(item.block.header)))
            self.new_page()

    def draw_table_part(self, item: _TableItem, rows: Sequence[_Row], height: float) -> None:
        _draw_table_part(self.pdf, item, rows, self.y, AREA_LEFT)
        self.y -= height
        self.page_has_content = True

    # ----- 版记

    def banji(self) -> None:
        doc = self.doc
        f = self.f.fangsong
        rows: list[tuple[list[_Line], float]] = []  # (lines, row height)
        if doc.cc:
            text = "抄送：" + "，".join(x.strip() for x in doc.cc if x.strip()) + "。"
            pm = _measure("抄送：", f, SIZE_4)
            hang = sum(pm.advances)
            width = AREA_WIDTH - 2 * SIZE_4
            part = _wrap(text, f, SIZE_4, 0.0, width, width - hang)
            lines = []
            for k, (a, b) in enumerate(part.lines):
                x = AREA_LEFT + SIZE_4 + (hang if k else 0.0)
                space = _justified_space(part, k, width - (hang if k else 0.0), 0.0)
                lines.append(_Line(_runs(part.measured, a, b), x, SIZE_4, space))
            rows.append((lines, PITCH + (len(lines) - 1) * BANJI_LEADING))
        if doc.format == FORMAT_FILE and doc.printed_by.strip():
            left = _measure(doc.printed_by.strip(), f, SIZE_4)
            right = _measure(format_date(doc.printed_on or doc.issued_on) + "印发", f, SIZE_4)
            rw = sum(right.advances)
            line = _Line(_runs(left, 0, len(left.text)), AREA_LEFT + SIZE_4, SIZE_4)
            line.extra = ((AREA_RIGHT - SIZE_4 - rw, _runs(right, 0, len(right.text)), 0.0),)
            rows.append(([line], PITCH))
        if not rows:
            return
        height = sum(h for _l, h in rows)
        if height > AREA_HEIGHT:
            raise DomainError("document.block_too_large", block="banji", excerpt=_excerpt("抄送：" + "，".join(doc.cc)))
        if height > self.remaining() + _EPS:
            self.new_page()
        ruled = doc.format == FORMAT_FILE
        y = AREA_BOTTOM + height
        if ruled:
            self.hline(AREA_LEFT, AREA_RIGHT, y, BANJI_THICK)
        for k, (lines, h) in enumerate(rows):
            for j, line in enumerate(lines):
                self.draw_line(line, y - j * BANJI_LEADING)
            y -= h
            if ruled:
                last = k == len(rows) - 1
                self.hline(AREA_LEFT, AREA_RIGHT, y, BANJI_THICK if last else BANJI_THIN)
        self.page_has_content = True

    # ----- the whole document

    def run(self) -> None:
        doc = self.doc
        if doc.format == FORMAT_FILE:
            self.file_head()
        else:
            self.letter_head()
        self.flow(self.title_and_addressee() + self.body_items())
        self.banji()
        self.finish_page()
        self.c.showPage()


def _check(doc: OfficialDocument) -> None:
    if doc.format not in FORMATS:
        raise ValueError(f"unknown document format {doc.format!r}")
    if not doc.organ.strip():
        raise DomainError("document.missing_part", field="organ")
    if not doc.title.strip():
        raise DomainError("document.missing_part", field="title")


def render(doc: OfficialDocument) -> bytes:
    """The document as PDF bytes (GB/T 9704-2012 layout). The same document always gives the
    same bytes. Raises ``DomainError`` for a missing organ/title or a block too large for a page."""
    _check(doc)
    buf = io.BytesIO()
    body_font = fonts.font_for("fangsong").name
    c = pdf_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1,
                          initialFontName=body_font, initialFontSize=SIZE_3)
    meta = doc.meta or {}
    c.setTitle(meta.get("title", doc.title))
    c.setAuthor(meta.get("author", doc.signature or doc.organ))
    c.setSubject(meta.get("subject", doc.number))
    if meta.get("keywords"):
        c.setKeywords(meta["keywords"])
    c.setCreator("govhr-desktop")
    _Layout(doc, c).run()
    c.save()
    return buf.getvalue()
