#!/usr/bin/env bash
# Prove that a non-editable install works: build the wheel, install it into a fresh virtual
# environment outside the checkout, check that it finds its migrations and resources inside
# site-packages (not the checkout), and run its --self-check on a fresh data directory.
#
#   scripts/check_wheel.sh            (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

secs() { awk "BEGIN{printf \"%.1f\", $2 - $1}"; }
t0=$(date +%s.%N)
"$PYTHON" -m venv "$WORK/build-env"
"$WORK/build-env/bin/pip" install -q --upgrade pip build >/dev/null
"$WORK/build-env/bin/python" -m build --wheel --outdir "$WORK/wheel" "$ROOT" >"$WORK/build.log" 2>&1 || {
    tail -30 "$WORK/build.log" >&2; echo "FAILED: building the wheel" >&2; exit 1; }
wheel=$(ls "$WORK"/wheel/*.whl)
t1=$(date +%s.%N)
echo "wheel: $(basename "$wheel") $(du -h "$wheel" | cut -f1) in $(secs "$t0" "$t1") s"
for needed in govhr_desktop/_data/migrations/env.py govhr_desktop/_data/resources/i18n/govhr_zh_CN.qm \
              govhr_desktop/_data/resources/fonts/GovHR-Ming.ttf.xz govhr_desktop/_data/resources/qss/app.qss; do
    "$PYTHON" -c "import sys, zipfile; sys.exit(0 if '$needed' in zipfile.ZipFile('$wheel').namelist() else 1)" || {
        echo "FAILED: the wheel lacks $needed" >&2; exit 1; }
done

"$PYTHON" -m venv "$WORK/env"
"$WORK/env/bin/pip" install -q "$wheel"
t2=$(date +%s.%N)
echo "installed into a fresh venv in $(secs "$t1" "$t2") s"
cd "$WORK"  # away from the checkout: nothing may be found there
"$WORK/env/bin/python" - <<'PY'
import sys
from pathlib import Path
import govhr_desktop
from govhr_desktop import paths
site = Path(govhr_desktop.__file__).resolve().parent
for name, p in (("migrations", paths.migrations_dir()), ("resources", paths.resources_dir())):
    if site not in p.resolve().parents or not p.is_dir():
        sys.exit(f"FAILED: {name} found at {p}, not inside the installed package {site}")
    print(f"{name}: {p}")
PY
export QT_QPA_PLATFORM=offscreen
unset GOVHR_DATA_DIR
t3=$(date +%s.%N)
"$WORK/env/bin/govhr-desktop" --self-check --data-dir "$WORK/data" 2>"$WORK/err.txt" || {
    cat "$WORK/err.txt" >&2; echo "FAILED: --self-check of the installed wheel" >&2; exit 1; }
if grep -q Traceback "$WORK/err.txt"; then cat "$WORK/err.txt" >&2; echo "FAILED: traceback" >&2; exit 1; fi
t4=$(date +%s.%N)
echo "self-check of the installed wheel: ok in $(secs "$t3" "$t4") s"
echo "OK"
