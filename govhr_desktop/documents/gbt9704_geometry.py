"""Geometry of the GB/T 9704-2012 page for the typesetter (``documents.gbt9704``): the text area,
the character grid, type sizes, the heads' and 版记's rules, and the small helpers built on them.

PDF points; y grows upwards from the bottom of the paper.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4

# --- geometry (PDF points; y grows upwards from the bottom of the paper) -------------------------

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 37 * MM
LEFT_MARGIN = 28 * MM
AREA_WIDTH = 156 * MM
AREA_HEIGHT = 225 * MM
AREA_LEFT = LEFT_MARGIN
AREA_RIGHT = AREA_LEFT + AREA_WIDTH
AREA_TOP = PAGE_HEIGHT - TOP_MARGIN
AREA_BOTTOM = AREA_TOP - AREA_HEIGHT
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PITCH = AREA_HEIGHT / LINES_PER_PAGE  # line pitch, 28.99 pt
CELL = AREA_WIDTH / CHARS_PER_LINE  # character cell, 15.79 pt

SIZE_2 = 22.0  # 2号: titles
SIZE_3 = 16.0  # 3号: body
SIZE_4 = 14.0  # 4号: 版记, page numbers

#: Top of a character's em box above its baseline, in ems (the ideographic em box of Chinese
#: fonts runs from -0.12 to 0.88 em). A line's em box is centred in its band of one pitch.
EM_ASCENT = 0.88

RED = (1, 0, 0)

# file format (文件格式)
ORGAN_TOP_BELOW_AREA = 35 * MM  # top of the organ mark below the top of the text area
ORGAN_HEIGHT = 20 * MM  # em height of the organ mark (GB/T 9704: under 22 x 15 mm)
ORGAN_MAX_CHAR_WIDTH = 15 * MM
ORGAN_MIN_SCALE = 0.5  # narrowest horizontal scale before the mark is made smaller
RULE_BELOW_NUMBER = 4 * MM  # red rule under the number's em box
RED_RULE_WIDTH = 0.35 * MM  # thickness of the red rule (about 1 pt)
# letter format (信函格式)
LETTER_ORGAN_TOP = 30 * MM  # from the top of the paper
LETTER_ORGAN_HEIGHT = 12 * MM
LETTER_RULE_LENGTH = 170 * MM
LETTER_RULE_GAP_BELOW_ORGAN = 4 * MM
LETTER_THICK = 2.0  # pt
LETTER_THIN = 0.5  # pt
LETTER_RULE_GAP = 1 * MM  # white between the two lines of a double rule
LETTER_BOTTOM_RULE = 20 * MM  # bottom edge of the lower double rule above the bottom of the paper
LETTER_NUMBER_GAP = SIZE_3 * 7 / 8  # top rule to the number's em box: 7/8 of a 3号 character
# 版记
BANJI_THICK = 0.35 * MM
BANJI_THIN = 0.25 * MM
BANJI_LEADING = SIZE_4 * 1.5  # continuation lines of a wrapped 抄送
# signature
SEAL_BLANK_LINES = 3  # blank lines above the issuer's name, for the seal
DATE_RIGHT_CELLS = 4  # 右空四字
# page numbers
PAGE_NUMBER_GAP = 7 * MM  # text area bottom to the top of the page number's em box
PAGE_NUMBER_INSET = SIZE_4  # one 4号 character in from the edge of the text area

GRID_CHAR_SPACE = CELL - SIZE_3  # negative: 16 pt glyphs on 15.79 pt cells
TABLE_PADDING_X = 3.0
TABLE_PADDING_Y = 2.5
TABLE_GRID = 0.5

_EPS = 0.01


def format_date(d: date) -> str:
    """2026年11月21日: Arabic numerals, no leading zeros."""
    return f"{d.year}年{d.month}月{d.day}日"


def band_baseline(band_top: float, size: float) -> float:
    """Baseline of a line of ``size`` pt whose band (one pitch high) starts at ``band_top``."""
    return band_top - (PITCH - size) / 2 - EM_ASCENT * size
