"""One running copy per data directory: an OS lock on ``govhr.lock`` beside the database.

The first copy holds an exclusive, non-blocking OS lock on the file for as long as it runs
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) and writes who it is into the file:
user, host, process id, start time. A second copy cannot take the lock and is told who holds
it (DomainError ``database.in_use``, param ``holder``).

The OS lock is the truth, not the file: a file left behind by a copy that crashed or was
killed holds no lock and blocks nobody (the OS drops the lock with the process). The file is
therefore never deleted either: deleting it could let two copies lock two different files.

Keep the returned InstanceLock referenced for the life of the program: closing it (or letting
it be garbage collected) releases the lock.
"""

from __future__ import annotations

import getpass
import logging
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import Self

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.paths import DataPaths

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "govhr.lock"
#: Windows locks are mandatory byte-range locks: lock a byte far past the holder text so a
#: second copy can still read who holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_HOLDER_TEXT = 400


def lock_path(paths: DataPaths) -> Path:
    return paths.database.with_name(LOCK_FILE_NAME)


def holder_text() -> str:
    """Who this copy is, in words a clerk can pass on: user, computer, process, start time."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some service/sandbox sessions
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "?"
    host = socket.gethostname() or "?"
    started = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    return f"{user}@{host}, pid {os.getpid()}, since {started}"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    except OSError as e:  # pragma: no cover - e.g. a file system without locks
        if e.errno in (11, 35):  # EAGAIN / EWOULDBLOCK on some systems
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _MAX_HOLDER_TEXT)
    except OSError:
        return ""
    return raw.decode("utf-8", errors="replace").strip("\0 \r\n")


class InstanceLock:
    """The held lock. ``close()`` (or leaving a ``with`` block) releases it."""

    def __init__(self, path: Path, fd: int, holder: str) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:  # pragma: no cover
            pass
        finally:
            os.close(fd)
        log.info("released %s", self.path)

    release = close

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - safety net
        try:
            self.close()
        except Exception:
            log.debug("releasing %s at garbage collection failed", self.path, exc_info=True)

    def __repr__(self) -> str:
        return f"InstanceLock({str(self.path)!r}, held={self.held})"


def acquire(paths: DataPaths) -> InstanceLock:
    """Take the data directory's lock, or raise DomainError('database.in_use', holder=…)."""
    path = lock_path(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as e:
        raise DomainError("database.dir_not_writable", path=str(path.parent), detail=str(e)) from e
    try:
        if not _try_lock(fd):
            holder = _read_holder(fd) or "?"
            raise DomainError("database.in_use", path=str(paths.database), holder=holder)
        me = holder_text()
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (me + "\n").encode("utf-8"))
        os.ftruncate(fd, len((me + "\n").encode("utf-8")))
        try:
            os.fsync(fd)
        except OSError:  # pragma: no cover
            pass
    except BaseException:
        os.close(fd)
        raise
    log.info("holding %s as %s", path, me)
    return InstanceLock(path, fd, me)


def check_and_lock(paths: DataPaths) -> InstanceLock:
    """Start-up: make sure the data directory exists and is writable, then take the lock.

    Raises DomainError ``database.dir_not_writable`` (path, detail) or ``database.in_use``
    (path, holder). Call it before opening the database, keep the result until the program ends.
    """
    try:
        paths.ensure()
    except OSError as e:
        raise DomainError("database.dir_not_writable", path=str(paths.root), detail=str(e)) from e
    return acquire(paths)
