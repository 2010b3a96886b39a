"""Start-up order: args -> paths -> logging -> backup + migrate -> QApplication -> main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from govhr_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="govhr-desktop",
        description="政务服务中心窗口人员管理 / window-staff management for a county service center",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", help="data directory (default: GOVHR_DATA_DIR, portable, or the user data dir)")
    p.add_argument("--portable", action="store_true", help="keep data in data/ beside the program")
    p.add_argument("--demo", action="store_true", help="open the generated demo center (its own data directory)")
    p.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="UI language (default zh_CN)")
    p.add_argument("--screenshots", metavar="DIR", help="render every page and main dialog with demo data to PNG files, then exit")
    p.add_argument("--self-check", action="store_true", help="create/migrate the database, open the main window offscreen, close; exit 0 if all worked")
    p.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects (modules, classes, Qt
    # wrappers); collecting them over and over costs ~0.1 s. The UI re-enables the collector
    # once the window shows (see ui.application.run).
    gc.disable()
    args = build_parser().parse_args(argv)
    if args.screenshots or args.self_check:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from govhr_desktop.paths import resolve_data_dir

    if args.screenshots:
        # Screenshots always use a fresh demo center of their own, never the user's data.
        base = Path(args.data_dir) if args.data_dir else Path(args.screenshots) / ".data"
        paths = resolve_data_dir(base, demo=True)
        demo = True
    else:
        paths = resolve_data_dir(args.data_dir, portable=args.portable, demo=args.demo)
        demo = args.demo
    paths.ensure()

    from govhr_desktop.bootstrap import setup_logging

    setup_logging(paths)

    from govhr_desktop.ui.application import run

    return run(args, paths, demo=demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
