"""The feedback letter (函) to one home unit on its staff's evaluation in a period (DOMAIN.md §8).

``build_letter(data, issued_on, number)`` returns the ``OfficialDocument`` in the letter format
(信函格式): organ "<center>", title "关于反馈2026年第三季度派驻人员考核情况的函", 主送 the unit's full
name, closing "特此函告。", signed by the center. Body:

一、总体情况 (headcount, average, grade distribution, best rank); 二、人员考核明细 (a table: 序号 姓名
窗口 得分 排名 等次 扣分 加分 好评率 出勤/请假 培训学时, and a note on the figures); 三、扣分与加分事项
(attendance and discipline, then each person's items month by month); 四、好差评情况; 五、培训情况;
六、表彰情况 (only when the unit has honours); 七、有关建议 (the numbering closes up without 六).

``with_sheets``: one attachment per person, "<name>考核评分表", from ``sheet_blocks(person)``
(a callable the caller supplies, e.g. the evaluation sheet of documents/evaluation_sheet.py;
without one, ``default_sheet_blocks`` builds a plain sheet from the letter's own data).

The input is duck-typed on ``services.document_content.LetterData`` / ``PersonResult``. No ID
or phone number is ever part of it; free text (adjustment reasons) arrives masked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from govhr_desktop.documents.commendation import mask_personal_numbers
from govhr_desktop.documents.model import (
    FORMAT_LETTER,
    Attachment,
    Block,
    Heading,
    OfficialDocument,
    Para,
    TableBlock,
)

CLOSING = "特此函告。"
NUMERALS = "一二三四五六七八九十"
TABLE_HEADER = ("序号", "姓名", "窗口", "得分", "排名", "等次", "扣分", "加分", "好评率", "出勤/请假", "培训学时")
TABLE_WIDTHS = (4, 8, 6, 7, 5.5, 5, 5.5, 5.5, 7, 8, 8)
TABLE_FONT_SIZE = 9.0
#: Grades that call for closer management by the home unit (the lower two bands).
LOW_GRADES = ("一般", "较差")
NAMES_LISTED = 10  # more people than this: "张三、李四等12名"

SheetBlocks = Callable[[object], Sequence[Block]]


# --- formatting -------------------------------------------------------------------------------


def num(x: float | None, digits: int = 2) -> str:
    """99.333 -> '99.33', 100.0 -> '100', 95.5 -> '95.5', None -> '—'."""
    if x is None:
        return "—"
    s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def rate(r: float | None) -> str:
    return "—" if r is None else f"{r * 100:.1f}%"


def _month_zh(month: str, with_year: bool = False) -> str:
    y, m = month.split("-")
    return f"{int(y)}年{int(m)}月" if with_year else f"{int(m)}月"


def _names(names: Sequence[str]) -> str:
    if len(names) <= NAMES_LISTED:
        return "、".join(names)
    return "、".join(names[:NAMES_LISTED]) + f"等{len(names)}名"


def item_text(it) -> str:
    """One deduction/bonus line in words: "迟到或早退（10分钟以内）2次，扣2分"."""
    pts = abs(it.points)
    if it.kind == "cap":
        return f"{it.name}（{'少扣' if it.points > 0 else '少加'}{num(pts)}分）"
    if it.kind == "veto":
        return f"{it.name}，扣{num(pts)}分" if pts else it.name
    sign = "扣" if it.points < 0 else "加"
    if it.kind == "adjustment":
        extra = f"，{mask_personal_numbers(it.note)}" if it.note else ""
        count = f"（{num(it.quantity)}{it.unit}）" if it.unit == "个窗口" else ""
        return f"{it.name}{count}{extra}，{sign}{num(pts)}分"
    return f"{it.name}{num(it.quantity)}{it.unit}，{sign}{num(pts)}分"


def person_items_text(p, quarter: bool) -> str:
    """A person's items month by month: "7月：…；…。8月：…。" (no month prefix for one month)."""
    months: dict[str, list[str]] = {}
    for it in p.items:
        months.setdefault(it.month, []).append(item_text(it))
    parts = []
    for month, texts in months.items():
        prefix = f"{_month_zh(month)}，" if quarter else ""
        parts.append(prefix + "；".join(texts) + "。")
    return "".join(parts)


def _window(p) -> str:
    return p.window_number or "—"


def table_rows(data) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(i), p.name, _window(p), num(p.total), str(p.rank), p.grade, num(p.deducted), num(p.bonus),
         rate(p.ratings.good_rate), f"{num(p.attendance.present_days, 1)}/{num(p.attendance.leave_days, 1)}",
         f"{num(p.training_hours, 1)}/{num(p.training_target, 1)}")
        for i, p in enumerate(data.people, 1))


# --- the body ---------------------------------------------------------------------------------


def _overview(data) -> list[Block]:
    label, people = data.period.label, data.people
    quarter = data.period.kind == "quarter"
    counts = "、".join(f"“{g}”{n}名" for g, n in data.grade_counts() if n) or "无"
    best = min(people, key=lambda p: p.rank)
    text = (f"贵单位派驻我中心窗口工作人员参加{label}考核的共{len(people)}名，"
            f"{'季度' if quarter else '月度'}平均得分{num(data.average)}分（全中心{data.center_people}名派驻人员"
            f"平均得分{num(data.center_average)}分）。其中，考核等次为{counts}；"
            f"在全中心排名最前的是{best.name}（第{best.rank}名）。")
    return [Para(text)]


def _detail(data) -> list[Block]:
    quarter = data.period.kind == "quarter"
    caption = f"{data.home_unit_short or data.home_unit_name}派驻人员{data.period.label}考核结果"
    until = data.training_until
    note = (f"注：排名为在全中心{data.center_people}名派驻人员中的名次，得分相同者名次并列；"
            + ("得分为季度内各月得分的平均分，扣分、加分为季度内各月合计；" if quarter else "")
            + "出勤/请假为天数；培训学时为本年度"
            + (f"截至{until.month}月{until.day}日" if until else "")
            + "累计学时/年度目标学时。")
    return [TableBlock(TABLE_HEADER, table_rows(data), TABLE_WIDTHS, caption, TABLE_FONT_SIZE), Para(note)]


def _items(data) -> list[Block]:
    quarter = data.period.kind == "quarter"
    people = data.people
    due = sum(p.attendance.due_days for p in people)
    present = sum(p.attendance.present_days for p in people)
    leave = sum(p.attendance.leave_days for p in people)
    absent = sum(p.attendance.absent_days for p in people)
    counts = (("迟到早退", sum(p.attendance.late_early for p in people)),
              ("漏打卡", sum(p.attendance.missed_clock for p in people)),
              ("无故离岗", sum(p.attendance.off_post for p in people)),
              ("中心会议或培训迟到、缺席", sum(p.attendance.meeting_absent for p in people)))
    events = "，".join(f"{name}{n}人次" for name, n in counts if n)
    text = (f"考勤纪律方面，贵单位派驻人员{data.period.label}应出勤合计{num(due, 1)}天，实际出勤{num(present, 1)}天，"
            f"请假{num(leave, 1)}天" + (f"，旷工{num(absent, 1)}天" if absent else "") + "；"
            + (f"{events}。" if events else "未发生迟到早退、漏打卡、无故离岗等违反劳动纪律的情况。"))
    blocks: list[Block] = [Para(text)]
    with_items = [p for p in people if p.items]
    for p in with_items:
        blocks.append(Para(f"{p.name}：{person_items_text(p, quarter)}"))
    if not with_items:
        blocks.append(Para(f"{data.period.label}，贵单位派驻人员无扣分、加分事项。"))
    elif len(with_items) < len(people):
        blocks.append(Para(f"其余{len(people) - len(with_items)}名人员无扣分、加分事项。"))
    return blocks


def _ratings(data) -> list[Block]:
    people = data.people
    counted = sum(p.ratings.counted for p in people)
    good = sum(p.ratings.good for p in people)
    bad = sum(p.ratings.bad for p in people)
    deducted = sum(p.ratings.bad_deducted for p in people)
    excluded = sum(p.ratings.bad_excluded for p in people)
    label = data.period.label
    if not counted and not bad:
        return [Para(f"{label}，贵单位派驻人员未收到群众评价（好差评）。")]
    text = (f"{label}，贵单位派驻人员共收到群众评价{counted}条，其中好评{good}条，好评率{rate(good / counted if counted else None)}"
            f"（全中心为{rate(data.center_good_rate)}）；收到差评{bad}件")
    if bad:
        text += f"，其中经核实属本人责任并扣分{deducted}件，经申诉或核实予以剔除{excluded}件"
    blocks: list[Block] = [Para(text + "。")]
    with_bad = [p for p in people if p.ratings.bad]
    if with_bad:
        blocks.append(Para("收到差评的人员：" + "、".join(
            f"{p.name}{p.ratings.bad}件" + (f"（扣分{p.ratings.bad_deducted}件）" if p.ratings.bad_deducted else "")
            for p in with_bad) + "。"))
    return blocks


def _training(data) -> list[Block]:
    people = data.people
    until = data.training_until
    total = sum(p.training_hours for p in people)
    targets = sorted({p.training_target for p in people})
    reached = [p for p in people if p.training_hours >= p.training_target]
    when = f"截至{until.year}年{until.month}月{until.day}日，" if until else ""
    target = f"年度目标为每人{num(targets[0])}学时" if len(targets) == 1 else "年度目标按人员类别确定"
    text = (f"{when}贵单位派驻人员本年度累计参加培训{num(total, 1)}学时，人均{num(total / len(people), 1)}学时"
            f"（{target}），已完成年度目标的{len(reached)}名。")
    blocks: list[Block] = [Para(text)]
    if until is not None:
        behind = [p for p in people if p.training_hours < p.training_target * until.month / 12]
        if behind:
            blocks.append(Para(f"按时间进度（截至{until.month}月应完成年度目标的{num(until.month / 12 * 100, 0)}%），"
                               f"未达到进度的有{_names([p.name for p in behind])}。"))
    return blocks


def _honours(data) -> list[Block]:
    lines = [f"{p.name}获评{'、'.join(p.honours)}" for p in data.people if p.honours]
    flags: dict[str, list[str]] = {}
    for f in data.red_flags:
        flags.setdefault(f"{f.number}{f.name}", []).append(_month_zh(f.month, True))
    lines += [f"{w}获评{'、'.join(months)}“流动红旗窗口”" for w, months in flags.items()]
    if not lines:
        return []
    return [Para(f"{data.period.label}，贵单位派驻人员和窗口中，" + "；".join(lines) + "。希望贵单位予以表扬鼓励。")]


def _advice(data) -> list[Block]:
    people = data.people
    out: list[str] = []
    low = [p for p in people if p.grade in LOW_GRADES]
    if low:
        out.append(f"对考核等次为“一般”“较差”的{_names([p.name for p in low])}，请加强教育管理，"
                   "督促其查找不足、限期整改，必要时与中心共同研究调整事宜。")
    if any(p.ratings.bad_deducted for p in people):
        out.append("对收到经核实属本人责任差评的人员，请督促其加强服务规范和业务学习，切实改进服务态度和工作作风。")
    if any(p.attendance.late_early or p.attendance.missed_clock or p.attendance.off_post or p.attendance.absent_days
           for p in people):
        out.append("请加强派驻人员劳动纪律教育，督促其严格遵守中心考勤和请销假制度。")
    until = data.training_until
    if until is not None and any(p.training_hours < p.training_target * until.month / 12 for p in people):
        out.append("请支持和督促派驻人员按计划参加培训，合理安排工作，确保完成年度培训学时目标。")
    out.append("请贵单位将考核结果作为派驻人员年度考核、评先评优和选拔使用的重要依据，"
               "继续支持中心工作，共同加强派驻人员的教育管理。")
    return [Para(t) for t in out]


def letter_title(data) -> str:
    return f"关于反馈{data.period.label}派驻人员考核情况的函"


def letter_body(data) -> tuple[Block, ...]:
    sections = (("总体情况", _overview), ("人员考核明细", _detail), ("扣分与加分事项", _items),
                ("好差评情况", _ratings), ("培训情况", _training), ("表彰情况", _honours), ("有关建议", _advice))
    blocks: list[Block] = [Para(
        f"根据中心窗口工作人员考核管理有关规定，我中心对贵单位派驻窗口工作人员{data.period.label}的工作情况"
        "进行了考核，考核结果已经中心审定并公布。现将有关情况函告如下：")]
    n = 0
    for title, part in sections:
        content = part(data)
        if not content:
            continue
        blocks.append(Heading(1, f"{NUMERALS[n]}、{title}"))
        blocks += content
        n += 1
    return tuple(blocks)


# --- attachments ------------------------------------------------------------------------------


def default_sheet_blocks(person, period=None) -> tuple[Block, ...]:
    """A plain evaluation sheet from the letter's own data (used when no sheet builder is given)."""
    where = f"{person.window_number}{person.window_name}" if person.window_number else "—"
    if person.window_number and person.post:
        where += f"（{person.post}岗）"
    blocks: list[Block] = [Para(f"姓名：{person.name}；窗口：{where}" + (f"；考核期间：{period.label}" if period else "")
                                + "。")]
    blocks.append(TableBlock(("月份", "得分"), tuple((_month_zh(m, True), num(t)) for m, t in person.monthly),
                             (1, 1), "月度得分", TABLE_FONT_SIZE))
    blocks.append(Para(f"考核得分{num(person.total)}分，全中心排名第{person.rank}名，等次“{person.grade}”；"
                       f"扣分{num(person.deducted)}分，加分{num(person.bonus)}分。"))
    if person.items:
        kinds = {"deduction": "扣分", "bonus": "加分", "veto": "一票否决", "adjustment": "中心调整", "cap": "封顶"}
        blocks.append(TableBlock(
            ("月份", "类别", "事项", "数量", "分值"),
            tuple((_month_zh(it.month), kinds.get(it.kind, it.kind),
                   it.name + (f"（{mask_personal_numbers(it.note)}）" if it.note else ""),
                   f"{num(it.quantity)}{it.unit}" if it.unit else "", f"{it.points:+g}") for it in person.items),
            (2, 2.5, 10, 2.5, 2), "扣分与加分事项", TABLE_FONT_SIZE))
    r, a = person.ratings, person.attendance
    blocks.append(Para(f"群众评价{r.counted}条，好评率{rate(r.good_rate)}；差评{r.bad}件，扣分{r.bad_deducted}件，"
                       f"剔除{r.bad_excluded}件。应出勤{num(a.due_days, 1)}天，实际出勤{num(a.present_days, 1)}天，"
                       f"请假{num(a.leave_days, 1)}天。本年度累计培训{num(person.training_hours, 1)}学时"
                       f"（年度目标{num(person.training_target)}学时）。"))
    if person.honours:
        blocks.append(Para("获得表彰：" + "、".join(person.honours) + "。"))
    return tuple(blocks)


# --- the document -----------------------------------------------------------------------------


def build_letter(data, issued_on: date, number: str, with_sheets: bool = False,
                 sheet_blocks: SheetBlocks | None = None) -> OfficialDocument:
    """The letter to ``data``'s home unit; with ``with_sheets``, one evaluation sheet per person
    as an attachment, from ``sheet_blocks(person)`` (default: ``default_sheet_blocks``)."""
    title = letter_title(data)
    attachments: tuple[Attachment, ...] = ()
    if with_sheets:
        make = sheet_blocks or (lambda p: default_sheet_blocks(p, data.period))
        attachments = tuple(Attachment(f"{p.name}考核评分表", tuple(make(p))) for p in data.people)
    return OfficialDocument(
        format=FORMAT_LETTER,
        organ=data.center_name,
        number=number,
        title=title,
        addressee=data.home_unit_name,
        body=letter_body(data),
        closing=CLOSING,
        signature=data.center_name,
        issued_on=issued_on,
        attachments=attachments,
        meta={"title": title, "subject": "函", "author": data.center_name,
              "keywords": f"{data.period.key} {data.home_unit_short}"},
    )
