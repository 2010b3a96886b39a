"""Chinese line breaking with the line-start / line-end rules (避头尾, kinsoku) for the GB/T 9704
typesetter (``documents.gbt9704``).

``break_lines(text, advances, first_width, width)`` splits ``text`` into lines no wider than the
given widths, where ``advances[i]`` is the horizontal advance of ``text[i]`` in the same unit.
The rules, after CLREQ (W3C *Requirements for Chinese Text Layout*) and GB/T 15834:

* no line starts with a closing mark: ，。、；：？！ ）》」』】〕〉 ”’ … — ～ · % and their half-width
  forms (``NO_LINE_START``);
* no line ends with an opening mark: （《「『【〔〈 “‘ and half-width ( [ { (``NO_LINE_END``);
* a run of half-width letters and digits (``2026``, ``A03``, ``95.5%``) is not split, unless it is
  longer than a line by itself;
* a break is made before the character that no longer fits ("push out", 推出): the characters
  that would break a rule move down to the next line, and the line left short is justified by
  the caller (spread over its gaps). Lines never overflow: punctuation is not hung in the margin.

When no allowed break exists on a line (a line of nothing but closing marks) the line is broken
where it is full anyway: every character is kept, in order. Line feeds in ``text`` end lines.
Pure Python, no ReportLab: ``gbt9704`` measures the characters and passes ``advances``.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Characters a line must not start with (closing punctuation, pauses, dashes and ellipses).
NO_LINE_START = frozenset(
    "，。、；：？！）》」』】〕〉〗〙”’…—～·‧ー々〻ゝゞヽヾ％‰℃°′″"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ",.;:?!)]}%>"
    "\uff09\uff3d\uff5d\uff0e"  # full-width ) ] } .
)
#: Characters a line must not end with (opening brackets and quotes).
NO_LINE_END = frozenset("（《「『【〔〈〖〘“‘([{<\uff3b\uff5b＄￥$")

#: How far (in characters) a break may be pulled back to keep a half-width word whole before
#: the word itself is split instead.
MAX_WORD_PULLBACK = 12

_EPS = 1e-6


def is_word_char(ch: str) -> bool:
    """A half-width letter, digit or sign that belongs to a word (``2026``, ``A03``, ``95.5%``)."""
    return "!" <= ch <= "~"


def can_break(text: str, i: int, keep_words: bool = True) -> bool:
    """May a line end before ``text[i]`` (0 < i < len(text))?"""
    before, after = text[i - 1], text[i]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (keep_words and is_word_char(before) and is_word_char(after))


def break_lines(text: str, advances: Sequence[float], first_width: float, width: float | None = None,
                *, avoid_orphan: bool = True) -> list[tuple[int, int]]:
    """Lines of ``text`` as ``(start, end)`` index pairs (``text[start:end]``), the first line at
    most ``first_width`` wide and the others at most ``width`` (default: ``first_width``).

    A line feed ends a line (it belongs to no line: ``text[end] == '\\n'``). An empty text gives
    one empty line. ``avoid_orphan``: the last line of a paragraph does not hold a single
    character (and its punctuation) alone when one more can be brought down (孤字)."""
    if width is None:
        width = first_width
    n = len(text)
    if len(advances) != n:
        raise ValueError("one advance per character is needed")
    lines: list[tuple[int, int]] = []
    pos = 0
    limit = first_width
    while True:
        acc = 0.0
        end = pos
        while end < n and text[end] != "\n" and acc + advances[end] <= limit + _EPS:
            acc += advances[end]
            end += 1
        if end >= n or text[end] == "\n":  # the rest of the paragraph (or of the hard line) fits
            if avoid_orphan and lines and lines[-1][1] == pos:
                pos = _no_orphan(text, advances, lines, pos, end, width)
            lines.append((pos, end))
            if end >= n:
                return lines
            pos = end + 1
            limit = width
            continue
        if end == pos:  # one character wider than the line: it gets a line of its own
            end = pos + 1
        brk = _find_break(text, pos, end)
        lines.append((pos, brk))
        pos = brk
        limit = width
        if pos >= n:  # (the forced break above can end the text)
            return lines


def _find_break(text: str, pos: int, end: int) -> int:
    """The best break in (pos, end]: ``end`` itself when allowed, else the nearest earlier one."""
    if end >= len(text):
        return end
    # 1. the nearest break that keeps all rules, half-width words included
    for b in range(end, pos, -1):
        if can_break(text, b):
            if end - b <= MAX_WORD_PULLBACK:
                return b
            break
    # 2. a long half-width word: split it, still keeping the punctuation rules
    for b in range(end, pos, -1):
        if can_break(text, b, keep_words=False):
            return b
    # 3. nothing allowed (a line of closing marks): break where the line is full
    return end


def _no_orphan(text: str, advances: Sequence[float], lines: list[tuple[int, int]], pos: int,
               end: int, width: float) -> int:
    """Start of the last line [pos, end) after bringing a character down from the line before
    when the last line would hold only one character (plus closing marks); ``lines[-1]`` is
    shortened in place."""
    body = end - pos
    while body and text[pos + body - 1] in NO_LINE_START:
        body -= 1
    if body > 1:
        return pos
    start, _prev_end = lines[-1]
    for b in (pos - 1, pos - 2):
        if b - start < 2:
            break
        if can_break(text, b) and sum(advances[b:end]) <= width + _EPS:
            lines[-1] = (start, b)
            return b
    return pos


def line_texts(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]
