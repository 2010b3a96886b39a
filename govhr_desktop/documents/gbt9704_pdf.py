"""Writing text and rules straight into a ReportLab canvas's page content, for the typesetter
(``documents.gbt9704``)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdf_canvas


def _n(v: float) -> str:
    """A number for the content stream: at most four decimals, no trailing zeros."""
    t = f"{v:.4f}"
    t = t.rstrip("0").rstrip(".")
    return "0" if t in ("-0", "") else t


_ESCAPE = [chr(i) if 32 <= i < 127 else f"\\{i:03o}" for i in range(256)]
for _c in "\\()":
    _ESCAPE[ord(_c)] = "\\" + _c


class _Pdf:
    """Writes text and rules straight into the canvas's page content: one BT … ET per line with
    a Tf per font subset, numbers formatted once. ReportLab still embeds and subsets the fonts
    (``TTFont.splitString`` / ``getSubsetInternalName``) and writes the file; this only skips
    the per-call overhead of ``textobject`` (graphics state bookkeeping, ``fp_str``)."""

    def __init__(self, canvas: pdf_canvas.Canvas) -> None:
        self.c = canvas
        self.doc = canvas._doc
        self.fonts: dict[str, object] = {}

    def _font(self, name: str):
        f = self.fonts.get(name)
        if f is None:
            f = self.fonts[name] = pdfmetrics.getFont(name)
        return f

    def text(self, x: float, y: float, size: float, runs, char_space: float = 0.0,
             red: bool = False, scale: float = 1.0) -> None:
        doc = self.doc
        out = ["q 1 0 0 rg " if red else "", "BT 1 0 0 1 ", _n(x), " ", _n(y), " Tm"]
        if char_space:
            out += [" ", _n(char_space), " Tc"]
        if scale != 1.0:
            out += [" ", _n(scale * 100), " Tz"]
        sz = _n(size)
        esc = _ESCAPE
        for name, text in runs:
            font = self._font(name)
            for subset, t in font.splitString(text, doc):
                out += [" ", font.getSubsetInternalName(subset, doc), " ", sz, " Tf (",
                        "".join([esc[b] for b in t]), ") Tj"]
        # Tc and Tz belong to the graphics state and outlive BT … ET: put them back, so what
        # is drawn next starts from 0 and 100 %
        if char_space:
            out.append(" 0 Tc")
        if scale != 1.0:
            out.append(" 100 Tz")
        out.append(" ET Q" if red else " ET")
        self.c._code.append("".join(out))

    def rules(self, segments, width: float, red: bool = False) -> None:
        """Straight lines (x0, y0, x1, y1) stroked in one path, black or red."""
        out = ["q ", _n(width), " w 0 J ", "1 0 0 RG" if red else "0 0 0 RG"]
        for x0, y0, x1, y1 in segments:
            out += [" ", _n(x0), " ", _n(y0), " m ", _n(x1), " ", _n(y1), " l"]
        out.append(" S Q")
        self.c._code.append("".join(out))
