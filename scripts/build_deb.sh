#!/usr/bin/env bash
# Build the .deb (amd64) for Debian, Kylin and UOS office PCs: dist/govhr-desktop_<version>_amd64.deb
#
#   scripts/build_deb.sh [--skip-build]
#
# Builds the one-folder bundle first (scripts/build_frozen.sh --no-bare), unless --skip-build
# (dist/govhr-desktop/ must then exist). The package holds:
#   /opt/govhr-desktop/                     the bundle
#   /usr/bin/govhr-desktop                  a symlink to /opt/govhr-desktop/govhr-desktop
#   /usr/share/applications/govhr-desktop.desktop
#   /usr/share/icons/hicolor/<N>x<N>/apps/govhr-desktop.png, scalable/apps/govhr-desktop.svg
# Control data comes from packaging/linux (control.in, depends, postinst, postrm). Needs dpkg-deb
# and readelf (binutils); no fakeroot (dpkg-deb --root-owner-group). Environment: GOVHR_ICON_DIR
# (default resources/icons), GOVHR_DEB_MAINTAINER (the Maintainer field).
# Prove the result on a clean Debian 12 with scripts/check_deb.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SKIP_BUILD=0
for arg in "$@"; do
    case "$arg" in
        --skip-build) SKIP_BUILD=1 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

die() { echo "FAILED: $*" >&2; exit 1; }
for tool in dpkg-deb readelf dpkg-query; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install dpkg binutils)"
done

NAME=govhr-desktop
PKG_DIR=$ROOT/packaging/linux
ICON_DIR=${GOVHR_ICON_DIR:-$ROOT/resources/icons}
MAINTAINER=${GOVHR_DEB_MAINTAINER:-govhr-desktop packagers <packaging@govhr-desktop.invalid>}
VERSION=$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' govhr_desktop/__init__.py)
[ -n "$VERSION" ] || die "no __version__ in govhr_desktop/__init__.py"
# Debian versions sort "~" before anything: 1.0rc1 -> 1.0~rc1, so that 1.0 is newer
DEB_VERSION=$(echo "$VERSION" | sed -E 's/^([0-9.]+)[.-]?((a|b|rc|dev)[0-9]*)$/\1~\2/')
BUNDLE=$ROOT/dist/$NAME
DEB=$ROOT/dist/${NAME}_${DEB_VERSION}_amd64.deb
SIZES=(16 24 32 48 64 128 256)

t0=$(date +%s.%N)
elapsed() { awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $1}"; }

# --- the bundle -------------------------------------------------------------------------------
if [ "$SKIP_BUILD" -eq 0 ]; then
    bash scripts/build_frozen.sh --no-bare
    printf 'build time (bundle, with its self-check): %s s\n' "$(elapsed "$t0")"
fi
[ -x "$BUNDLE/$NAME" ] || die "$BUNDLE/$NAME missing: run scripts/build_frozen.sh (or drop --skip-build)"

# every icon first: a package without its menu icon is not worth building
for n in "${SIZES[@]}"; do
    [ -f "$ICON_DIR/govhr-$n.png" ] || die "icon $ICON_DIR/govhr-$n.png missing"
done
[ -f "$ICON_DIR/govhr.svg" ] || die "icon $ICON_DIR/govhr.svg missing"

# --- the package tree -------------------------------------------------------------------------
t1=$(date +%s.%N)
STAGE=$ROOT/build/deb/${NAME}_${DEB_VERSION}_amd64
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -m 0644 "$PKG_DIR/$NAME.desktop" "$STAGE/usr/share/applications/$NAME.desktop"
for n in "${SIZES[@]}"; do
    install -D -m 0644 "$ICON_DIR/govhr-$n.png" "$STAGE/usr/share/icons/hicolor/${n}x${n}/apps/$NAME.png"
done
install -D -m 0644 "$ICON_DIR/govhr.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"

# modes: directories and programs 0755, everything else 0644 (shared libraries too: Debian
# policy 8.1; the loader does not need the x bit). A program is an ELF file asking for a program
# interpreter (libQt6Core and libcap do too, yet are libraries), or a "#!" script that was
# executable in the bundle.
is_program() {
    case "${1##*/}" in *.so|*.so.*) return 1 ;; esac
    readelf -l "$1" 2>/dev/null | grep -q 'Requesting program interpreter' && return 0
    [ -x "$1" ] && [ "$(head -c2 "$1")" = "#!" ]
}
find "$STAGE" -type d -exec chmod 0755 {} +
while IFS= read -r -d '' f; do
    if is_program "$f"; then chmod 0755 "$f"; else chmod 0644 "$f"; fi
done < <(find "$STAGE/opt" -type f -print0)
[ -x "$STAGE/opt/$NAME/$NAME" ] || die "the program lost its x bit"

# the copy that goes into the package must start (a bundle rebuilt while it was copied, or a
# stale one, would not): --self-check on a throw-away data directory, as build_frozen.sh does
CHECK_DATA=$(mktemp -d)
trap 'rm -rf "$CHECK_DATA"' EXIT
if ! QT_QPA_PLATFORM=offscreen GOVHR_DATA_DIR= "$STAGE/opt/$NAME/$NAME" --self-check --data-dir "$CHECK_DATA" \
        >"$CHECK_DATA/out" 2>"$CHECK_DATA/err" || grep -q Traceback "$CHECK_DATA/err"; then
    cat "$CHECK_DATA/out" "$CHECK_DATA/err" >&2
    die "the staged program fails its --self-check (bundle changed while copying? rebuild it)"
fi
echo "staged program: $(cat "$CHECK_DATA/out")"

# --- Depends ----------------------------------------------------------------------------------
# 1. libc6 (>= the newest GLIBC_x.y any binary of the bundle asks for).
# 2. Every soname a binary of the bundle links (DT_NEEDED) that no file of the bundle provides is
#    looked up on this machine and mapped to its package with dpkg -S; each such package must be
#    in packaging/linux/depends (glibc's own libraries are covered by libc6).
mapfile -d '' ELFS < <(find "$STAGE/opt/$NAME" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0)
GLIBC_MIN=$(for f in "${ELFS[@]}"; do readelf -V "$f" 2>/dev/null; done \
    | grep -o 'Name: GLIBC_[0-9.]*' | sed 's/Name: GLIBC_//' | sort -uV | tail -1)
[ -n "$GLIBC_MIN" ] || die "no GLIBC symbol versions found in the bundle (readelf)"

declare -A BUNDLED=()
while IFS= read -r -d '' f; do BUNDLED[$(basename "$f")]=1; done \
    < <(find "$STAGE/opt/$NAME" \( -type f -o -type l \) -print0)
declare -A EXTERNAL=()  # soname -> one binary of the bundle that links it
for f in "${ELFS[@]}"; do
    while read -r so; do
        [ -n "${BUNDLED[$so]:-}" ] || EXTERNAL[$so]=${f#"$STAGE"}
    done < <(readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done

mapfile -t LISTED < <(sed 's/#.*//; s/[[:space:]]//g; /^$/d' "$PKG_DIR/depends")
listed() { local p; for p in "${LISTED[@]}" libc6; do [ "$p" = "$1" ] && return 0; done; return 1; }
missing=()
echo "libraries the bundle links but does not carry:"
for so in $(printf '%s\n' "${!EXTERNAL[@]}" | sort); do
    path=$(/sbin/ldconfig -p | awk -v so="$so" '$1 == so && /x86-64/ {print $NF; exit}')
    [ -n "$path" ] || die "$so (linked by ${EXTERNAL[$so]}) is not installed on this machine: cannot tell its package"
    real=$(readlink -f "$path")
    pkg=""
    for p in "$path" "$real" "/usr$path" "/usr$real" "${path#/usr}" "${real#/usr}"; do
        pkg=$(dpkg -S "$p" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$pkg" ] && break
    done
    [ -n "$pkg" ] || die "$so ($path) belongs to no Debian package on this machine"
    printf '  %-20s %-12s (e.g. %s)\n' "$so" "$pkg" "${EXTERNAL[$so]}"
    listed "$pkg" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    die "add to packaging/linux/depends: $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
fi
DEPENDS="libc6 (>= $GLIBC_MIN)"
for p in "${LISTED[@]}"; do DEPENDS+=", $p"; done

# --- control data -----------------------------------------------------------------------------
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s|@VERSION@|$DEB_VERSION|" -e "s|@INSTALLED_SIZE@|$INSTALLED_SIZE|" \
    -e "s|@DEPENDS@|$DEPENDS|" -e "s|@MAINTAINER@|$MAINTAINER|" \
    "$PKG_DIR/control.in" >"$STAGE/DEBIAN/control"
grep -q '@[A-Z_]*@' "$STAGE/DEBIAN/control" && die "unfilled field in DEBIAN/control"
install -m 0755 "$PKG_DIR/postinst" "$PKG_DIR/postrm" "$STAGE/DEBIAN/"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum) >"$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$STAGE/usr/share/applications/$NAME.desktop" \
        || die "desktop-file-validate rejects packaging/linux/$NAME.desktop"
else
    echo "note: desktop-file-validate not found (apt-get install desktop-file-utils); entry not validated"
fi

# --- the .deb ---------------------------------------------------------------------------------
rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
printf 'package time (stage + dpkg-deb): %s s\n' "$(elapsed "$t1")"
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p' | grep -E '^ (Package|Version|Installed-Size|Depends|Recommends):'
echo "bundle size:    $(du -sh "$BUNDLE" | cut -f1)"
echo "installed size: $INSTALLED_SIZE KiB ($(awk "BEGIN{printf \"%.0f\", $INSTALLED_SIZE/1024}") MiB)"
echo ".deb size:      $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
printf 'total: %s s\n' "$(elapsed "$t0")"
echo "OK: $DEB"
