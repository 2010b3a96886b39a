"""The training sign-in sheet (培训签到表) printed for one session of a course.

``render_sign_in_sheet(sheet, path)`` writes an A4 portrait PDF: the title
"<center> 培训签到表", the course and session lines (课程, 类别, 授课人, 日期, 时间, 地点, 学时), then a
table 序号/姓名/派驻单位/窗口/签到签名/签退签名/备注 with the enrolled people pre-filled and rows tall
enough to sign in (10 mm), a few empty numbered rows for walk-ins, the header row repeated on every
page, and "第 n 页 共 m 页" at the foot of each page. Later pages name the course and date at the
top, so loose pages can be put back together. ID numbers and phone numbers never appear.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from os import PathLike

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from govhr_desktop.documents.fonts import font_for, markup
from govhr_desktop.documents.reports import PageCountingCanvas

MARGIN = 20 * mm
ROW_HEIGHT = 10 * mm
#: Empty numbered rows after the enrolled people, for those who come without being enrolled.
WALK_IN_ROWS = 5
HEADERS = ("序号", "姓名", "派驻单位", "窗口", "签到签名", "签退签名", "备注")
#: Column widths (mm), 170 mm in all = A4 width less two 20 mm margins.
COLUMN_WIDTHS_MM = (12, 24, 46, 14, 28, 28, 18)


@dataclass(frozen=True)
class SignInPerson:
    name: str
    home_unit_name: str = ""
    window_number: str = ""


@dataclass(frozen=True)
class SignInSheet:
    center_name: str
    course_title: str
    category_name: str
    trainer: str
    held_on: date
    start_time: str  # HH:MM
    end_time: str  # HH:MM
    place: str
    hours: float
    people: list[SignInPerson] = field(default_factory=list)


def format_hours(hours: float) -> str:
    """3.0 -> '3', 2.5 -> '2.5'."""
    return f"{hours:g}"


def format_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_WEEKDAYS = "一二三四五六日"


class _Styles:
    def __init__(self) -> None:
        self.title_font = font_for("xiaobiaosong").name
        self.body_font = font_for("song").name
        self.label_font = font_for("hei").name
        self.info_font = font_for("fangsong").name
        self.title = ParagraphStyle(
            "title", fontName=self.title_font, fontSize=20, leading=28, alignment=TA_CENTER,
            wordWrap="CJK", spaceAfter=4 * mm)
        self.info = ParagraphStyle(
            "info", fontName=self.info_font, fontSize=12, leading=17, alignment=TA_LEFT, wordWrap="CJK")
        self.head = ParagraphStyle(
            "head", fontName=self.label_font, fontSize=11, leading=14, alignment=TA_CENTER, wordWrap="CJK")
        self.cell = ParagraphStyle(
            "cell", fontName=self.body_font, fontSize=11, leading=14, alignment=TA_CENTER, wordWrap="CJK")
        self.unit = ParagraphStyle(
            "unit", fontName=self.body_font, fontSize=9.5, leading=11.5, alignment=TA_LEFT, wordWrap="CJK")
        self.note = ParagraphStyle(
            "note", fontName=self.info_font, fontSize=12, leading=18, alignment=TA_LEFT, wordWrap="CJK")


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text, style.fontName), style)


def _labelled(label: str, value: str, s: _Styles) -> Paragraph:
    """'课程：value' with the label in 黑体."""
    return Paragraph(f'<font face="{s.label_font}">{label}：</font>{markup(value or "—", s.info_font)}', s.info)


def _info_table(sheet: SignInSheet, s: _Styles, width: float) -> Table:
    d = sheet.held_on
    when = f"{format_date(d)}（星期{_WEEKDAYS[d.weekday()]}）"
    rows = [
        [_labelled("课程", sheet.course_title, s), ""],
        [_labelled("类别", sheet.category_name, s), _labelled("授课人", sheet.trainer, s)],
        [_labelled("日期", when, s), _labelled("时间", f"{sheet.start_time}—{sheet.end_time}", s)],
        [_labelled("地点", sheet.place, s), _labelled("学时", format_hours(sheet.hours), s)],
    ]
    t = Table(rows, colWidths=[width * 0.6, width * 0.4])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("FONTNAME", (0, 0), (-1, -1), s.info_font),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def _people_table(sheet: SignInSheet, s: _Styles) -> Table:
    data: list[list] = [[_p(h, s.head) for h in HEADERS]]
    for i, person in enumerate(sheet.people, start=1):
        data.append([
            _p(str(i), s.cell), _p(person.name, s.cell), _p(person.home_unit_name, s.unit),
            _p(person.window_number, s.cell), "", "", "",
        ])
    for i in range(len(sheet.people) + 1, len(sheet.people) + WALK_IN_ROWS + 1):
        data.append([_p(str(i), s.cell), "", "", "", "", "", ""])
    widths = [w * mm for w in COLUMN_WIDTHS_MM]
    t = Table(data, colWidths=widths, rowHeights=[ROW_HEIGHT] * len(data), repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.body_font),  # (empty cells: else Helvetica, not embedded)
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


def _numbered_canvas(sheet: SignInSheet, s: _Styles):
    """A canvas class that knows the page count when the pages are written: 第 n 页 共 m 页."""
    title = sheet.course_title if len(sheet.course_title) <= 32 else sheet.course_title[:31] + "…"
    continued = f"{title}　{format_date(sheet.held_on)}　{sheet.start_time}—{sheet.end_time}（续）"

    class NumberedCanvas(PageCountingCanvas):
        def _decorate(self, total: int) -> None:
            width, _height = self._pagesize
            self.setFont(s.body_font, 10.5)
            self.drawCentredString(width / 2, 10 * mm, f"第 {self._pageNumber} 页  共 {total} 页")
            if self._pageNumber > 1:
                self.setFont(s.info_font, 9)
                self.drawString(MARGIN, A4[1] - MARGIN + 4 * mm, continued)

    return NumberedCanvas


def render_sign_in_sheet(sheet: SignInSheet, path: str | PathLike[str]) -> None:
    """Write the sign-in sheet of one session as an A4 portrait PDF at ``path``."""
    s = _Styles()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, initialFontName=s.body_font,  # (else an unembedded Helvetica)
        title=f"{sheet.center_name}培训签到表 {sheet.course_title}",
        author=sheet.center_name, subject="培训签到表")
    width = A4[0] - 2 * MARGIN
    story = [
        _p(f"{sheet.center_name} 培训签到表", s.title),
        _info_table(sheet, s, width),
        Spacer(1, 3 * mm),
        _people_table(sheet, s),
        Spacer(1, 5 * mm),
        _p(f"应到 {len(sheet.people)} 人，实到＿＿＿＿人。　　　记录人：＿＿＿＿＿＿　　　审核人：＿＿＿＿＿＿", s.note),
    ]
    doc.build(story, canvasmaker=_numbered_canvas(sheet, s))
