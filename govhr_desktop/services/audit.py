"""The audit trail: every change, login, logout, failed login, refusal and reveal (等保 level 2).

Entries are written in the same transaction as the change they describe, so a change that
rolls back leaves no entry and no change leaves none behind. Each entry's hash covers its
fields and the previous entry's hash: editing or deleting any entry breaks the chain at that
entry, and ``verify`` names it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from govhr_desktop.domain.identity import mask_id_number, mask_mobile
from govhr_desktop.domain.security import AUDIT_READ
from govhr_desktop.services.base import Service

GENESIS = "0" * 64
_MASKED_FIELDS = {"id_number": mask_id_number, "mobile": mask_mobile}
_HASHED = ("at", "username", "action", "record_type", "record_id", "record_label", "before", "after", "result", "detail")


def snapshot(obj, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Column values of an ORM row as JSON-able data; ID and phone numbers masked."""
    if obj is None:
        return {}
    names = fields or tuple(c.key for c in obj.__table__.columns if c.key not in ("created_at", "updated_at", "password_hash"))
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        if name in _MASKED_FIELDS and isinstance(value, str) and value:
            value = _MASKED_FIELDS[name](value)
        out[name] = value
    return out


def _dump(data: dict | None) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) if data else ""


def entry_hash(prev_hash: str, fields: dict[str, str]) -> str:
    payload = json.dumps([prev_hash] + [fields[k] for k in _HASHED], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def write_entry(
    conn_or_session,
    username: str,
    action: str,
    *,
    record_type: str = "",
    record_id: object = "",
    record_label: str = "",
    before: dict | None = None,
    after: dict | None = None,
    result: str = "ok",
    detail: str = "",
) -> str:
    """Append one entry on the given connection/session (inside the caller's transaction)."""
    prev = conn_or_session.execute(text("SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar()
    fields = {
        "at": datetime.now().isoformat(timespec="microseconds"),
        "username": username,
        "action": action,
        "record_type": record_type,
        "record_id": "" if record_id is None else str(record_id),
        "record_label": record_label[:120],
        "before": _dump(before),
        "after": _dump(after),
        "result": result,
        "detail": detail,
    }
    h = entry_hash(prev or GENESIS, fields)
    conn_or_session.execute(
        text(
            "INSERT INTO audit_entry (at, username, action, record_type, record_id, record_label, before, after,"
            " result, detail, prev_hash, entry_hash) VALUES (:at, :username, :action, :record_type, :record_id,"
            " :record_label, :before, :after, :result, :detail, :prev_hash, :entry_hash)"
        ),
        {**fields, "prev_hash": prev or GENESIS, "entry_hash": h},
    )
    # The newest hash is also kept apart, so that cutting entries off the end is noticed.
    conn_or_session.execute(
        text("INSERT INTO audit_head (id, entry_hash) VALUES (1, :h) "
             "ON CONFLICT(id) DO UPDATE SET entry_hash = excluded.entry_hash"),
        {"h": h},
    )
    return h


def _like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    username: str
    action: str
    record_type: str
    record_id: str
    record_label: str
    before: str
    after: str
    result: str
    detail: str


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None
    reason: str  # "" intact; 'hash' entry changed; 'link' an entry before it changed or vanished; 'tail' newest entries removed

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


class AuditService(Service):
    def list(
        self,
        *,
        username: str | None = None,
        action: str | None = None,
        record: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 5000,
    ) -> list[AuditRow]:
        self.require(AUDIT_READ)
        where, params = [], {"limit": limit}
        if username:
            where.append("username = :username")
            params["username"] = username
        if action:
            where.append("action LIKE :action ESCAPE '\\'")
            params["action"] = f"{_like(action)}%"
        if record:
            where.append("(record_type LIKE :record ESCAPE '\\' OR record_label LIKE :record ESCAPE '\\'"
                         " OR record_id = :record_exact)")
            params["record"] = f"%{_like(record)}%"
            params["record_exact"] = record
        if since:
            where.append("at >= :since")
            params["since"] = since.isoformat()
        if until:
            where.append("at < :until")
            params["until"] = date.fromordinal(until.toordinal() + 1).isoformat()
        sql = (
            "SELECT id, at, username, action, record_type, record_id, record_label, before, after, result, detail"
            " FROM audit_entry" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT :limit"
        )
        with self.ctx.connect() as c:
            return [AuditRow(*r) for r in c.execute(text(sql), params)]

    def usernames(self) -> list[str]:
        self.require(AUDIT_READ)
        with self.ctx.connect() as c:
            return list(c.execute(text("SELECT DISTINCT username FROM audit_entry ORDER BY username")).scalars())

    def verify(self) -> ChainCheck:
        """Recompute the chain from the first entry; name the first entry that does not fit."""
        self.require(AUDIT_READ)
        result = self._verify()
        with self.ctx.transaction() as s:  # the auditor's check is itself on the record
            write_entry(s, self.ctx.actor.username, "audit.verify", result="ok" if result.ok else "failed",
                        detail=f"entries={result.entries} broken={result.first_broken_id or ''} {result.reason}")
        return result

    def _verify(self) -> ChainCheck:
        with self.ctx.connect() as c:
            head = c.execute(text("SELECT entry_hash FROM audit_head WHERE id = 1")).scalar()
            rows = c.execute(text(
                "SELECT id, " + ", ".join(_HASHED) + ", prev_hash, entry_hash FROM audit_entry ORDER BY id"
            ))
            prev, n = GENESIS, 0
            for row in rows:
                n += 1
                m = row._mapping
                if m["prev_hash"] != prev:
                    return ChainCheck(n, m["id"], "link")
                if entry_hash(prev, {k: m[k] for k in _HASHED}) != m["entry_hash"]:
                    return ChainCheck(n, m["id"], "hash")
                prev = m["entry_hash"]
                last_id = m["id"]
        if head is not None and head != prev:  # entries were cut off the end
            return ChainCheck(n, (last_id + 1) if n else 1, "tail")
        return ChainCheck(n, None, "")

    def record_export(self, what: str, rows: int) -> None:
        """Exports of personal data are themselves audited."""
        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, "export", record_type=what, detail=f"rows={rows}")
