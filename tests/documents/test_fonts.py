"""CJK fonts by role (govhr_desktop.documents.fonts)."""

from __future__ import annotations

import lzma
import os
import shutil

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from govhr_desktop import paths
from govhr_desktop.documents import fonts
from govhr_desktop.documents.fonts import ROLES, FontChoice, font_for, markup
from govhr_desktop.domain.errors import DomainError


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
        assert choice.fallback and choice.shipped
        # the shipped stand-in, before the system's WenQuanYi / AR PL fonts (LAST_RESORTS)
        assert choice.path == str(paths.resource("fonts", fonts.SHIPPED_KAI))
        assert choice.label == fonts.SHIPPED_LABELS[fonts.SHIPPED_KAI]
        assert fonts.fallback_roles()["kai"] is choice
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


# --- the search order, against a resources folder of our own -----------------------------------

SHIPPED = (fonts.SHIPPED_MING, fonts.SHIPPED_KAI, fonts.SHIPPED_HEI, fonts.SHIPPED_RARE_FILE)


@pytest.fixture
def resources(monkeypatch, tmp_path):
    """A resources folder with copies of the shipped fonts; only it is searched (no system font
    folders, no last resorts), so the tests do not depend on this machine's fonts."""
    res = tmp_path / "resources"
    (res / "fonts").mkdir(parents=True)
    for f in SHIPPED:
        shutil.copy(paths.resource("fonts", f), res / "fonts" / f)
    monkeypatch.setattr(paths, "resources_dir", lambda: res)
    monkeypatch.setattr(fonts, "font_dirs", lambda: [res / "fonts"])
    monkeypatch.setattr(fonts, "LAST_RESORTS", ())
    monkeypatch.setattr(fonts, "RARE_CHARACTER_FILES", ())
    fonts.reset_cache()
    yield res / "fonts"
    fonts.reset_cache()


def _ttf(shipped: str) -> bytes:
    return lzma.decompress(paths.resource("fonts", shipped).read_bytes())


def test_no_office_fonts_every_role_uses_its_shipped_stand_in(resources):
    expected = {"song": fonts.SHIPPED_MING, "fangsong": fonts.SHIPPED_MING, "xiaobiaosong": fonts.SHIPPED_MING,
                "kai": fonts.SHIPPED_KAI, "hei": fonts.SHIPPED_HEI}
    for role in ROLES:
        choice = font_for(role)
        assert choice.path == str(resources / expected[role])
        assert choice.fallback and choice.shipped
        assert choice.label == fonts.SHIPPED_LABELS[expected[role]]
    assert list(fonts.fallback_roles()) == list(ROLES)
    assert font_for("song").name == font_for("fangsong").name == font_for("xiaobiaosong").name


def test_the_office_font_wins_over_the_stand_in(resources):
    (resources / "simfang.ttf").write_bytes(_ttf(fonts.SHIPPED_MING))  # stands for 仿宋_GB2312
    choice = font_for("fangsong")
    assert choice.path == str(resources / "simfang.ttf")
    assert not choice.fallback and not choice.shipped
    assert choice.label == "GovHR Ming (simfang.ttf)"  # family name from the font, and the file
    assert "fangsong" not in fonts.fallback_roles()
    assert set(fonts.fallback_roles()) == set(ROLES) - {"fangsong"}


def test_role_labels_and_wanted_typefaces_for_every_role():
    assert set(fonts.ROLE_LABELS) == set(ROLES) == set(fonts.ROLE_WANTED) == set(fonts.SHIPPED_ROLE_FILES)
    assert fonts.ROLE_LABELS["fangsong"] == "仿宋" and fonts.ROLE_WANTED["fangsong"] == "仿宋_GB2312"


@pytest.mark.parametrize("damage", ["garbage", "truncated xz", "truncated font", "empty"])
def test_a_damaged_shipped_font_is_skipped_not_fatal(resources, monkeypatch, damage):
    target = resources / fonts.SHIPPED_KAI
    data = target.read_bytes()
    if damage == "garbage":
        target.write_bytes(b"this is not a font" * 100)
    elif damage == "truncated xz":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "truncated font":
        target.write_bytes(lzma.compress(_ttf(fonts.SHIPPED_KAI)[:5000]))
    else:
        target.write_bytes(b"")
    spare = resources / "spare.ttf"
    spare.write_bytes(_ttf(fonts.SHIPPED_HEI))
    monkeypatch.setattr(fonts, "LAST_RESORTS", ((str(spare), 0),))
    choice = font_for("kai")
    assert choice.path == str(spare) and choice.fallback and not choice.shipped
    # the other roles are unaffected
    assert font_for("song").path == str(resources / fonts.SHIPPED_MING)
    assert fonts.font_covering("楷", choice.name) == choice.name


def test_a_missing_shipped_font_is_skipped_not_fatal(resources, monkeypatch):
    (resources / fonts.SHIPPED_HEI).unlink()
    spare = resources / "spare.ttf"
    spare.write_bytes(_ttf(fonts.SHIPPED_MING))
    monkeypatch.setattr(fonts, "LAST_RESORTS", ((str(spare), 0),))
    assert font_for("hei").path == str(spare)


def test_no_font_at_all_is_a_clear_error(resources):
    for f in SHIPPED:
        (resources / f).unlink()
    with pytest.raises(fonts.FontNotFoundError) as caught:
        font_for("song")
    assert isinstance(caught.value, DomainError) and isinstance(caught.value, RuntimeError)
    assert caught.value.code == "documents.no_font"
    assert caught.value.params == {"folder": str(resources)}


def test_a_damaged_rare_character_font_leaves_the_character_missing_not_a_crash(resources):
    (resources / fonts.SHIPPED_RARE_FILE).write_bytes(b"\x1f\x8b broken")
    name = font_for("fangsong").name
    assert fonts.font_covering("\U00020bb7", name) is None  # 𠮷: only the rare font has it
    assert markup("吉\U00020bb7", name) == "吉" + fonts.MISSING_GLYPH


def test_missing_characters_borrow_from_a_font_of_the_same_style_first(resources):
    ming, hei = font_for("fangsong").name, font_for("hei").name
    rare = fonts._register(str(resources / fonts.SHIPPED_RARE_FILE), 0)
    # 厾 (通用规范汉字表, GBK): not in AR PL UMing; the 明体-style rare font has it, so does the 黑体
    assert not fonts.has_glyph(ming, "厾") and fonts.has_glyph(hei, "厾")
    assert fonts.font_covering("厾", ming) == rare  # a 仿宋 line takes the serif glyph
    assert fonts.font_covering("厾", hei) == hei
    # ℃: WenQuanYi Micro Hei maps it to an empty glyph, so the shipped 黑体 leaves it out
    assert not fonts.has_glyph(hei, "℃")
    assert fonts.font_covering("℃", hei) == ming
    for ch in "\U00020bb7\U0002c317䶮鿏":  # 𠮷 (Ext B), 𬌗 (Ext E), 䶮 (Ext A), 鿏 (URO 2009)
        assert fonts.font_covering(ch, hei) is not None
        assert fonts.font_covering(ch, ming) is not None
    assert f'<font face="{rare}">\U00020bb7</font>' in markup("吉\U00020bb7", ming)


def test_shipped_fonts_are_renamed_truetype_with_their_licences():
    import io

    from reportlab.pdfbase.ttfonts import TTFontFile

    folder = paths.resource("fonts")
    for f in SHIPPED:
        data = lzma.decompress((folder / f).read_bytes())
        assert data[:4] == b"\x00\x01\x00\x00"  # TrueType outlines (not OTTO / CFF)
        face = TTFontFile(io.BytesIO(data))
        assert face.name.startswith(b"GovHR")  # not mistaken for AR PL UMing, HanaMinA, …
    for licence in ("LICENSE-ArphicPL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-Hanazono.txt", "README.md"):
        assert (folder / licence).stat().st_size > 1000
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total < 20_000_000
