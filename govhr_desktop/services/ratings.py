"""Import the provincial 好差评 export into ``rating``: preview, then one all-or-nothing import.

Policy for a file with bad rows: the good rows are imported, every bad row is skipped and
reported (``ImportResult.errors``, row by row) and the counts go into the ``rating_import``
record. Nothing is ever half-imported: the whole file is one transaction, so a cancel (checked
between chunks), an unreadable file part-way through or any other failure rolls back every
row, the import record and the remembered mapping alike.

Rows whose rating id is already stored are skipped (``INSERT OR IGNORE`` on the unique
``rating_key``) and counted as ``duplicates``; re-importing a file adds nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from os import PathLike
from pathlib import Path

from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import EVALUATION_WRITE
from govhr_desktop.exchange.ratings_import import (
    CHUNK_ROWS,
    RATING_COLUMNS,
    ColumnMapping,
    RatingParser,
    RatingRowError,
    StaffIndex,
    mapping_from_json,
    mapping_to_json,
    open_ratings,
)
from govhr_desktop.persistence.engine import AUTOCHECKPOINT_OFF, FOREIGN_KEYS_OFF
from govhr_desktop.persistence.models import RatingImport, RatingMapping, Staff, Window
from govhr_desktop.services.bad_ratings import BAD_LEVEL_MAX, BadRatingService
from govhr_desktop.services.base import Service

PREVIEW_ROWS = 200
Period = tuple[date | None, date | None]

_INSERT = (
    f"INSERT OR IGNORE INTO rating ({', '.join(RATING_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in RATING_COLUMNS)})"
)
#: Rows per INSERT statement in a bulk import: one statement of many VALUES rows costs SQLite
#: and the driver far less per row than one statement per row (14 columns x 500 rows = 7,000
#: parameters, within SQLite's limit of 32,766 since 3.32).
ROWS_PER_STATEMENT = 500
_INSERT_MANY = (
    f"INSERT OR IGNORE INTO rating ({', '.join(RATING_COLUMNS)}) VALUES "
    + ", ".join([f"({', '.join('?' for _ in RATING_COLUMNS)})"] * ROWS_PER_STATEMENT)
)
_MULTI_ROW_VALUES = sqlite3.sqlite_version_info >= (3, 32, 0)


def _insert_rows(cur, rows: list[tuple]) -> None:
    """INSERT OR IGNORE the tuples: whole groups of ``ROWS_PER_STATEMENT`` rows per statement,
    the rest one by one."""
    whole = len(rows) - len(rows) % ROWS_PER_STATEMENT if _MULTI_ROW_VALUES else 0
    if whole:
        flat = chain.from_iterable
        cur.executemany(_INSERT_MANY, (list(flat(rows[i:i + ROWS_PER_STATEMENT]))
                                       for i in range(0, whole, ROWS_PER_STATEMENT)))
    if whole < len(rows):
        cur.executemany(_INSERT, rows[whole:] if whole else rows)


@dataclass
class ImportPreview:
    mapping: ColumnMapping  # field -> header text used
    header_row: int
    headers: list[str]
    rows: list[tuple]  # up to PREVIEW_ROWS good rows, RATING_COLUMNS order
    errors: list[RatingRowError]  # the bad rows among the rows read for the preview
    rows_read: int
    total_estimate: int


@dataclass
class ImportResult:
    read: int
    added: int
    duplicates: int  # already in the database: skipped
    errors: list[RatingRowError] = field(default_factory=list)  # capped; see error_count
    import_id: int | None = None
    error_count: int = 0


IMPORT_CACHE_KIB = -262144  # negative: KiB, i.e. 256 MiB
BULK_ROWS = 50_000
INDEX_SORT_THREADS = 2
INDEX_BUILD_CACHE_KIB = -512  # negative: KiB
#: A bulk import rebuilds the secondary indexes only while the ratings already stored are at
#: most this many times the rows coming in. A rebuild sorts every rating, old and new (about
#: 1.9 us a rating for the three indexes); keeping them costs about 5 us per new rating
#: (measured on 200,000 ratings), so past about twice as many old ratings keeping them wins.
REBUILD_MAX_STORED_RATIO = 2
#: the rating table's non-unique indexes (as in persistence.models.Rating; a test checks)
SECONDARY_INDEXES = (
    ("ix_rating_staff", "staff_id"),
    ("ix_rating_window", "window_id"),
    ("ix_rating_month", "rated_at, excluded, level"),  # covers the monthly 好评率 counts
)


def rebuild_indexes(incoming: int, stored: int) -> bool:
    """Whether a bulk import of about ``incoming`` rows into a table of about ``stored`` rows
    drops the secondary indexes and builds them again at the end."""
    return incoming >= BULK_ROWS and stored <= REBUILD_MAX_STORED_RATIO * incoming


def _drop_secondary_indexes(cur) -> None:
    for name, _cols in SECONDARY_INDEXES:
        cur.execute(f"DROP INDEX IF EXISTS {name}")


def _create_secondary_indexes(cur) -> None:
    for name, cols in SECONDARY_INDEXES:
        cur.execute(f"CREATE INDEX {name} ON rating ({cols})")


class RatingImportService(Service):
    def remembered_mapping(self, source: str) -> ColumnMapping | None:
        with self.ctx.read() as s:
            row = s.get(RatingMapping, source)
            return mapping_from_json(row.mapping) if row else None

    def _lookups(self, s) -> tuple[dict[str, int], StaffIndex]:
        windows = {n: i for i, n in s.execute(select(Window.id, Window.number))}
        people = s.execute(
            select(Staff.id, Staff.name, Window.number).outerjoin(Window, Window.id == Staff.window_id)
        ).all()
        return windows, StaffIndex.build(people)

    def preview(self, path: str | PathLike[str], source: str, mapping: Mapping[str, str] | None = None,
                period: Period | None = None) -> ImportPreview:
        self.require(EVALUATION_WRITE, "rating.import")
        mapping = mapping or self.remembered_mapping(source)
        with self.ctx.read() as s:
            windows, staff = self._lookups(s)
        with open_ratings(path, mapping) as src:
            parser = RatingParser(src.columns, src.headers, windows=windows, staff=staff, period=period)
            rows: list[tuple] = []
            for first, chunk in src.chunks(PREVIEW_ROWS):
                rows = parser.parse(first, chunk)
                break
            return ImportPreview(src.mapping, src.header_row, src.headers, rows, parser.errors,
                                 parser.rows_read, src.total_estimate)

    def import_file(self, path: str | PathLike[str], source: str, mapping: Mapping[str, str] | None = None,
                    period: Period | None = None, progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ImportResult:
        """Import the whole file in one transaction; raises ``DomainError('import.cancelled')``
        when ``cancel()`` says so (nothing is kept)."""
        self.require(EVALUATION_WRITE, "rating.import")
        p = Path(path)
        mapping = mapping or self.remembered_mapping(source)
        with self.ctx.transaction() as s, open_ratings(p, mapping) as src:
            bulk = src.total_estimate >= BULK_ROWS
            sa_conn = s.connection()
            dbapi = sa_conn.connection.driver_connection
            if bulk and not dbapi.in_transaction:
                # A large file: no foreign-key look-ups per row (three per rating). Every id the
                # rows carry comes from the look-ups below, read after this transaction holds
                # the write lock, and from the import record itself, so none can dangle. The
                # pool's check-in switches the checks back on (persistence.engine).
                dbapi.execute("PRAGMA foreign_keys=OFF")
                sa_conn.connection.info[FOREIGN_KEYS_OFF] = True
            if bulk:
                # Its commit leaves the write-ahead log to a background checkpoint (see
                # Database.checkpoint_in_background); the pool's check-in restores the setting.
                dbapi.execute("PRAGMA wal_autocheckpoint=0")
                sa_conn.connection.info[AUTOCHECKPOINT_OFF] = True
            record = RatingImport(source=source[:60], file_name=p.name[:260],
                                  imported_by=self.ctx.actor.username)
            s.add(record)
            s.flush()  # (the first write: from here on the transaction holds the write lock)
            windows, staff = self._lookups(s)
            last_id = s.execute(text("SELECT coalesce(max(id), 0) FROM rating")).scalar_one()
            parser = RatingParser(src.columns, src.headers, windows=windows, staff=staff,
                                  period=period, import_id=record.id, low_level=BAD_LEVEL_MAX)
            cur = dbapi.cursor()
            # A large page cache while importing: the rating table's indexes (time, staff,
            # window) take rows in random order, and the default 2 MB cache misses on almost
            # every insert. Restored afterwards.
            old_cache = cur.execute("PRAGMA cache_size").fetchone()[0]
            cur.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
            # A large file: drop the secondary indexes and build them again at the end (a sorted
            # build is much faster than random-order inserts). Inside the transaction, so a
            # cancel or failure brings them back untouched.
            # (the largest id tells about how many ratings are stored, without counting them)
            rebuild = rebuild_indexes(src.total_estimate, last_id)
            if rebuild:
                _drop_secondary_indexes(cur)
            added = valid = 0
            total = src.total_estimate
            try:
                for first, chunk in src.chunks(CHUNK_ROWS):
                    if cancel is not None and cancel():
                        raise DomainError("import.cancelled")
                    tuples = parser.parse(first, chunk)
                    if tuples:
                        before = dbapi.total_changes
                        _insert_rows(cur, tuples)
                        added += dbapi.total_changes - before
                        valid += len(tuples)
                    if progress is not None:
                        progress(parser.rows_read, max(total, parser.rows_read))
                # Every new 差评 gets its handling case (verification and rectification
                # deadlines), in the same transaction: the ratings and their cases land
                # together. Before the index builds, while the new rows are still in the page
                # cache (measured on 200,000 rows: 0.15-0.24 s after the builds, 0.08-0.10 s
                # before).
                BadRatingService(self.ctx).open_cases_in(s, date.today(), after_rating_id=last_id,
                                                         days=parser.low_days)
                if rebuild:
                    # The builds sort in SQLite's worker threads, which take part only when the
                    # sort does not fit the page cache: a small cache first. Measured on 200,000
                    # rows, the three builds plus the commit (medians of 6 alternating runs):
                    # the import's 256 MB cache 0.84 s, the default 2 MB 0.64 s, 512 KB 0.51 s.
                    cur.execute(f"PRAGMA cache_size={INDEX_BUILD_CACHE_KIB}")
                    cur.execute(f"PRAGMA threads={INDEX_SORT_THREADS}")
                    _create_secondary_indexes(cur)
            finally:
                cur.execute(f"PRAGMA cache_size={int(old_cache)}")
                cur.execute("PRAGMA threads=0")
                cur.close()
            if cancel is not None and cancel():
                raise DomainError("import.cancelled")
            record.rows_read = parser.rows_read
            record.rows_added = added
            record.rows_duplicate = valid - added
            record.rows_error = parser.error_count
            used = src.mapping
            stored = s.get(RatingMapping, source)
            if stored is None:
                s.add(RatingMapping(source=source, mapping=mapping_to_json(used)))
            else:
                stored.mapping = mapping_to_json(used)
            self.audit(
                s, "rating.import", record_type="rating_import", record_id=record.id, label=p.name[:120],
                detail=(f"source={source} read={parser.rows_read} added={added} "
                        f"duplicates={valid - added} errors={parser.error_count}"),
            )
            result = ImportResult(parser.rows_read, added, valid - added, parser.errors, record.id,
                                  parser.error_count)
        if bulk:
            self.ctx.db.checkpoint_in_background()
        return result
