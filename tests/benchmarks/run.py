"""Run the benchmarks: ``python tests/benchmarks/run.py [NAME ...]`` (all when no name is given).

Prints one JSON object per line and benchmark, with the keys ``name, value, unit, baseline,
ratio, budget, ok`` and an optional ``detail``. Exits 0 when every benchmark ran and met its
budget, 1 otherwise. Each benchmark runs in a fresh child process (one QApplication per process,
no warm caches or memory left over from the one before) with ``QT_QPA_PLATFORM=offscreen``;
``--inline`` runs them in this process instead (handy under a debugger).

A new benchmark is a function in a ``bench_*.py`` module of this folder, registered with
``@benchmark("name")`` from ``common`` and returning ``common.result(...)``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import BENCHMARKS, child_env  # noqa: E402


def load_benchmarks() -> dict:
    for module in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(module.stem)
    return BENCHMARKS


def failure(name: str, error: str, seconds: float | None = None) -> dict:
    detail = {"error": error}
    if seconds is not None:
        detail["seconds"] = round(seconds, 1)
    return {"name": name, "value": None, "unit": None, "baseline": None, "ratio": None,
            "budget": None, "ok": False, "detail": detail}


def run_inline(name: str) -> dict:
    try:
        return BENCHMARKS[name]()
    except Exception:  # report it as a failed benchmark, keep going with the others
        return failure(name, traceback.format_exc(limit=8))


def run_in_child(name: str, timeout: float) -> dict:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", name],
            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace", timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return failure(name, f"timed out after {timeout:.0f} s", time.perf_counter() - t0)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode not in (0, 1) or not lines:
        return failure(name, f"exit {proc.returncode}: {proc.stderr[-3000:]}", time.perf_counter() - t0)
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    benchmarks = load_benchmarks()
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("names", nargs="*", metavar="NAME", help=f"benchmarks to run (default all: {', '.join(benchmarks)})")
    p.add_argument("--list", action="store_true", help="list the benchmark names and exit")
    p.add_argument("--inline", action="store_true", help="run in this process, not one child each")
    p.add_argument("--timeout", type=float, default=600, help="seconds before a child benchmark is stopped")
    p.add_argument("--child", metavar="NAME", help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.list:
        print("\n".join(benchmarks))
        return 0
    if args.child:
        out = run_inline(args.child)
        print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0 if out["ok"] else 1

    unknown = [n for n in args.names if n not in benchmarks]
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(benchmarks)}")
    all_ok = True
    for name in args.names or list(benchmarks):
        out = run_inline(name) if args.inline else run_in_child(name, args.timeout)
        all_ok &= bool(out.get("ok"))
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
