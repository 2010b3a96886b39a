"""The packaged program (issue 9), against a bare PySide6 window frozen the same way.

- ``frozen_startup``: cold start of the frozen one-folder program on the demo center
  (``dist/govhr-desktop/govhr-desktop --demo --quit-after-show``) against the bare frozen window
  (``dist/bare-window/bare-window``, from tests/benchmarks/bare_window.spec, same trimming):
  median wall-clock seconds from spawn to exit, runs interleaved. "Cold" as in ``startup``: a
  fresh process with the files already read once (the OS file cache warm), not a cold disk.
- ``bundle_size``: the size on disk (``du -sk``) of the program's bundle against the bare one.

Both build the two bundles with ``scripts/build_frozen.sh`` first when ``dist/`` lacks them
(about 2–3 minutes); ``GOVHR_BENCH_REBUILD=1`` rebuilds them anyway.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from common import HERE, benchmark, child_env, median, result, rounded, temp_dir, timed_start

ROOT = HERE.parent.parent
APP = ROOT / "dist" / "govhr-desktop" / "govhr-desktop"
BARE = ROOT / "dist" / "bare-window" / "bare-window"
RUNS = 7
STARTUP_BUDGET = 1.5  # the same ratio as the start-up budget of the unfrozen program
SIZE_BUDGET = 1.2


def _bundles() -> None:
    if os.environ.get("GOVHR_BENCH_REBUILD") == "1" or not (APP.exists() and BARE.exists()):
        proc = subprocess.run(["bash", str(ROOT / "scripts" / "build_frozen.sh")], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=1200)
        if proc.returncode != 0:
            raise RuntimeError(f"scripts/build_frozen.sh failed:\n{proc.stdout[-3000:]}")


def _kib(path: Path) -> int:
    return int(subprocess.run(["du", "-sk", str(path)], stdout=subprocess.PIPE, text=True,
                              check=True).stdout.split()[0])


@benchmark("frozen_startup")
def frozen_startup(runs: int = RUNS) -> dict:
    _bundles()
    with temp_dir("frozen") as tmp:
        env = child_env()
        data = tmp / "data"
        # creates, migrates and fills the demo database with the frozen program itself
        timed_start([str(APP), "--demo", "--data-dir", str(data), "--self-check"], cwd=tmp, env=env, timeout=300)
        commands = {
            "app": [str(APP), "--demo", "--data-dir", str(data), "--quit-after-show"],
            "bare": [str(BARE)],
        }
        for cmd in commands.values():  # warm-up, not counted
            timed_start(cmd, cwd=tmp, env=env)
        wall: dict[str, list[float]] = {"app": [], "bare": []}
        ready: dict[str, list[float]] = {"app": [], "bare": []}
        for i in range(runs):
            for key in (("app", "bare") if i % 2 == 0 else ("bare", "app")):
                seconds, to_ready, _out = timed_start(commands[key], cwd=tmp, env=env)
                wall[key].append(seconds)
                if to_ready is not None:
                    ready[key].append(to_ready)
    value, baseline = median(wall["app"]), median(wall["bare"])
    ratio = value / baseline
    return result(
        "frozen_startup", value, "s", baseline=baseline, ratio=ratio, budget=STARTUP_BUDGET,
        ok=ratio <= STARTUP_BUDGET,
        detail={
            "what": "median seconds from spawn to exit of the frozen program on the demo center "
                    "(--quit-after-show) vs the bare frozen PySide6 window; budget is the ratio",
            "runs": runs,
            "app_samples": rounded(wall["app"], 3),
            "bare_samples": rounded(wall["bare"], 3),
            "app_ready_median": round(median(ready["app"]), 4) if ready["app"] else None,
            "bare_ready_median": round(median(ready["bare"]), 4) if ready["bare"] else None,
        },
    )


@benchmark("bundle_size")
def bundle_size() -> dict:
    _bundles()
    app, bare = _kib(APP.parent), _kib(BARE.parent)
    ratio = app / bare
    return result(
        "bundle_size", app / 1024, "MiB", baseline=bare / 1024, ratio=ratio, budget=SIZE_BUDGET,
        ok=ratio <= SIZE_BUDGET,
        detail={"what": "du -sk of dist/govhr-desktop vs dist/bare-window (same spec, same trimming)",
                "app_kib": app, "bare_kib": bare,
                "largest_extras_kib": _largest(APP.parent / "_internal", BARE.parent / "_internal")},
    )


def _largest(app: Path, bare: Path, n: int = 6) -> dict[str, int]:
    """The biggest folders/files of the program's bundle that the bare one does not have."""
    sizes: dict[str, int] = {}
    for p in app.rglob("*"):
        if p.is_file() and not p.is_symlink() and not (bare / p.relative_to(app)).exists():
            top = p.relative_to(app).parts
            key = "/".join(top[:3] if top[0] == "PySide6" else top[:1])
            sizes[key] = sizes.get(key, 0) + p.stat().st_size // 1024
    return dict(sorted(sizes.items(), key=lambda kv: -kv[1])[:n])
