"""Backup files: make them (SQLite online backup), check them, name them, rotate them.

Automatic backups live in the data directory's ``backups`` folder and are named
``govhr-YYYYMMDD-HHMMSS-<kind>.sqlite3`` (a ``-2``, ``-3``… suffix after the kind when two
fall in the same second). Kinds:

- ``daily``: the first start of each day; rotated grandfather-father-son (newest per day for
  7 days, per ISO week for 4 weeks, per month for 12 months);
- ``migration``: before a schema upgrade; the 10 newest are kept;
- ``restore``: the data as it was just before a restore; the 10 newest are kept;
- ``manual``: made by a user; never deleted automatically.

Older program versions named migration backups ``govhr-YYYYMMDD-HHMMSS-ffffff-before-<rev>``;
those are read as kind ``migration``. Files with any other name are never touched.

Backup files are single self-contained files in rollback-journal mode (no -wal beside them), so
they can be copied to a USB stick as they are. Checking a backup opens it read-only and leaves
nothing beside it. No Qt here.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from govhr_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)

PREFIX = "govhr"
SUFFIX = ".sqlite3"
KINDS = ("daily", "migration", "restore", "manual")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
KEEP_PER_KIND = {"migration": 10, "restore": 10}
SQLITE_HEADER = b"SQLite format 3\x00"
#: tables a database of this program always has (besides alembic_version)
OUR_TABLES = ("center", "staff")
BUSY_SECONDS = 10.0
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6

_NAME = re.compile(
    rf"^{PREFIX}-(?P<d>\d{{8}})-(?P<t>\d{{6}})-(?P<kind>{'|'.join(KINDS)})(?:-(?P<seq>\d+))?{re.escape(SUFFIX)}$"
)
_LEGACY_MIGRATION = re.compile(
    rf"^{PREFIX}-(?P<d>\d{{8}})-(?P<t>\d{{6}})-(?P<us>\d{{6}})-(?P<reason>[^/\\]+){re.escape(SUFFIX)}$"
)


# --- names ------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class BackupName:
    """What an automatic backup's file name says: when it was taken and why."""

    taken: datetime
    seq: int
    kind: str


def parse_name(name: str) -> BackupName | None:
    """The time and kind in a backup file name; None for a name this module did not write."""
    m = _NAME.match(name)
    if m:
        try:
            taken = datetime.strptime(m["d"] + m["t"], "%Y%m%d%H%M%S")
        except ValueError:
            return None
        return BackupName(taken, int(m["seq"] or 1), m["kind"])
    m = _LEGACY_MIGRATION.match(name)
    if m:
        try:
            taken = datetime.strptime(m["d"] + m["t"] + m["us"], "%Y%m%d%H%M%S%f")
        except ValueError:
            return None
        return BackupName(taken, 1, "migration")
    return None


def backup_name(kind: str, when: datetime, seq: int = 1) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    tail = f"-{seq}" if seq > 1 else ""
    return f"{PREFIX}-{when:%Y%m%d-%H%M%S}-{kind}{tail}{SUFFIX}"


def free_name(folder: Path, make) -> Path:
    """``folder / make(seq)`` for the first seq (1, 2, …) whose file does not exist yet."""
    seq = 1
    while True:
        candidate = Path(folder) / make(seq)
        if not candidate.exists() and not candidate.with_name(candidate.name + ".part").exists():
            return candidate
        seq += 1


# --- opening without side effects ------------------------------------------------------------


def _uri(path: Path, **query: str) -> str:
    return Path(path).resolve().as_uri() + "?" + "&".join(f"{k}={v}" for k, v in query.items())


def _is_wal_file(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(20)
    return len(head) >= 20 and head[18] == 2 and head[19] == 2


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file for reading without creating anything beside it.

    A WAL-mode file with no -wal beside it is opened ``immutable`` (read-only WAL would create
    -wal and -shm files, e.g. on a USB stick); anything else ``mode=ro``.
    """
    path = Path(path)
    if _is_wal_file(path) and not Path(str(path) + "-wal").exists():
        return sqlite3.connect(_uri(path, immutable="1"), uri=True)
    return sqlite3.connect(_uri(path, mode="ro"), uri=True)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


# --- copying ----------------------------------------------------------------------------------


class _BusyTooLong(Exception):
    pass


def _progress_with_deadline(seconds: float):
    """A backup progress callback that gives up when the database stays busy too long.

    (Python's ``Connection.backup`` otherwise retries a busy step forever.)
    """
    deadline = [None]

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            now = time.monotonic()
            if deadline[0] is None:
                deadline[0] = now + seconds
            elif now > deadline[0]:
                raise _BusyTooLong
        else:
            deadline[0] = None

    return progress


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. directories on Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, what: Path) -> None:
    try:
        src.backup(dst, progress=_progress_with_deadline(BUSY_SECONDS))
    except _BusyTooLong:
        raise DomainError("database.locked", path=str(what)) from None


def online_backup(src_db_path: Path, target_path: Path) -> Path:
    """Copy a database with SQLite's backup API: a consistent snapshot even while the program
    writes (WAL). Written to ``<target>.part`` first, then renamed, so a crash or a full disk
    never leaves a half-written file under the final name. The copy is in rollback-journal mode.
    """
    src_db_path, target = Path(src_db_path), Path(target_path)
    if not src_db_path.is_file():
        raise DomainError("backup.failed", path=str(src_db_path), detail="file not found")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = dst = None
    try:
        src = sqlite3.connect(_uri(src_db_path, mode="rw"), uri=True, timeout=BUSY_SECONDS)
        dst = sqlite3.connect(str(tmp))
        _copy_pages(src, dst, src_db_path)
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.close()
        dst = None
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync(target.parent)
    except DomainError:
        tmp.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as e:
        tmp.unlink(missing_ok=True)
        raise DomainError("backup.failed", path=str(target), detail=str(e)) from e
    finally:
        if dst is not None:
            dst.close()
        if src is not None:
            src.close()
    return target


def make_backup(db_path: Path, backup_dir: Path, kind: str, *, now: datetime | None = None) -> Path:
    """An automatic backup of ``kind`` in ``backup_dir``, named by the time."""
    when = (now or datetime.now()).replace(microsecond=0)
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = free_name(backup_dir, lambda seq: backup_name(kind, when, seq))
    online_backup(db_path, target)
    log.info("%s backup written to %s", kind, target)
    return target


def raw_copy(db_path: Path, target: Path) -> Path:
    """Copy the file (and its -wal) byte for byte: for a database too damaged to read."""
    db_path, target = Path(db_path), Path(target)
    try:
        shutil.copy2(db_path, target)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copy2(wal, Path(str(target) + "-wal"))
    except OSError as e:
        raise DomainError("backup.failed", path=str(target), detail=str(e)) from e
    return target


def copy_into(backup_path: Path, live_db_path: Path) -> None:
    """Replace the content of the live database with a backup's, in one SQLite transaction.

    The live file stays where it is (and in WAL mode); other processes must not have it open.
    Raises DomainError('database.locked') when it stays busy. When the live file is too damaged
    to be written page by page, it is replaced as a file instead.
    """
    backup_path, live_db_path = Path(backup_path), Path(live_db_path)
    src = open_read_only(backup_path)
    try:
        dst = sqlite3.connect(str(live_db_path), timeout=BUSY_SECONDS)
        try:
            _copy_pages(src, dst, live_db_path)
            return
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
                raise DomainError("database.locked", path=str(live_db_path)) from e
            log.warning("live database cannot be written page by page (%s); replacing the file", e)
        finally:
            dst.close()
    finally:
        src.close()
    _replace_file(backup_path, live_db_path)


def _replace_file(backup_path: Path, live_db_path: Path) -> None:
    tmp = live_db_path.with_name(live_db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = open_read_only(backup_path)
    dst = sqlite3.connect(str(tmp))
    try:
        _copy_pages(src, dst, backup_path)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    _fsync(tmp)
    for side in ("-wal", "-shm", "-journal"):
        Path(str(live_db_path) + side).unlink(missing_ok=True)
    os.replace(tmp, live_db_path)
    _fsync(live_db_path.parent)


# --- checking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the list shows it.

    ``created`` is the time in the file name for the program's own backups, else the file's
    modification time. ``problem`` is "" for a good backup, else the error code that
    ``inspect_backup`` raises for it (``backup.corrupt``, ``backup.newer``…).
    """

    path: Path
    size: int
    created: datetime
    revision: str | None
    integrity_ok: bool
    center_name: str
    staff_count: int | None
    kind: str  # one of KINDS, or "" for a file not named by the program
    problem: str = ""
    detail: str = ""

    @property
    def id(self) -> str:
        """Lets list pages keep the selection across reloads."""
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return not self.problem


def _read_summary(con: sqlite3.Connection) -> tuple[str, int | None]:
    center = ""
    staff: int | None = None
    try:
        row = con.execute("SELECT name FROM center WHERE id = 1").fetchone()
        center = row[0] if row and row[0] else ""
    except sqlite3.DatabaseError:
        pass
    try:
        staff = con.execute("SELECT count(*) FROM staff WHERE status != 'returned'").fetchone()[0]
    except sqlite3.DatabaseError:
        try:
            staff = con.execute("SELECT count(*) FROM staff").fetchone()[0]
        except sqlite3.DatabaseError:
            staff = None
    return center, staff


def _integrity_messages(con: sqlite3.Connection, pragma: str = "integrity_check", limit: int = 20) -> list[str]:
    rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({limit})")]
    return [] if rows == ["ok"] else rows


def inspect_backup(path: Path, *, strict: bool = True, full_check: bool = True) -> BackupInfo:
    """Open a backup read-only and say what it holds.

    With ``strict`` (the default) anything wrong raises DomainError: ``backup.not_database``
    (path), ``backup.not_ours`` (path), ``backup.corrupt`` (path, detail), ``backup.newer``
    (path, revision). Without it the problem is returned in ``BackupInfo.problem`` instead.
    ``full_check=False`` runs the faster ``quick_check``.
    """
    from govhr_desktop.persistence.migrate import KNOWN_REVISIONS

    path = Path(path)
    try:
        st = path.stat()
    except OSError as e:
        raise DomainError("backup.not_database", path=str(path), detail=str(e)) from e
    parsed = parse_name(path.name)
    created = parsed.taken if parsed else datetime.fromtimestamp(st.st_mtime)
    kind = parsed.kind if parsed else ""
    base = {"path": path, "size": st.st_size, "created": created, "kind": kind}

    def fail(code: str, *, revision=None, center="", staff=None, integrity=True, detail=""):
        if strict:
            params = {"path": str(path)}
            if code == "backup.newer":
                params["revision"] = revision or ""
            if detail:
                params["detail"] = detail
            raise DomainError(code, **params)
        return BackupInfo(**base, revision=revision, integrity_ok=integrity, center_name=center,
                          staff_count=staff, problem=code, detail=detail)

    if not path.is_file() or not _has_sqlite_header(path):
        return fail("backup.not_database")
    try:
        con = open_read_only(path)
    except sqlite3.Error as e:
        return fail("backup.not_database", detail=str(e))
    try:
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as e:
            if "not a database" in str(e) or "encrypted" in str(e):
                return fail("backup.not_database", detail=str(e))
            return fail("backup.corrupt", integrity=False, detail=str(e))
        if "alembic_version" not in tables or not all(t in tables for t in OUR_TABLES):
            return fail("backup.not_ours")
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            center, staff = _read_summary(con)
            problems = _integrity_messages(con, "integrity_check" if full_check else "quick_check")
        except sqlite3.DatabaseError as e:
            return fail("backup.corrupt", integrity=False, detail=str(e))
        if problems:
            return fail("backup.corrupt", revision=revision, center=center, staff=staff, integrity=False,
                        detail="; ".join(problems[:5]))
        if revision not in KNOWN_REVISIONS:
            return fail("backup.newer", revision=revision, center=center, staff=staff)
        return BackupInfo(**base, revision=revision, integrity_ok=True, center_name=center, staff_count=staff)
    finally:
        con.close()


def quick_check(db_path: Path) -> str | None:
    """``PRAGMA quick_check`` of a database: None when it is fine, else the first problem."""
    return _check(db_path, "quick_check")


def integrity_check(db_path: Path) -> str | None:
    """The full ``PRAGMA integrity_check`` (slower; also checks indexes against tables)."""
    return _check(db_path, "integrity_check")


def _check(db_path: Path, pragma: str) -> str | None:
    db_path = Path(db_path)
    if not db_path.is_file():
        return f"{db_path}: file not found"
    if not _has_sqlite_header(db_path) and db_path.stat().st_size > 0:
        return "file is not a database"
    try:
        con = sqlite3.connect(_uri(db_path, mode="rw"), uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error as e:
        return str(e)
    try:
        problems = _integrity_messages(con, pragma, 1)
        return problems[0] if problems else None
    except sqlite3.DatabaseError as e:
        return str(e)
    finally:
        con.close()


# --- rotation ---------------------------------------------------------------------------------


def backups_in(backup_dir: Path) -> list[tuple[Path, BackupName]]:
    """The program's own backup files in a folder, oldest first."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    found = []
    for p in backup_dir.iterdir():
        parsed = parse_name(p.name)
        if parsed is not None and p.is_file():
            found.append((p, parsed))
    found.sort(key=lambda item: (item[1].taken, item[1].seq))
    return found


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def daily_keepers(dailies: list[tuple[Path, BackupName]], today: date) -> set[Path]:
    """Grandfather-father-son: newest per day (7 days), ISO week (4 weeks), month (12 months).

    Files dated after ``today`` (a clock that was wrong) are kept.
    """
    first_day = today - timedelta(days=KEEP_DAYS - 1)
    first_monday = _monday(today) - timedelta(weeks=KEEP_WEEKS - 1)
    first_month = today.year * 12 + today.month - 1 - (KEEP_MONTHS - 1)
    newest: dict[tuple, tuple[Path, BackupName]] = {}
    keep: set[Path] = set()
    for path, name in dailies:  # oldest first: later ones overwrite
        d = name.taken.date()
        if d > today:
            keep.add(path)
            continue
        if d >= first_day:
            newest[("day", d)] = (path, name)
        if _monday(d) >= first_monday:
            newest[("week", d.isocalendar()[:2])] = (path, name)
        if d.year * 12 + d.month - 1 >= first_month:
            newest[("month", d.year, d.month)] = (path, name)
    keep.update(path for path, _name in newest.values())
    return keep


def rotate(backup_dir: Path, today: date | None = None) -> list[Path]:
    """Delete automatic backups that are no longer needed; returns the deleted files.

    Never deletes ``manual`` backups or files the program did not name.
    """
    today = today or date.today()
    by_kind: dict[str, list[tuple[Path, BackupName]]] = {k: [] for k in KINDS}
    for path, name in backups_in(backup_dir):
        by_kind[name.kind].append((path, name))
    doomed: list[Path] = []
    keep = daily_keepers(by_kind["daily"], today)
    doomed += [p for p, _n in by_kind["daily"] if p not in keep]
    for kind, count in KEEP_PER_KIND.items():
        files = by_kind[kind]
        doomed += [p for p, _n in files[: max(0, len(files) - count)]]
    deleted = []
    for p in doomed:
        try:
            p.unlink()
            Path(str(p) + "-wal").unlink(missing_ok=True)  # beside a raw copy of a damaged database
            deleted.append(p)
        except OSError as e:  # pragma: no cover - e.g. open in another program on Windows
            log.warning("cannot delete old backup %s: %s", p, e)
    if deleted:
        log.info("rotated backups: deleted %s", ", ".join(p.name for p in deleted))
    return deleted
