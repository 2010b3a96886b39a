"""CJK fonts by role (govhr_desktop.documents.fonts)."""

from __future__ import annotations

import os

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from govhr_desktop.documents import fonts
from govhr_desktop.documents.fonts import ROLES, FontChoice, font_for, markup


@pytest.mark.parametrize("role", ROLES)
def test_each_role_resolves_to_a_registered_truetype_font(role):
    choice = font_for(role)
    assert isinstance(choice, FontChoice)
    assert os.path.isfile(choice.path)
    font = pdfmetrics.getFont(choice.name)
    assert isinstance(font, TTFont)
    for ch in "青山县政务服务中心培训签到表序号姓名":
        assert fonts.has_glyph(choice.name, ch)
    assert font_for(role) is choice  # cached: registered once


def test_fallback_flag_says_whether_the_role_font_was_found():
    for role in ROLES:
        choice = font_for(role)
        own = {n.lower() for n, _ in fonts.ROLE_FILES[role]}
        assert choice.fallback == (os.path.basename(choice.path).lower() not in own)


def test_stand_in_when_no_role_font_exists(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "ROLE_FILES", {**fonts.ROLE_FILES, "kai": (("no-such-font.ttf", 0),)})
    fonts.reset_cache()
    try:
        choice = font_for("kai")
        assert choice.fallback
        assert os.path.basename(choice.path) in {os.path.basename(p) for p, _ in fonts.LAST_RESORTS}
    finally:
        fonts.reset_cache()


def test_postscript_outlines_are_refused_and_the_next_candidate_used(monkeypatch, tmp_path):
    cff = tmp_path / "fake-cff.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 200)  # an OpenType-CFF signature: ReportLab cannot embed it
    monkeypatch.setattr(fonts, "ROLE_FILES", {**fonts.ROLE_FILES, "hei": ((str(cff), 0),)})
    fonts.reset_cache()
    try:
        choice = font_for("hei")
        assert choice.path != str(cff) and choice.fallback
        assert isinstance(pdfmetrics.getFont(choice.name), TTFont)
    finally:
        fonts.reset_cache()


def test_unknown_role():
    with pytest.raises(ValueError):
        font_for("comic")


def test_markup_escapes_and_marks_what_no_font_has():
    name = font_for("song").name
    assert markup("A&B<C>", name) == "A&amp;B&lt;C&gt;"
    out = markup("吉\U00020BB7", name)  # 𠮷 (CJK extension B)
    assert out.startswith("吉")
    covering = [fonts.font_covering("\U00020BB7", name)]
    if covering[0] is None:
        assert fonts.MISSING_GLYPH in out
    else:
        assert "\U00020BB7" in out
