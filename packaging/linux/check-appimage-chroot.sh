#!/usr/bin/env bash
# The "fresh machine" proof: a minimal Debian 12 made with debootstrap (the mirror read from
# this machine's apt sources) with only the X server and font basics a desktop has, and no Qt
# at all; the AppImage runs there through FUSE and with extract-and-run: --version, --scan
# --json against localforge-fakes (started on this machine: the chroot shares its network),
# and --screenshot of a chat with a question sent.
#
#   sudo packaging/linux/check-appimage-chroot.sh APPIMAGE LOCALFORGE_FAKES [ROOTFS]
#
# ROOTFS (default /var/cache/localforge/bookworm-x) is kept and reused on the next run. Needs
# root, debootstrap and network access to the mirror; uses the default ports 11434 and 1234
# (run it under `flock /tmp/lf-ports.lock`). Not part of the test suite: it downloads about
# 100 MB the first time (PREPARE_ONLY=1 only makes the chroot, without using the ports).
set -uo pipefail
fail() {
    echo "FAIL: $*"
    exit 1
}
appimage=$(readlink -f "${1:?usage: check-appimage-chroot.sh APPIMAGE LOCALFORGE_FAKES [ROOTFS]}")
fakes=$(readlink -f "${2:?usage: check-appimage-chroot.sh APPIMAGE LOCALFORGE_FAKES [ROOTFS]}")
rootfs=${3:-/var/cache/localforge/bookworm-x}
[ "$(id -u)" -eq 0 ] || { echo "SKIP: debootstrap and chroot need root"; exit 0; }
command -v debootstrap >/dev/null || { echo "SKIP: debootstrap is missing (apt-get install debootstrap)"; exit 0; }

# The mirror this machine uses (deb822 .sources or the classic sources.list).
mirror=$(sed -n 's/^URIs:[[:space:]]*\(http[^ ]*\/debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}

# What a desktop has without Qt: glibc and the C++ runtime, the X server (Xvfb here), the
# OpenGL/EGL dispatch libraries (libGL and libEGL, not libOpenGL: many desktops lack it, and
# the AppImage brings its own), xcb/X11 core, fontconfig with one font, FUSE.
include=xvfb,xauth,libgl1,libegl1,libx11-6,libx11-xcb1,libxcb1,libfontconfig1,fonts-dejavu-core,libfreetype6,libharfbuzz0b,libsm6,libice6,fuse3,ca-certificates
if [ ! -x "$rootfs/usr/bin/Xvfb" ]; then
    echo "debootstrap bookworm (minbase + $include) from $mirror into $rootfs"
    mkdir -p "$rootfs"
    debootstrap --variant=minbase --include="$include" bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 ||
        fail "debootstrap failed (mirror $mirror unreachable?): $(tail -n 5 "$rootfs.log")"
fi
if [ "${PREPARE_ONLY:-}" = 1 ]; then
    echo "chroot ready: $rootfs"
    exit 0
fi
if find "$rootfs/usr/lib" -name 'libQt6*' | grep -q .; then
    fail "the chroot has Qt 6 libraries; it proves nothing"
fi

mounts=()
fakes_pid=
cleanup() {
    [ -n "$fakes_pid" ] && kill "$fakes_pid" 2>/dev/null && wait "$fakes_pid" 2>/dev/null
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null; done
    rm -f "$rootfs/opt/LocalForge.AppImage"
}
trap cleanup EXIT
for dir in proc sys dev tmp; do
    case $dir in
    proc) mount -t proc proc "$rootfs/proc" ;;
    sys) mount -t sysfs sys "$rootfs/sys" ;;
    dev) mount --rbind /dev "$rootfs/dev" ;;
    tmp) mount -t tmpfs tmpfs "$rootfs/tmp" ;;
    esac && mounts+=("$rootfs/$dir")
done
mkdir -p "$rootfs/opt"
cp "$appimage" "$rootfs/opt/LocalForge.AppImage"

"$fakes" --ollama 11434 --lmstudio 1234 --llama 0 --rate 200 >"$rootfs/tmp/fakes.log" 2>&1 &
fakes_pid=$!
for _ in $(seq 100); do
    grep -q "LM Studio fake listening" "$rootfs/tmp/fakes.log" && break
    kill -0 "$fakes_pid" 2>/dev/null || fail "the fakes did not start: $(cat "$rootfs/tmp/fakes.log")"
    sleep 0.1
done

in_chroot() { chroot "$rootfs" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp LANG=C.UTF-8 "$@"; }
for mode in fuse extract; do
    run=(/opt/LocalForge.AppImage)
    [ "$mode" = extract ] && run+=(--appimage-extract-and-run)
    echo "== $mode (fresh Debian 12 chroot)"
    out=$(in_chroot "${run[@]}" --version 2>&1) || fail "$mode --version: $out"
    echo "$out"
    json=$(in_chroot "${run[@]}" --scan --json 2>/dev/null) || fail "$mode --scan --json failed"
    python3 - "$json" <<'PY' || fail "$mode --scan --json: wrong servers"
import json, sys
kinds = {s["url"]: s["kind"] for s in json.loads(sys.argv[1])["servers"]}
assert kinds.get("http://127.0.0.1:11434") == "ollama" and kinds.get("http://127.0.0.1:1234") == "lmstudio", kinds
print("scan:", kinds)
PY
    in_chroot xvfb-run -a -s '-screen 0 1280x800x24' "${run[@]}" --screenshot "/tmp/chat-$mode.png" \
        --send "What is a quantized model?" >"$rootfs/tmp/shot.log" 2>&1 ||
        fail "$mode --screenshot: $(cat "$rootfs/tmp/shot.log")"
    read -r width height colors < <(identify -format '%w %h %k\n' "$rootfs/tmp/chat-$mode.png")
    echo "screenshot: ${width}x${height}, $colors colours"
    [ "$colors" -ge 64 ] || fail "$mode: the screenshot looks empty"
done
echo PASS
