"""CJK fonts for ReportLab, looked up by role (宋体, 仿宋, 楷体, 黑体, 小标宋).

``font_for(role)`` returns a ``FontChoice``: the ReportLab font name to use, the file it came
from, and ``fallback`` = True when the role's own typeface was not found and a stand-in is used
(the document is still readable, only the typeface differs from what GB/T 9704 asks for).

Where fonts are looked for, in order:

1. Windows: ``%WINDIR%\\Fonts`` and the per-user font folder (simsun.ttc subfont 0, simfang.ttf,
   simkai.ttf, simhei.ttf, FZXBSJW.TTF / 方正小标宋简体.ttf, …);
2. Kylin / UOS / Debian: everything under /usr/share/fonts, /usr/local/share/fonts and the user's
   font folders, by the usual file names (the CESI fonts of UOS/Kylin, 方正 fonts, …);
3. the program's own ``resources/fonts/`` (``paths.resource('fonts')``), by the same names;
4. last resorts: WenQuanYi Micro Hei, then AR PL UMing / UKai.

ReportLab embeds TrueType outlines only: a font with PostScript (CFF) outlines, such as the .otf
Noto/Source Han fonts, is refused by ReportLab (``TTFError``) and the next candidate is tried.
Each file is registered once per process; results are cached.

``markup(text, font_name)`` escapes text for a ReportLab ``Paragraph`` and switches to another
available font for the characters the chosen font lacks (rare name characters such as 䶮), so
they print; a character no available font has prints as ``MISSING_GLYPH`` (□, as Chinese
typesetting marks a missing character) instead of vanishing. No Qt here.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from govhr_desktop import paths

ROLES = ("song", "fangsong", "kai", "hei", "xiaobiaosong")

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

#: Stand-ins when a role's own typeface is missing: ``(path or file name, subfont)``, in order.
LAST_RESORTS: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("uming.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    ("ukai.ttc", 0),
)

#: Extra fonts consulted (after the role fonts found) for characters a font lacks: SimSun-ExtB
#: and the like cover the CJK extension planes where rare name characters live.
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


class FontNotFoundError(RuntimeError):
    """No usable TrueType CJK font at all (not even the last resorts)."""


_lock = threading.RLock()
_by_role: dict[str, FontChoice] = {}
_by_file: dict[tuple[str, int], str | None] = {}  # (resolved path, subfont) -> font name / None = refused
_index: dict[str, str] | None = None  # lower-case file name -> path
_rare: list[str] | None = None  # font names for characters the main font lacks


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


def _register(path: str, subfont: int) -> str | None:
    """The ReportLab name of a font file, registering it the first time; None if ReportLab
    cannot embed it (PostScript outlines, damaged file, no such subfont)."""
    key = (os.path.realpath(path), subfont)
    if key in _by_file:
        return _by_file[key]
    stem = "".join(c if c.isascii() and c.isalnum() else "_" for c in Path(path).stem)
    name = f"GovHR-{stem}-{subfont}-{len(_by_file)}"
    try:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=subfont))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
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


def font_for(role: str) -> FontChoice:
    """The registered font for a role ('song', 'fangsong', 'kai', 'hei', 'xiaobiaosong')."""
    if role not in ROLE_FILES:
        raise ValueError(f"unknown font role {role!r}; use one of {', '.join(ROLES)}")
    with _lock:
        hit = _by_role.get(role)
        if hit is None:
            own = _first(ROLE_FILES[role])
            if own:
                hit = FontChoice(own[0], own[1], False)
            else:
                other = _first(LAST_RESORTS)
                if other is None:
                    raise FontNotFoundError(
                        "no TrueType Chinese font found; install fonts-wqy-microhei or put simsun.ttc "
                        f"into {paths.resource('fonts')}")
                hit = FontChoice(other[0], other[1], True)
            _by_role[role] = hit
        return hit


def has_glyph(font_name: str, char: str) -> bool:
    face = pdfmetrics.getFont(font_name).face
    return ord(char) in face.charToGlyph


def _rare_fonts() -> list[str]:
    global _rare
    with _lock:
        if _rare is None:
            names: list[str] = []
            for role in ROLES:
                n = font_for(role).name
                if n not in names:
                    names.append(n)
            for file_name, subfont in RARE_CHARACTER_FILES:
                path = _locate(file_name)
                if path:
                    n = _register(path, subfont)
                    if n and n not in names:
                        names.append(n)
            _rare = names
        return _rare


def font_covering(char: str, preferred: str) -> str | None:
    """``preferred`` if it has a glyph for ``char``, else the first available font that has one,
    else None."""
    if char.isspace() or has_glyph(preferred, char):
        return preferred
    for name in _rare_fonts():
        if has_glyph(name, char):
            return name
    return None


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


def reset_cache() -> None:
    """Forget the lookups (tests); fonts stay registered with ReportLab."""
    global _index, _rare
    with _lock:
        _by_role.clear()
        _index = None
        _rare = None
