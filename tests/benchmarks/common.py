"""What every benchmark shares: the registry, the result record, statistics, child processes.

A benchmark is a function taking no arguments and returning ``result(...)``; register it with
``@benchmark("name")`` in a ``bench_*.py`` module of this folder (``run.py`` imports them all).
Keep imports of Qt and of the application inside the function: ``run.py`` lists and dispatches
benchmarks without loading either.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

BenchFn = Callable[[], dict]
BENCHMARKS: dict[str, BenchFn] = {}


def benchmark(name: str) -> Callable[[BenchFn], BenchFn]:
    """Register ``fn`` under ``name`` (the name used on the command line and in the output)."""

    def register(fn: BenchFn) -> BenchFn:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHMARKS[name] = fn
        fn.benchmark_name = name  # type: ignore[attr-defined]
        return fn

    return register


def result(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: float | None,
    budget: float,
    ok: bool,
    ratio: float | None = None,
    detail: dict | None = None,
) -> dict:
    """The one record a benchmark returns; ``ratio`` defaults to value / baseline."""
    if ratio is None and baseline:
        ratio = value / baseline
    out: dict[str, Any] = {
        "name": name,
        "value": _round(value),
        "unit": unit,
        "baseline": _round(baseline),
        "ratio": _round(ratio),
        "budget": budget,
        "ok": bool(ok),
    }
    if detail:
        out["detail"] = detail
    return out


def _round(x: float | None, digits: int = 4) -> float | None:
    if x is None:
        return None
    return float(f"{x:.{digits}g}") if abs(x) < 1 else round(x, digits)


# --- statistics -------------------------------------------------------------------------------


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def percentile(xs: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): a value that was actually measured."""
    s = sorted(xs)
    if not s:
        raise ValueError("no samples")
    k = max(1, math.ceil(p / 100 * len(s)))
    return s[k - 1]


def rounded(xs: Sequence[float], digits: int = 4) -> list[float]:
    return [round(x, digits) for x in xs]


# --- processes and places ---------------------------------------------------------------------


def child_env(*, pycache: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, no user data directory leaking in.

    ``pycache``: write and use byte code there (``PYTHONPYCACHEPREFIX``), even when the caller's
    environment says PYTHONDONTWRITEBYTECODE, so timed start-ups load .pyc files like an
    installed program does instead of compiling every module of the program on each start.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("GOVHR_DATA_DIR", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.update(extra)
    return env


@contextmanager
def temp_dir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=f"govhr-bench-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


STARTUP_RE = re.compile(r"startup_seconds=([0-9.]+)")


def timed_process(cmd: Sequence[str], *, cwd: Path, env: dict, timeout: float = 60) -> tuple[float, str]:
    """Run ``cmd`` to its end; the wall-clock seconds from spawn to exit, and its stdout.

    Raises RuntimeError (with the child's stderr) if it fails.
    """
    t0 = time.perf_counter()
    proc = subprocess.run(
        list(cmd), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8", errors="replace", timeout=timeout,
    )
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {proc.returncode}\n{proc.stderr[-3000:]}"
        )
    return elapsed, proc.stdout


def timed_start(cmd: Sequence[str], *, cwd: Path, env: dict, timeout: float = 60) -> tuple[float, float | None, str]:
    """Run ``cmd`` to its end: (seconds spawn -> exit, seconds spawn -> its ``startup_seconds=``
    line, stdout). The second is None when the program printed no such line.
    """
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=err)
        ready, lines = None, []
        assert proc.stdout is not None
        for raw in proc.stdout:
            if ready is None and raw.startswith(b"startup_seconds="):
                ready = time.perf_counter() - t0
            lines.append(raw.decode("utf-8", "replace"))
        try:
            rc = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        elapsed = time.perf_counter() - t0
        if rc != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} exited {rc}\n{err.read()[-3000:].decode('utf-8', 'replace')}")
    return elapsed, ready, "".join(lines)


def python() -> str:
    """The interpreter running the benchmarks (the project's virtualenv when run from it)."""
    return sys.executable
