"""The month duty roster PDF (documents/roster_sheet.py) on a hand-made October 2026: A4
landscape pages, title, names (a rare character too), 带班领导 and 共同值班 rows, legend, fonts
embedded, same bytes for the same sheet, the draft mark, the split into half months, many posts
flowing onto more pages, and the RosterView converter."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from govhr_desktop.documents.fonts import font_covering, font_for
from govhr_desktop.documents.roster_sheet import (
    DUTY_TYPE_LABELS,
    MIN_NAME_SIZE,
    RosterSheet,
    SheetDay,
    SheetRow,
    _break_name,
    _Fonts,
    _plan,
    _width,
    render_roster_pdf,
    sheet_from_view,
)

RARE = "𠮷"  # CJK extension B, as in 𠮷喆
LONG_NAME = "阿卜杜热合曼·艾则孜"
NAMES = [f"{RARE}喆", "欧阳明月", LONG_NAME, "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊",
         "黄敏", "周杰", "吴婷", "徐强", "孙丽", "马超", "朱琳", "胡斌", "郭燕", "何平", "高峰", "林悦",
         "罗刚", "郑爽", "梁栋", "谢晶", "宋佳", "唐亮", "许诺", "韩雪"]
LEADERS = ["李建国", "王红梅", "张振华", "刘卫东"]
JOINT = "县市场监管局 王建军 副局长"
POSTS = [  # name, type, times, needed, runs on
    ("综合窗口午间值守", "lunch", "12:00–14:00", 2, "workday"),
    ("不动产登记午间值守", "lunch", "12:00–14:00", 1, "workday"),
    ("社保医保午间值守", "lunch", "12:00–14:00", 1, "workday"),
    ("税务午间值守", "lunch", "12:00–14:00", 1, "workday"),
    ("延时服务", "extended", "17:30–19:00", 2, "workday"),
    ("周六不打烊", "weekend", "09:00–12:00", 2, "saturday"),
    ("周日预约服务", "weekend", "09:00–12:00", 1, "sunday"),
    ("国庆假日值班", "holiday", "09:00–17:00", 2, "holiday"),
]


def october() -> list[SheetDay]:
    out = []
    for i in range(31):
        d = date(2026, 10, 1) + timedelta(days=i)
        if d.day <= 7:
            out.append(SheetDay(d, "holiday", "国庆节"))
        elif d.weekday() >= 5 and d.day != 10:  # Saturday 10 October: 调休上班
            out.append(SheetDay(d, "weekend", ""))
        else:
            out.append(SheetDay(d, "workday", ""))
    return out


def runs(kind: str, d: SheetDay) -> bool:
    if kind == "saturday":
        return d.kind == "weekend" and d.day.weekday() == 5
    if kind == "sunday":
        return d.kind == "weekend" and d.day.weekday() == 6
    return d.kind == kind


def make_sheet(status: str = "published", posts=POSTS, notes=None) -> RosterSheet:
    days = october()
    rows, k = [], 0
    for name, kind, times, needed, on in posts:
        running = [d.day for d in days if runs(on, d)]
        names = {}
        for d in running:
            names[d] = [NAMES[(k + s) % len(NAMES)] for s in range(needed)]
            k += needed
        if name == "延时服务":  # one seat left open
            names[running[3]] = names[running[3]][:1]
        rows.append(SheetRow(name, kind, times, needed, names, frozenset(running)))
    leaders = {d.day: LEADERS[i % len(LEADERS)] for i, d in enumerate(days)}
    joint = {date(2026, 10, 12): [JOINT], date(2026, 10, 20): [JOINT, "县人社局 赵丽 科长"]}
    people = []
    for n in NAMES:
        held = {}
        for r in rows:
            for d, v in r.names_by_day.items():
                if n in v:
                    held.setdefault(d, []).append(r.post_name)
        people.append((n, "县市场监管局", held, {date(2026, 10, 15): "day"} if n == "张伟" else {}))
    return RosterSheet(
        center_name="青山县政务服务中心", year=2026, month=10, status=status, revision=2, days=days, rows=rows,
        leaders=leaders, joint=joint, printed_on=date(2026, 9, 28),
        notes=notes if notes is not None else ["值班人员因故不能值班的，须提前一日报中心办公室调换。",
                                               "周末及法定节假日值班按规定安排调休。"],
        people=people, published_on=date(2026, 9, 25))


def text_of(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def sheet() -> RosterSheet:
    return make_sheet()


@pytest.fixture(scope="module")
def pdf(sheet) -> bytes:
    return render_roster_pdf(sheet)


def test_pages_are_a4_landscape_with_title_rows_names_and_legend(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = flat("".join(text_of(pdf)))
    assert "青山县政务服务中心2026年10月值班安排表" in text
    assert "已发布（第2版，2026年9月25日发布）" in text and "打印日期：2026年9月28日" in text
    assert "草稿" not in text
    for word in ("带班领导", "共同值班", "综合窗口午间值守", "国庆假日值班", "12:00", "李建国", "王建军",
                 "欧阳明月", "张伟", "国庆节", "图例", "午间值守", "延时服务", "周末值班", "节假日值班",
                 "当日不设此岗", "法定节假日", "调休上班日", "待定", "第1页共1页", "值班人员因故不能值班的"):
        assert word in text, word
    if font_covering(RARE, font_for("song").name):
        assert f"{RARE}喆" in text


def test_long_names_are_kept_whole():
    text = flat("".join(text_of(render_roster_pdf(make_sheet()))))
    assert LONG_NAME.replace("·", "") in text.replace("·", "")


def test_fonts_embedded_and_bytes_deterministic(sheet, pdf):
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            f = ref.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            fonts.append((str(f.get("/BaseFont")), desc is not None and "/FontFile2" in desc.get_object()))
    assert fonts and all(embedded for _n, embedded in fonts), fonts
    assert not any("Helvetica" in n or "Times" in n for n, _e in fonts)
    assert render_roster_pdf(sheet) == pdf
    assert render_roster_pdf(replace(sheet, printed_on=date(2026, 9, 29))) != pdf


def test_a_draft_is_marked_and_published_is_not():
    draft = render_roster_pdf(make_sheet("draft"))
    text = flat("".join(text_of(draft)))
    assert "草稿（未发布，仅供核对）" in text
    assert "第2版" not in text


def test_whole_month_in_one_table_names_at_least_min_size(sheet):
    plan = _plan(sheet, _Fonts())
    assert len(plan.chunks) == 1 and len(plan.chunks[0]) == 31
    assert MIN_NAME_SIZE <= plan.size <= 10


def test_columns_too_narrow_split_the_month_in_halves(monkeypatch):
    import govhr_desktop.documents.roster_sheet as rs

    # three-character names fit 31 day columns at 6.5 pt or more; a wide post column leaves
    # too little room for them, so the month is printed as 1–15 and 16–31
    monkeypatch.setattr(rs, "POST_COL", (120 * mm, rs.POST_COL[1]))
    sheet = make_sheet()
    plan = _plan(sheet, _Fonts())
    assert [len(c) for c in plan.chunks] == [15, 16]
    assert plan.size >= 9
    pages = text_of(render_roster_pdf(sheet))
    text = flat("".join(pages))
    assert "10月1日至15日" in text and "10月16日至31日" in text
    assert text.count("带班领导") == 2 and text.count("共同值班") == 2
    assert "欧阳明月" in text and "李建国" in text


def test_names_are_broken_evenly_and_never_wider_than_their_cell():
    f = _Fonts().body
    assert _break_name("欧阳明月", f, 7, 21) == ["欧阳", "明月"]
    assert _break_name("欧阳明月", f, 7, 30) == ["欧阳明月"]
    assert _break_name(LONG_NAME, f, 6.5, 40) == ["阿卜杜", "热合曼·", "艾则孜"]
    for room in (18, 21, 30, 45):
        for name in NAMES:
            lines = _break_name(name, f, 6.5, room)
            assert "".join(lines) == name and not any(x.startswith("·") for x in lines)
            assert all(len(x) == 1 or _width(x, f, 6.5) <= room + 0.01 for x in lines)


def test_no_text_below_the_least_size(pdf):
    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        sizes += [float(x) for x in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", content)]
    assert sizes and min(sizes) >= MIN_NAME_SIZE


def test_many_posts_flow_onto_more_pages_with_the_header_repeated():
    posts = [(f"第{i}值班岗位", "lunch" if i % 2 else "extended", "12:00–13:30", 3, "workday") for i in range(1, 25)]
    pdf = render_roster_pdf(make_sheet(posts=posts))
    pages = text_of(pdf)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        t = flat(page)
        assert "值班岗位" in t and "图例" in t and f"第{n}页共{len(pages)}页" in t
    assert "（续）" in flat(pages[1])
    assert "第24值班岗位" in flat("".join(pages))


def test_duty_type_labels_follow_the_vocabulary():
    from govhr_desktop.services.roster_views import DUTY_TYPE
    assert {c.code: c.zh for c in DUTY_TYPE.choices} == DUTY_TYPE_LABELS


def test_sheet_from_view_reads_a_roster_view():
    from govhr_desktop.domain.roster_rules import RosterDay
    from govhr_desktop.services.roster_views import CellView, MonthPost, PersonRow, RosterView

    d1, d2, d3 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 7)
    posts = (MonthPost(1, "午间值守", "lunch", 2, time(12), time(14), (d1, d2)),
             MonthPost(2, "周六不打烊", "weekend", 1, time(9), time(12), (d3,)))
    cells = (CellView(1, d1, 1, 11, "王芳", "人社局", False), CellView(1, d1, 0, 10, "张伟", "税务局", True),
             CellView(2, d3, 0, 10, "张伟", "税务局", False), CellView(1, d2, 0, 12, "李娜", "医保局", False))
    view = RosterView(
        year=2026, month=11, roster_id=1, status="published", revision=3, generated_at=None, generated_by="",
        published_at=datetime(2026, 10, 28, 9, 30), published_by="admin",
        days=tuple(RosterDay(date(2026, 11, i), "weekend" if date(2026, 11, i).weekday() >= 5 else "workday")
                   for i in range(1, 31)),
        posts=posts, cells=cells,
        people=(PersonRow(10, "张伟", "税务局", "A01"), PersonRow(11, "王芳", "人社局", "", {d2: "am"}),
                PersonRow(13, "赵磊", "公安局", "")),
        unfilled=(), violations=(), leaders={d1: "李建国"}, joint={d1: ("县税务局 孙强 副局长",)})
    s = sheet_from_view(view, "青山县政务服务中心", date(2026, 10, 30), notes=["注意"])
    assert s.title == "青山县政务服务中心2026年11月值班安排表"
    assert s.status_line == "已发布（第3版，2026年10月28日发布）"
    assert len(s.days) == 30 and s.days[0].kind == "weekend"
    assert [r.post_name for r in s.rows] == ["午间值守", "周六不打烊"]
    assert s.rows[0].names_by_day == {d1: ["张伟", "王芳"], d2: ["李娜"]}
    assert s.rows[0].times == "12:00–14:00" and s.rows[0].runs_on_days == {d1, d2}
    assert s.missing(s.rows[0], d2) == 1 and s.missing(s.rows[0], d3) == 0
    assert s.leaders == {d1: "李建国"} and s.joint == {d1: ["县税务局 孙强 副局长"]}
    by_name = {p.name: p for p in s.people}
    assert list(by_name) == ["张伟", "王芳", "赵磊", "李娜"]  # people of the view, then others on duty
    assert by_name["张伟"].duties == {d1: ["午间值守"], d3: ["周六不打烊"]}
    assert by_name["王芳"].leave == {d2: "am"} and by_name["赵磊"].duties == {}
    assert by_name["李娜"].unit == "医保局"
    text = flat("".join(text_of(render_roster_pdf(s))))
    assert "张伟" in text and "李建国" in text and "孙强" in text
