"""The commendation notice (通报) of a period's 服务之星 and 流动红旗窗口 (DOMAIN.md §8).

``default_notice_text(data)`` writes the body the clerk sees and may edit before issuing (plain
text: one paragraph per line, headings as lines starting "一、", "（一）", "1." or "（1）");
``build_notice(data, text, issued_on, number)`` parses the edited text back into blocks
(``parse_blocks``) and returns the ``OfficialDocument`` in the file format (文件格式): red organ
mark "<center>文件", 主送 各进驻单位, closing "特此通报。", the home units under 抄送.

The input is duck-typed on ``services.document_content.NoticeData`` (documents do not import
services). Any 18-digit ID number or mobile number typed into the text is masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from govhr_desktop.documents.model import FORMAT_FILE, Block, Heading, OfficialDocument, Para
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.identity import mask_id_number, mask_mobile

#: The longest body text accepted: a notice is a page or two (22 lines × 28 characters a page),
#: not a report.
NOTICE_TEXT_MAX = 5000
ADDRESSEE = "各进驻单位"
CLOSING = "特此通报。"

_CN_NUM = "一二三四五六七八九十"
_HEADINGS = (
    (1, re.compile(rf"^[{_CN_NUM}]{{1,3}}、")),
    (2, re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")),
    (3, re.compile(r"^[0-9０-９]{1,2}[.．](?![0-9０-９])")),
    (4, re.compile(r"^[（(][0-9０-９]{1,2}[）)]")),
)
_ID_LIKE = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE_LIKE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])")
_LEADING_SPACE = re.compile(r"^[\s\u3000]+")


def mask_personal_numbers(value: str) -> str:
    """Text with any 18-digit ID number or 11-digit mobile number masked."""
    value = _ID_LIKE.sub(lambda m: mask_id_number(m.group(0).upper()), value or "")
    return _MOBILE_LIKE.sub(lambda m: mask_mobile(m.group(1) + m.group(2) + m.group(3)), value)


def heading_level(line: str) -> int:
    """1–4 for a line starting with 一、 / （一） / 1. / （1）, 0 for a paragraph."""
    for level, pattern in _HEADINGS:
        if pattern.match(line):
            return level
    return 0


def parse_blocks(text: str) -> tuple[Block, ...]:
    """Edited text -> body blocks: each non-empty line is a paragraph or a heading (leading
    spaces, full-width ones included, are dropped: the engine indents)."""
    blocks: list[Block] = []
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = mask_personal_numbers(_LEADING_SPACE.sub("", raw).rstrip())
        if not line:
            continue
        level = heading_level(line)
        blocks.append(Heading(level, line) if level else Para(line))
    return tuple(blocks)


def blocks_text(blocks: Iterable[Block]) -> str:
    """Blocks back to the editable text (headings and paragraphs, one a line, blank lines between)."""
    return "\n\n".join(b.text for b in blocks if isinstance(b, (Heading, Para)))


def check_text(text: str, max_length: int = NOTICE_TEXT_MAX) -> str:
    """The text stripped; empty or over ``max_length`` characters is refused."""
    body = (text or "").strip()
    if not body:
        raise DomainError("documents.empty_text", "text")
    if len(body) > max_length:
        raise DomainError("documents.text_too_long", "text", length=len(body), max=max_length)
    return body


# --- the default text -------------------------------------------------------------------------


def _month_zh(month: str) -> str:
    y, m = month.split("-")
    return f"{int(y)}年{int(m)}月"


def _star(s) -> str:
    where = [x for x in (s.home_unit, f"{s.window_number}窗口" if s.window_number else "") if x]
    return s.name + (f"（{'，'.join(where)}）" if where else "")


def _flag(f) -> str:
    return f"{f.number}{f.name}" + (f"（{f.home_unit}）" if f.home_unit else "")


def _by_month(entries, months) -> list[tuple[str, list]]:
    return [(m, [e for e in entries if e.month == m]) for m in months]


def notice_title(data) -> str:
    return f"关于表扬{data.period.label}“服务之星”和“流动红旗窗口”的通报"


def default_notice_text(data) -> str:
    """The body as the clerk first sees it (one paragraph a line, blank lines between)."""
    p = data.period
    months = p.months
    stars, flags = data.stars, data.red_flags
    lines = [
        (f"为进一步加强政务服务窗口队伍建设，激励广大窗口工作人员争先创优、优质服务，根据中心窗口工作人员"
         f"考核管理有关规定，经日常考核、群众评价和中心考核评议，{p.label}共评选出“服务之星”{len(stars)}名、"
         f"“流动红旗窗口”{len(flags)}个。现将有关情况通报如下："),
        f"一、“服务之星”（{len(stars)}名）",
    ]
    if len(months) == 1:
        lines.append("、".join(_star(s) for s in stars) + "。" if stars else "本月无人员获评“服务之星”。")
    else:
        for i, (m, group) in enumerate(_by_month(stars, months)):
            lines.append(f"（{_CN_NUM[i]}）{_month_zh(m)}（{len(group)}名）")
            lines.append("、".join(_star(s) for s in group) + "。" if group else "本月无人员获评“服务之星”。")
    lines.append(f"二、“流动红旗窗口”（{len(flags)}个）")
    if len(months) == 1:
        lines.append("、".join(_flag(f) for f in flags) + "。" if flags else "本月无窗口获评“流动红旗窗口”。")
    else:
        for i, (m, group) in enumerate(_by_month(flags, months)):
            lines.append(f"（{_CN_NUM[i]}）{_month_zh(m)}（{len(group)}个）")
            lines.append("、".join(_flag(f) for f in group) + "。" if group else "本月无窗口获评“流动红旗窗口”。")
    lines += [
        "三、有关要求",
        ("希望受到表扬的同志和窗口珍惜荣誉、戒骄戒躁，再接再厉，充分发挥示范引领作用。全体窗口工作人员要以"
         "先进为榜样，对标先进、比学赶超，牢固树立以人民为中心的服务理念，严格落实首问负责、一次性告知、"
         "限时办结等制度，不断提升服务质量和群众满意度。各进驻单位要加强对派驻人员的教育管理，支持中心"
         "考核工作，共同营造争先创优的良好氛围，为持续优化营商环境作出新的更大贡献。"),
    ]
    return "\n\n".join(lines)


# --- the document -----------------------------------------------------------------------------


def build_notice(data, text: str, issued_on: date, number: str, *, printed_by: str | None = None) -> OfficialDocument:
    """The notice as an ``OfficialDocument`` from the (edited) body text. ``printed_by`` (印发机关,
    e.g. the number settings' "青山县政务服务中心综合科"): the center's name when None."""
    body = check_text(text)
    blocks = list(parse_blocks(body))
    if blocks and isinstance(blocks[-1], Para) and blocks[-1].text.strip() == CLOSING:
        blocks.pop()  # the closing is the document's own, not a body paragraph
    if not blocks:
        raise DomainError("documents.empty_text", "text")
    title = notice_title(data)
    return OfficialDocument(
        format=FORMAT_FILE,
        organ=f"{data.center_name}文件",
        number=number,
        title=title,
        addressee=ADDRESSEE,
        body=tuple(blocks),
        closing=CLOSING,
        signature=data.center_name,
        issued_on=issued_on,
        cc=tuple(data.cc),
        printed_by=data.center_name if printed_by is None else printed_by,
        printed_on=issued_on,
        meta={"title": title, "subject": "通报", "author": data.center_name, "keywords": data.period.key},
    )
