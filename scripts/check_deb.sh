#!/usr/bin/env bash
# Prove the .deb on a CLEAN Debian 12: install, self-check, removal, user data kept.
#
#   sudo scripts/check_deb.sh dist/govhr-desktop_<version>_amd64.deb
#
# Builds a minimal bookworm root with debootstrap (--variant=minbase; cached as a tarball in
# $GOVHR_CHECK_CACHE, default /tmp/govhr-deb-check, so reruns start in seconds), unpacks a fresh
# copy, and in a chroot (its own mount namespace; /proc, /sys, /dev unmounted on exit):
#   apt-get install ./the.deb  ->  launcher, desktop entry, icons, dpkg --verify, no library
#   "not found"  ->  --self-check as root with --data-dir, and as a new user with the default
#   data dir (~/.local/share/govhr-desktop)  ->  on the X11 platform too when the host has Xvfb
#   ->  apt-get remove, apt-get purge: the program is gone, both users' databases unchanged.
# Exits non-zero with a FAILED: line on the first failure. Needs root, debootstrap, unshare.
# Environment: GOVHR_DEBIAN_MIRROR (default deb.debian.org when reachable, else this machine's apt
# source), GOVHR_CHECK_KEEP=1 keeps the chroot for inspection, GOVHR_CHECK_REFRESH=1 rebuilds the
# cached root.
set -euo pipefail

usage() { sed -n '2,16p' "$0"; }
[ $# -eq 1 ] || { usage >&2; exit 2; }
case "$1" in -h|--help) usage; exit 0 ;; esac
die() { echo "FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount)"
DEB=$(readlink -f "$1")
[ -f "$DEB" ] || die "no such file: $1"
dpkg-deb --field "$DEB" Package >/dev/null 2>&1 || die "$DEB is not a Debian package"

# Everything below runs in a private mount namespace: mounts made for the chroot can neither
# leak into nor propagate back to the host, and vanish even if this script is killed.
if [ -z "${GOVHR_CHECK_IN_NS:-}" ]; then
    command -v unshare >/dev/null || die "unshare not found (util-linux)"
    exec unshare --mount --propagation private env GOVHR_CHECK_IN_NS=1 bash "$0" "$DEB"
fi

export DEBIAN_FRONTEND=noninteractive
SUITE=bookworm
CACHE=${GOVHR_CHECK_CACHE:-/tmp/govhr-deb-check}
TARBALL=$CACHE/$SUITE-minbase.tar
PKG=$(dpkg-deb --field "$DEB" Package)
NAME=govhr-desktop
mkdir -p "$CACHE"

now() { date +%s.%N; }
secs() { awk "BEGIN{printf \"%.1f\", $2 - $1}"; }
declare -a FIGURES=()
figure() { FIGURES+=("$(printf '%-34s %s' "$1" "$2")"); echo "   -> $1: $2"; }
step() { echo; echo "== $*"; }

# --- the clean root ---------------------------------------------------------------------------
reachable() { timeout 10 bash -c "exec 3<>/dev/tcp/$1/80" 2>/dev/null; }
pick_mirror() {
    if [ -n "${GOVHR_DEBIAN_MIRROR:-}" ]; then echo "$GOVHR_DEBIAN_MIRROR"; return; fi
    if reachable deb.debian.org; then echo "http://deb.debian.org/debian"; return; fi
    # this machine's own Debian source (one-line and deb822 formats)
    local uri
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -1 | tr -d ' ')
    [ -n "$uri" ] || die "deb.debian.org is unreachable and no Debian mirror found in /etc/apt/sources.list*: set GOVHR_DEBIAN_MIRROR"
    echo "${uri%/}"
}

if [ ! -f "$TARBALL" ] || [ -n "${GOVHR_CHECK_REFRESH:-}" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } \
        || die "debootstrap is missing and could not be installed"
    MIRROR=$(pick_mirror)
    step "debootstrap --variant=minbase $SUITE from $MIRROR"
    BOOT=$(mktemp -d "$CACHE/debootstrap.XXXXXX")
    t=$(now)
    if ! debootstrap --variant=minbase "$SUITE" "$BOOT" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
        tail -20 "$CACHE/debootstrap.log" >&2
        rm -rf --one-file-system "$BOOT"
        die "debootstrap (log: $CACHE/debootstrap.log)"
    fi
    # a clean Debian 12 as installed: main, updates and security
    {
        echo "deb $MIRROR $SUITE main"
        echo "deb $MIRROR $SUITE-updates main"
        echo "deb ${MIRROR%/debian}/debian-security $SUITE-security main"
    } >"$BOOT/etc/apt/sources.list"
    rm -rf "$BOOT"/var/cache/apt/archives/*.deb
    chmod 0755 "$BOOT"
    secs "$t" "$(now)" >"$CACHE/debootstrap.seconds"
    tar -C "$BOOT" --numeric-owner -cf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
    rm -rf --one-file-system "$BOOT"
    figure "debootstrap (minbase $SUITE)" "$(cat "$CACHE/debootstrap.seconds") s"
else
    step "clean root: cached $TARBALL"
    figure "debootstrap (minbase $SUITE)" "cached (built in $(cat "$CACHE/debootstrap.seconds" 2>/dev/null || echo '?') s)"
fi

R=$(mktemp -d "$CACHE/root.XXXXXX")
cleanup() {
    local rc=$?
    for m in tmp/.X11-unix dev sys proc; do
        if mountpoint -q "$R/$m" 2>/dev/null; then
            umount -R "$R/$m" 2>/dev/null || umount -R -l "$R/$m" 2>/dev/null || true
        fi
    done
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null
    if grep -q " $R/" /proc/self/mounts; then
        echo "warning: still mounted under $R; not deleting it" >&2
    elif [ "${GOVHR_CHECK_KEEP:-0}" = 1 ]; then
        echo "chroot kept: $R"
    else
        rm -rf --one-file-system "$R"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

t=$(now)
tar -C "$R" --numeric-owner -xpf "$TARBALL"
chmod 0755 "$R"  # mktemp makes 0700 directories: the chroot's users must get in
figure "unpack the clean root" "$(secs "$t" "$(now)") s ($(du -sh "$R" | cut -f1))"
mount -t proc proc "$R/proc"
mount -t sysfs sys "$R/sys"
mount --rbind /dev "$R/dev"
cp -L /etc/resolv.conf "$R/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$R/usr/sbin/policy-rc.d" && chmod 0755 "$R/usr/sbin/policy-rc.d"

ENV=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive)
as_root() { chroot "$R" /usr/bin/env -i HOME=/root USER=root "${ENV[@]}" "$@"; }
as_user() { chroot --userspec="$1:$1" "$R" /usr/bin/env -i HOME="/home/$1" USER="$1" "${ENV[@]}" "${@:2}"; }
LOG=$R/root/check-logs
mkdir -p "$LOG"
run_logged() {  # run_logged NAME CMD... : output to $LOG/NAME.log, shown on failure
    if ! "${@:2}" >"$LOG/$1.log" 2>&1; then
        tail -30 "$LOG/$1.log" >&2
        die "$1 (exit status above; log: ${LOG#"$R"}/$1.log in the chroot)"
    fi
}

step "apt-get update in the clean root"
t=$(now)
run_logged apt-update as_root apt-get update
figure "apt-get update" "$(secs "$t" "$(now)") s"
before=$(as_root dpkg-query -W -f='${Package}\n' | wc -l)

# --- install ----------------------------------------------------------------------------------
step "apt-get install -y ./$(basename "$DEB")"
cp "$DEB" "$R/tmp/$NAME.deb"
chmod 0644 "$R/tmp/$NAME.deb"
t=$(now)
run_logged install as_root sh -c "cd /tmp && apt-get install -y ./$NAME.deb"
figure "install (apt, with dependencies)" "$(secs "$t" "$(now)") s"
after=$(as_root dpkg-query -W -f='${Package}\n' | wc -l)
grep -E '^(Need to get|After this operation)' "$LOG/install.log" | sed 's/^/   /' || true
figure "packages pulled in" "$((after - before)) (minbase had $before)"
figure ".deb size" "$(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
figure "Installed-Size (control)" "$(dpkg-deb --field "$DEB" Installed-Size) KiB"
figure "/opt/$NAME on disk" "$(du -sh "$R/opt/$NAME" | cut -f1)"
for font in fonts-wqy-microhei fonts-noto-cjk; do
    if as_root dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'ok installed'; then
        figure "CJK UI font (Recommends)" "$font"
    fi
done

step "the installed files"
[ "$(as_root dpkg-query -W -f='${Status}' "$PKG")" = "install ok installed" ] || die "$PKG is not 'install ok installed'"
[ -L "$R/usr/bin/$NAME" ] || die "/usr/bin/$NAME is missing"
[ "$(as_root sh -c "command -v $NAME")" = "/usr/bin/$NAME" ] || die "$NAME is not found on the PATH"
[ -x "$R/opt/$NAME/$NAME" ] || die "/opt/$NAME/$NAME is not executable"
DESKTOP=/usr/share/applications/$NAME.desktop
[ -f "$R$DESKTOP" ] || die "$DESKTOP is missing"
grep -q "^Exec=$NAME" "$R$DESKTOP" || die "$DESKTOP does not start $NAME"
grep -q '^Name\[zh_CN\]=' "$R$DESKTOP" || die "$DESKTOP has no Chinese name"
for n in 16 24 32 48 64 128 256; do
    f=/usr/share/icons/hicolor/${n}x${n}/apps/$NAME.png
    [ -s "$R$f" ] || die "icon $f is missing"
done
[ -s "$R/usr/share/icons/hicolor/scalable/apps/$NAME.svg" ] || die "the scalable icon is missing"
verify=$(as_root dpkg --verify "$PKG" 2>&1 || true)
[ -z "$verify" ] || { echo "$verify" >&2; die "dpkg --verify $PKG reports changed files"; }
# every binary of the bundle finds every library it links, on this clean system
cat >"$R/root/ldd-check.sh" <<'EOF'
find /opt/govhr-desktop -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) | while read -r f; do
    LD_LIBRARY_PATH=/opt/govhr-desktop/_internal ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"
done
EOF
notfound=$(as_root sh /root/ldd-check.sh)
[ -z "$notfound" ] || { echo "$notfound" >&2; die "libraries not found on the clean system (add their packages to packaging/linux/depends)"; }
echo "   launcher, desktop entry, 8 icons, dpkg --verify, ldd: all present"

# --- self-checks ------------------------------------------------------------------------------
self_check() {  # self_check LABEL RUNNER... : time the run, fail on exit status or a traceback
    local label=$1 t rc
    shift
    t=$(now)
    set +e
    "$@" >"$LOG/$label.out" 2>"$LOG/$label.err"
    rc=$?
    set -e
    local took
    took=$(secs "$t" "$(now)")
    if [ "$rc" -ne 0 ] || grep -q Traceback "$LOG/$label.err"; then
        cat "$LOG/$label.out" "$LOG/$label.err" >&2
        die "self-check $label (exit $rc)"
    fi
    sed 's/^/   /' "$LOG/$label.out"
    figure "self-check $label" "$took s"
}

step "self-check as root: $NAME --self-check --data-dir /root/govhr-data"
self_check "root, first start" as_root env QT_QPA_PLATFORM=offscreen "$NAME" --self-check --data-dir /root/govhr-data
self_check "root, second start" as_root env QT_QPA_PLATFORM=offscreen "$NAME" --self-check --data-dir /root/govhr-data
[ -s "$R/root/govhr-data/govhr.sqlite3" ] || die "no database in /root/govhr-data"

step "self-check as a new user 'clerk' with the default data directory"
as_root useradd --create-home --shell /bin/bash clerk
self_check "clerk, first start" as_user clerk env QT_QPA_PLATFORM=offscreen "$NAME" --self-check
USERDATA=/home/clerk/.local/share/$NAME
[ -s "$R$USERDATA/govhr.sqlite3" ] || die "no database in $USERDATA"
[ "$(as_root stat -c %U "$USERDATA/govhr.sqlite3")" = clerk ] || die "$USERDATA/govhr.sqlite3 does not belong to clerk"

if command -v Xvfb >/dev/null; then
    # The X11 platform plugin (qxcb) with only the declared dependencies: the way the menu starts it.
    step "self-check on X11 (qxcb) against the host's Xvfb"
    DISP=:$((90 + RANDOM % 100))
    mkdir -p "$R/tmp/.X11-unix" && chmod 1777 "$R/tmp/.X11-unix"
    Xvfb "$DISP" -nolisten tcp -screen 0 1366x768x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${DISP#:}" ] && break; sleep 0.1; done
    [ -S "/tmp/.X11-unix/X${DISP#:}" ] || die "Xvfb $DISP did not start"
    mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
    self_check "clerk, X11" as_user clerk env QT_QPA_PLATFORM=xcb DISPLAY="$DISP" "$NAME" --self-check
    umount "$R/tmp/.X11-unix"
    kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
else
    echo "   (no Xvfb on this machine: the X11 platform is not exercised; offscreen only)"
fi

# --- removal ----------------------------------------------------------------------------------
sum_data() {
    as_root sh -c "sha256sum /root/govhr-data/govhr.sqlite3 $USERDATA/govhr.sqlite3; \
        find /root/govhr-data $USERDATA -type f | sort | xargs ls -l --time-style=+%s | awk '{print \$5, \$6, \$7}'"
}
DATA_BEFORE=$(sum_data)

step "apt-get remove -y $PKG"
t=$(now)
run_logged remove as_root apt-get remove -y "$PKG"
figure "remove" "$(secs "$t" "$(now)") s"
gone() {
    [ ! -e "$R/opt/$NAME" ] || die "/opt/$NAME is still there after $1: $(find "$R/opt/$NAME" | head -5 | sed "s|$R||")"
    [ ! -e "$R/usr/bin/$NAME" ] && [ ! -L "$R/usr/bin/$NAME" ] || die "/usr/bin/$NAME is still there after $1"
    [ ! -e "$R$DESKTOP" ] || die "$DESKTOP is still there after $1"
    [ ! -e "$R/usr/share/icons/hicolor/48x48/apps/$NAME.png" ] || die "the icons are still there after $1"
    [ "$(sum_data)" = "$DATA_BEFORE" ] || die "user data changed by $1"
    echo "   program gone; /root/govhr-data and $USERDATA unchanged (sha256, sizes, mtimes)"
}
gone remove

step "apt-get purge -y $PKG"
t=$(now)
run_logged purge as_root apt-get purge -y "$PKG"
figure "purge" "$(secs "$t" "$(now)") s"
status=$(as_root dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null || true)
case "$status" in ""|"unknown ok not-installed"|"purge ok not-installed") ;; *) die "after purge dpkg says: $status" ;; esac
gone purge

echo
echo "== figures ($(basename "$DEB") on a clean Debian $SUITE minbase)"
printf '   %s\n' "${FIGURES[@]}"
echo "OK: install, launcher, desktop entry, icons, self-check (root, user), removal and purge; user data kept"
