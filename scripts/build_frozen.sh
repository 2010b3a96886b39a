#!/usr/bin/env bash
# Build the one-folder frozen program (build.spec) into dist/govhr-desktop and prove it runs:
# a --self-check on a fresh data directory (create + migrate the database, open every page
# offscreen) must exit 0. Then, unless --no-bare, build the bare trimmed PySide6 window the same
# way (tests/benchmarks/bare_window.spec) and compare the bundle sizes: more than 1.2 times the
# bare bundle fails.
#
#   scripts/build_frozen.sh [--no-bare]
#
# Environment: PYINSTALLER (default .venv/bin/pyinstaller), GOVHR_BUILD_TRIM=0 to build without
# trimming Qt and unused packages (for measuring what trimming saves).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYINSTALLER=${PYINSTALLER:-$ROOT/.venv/bin/pyinstaller}
BARE=1
for arg in "$@"; do
    case "$arg" in
        --no-bare) BARE=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

export QT_QPA_PLATFORM=offscreen
unset GOVHR_DATA_DIR
# PyInstaller compiles the bundled modules itself; the caller's PYTHONDONTWRITEBYTECODE does
# not matter, but keep its own caches out of the source tree.
export PYTHONPYCACHEPREFIX=${PYTHONPYCACHEPREFIX:-$ROOT/build/pycache}

kib() { du -sk "$1" | cut -f1; }
human() { du -sh "$1" | cut -f1; }

build() {  # build SPEC NAME -> prints the build time; leaves dist/NAME
    local spec=$1 name=$2 start end
    start=$(date +%s.%N)
    if ! "$PYINSTALLER" "$spec" --noconfirm --clean --distpath dist --workpath "build/pyinstaller-$name" \
            >"build/pyinstaller-$name.log" 2>&1; then
        tail -40 "build/pyinstaller-$name.log" >&2
        echo "FAILED: pyinstaller $spec (log: build/pyinstaller-$name.log)" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    printf 'build time %s: %.1f s\n' "$name" "$(awk "BEGIN{print $end - $start}")"
}

mkdir -p build
build build.spec govhr-desktop
echo "bundle size: $(du -sh dist/govhr-desktop)"

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
echo "self-check: dist/govhr-desktop/govhr-desktop --self-check --data-dir $DATA"
set +e
start=$(date +%s.%N)
dist/govhr-desktop/govhr-desktop --self-check --data-dir "$DATA" 2>"$DATA/self-check.err"
rc=$?
end=$(date +%s.%N)
set -e
printf 'self-check exit %d in %.2f s\n' "$rc" "$(awk "BEGIN{print $end - $start}")"
# Qt swallows exceptions raised in slots (a page that fails to import when first shown): the
# program may still exit 0, so a traceback on stderr fails the check too.
if [ "$rc" -ne 0 ] || grep -q "Traceback" "$DATA/self-check.err"; then
    cat "$DATA/self-check.err" >&2
    cat "$DATA"/logs/*.log >&2 2>/dev/null || true
    echo "FAILED: the frozen self-check (exit $rc; data and logs kept in $DATA)" >&2
    trap - EXIT
    exit 1
fi
grep -v "propagateSizeHints" "$DATA/self-check.err" >&2 || true
# a second start on the now-current database takes the fast path (no Alembic)
dist/govhr-desktop/govhr-desktop --self-check --data-dir "$DATA" >/dev/null

if [ "$BARE" -eq 1 ]; then
    build tests/benchmarks/bare_window.spec bare-window
    dist/bare-window/bare-window >/dev/null 2>&1
    app=$(kib dist/govhr-desktop) bare=$(kib dist/bare-window)
    echo "bundle size: $(du -sh dist/bare-window)"
    printf 'bundle ratio govhr-desktop / bare-window: %s / %s = %.3f (budget 1.2)\n' \
        "$(human dist/govhr-desktop)" "$(human dist/bare-window)" "$(awk "BEGIN{print $app / $bare}")"
    if awk "BEGIN{exit !($app / $bare > 1.2)}"; then
        echo "FAILED: the bundle is more than 1.2 times the bare PySide6 bundle" >&2
        exit 1
    fi
fi
echo "OK"
