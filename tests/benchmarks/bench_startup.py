"""``startup``: cold start to a usable main window, against a bare PySide6 + SQLAlchemy window.

The demo center (470 staff, the size of a large center) is generated once in a temporary data
directory; then fresh processes of ``python -m govhr_desktop --demo --quit-after-show`` and of
``bare_window.py`` are timed from spawn to exit, interleaved (ABAB, then BABA, ...) so a noisy
machine slows both alike. One unmeasured run of each first warms the OS file cache and writes
the .pyc files, so "cold" means a fresh interpreter, not an empty disk cache.
"""

from __future__ import annotations

from common import (
    HERE, STARTUP_RE, benchmark, child_env, median, python, result, rounded, temp_dir, timed_process,
)

RUNS = 9
BUDGET_RATIO = 1.5


def _inner_seconds(stdout: str) -> float | None:
    m = STARTUP_RE.search(stdout)
    return float(m.group(1)) if m else None


@benchmark("startup")
def startup(runs: int = RUNS) -> dict:
    env = child_env()
    with temp_dir("startup") as tmp:
        py = python()
        # Creates, migrates and fills the demo database (and proves the app opens at all).
        timed_process([py, "-m", "govhr_desktop", "--demo", "--data-dir", str(tmp), "--self-check"],
                      cwd=tmp, env=env, timeout=120)
        commands = {
            "app": [py, "-m", "govhr_desktop", "--demo", "--data-dir", str(tmp), "--quit-after-show"],
            "bare": [py, str(HERE / "bare_window.py")],
        }
        for cmd in commands.values():  # warm-up, not counted
            timed_process(cmd, cwd=tmp, env=env)

        wall: dict[str, list[float]] = {"app": [], "bare": []}
        inner: dict[str, list[float]] = {"app": [], "bare": []}
        for i in range(runs):
            order = ("app", "bare") if i % 2 == 0 else ("bare", "app")
            for key in order:
                seconds, out = timed_process(commands[key], cwd=tmp, env=env)
                wall[key].append(seconds)
                s = _inner_seconds(out)
                if s is not None:
                    inner[key].append(s)

    value, baseline = median(wall["app"]), median(wall["bare"])
    ratio = value / baseline
    return result(
        "startup", value, "s", baseline=baseline, ratio=ratio, budget=BUDGET_RATIO,
        ok=ratio <= BUDGET_RATIO,
        detail={
            "what": "median wall-clock seconds, process spawn to exit; budget is the ratio",
            "runs": runs,
            "app_samples": rounded(wall["app"], 3),
            "bare_samples": rounded(wall["bare"], 3),
            "app_min": round(min(wall["app"]), 4),
            "bare_min": round(min(wall["bare"]), 4),
            # time from run() to the first event-loop turn, as printed by --quit-after-show
            "app_in_run_median": round(median(inner["app"]), 4) if inner["app"] else None,
            "bare_in_script_median": round(median(inner["bare"]), 4) if inner["bare"] else None,
        },
    )
