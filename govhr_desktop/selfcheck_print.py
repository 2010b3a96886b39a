"""The printing half of ``--self-check``: lay out an official document (GB/T 9704 letter format,
a rare name character included) and a small month roster, and write an .xlsx (to a temporary folder).

The frozen program carries fonts, ReportLab and openpyxl with parts trimmed away (build.spec);
opening the pages does not touch any of them, so this is what proves a packaged build can still
print. Returns a one-line summary; raises on any failure.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path


def check_printing() -> str:
    from govhr_desktop.documents.gbt9704 import render
    from govhr_desktop.documents.model import FORMAT_LETTER, OfficialDocument, Para, TableBlock
    from govhr_desktop.documents.roster_sheet import RosterSheet, SheetDay, SheetRow, render_roster_pdf
    from govhr_desktop.exchange.roster_export import export_roster_xlsx

    doc = OfficialDocument(
        format=FORMAT_LETTER, organ="青山县政务服务中心", number="青政服函〔2026〕1号",
        title="关于反馈窗口工作人员考核情况的函", addressee="县市场监督管理局",
        body=(Para("现将贵单位派驻人员吉𠮷、王䶮的考核情况函告如下。"),
              TableBlock(("姓名", "得分", "等次"), (("吉𠮷", "96.5", "好"), ("王䶮", "91.0", "好")))),
        closing="特此函告。", signature="青山县政务服务中心", issued_on=date(2026, 11, 21))
    letter = render(doc)
    first = date(2026, 11, 1)
    days = [SheetDay(first + timedelta(days=i), "weekend" if (first + timedelta(days=i)).weekday() >= 5 else "workday")
            for i in range(30)]
    row = SheetRow("午间值守·综合受理区", "lunch", "12:00–13:30", 1,
                   {d.day: ["吉𠮷"] for d in days if d.kind == "workday"},
                   frozenset(d.day for d in days if d.kind == "workday"))
    sheet = RosterSheet("青山县政务服务中心", 2026, 11, "draft", 0, tuple(days), (row,),
                        {d.day: "吴力" for d in days}, {}, date(2026, 11, 21))
    roster = render_roster_pdf(sheet)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.xlsx"
        export_roster_xlsx(sheet, path)
        workbook = path.read_bytes()
    for name, pdf in (("letter", letter), ("roster", roster)):
        if not pdf.startswith(b"%PDF") or b"/FontFile2" not in pdf:
            raise RuntimeError(f"self-check: the {name} PDF has no embedded TrueType font")
    if not workbook.startswith(b"PK"):
        raise RuntimeError("self-check: the .xlsx export is not a workbook")
    return f"printing ok: letter {len(letter)} bytes, roster {len(roster)} bytes, xlsx {len(workbook)} bytes"
