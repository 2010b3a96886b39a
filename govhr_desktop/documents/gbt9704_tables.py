"""Tables for the typesetter (``documents.gbt9704``): a ``TableBlock`` laid out as rows of cells
(cell text broken like the body) and drawn as a thin black grid. ``gbt9704._Layout.flow_table``
decides which rows go on which page; the header row is repeated on each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govhr_desktop.documents.gbt9704_geometry import (
    AREA_WIDTH,
    EM_ASCENT,
    TABLE_GRID,
    TABLE_PADDING_X,
    TABLE_PADDING_Y,
)
from govhr_desktop.documents.gbt9704_pdf import _Pdf
from govhr_desktop.documents.gbt9704_text import _runs, _wrap
from govhr_desktop.documents.model import TableBlock


@dataclass
class _Cell:
    lines: list[tuple[tuple[tuple[str, str], ...], float]]  # (runs, natural width) per line
    centred: bool


@dataclass
class _Row:
    cells: list[_Cell]
    height: float


@dataclass
class _TableItem:
    """A table drawn by the typesetter: a header row repeated on every page it spans, data rows
    split between rows, a thin black grid, cell text broken like the body."""

    block: TableBlock
    col_x: list[float]  # column edges from the table's left edge (ncols + 1)
    header: _Row
    rows: list[_Row]
    size: float
    leading: float
    keep_with_next = False

    @property
    def min_height(self) -> float:
        """The header row plus the first data row: the least that may start on a page."""
        return self.header.height + (self.rows[0].height if self.rows else 0.0)


def _table_item(block: TableBlock, header_font: str, body_font: str) -> _TableItem:
    """The block's rows laid out across the text area's width (header cells centred)."""
    ncols = len(block.header)
    if ncols == 0:
        raise ValueError("a table needs a header row")
    widths = tuple(block.widths) if block.widths else (1.0,) * ncols
    if len(widths) != ncols or any(w <= 0 for w in widths):
        raise ValueError("table widths: one positive number per column")
    total = float(sum(widths))
    col_x = [0.0]
    for w in widths:
        col_x.append(col_x[-1] + AREA_WIDTH * w / total)
    col_x[-1] = AREA_WIDTH
    size = float(block.font_size)
    leading = round(size * 1.4, 2)

    def row(cells: Sequence[str], font: str) -> _Row:
        if len(cells) > ncols:
            raise ValueError(f"a table row has {len(cells)} cells, the header {ncols}")
        out = []
        most = 1
        for col in range(ncols):
            text = str(cells[col]).strip() if col < len(cells) else ""
            inner = col_x[col + 1] - col_x[col] - 2 * TABLE_PADDING_X
            part = _wrap(text, font, size, 0.0, inner, inner)
            lines = [(_runs(part.measured, a, b), w) for (a, b), w in zip(part.lines, part.widths)]
            most = max(most, len(lines))
            how = block.align[col] if col < len(block.align) else ""
            out.append(_Cell(lines, centred=how == "center" if how else len(lines) == 1))
        return _Row(out, most * leading + 2 * TABLE_PADDING_Y)

    header = row(block.header, header_font)
    for c in header.cells:
        c.centred = True
    rows = [row(r, body_font) for r in block.rows]
    return _TableItem(block, col_x, header, rows, size, leading)


def _draw_table_part(pdf: _Pdf, item: _TableItem, rows: Sequence[_Row], top: float,
                     x0: float) -> None:
    """The header row and ``rows`` with the table's top at ``top`` and its left edge at ``x0``."""
    y = top
    size, leading = item.size, item.leading
    col_x = item.col_x
    hlines = [(x0, top, x0 + col_x[-1], top)]
    for row in (item.header, *rows):
        for col, cell in enumerate(row.cells):
            if not cell.lines:
                continue
            left, right = x0 + col_x[col], x0 + col_x[col + 1]
            text_top = y - (row.height - len(cell.lines) * leading) / 2
            for k, (runs, w) in enumerate(cell.lines):
                if not runs:
                    continue
                lx = (left + right - w) / 2 if cell.centred else left + TABLE_PADDING_X
                base = text_top - k * leading - (leading - size) / 2 - EM_ASCENT * size
                pdf.text(lx, base, size, runs)
        y -= row.height
        hlines.append((x0, y, x0 + col_x[-1], y))
    vlines = [(x0 + cx, top, x0 + cx, y) for cx in col_x]
    pdf.rules(hlines + vlines, TABLE_GRID)
