"""The register of issued official documents (发文登记, DOMAIN.md §8): one row per numbered 通报
or 函, and the PDF exactly as issued, so any of them reprints byte-identical.

Numbers come from a per-year, per-type sequence: ``(kind, year, serial)`` is unique and the
serial is the previous maximum plus one, so a number is never reused or skipped. Migration
0009 adds triggers that refuse to delete a register row or change a number or a stored file
through the program's own connections (the register is an official record, like the audit
trail). The PDF bytes live in their own table so that listing the register never reads them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from govhr_desktop.persistence.models import Base


class IssuedDocument(Base):
    """One issued document: its number (kind + year + serial, and the printed form), what it is,
    to whom it went, the period it covers, and the size and SHA-256 of the stored PDF."""

    __tablename__ = "issued_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # 'notice' (通报) / 'letter' (函)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40))  # as printed: 青政服函〔2026〕3号
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date] = mapped_column(Date)  # 成文日期 printed on the document
    recipients: Mapped[str] = mapped_column(Text, default="")  # 主送 (and others), as text
    period: Mapped[str] = mapped_column(String(20), default="")  # "2026-10", "2026-Q3", "2026"
    related: Mapped[str] = mapped_column(String(60), default="")  # e.g. "home_unit:12"
    file_name: Mapped[str] = mapped_column(String(200))  # suggested name when saved
    size: Mapped[int] = mapped_column(Integer)  # bytes of the PDF
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint("kind IN ('notice','letter')", name="kind"),
        CheckConstraint("serial >= 1", name="serial"),
        CheckConstraint("size > 0", name="size"),
        UniqueConstraint("kind", "year", "serial", name="uq_issued_document_serial"),
        Index("ix_issued_document_issued_on", "issued_on"),
        Index("ix_issued_document_related", "related", "period"),
    )


class IssuedDocumentFile(Base):
    """The PDF of an issued document, byte for byte as it was issued."""

    __tablename__ = "issued_document_file"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("issued_document.id", ondelete="RESTRICT"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
