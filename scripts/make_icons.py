"""Render the program icon resources/icons/govhr.svg to PNG files and a Windows .ico.

    .venv/bin/python scripts/make_icons.py          # writes govhr-<size>.png and govhr.ico
    .venv/bin/python scripts/make_icons.py --check  # exit 1 when the committed files are stale

Each size is rendered from the SVG at that size (not scaled down from the largest), offscreen
with Qt's SVG renderer. The .ico holds every size: 32-bit BGRA bitmaps (with the 1-bit mask
older readers expect) below 256 px and a PNG at 256 px, the layout Windows Explorer, the
PyInstaller EXE icon and Inno Setup's SetupIconFile all read. The generated files are
committed; run this again after changing the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "govhr.svg"
ICO = ICONS / "govhr.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
#: sizes stored as PNG inside the .ico (smaller ones as bitmaps)
ICO_PNG_FROM = 256


def png_path(size: int) -> Path:
    return ICONS / f"govhr-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError("cannot encode PNG")
    buf.close()
    return bytes(data)


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit icon bitmap: BITMAPINFOHEADER (height doubled for the mask), BGRA rows bottom-up,
    then the 1-bit AND mask (1 = transparent), rows padded to 4 bytes, bottom-up."""
    w, h = image.width(), image.height()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)  # byte order R,G,B,A everywhere
    stride = rgba.bytesPerLine()
    raw = bytes(rgba.constBits())[: stride * h]
    pixels = bytearray()
    mask = bytearray()
    mask_stride = ((w + 31) // 32) * 4
    for y in reversed(range(h)):
        row = raw[y * stride: y * stride + 4 * w]
        bgra = bytearray(4 * w)
        bgra[0::4], bgra[1::4], bgra[2::4], bgra[3::4] = row[2::4], row[1::4], row[0::4], row[3::4]
        pixels += bgra
        bits = bytearray(mask_stride)
        for x in range(w):
            if row[4 * x + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack(
        "<IiiHHIIiiII", 40, w, 2 * h, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per image (width/height 0 means 256), images."""
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = []
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs.append(blob)
    return out + b"".join(blobs)


def build() -> dict[Path, bytes]:
    """Every generated file and its content."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # keeps Qt alive
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    files: dict[Path, bytes] = {}
    entries = []
    for size in SIZES:
        image = render(renderer, size)
        png = png_bytes(image)
        files[png_path(size)] = png
        entries.append((size, png if size >= ICO_PNG_FROM else dib_bytes(image)))
    files[ICO] = ico_bytes(entries)
    return files


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="only compare with the files on disk")
    args = p.parse_args(argv)
    files = build()
    if args.check:
        stale = [f for f, data in files.items() if not f.exists() or f.read_bytes() != data]
        for f in stale:
            print(f"stale: {f.relative_to(ROOT)}")
        return 1 if stale else 0
    for f, data in files.items():
        f.write_bytes(data)
        print(f"{f.relative_to(ROOT)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
