"""Document numbers, issue, the register of issued documents and reprint (services/documents.py).

A fake renderer stands in for the GB/T 9704 engine where the layout does not matter; the tests
at the end use the real engine when it is installed.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from govhr_desktop.documents.model import (
    FORMAT_FILE,
    FORMAT_LETTER,
    PREVIEW_SERIAL,
    Attachment,
    Heading,
    OfficialDocument,
    Para,
    TableBlock,
)
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import DOCUMENTS_ISSUE, ROLES, Actor
from govhr_desktop.persistence.engine import Database
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.documents import (
    KIND_LETTER,
    KIND_NOTICE,
    DocumentService,
    IssueItem,
    NumberSettings,
    file_name_for,
    format_number,
)

D2026 = date(2026, 11, 21)
D2027 = date(2027, 1, 5)


class FakeRenderer:
    """Deterministic bytes from the document; remembers what it laid out; can be told to fail."""

    def __init__(self):
        self.docs: list[OfficialDocument] = []
        self.fail_on: set[int] = set()  # 1-based call numbers that raise

    def __call__(self, doc: OfficialDocument) -> bytes:
        self.docs.append(doc)
        if len(self.docs) in self.fail_on:
            raise DomainError("document.block_too_large", block="table")
        return f"%PDF-1.4 fake\n{doc.number}\n{doc.title}\n{doc.issued_on}\n{doc.printed_by}\n%%EOF".encode()


def letter(unit: str = "县市场监督管理局", issued_on: date = D2026, **changes):
    def build(number: str) -> OfficialDocument:
        doc = OfficialDocument(
            format=FORMAT_LETTER, organ="青山县政务服务中心", number=number,
            title=f"关于反馈2026年10月{unit}派驻人员考核情况的函", addressee=unit,
            body=(Para("现将贵单位派驻我中心窗口工作人员2026年10月考核情况函告如下。"),
                  Heading(1, "一、考核结果"),
                  TableBlock(("姓名", "得分", "等次"), (("张三", "98.5", "优秀"),))),
            closing="特此函告。", signature="青山县政务服务中心", issued_on=issued_on)
        return replace(doc, **changes)

    return build


def notice(issued_on: date = D2026, **changes):
    def build(number: str) -> OfficialDocument:
        doc = OfficialDocument(
            format=FORMAT_FILE, organ="青山县政务服务中心文件", number=number,
            title="关于表扬2026年10月“服务之星”和“流动红旗窗口”的通报", addressee="各进驻单位",
            body=(Para("为激励先进，经考核评议，决定对以下同志和窗口予以通报表扬。"),),
            closing="特此通报。", signature="青山县政务服务中心", issued_on=issued_on,
            cc=("县市场监督管理局",))
        return replace(doc, **changes)

    return build


@pytest.fixture
def renderer():
    return FakeRenderer()


@pytest.fixture
def svc(demo_ctx, renderer):
    return DocumentService(demo_ctx, renderer=renderer)


def as_role(ctx, role, renderer=None):
    return DocumentService(ServiceContext(ctx.db, actor=Actor.for_role(f"test_{role}", role)),
                           renderer=renderer or FakeRenderer())


def count(ctx, sql, **params):
    with ctx.db.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def audit_actions(ctx):
    with ctx.db.engine.connect() as c:
        return [tuple(r) for r in c.execute(text(
            "SELECT action, result, record_type, record_id FROM audit_entry "
            "WHERE action LIKE 'document.%' ORDER BY id"))]


# --- numbers and settings ---------------------------------------------------------------------


def test_format_number():
    assert format_number("青政服", 2026, 5) == "青政服〔2026〕5号"
    assert format_number("青政服函", 2026, 3) == "青政服函〔2026〕3号"
    assert format_number("青政服", 2026, 12) == "青政服〔2026〕12号"  # no leading zeros
    assert format_number("青政服", 2026, PREVIEW_SERIAL) == "青政服〔2026〕　号"


def test_default_settings_come_from_the_center(svc):
    s = svc.number_settings()
    assert s == NumberSettings("青政服", "青政服函", "青山县政务服务中心")
    assert svc.next_number(KIND_NOTICE, D2026) == "青政服〔2026〕1号"
    assert svc.next_number("函", D2026) == "青政服函〔2026〕1号"


def test_save_settings_and_audit(svc, demo_ctx):
    saved = svc.save_number_settings(NumberSettings(" 青政服 ", "青政服函", "青山县政务服务中心  综合科"))
    assert saved == NumberSettings("青政服", "青政服函", "青山县政务服务中心 综合科")
    assert svc.number_settings() == saved
    svc.save_number_settings(NumberSettings("青政发", "青政函", "青山县政务服务中心"))
    assert svc.next_number(KIND_LETTER, D2026) == "青政函〔2026〕1号"
    assert [a[:3] for a in audit_actions(demo_ctx)] == [("document.settings", "ok", "app_setting")] * 2


@pytest.mark.parametrize("settings, expected", [
    (NumberSettings("", "青政服函", "中心"), [("documents.prefix_empty", "notice_prefix")]),
    (NumberSettings("青山县政务服务中心办公室文", "青政服函", "中心"), [("documents.prefix_too_long", "notice_prefix")]),
    (NumberSettings("青政服", "青政服2函", "中心"), [("documents.prefix_character", "letter_prefix")]),
    (NumberSettings("青政服〔", "青政服函", "中心"), [("documents.prefix_character", "notice_prefix")]),
    (NumberSettings("青政服", "青政 服函", "中心"), [("documents.prefix_space", "letter_prefix")]),
    (NumberSettings("青政服", "青政服", "中心"), [("documents.prefix_same", "letter_prefix")]),
    (NumberSettings("青政服", "青政服函", " "), [("documents.printed_by_empty", "printed_by")]),
    (NumberSettings("青政服", "青政服函", "中" * 61), [("documents.printed_by_too_long", "printed_by")]),
    (NumberSettings("", "１２", ""), [("documents.prefix_empty", "notice_prefix"),
                                      ("documents.prefix_character", "letter_prefix"),
                                      ("documents.printed_by_empty", "printed_by")]),
])
def test_settings_validation(svc, demo_ctx, settings, expected):
    from govhr_desktop.ui.messages import MESSAGES, describe

    before = svc.number_settings()
    with pytest.raises(ValidationError) as e:
        svc.save_number_settings(settings)
    assert [(err.code, err.field) for err in e.value.errors] == expected
    assert all(err.code in MESSAGES for err in e.value.errors)
    line = describe(e.value)
    assert "{" not in line and "documents." not in line, line
    assert svc.number_settings() == before  # nothing saved
    assert audit_actions(demo_ctx) == []


def test_no_short_name_no_number(ctx, renderer):
    svc = DocumentService(ctx, renderer=renderer)  # an empty database: no center yet
    with pytest.raises(DomainError) as e:
        svc.issue(KIND_NOTICE, notice())
    assert e.value.code == "documents.prefix_missing" and e.value.params == {"kind": "通报"}
    assert renderer.docs == []


# --- numbering --------------------------------------------------------------------------------


def test_numbers_per_type_and_year(svc):
    first = [svc.issue(KIND_LETTER, letter(), issued_on=D2026) for _ in range(3)]
    assert [(v.kind, v.year, v.serial, v.number) for v in first] == [
        ("letter", 2026, 1, "青政服函〔2026〕1号"), ("letter", 2026, 2, "青政服函〔2026〕2号"),
        ("letter", 2026, 3, "青政服函〔2026〕3号")]
    n = svc.issue("通报", notice(), issued_on=D2026)  # the Chinese label works as well as the code
    assert (n.kind, n.kind_label, n.serial, n.number) == ("notice", "通报", 1, "青政服〔2026〕1号")
    nxt = svc.issue(KIND_LETTER, letter(issued_on=D2027), issued_on=D2027)
    assert (nxt.year, nxt.serial, nxt.number) == (2027, 1, "青政服函〔2027〕1号")
    assert svc.issue(KIND_LETTER, letter(), issued_on=D2026).number == "青政服函〔2026〕4号"
    assert svc.issue(KIND_NOTICE, notice(issued_on=D2027), issued_on=D2027).number == "青政服〔2027〕1号"


def test_the_printed_number_date_and_printed_by_match_the_register(svc, renderer):
    # the builder ignores the number and prints another date: the register's number and date win
    v = svc.issue(KIND_NOTICE, notice(number="X", issued_on=date(2026, 1, 1)), issued_on=D2026)
    doc = renderer.docs[-1]
    assert (doc.number, doc.issued_on, doc.printed_by) == (v.number, D2026, "青山县政务服务中心")
    assert v.recipients == "各进驻单位" and v.title == doc.title
    svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    assert renderer.docs[-1].printed_by == ""  # letters have no 印发 line
    svc.save_number_settings(NumberSettings("青政服", "青政服函", "青山县政务服务中心综合科"))
    svc.issue(KIND_NOTICE, notice(printed_by="青山县政务服务中心"), issued_on=D2026)
    assert renderer.docs[-1].printed_by == "青山县政务服务中心综合科"  # the settings' 印发机关


def test_preview_consumes_nothing(svc, renderer, demo_ctx):
    pdf = svc.preview(KIND_LETTER, letter(), issued_on=D2026)
    assert pdf.startswith(b"%PDF-")
    assert renderer.docs[-1].number == "青政服函〔2026〕　号"
    assert "青政服函〔2026〕　号".encode() in pdf
    assert svc.register() == []
    assert svc.next_number(KIND_LETTER, D2026) == "青政服函〔2026〕1号"
    assert count(demo_ctx, "SELECT count(*) FROM issued_document_file") == 0
    assert audit_actions(demo_ctx) == []
    assert svc.issue(KIND_LETTER, letter(), issued_on=D2026).serial == 1


def test_a_failing_render_consumes_no_number(svc, renderer, demo_ctx):
    renderer.fail_on = {1}
    with pytest.raises(DomainError) as e:
        svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    assert e.value.code == "document.block_too_large"
    assert svc.register() == [] and audit_actions(demo_ctx) == []
    assert count(demo_ctx, "SELECT count(*) FROM issued_document_file") == 0
    assert svc.issue(KIND_LETTER, letter(), issued_on=D2026).number == "青政服函〔2026〕1号"


def test_a_builder_error_consumes_no_number(svc, demo_ctx):
    def broken(number):
        raise DomainError("documents.batch_empty")

    with pytest.raises(DomainError):
        svc.issue(KIND_NOTICE, broken, issued_on=D2026)
    with pytest.raises(ValueError):  # a letter built for a notice number: refused before rendering
        svc.issue(KIND_NOTICE, letter(), issued_on=D2026)
    assert svc.register() == []
    assert svc.next_number(KIND_NOTICE, D2026) == "青政服〔2026〕1号"


@pytest.mark.parametrize("where, text_, shown", [
    ("body", "联系电话：13812345678。", "138****5678"),
    ("table", "34052419800101001X", "340524********001X"),
    ("attachment", "身份证号34052419800101001x", "340524********001X"),
])
def test_personal_numbers_are_refused(svc, renderer, where, text_, shown):
    if where == "body":
        build = letter(body=(Para(text_),))
    elif where == "table":
        build = letter(body=(TableBlock(("姓名", "身份证号"), (("张三", text_),)),))
    else:
        build = letter(attachments=(Attachment("考核表", (Para(text_),)),))
    for call in (lambda: svc.preview(KIND_LETTER, build), lambda: svc.issue(KIND_LETTER, build)):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "documents.personal_number"
        assert shown in e.value.params["context"]
        assert text_ not in e.value.params["context"]
    assert renderer.docs == [] and svc.register() == []
    # masked numbers, scores, dates and document numbers are fine
    svc.preview(KIND_LETTER, letter(body=(Para("138****5678 340524********001X 2026年10月 98.50 12345678901"),)))


# --- batch ------------------------------------------------------------------------------------

UNITS = ["县市场监督管理局", "县公安局", "县人力资源和社会保障局", "县不动产登记中心", "县税务局"]


def items():
    return [IssueItem(letter(u), recipients=u, related=f"home_unit:{i}") for i, u in enumerate(UNITS, 1)]


def test_batch_numbers_are_consecutive(svc, demo_ctx):
    svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    progress = []
    views = svc.issue_batch(KIND_LETTER, items(), period="2026-10", issued_on=D2026,
                            report=lambda done, total: progress.append((done, total)))
    assert [v.serial for v in views] == [2, 3, 4, 5, 6]
    assert [v.number for v in views] == [f"青政服函〔2026〕{n}号" for n in range(2, 7)]
    assert [v.recipients for v in views] == UNITS
    assert {v.period for v in views} == {"2026-10"}
    assert progress == [(i, 5) for i in range(6)]
    assert [v.id for v in svc.register(period="2026-10", related="home_unit:3")] == [views[2].id]
    issues = [a for a in audit_actions(demo_ctx) if a[0] == "document.issue"]
    assert len(issues) == 6 and {a[2] for a in issues} == {"issued_document"}
    assert [int(a[3]) for a in issues[1:]] == [v.id for v in views]


@pytest.mark.parametrize("stop_after", [0, 3, 5])
def test_batch_cancel_consumes_nothing(svc, demo_ctx, stop_after):
    progress = []

    def report(done, total):
        progress.append(done)

    with pytest.raises(DomainError) as e:
        svc.issue_batch(KIND_LETTER, items(), issued_on=D2026, report=report,
                        cancelled=lambda: len(progress) > stop_after)
    assert e.value.code == "documents.cancelled"
    assert e.value.params == {"done": stop_after, "total": 5}
    assert svc.register() == [] and audit_actions(demo_ctx) == []
    assert count(demo_ctx, "SELECT count(*) FROM issued_document_file") == 0
    assert svc.issue_batch(KIND_LETTER, items()[:2], issued_on=D2026)[0].number == "青政服函〔2026〕1号"


def test_batch_failure_half_way_keeps_nothing(svc, renderer):
    renderer.fail_on = {4}
    with pytest.raises(DomainError):
        svc.issue_batch(KIND_LETTER, items(), issued_on=D2026)
    assert svc.register() == []
    with pytest.raises(DomainError) as e:
        svc.issue_batch(KIND_LETTER, [], issued_on=D2026)
    assert e.value.code == "documents.batch_empty"


def test_two_connections_never_share_a_number(demo_ctx):
    """Two databases objects (two connection pools) issue at once: the write lock taken first
    serialises them, every serial is used once, none is skipped."""
    errors = []

    def work(n):
        db = Database(demo_ctx.db.path)
        try:
            svc = DocumentService(ServiceContext(db), renderer=FakeRenderer())
            for _ in range(n):
                svc.issue(KIND_LETTER, letter(), issued_on=D2026)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(6,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    serials = [v.serial for v in DocumentService(demo_ctx).register(2026, KIND_LETTER)]
    assert sorted(serials) == list(range(1, 19))


# --- register and reprint ---------------------------------------------------------------------


def test_register_filters_and_order(svc):
    a = svc.issue(KIND_LETTER, letter("县公安局"), issued_on=D2026, period="2026-10")
    b = svc.issue(KIND_NOTICE, notice(), issued_on=D2026, period="2026-10")
    c = svc.issue(KIND_LETTER, letter("县税务局", issued_on=D2027), issued_on=D2027, period="2026-12")
    assert [v.id for v in svc.register()] == [c.id, b.id, a.id]  # newest first
    assert [v.id for v in svc.register(year=2026)] == [b.id, a.id]
    assert [v.id for v in svc.register(kind="函")] == [c.id, a.id]
    assert [v.id for v in svc.register(text="公安")] == [a.id]
    assert [v.id for v in svc.register(text="〔2027〕")] == [c.id]
    assert [v.id for v in svc.register(text="服务之星 通报")] == [b.id]
    assert svc.register(text="100%_") == []
    assert svc.years() == [2027, 2026]
    assert svc.get(a.id) == a
    with pytest.raises(DomainError) as e:
        svc.get(9999)
    assert e.value.code == "record.not_found"
    assert (a.issued_by, a.size) == ("system", len(svc.pdf(a.id)))


def test_reprint_is_byte_identical(svc, renderer, demo_ctx):
    v = svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    issued_bytes = renderer(renderer.docs[-1])  # the same document renders the same bytes
    again = svc.pdf(v.id)
    assert again == issued_bytes
    assert hashlib.sha256(again).hexdigest() == v.sha256
    assert ("document.reprint", "ok", "issued_document", str(v.id)) in audit_actions(demo_ctx)


def test_damaged_file_is_detected(svc, demo_ctx):
    v = svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    con = sqlite3.connect(demo_ctx.db.path, isolation_level=None)  # autocommit
    # the program's own connections refuse to change a stored file (another tool could)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE issued_document_file SET pdf = x'25504446' WHERE document_id = ?", (v.id,))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM issued_document WHERE id = ?", (v.id,))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE issued_document SET serial = 7 WHERE id = ?", (v.id,))
    con.execute("DROP TRIGGER issued_document_file_no_update")
    pdf = bytearray(svc.pdf(v.id))
    pdf[20] ^= 0x01
    con.execute("UPDATE issued_document_file SET pdf = ? WHERE document_id = ?", (bytes(pdf), v.id))
    con.close()
    with pytest.raises(DomainError) as e:
        svc.pdf(v.id)
    assert e.value.code == "documents.file_damaged" and e.value.params == {"number": v.number}
    assert audit_actions(demo_ctx)[-1][:2] == ("document.reprint", "failed")


def test_suggested_file_name(svc):
    v = svc.issue(KIND_LETTER, letter(title='关于反馈"服务之星"评选/考核: 结果?的函*'), issued_on=D2026)
    assert v.file_name == "青政服函〔2026〕1号 关于反馈“服务之星“评选／考核： 结果？的函＊.pdf"
    assert DocumentService.suggested_file_name(v) == v.file_name
    assert not set(v.file_name) & set('<>:"/\\|?*')
    long = file_name_for("青政服〔2026〕12号", "长" * 300)
    assert len(long) == 150 and long.endswith(".pdf")
    assert file_name_for("青政服〔2026〕1号", "题目\n。。. ") == "青政服〔2026〕1号 题目。。.pdf"


# --- permissions and labels -------------------------------------------------------------------


@pytest.mark.parametrize("role", sorted(ROLES))
def test_permissions(demo_ctx, svc, role):
    v = svc.issue(KIND_LETTER, letter(), issued_on=D2026)
    r = as_role(demo_ctx, role)
    perms = ROLES[role]
    calls = {
        "issue": ("documents.issue", lambda: r.issue(KIND_LETTER, letter(), issued_on=D2026)),
        "batch": ("documents.issue", lambda: r.issue_batch(KIND_LETTER, items(), issued_on=D2026)),
        "reprint": ("documents.issue", lambda: r.pdf(v.id)),
        "preview": ("records.read", lambda: r.preview(KIND_LETTER, letter())),
        "register": ("records.read", lambda: r.register()),
        "get": ("records.read", lambda: r.get(v.id)),
        "settings": ("center.write", lambda: r.save_number_settings(svc.number_settings())),
    }
    refused = 0
    for name, (permission, call) in calls.items():
        if permission in perms:
            call()
            continue
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied", name
        refused += 1
    denied = count(demo_ctx, "SELECT count(*) FROM audit_entry WHERE username = :u AND result = 'denied'",
                   u=f"test_{role}")
    assert denied == refused
    if role == "auditor":
        assert refused == len(calls)
    assert (DOCUMENTS_ISSUE in perms) == (role in ("admin", "personnel", "leader"))
    issued = 1 + (1 + len(UNITS) if DOCUMENTS_ISSUE in perms else 0)
    assert count(demo_ctx, "SELECT count(*) FROM issued_document") == issued


def test_every_code_and_action_has_a_label(svc, renderer, demo_ctx):
    from govhr_desktop.ui.audit_labels import ACTIONS, RECORD_TYPES
    from govhr_desktop.ui.messages import FIELDS, MESSAGES, format_code

    for code in ("documents.kind", "documents.prefix_empty", "documents.prefix_too_long",
                 "documents.prefix_space", "documents.prefix_character", "documents.prefix_same",
                 "documents.prefix_missing", "documents.printed_by_empty", "documents.printed_by_too_long",
                 "documents.personal_number", "documents.batch_empty", "documents.cancelled",
                 "documents.file_damaged"):
        assert code in MESSAGES
    with pytest.raises(DomainError) as e:
        svc.register(kind="公告")
    assert format_code(e.value.code, e.value.field, e.value.params) == \
        "“公告” is not a type of official document (通报 or 函)."
    for action in ("document.issue", "document.reprint", "document.settings", "document.preview",
                   "document.register"):
        assert action in ACTIONS
    assert "issued_document" in RECORD_TYPES
    assert {"notice_prefix", "letter_prefix", "printed_by"} <= set(FIELDS)


# --- the real engine --------------------------------------------------------------------------


def test_real_engine_preview_issue_reprint(demo_ctx):
    pytest.importorskip("govhr_desktop.documents.gbt9704")
    svc = DocumentService(demo_ctx)
    build = notice()
    preview = svc.preview(KIND_NOTICE, build, issued_on=D2026)
    assert preview == svc.preview(KIND_NOTICE, build, issued_on=D2026)  # deterministic
    v = svc.issue(KIND_NOTICE, build, issued_on=D2026)
    pdf = svc.pdf(v.id)
    assert hashlib.sha256(pdf).hexdigest() == v.sha256 and pdf != preview
    from io import BytesIO

    from pypdf import PdfReader

    page = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "青政服〔2026〕1号" in page.replace(" ", "")
