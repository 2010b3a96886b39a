"""Backups and restore as use cases: list, daily, now, to a folder, restore, integrity.

The live database is copied with SQLite's online backup, so backups can be made while the
program runs. A restore first keeps the current data as a ``restore`` backup, then copies the
chosen backup into the live database file, upgrades its schema if it is older, and records the
restore in the audit trail. The restored database carries the backup's audit trail; the restore
entry is appended to it (so the trail shows the gap and who closed it).
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import BACKUP_MANAGE
from govhr_desktop.paths import DataPaths
from govhr_desktop.persistence import backup as files
from govhr_desktop.persistence.backup import BackupInfo
from govhr_desktop.services.base import Service, ServiceContext

log = logging.getLogger(__name__)

_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
BACKUP_SUFFIXES = (".sqlite3", ".db", ".sqlite")
#: In the backups folder: what each file held when it was checked (by name, size, mtime).
CHECKS_FILE = "checked.json"
_REMEMBERED = ("revision", "integrity_ok", "center_name", "staff_count", "problem", "detail")


@dataclass(frozen=True)
class RestoreResult:
    source: Path            # the backup that was restored
    safety_backup: Path     # the data as it was just before, kept as a 'restore' backup
    revision: str           # the schema revision the backup had
    migrated: bool          # True when the backup was upgraded to the current schema
    center_name: str
    staff_count: int | None


def _safe_part(text: str) -> str:
    return _UNSAFE_IN_NAME.sub("", text).strip(" .")


class BackupService(Service):
    def __init__(self, ctx: ServiceContext, paths: DataPaths) -> None:
        super().__init__(ctx)
        self.paths = paths

    @property
    def live(self) -> Path:
        return Path(self.ctx.db.path)

    # --- reading ------------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup file in the backups folder, newest first, each checked (read-only).

        Each file is checked (quick check) once; the result is remembered in ``checked.json``
        in the folder by name, size and modification time, so opening the list stays fast when
        the folder holds many large backups. A restore checks the chosen file in full again.
        """
        folder = self.paths.backups
        if not folder.is_dir():
            return []
        found = [p for p in folder.iterdir() if p.suffix.lower() in BACKUP_SUFFIXES and p.is_file()]
        out = self._checked(found, prune=True)
        out.sort(key=lambda b: (b.created, b.name), reverse=True)
        return out

    def info(self, path: Path | str) -> BackupInfo:
        """What a backup file holds; problems are reported in ``problem``, never raised."""
        return self._checked([Path(path)])[0]

    def inspect(self, path: Path | str) -> BackupInfo:
        """Check a backup before restoring it: raises DomainError for anything unusable."""
        return files.inspect_backup(Path(path))

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes every check: what to offer when the database is damaged."""
        for b in self.list():
            if b.ok:
                return b
        return None

    def integrity_at_start(self) -> str | None:
        """The quick check of the live database: None when fine, else the first problem."""
        return files.quick_check(self.live)

    def check_integrity(self) -> str | None:
        """The full integrity check of the live database: None when fine, else the first problem."""
        return files.integrity_check(self.live)

    # --- making backups -----------------------------------------------------------------------

    def daily_if_due(self, today: date | None = None) -> Path | None:
        """At start: the day's first backup if there is none yet today, then rotation.

        Runs as the program (no permission needed). Returns the new file, or None when one
        already existed. A backup that fails its own quick check is deleted and reported
        (DomainError 'database.damaged'): a damaged copy must never push good ones out.
        """
        today = today or date.today()
        if not self.live.is_file():
            return None
        if any(n.kind == "daily" and n.taken.date() == today for _p, n in files.backups_in(self.paths.backups)):
            files.rotate(self.paths.backups, today)
            return None
        now = datetime.now()
        if now.date() != today:
            now = datetime.combine(today, now.time())
        made = files.make_backup(self.live, self.paths.backups, "daily", now=now)
        problem = files.quick_check(made)
        if problem:
            made.unlink(missing_ok=True)
            log.error("daily backup failed its check (%s); deleted", problem)
            raise DomainError("database.damaged", path=str(self.live), detail=problem)
        files.rotate(self.paths.backups, today)
        return made

    def backup_now(self) -> BackupInfo:
        """A manual backup in the backups folder (never deleted automatically)."""
        self.require(BACKUP_MANAGE, "backup.create")
        made = files.make_backup(self.live, self.paths.backups, "manual")
        self._audit("backup.create", made, f"{made}")
        return self.info(made)

    def backup_to(self, folder: Path | str) -> Path:
        """A copy in a chosen folder (a USB stick): named by the center's short name and the time."""
        self.require(BACKUP_MANAGE, "backup.export")
        folder = Path(folder)
        if not folder.is_dir():
            raise DomainError("backup.folder_missing", path=str(folder))
        short = _safe_part(self._center_short_name())
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        stem = "-".join(x for x in (files.PREFIX, short, stamp) if x)
        target = files.free_name(folder, lambda seq: f"{stem}{f'-{seq}' if seq > 1 else ''}{files.SUFFIX}")
        files.online_backup(self.live, target)
        self._audit("backup.export", target, f"{target}")
        log.info("backup exported to %s", target)
        return target

    # --- restore ------------------------------------------------------------------------------

    def restore(self, path: Path | str) -> RestoreResult:
        """Replace the live data with a backup's (see the module docstring for the steps).

        Refuses, changing nothing: ``permission.denied``, ``backup.not_database``,
        ``backup.not_ours``, ``backup.corrupt``, ``backup.newer``, ``backup.is_live``.
        """
        path = Path(path)
        self.require(BACKUP_MANAGE, "backup.restore", label=path.name)
        if path.exists() and self.live.exists() and path.resolve() == self.live.resolve():
            raise DomainError("backup.is_live", path=str(path))
        try:
            info = files.inspect_backup(path)  # raises for anything unusable
        except DomainError as e:
            try:
                self._audit("backup.restore", path, f"refused: {e.code} {path}", result="failed")
            except Exception:  # e.g. the live database is the damaged one
                log.exception("cannot record the refused restore")
            raise

        safety = self._safety_backup()
        self.ctx.db.dispose()
        files.copy_into(path, self.live)
        migrated = False
        from govhr_desktop.persistence.migrate import HEAD

        if info.revision != HEAD:
            try:
                self._upgrade()
            except Exception as e:
                log.exception("upgrading the restored backup failed; putting the previous data back")
                files.copy_into(safety, self.live)
                raise DomainError("backup.upgrade_failed", path=str(path), detail=str(e)) from e
            migrated = True
        self.ctx.db.dispose()  # connections made meanwhile must not keep old pages
        detail = f"from {path}; previous data kept in {safety.name}; revision {info.revision}"
        if migrated:
            detail += f" upgraded to {HEAD}"
        self._audit("backup.restore", path, detail)
        log.info("restored %s (safety backup %s)", path, safety)
        return RestoreResult(path, safety, info.revision or "", migrated, info.center_name, info.staff_count)

    # --- internals ----------------------------------------------------------------------------

    def _checked(self, paths: list[Path], *, prune: bool = False) -> list[BackupInfo]:
        records = self._load_checks()
        changed = False
        out = []
        for path in paths:
            try:
                st = path.stat()
            except OSError:
                out.append(files.inspect_backup(path, strict=False))
                continue
            rec = records.get(path.name) if path.parent == self.paths.backups else None
            if rec and rec.get("size") == st.st_size and rec.get("mtime_ns") == st.st_mtime_ns:
                parsed = files.parse_name(path.name)
                created = parsed.taken if parsed else datetime.fromtimestamp(st.st_mtime)
                out.append(BackupInfo(path=path, size=st.st_size, created=created, kind=parsed.kind if parsed else "",
                                      **{k: rec.get(k) for k in _REMEMBERED}))
                continue
            info = files.inspect_backup(path, strict=False, full_check=False)
            out.append(info)
            if path.parent == self.paths.backups:
                records[path.name] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns,
                                      **{k: getattr(info, k) for k in _REMEMBERED}}
                changed = True
        if prune:
            names = {p.name for p in paths}
            for gone in [n for n in records if n not in names]:
                del records[gone]
                changed = True
        if changed:
            self._save_checks(records)
        return out

    def _load_checks(self) -> dict:
        try:
            data = json.loads((self.paths.backups / CHECKS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save_checks(self, records: dict) -> None:
        target = self.paths.backups / CHECKS_FILE
        tmp = target.with_name(target.name + ".part")
        try:
            tmp.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as e:  # a read-only folder: the checks are simply made again next time
            log.warning("cannot remember backup checks in %s: %s", target, e)

    def _safety_backup(self) -> Path:
        try:
            return files.make_backup(self.live, self.paths.backups, "restore")
        except DomainError as e:
            if e.code != "backup.failed":  # busy: a byte copy would not be consistent either
                raise
            # The live database may be too damaged for SQLite to read: keep its bytes instead.
            when = datetime.now().replace(microsecond=0)
            target = files.free_name(self.paths.backups, lambda seq: files.backup_name("restore", when, seq))
            log.warning("online backup of the live database failed; keeping a raw copy in %s", target)
            return files.raw_copy(self.live, target)

    def _upgrade(self) -> None:
        from govhr_desktop.persistence.engine import Database
        from govhr_desktop.persistence.migrate import upgrade_to_head

        fresh = Database(self.live)
        try:
            upgrade_to_head(self.live, fresh.engine)
        finally:
            fresh.dispose()

    def _center_short_name(self) -> str:
        from sqlalchemy import text

        try:
            with self.ctx.connect() as c:
                row = c.execute(text("SELECT short_name, name FROM center WHERE id = 1")).first()
        except Exception:  # noqa: BLE001 - a name is a nicety, the backup matters
            return ""
        return (row[0] or row[1] or "") if row else ""

    def _audit(self, action: str, path: Path, detail: str, *, result: str = "ok") -> None:
        from govhr_desktop.services.audit import write_entry

        with self.ctx.transaction() as s:
            write_entry(s, self.ctx.actor.username, action, record_type="backup", record_label=Path(path).name,
                        result=result, detail=detail)
