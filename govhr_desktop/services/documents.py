"""Numbered official documents (DOMAIN.md §8): number prefixes, preview, issue, the register of
issued documents (发文登记) and reprint.

A document number (发文字号) is ``<prefix>〔<year>〕<serial>号``: ``青政服〔2026〕5号`` for a 通报,
``青政服函〔2026〕3号`` for a 函. Each type has its own sequence per year; the serial is the
year's highest serial of that type plus one, taken under the database's write lock in the same
transaction that stores the document, so a number is never reused or skipped, and one that
fails to render or is cancelled is not consumed. A preview prints ``PREVIEW_SERIAL`` in place
of the serial and writes nothing.

What a document says is built elsewhere (``documents/commendation.py``,
``documents/feedback_letter.py``); this service is handed a *build* callable,
``number -> OfficialDocument``, and lays the result out with the GB/T 9704 engine (a
``renderer`` hook replaces it in tests). The PDF is stored as issued, with its SHA-256: a
reprint returns the same bytes or says the stored file is damaged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, or_, select, text

from govhr_desktop.documents.model import (
    FORMAT_FILE,
    FORMAT_LETTER,
    PREVIEW_SERIAL,
    OfficialDocument,
)
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.security import CENTER_WRITE, DOCUMENTS_ISSUE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.persistence.models import IssuedDocument, IssuedDocumentFile
from govhr_desktop.services.audit import write_entry
from govhr_desktop.services.base import Service, get_or_fail

__all__ = [
    "DOCUMENT_KIND",
    "KIND_LETTER",
    "KIND_NOTICE",
    "Build",
    "DocumentService",
    "IssueItem",
    "IssuedDocumentView",
    "NumberSettings",
    "file_name_for",
    "format_number",
]

KIND_NOTICE = "notice"  # 通报, file format (文件格式)
KIND_LETTER = "letter"  # 函, letter format (信函格式)
DOCUMENT_KIND = Vocabulary("document_kind", [
    Choice(KIND_NOTICE, "通报", "Notice"),
    Choice(KIND_LETTER, "函", "Letter"),
])
_FORMAT_OF = {KIND_NOTICE: FORMAT_FILE, KIND_LETTER: FORMAT_LETTER}

#: app_setting keys of the number prefixes and the 印发机关 line
SETTING_KEYS = {
    "notice_prefix": "documents.notice_prefix",
    "letter_prefix": "documents.letter_prefix",
    "printed_by": "documents.printed_by",
}
PREFIX_MAX = 12
PRINTED_BY_MAX = 60
#: characters a prefix may not contain besides digits and whitespace: the year's 六角括号 and
#: the square brackets often typed in their place
_PREFIX_BRACKETS = "〔〕[]［］【】"
_WINDOWS_INVALID = {'<': '《', '>': '》', ':': '：', '"': '“', '/': '／', '\\': '＼', '|': '｜', '?': '？',
                    '*': '＊'}
FILE_NAME_MAX = 150  # characters, ".pdf" included

#: ``number -> OfficialDocument``: the content, given the number to print on it
Build = Callable[[str], OfficialDocument]
Renderer = Callable[[OfficialDocument], bytes]
Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def format_number(prefix: str, year: int, serial: int | str) -> str:
    """``青政服〔2026〕5号``: 六角括号 around the year, the serial without leading zeros (or
    ``PREVIEW_SERIAL`` on a preview)."""
    if isinstance(serial, int):
        serial = str(serial)
    return f"{prefix}〔{year}〕{serial}号"


def file_name_for(number: str, title: str) -> str:
    """``青政服函〔2026〕3号 关于反馈….pdf`` with characters Windows refuses in file names
    replaced by their full-width forms and control characters dropped."""
    name = f"{number} {title}".strip()
    name = "".join(_WINDOWS_INVALID.get(c, c) for c in name if c >= " " and c != "\x7f")
    name = name[: FILE_NAME_MAX - 4].rstrip(" .")
    return f"{name}.pdf"


@dataclass(frozen=True)
class NumberSettings:
    """Number prefixes per type and the 印发机关 printed in the 版记 of a 通报."""

    notice_prefix: str
    letter_prefix: str
    printed_by: str


@dataclass(frozen=True)
class IssueItem:
    """One document of a batch: how to build it and what the register says about it."""

    build: Build
    title: str | None = None  # None: the document's title
    recipients: str | None = None  # None: the document's 主送
    related: str = ""  # what it concerns, e.g. "home_unit:12" (the UI finds a unit's letter by it)


@dataclass(frozen=True)
class IssuedDocumentView:
    id: int
    kind: str  # KIND_NOTICE / KIND_LETTER
    kind_label: str  # 通报 / 函
    number: str
    year: int
    serial: int
    title: str
    issued_on: date
    recipients: str
    period: str
    related: str
    file_name: str
    size: int
    sha256: str
    issued_by: str
    issued_at: datetime


def _view(r: IssuedDocument) -> IssuedDocumentView:
    return IssuedDocumentView(r.id, r.kind, DOCUMENT_KIND.label(r.kind), r.number, r.year, r.serial, r.title,
                              r.issued_on, r.recipients, r.period, r.related, r.file_name, r.size, r.sha256,
                              r.issued_by, r.issued_at)


def _kind(kind: str) -> str:
    code = DOCUMENT_KIND.code_for(kind)
    if code is None:
        raise DomainError("documents.kind", value=kind)
    return code


# --- checks -----------------------------------------------------------------------------------


def check_prefix(value: object, field: str) -> str:
    """A number prefix: 1–12 characters, no digits, brackets or whitespace (outer spaces are
    dropped). Raises DomainError naming ``field``."""
    text_ = str(value or "").strip()
    if not text_:
        raise DomainError("documents.prefix_empty", field)
    if len(text_) > PREFIX_MAX:
        raise DomainError("documents.prefix_too_long", field, value=text_, max=PREFIX_MAX, length=len(text_))
    for c in text_:
        if c.isspace():
            raise DomainError("documents.prefix_space", field, value=text_)
        if c.isdigit() or c in _PREFIX_BRACKETS:
            raise DomainError("documents.prefix_character", field, value=text_, char=c)
    return text_


def check_printed_by(value: object, field: str = "printed_by") -> str:
    text_ = " ".join(str(value or "").split())
    if not text_:
        raise DomainError("documents.printed_by_empty", field)
    if len(text_) > PRINTED_BY_MAX:
        raise DomainError("documents.printed_by_too_long", field, max=PRINTED_BY_MAX, length=len(text_))
    return text_


_ID_LIKE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[0-9Xx])(?![0-9A-Za-z])")
_MOBILE_LIKE = re.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")


def _texts(doc: OfficialDocument):
    yield doc.title
    yield doc.addressee
    yield doc.closing
    yield doc.signature
    yield doc.printed_by
    yield from doc.cc
    blocks = list(doc.body)
    for a in doc.attachments:
        yield a.title
        blocks += a.blocks
    for b in blocks:
        if hasattr(b, "rows"):
            yield b.caption
            yield from b.header
            for row in b.rows:
                yield from row
        else:
            yield b.text


def check_no_personal_numbers(doc: OfficialDocument) -> None:
    """Circulated documents never show a resident ID or mobile number (DOMAIN.md §8); refuse a
    document that does, quoting the place with the number masked."""
    for t in _texts(doc):
        if not t:
            continue
        for m in _ID_LIKE.finditer(t):
            number = m.group(1).upper()
            if id_check_char(number[:17]) == number[17]:
                raise DomainError("documents.personal_number", context=_masked_context(
                    t, m.start(1), m.end(1), number[:6] + "********" + number[-4:]))
        for m in _MOBILE_LIKE.finditer(t):
            number = m.group(1)
            raise DomainError("documents.personal_number", context=_masked_context(
                t, m.start(1), m.end(1), number[:3] + "****" + number[-4:]))


def _masked_context(t: str, start: int, end: int, masked: str) -> str:
    before, after = t[max(0, start - 12):start], t[end:end + 8]
    return ("…" if start > 12 else "") + before + masked + after + ("…" if end + 8 < len(t) else "")


# --- the service ------------------------------------------------------------------------------


class DocumentService(Service):
    """Numbering, preview, issue (one or a batch), the register and reprint.

    ``renderer`` lays an OfficialDocument out as PDF bytes; by default
    ``govhr_desktop.documents.gbt9704.render`` (deterministic: same input, same bytes).
    """

    def __init__(self, ctx, renderer: Renderer | None = None) -> None:
        super().__init__(ctx)
        self._renderer = renderer

    def render(self, doc: OfficialDocument) -> bytes:
        renderer = self._renderer
        if renderer is None:
            from govhr_desktop.documents.gbt9704 import render as renderer
        pdf = renderer(doc)
        if not isinstance(pdf, (bytes, bytearray)) or not bytes(pdf[:5]) == b"%PDF-":
            raise ValueError("the renderer did not return a PDF")
        return bytes(pdf)

    # --- settings -----------------------------------------------------------------------------

    def number_settings(self) -> NumberSettings:
        """The stored prefixes and 印发机关; until saved: the center's short name (通报), short
        name + 函 (函) and the center's name."""
        with self.ctx.connect() as c:
            stored = dict(c.execute(text("SELECT key, value FROM app_setting WHERE key LIKE 'documents.%'")).all())
            center = c.execute(text("SELECT name, short_name FROM center ORDER BY id LIMIT 1")).first()
        name, short = (center[0] or "", center[1] or "") if center else ("", "")
        defaults = {"notice_prefix": short, "letter_prefix": f"{short}函" if short else "", "printed_by": name}
        return NumberSettings(**{k: stored.get(key, defaults[k]) for k, key in SETTING_KEYS.items()})

    def save_number_settings(self, settings: NumberSettings) -> NumberSettings:
        """Validate and store; raises ValidationError listing every wrong field."""
        self.require(CENTER_WRITE, "document.settings")
        errors: list[DomainError] = []
        values: dict[str, str] = {}
        for name, check in (("notice_prefix", check_prefix), ("letter_prefix", check_prefix),
                            ("printed_by", check_printed_by)):
            try:
                values[name] = check(getattr(settings, name), name)
            except DomainError as e:
                errors.append(e)
        if not errors and values["notice_prefix"] == values["letter_prefix"]:
            # both sequences start at 1 each year: the same prefix would print the same numbers
            errors.append(DomainError("documents.prefix_same", "letter_prefix", value=values["letter_prefix"]))
        if errors:
            raise ValidationError(errors)
        before = self.number_settings()
        new = NumberSettings(**values)
        with self.ctx.transaction() as s:
            for name, key in SETTING_KEYS.items():
                s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {"k": key, "v": values[name]})
            self.audit(s, "document.settings", before=before.__dict__, after=new.__dict__, record_type="app_setting")
        return new

    def _prefix(self, settings: NumberSettings, kind: str) -> str:
        field = f"{kind}_prefix"
        raw = getattr(settings, field)
        if not raw:
            raise DomainError("documents.prefix_missing", field, kind=DOCUMENT_KIND.label(kind))
        return check_prefix(raw, field)

    # --- numbers ------------------------------------------------------------------------------

    def next_number(self, kind: str, issued_on: date | None = None) -> str:
        """The number the next document of this type would get (shown before issuing; it is not
        reserved: whoever issues first takes it)."""
        kind = _kind(kind)
        year = (issued_on or date.today()).year
        with self.ctx.connect() as c:
            serial = c.execute(select(func.coalesce(func.max(IssuedDocument.serial), 0) + 1)
                               .where(IssuedDocument.kind == kind, IssuedDocument.year == year)).scalar_one()
        return format_number(self._prefix(self.number_settings(), kind), year, serial)

    def _prepare(self, kind: str, build: Build, number: str, issued_on: date, settings: NumberSettings):
        """Build the document for ``number`` and make the printed number and date agree with the
        register, and the 印发机关 of a 通报 with the number settings."""
        doc = build(number)
        if doc.format != _FORMAT_OF[kind]:
            raise ValueError(f"a {kind} is laid out in the {_FORMAT_OF[kind]} format, not {doc.format}")
        changes = {}
        if doc.number != number:
            changes["number"] = number
        if doc.issued_on != issued_on:
            changes["issued_on"] = issued_on
        if doc.format == FORMAT_FILE and doc.printed_by != settings.printed_by:
            changes["printed_by"] = settings.printed_by  # the 印发机关 of the number settings
        if changes:
            doc = replace(doc, **changes)
        check_no_personal_numbers(doc)
        return doc

    # --- preview ------------------------------------------------------------------------------

    def preview(self, kind: str, build: Build, *, issued_on: date | None = None) -> bytes:
        """The PDF with ``PREVIEW_SERIAL`` in place of the serial (``青政服〔2026〕　号``);
        consumes no number and writes nothing."""
        self.require(RECORDS_READ, "document.preview")
        kind = _kind(kind)
        issued_on = issued_on or date.today()
        settings = self.number_settings()
        number = format_number(self._prefix(settings, kind), issued_on.year, PREVIEW_SERIAL)
        return self.render(self._prepare(kind, build, number, issued_on, settings))

    # --- issue --------------------------------------------------------------------------------

    def issue(self, kind: str, build: Build, *, title: str | None = None, recipients: str | None = None,
              period: str = "", related: str = "", issued_on: date | None = None) -> IssuedDocumentView:
        """Give the document the next number of its type and year, render it and store it in the
        register, all in one transaction: if anything fails, nothing is stored and the number is
        not used. ``issued_on`` (default today) is printed as the 成文日期 and gives the year."""
        return self.issue_batch(kind, [IssueItem(build, title, recipients, related)], period=period,
                                issued_on=issued_on)[0]

    def issue_batch(self, kind: str, items: Sequence[IssueItem], *, period: str = "",
                    issued_on: date | None = None, report: Report | None = None,
                    cancelled: Cancelled | None = None) -> list[IssuedDocumentView]:
        """Issue several documents of one type with consecutive numbers in one transaction
        (the feedback letters to every home unit). ``report(done, total)`` after each one;
        ``cancelled()`` is checked before each and before the commit: a cancel raises
        ``DomainError('documents.cancelled')`` and nothing is stored, no number used."""
        self.require(DOCUMENTS_ISSUE, "document.issue")
        kind = _kind(kind)
        items = list(items)
        if not items:
            raise DomainError("documents.batch_empty")
        issued_on = issued_on or date.today()
        year = issued_on.year
        settings = self.number_settings()
        prefix = self._prefix(settings, kind)
        total = len(items)
        if report is not None:
            report(0, total)
        views: list[IssuedDocumentView] = []
        with self.ctx.transaction() as s:
            _write_lock(s)
            first = s.execute(select(func.coalesce(func.max(IssuedDocument.serial), 0) + 1)
                              .where(IssuedDocument.kind == kind, IssuedDocument.year == year)).scalar_one()
            for i, item in enumerate(items):
                if cancelled is not None and cancelled():
                    raise DomainError("documents.cancelled", done=i, total=total)
                serial = first + i
                number = format_number(prefix, year, serial)
                doc = self._prepare(kind, item.build, number, issued_on, settings)
                pdf = self.render(doc)
                title = (doc.title if item.title is None else item.title).strip()
                row = IssuedDocument(
                    kind=kind, year=year, serial=serial, number=number, title=title, issued_on=issued_on,
                    recipients=doc.addressee if item.recipients is None else item.recipients,
                    period=period, related=item.related, file_name=file_name_for(number, title),
                    size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(),
                    issued_by=self.ctx.actor.username, issued_at=datetime.now().replace(microsecond=0))
                s.add(row)
                s.flush()
                s.add(IssuedDocumentFile(document_id=row.id, pdf=pdf))
                self.audit(s, "document.issue", row, label=f"{number} {title}",
                           detail=f"sha256={row.sha256} size={row.size}")
                views.append(_view(row))
                if report is not None:
                    report(i + 1, total)
            s.flush()
            if cancelled is not None and cancelled():
                raise DomainError("documents.cancelled", done=total, total=total)
        return views

    # --- register -----------------------------------------------------------------------------

    def register(self, year: int | None = None, kind: str | None = None, text: str | None = None, *,
                 period: str | None = None, related: str | None = None) -> list[IssuedDocumentView]:
        """The register of issued documents, newest first; ``text`` matches number, title,
        recipients or period."""
        self.require(RECORDS_READ, "document.register")
        q = select(IssuedDocument)
        if year is not None:
            q = q.where(IssuedDocument.year == year)
        if kind:
            q = q.where(IssuedDocument.kind == _kind(kind))
        if period is not None:
            q = q.where(IssuedDocument.period == period)
        if related is not None:
            q = q.where(IssuedDocument.related == related)
        words = (text or "").split()
        for w in words:
            pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            q = q.where(or_(*(col.like(pattern, escape="\\") for col in (
                IssuedDocument.number, IssuedDocument.title, IssuedDocument.recipients, IssuedDocument.period))))
        q = q.order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
        with self.ctx.read() as s:
            return [_view(r) for r in s.scalars(q)]

    def years(self) -> list[int]:
        """Years with issued documents, newest first (the register page's year filter)."""
        self.require(RECORDS_READ, "document.register")
        with self.ctx.connect() as c:
            return list(c.execute(select(IssuedDocument.year).distinct().order_by(IssuedDocument.year.desc()))
                        .scalars())

    def get(self, document_id: int) -> IssuedDocumentView:
        self.require(RECORDS_READ, "document.register")
        with self.ctx.read() as s:
            return _view(get_or_fail(s, IssuedDocument, document_id))

    # --- reprint ------------------------------------------------------------------------------

    def pdf(self, document_id: int) -> bytes:
        """The stored PDF of an issued document, byte for byte as issued (reprint, save as).
        Raises ``DomainError('documents.file_damaged')`` when the bytes no longer match the
        register's SHA-256 (the failure is audited too)."""
        self.require(DOCUMENTS_ISSUE, "document.reprint")
        with self.ctx.transaction() as s:
            row = get_or_fail(s, IssuedDocument, document_id)
            data = s.scalar(select(IssuedDocumentFile.pdf).where(IssuedDocumentFile.document_id == row.id))
            label = f"{row.number} {row.title}"
            ok = data is not None and len(data) == row.size and hashlib.sha256(data).hexdigest() == row.sha256
            if ok:
                self.audit(s, "document.reprint", record_type="issued_document", record_id=row.id, label=label)
                return bytes(data)
            number = row.number
            found = "missing" if data is None else f"size={len(data)} sha256={hashlib.sha256(data).hexdigest()}"
        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, "document.reprint", record_type="issued_document",
                        record_id=document_id, record_label=label, result="failed",
                        detail=f"stored file damaged: {found}")
        raise DomainError("documents.file_damaged", number=number)

    @staticmethod
    def suggested_file_name(view: IssuedDocumentView) -> str:
        """``青政服函〔2026〕3号 关于反馈….pdf``, safe on Windows."""
        return file_name_for(view.number, view.title)


def _write_lock(session) -> None:
    """Take SQLite's write lock now (BEGIN IMMEDIATE): the serial read next cannot be taken by
    another connection before this transaction commits."""
    dbapi = session.connection().connection.driver_connection
    if not dbapi.in_transaction:
        dbapi.execute("BEGIN IMMEDIATE")
