"""CJK fonts for ReportLab, looked up by role (宋体, 仿宋, 楷体, 黑体, 小标宋).

``font_for(role)`` returns a ``FontChoice``: the ReportLab font name to use, the file it came
from, and ``fallback`` = True when the role's own typeface was not found and a stand-in is used
(the document is still readable, only the typeface differs from what GB/T 9704 asks for).
``fallback_roles()`` lists those roles so the UI can say so; ``ROLE_LABELS`` / ``ROLE_WANTED``
name the role and the typeface it wants, ``FontChoice.label`` the stand-in printed instead.

Where fonts are looked for, per role, in order:

1. the role's own typeface by its usual file names (``ROLE_FILES``), in
   Windows' ``%WINDIR%\\Fonts`` and the per-user font folder (simsun.ttc, simfang.ttf,
   simkai.ttf, simhei.ttf, FZXBSJW.TTF / 方正小标宋简体.ttf, …); on Kylin / UOS / Debian under
   /usr/share/fonts, /usr/local/share/fonts and the user's font folders (the CESI fonts of
   UOS/Kylin, 方正 fonts, …); then in the program's ``resources/fonts/`` (a simfang.ttf copied
   there is used too);
2. the stand-in shipped in ``resources/fonts/`` (``SHIPPED_ROLE_FILES``: subsets of AR PL UMing for
   宋体/仿宋/小标宋, AR PL UKai for 楷体, WenQuanYi Micro Hei for 黑体, built by
   scripts/build_fonts.py, xz-compressed), so every computer without the office fonts prints
   the same document; ``fallback`` = True;
3. last resorts, should the shipped files be missing or damaged: the system's WenQuanYi Micro
   Hei, then AR PL UMing / UKai.

ReportLab embeds TrueType outlines only: a font with PostScript (CFF) outlines, such as the .otf
Noto/Source Han fonts, is refused by ReportLab (``TTFError``) and the next candidate is tried; so
is a missing, truncated or damaged file. Each file is registered once per process; results are
cached.

``markup(text, font_name)`` escapes text for a ReportLab ``Paragraph`` in ``font_name`` and
switches to another font for the characters that font lacks (rare name characters such as 䶮, 𠮷,
𬌗), so they print; ``font_covering(char, font_name)`` is the look-up behind it. The fonts
tried for a missing character, in order: the other role fonts (the serif ones first for a serif
role, so a 仿宋 line borrows a 明体 glyph before a 黑体 one), the shipped rare-character font
(``SHIPPED_RARE_FILE``: HanaMinA subset with all of CJK Ext A and the 通用规范汉字表 characters,
Ext B–E included), the system's ``RARE_CHARACTER_FILES`` (SimSun-ExtB, HanaMinB, …), the shipped
stand-ins. A character no font has prints as ``MISSING_GLYPH`` (□, as Chinese typesetting marks a
missing character) instead of vanishing. No Qt here.
"""

from __future__ import annotations

import lzma
import io
import itertools
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from govhr_desktop import paths
from govhr_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)

ROLES = ("song", "fangsong", "kai", "hei", "xiaobiaosong")

#: role -> its Chinese name, as a person calls the typeface (for the UI note on stand-ins).
ROLE_LABELS: dict[str, str] = {
    "song": "宋体", "fangsong": "仿宋", "kai": "楷体", "hei": "黑体", "xiaobiaosong": "小标宋",
}

#: role -> the font GB/T 9704 and the offices expect (what "is not installed" when a stand-in is
#: used).
ROLE_WANTED: dict[str, str] = {
    "song": "宋体（SimSun）", "fangsong": "仿宋_GB2312", "kai": "楷体_GB2312", "hei": "黑体",
    "xiaobiaosong": "方正小标宋简体",
}

#: role -> candidate (file name, subfont index) for the role's own typeface, best first. Names are
#: compared case-insensitively.
ROLE_FILES: dict[str, tuple[tuple[str, int], ...]] = {
    "song": (
        ("simsun.ttc", 0), ("simsun.ttf", 0), ("STSONG.TTF", 0), ("CESI_SS_GB2312.TTF", 0),
        ("CESI_SS_GB18030.TTF", 0), ("CESI_SS_GB13000.TTF", 0), ("方正书宋_GBK.ttf", 0), ("FZSSK.TTF", 0),
        ("FZSSJW.TTF", 0), ("NSimSun.ttf", 0), ("宋体.ttf", 0), ("SourceHanSerifCN-Regular.ttf", 0),
    ),
    "fangsong": (
        ("simfang.ttf", 0), ("STFANGSO.TTF", 0), ("CESI_FS_GB2312.TTF", 0), ("CESI_FS_GB18030.TTF", 0),
        ("CESI_FS_GB13000.TTF", 0), ("FZFSK.TTF", 0), ("FZFSJW.TTF", 0), ("方正仿宋_GBK.ttf", 0),
        ("仿宋_GB2312.ttf", 0), ("FangSong_GB2312.ttf", 0), ("仿宋.ttf", 0),
    ),
    "kai": (
        ("simkai.ttf", 0), ("STKAITI.TTF", 0), ("CESI_KT_GB2312.TTF", 0), ("CESI_KT_GB18030.TTF", 0),
        ("CESI_KT_GB13000.TTF", 0), ("FZKTK.TTF", 0), ("FZKTJW.TTF", 0), ("方正楷体_GBK.ttf", 0),
        ("楷体_GB2312.ttf", 0), ("KaiTi_GB2312.ttf", 0), ("楷体.ttf", 0),
    ),
    "hei": (
        ("simhei.ttf", 0), ("STHEITI.TTF", 0), ("CESI_HT_GB2312.TTF", 0), ("CESI_HT_GB18030.TTF", 0),
        ("CESI_HT_GB13000.TTF", 0), ("FZHTK.TTF", 0), ("FZHTJW.TTF", 0), ("方正黑体_GBK.ttf", 0),
        ("msyh.ttc", 0), ("msyh.ttf", 0), ("黑体.ttf", 0),
    ),
    "xiaobiaosong": (
        ("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0), ("FZXBSK.TTF", 0), ("方正小标宋_GBK.ttf", 0),
        ("CESI_XBS_GB2312.TTF", 0), ("CESI_XBS_GB18030.TTF", 0), ("CESI_XBS_GB13000.TTF", 0),
        ("FZXiaoBiaoSong-B05S.ttf", 0), ("小标宋.ttf", 0),
    ),
}

#: The stand-ins shipped in ``resources/fonts`` (scripts/build_fonts.py) for a role whose own
#: typeface is missing. xz-compressed TrueType (40 % of the size in the installed program).
SHIPPED_MING = "GovHR-Ming.ttf.xz"  # AR PL UMing CN subset: GB 2312 + 通用规范汉字表, 明体 style
SHIPPED_KAI = "GovHR-Kai.ttf.xz"  # AR PL UKai CN subset, 楷体 style
SHIPPED_HEI = "GovHR-Hei.ttf.xz"  # WenQuanYi Micro Hei subset: all of GBK, 黑体 style
SHIPPED_RARE_FILE = "GovHR-RareHan.ttf.xz"  # HanaMinA subset: CJK Ext A, 通用规范汉字表 (Ext B–E), 𠮷
SHIPPED_ROLE_FILES: dict[str, str] = {
    "song": SHIPPED_MING, "fangsong": SHIPPED_MING, "xiaobiaosong": SHIPPED_MING,
    "kai": SHIPPED_KAI, "hei": SHIPPED_HEI,
}
#: Shipped file -> the name of its typeface, for the UI note ("仿宋 is printed with 明体 …").
SHIPPED_LABELS: dict[str, str] = {
    SHIPPED_MING: "明体（AR PL UMing）", SHIPPED_KAI: "楷体（AR PL UKai）",
    SHIPPED_HEI: "黑体（文泉驿微米黑）", SHIPPED_RARE_FILE: "明朝体（花园明朝 A）",
}

#: Stand-ins when a role's own typeface is missing and so are the shipped ones: ``(path or file
#: name, subfont)``, in order.
LAST_RESORTS: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("uming.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    ("ukai.ttc", 0),
)

#: Extra fonts of the system consulted for characters a font lacks (after the role fonts and the
#: shipped rare-character font): SimSun-ExtB and the like cover the CJK extension planes where rare
#: name characters live.
RARE_CHARACTER_FILES: tuple[tuple[str, int], ...] = (
    ("simsunb.ttf", 0), ("SimSun-ExtB.ttf", 0), ("simsun.ttc", 0), ("HanaMinB.ttf", 0), ("HanaMinA.ttf", 0),
    ("wqy-zenhei.ttc", 0), ("uming.ttc", 0), ("ukai.ttc", 0), ("wqy-microhei.ttc", 0),
)


#: Printed for a character no available font has a glyph for.
MISSING_GLYPH = "□"


@dataclass(frozen=True)
class FontChoice:
    name: str  # the ReportLab font name, registered
    path: str  # the font file
    fallback: bool  # True: the role's own typeface was not found, this is a stand-in
    label: str = ""  # the typeface's name for people: 明体（AR PL UMing）, FangSong (simfang.ttf) …
    shipped: bool = False  # True: one of the program's own stand-ins in resources/fonts


class FontNotFoundError(DomainError, RuntimeError):
    """No usable TrueType CJK font at all: the shipped ones missing or damaged, no office font, no
    last resort. A ``DomainError`` ("documents.no_font", with the ``folder`` to put a font into),
    so the UI shows a message instead of a crash."""

    def __init__(self, folder: str) -> None:
        super().__init__("documents.no_font", folder=folder)


_lock = threading.RLock()
_by_role: dict[str, FontChoice] = {}
_by_file: dict[tuple[str, int], str | None] = {}  # (resolved path, subfont) -> font name / None = refused
_index: dict[str, str] | None = None  # lower-case file name -> path
_chains: dict[str, list] = {}  # preferred font name -> its fallback chain (resolved lazily)
_covering: dict[tuple[str, str], str | None] = {}  # (preferred font, char) -> font drawing it
_serial = itertools.count()  # makes every registered name unique


def font_dirs() -> list[Path]:
    """Folders searched, in order: Windows, the system's (Kylin/UOS/Debian), the user's, resources."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or "C:/Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path("/opt/kingsoft/wps-office/office6/fonts")]
        home = Path.home()
        dirs += [home / ".local" / "share" / "fonts", home / ".fonts"]
    dirs.append(paths.resource("fonts"))
    return dirs


def _file_index() -> dict[str, str]:
    """Every font file under ``font_dirs()`` by lower-case file name (the first place wins)."""
    global _index
    if _index is None:
        index: dict[str, str] = {}
        for d in font_dirs():
            if not d.is_dir():
                continue
            for root, _dirs, files in os.walk(d):
                for f in files:
                    if f.lower().endswith((".ttf", ".ttc", ".otf")):
                        index.setdefault(f.lower(), os.path.join(root, f))
        _index = index
    return _index


def _locate(candidate: str) -> str | None:
    if os.path.isabs(candidate):
        return candidate if os.path.isfile(candidate) else None
    return _file_index().get(candidate.lower())


def shipped_path(file_name: str) -> str:
    """Where a shipped font lives (``resources/fonts/<file_name>``)."""
    return str(paths.resource("fonts", file_name))


def _open(path: str):
    """What ``TTFont`` reads: the path, or the decompressed bytes of a ``.xz`` file."""
    if not path.lower().endswith(".xz"):
        return path
    with open(path, "rb") as fh:
        data = lzma.decompress(fh.read())
    buf = io.BytesIO(data)
    buf.name = path  # ReportLab names the embedded font file after it
    return buf


def _register(path: str, subfont: int) -> str | None:
    """The ReportLab name of a font file, registering it the first time; None if ReportLab
    cannot embed it (PostScript outlines, damaged or truncated file, no such subfont)."""
    key = (os.path.realpath(path), subfont)
    if key in _by_file:
        return _by_file[key]
    base = Path(path).name
    stem = base.split(".")[0] if base.lower().endswith(".xz") else Path(path).stem
    stem = "".join(c if c.isascii() and c.isalnum() else "_" for c in stem)
    name = f"GovHR-{stem}-{subfont}-{next(_serial)}"
    try:
        font = TTFont(name, _open(path), subfontIndex=subfont)
        if not font.face.charToGlyph:
            raise TTFError("no characters")
        pdfmetrics.registerFont(font)
    except Exception as exc:  # noqa: BLE001 - any damaged file: skip to the next candidate
        log.warning("font %s (subfont %d) not usable: %s: %s", path, subfont, type(exc).__name__, exc)
        _by_file[key] = None
        return None
    _by_file[key] = name
    return name


def _first(candidates) -> tuple[str, str] | None:
    for file_name, subfont in candidates:
        path = _locate(file_name)
        if path:
            name = _register(path, subfont)
            if name:
                return name, path
    return None


def _label(name: str, path: str) -> str:
    """A typeface's name for people: the shipped stand-ins' Chinese names, else the font's family
    name and file (``FangSong (simfang.ttf)``)."""
    base = os.path.basename(path)
    if base in SHIPPED_LABELS:
        return SHIPPED_LABELS[base]
    family = getattr(pdfmetrics.getFont(name).face, "familyName", b"") or b""
    if isinstance(family, bytes):
        family = family.decode("latin-1", "replace")
    return f"{family} ({base})" if family else base


def font_for(role: str) -> FontChoice:
    """The registered font for a role ('song', 'fangsong', 'kai', 'hei', 'xiaobiaosong')."""
    if role not in ROLE_FILES:
        raise ValueError(f"unknown font role {role!r}; use one of {', '.join(ROLES)}")
    with _lock:
        hit = _by_role.get(role)
        if hit is None:
            own = _first(ROLE_FILES[role])
            if own:
                hit = FontChoice(own[0], own[1], False, _label(*own))
            else:
                shipped = _first([(shipped_path(SHIPPED_ROLE_FILES[role]), 0)])
                if shipped:
                    hit = FontChoice(shipped[0], shipped[1], True, _label(*shipped), shipped=True)
                else:
                    other = _first(LAST_RESORTS)
                    if other is None:
                        raise FontNotFoundError(str(paths.resource("fonts")))
                    hit = FontChoice(other[0], other[1], True, _label(*other))
            _by_role[role] = hit
        return hit


def fallback_roles() -> dict[str, FontChoice]:
    """The roles printed with a stand-in because their own typeface is not installed, in
    ``ROLES`` order: for the UI's note ("仿宋 is printed with 明体（AR PL UMing）because 仿宋_GB2312
    is not installed": ``ROLE_LABELS[role]``, ``choice.label``, ``ROLE_WANTED[role]``)."""
    return {role: choice for role in ROLES if (choice := font_for(role)).fallback}


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the font draws ``char``: mapped in its cmap to a glyph with an outline (some fonts
    map characters to empty glyphs — AR PL UKai's 䶮, WenQuanYi Micro Hei's ℃ — which would print
    as nothing)."""
    face = pdfmetrics.getFont(font_name).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None:
        return False
    if char.isspace() or not char.isprintable():
        return True
    pos = getattr(face, "glyphPos", None)
    return pos is None or glyph + 1 >= len(pos) or pos[glyph + 1] > pos[glyph]


_SERIF_ROLES = ("song", "fangsong", "xiaobiaosong", "kai")


def _chain_steps(preferred: str) -> list:
    """The fonts tried, in order, for a character ``preferred`` lacks: ``("role", role)`` or
    ``("file", path or file name, subfont)``; resolved (registered) only when reached."""
    roles_of = [r for r in ROLES if r in _by_role and _by_role[r].name == preferred]
    if roles_of and roles_of[0] == "hei":
        roles = ["hei", *_SERIF_ROLES]
        after_rare: list[str] = []
    else:
        roles = list(_SERIF_ROLES)
        after_rare = ["hei"]
    steps: list = [("role", r) for r in roles]
    steps.append(("file", shipped_path(SHIPPED_RARE_FILE), 0))
    steps += [("role", r) for r in after_rare]
    steps += [("file", f, i) for f, i in RARE_CHARACTER_FILES]
    steps += [("file", shipped_path(f), 0) for f in (SHIPPED_MING, SHIPPED_HEI, SHIPPED_KAI)]
    return steps


def _resolve(step) -> str | None:
    if step[0] == "role":
        try:
            return font_for(step[1]).name
        except FontNotFoundError:
            return None
    path = _locate(step[1])
    return _register(path, step[2]) if path else None


def font_covering(char: str, preferred: str) -> str | None:
    """``preferred`` if it has a glyph for ``char``, else the first font of the fallback chain
    (see the module's doc) that has one, else None."""
    if char.isspace() or has_glyph(preferred, char):
        return preferred
    key = (preferred, char)
    if key in _covering:
        return _covering[key]
    with _lock:
        chain = _chains.get(preferred)
        if chain is None:
            chain = _chains[preferred] = _chain_steps(preferred)
        found = None
        seen = {preferred}
        for i, step in enumerate(chain):
            if not isinstance(step, str):
                step = chain[i] = _resolve(step) or ""
            if step and step not in seen:
                seen.add(step)
                if has_glyph(step, char):
                    found = step
                    break
        _covering[key] = found
        return found


def markup(text: str, font_name: str) -> str:
    """``text`` escaped for a ``Paragraph`` in ``font_name``, with ``<font>`` runs for characters
    that font lacks."""
    out: list[str] = []
    run_font, run = font_name, []
    for ch in text:
        f = font_covering(ch, font_name)
        if f is None:
            ch, f = MISSING_GLYPH, font_covering(MISSING_GLYPH, font_name) or font_name
        if f != run_font and run:
            out.append(_run(run_font, font_name, "".join(run)))
            run = []
        run_font = f
        run.append(ch)
    if run:
        out.append(_run(run_font, font_name, "".join(run)))
    return "".join(out)


def _run(font: str, base: str, text: str) -> str:
    t = escape(text)
    return t if font == base else f'<font face="{font}">{t}</font>'


# --- ReportLab's ToUnicode map for characters beyond the BMP ------------------------------------
# ReportLab writes the ToUnicode entry of 𠮷 (U+20BB7) as <20BB7>, which is not UTF-16: a PDF
# reader then cannot copy, search or extract the rare name characters of CJK Ext B–E (they still
# print). Rewrite those entries as UTF-16 surrogate pairs (<D842DFB7>); entries in the BMP, and so
# the bytes of any document without such characters, stay exactly as ReportLab makes them.

_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname, subset):
    text = _reportlab_to_unicode_cmap(fontname, subset)
    if all(code <= 0xFFFF for code in subset):
        return text
    lines = text.split("\n")
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            try:
                at = lines.index(f"<{i:02X}> <{code:04X}>")
            except ValueError:  # a ReportLab that writes these entries in another way
                continue
            lines[at] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


if getattr(ttfonts.makeToUnicodeCMap, "__name__", "") == "makeToUnicodeCMap":
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def reset_cache() -> None:
    """Forget the lookups (tests); fonts stay registered with ReportLab."""
    global _index
    with _lock:
        _by_role.clear()
        _chains.clear()
        _covering.clear()
        _index = None
