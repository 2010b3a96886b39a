"""The program icon: the SVG, the PNG sizes and the Windows .ico made from it by
scripts/make_icons.py, and the application's window icon."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def ico_entries(data: bytes) -> list[dict]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for i in range(count):
        fields = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        w, h, colors, _res, planes, bits, size, offset = fields
        entries.append({
            "width": w or 256, "height": h or 256, "colors": colors, "planes": planes,
            "bits": bits, "blob": data[offset: offset + size], "end": offset + size,
        })
    return entries


@pytest.mark.parametrize("size", SIZES)
def test_png_sizes(size):
    path = ICONS / f"govhr-{size}.png"
    assert path.exists(), f"{path.name} missing: run scripts/make_icons.py"
    assert png_size(path.read_bytes()) == (size, size)


def test_ico_holds_every_size():
    data = (ICONS / "govhr.ico").read_bytes()
    entries = ico_entries(data)
    assert len(entries) == len(SIZES)
    sizes = {e["width"] for e in entries}
    assert {16, 32, 48, 256} <= sizes
    assert sizes == set(SIZES)
    for e in entries:
        assert e["width"] == e["height"]
        assert e["end"] <= len(data)
        assert (e["planes"], e["bits"]) == (1, 32)
        blob = e["blob"]
        if blob[:8] == PNG_SIGNATURE:
            assert png_size(blob) == (e["width"], e["height"])
        else:  # BITMAPINFOHEADER: height doubled for the AND mask, 32 bits, uncompressed
            hdr, w, h, planes, bits, compression = struct.unpack_from("<IiiHHI", blob, 0)
            expected = (40, e["width"], 2 * e["height"], 1, 32, 0)
            assert (hdr, w, h, planes, bits, compression) == expected
            mask_stride = ((w + 31) // 32) * 4
            assert len(blob) == 40 + 4 * w * e["height"] + mask_stride * e["height"]


def test_ico_images_match_pngs(qapp):
    """Qt's own ICO reader decodes the .ico, and each size looks like its PNG."""
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(str(ICONS / "govhr.ico"))
    assert reader.imageCount() == len(SIZES)
    seen = {}
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        seen[image.width()] = image.convertToFormat(QImage.Format.Format_ARGB32)
    assert set(seen) == set(SIZES)
    for size in (16, 32):
        png = QImage(str(ICONS / f"govhr-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        assert seen[size] == png


def test_svg_renders(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "govhr.svg"))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    centre = QColor(image.pixel(32, 8))  # the white roof
    corner = QColor.fromRgba(image.pixel(0, 0))  # outside the rounded square
    background = QColor(image.pixel(16, 32))  # seal red inside the window
    assert corner.alpha() == 0
    assert centre.red() > 240 and centre.green() > 240 and centre.blue() > 240
    assert background.red() > 150 and background.green() < 80


def test_application_window_icon(qapp):
    """make_app() sets this icon (not called here: it restyles the shared QApplication)."""
    from govhr_desktop.ui.application import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert not icon.pixmap(32, 32).isNull()
