"""What an official document (公文) says, as plain data: the input of the GB/T 9704 engine.

The services build these from evaluation results; ``documents.gbt9704.render(doc)`` lays them
out. Nothing here knows about fonts, pages or the database.

Two formats (DOMAIN.md §8):

* ``FORMAT_FILE`` (文件格式), used for the commendation notice (通报): red organ mark
  ("<center>文件"), document number, red rule, title, 主送, body, signature and date, 版记
  (抄送 and 印发 lines between rules), page numbers ``— 1 —``.
* ``FORMAT_LETTER`` (信函格式), used for the feedback letter (函) to a home unit: organ name near
  the top of the paper, red double rules top and bottom, number flush right, no page number on
  page 1, no 印发 line.

Body text is written without leading indentation; the engine indents paragraphs by two
characters. A ``Heading`` carries its own numbering ("一、工作总体情况", "（一）…", "1.…",
"（1）…"); its ``level`` (1–4) picks the font (黑体, 楷体, 仿宋, 仿宋).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

FORMAT_FILE = "file"  # 文件格式 (通报)
FORMAT_LETTER = "letter"  # 信函格式 (函)
FORMATS = (FORMAT_FILE, FORMAT_LETTER)

#: Printed in place of the serial number on a preview: the number is assigned only on issue.
PREVIEW_SERIAL = "　"


@dataclass(frozen=True)
class Heading:
    """A heading line of level 1 (一、 黑体), 2 (（一） 楷体), 3 (1. 仿宋) or 4 (（1） 仿宋)."""

    level: int
    text: str


@dataclass(frozen=True)
class Para:
    """A body paragraph, indented two characters, 3号仿宋."""

    text: str


@dataclass(frozen=True)
class TableBlock:
    """A table in the body or an attachment: a header row and data rows of text.

    ``widths`` are relative column widths (any positive numbers; the table spans the text
    area's 156 mm). ``caption`` is printed centred above it (empty: none). ``font_size`` in pt;
    tables use a smaller size than the body (GB/T 9704 allows it for tables). ``align`` sets the
    data rows' alignment per column."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    caption: str = ""
    font_size: float = 10.5
    #: per column "left" or "center" for the data rows (the header is always centred); empty:
    #: a one-line cell is centred, a wrapped one starts at the left
    align: tuple[str, ...] = ()


Block = Heading | Para | TableBlock


@dataclass(frozen=True)
class Attachment:
    """An attachment (附件), printed after the signature on a new page headed "附件1" in 黑体,
    with its own title (2号小标宋) and blocks. Listed under the body as "附件：1.<title>"."""

    title: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class OfficialDocument:
    format: str  # FORMAT_FILE or FORMAT_LETTER
    organ: str  # 发文机关标志: "青山县政务服务中心文件" (file) / "青山县政务服务中心" (letter)
    number: str  # "青政服〔2026〕5号"; on a preview the serial is PREVIEW_SERIAL
    title: str  # "关于表扬2026年10月“服务之星”和“流动红旗窗口”的通报"
    addressee: str  # 主送, without the colon: "各进驻单位" / "县市场监督管理局"
    body: tuple[Block, ...]
    closing: str  # "特此通报。" / "特此函告。" (its own paragraph after the body)
    signature: str  # issuer's name above the date: "青山县政务服务中心"
    issued_on: date  # 成文日期, printed "2026年11月21日"
    attachments: tuple[Attachment, ...] = ()
    cc: tuple[str, ...] = ()  # 抄送 (版记): home units, "县政府办公室", …
    printed_by: str = ""  # 印发机关 (file format only): "青山县政务服务中心综合科"
    printed_on: date | None = None  # 印发日期 (file format only); None: issued_on
    meta: dict[str, str] = field(default_factory=dict, compare=False)  # PDF title/subject/keywords
