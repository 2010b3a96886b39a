"""What every service shares: the database, the acting user, one transaction per call."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from sqlalchemy.engine import Connection

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.engine import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class ServiceContext:
    """Handed to every service: the open database and who is acting.

    The actor defaults to the program itself (all permissions) for the demo generator, tests,
    benchmarks, --self-check and --screenshots; the UI replaces it with the logged-in user.
    """

    db: Database
    actor: Actor = field(default_factory=Actor.system)

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """One unit of work: commit on success, roll back everything on any error."""
        session = self.db.session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for read-only queries that need no ORM objects."""
        with self.db.engine.connect() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator["Session"]:
        session = self.db.session()
        try:
            yield session
        finally:
            session.close()


class Service:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def require(self, permission: str, action: str = "", label: str = "") -> None:
        """Refuse (and audit the refusal) unless the acting user has ``permission``."""
        if self.ctx.actor.can(permission):
            return
        from govhr_desktop.services.audit import write_entry

        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, action or permission, record_label=label,
                        result="denied", detail=f"missing permission {permission}")
        self.ctx.actor.require(permission)

    def audit(self, session, action: str, obj=None, *, before: dict | None = None, label: str = "",
              after: dict | None = None, detail: str = "", record_type: str = "", record_id: object = "") -> None:
        """Record a change in the same transaction as the change itself."""
        from govhr_desktop.services.audit import snapshot, write_entry

        if obj is not None:
            record_type = record_type or obj.__tablename__
            record_id = record_id or getattr(obj, "id", "")
            if after is None:
                after = snapshot(obj)
        write_entry(session, self.ctx.actor.username, action, record_type=record_type, record_id=record_id,
                    record_label=label, before=before, after=after, detail=detail)


def get_or_fail(session: Session, model, row_id: int, code: str = "record.not_found"):
    obj = session.get(model, row_id)
    if obj is None:
        raise DomainError(code, id=row_id)
    return obj
