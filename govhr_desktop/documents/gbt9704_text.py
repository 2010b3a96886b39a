"""Text for the typesetter (``documents.gbt9704``): characters resolved to fonts and advances,
font runs, the line items (lines, blank lines, page breaks), lines broken against a width and
justified, and titles re-broken into balanced lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics

from govhr_desktop.documents import fonts
from govhr_desktop.documents.cjk_linebreak import break_lines, can_break
from govhr_desktop.documents.gbt9704_geometry import _EPS, AREA_WIDTH, CELL, PITCH

# --- glyphs and measuring --------------------------------------------------------------------------

_glyphs: dict[tuple[str, str], tuple[str, str, float]] = {}


def _glyph(font: str, ch: str) -> tuple[str, str, float]:
    """(font that draws ch, character drawn, advance in ems) for ``ch`` wanted in ``font``."""
    key = (font, ch)
    hit = _glyphs.get(key)
    if hit is None:
        f = fonts.font_covering(ch, font)
        c = ch
        if f is None:
            c = fonts.MISSING_GLYPH
            f = fonts.font_covering(c, font) or font
        w = pdfmetrics.stringWidth(c, f, 1000.0) / 1000.0 if ch != "\n" else 0.0
        hit = (f, c, w)
        _glyphs[key] = hit
    return hit


@dataclass
class _Measured:
    """A text resolved to drawable characters, their fonts and advances."""

    text: str  # as drawn (□ for characters no font has)
    fonts: list[str]
    advances: list[float]


#: Control characters are dropped (a tab becomes a space, CR LF / CR a line feed).
_CLEAN = {i: None for i in range(32) if i not in (9, 10, 13)} | {9: " ", 0x7F: None}


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CLEAN)


def _measure(text: str, font: str, size: float, char_space: float = 0.0) -> _Measured:
    text = _clean(text)
    get = _glyphs.get
    resolved = [get((font, ch)) or _glyph(font, ch) for ch in text]
    chars = "".join(g[1] for g in resolved)
    return _Measured(chars, [g[0] for g in resolved], [g[2] * size + char_space for g in resolved])


def _runs(m: _Measured, a: int, b: int) -> tuple[tuple[str, str], ...]:
    """(font, text) runs of m.text[a:b]."""
    fs = m.fonts
    if a >= b:
        return ()
    first = fs[a]
    if fs[a:b].count(first) == b - a:
        return ((first, m.text[a:b]),)
    out: list[tuple[str, str]] = []
    start = a
    for i in range(a + 1, b):
        if fs[i] != fs[start]:
            out.append((fs[start], m.text[start:i]))
            start = i
    out.append((fs[start], m.text[start:b]))
    return tuple(out)


# --- line items -----------------------------------------------------------------------------------


@dataclass
class _Line:
    """One line of text in a band of one pitch."""

    runs: tuple[tuple[str, str], ...]
    x: float
    size: float
    char_space: float = 0.0
    keep_with_next: bool = False
    red: bool = False
    extra: tuple[tuple[float, tuple[tuple[str, str], ...], float], ...] = ()  # more runs (x, runs, cs)

    height = PITCH


@dataclass
class _Blank:
    keep_with_next: bool = False
    height = PITCH


@dataclass
class _PageBreak:
    keep_with_next = False
    height = 0.0

@dataclass
class _TextPart:
    """Lines of text laid out against a width, before they become items."""

    lines: list[tuple[int, int]]
    measured: _Measured
    widths: list[float] = field(default_factory=list)  # natural width of each line


def _wrap(text: str, font: str, size: float, char_space: float, first_width: float,
          width: float) -> _TextPart:
    m = _measure(text, font, size, char_space)
    spans = break_lines(m.text, m.advances, first_width, width)
    adv = m.advances
    return _TextPart(spans, m, [sum(adv[a:b]) for a, b in spans])


def _justified_space(part: _TextPart, k: int, avail: float, char_space: float) -> float:
    """The character spacing that makes line k of a paragraph fill ``avail`` (not the last line
    nor a line ended by a line feed; only small gaps are spread)."""
    a, b = part.lines[k]
    if k == len(part.lines) - 1 or b >= len(part.measured.text) or part.measured.text[b] == "\n":
        return char_space
    n = b - a
    extra = avail - part.widths[k]
    if n < 2 or extra <= _EPS or extra > 0.25 * avail:
        return char_space
    return char_space + extra / (n - 1)


def _visual_width(width: float, char_space: float) -> float:
    """Ink-box width of a line measured with ``char_space`` after every character."""
    return width - char_space


# --- balanced titles -----------------------------------------------------------------------------

_OPENING = "“‘《（〔【「『〈([<"
_CLOSING = "”’》）〕】」』〉)]>"
_JOINERS = "和与及、，"
TITLE_GOOD_BREAK = 4.0  # bonus (in character cells) for breaking at a natural place
TITLE_INSIDE_QUOTES = 6.0  # penalty for breaking inside “…”, 《…》, （…）
TITLE_SHORT_LAST = 3.0  # penalty for a last line of three characters or fewer ("的通报")
TITLE_INSIDE_WORD = 6.0  # penalty for splitting a word of the usual titles ("季|度", "人|员")
#: two-character words the center's titles use; a title is never split inside one of them
_TITLE_WORDS = frozenset((
    "季度", "年度", "半年", "月份", "派驻", "进驻", "人员", "考核", "情况", "服务", "窗口", "之星",
    "流动", "红旗", "表扬", "表彰", "反馈", "通报", "工作", "单位", "中心", "政务", "培训", "评价",
))


def _title_break_cost(text: str, b: int, depth: int) -> float:
    """Cost of breaking a title before text[b] (in character cells; negative: a good place)."""
    before, after = text[b - 1], text[b]
    cost = 0.0
    if depth > 0:
        cost += TITLE_INSIDE_QUOTES
    if (after in _OPENING or before in _CLOSING or before in _JOINERS
            or (before in "年月日" and b >= 2 and text[b - 2].isdigit())
            or (text[b - 2:b] in ("季度", "年度") and after not in _CLOSING)
            or (b == 2 and text.startswith("关于"))):
        cost -= TITLE_GOOD_BREAK
    if after == "的":
        cost += TITLE_GOOD_BREAK / 2
    if before + after in _TITLE_WORDS:
        cost += TITLE_INSIDE_WORD
    return cost


def _balance(part: _TextPart, count: int, char_space: float) -> _TextPart:
    """Re-break a centred title into ``count`` lines (the fewest it needs) at natural places and
    of even length (GB/T 9704: 词意完整，排列对称，长短适宜): a small dynamic programme over the
    allowed breaks minimising the lines' distance from the mean width plus a cost per break
    (good: before an opening quote, after a closing one, after 和/与/及/、 or a date's 年月日,
    after a leading 关于; bad: inside quotes or brackets, before 的, a very short last line)."""
    m = part.measured
    text, adv = m.text, m.advances
    n = len(text)
    if "\n" in text or count < 2:
        return part
    prefix = [0.0]
    for a in adv:
        prefix.append(prefix[-1] + a)
    mean = prefix[n] / count
    depth = [0] * (n + 1)  # bracket depth before text[i]
    d = 0
    for i, ch in enumerate(text):
        depth[i] = d
        if ch in _OPENING:
            d += 1
        elif ch in _CLOSING and d > 0:
            d -= 1
    depth[n] = d
    breaks = [b for b in range(1, n) if can_break(text, b)]
    bcost = {b: _title_break_cost(text, b, depth[b]) for b in breaks}
    inf = float("inf")
    # best[j][b]: (cost, previous break) of the first j lines ending before text[b]
    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, -1)}]
    for j in range(1, count + 1):
        row: dict[int, tuple[float, int]] = {}
        targets = [n] if j == count else breaks
        for b in targets:
            choice = (inf, -1)
            for a, (c0, _p) in best[j - 1].items():
                if a >= b:
                    continue
                w = prefix[b] - prefix[a]
                if w > AREA_WIDTH + _EPS:
                    continue
                c = c0 + abs(w - mean) / CELL + bcost.get(b, 0.0)
                if j == count and b - a <= 3:
                    c += TITLE_SHORT_LAST
                if c < choice[0]:
                    choice = (c, a)
            if choice[0] < inf:
                row[b] = choice
        best.append(row)
    if n not in best[count]:
        return part
    spans: list[tuple[int, int]] = []
    b = n
    for j in range(count, 0, -1):
        a = best[j][b][1]
        spans.append((a, b))
        b = a
    spans.reverse()
    return _TextPart(spans, m, [prefix[b] - prefix[a] for a, b in spans])
