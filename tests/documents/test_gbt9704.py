"""The GB/T 9704-2012 layout engine (govhr_desktop.documents.gbt9704), read back with pypdf.

Geometry is checked against numbers written out here from the standard (not the engine's own
constants): A4, text area 156 x 225 mm at 37 mm from the top and 28 mm from the left, 22 lines
of 28 characters, organ mark 35 mm under the text area (file) / 30 mm from the paper's top
(letter), red rules 156 / 170 mm, page numbers 7 mm under the text area.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from govhr_desktop.documents import fonts, gbt9704
from govhr_desktop.documents.cjk_linebreak import NO_LINE_END, NO_LINE_START, break_lines
from govhr_desktop.documents.gbt9704 import render
from govhr_desktop.documents.model import (
    FORMAT_FILE,
    FORMAT_LETTER,
    Attachment,
    Heading,
    OfficialDocument,
    Para,
    TableBlock,
)
from govhr_desktop.domain.errors import DomainError

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
AREA_LEFT = 28 * MM
AREA_RIGHT = (28 + 156) * MM
AREA_TOP = PAGE_H - 37 * MM
AREA_BOTTOM = AREA_TOP - 225 * MM
PITCH = 225 * MM / 22
CELL = 156 * MM / 28
ASCENT = 0.88  # the engine's ideographic em box: 0.88 em above the baseline, 0.12 below
TOL = 0.6  # pt

PARA = ("为进一步提升政务服务水平，激励进驻窗口工作人员比学赶超、争创一流，根据《青山县政务服务中心窗口工作人员"
        "考核办法》（青政服〔2025〕12号）规定，经窗口考评、群众评价和综合评定，中心决定对2026年10月表现突出的"
        "“服务之星”和“流动红旗窗口”予以通报表扬。希望受表扬的同志和窗口珍惜荣誉，再接再厉；各进驻单位要以"
        "先进为榜样，认真落实首问负责、一次告知、限时办结等制度，不断提高服务质量和效率。")
HEADER = ("序号", "姓名", "派驻单位", "窗口", "得分", "名次", "等次")
ROWS = tuple((str(i), f"人员{i:02d}", "县市场监督管理局" if i % 3 else "国家税务总局青山县税务局第一税务分局（办税服务厅）",
              f"A{i:02d}", f"{99 - i * 0.5:.1f}", str(i), "优秀" if i < 5 else "良好") for i in range(1, 16))
CC = ("县委办公室", "县政府办公室", "县市场监督管理局", "县人力资源和社会保障局")


def notice(**changes) -> OfficialDocument:
    doc = OfficialDocument(
        format=FORMAT_FILE, organ="青山县政务服务中心文件", number="青政服〔2026〕5号",
        title="关于表扬2026年10月“服务之星”和“流动红旗窗口”的通报", addressee="各进驻单位",
        body=(
            Para(PARA),
            Heading(1, "一、“服务之星”名单"),
            TableBlock(HEADER, ROWS, (1, 2, 5, 1.2, 1.3, 1.2, 1.3), caption="2026年10月“服务之星”名单"),
            Heading(1, "二、“流动红旗窗口”名单"),
            Heading(2, "（一）综合受理窗口"),
            Para(PARA),
            Heading(3, "1.市场准入窗口"),
            Heading(4, "（1）主要做法"),
            Para(PARA),
            Para(PARA),
        ),
        closing="特此通报。", signature="青山县政务服务中心", issued_on=date(2026, 11, 21),
        attachments=(Attachment("2026年10月窗口工作人员考评得分汇总表", (TableBlock(HEADER, ROWS),)),
                     Attachment("流动红旗窗口评选细则", (Para(PARA),))),
        cc=CC, printed_by="青山县政务服务中心综合科", printed_on=date(2026, 11, 21))
    return replace(doc, **changes)


def letter(**changes) -> OfficialDocument:
    doc = OfficialDocument(
        format=FORMAT_LETTER, organ="青山县政务服务中心", number="青政服函〔2026〕3号",
        title="关于反馈2026年10月派驻工作人员考评情况的函", addressee="县市场监督管理局",
        body=(Para("现将贵单位派驻我中心工作人员2026年10月考评情况函告如下："),
              Heading(1, "一、考评得分及排名"),
              TableBlock(HEADER, ROWS[:12], (1, 2, 5, 1.2, 1.3, 1.2, 1.3), caption="派驻人员考评情况"),
              Heading(1, "二、其他事项"), Para(PARA), Para(PARA)),
        closing="特此函告。", signature="青山县政务服务中心", issued_on=date(2026, 11, 21),
        cc=("县政府办公室",))
    return replace(doc, **changes)


# --- reading the PDF back ----------------------------------------------------------------------


class Page:
    """What a page draws: text runs (position, size, fill colour, horizontal scale, text) and
    stroked lines (ends, width, colour), read from the content stream and pypdf's text visitor."""

    def __init__(self, reader: PdfReader, index: int) -> None:
        self.page = reader.pages[index]
        self.number = index + 1
        self.texts: list[dict] = []  # from the content stream: one per text-matrix set
        self.lines: list[dict] = []
        self._interpret(ContentStream(self.page.get_contents(), reader).operations)
        # (text, x, y, size, base font) per text object drawn, via pypdf's visitor: the pieces a
        # text object is cut into (font subsets of 256 glyphs) are joined again
        segments: dict[tuple[float, float], list] = {}

        def visit(text, cm, tm, font_dict, size):
            if text and text.strip():
                x = tm[4] * cm[0] + cm[4]
                y = tm[5] * cm[3] + cm[5]
                key = (round(y, 2), round(x, 2))
                if key in segments:
                    segments[key][0] += text
                else:
                    segments[key] = [text, x, y, size, (font_dict or {}).get("/BaseFont", "")]

        self.page.extract_text(visitor_text=visit)
        self.chunks: list[tuple[str, float, float, float]] = [
            (t.strip("\n"), x, y, size) for t, x, y, size, _f in segments.values()]
        self.fonts = {t.strip("\n"): f for t, _x, _y, _s, f in segments.values()}

    def _interpret(self, ops) -> None:
        state = {"fill": (0.0, 0.0, 0.0), "stroke": (0.0, 0.0, 0.0), "w": 1.0, "ctm": (1, 0, 0, 1, 0, 0),
                 "Tc": 0.0, "Tz": 100.0}
        stack = []
        cur = None
        size = None
        for operands, op in ops:
            if op == b"q":
                stack.append(dict(state))
            elif op == b"Q":
                state = stack.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                A, B, C, D, E, F = state["ctm"]
                state["ctm"] = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                                e * A + f * C + E, e * B + f * D + F)
            elif op == b"rg":
                state["fill"] = tuple(float(v) for v in operands)
            elif op == b"RG":
                state["stroke"] = tuple(float(v) for v in operands)
            elif op == b"w":
                state["w"] = float(operands[0])
            elif op == b"BT":
                cur = None
            elif op == b"Tz":
                state["Tz"] = float(operands[0])
            elif op == b"Tm":
                A, B, C, D, E, F = state["ctm"]
                x, y = float(operands[4]), float(operands[5])
                cur = {"x": x * A + y * C + E, "y": x * B + y * D + F, "fill": state["fill"], "size": None}
                self.texts.append(cur)
            elif op == b"Tc":
                state["Tc"] = float(operands[0])
            elif op == b"Tj" and cur is not None and "Tc" not in cur:
                # character spacing and horizontal scale in force for the text object's first run
                cur["Tc"], cur["hz"] = state["Tc"], state["Tz"]
            elif op == b"Tf":
                size = float(operands[1])
                if cur is not None and cur["size"] is None:
                    cur["size"] = size
            elif op == b"m":
                start = tuple(float(v) for v in operands)
            elif op == b"l":
                A, B, C, D, E, F = state["ctm"]
                (x0, y0), (x1, y1) = start, tuple(float(v) for v in operands)
                self.lines.append({"x0": x0 + E, "y0": y0 + F, "x1": x1 + E, "y1": y1 + F,
                                   "w": state["w"], "stroke": state["stroke"]})

    def text_lines(self) -> list[tuple[float, str]]:
        """(baseline y, text) per drawn line, top to bottom, runs joined in drawing order."""
        by_y: dict[float, tuple[float, list[str]]] = {}
        for text, x, y, _size in sorted(self.chunks, key=lambda c: c[1]):
            by_y.setdefault(round(y, 1), (y, []))[1].append(text)
        return [(by_y[k][0], "".join(by_y[k][1])) for k in sorted(by_y, reverse=True)]

    def find(self, needle: str) -> tuple[str, float, float, float]:
        for chunk in self.chunks:
            if needle in chunk[0]:
                return chunk
        raise AssertionError(f"{needle!r} not on page {self.number}: {[c[0] for c in self.chunks]}")

    def char_space_at(self, x: float, y: float) -> float:
        """The character spacing a text object at (x, y) was drawn with."""
        for t in self.texts:
            if abs(t["x"] - x) < 0.01 and abs(t["y"] - y) < 0.01:
                return t.get("Tc", 0.0)
        raise AssertionError(f"no text object at {x}, {y}")

    def red_lines(self) -> list[dict]:
        return [ln for ln in self.lines if ln["stroke"] == (1.0, 0.0, 0.0)]

    def content(self) -> bytes:
        return self.page.get_contents().get_data()


def read(pdf: bytes) -> list[Page]:
    reader = PdfReader(io.BytesIO(pdf))
    return [Page(reader, i) for i in range(len(reader.pages))]


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def width(text: str, role: str, size: float, char_space: float = 0.0) -> float:
    name = fonts.font_for(role).name
    return pdfmetrics.stringWidth(text, name, size) + char_space * (len(text) - 1)


def baseline_in_band(band_top: float, size: float) -> float:
    return band_top - (PITCH - size) / 2 - ASCENT * size


@pytest.fixture(scope="module")
def notice_pdf() -> bytes:
    return render(notice())


@pytest.fixture(scope="module")
def notice_pages(notice_pdf) -> list[Page]:
    return read(notice_pdf)


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    return render(letter())


@pytest.fixture(scope="module")
def letter_pages(letter_pdf) -> list[Page]:
    return read(letter_pdf)


# --- geometry ----------------------------------------------------------------------------------


def test_pages_are_a4(notice_pages, letter_pages):
    assert len(notice_pages) >= 5 and len(letter_pages) >= 2
    for p in notice_pages + letter_pages:
        box = p.page.mediabox
        assert float(box.width) == pytest.approx(PAGE_W, abs=0.01)
        assert float(box.height) == pytest.approx(PAGE_H, abs=0.01)


def test_text_grid_left_edge_first_line_pitch_and_22_lines():
    doc = notice(body=tuple(Para(PARA) for _ in range(8)), attachments=(), cc=(), printed_by="")
    pages = read(render(doc))
    assert len(pages) >= 3
    p2 = pages[1]
    lines = [(y, t) for y, t in p2.text_lines() if not t.startswith("—")]
    assert len(lines) == 22  # a full page: 22 lines
    ys = [y for y, _t in lines]
    assert ys[0] == pytest.approx(baseline_in_band(AREA_TOP, 16), abs=TOL)
    for a, b in itertools.pairwise(ys):
        assert a - b == pytest.approx(PITCH, abs=0.05)
    xs = [x for _t, x, _y, size in p2.chunks if size == 16]
    assert min(xs) == pytest.approx(AREA_LEFT, abs=0.01)  # continuation lines start at 28 mm
    # a paragraph's first line is indented two character cells
    assert any(abs(x - (AREA_LEFT + 2 * CELL)) < 0.01 for x in xs)
    # 28 full-width characters on a full line
    full = [t for _y, t in lines if len(t) == 28 and all(ord(c) > 0x2000 for c in t)]
    assert full


def test_file_format_red_organ_mark(notice_pages):
    p1 = notice_pages[0]
    organ = max(p1.texts, key=lambda t: t["size"] or 0)
    assert organ["fill"] == (1.0, 0.0, 0.0)
    size = organ["size"]
    assert size < 22 * MM  # em height under 22 mm
    assert organ["y"] + ASCENT * size == pytest.approx(AREA_TOP - 35 * MM, abs=TOL)
    text = "青山县政务服务中心文件"
    w = width(text, "xiaobiaosong", size) * organ["hz"] / 100
    assert w <= 156 * MM + TOL
    assert w / len(text) <= 15 * MM + 0.01
    assert organ["x"] + w / 2 == pytest.approx((AREA_LEFT + AREA_RIGHT) / 2, abs=TOL)  # centred
    assert b"1 0 0 rg" in p1.content()


def test_file_format_number_rule_and_title(notice_pages):
    p1 = notice_pages[0]
    _text, x, y_num, size = p1.find("青政服〔2026〕5号")
    assert size == 16
    organ = max(p1.texts, key=lambda t: t["size"] or 0)
    organ_bottom = organ["y"] + ASCENT * organ["size"] - organ["size"]
    # two blank lines between the organ mark and the number
    assert y_num == pytest.approx(baseline_in_band(organ_bottom - 2 * PITCH, 16), abs=TOL)
    red = p1.red_lines()
    assert len(red) == 1
    rule = red[0]
    assert rule["y0"] == rule["y1"]
    assert rule["x0"] == pytest.approx(AREA_LEFT, abs=0.01)
    assert rule["x1"] - rule["x0"] == pytest.approx(156 * MM, abs=0.01)
    assert rule["w"] == pytest.approx(0.35 * MM, abs=0.01)
    number_bottom = y_num - (1 - ASCENT) * 16
    assert number_bottom - rule["y0"] == pytest.approx(4 * MM, abs=TOL)  # 4 mm under the number
    assert b"1 0 0 RG" in p1.content()
    # the title: 2号 (22 pt), centred, two blank lines under the rule, in one or more lines
    title = [c for c in p1.chunks if c[3] == 22]
    assert title
    top_band = rule["y0"] - 0.35 * MM / 2 - 2 * PITCH
    assert max(c[2] for c in title) == pytest.approx(baseline_in_band(top_band, 22), abs=TOL)
    assert flat("".join(c[0] for c in title)) == "关于表扬2026年10月“服务之星”和“流动红旗窗口”的通报"
    # each title line centred on the text area
    for (t, x, _y, _s) in title:
        w = width(t, "xiaobiaosong", 22)
        assert x + w / 2 == pytest.approx((AREA_LEFT + AREA_RIGHT) / 2, abs=1.0)
    # 主送 flush left, one blank line under the title
    t, x, y, _ = p1.find("各进驻单位：")
    assert x == pytest.approx(AREA_LEFT, abs=0.01)
    last_title_band = min(c[2] for c in title) + ASCENT * 22 + (PITCH - 22) / 2
    assert y == pytest.approx(baseline_in_band(last_title_band - 2 * PITCH, 16), abs=TOL)


def test_page_numbers_odd_right_even_left_7mm_below(notice_pages):
    assert len(notice_pages) >= 3
    for p in notice_pages:
        t, x, y, size = p.find("—")
        assert t.replace(" ", "") == f"—{p.number}—"
        assert size == 14 and p.char_space_at(x, y) == 0
        assert y + ASCENT * 14 == pytest.approx(AREA_BOTTOM - 7 * MM, abs=TOL)
        w = width(t, "song", 14)
        if p.number % 2:
            assert x + w == pytest.approx(AREA_RIGHT - 14, abs=TOL)
        else:
            assert x == pytest.approx(AREA_LEFT + 14, abs=TOL)


def test_signature_and_date_right_aligned_with_room_for_the_seal(notice_pages):
    page = next(p for p in notice_pages if any("2026年11月21日" == c[0] for c in p.chunks))
    _t, dx, dy, _s = page.find("2026年11月21日")
    cs = CELL - 16
    dw = width("2026年11月21日", "fangsong", 16, cs)
    assert dx + dw == pytest.approx(AREA_RIGHT - 4 * CELL, abs=TOL)  # 右空四字
    st_, sx, sy, _s = page.find("青山县政务服务中心")
    sw = width(st_, "fangsong", 16, cs)
    assert sx + sw / 2 == pytest.approx(dx + dw / 2, abs=TOL)  # centred over the date
    assert sy - dy == pytest.approx(PITCH, abs=0.05)
    # three blank lines between the text above and the issuer's name
    above = [y for y, t in page.text_lines() if y > sy + 1]
    assert min(above) - sy == pytest.approx(4 * PITCH, abs=0.05)


def test_attachment_note_and_attachment_pages(notice_pdf, notice_pages):
    text = text_of(notice_pdf)
    assert "附件：1.2026年10月窗口工作人员考评得分汇总表" in flat(text)
    assert "2.流动红旗窗口评选细则" in flat(text)
    p_att = [p for p in notice_pages if p.text_lines() and p.text_lines()[0][1] in ("附件1", "附件2")]
    assert [p.text_lines()[0][1] for p in p_att] == ["附件1", "附件2"]
    for p in p_att:
        _t, x, y, size = p.find("附件")
        assert x == pytest.approx(AREA_LEFT, abs=0.01) and size == 16
        assert y == pytest.approx(baseline_in_band(AREA_TOP, 16), abs=TOL)  # first line
        title = [c for c in p.chunks if c[3] == 22]
        assert title and title[0][2] == pytest.approx(baseline_in_band(AREA_TOP - PITCH, 22), abs=TOL)


def test_table_split_with_repeated_header(notice_pages):
    pages_with_rows = [p for p in notice_pages if any(c[0] == "人员15" for c in p.chunks)
                       or any(c[0] == "人员01" for c in p.chunks)]
    assert pages_with_rows
    continued = [p for p in notice_pages if any(c[0] == "人员15" for c in p.chunks)
                 and not any(c[0] == "人员01" for c in p.chunks)]
    for p in continued:  # a continuation page repeats the header row
        assert any(c[0] == "派驻单位" for c in p.chunks)
    # cells are drawn without the body's character spacing
    cells = [t for p in notice_pages for t in p.texts if t["size"] == 10.5]
    assert cells and all(t.get("Tc", 0.0) == 0 for t in cells)
    # the table grid spans the text area
    grid = [ln for p in notice_pages for ln in p.lines if ln["stroke"] == (0.0, 0.0, 0.0)
            and ln["y0"] == ln["y1"] and ln["w"] < 1]
    assert grid
    assert min(ln["x0"] for ln in grid) == pytest.approx(AREA_LEFT, abs=0.01)
    assert max(ln["x1"] for ln in grid) == pytest.approx(AREA_RIGHT, abs=0.01)


def test_banji_on_last_page_with_rules(notice_pdf, notice_pages):
    last = notice_pages[-1]
    _t, x, y_cc, size = last.find("抄送：")
    assert size == 14 and x == pytest.approx(AREA_LEFT + 14, abs=0.01)  # one character in
    _t, x, y_pr, size = last.find("青山县政务服务中心综合科")
    assert x == pytest.approx(AREA_LEFT + 14, abs=0.01)
    _t, x, y, _s = last.find("印发")
    assert last.char_space_at(x, y) == 0
    w = width("2026年11月21日印发", "fangsong", 14)
    assert x + w == pytest.approx(AREA_RIGHT - 14, abs=TOL)
    rules = sorted((ln for ln in last.lines if ln["stroke"] == (0.0, 0.0, 0.0) and ln["w"] in
                    (pytest.approx(0.35 * MM, abs=0.01), pytest.approx(0.25 * MM, abs=0.01))
                    and ln["x1"] - ln["x0"] > 150 * MM), key=lambda ln: -ln["y0"])
    assert [round(r["w"] / MM, 2) for r in rules] == [0.35, 0.25, 0.35]
    for r in rules:
        assert r["x0"] == pytest.approx(AREA_LEFT, abs=0.01)
        assert r["x1"] - r["x0"] == pytest.approx(156 * MM, abs=0.01)
    assert rules[-1]["y0"] == pytest.approx(AREA_BOTTOM, abs=0.01)  # on the text area's bottom edge
    assert rules[0]["y0"] > y_cc > rules[1]["y0"] > y_pr > rules[2]["y0"]
    for p in notice_pages[:-1]:
        assert "抄送" not in "".join(c[0] for c in p.chunks)


def test_banji_goes_to_a_new_page_when_it_does_not_fit():
    cc = tuple(f"青山县第{i}派驻单位" for i in range(1, 61))
    pages = read(render(notice(attachments=(), cc=cc)))
    last, before = pages[-1], pages[-2]
    assert "抄送" in "".join(c[0] for c in last.chunks)
    assert "2026年11月21日" in [c[0] for c in before.chunks]  # the date stays with the text
    assert not any("特此通报" in c[0] for c in last.chunks)


def test_fonts_are_embedded(notice_pdf, letter_pdf):
    for pdf in (notice_pdf, letter_pdf):
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert font["/Subtype"] == "/TrueType"
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


# --- letter format -------------------------------------------------------------------------------


def test_letter_head_rules_and_number(letter_pages):
    p1 = letter_pages[0]
    organ = max(p1.texts, key=lambda t: t["size"] or 0)
    assert organ["fill"] == (1.0, 0.0, 0.0)
    assert organ["y"] + ASCENT * organ["size"] == pytest.approx(PAGE_H - 30 * MM, abs=TOL)
    w = width("青山县政务服务中心", "xiaobiaosong", organ["size"]) * organ["hz"] / 100
    assert organ["x"] + w / 2 == pytest.approx((AREA_LEFT + AREA_RIGHT) / 2, abs=TOL)
    red = sorted(p1.red_lines(), key=lambda ln: -ln["y0"])
    assert len(red) == 4
    for ln in red:
        assert ln["x1"] - ln["x0"] == pytest.approx(170 * MM, abs=0.01)
        assert (ln["x0"] + ln["x1"]) / 2 == pytest.approx(PAGE_W / 2, abs=0.01)  # centred on the paper
    top_thick, top_thin, bottom_thin, bottom_thick = red
    assert top_thick["w"] > top_thin["w"] and bottom_thick["w"] > bottom_thin["w"]
    assert top_thick["y0"] + top_thick["w"] / 2 == pytest.approx(
        organ["y"] + ASCENT * organ["size"] - organ["size"] - 4 * MM, abs=TOL)
    assert top_thick["y0"] - top_thin["y0"] < 2.5 * MM
    assert bottom_thick["y0"] - bottom_thick["w"] / 2 == pytest.approx(20 * MM, abs=0.01)
    # the number flush right under the rule
    t, x, y, _size = p1.find("青政服函〔2026〕3号")
    assert x + width(t, "fangsong", 16, CELL - 16) == pytest.approx(AREA_RIGHT, abs=TOL)
    assert top_thin["y0"] - top_thin["w"] / 2 - (y + ASCENT * 16) == pytest.approx(16 * 7 / 8, abs=TOL)
    # title two blank lines under the number
    title = [c for c in p1.chunks if c[3] == 22]
    assert max(c[2] for c in title) == pytest.approx(y - 3 * PITCH - (22 - 16) * (ASCENT - 0.5), abs=TOL)


def test_letter_page_numbers_and_rules_only_on_page_one(letter_pages):
    assert not any(c[0].startswith("—") for c in letter_pages[0].chunks)  # no number on page 1
    t, x, _y, _s = letter_pages[1].find("—")
    assert t.replace(" ", "") == "—2—"
    assert x == pytest.approx(AREA_LEFT + 14, abs=TOL)
    for p in letter_pages[1:]:
        assert not p.red_lines()


def test_letter_has_cc_but_no_printing_line(letter_pdf, letter_pages):
    text = flat(text_of(letter_pdf))
    assert "抄送：县政府办公室。" in text and "印发" not in text
    assert not [ln for ln in letter_pages[-1].lines if ln["x1"] - ln["x0"] > 150 * MM]  # no 版记 rules


# --- golden text, kinsoku, determinism ---------------------------------------------------------


def test_golden_text(notice_pdf, letter_pdf):
    text = flat(text_of(notice_pdf))
    for part in ("青山县政务服务中心文件", "青政服〔2026〕5号", "关于表扬2026年10月“服务之星”和“流动红旗窗口”的通报",
                 "各进驻单位：", "一、“服务之星”名单", "（一）综合受理窗口", "1.市场准入窗口", "（1）主要做法",
                 "特此通报。", "青山县政务服务中心", "2026年11月21日", "抄送：县委办公室，县政府办公室",
                 "县人力资源和社会保障局。", "青山县政务服务中心综合科", "2026年11月21日印发", "附件1", "附件2"):
        assert part in text, part
    text = flat(text_of(letter_pdf))
    for part in ("青山县政务服务中心", "青政服函〔2026〕3号", "关于反馈2026年10月派驻工作人员考评情况的函",
                 "县市场监督管理局：", "特此函告。", "2026年11月21日", "抄送："):
        assert part in text, part


def test_heading_fonts():
    heads = {1: "一、甲乙丙", 2: "（一）丁戊己", 3: "1.庚辛壬", 4: "（1）癸子丑"}
    pdf = render(notice(body=(*(Heading(k, v) for k, v in heads.items()), Para(PARA)), attachments=()))
    page = next(p for p in read(pdf) if heads[1] in p.fonts)
    found = {k: page.fonts[v] for k, v in heads.items()}
    xs = {k: page.find(v)[1] for k, v in heads.items()}
    roles = {1: "hei", 2: "kai", 3: "fangsong", 4: "fangsong"}
    for k, role in roles.items():
        face = pdfmetrics.getFont(fonts.font_for(role).name).face.name.decode()
        assert face in found[k]
        assert xs[k] == pytest.approx(AREA_LEFT + 2 * CELL, abs=0.01)  # indented like paragraphs


PUNCT_PARAS = tuple(Para("甲" * k + "，乙。丙”、丁：（戊）《己》“庚”；辛？壬！癸……子——丑" * 4) for k in range(1, 29))


def test_no_line_starts_with_closing_punctuation_in_a_render():
    pages = read(render(notice(body=PUNCT_PARAS, attachments=(), title="关于测试标点避头尾的通报")))
    lines = [t for p in pages for _y, t in p.text_lines() if not re.fullmatch(r"— \d+ —", t)]
    assert len(lines) > 100
    for t in lines:
        assert t[0] not in NO_LINE_START, t
        assert t[-1] not in NO_LINE_END, t
    body = flat("".join(lines))
    for para in PUNCT_PARAS:  # nothing lost
        assert para.text in body


def test_same_document_same_bytes(notice_pdf):
    assert render(notice()) == notice_pdf
    render(letter())
    assert render(notice()) == notice_pdf


def test_rare_and_missing_characters():
    rare = "䶮"
    pdf = render(notice(body=(Para(f"刘{rare}同志，\U000f0001。"), TableBlock(("姓名",), ((f"刘{rare}",),))),
                        attachments=()))
    text = flat(text_of(pdf))
    assert "□。" in text  # no font has a private-use character: □
    if fonts.font_covering(rare, fonts.font_for("fangsong").name):
        assert f"刘{rare}同志" in text
        assert text.count(f"刘{rare}") == 2


# --- bad input -------------------------------------------------------------------------------------


def test_missing_organ_or_title():
    with pytest.raises(DomainError) as e:
        render(notice(organ="  "))
    assert e.value.code == "document.missing_part" and e.value.field == "organ"
    with pytest.raises(DomainError) as e:
        render(letter(title=""))
    assert e.value.code == "document.missing_part" and e.value.field == "title"


def test_table_row_taller_than_a_page():
    huge = TableBlock(("说明", "备注"), (("很长的说明" * 400, "—"),), (1, 1), caption="超长表格")
    with pytest.raises(DomainError) as e:
        render(notice(body=(Para(PARA), huge)))
    assert e.value.code == "document.block_too_large"
    assert e.value.params["block"] == "table" and e.value.params["excerpt"] == "超长表格"


def test_title_longer_than_a_page():
    with pytest.raises(DomainError) as e:
        render(letter(title="关于" + "反馈考评情况" * 80 + "的函"))
    assert e.value.code == "document.block_too_large" and e.value.params["block"] == "title"


def test_banji_longer_than_a_page():
    with pytest.raises(DomainError) as e:
        render(notice(cc=tuple(f"青山县第{i}派驻单位" for i in range(600))))
    assert e.value.code == "document.block_too_large" and e.value.params["block"] == "banji"


def test_empty_body_and_no_extras_still_render():
    pdf = render(notice(body=(), closing="", attachments=(), cc=(), printed_by="", signature=""))
    text = flat(text_of(pdf))
    assert "2026年11月21日" in text and "抄送" not in text
    pdf = render(letter(number="青政服函〔2026〕　号", body=(), attachments=(), cc=()))
    assert "青政服函〔2026〕" in flat(text_of(pdf))


def test_a_long_table_in_a_letter_splits_and_numbers_pages():
    rows = tuple((str(i), f"人员{i}", "县市场监督管理局", "A01", "95.0", str(i), "优秀") for i in range(1, 80))
    pages = read(render(letter(body=(TableBlock(HEADER, rows),))))
    assert len(pages) >= 3
    for p in pages[1:]:
        assert any(c[0].replace(" ", "") == f"—{p.number}—" for c in p.chunks)
    for p in pages[:-1]:  # the header row on every page of the table
        assert any(c[0] == "派驻单位" for c in p.chunks)


# --- the line breaker, property-style ----------------------------------------------------------

CJK = "政务服务中心窗口工作人员考评情况通报表扬青山县进驻单位"
PUNCT = "，。、；：？！）》」』】〕”’…—（《「『【〔“‘"
ALPHABET = CJK * 3 + PUNCT + "0123456789ABCxyz%.,() "


def _max_run(text: str, chars) -> int:
    best = run = 0
    for ch in text:
        run = run + 1 if ch in chars else 0
        best = max(best, run)
    return best


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, min_size=0, max_size=400))
def test_line_breaker_properties(text):
    assume(_max_run(text, set(PUNCT) | set("%.,() ")) < 10)
    font = fonts.font_for("fangsong").name
    m = gbt9704._measure(text, font, 16.0, gbt9704.GRID_CHAR_SPACE)
    first, rest = gbt9704.AREA_WIDTH - 2 * gbt9704.CELL, gbt9704.AREA_WIDTH
    spans = break_lines(m.text, m.advances, first, rest)
    assert "".join(m.text[a:b] for a, b in spans) == m.text  # every character, in order
    for k, (a, b) in enumerate(spans):
        assert sum(m.advances[a:b]) <= (first if k == 0 else rest) + 1e-6  # never wider than 156 mm
        if k > 0:
            assert m.text[a] not in NO_LINE_START, (k, m.text[a:b])
        if k < len(spans) - 1:
            assert m.text[b - 1] not in NO_LINE_END, (k, m.text[a:b])
            assert b > a


def test_line_breaker_examples():
    adv = [1.0] * 10
    # the closing mark would start line 2: the character before it comes down too
    assert break_lines("甲乙丙丁，戊己", adv[:7], 4) == [(0, 3), (3, 7)]
    # an opening bracket does not end a line
    assert break_lines("甲乙丙《丁戊》", adv[:7], 4) == [(0, 3), (3, 7)]
    # half-width numbers stay whole
    assert break_lines("甲乙2026年", adv[:7], 5) == [(0, 2), (2, 7)]
    # a line feed ends a line
    assert break_lines("甲乙\n丙丁", adv[:5], 4) == [(0, 2), (3, 5)]
    # a lone last character takes one more along (孤字)
    assert break_lines("甲乙丙丁戊", adv[:5], 4) == [(0, 3), (3, 5)]
    assert break_lines("甲乙丙丁戊", adv[:5], 4, avoid_orphan=False) == [(0, 4), (4, 5)]


def test_same_bytes_in_a_fresh_process(notice_pdf, tmp_path):
    """Reprinting happens in another process, with fonts registered in another order."""
    import hashlib
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = (f"import sys, hashlib; sys.path.insert(0, {str(here)!r})\n"
            "from govhr_desktop.documents import fonts\n"
            "fonts.font_for('hei'); fonts.font_for('kai')  # registered first this time\n"
            "from test_gbt9704 import notice, render\n"
            "print(hashlib.sha256(render(notice())).hexdigest())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout.strip()
    assert out == hashlib.sha256(notice_pdf).hexdigest()


def test_line_feeds_start_paragraphs_and_control_characters_go():
    pages = read(render(notice(body=(Para("第一段。\n\n　　第二段\t内容。\x07"),), attachments=())))
    lines = {t: x for p in pages for t, x, _y, _s in p.chunks}
    assert lines["第一段。"] == pytest.approx(AREA_LEFT + 2 * CELL, abs=0.01)
    assert lines["第二段 内容。"] == pytest.approx(AREA_LEFT + 2 * CELL, abs=0.01)


def test_table_column_alignment():
    """``align`` sets a data column flush left or centred; the header stays centred."""
    def x_of(align):
        table = TableBlock(("事项", "分值"), (("迟到", "2"),), (1, 1), align=align)
        page = read(render(notice(body=(table,), attachments=())))[0]
        return page.find("迟到")[1], page.find("分值")[1]

    left, head_left = x_of(("left", "center"))
    centred, head_centred = x_of(("center", "center"))
    assert left == pytest.approx(AREA_LEFT + gbt9704.TABLE_PADDING_X, abs=0.01)
    assert centred > left + 50  # the middle of a 78 mm column
    assert head_left == pytest.approx(head_centred)


def test_title_is_not_split_inside_a_word():
    """“关于反馈2026年第三季度派驻人员考核情况的函” breaks after 季度, not inside it."""
    title = "关于反馈2026年第三季度派驻人员考核情况的函"
    page = read(render(letter(title=title)))[0]
    lines = [t for _y, t in page.text_lines() if t and set(t) <= set(title)]
    assert "".join(lines) == title and len(lines) == 2
    assert not any(ln.endswith("季") for ln in lines) and lines[0].endswith("季度")
