"""A person's evaluation sheet (考核评分表) for a month or a quarter, from published results.

Two outputs of the same content:

* ``render_sheet(data) -> bytes``: a standalone A4 page (the font steps down from 五号 when the
  content would not fit one page; a very long sheet still flows on, with the table header
  repeated and "第 n 页 共 m 页").
* ``sheet_blocks(data) -> tuple[Block, ...]``: the sheet as ``documents.model`` blocks
  (``TableBlock`` / ``Para``), for an ``Attachment`` of the feedback letter laid out by the
  GB/T 9704 engine; ``sheet_title(data)`` is the attachment's title.

Content: the header (姓名, 派驻单位, 窗口, 岗位 A/B, 考核期间); the scoring table — for a month
考核项目 / 分值 / 扣分 / 加分 / 得分 with every category of the template the form was scored with,
under each the items that occurred (occurrences and points), the bonus (with its cap), the veto
items, the manual adjustments with their reasons and the total; for a quarter the three months
(扣分, 加分, 否决, 调整, 得分, 等次, 名次) and the items of the quarter month by month; then the
ratings (评价数, 好评率, 差评数, 本人责任, 申诉撤销), attendance and leave, training hours against
the yearly target, honours; the result (得分 or 平均分, 等次, 名次); the signature lines
(被考核人签字, 考核人, 日期).

The data comes from ``services.evaluation_reports.EvaluationReportService.sheet`` / ``sheets``;
nothing here reads the database. No ID or phone numbers are part of the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govhr_desktop.documents.model import Block, Para, TableBlock
from govhr_desktop.documents.reports import Column, Report, fmt_points, fmt_rate

SIGNATURES = ("被考核人签字", "考核人", "日期")
#: font sizes tried, largest first, until the standalone sheet fits one page
FIT_SIZES = (10.5, 9.5, 9.0, 8.5, 8.0)


# --- data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemLine:
    """An item that occurred: "迟到或早退（10分钟以内）" × 2 次 at −1 → 2 points."""

    label: str
    quantity: float
    unit: str  # 次 / 半天 / 天 / 件
    points: float  # per occurrence as in the template: negative deduction, positive bonus
    amount: float  # |points| × quantity (before the category cap)
    month: str = ""  # quarter sheets: '7月'


@dataclass(frozen=True)
class CategoryScore:
    label: str  # 劳动纪律/考勤
    weight: float  # 分值: the most the category can deduct
    raw: float  # Σ item amounts
    deducted: float  # min(weight, raw)
    items: tuple[ItemLine, ...] = ()


@dataclass(frozen=True)
class VetoLine:
    label: str
    quantity: float
    points: float  # deducted after the caps (all occurrences)
    note: str = ""  # 当年不得评优 / 等次定为较差
    month: str = ""


@dataclass(frozen=True)
class AdjustmentLine:
    label: str  # the category's name (or 首席代表分担)
    points: float  # signed
    reason: str
    month: str = ""


@dataclass(frozen=True)
class MonthLine:
    """One month of a quarter sheet."""

    label: str  # '7月'
    deductions: float | None  # capped category deductions (None: no published form)
    bonus: float | None
    veto: float | None
    adjustments: float | None
    total: float | None
    grade: str
    rank: int | None


@dataclass(frozen=True)
class RatingFigures:
    total: int  # counted ratings (not excluded)
    good: int  # at the template's good level or above
    bad: int  # counted ratings below the good level (差评)
    bad_own: int  # verified 差评 at the person's fault (deducted)
    excluded: int  # overturned on appeal / judged malicious: not counted

    @property
    def good_rate(self) -> float | None:
        return self.good / self.total if self.total else None


@dataclass(frozen=True)
class LeaveFigure:
    label: str  # 事假
    days: float  # working days inside the period


@dataclass(frozen=True)
class SheetData:
    center_name: str
    period: str  # '2026-10' / '2026-Q3'
    period_label: str  # '2026年10月' / '2026年第三季度'
    quarter: bool
    staff_id: int  # not printed
    name: str
    home_unit: str  # full name
    window: str  # 'A03 综合受理窗口' ('' none)
    post: str  # 'A' / 'B' / ''
    template_label: str  # '默认考核模板 v1'
    base: float
    categories: tuple[CategoryScore, ...]  # months only
    bonus_cap: float
    bonus_raw: float
    bonus: float  # capped (quarter: Σ of the months)
    bonus_items: tuple[ItemLine, ...]
    vetoes: tuple[VetoLine, ...]
    adjustments: tuple[AdjustmentLine, ...]
    months: tuple[MonthLine, ...]  # quarters only
    ratings: RatingFigures
    attendance: tuple[ItemLine, ...]  # the discipline items that occurred (考勤)
    leave: tuple[LeaveFigure, ...]
    training_year: int
    training_until: date  # hours counted from 1 January to this day
    training_hours: float
    training_target: float
    total: float  # month: the form's total; quarter: the average of the published months
    grade: str
    grade_note: str  # e.g. 一票否决，等次定为较差 ('' none)
    rank: int | None
    ranked: int  # people ranked in the period
    honours: tuple[str, ...]  # '2026年8月“服务之星”', '所在窗口A03获2026年8月“流动红旗窗口”'
    printed_on: date
    deducted_total: float = 0.0  # month: capped deductions + veto + negative adjustments
    added_total: float = 0.0  # month: capped bonus + positive adjustments


def format_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def sheet_title(data: SheetData) -> str:
    """'张三2026年10月考核评分表' (the attachment's title in a letter)."""
    return f"{data.name}{data.period_label}考核评分表"


def _qty(q: float) -> str:
    return f"{q:g}"


def _month_order(word: str) -> int:
    digits = "".join(ch for ch in word if ch.isdigit())
    return int(digits) if digits else 0


def _item_text(i: ItemLine) -> str:
    sign = "+" if i.points > 0 else "−"
    month = f"{i.month} " if i.month else ""
    return f"· {month}{i.label}：{_qty(i.quantity)}{i.unit}（{sign}{_qty(abs(i.points))}分/{i.unit}）"


# --- the logical content, shared by the PDF and the blocks --------------------------------------


@dataclass(frozen=True)
class _Section:
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    strong: frozenset[int] = frozenset()  # category and total lines (黑体, shaded)
    indented: frozenset[int] = frozenset()  # item lines under a category line


def _month_score_section(d: SheetData) -> _Section:
    cols = (Column("考核项目", 104, "left"), Column("分值", 13), Column("扣分", 13), Column("加分", 13),
            Column("得分", 13))
    rows: list[tuple[str, ...]] = []
    strong: set[int] = set()

    def add(cells, is_strong=False):
        (strong if is_strong else indented).add(len(rows))
        rows.append(tuple(cells))

    indented: set[int] = set()

    for c in d.categories:
        label = c.label
        if c.raw > c.deducted:
            label += f"（应扣{fmt_points(c.raw)}分，以分值为限）"
        add((label, fmt_points(c.weight), fmt_points(c.deducted) if c.deducted else "0", "",
             fmt_points(c.weight - c.deducted)), True)
        for i in c.items:
            add((_item_text(i), "", fmt_points(i.amount), "", ""))
    b_label = f"加分（上限{fmt_points(d.bonus_cap)}分）"
    if d.bonus_raw > d.bonus:
        b_label = f"加分（上限{fmt_points(d.bonus_cap)}分，应加{fmt_points(d.bonus_raw)}分）"
    add((b_label, fmt_points(d.bonus_cap), "", fmt_points(d.bonus) if d.bonus else "0", ""), True)
    for i in d.bonus_items:
        add((_item_text(i), "", "", fmt_points(i.amount), ""))
    veto_points = sum(v.points for v in d.vetoes)
    add(("一票否决" + ("" if d.vetoes else "：无"), "", fmt_points(veto_points) if veto_points else "", "", ""),
        True)
    for v in d.vetoes:
        note = f"；{v.note}" if v.note else ""
        add((f"· {v.label}：{_qty(v.quantity)}次（扣{fmt_points(v.points)}分{note}）", "",
             fmt_points(v.points) if v.points else "", "", ""))
    if d.adjustments:
        add(("人工调整（经审核，附理由）", "", "", "", ""), True)
        for a in d.adjustments:
            add((f"· {a.label}：{a.reason}", "", fmt_points(-a.points) if a.points < 0 else "",
                 fmt_points(a.points) if a.points > 0 else "", ""))
    add(("合计", fmt_points(d.base), fmt_points(d.deducted_total), fmt_points(d.added_total),
         fmt_points(d.total)), True)
    return _Section("考核评分", cols, tuple(rows), frozenset(strong), frozenset(indented))


def _quarter_sections(d: SheetData) -> list[_Section]:
    cols = (Column("月份", 16), Column("扣分", 16), Column("加分", 16), Column("一票否决", 18), Column("调整", 16),
            Column("得分", 18), Column("等次", 16), Column("名次", 16))
    rows = []
    for m in d.months:
        if m.total is None:
            rows.append((m.label, "", "", "", "", "未参加考核", "", ""))
            continue
        rows.append((m.label, fmt_points(m.deductions), fmt_points(m.bonus), fmt_points(m.veto, blank_zero=True) or "—",
                     fmt_points(m.adjustments, signed=True, blank_zero=True) or "—", fmt_points(m.total), m.grade,
                     str(m.rank) if m.rank else "—"))
    rows.append(("季度平均", "", "", "", "", fmt_points(d.total), d.grade, str(d.rank) if d.rank else "—"))
    months = _Section("各月得分", cols, tuple(rows), frozenset({len(rows) - 1}))
    dcols = (Column("月份", 14), Column("考核项目", 104, "left"), Column("扣分", 16), Column("加分", 16))
    drows: list[tuple[str, ...]] = []
    for c in d.categories:
        for i in c.items:
            drows.append((i.month, f"{c.label}：{i.label} {_qty(i.quantity)}{i.unit}（−{_qty(abs(i.points))}分/{i.unit}）",
                          fmt_points(i.amount), ""))
    for i in d.bonus_items:
        drows.append((i.month, f"加分：{i.label} {_qty(i.quantity)}{i.unit}（+{_qty(i.points)}分/{i.unit}）", "",
                      fmt_points(i.amount)))
    for v in d.vetoes:
        note = f"；{v.note}" if v.note else ""
        drows.append((v.month, f"一票否决：{v.label} {_qty(v.quantity)}次{note}", fmt_points(v.points, blank_zero=True),
                      ""))
    for a in d.adjustments:
        drows.append((a.month, f"人工调整（{a.label}）：{a.reason}", fmt_points(-a.points) if a.points < 0 else "",
                      fmt_points(a.points) if a.points > 0 else ""))
    drows.sort(key=lambda r: _month_order(r[0]))  # (stable: categories, bonus, veto, adjustments per month)
    if not drows:
        drows.append(("", "本季度无扣分、加分记录", "", ""))
    detail = _Section("扣分、加分明细（各项扣分以分值为限，加分以上限为限）", dcols, tuple(drows))
    return [months, detail]


def ratings_text(r: RatingFigures) -> str:
    if not r.total and not r.excluded:
        return "本期无群众评价"
    return (f"评价数 {r.total} 次，好评率 {fmt_rate(r.good_rate)}；差评数 {r.bad} 次，其中经核实属本人责任 "
            f"{r.bad_own} 次；申诉撤销（不计入） {r.excluded} 次")


def attendance_text(d: SheetData) -> str:
    if d.attendance:
        parts = "；".join(f"{i.label} {_qty(i.quantity)}{i.unit}" + (f"（{i.month}）" if i.month else "")
                         for i in d.attendance)
    else:
        parts = "无考勤违纪记录"
    if d.leave:
        total = sum(x.days for x in d.leave)
        leave = "、".join(f"{x.label} {_qty(x.days)} 天" for x in d.leave) + f"，共 {_qty(total)} 个工作日"
    else:
        leave = "无请假"
    return f"考勤：{parts}。请假：{leave}。"


def training_text(d: SheetData) -> str:
    share = f"，完成 {fmt_rate(d.training_hours / d.training_target)}" if d.training_target > 0 else ""
    return (f"{d.training_year}年1月1日至{d.training_until.month}月{d.training_until.day}日累计 "
            f"{_qty(round(d.training_hours, 1))} 学时，年度目标 {_qty(d.training_target)} 学时{share}")


def rank_text(d: SheetData) -> str:
    return f"第 {d.rank} 名（共 {d.ranked} 人）" if d.rank else "—"


def _other_section(d: SheetData) -> _Section:
    rows = (("群众评价", ratings_text(d.ratings)), ("考勤与请假", attendance_text(d)),
            ("学习培训", training_text(d)), ("荣誉", "；".join(d.honours) if d.honours else "无"))
    return _Section("其他情况", (Column("项目", 26), Column("情况", 144, "left")), rows)


def _result_pairs(d: SheetData) -> list[tuple[str, str]]:
    grade = d.grade + (f"（{d.grade_note}）" if d.grade_note else "")
    return [("平均分" if d.quarter else "得分", fmt_points(d.total)), ("等次", grade), ("名次", rank_text(d))]


def _header_pairs(d: SheetData) -> list[tuple[str, str]]:
    return [("姓名", d.name), ("派驻单位", d.home_unit), ("窗口", d.window or "—"),
            ("岗位", f"{d.post}岗" if d.post else "—"), ("考核期间", d.period_label), ("评分模板", d.template_label)]


def _sections(d: SheetData) -> list[_Section]:
    return _quarter_sections(d) if d.quarter else [_month_score_section(d)]


def _title(d: SheetData) -> str:
    return f"窗口工作人员{'季度' if d.quarter else '月度'}考核评分表"


# --- the standalone PDF -----------------------------------------------------------------------


def _build(d: SheetData, size: float) -> Report:
    r = Report(title=_title(d),
               subtitle=(d.center_name, f"考核期间：{d.period_label}", f"打印日期：{format_date(d.printed_on)}"),
               author=d.center_name, subject=sheet_title(d), keywords=("考核评分表", d.period), font_size=size,
               running_head=sheet_title(d))
    r.fields(_header_pairs(d), label_mm=18, weights=(0.7, 1.8, 1.3))
    for n, sec in enumerate(_sections(d), start=1):
        r.heading(f"{'一二三四五'[n - 1]}、{sec.caption}")
        r.table(sec.columns, sec.rows, strong_rows=sec.strong, shaded_rows=sec.strong, indented_rows=sec.indented)
    n = len(_sections(d))
    other = _other_section(d)
    r.heading(f"{'一二三四五'[n]}、{other.caption}")
    r.table(other.columns, other.rows, repeat_header=False)
    since = r.mark()
    r.heading(f"{'一二三四五'[n + 1]}、考核结果")
    r.fields(_result_pairs(d), label_mm=18, weights=(1.0, 1.0, 1.5))
    r.signatures(SIGNATURES)
    r.keep_together(since)  # the result never stands apart from the signatures
    return r


def render_sheet(data: SheetData) -> bytes:
    """The sheet as PDF bytes: one page when it fits at one of ``FIT_SIZES`` (deterministic)."""
    pdf = b""
    for size in FIT_SIZES:
        r = _build(data, size)
        pdf = r.build()
        if r.pages <= 1:
            break
    return pdf


# --- blocks for a letter's attachment ----------------------------------------------------------


def sheet_blocks(data: SheetData, *, signatures: bool = True, font_size: float = 10.5) -> tuple[Block, ...]:
    """The same content as ``documents.model`` blocks (header table, scoring table(s), other
    figures, result, signature line) for ``Attachment(sheet_title(data), sheet_blocks(data))``."""
    header = _header_pairs(data)
    blocks: list[Block] = [
        TableBlock(tuple(k for k, _ in header[:5]), (tuple(v or "—" for _, v in header[:5]),),
                   (13, 38, 31, 10, 19), "", font_size),
    ]
    for sec in _sections(data):
        blocks.append(TableBlock(tuple(c.title for c in sec.columns), sec.rows, tuple(c.width for c in sec.columns),
                                 sec.caption, font_size,
                                 tuple("left" if c.align == "left" else "center" for c in sec.columns)))
    other = _other_section(data)
    blocks.append(TableBlock(tuple(c.title for c in other.columns), other.rows,
                             tuple(c.width for c in other.columns), other.caption, font_size,
                             tuple("left" if c.align == "left" else "center" for c in other.columns)))
    result = _result_pairs(data)
    blocks.append(TableBlock(tuple(k for k, _ in result), (tuple(v for _, v in result),), (20, 30, 30),
                             "考核结果", font_size))
    blocks.append(Para(f"评分模板：{data.template_label}。"))
    if signatures:  # (the engine's body lines hold 28 characters, indent included)
        blocks.append(Para(f"{SIGNATURES[0]}：＿＿＿＿＿＿　　{SIGNATURES[1]}：＿＿＿＿＿＿"))
        blocks.append(Para(f"{SIGNATURES[2]}：＿＿＿＿年＿＿月＿＿日"))
    return tuple(blocks)
