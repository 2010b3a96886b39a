"""What every service shares: the database, the acting user, one transaction per call."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from sqlalchemy.engine import Connection

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.persistence.engine import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class ServiceContext:
    """Handed to every service: the open database and who is acting (None = the system)."""

    db: Database
    user: str | None = None

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


def get_or_fail(session: Session, model, row_id: int, code: str = "record.not_found"):
    obj = session.get(model, row_id)
    if obj is None:
        raise DomainError(code, id=row_id)
    return obj
