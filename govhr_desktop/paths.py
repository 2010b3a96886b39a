"""Every location the program uses.

Program files (resources/, migrations/) are found beside the package in a source checkout or
editable install, in ``govhr_desktop/_data`` in an installed wheel, inside the bundle when frozen
by PyInstaller (``sys._MEIPASS``).

User data (the SQLite database, backups, logs, settings) lives in one data directory, chosen in
this order: ``--data-dir``, ``GOVHR_DATA_DIR``, portable mode (a ``portable.txt`` file beside the
program, or ``--portable``: data in ``data/`` beside the program), else the platform's user data
directory. The demo center always lives in a ``demo`` sub-directory so it is never mixed with
real data.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from govhr_desktop import APP_NAME

DB_FILE_NAME = "govhr.sqlite3"
PORTABLE_MARKER = "portable.txt"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The directory holding the program: the bundle folder when frozen, the repo root otherwise."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def _bundle_root() -> Path:
    """Where resources/ and migrations/ are: the bundle when frozen; ``govhr_desktop/_data``
    in an installed wheel (setup.py puts them there); else the repository root."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", program_dir()))
    installed = Path(__file__).resolve().parent / "_data"
    if (installed / "migrations").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "migrations"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_user_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """The locations inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    def ensure(self) -> "DataPaths":
        for d in (self.root, self.backups, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(
    cli_dir: str | os.PathLike | None = None,
    *,
    portable: bool = False,
    demo: bool = False,
    environ: dict | None = None,
) -> DataPaths:
    env = os.environ if environ is None else environ
    if cli_dir:
        root = Path(cli_dir).expanduser()
    elif env.get("GOVHR_DATA_DIR"):
        root = Path(env["GOVHR_DATA_DIR"]).expanduser()
    elif portable or (program_dir() / PORTABLE_MARKER).exists():
        root = program_dir() / "data"
    else:
        root = default_user_data_dir()
    if demo:
        root = root / "demo"
    return DataPaths(root.resolve())
