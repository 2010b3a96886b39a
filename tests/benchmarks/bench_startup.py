"""``startup``: cold start to a usable main window, against a bare PySide6 + SQLAlchemy window.

The demo center (470 staff, the size of a large center) is generated once in a temporary data
directory; then fresh processes of ``python -m govhr_desktop --demo --quit-after-show`` and of
``bare_window.py`` are timed from spawn to exit, interleaved (app, bare, then bare, app, ...) so
a noisy machine slows both alike. Byte code goes to a private PYTHONPYCACHEPREFIX and one
unmeasured run of each writes it and warms the OS file cache: "cold" means a fresh interpreter
with its .pyc files in place (as after an install), not an empty disk cache.

The figure is spawn-to-exit as the budget says; the detail also gives spawn-to-ready (the
moment the ``startup_seconds=`` line arrives, i.e. the first event-loop turn with the window
shown) and so how long each takes to shut down.
"""

from __future__ import annotations

from common import (
    HERE, STARTUP_RE, benchmark, child_env, median, python, result, rounded, temp_dir, timed_start,
)

RUNS = 9
BUDGET_RATIO = 1.5


def _inner_seconds(stdout: str) -> float | None:
    m = STARTUP_RE.search(stdout)
    return float(m.group(1)) if m else None


@benchmark("startup")
def startup(runs: int = RUNS) -> dict:
    with temp_dir("startup") as tmp:
        env = child_env(pycache=tmp / "pycache")
        py = python()
        data = tmp / "data"
        # Creates, migrates and fills the demo database (and proves the app opens at all).
        timed_start([py, "-m", "govhr_desktop", "--demo", "--data-dir", str(data), "--self-check"],
                    cwd=tmp, env=env, timeout=120)
        commands = {
            "app": [py, "-m", "govhr_desktop", "--demo", "--data-dir", str(data), "--quit-after-show"],
            "bare": [py, str(HERE / "bare_window.py")],
        }
        for cmd in commands.values():  # warm-up, not counted
            timed_start(cmd, cwd=tmp, env=env)

        wall: dict[str, list[float]] = {"app": [], "bare": []}
        ready: dict[str, list[float]] = {"app": [], "bare": []}
        inner: dict[str, list[float]] = {"app": [], "bare": []}
        for i in range(runs):
            for key in (("app", "bare") if i % 2 == 0 else ("bare", "app")):
                seconds, to_ready, out = timed_start(commands[key], cwd=tmp, env=env)
                wall[key].append(seconds)
                if to_ready is not None:
                    ready[key].append(to_ready)
                s = _inner_seconds(out)
                if s is not None:
                    inner[key].append(s)

    value, baseline = median(wall["app"]), median(wall["bare"])
    ratio = value / baseline

    def med(xs: list[float]) -> float | None:
        return round(median(xs), 4) if xs else None

    app_ready, bare_ready = med(ready["app"]), med(ready["bare"])
    return result(
        "startup", value, "s", baseline=baseline, ratio=ratio, budget=BUDGET_RATIO,
        ok=ratio <= BUDGET_RATIO,
        detail={
            "what": "median wall-clock seconds, process spawn to exit; budget is the ratio",
            "runs": runs,
            "app_samples": rounded(wall["app"], 3),
            "bare_samples": rounded(wall["bare"], 3),
            "app_ready_median": app_ready,
            "bare_ready_median": bare_ready,
            "ready_ratio": round(app_ready / bare_ready, 3) if app_ready and bare_ready else None,
            "app_shutdown_median": round(value - app_ready, 4) if app_ready else None,
            "bare_shutdown_median": round(baseline - bare_ready, 4) if bare_ready else None,
            # time from run() to the first event-loop turn, as printed by --quit-after-show
            "app_in_run_median": med(inner["app"]),
        },
    )
