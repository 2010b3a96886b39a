"""One running copy per data directory: the OS lock on govhr.lock, tried from other processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.paths import DataPaths
from govhr_desktop.persistence.instance_lock import (
    LOCK_FILE_NAME,
    acquire,
    check_and_lock,
    lock_path,
)

TRY_LOCK = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from govhr_desktop.domain.errors import DomainError
    from govhr_desktop.paths import DataPaths
    from govhr_desktop.persistence.instance_lock import acquire
    try:
        lock = acquire(DataPaths(Path(sys.argv[1])))
    except DomainError as e:
        print(json.dumps({"code": e.code, **e.params}))
    else:
        print(json.dumps({"code": "ok", "holder": lock.holder}), flush=True)
        if len(sys.argv) > 2:  # keep holding until killed
            sys.stdin.read()
        lock.close()
""")


def try_in_child(paths: DataPaths) -> dict:
    out = subprocess.run([sys.executable, "-c", TRY_LOCK, str(paths.root)], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def data(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


def test_second_copy_is_refused_and_told_who_holds_the_lock(data):
    lock = acquire(data)
    try:
        assert lock_path(data) == data.root / LOCK_FILE_NAME
        assert f"pid {os.getpid()}" in lock.holder
        answer = try_in_child(data)
        assert answer["code"] == "database.in_use"
        assert answer["holder"] == lock.holder  # user@host, pid, start time of the first copy
        assert answer["path"] == str(data.database)
    finally:
        lock.close()
    assert not lock.held
    assert try_in_child(data)["code"] == "ok"  # released: the next copy may start


def test_a_stale_lock_file_does_not_block(data):
    lock_path(data).write_text("someone@old-pc, pid 99999, since 2020-01-01 08:00:00\n", encoding="utf-8")
    with acquire(data) as lock:
        assert lock.held and "99999" not in lock.holder
        assert lock_path(data).read_text(encoding="utf-8").strip() == lock.holder
    assert lock_path(data).exists()  # never deleted: the OS lock is the truth


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_nothing_that_blocks(data):
    child = subprocess.Popen([sys.executable, "-c", TRY_LOCK, str(data.root), "hold"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        first = json.loads(child.stdout.readline())
        assert first["code"] == "ok"
        with pytest.raises(DomainError) as e:
            acquire(data)
        assert e.value.code == "database.in_use" and e.value.params["holder"] == first["holder"]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    assert lock_path(data).read_text(encoding="utf-8").strip() == first["holder"]  # the file stays behind…
    with acquire(data) as lock:  # …and blocks nobody
        assert lock.held


def test_check_and_lock_creates_the_data_directory(tmp_path):
    paths = DataPaths(tmp_path / "fresh" / "data")
    lock = check_and_lock(paths)
    try:
        assert paths.backups.is_dir() and lock_path(paths).is_file()
        with pytest.raises(DomainError) as e:
            check_and_lock(paths)  # even from the same process, a second lock is refused
        assert e.value.code == "database.in_use"
    finally:
        lock.close()
