"""Every character of GB 2312 and a list of rare name characters prints in every font role, with
an embedded font and without a missing-glyph box (issue 7, item 2).

Run twice: with the program's shipped fonts only (resources/fonts; what any computer without the
office fonts prints with, and independent of this machine's fonts) and as configured on this
machine (its office fonts, if any, first).
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from govhr_desktop import paths
from govhr_desktop.documents import fonts
from govhr_desktop.documents.fonts import MISSING_GLYPH, ROLES, font_covering, font_for, markup


def gb2312_characters() -> str:
    """All 7,445 characters of GB 2312: rows 1–9 (punctuation, numbers, Latin, kana, Greek,
    Cyrillic, pinyin, bopomofo, box drawing) and the 6,763 Han characters of rows 16–87."""
    out = []
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                out.append(bytes((b1, b2)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(out)


GB2312 = gb2312_characters()

#: Characters of people's names that GB 2312 lacks: GBK ones (堃 喆 …), CJK Ext A (䶮 㛃 …), the
#: newer BMP ones (鿏), CJK Ext B (𠮷 𡎚 𠙶 𨭉 …) and Ext C–E characters of 通用规范汉字表 (𪨶 𫟼 𬌗 …).
RARE_NAMES = (
    "堃喆燊犇昇玥珺赟昳旸龑禤頔玙璟晞堉垚鋆彧翀祎曌旻淏涴骉猋麤羴赑镕囍婧琰璐昶嫣晗钰焱鑫淼"
    "昉晙珅琇瑄瑢璘甡砚"
    "䶮㛃㻬䴖䲢㑇㵐䏲"
    "鿏鿍"
    "\U00020bb7\U0002123d\U0002139a\U00020676\U00028b49\U0002aa36"
    "\U0002b7fc\U0002c317\U0002c364\U0002c62d\U0002c029\U0002cb4e\U0002ccf5\U0002cd8d"
)


def test_the_lists_are_what_they_say():
    assert len(GB2312) == 7445
    assert sum(1 for c in GB2312 if "\u4e00" <= c <= "\u9fff") == 6763
    rare = set(RARE_NAMES)
    assert len(rare) == len(RARE_NAMES)
    assert len(rare - set(GB2312)) >= 40  # a few common name characters of GB 2312 are there too
    assert any("\u3400" <= c <= "\u4dbf" for c in rare)  # Ext A
    assert sum(1 for c in rare if 0x20000 <= ord(c) <= 0x2A6DF) >= 4  # Ext B
    assert any(ord(c) >= 0x2A700 for c in rare)  # Ext C and beyond


@pytest.fixture(params=["shipped", "configured"])
def font_setup(request, monkeypatch):
    """'shipped': only the program's own fonts (as on a computer without the office fonts);
    'configured': this machine's fonts as the program finds them."""
    if request.param == "shipped":
        monkeypatch.setattr(fonts, "font_dirs", lambda: [paths.resource("fonts")])
        monkeypatch.setattr(fonts, "LAST_RESORTS", ())
        monkeypatch.setattr(fonts, "RARE_CHARACTER_FILES", ())
    fonts.reset_cache()
    yield request.param
    fonts.reset_cache()


@pytest.mark.parametrize("role", ROLES)
def test_every_character_has_a_font_in_every_role(font_setup, role):
    choice = font_for(role)
    if font_setup == "shipped":
        assert choice.shipped and choice.fallback
    missing = [c for c in GB2312 + RARE_NAMES if font_covering(c, choice.name) is None]
    assert not missing, f"{role} ({choice.label}): no font draws {''.join(missing)}"
    assert MISSING_GLYPH not in markup(RARE_NAMES, choice.name)


def _text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() or "" for page in reader.pages)


def _fonts_of(pdf: bytes) -> list[dict]:
    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            found[ref.idnum if hasattr(ref, "idnum") else id(ref)] = ref.get_object()
    return list(found.values())


def test_pdf_of_everything_embeds_its_fonts_and_prints_every_character(font_setup):
    chunk = 120
    story = []
    expected = []
    roles = {}  # one role per distinct font (宋体, 仿宋 and 小标宋 often share their stand-in)
    for role in ROLES:
        roles.setdefault(font_for(role).name, role)
    for role in roles.values():
        choice = font_for(role)
        style = ParagraphStyle(role, fontName=choice.name, fontSize=10.5, leading=15, wordWrap="CJK")
        text = GB2312 + RARE_NAMES
        for i in range(0, len(text), chunk):
            part = text[i:i + chunk]
            story.append(Paragraph(markup(part, choice.name), style))
            expected.append(part)
        story.append(PageBreak())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, initialFontName=font_for("song").name, invariant=1).build(story)
    pdf = buf.getvalue()

    embedded = _fonts_of(pdf)
    assert embedded
    for font in embedded:
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    base_fonts = {re.sub(r"^/([A-Z]{6}\+)?", "", str(f["/BaseFont"])) for f in embedded}
    assert "Helvetica" not in base_fonts
    if font_setup == "shipped":
        assert base_fonts >= {"GovHRMing", "GovHRKai", "GovHRHei", "GovHRRareHan"}

    drawn = re.sub(r"\s", "", _text_of(pdf))
    wanted = re.sub(r"\s", "", "".join(expected))
    # every character came out as itself: none became a □ (GB 2312 has one □ of its own per font)
    assert drawn.count(MISSING_GLYPH) == wanted.count(MISSING_GLYPH) == len(roles)
    assert sorted(drawn) == sorted(wanted)
