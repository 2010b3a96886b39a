"""The plain A4 report template (documents/reports.py), the ranking table and the evaluation sheet
on hand-made data: pages, repeated header, footer "第 n 页 共 m 页", fonts embedded, same bytes for
the same input, orientation, Chinese line breaking in cells, rare characters, the one-page sheet,
and the sheet as GB/T 9704 blocks."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from govhr_desktop.documents.evaluation_sheet import (
    AdjustmentLine,
    CategoryScore,
    ItemLine,
    LeaveFigure,
    MonthLine,
    RatingFigures,
    SheetData,
    VetoLine,
    render_sheet,
    sheet_blocks,
    sheet_title,
)
from govhr_desktop.documents.fonts import MISSING_GLYPH, font_covering, font_for
from govhr_desktop.documents.model import Para, TableBlock
from govhr_desktop.documents.ranking_report import (
    RankingData,
    RankingRow,
    render_ranking,
    summary_line,
)
from govhr_desktop.documents.reports import (
    Column,
    Report,
    fmt_points,
    fmt_rate,
    needs_landscape,
    wrap_cjk,
)

RARE = "䶮"  # CJK extension A, as in 刘䶮
CLOSING = "，。、；：？！）》」』】〕”’"
ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def font_files(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, has an embedded TrueType program) of every font used on any page."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            f = ref.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out.append((str(f.get("/BaseFont")), "/FontFile2" in desc))
    return out


# --- data -------------------------------------------------------------------------------------


def ranking(n: int = 90, quarter: bool = False) -> RankingData:
    rows = []
    for i in range(n):
        total = 100 - i * 0.25
        name = f"刘{RARE}" if i == 3 else f"员工{i:03d}"
        monthly = (total, total + 1, total - 1) if quarter else ()
        rows.append(RankingRow(i + 1, 1000 + i, name, "国家税务总局青山县税务局第一税务分局" if i == 5 else "人社局",
                               f"A{i % 40:02d}", total, "好" if total >= 90 else "较好", monthly))
    return RankingData("青山县政务服务中心", "2026-Q3" if quarter else "2026-10",
                       "2026年第三季度" if quarter else "2026年10月", quarter,
                       ("7月", "8月", "9月") if quarter else (), tuple(rows), ("好", "较好", "一般", "较差"),
                       date(2026, 11, 21))


def item(label: str, q: float, pts: float, unit: str = "次", month: str = "") -> ItemLine:
    return ItemLine(label, q, unit, pts, abs(pts) * q, month)


def sheet(*, quarter: bool = False, many: int = 0, name: str = "张晓梅") -> SheetData:
    discipline = (item("迟到或早退（10分钟以内）", 2, -1), item("漏打卡", 1, -2))
    extra = tuple(item(f"办件未当日录入系统（第{i}次抽查，窗口资料核对发现）", 1, -1, "件") for i in range(many))
    cats = (
        CategoryScore("劳动纪律/考勤", 25, 4, 4, discipline),
        CategoryScore("服务规范与态度", 20, 0, 0),
        CategoryScore("业务办理与效率", 25, 3 + many, min(25, 3 + many),
                      (item("办件未当日录入系统", 3, -1, "件"),) + extra),
        CategoryScore("群众评价（好差评）", 15, 2, 2, (item("经核实属本人责任的差评", 1, -2, "件"),)),
        CategoryScore("学习培训与协作", 10, 0, 0),
        CategoryScore("窗口形象与环境", 5, 0, 0),
    )
    months = ()
    if quarter:
        months = (MonthLine("7月", 3, 1, 0, 0, 98, "好", 12), MonthLine("8月", 6, 0, 0, -0.5, 93.5, "好", 80),
                  MonthLine("9月", None, None, None, None, None, "", None))
    return SheetData(
        center_name="青山县政务服务中心", period="2026-Q3" if quarter else "2026-10",
        period_label="2026年第三季度" if quarter else "2026年10月", quarter=quarter, staff_id=7, name=name,
        home_unit="青山县人力资源和社会保障局", window="C03（社保业务窗口）", post="A", template_label="默认考核模板 v1",
        base=100, categories=cats, bonus_cap=5, bonus_raw=6, bonus=5,
        bonus_items=(item("收到锦旗", 2, 2), item("收到表扬信", 2, 1)),
        vetoes=(VetoLine("明察暗访负面通报", 1, 15, "当年不得评优"),),
        adjustments=(AdjustmentLine("服务规范与态度", -1, "月度服务质量抽查中服务用语不规范，经中心主任办公会研究扣1分"),),
        months=months, ratings=RatingFigures(120, 118, 2, 1, 1), attendance=discipline,
        leave=(LeaveFigure("事假", 1.5), LeaveFigure("病假", 1)), training_year=2026, training_until=date(2026, 10, 31),
        training_hours=46.5, training_target=90, total=80 if not quarter else 95.75, grade="较好" if not quarter else "好",
        grade_note="", rank=17, ranked=456, honours=("2026年10月“服务之星”",), printed_on=date(2026, 11, 21),
        deducted_total=25, added_total=5)


# --- the template -----------------------------------------------------------------------------


def test_wrap_cjk_keeps_closing_punctuation_off_the_line_start():
    font = font_for("song").name
    text = "月度服务质量抽查中服务用语不规范，经中心主任办公会研究扣1分；窗口B13（不动产税费窗口）本月窗口扣分0.05分，首席代表按50%承担。" * 2
    for width in range(60, 260, 7):
        lines = wrap_cjk(text, font, 10.5, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in CLOSING, (width, line)
        for line in lines[:-1]:
            assert line[-1] not in "（《“‘", (width, line)


def test_long_cells_wrap_in_the_pdf_without_a_closing_mark_at_a_line_start():
    r = Report(title="测试报表", subtitle=("青山县政务服务中心", "考核期间：2026年10月", "打印日期：2026年11月21日"))
    text = "首席代表分担窗口扣分：窗口B13、B14、B15、E01、E02、E03、E04本月窗口扣分，首席代表按比例承担，合计1.07分"
    r.table([Column("项目", 30, "left"), Column("说明", 40, "left")], [(text, text)] * 3)
    pdf = r.build()
    lines = [x.strip() for x in pages_text(pdf)[0].splitlines() if x.strip()]
    assert not [x for x in lines if x[0] in CLOSING]
    assert text[:12] in flat(pages_text(pdf)[0])


def test_orientation_follows_the_columns():
    narrow = [Column("名次", 12), Column("姓名", 20), Column("单位", 60)]
    wide = narrow + [Column(f"{m}月", 15) for m in range(1, 13)]
    assert not needs_landscape(narrow) and needs_landscape(wide)
    r = Report(title="全年得分", landscape=needs_landscape(wide))
    r.table(wide, [("1", "张三", "人社局") + ("95",) * 12])
    box = PdfReader(io.BytesIO(r.build())).pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape


def test_format_helpers():
    assert (fmt_points(98.5), fmt_points(90.0), fmt_points(-1), fmt_points(2, signed=True)) == ("98.5", "90", "−1", "+2")
    assert fmt_points(None) == "—" and fmt_points(0, blank_zero=True) == "" and fmt_points(95.666666) == "95.67"
    assert fmt_rate(0.99123) == "99.1%" and fmt_rate(None) == "—"


# --- the ranking table ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ranking_pdf():
    data = ranking()
    return data, render_ranking(data)


def test_ranking_lists_everyone_in_rank_order_with_header_and_footer_on_every_page(ranking_pdf):
    data, pdf = ranking_pdf
    pages = pages_text(pdf)
    assert len(pages) >= 3
    reader = PdfReader(io.BytesIO(pdf))
    for n, (page, text) in enumerate(zip(reader.pages, pages), start=1):
        assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842  # A4 portrait
        for head in ("名次", "姓名", "派驻单位", "窗口", "得分", "等次"):
            assert head in text
        assert re.search(rf"第\s*{n}\s*页\s*共\s*{len(pages)}\s*页", text)
    first = flat(pages[0])
    assert "窗口工作人员月度考核排名表" in first and "考核期间：2026年10月" in first and "打印日期：2026年11月21日" in first
    text = flat("".join(pages))
    pos = 0
    for row in data.rows:
        name = row.name if font_covering(RARE, font_for("song").name) or RARE not in row.name \
            else row.name.replace(RARE, MISSING_GLYPH)
        found = text.find(name + (row.home_unit[:6]), pos)
        assert found >= 0, row.name
        pos = found
    assert flat(summary_line(data)) in text
    assert "共90人：好41人，较好49人，一般0人，较差0人。" in text


def test_ranking_quarter_has_the_months_and_the_average():
    data = ranking(12, quarter=True)
    pdf = render_ranking(data)
    text = pages_text(pdf)[0]
    for head in ("7月", "8月", "9月", "平均分", "季度考核排名表", "2026年第三季度"):
        assert head in flat(text)
    assert "99.75100.7598.7599.75" in flat(text)  # row 2: the three months, then the average
    assert round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)) == 595  # still portrait


def test_fonts_embedded_and_bytes_deterministic(ranking_pdf):
    data, pdf = ranking_pdf
    fonts = font_files(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert render_ranking(data) == pdf
    assert render_sheet(sheet()) == render_sheet(sheet())
    assert all(embedded for _name, embedded in font_files(render_sheet(sheet())))


def test_empty_ranking_still_prints():
    data = ranking(0)
    text = flat(pages_text(render_ranking(data))[0])
    assert "本期无考核结果。" in text and "第1页共1页" in text


# --- the evaluation sheet ---------------------------------------------------------------------


def test_month_sheet_is_one_page_with_every_figure():
    d = sheet()
    pdf = render_sheet(d)
    pages = pages_text(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    for part in ("窗口工作人员月度考核评分表", "张晓梅", "青山县人力资源和社会保障局", "C03（社保业务窗口）", "A岗",
                 "考核项目", "分值", "扣分", "加分", "得分", "劳动纪律/考勤25421", "迟到或早退（10分钟以内）：2次（−1分/次）2",
                 "漏打卡：1次（−2分/次）2", "加分（上限5分，应加6分）55", "收到锦旗：2次（+2分/次）4",
                 "明察暗访负面通报：1次（扣15分；当年不得评优）15", "月度服务质量抽查中服务用语不规范", "合计10025580",
                 "评价数120次，好评率98.3%", "差评数2次，其中经核实属本人责任1次", "申诉撤销（不计入）1次",
                 "事假1.5天、病假1天，共2.5个工作日", "累计46.5学时，年度目标90学时，完成51.7%", "2026年10月“服务之星”",
                 "第17名（共456人）", "被考核人签字", "考核人", "日期", "第1页共1页"):
        assert part in text, part
    assert not ID_NUMBER.search(text) and not MOBILE.search(text)


def test_quarter_sheet_lists_the_months():
    d = sheet(quarter=True)
    pages = pages_text(render_sheet(d))
    assert len(pages) == 1
    text = flat(pages[0])
    for part in ("季度考核评分表", "各月得分", "7月31——98好12", "8月60—−0.593.5好80", "9月未参加考核",
                 "季度平均95.75好17", "扣分、加分明细", "平均分95.75"):
        assert part in text, part


def test_a_long_sheet_steps_the_font_down_to_stay_on_one_page_then_flows_on():
    assert len(pages_text(render_sheet(sheet(many=10)))) == 1  # 20 item lines and an adjustment
    pages = pages_text(render_sheet(sheet(many=60)))
    assert len(pages) >= 2
    assert "考核项目" in pages[1]  # the header row repeated
    for n, text in enumerate(pages, start=1):
        assert re.search(rf"第\s*{n}\s*页\s*共\s*{len(pages)}\s*页", text)
    assert "考核结果" in pages[-1] and "被考核人签字" in pages[-1]  # kept together


def test_rare_name_character_prints():
    text = flat(pages_text(render_sheet(sheet(name=f"刘{RARE}")))[0])
    if font_covering(RARE, font_for("song").name):
        assert f"刘{RARE}" in text
    else:
        assert f"刘{MISSING_GLYPH}" in text


def test_sheet_blocks_carry_the_same_content():
    d = sheet()
    blocks = sheet_blocks(d)
    assert sheet_title(d) == "张晓梅2026年10月考核评分表"
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    assert all(isinstance(b, TableBlock | Para) for b in blocks)
    for t in tables:
        assert len(t.widths) == len(t.header)
        assert all(len(r) == len(t.header) for r in t.rows)
    header, score, other, result = tables
    assert header.header == ("姓名", "派驻单位", "窗口", "岗位", "考核期间")
    assert header.rows == (("张晓梅", "青山县人力资源和社会保障局", "C03（社保业务窗口）", "A岗", "2026年10月"),)
    assert score.header == ("考核项目", "分值", "扣分", "加分", "得分") and score.caption == "考核评分"
    assert score.rows[0] == ("劳动纪律/考勤", "25", "4", "", "21")
    assert score.rows[-1] == ("合计", "100", "25", "5", "80")
    pdf_text = flat(pages_text(render_sheet(d))[0])
    for row in score.rows + other.rows:
        assert flat("".join(row)) in pdf_text, row
    assert result.rows == (("80", "较好", "第 17 名（共 456 人）"),)
    paras = [b.text for b in blocks if isinstance(b, Para)]
    assert any("被考核人签字" in p for p in paras)
    assert all(len(p) + 2 <= 28 for p in paras)  # one line of the GB/T 9704 body each
    assert not any(isinstance(b, Para) and "签字" in b.text for b in sheet_blocks(d, signatures=False))
    q = sheet_blocks(sheet(quarter=True))
    assert [b.caption for b in q if isinstance(b, TableBlock)][1:3] == ["各月得分", "扣分、加分明细（各项扣分以分值为限，加分以上限为限）"]
