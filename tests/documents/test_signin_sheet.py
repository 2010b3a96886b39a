"""The training sign-in sheet PDF (govhr_desktop.documents.signin_sheet), checked with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from govhr_desktop.documents.fonts import font_covering, font_for
from govhr_desktop.documents.signin_sheet import SignInPerson, SignInSheet, WALK_IN_ROWS, render_sign_in_sheet

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

RARE = "䶮"  # CJK extension A, as in 刘䶮
LONG_UNIT = "国家税务总局青山县税务局第一税务分局（办税服务厅）"


def _sheet(n: int = 45) -> SignInSheet:
    people = [SignInPerson(f"刘{RARE}", "青山县人力资源和社会保障局", "A01"),
              SignInPerson("欧阳晓东", LONG_UNIT, "B12")]
    people += [SignInPerson(f"学员{i:02d}", "青山县市场监督管理局", f"C{i:02d}") for i in range(3, n + 1)]
    return SignInSheet("青山县政务服务中心", "文明礼仪与服务用语", "文明礼仪与服务用语", "陈晓红",
                       date(2026, 5, 14), "14:30", "17:30", "中心三楼培训室", 3.0, people)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("signin") / "sheet.pdf"
    sheet = _sheet()
    render_sign_in_sheet(sheet, path)
    return path, sheet


def _pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def test_names_title_and_columns(pdf):
    path, sheet = pdf
    pages = _pages(path)
    assert len(pages) >= 2
    text = "\n".join(pages)
    assert "青山县政务服务中心 培训签到表" in text
    for head in ("序号", "姓名", "派驻单位", "窗口", "签到签名", "签退签名", "备注"):
        assert head in pages[0]
    for label in ("课程", "类别", "授课人", "日期", "时间", "地点", "学时", "2026年5月14日", "14:30", "中心三楼培训室"):
        assert label in pages[0]
    for p in sheet.people[1:]:
        assert p.name in text
    if font_covering(RARE, font_for("song").name):  # (some font here has the character)
        assert f"刘{RARE}" in text
    else:
        assert "刘□" in text
    # the long unit name wraps inside its cell (two lines) but is all there
    flat = re.sub(r"\s+", "", text)
    assert LONG_UNIT not in flat and LONG_UNIT[:10] in flat and LONG_UNIT[-10:] in flat
    # numbered rows: the people, then the empty ones for walk-ins
    last = len(sheet.people) + WALK_IN_ROWS
    assert re.search(rf"^\s*{last}\s*$", text, re.M)


def test_header_repeated_and_pages_numbered(pdf):
    path, _sheet = pdf
    pages = _pages(path)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        assert "序号" in page and "签到签名" in page
        assert re.search(rf"第\s*{n}\s*页\s*共\s*{total}\s*页", page)
    assert "（续）" in pages[1]


def test_fonts_embedded(pdf):
    path, _ = pdf
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        assert "TrueType" in row
        # name type encoding emb sub uni object ID: emb is the 4th field from the right end
        assert cols[-5] == "yes", row


def test_no_id_or_phone_numbers(pdf):
    path, _ = pdf
    text = "\n".join(_pages(path))
    assert not re.search(r"\d{11}", text)  # no mobile numbers, no ID numbers


def test_empty_list_still_prints_walk_in_rows(tmp_path):
    path = tmp_path / "empty.pdf"
    sheet = _sheet()
    render_sign_in_sheet(SignInSheet(**{**sheet.__dict__, "people": []}), path)
    text = "\n".join(_pages(path))
    assert "应到 0 人" in text and re.search(rf"^\s*{WALK_IN_ROWS}\s*$", text, re.M)
