"""The ranking table (考核排名表) of a month or a quarter, from published results.

``render_ranking(data) -> bytes``: A4 (portrait; landscape only when the columns do not fit),
title "窗口工作人员月度考核排名表" / "…季度考核排名表", the subtitle line (center, period, printed
date), then one table sorted by rank: 名次 姓名 派驻单位 窗口 得分 等次 — for a quarter the three
monthly scores and the average (平均分) instead of 得分 — with the header repeated on every page,
and a closing line counting the people per grade. "第 n 页 共 m 页" at the foot of each page.

The data comes from ``services.evaluation_reports.EvaluationReportService.ranking``; nothing here
reads the database. No ID or phone numbers are part of the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govhr_desktop.documents.reports import Column, Report, fmt_points, needs_landscape


@dataclass(frozen=True)
class RankingRow:
    rank: int  # competition ranking: 1, 2, 2, 4
    staff_id: int  # not printed
    name: str
    home_unit: str  # short name
    window: str  # window number during the period ('' none)
    total: float  # month: the form's total; quarter: the average of the published months
    grade: str  # month: the form's grade; quarter: the band of the average
    monthly: tuple[float | None, ...] = ()  # quarter: each month's total (None: no form that month)


@dataclass(frozen=True)
class RankingData:
    center_name: str
    period: str  # '2026-10' or '2026-Q3'
    period_label: str  # '2026年10月' / '2026年第三季度'
    quarter: bool
    month_labels: tuple[str, ...]  # quarter: ('7月', '8月', '9月'); month: ()
    rows: tuple[RankingRow, ...]
    grades: tuple[str, ...]  # the grade bands, best first (the summary line's order)
    printed_on: date

    @property
    def grade_counts(self) -> tuple[tuple[str, int], ...]:
        counts = {g: 0 for g in self.grades}
        for r in self.rows:
            counts[r.grade] = counts.get(r.grade, 0) + 1
        return tuple(counts.items())

    @property
    def title(self) -> str:
        return f"窗口工作人员{'季度' if self.quarter else '月度'}考核排名表"


def format_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def summary_line(data: RankingData) -> str:
    parts = "，".join(f"{g} {n} 人" for g, n in data.grade_counts)
    return f"共 {len(data.rows)} 人：{parts}。" if data.rows else "本期无考核结果。"


def columns_of(data: RankingData) -> list[Column]:
    cols = [Column("名次", 11), Column("姓名", 19), Column("派驻单位", 44 if data.quarter else 62, "left"),
            Column("窗口", 13)]
    if data.quarter:
        cols += [Column(m, 15) for m in data.month_labels]
        cols += [Column("平均分", 17)]
    else:
        cols += [Column("得分", 22)]
    cols.append(Column("等次", 13 if data.quarter else 22))
    return cols


def render_ranking(data: RankingData) -> bytes:
    """The ranking table as PDF bytes (deterministic for the same data)."""
    cols = columns_of(data)
    landscape = needs_landscape(cols)
    r = Report(
        title=data.title,
        subtitle=(data.center_name, f"考核期间：{data.period_label}", f"打印日期：{format_date(data.printed_on)}"),
        landscape=landscape, author=data.center_name, subject=f"{data.period_label}{data.title}",
        keywords=("考核排名表", data.period), running_head=f"{data.period_label}{data.title}")
    rows = []
    for row in sorted(data.rows, key=lambda x: x.rank):  # (stable: ties keep the order given, by name)
        cells = [str(row.rank), row.name, row.home_unit, row.window or "—"]
        if data.quarter:
            cells += [fmt_points(m) for m in row.monthly]
            cells += [""] * (len(data.month_labels) - len(row.monthly))
        cells += [fmt_points(row.total), row.grade]
        rows.append(cells)
    r.table(cols, rows)
    r.spacer(3)
    r.para(summary_line(data))
    if data.quarter:
        r.para("注：平均分为本季度已发布各月得分的平均值，未参加考核的月份不计入；等次按平均分所在档次确定。",
               size=r.font_size - 1)
    return r.build()
