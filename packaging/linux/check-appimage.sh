#!/usr/bin/env bash
# Checks an AppImage the way a machine without Qt would run it.
#
#   packaging/linux/check-appimage.sh APPIMAGE LOCALFORGE_FAKES
#
# 1. The file: the type-2 magic, --appimage-offset equal to the end of the ELF part and a
#    squashfs superblock there; at most 45 MB.
# 2. Unpacked (--appimage-extract): ldd of every ELF file in the AppDir resolves every Qt 6 and
#    QtKeychain library inside the AppDir.
# 3. In a private mount namespace (unshare -m) where every system libQt6*.so* and
#    libqt6keychain* is covered by /dev/null and the system's Qt plugin and translation folders
#    are empty, under Xvfb, through FUSE and with extract-and-run: --version, --scan --json
#    against localforge-fakes on the default ports (11434, 1234), and --screenshot of a chat
#    with a question sent (a non-trivial PNG).
# 4. A benchmark line: the AppImage's size and first-window time against the unpacked AppDir.
#
# Needs root for the mount namespace (with CI set and passwordless sudo it re-runs itself
# through sudo); prints "SKIP: ..." where it cannot run. Uses the default ports: run it under
# `flock /tmp/lf-ports.lock` by hand (ctest serialises it with the other port users).
set -uo pipefail

fail() {
    echo "FAIL: $*"
    exit 1
}

# --first-window N CMD...: the median over N starts of the milliseconds from start until a
# LocalForge window is visible (run under Xvfb; the program is stopped each time).
if [ "${1:-}" = --first-window ]; then
    runs=$2
    shift 2
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 &
        pid=$!
        ms=
        for _ in $(seq 3000); do
            if xdotool search --onlyvisible --name '^LocalForge' >/dev/null 2>&1; then
                ms=$((($(date +%s%N) - start) / 1000000))
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.01
        done
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        [ -n "$ms" ] || { echo none; exit 0; }
        times+=("$ms")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
    exit 0
fi

inside=0
if [ "${1:-}" = --inside ]; then
    inside=1
    shift
fi
appimage=${1:?usage: check-appimage.sh APPIMAGE LOCALFORGE_FAKES}
fakes=${2:?usage: check-appimage.sh APPIMAGE LOCALFORGE_FAKES}
self=$(readlink -f "$0")
fakes=$(readlink -f "$fakes")

# ---- Inside the private mount namespace ---------------------------------------------------
if [ "$inside" = 1 ]; then
    work=${CHECK_APPIMAGE_WORK:?}
    export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
    export XDG_CACHE_HOME=$work/home/.cache LC_ALL=C.UTF-8
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
    unset DBUS_SESSION_BUS_ADDRESS QT_PLUGIN_PATH LD_LIBRARY_PATH QT_QPA_PLATFORM

    # libOpenGL too: many desktops have libGL and libEGL without it, and the AppImage brings it.
    hidden=0
    while IFS= read -r lib; do
        mount --bind /dev/null "$lib" || fail "cannot hide $lib"
        hidden=$((hidden + 1))
    done < <(find /usr/lib /usr/local/lib /opt -xdev \( -name 'libQt6*.so*' -o -name 'libqt6keychain*' -o -name 'libOpenGL.so*' \) -type f 2>/dev/null)
    for dir in /usr/lib/x86_64-linux-gnu/qt6 /usr/lib/qt6 /usr/share/qt6; do
        [ -d "$dir" ] && mount -t tmpfs -o ro tmpfs "$dir"
    done
    echo "hid $hidden system Qt 6 / QtKeychain / libOpenGL libraries and the system's Qt plugin folders"
    [ "$hidden" -gt 0 ] || echo "note: no system Qt 6 on this machine; nothing to hide"
    # The control: a program linked against the system's Qt no longer starts.
    if [ "$hidden" -gt 0 ] && "$fakes" --help >/dev/null 2>&1; then
        fail "hiding the system Qt did not work: $fakes still starts"
    fi

    # ldd with the system Qt gone: nothing the AppDir needs may be missing.
    missing=$(find "$work/squashfs-root" -type f -name '*.so*' -o -type f -path '*/usr/bin/*' |
        while IFS= read -r f; do
            [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
            ldd "$f" 2>/dev/null | awk -v f="$f" '/not found/ { print f ": " $1 }'
        done)
    [ -z "$missing" ] || fail "libraries not found with the system Qt hidden:
$missing"

    fuse_ok=0
    if [ -c /dev/fuse ]; then
        out=$("$appimage" --version 2>&1)
        if [ $? -eq 0 ]; then
            fuse_ok=1
        elif grep -q "could not mount itself with FUSE" <<<"$out" && ! : >/dev/fuse 2>/dev/null; then
            echo "SKIP (FUSE part): /dev/fuse cannot be opened here: $out"
        else
            fail "the AppImage did not start through FUSE: $out"
        fi
    else
        echo "SKIP (FUSE part): no /dev/fuse on this machine; extract-and-run only"
    fi

    modes=(extract)
    [ "$fuse_ok" = 1 ] && modes=(fuse extract)
    version=$(basename "$appimage" | sed -n 's/^LocalForge-\(.*\)-x86_64\.AppImage$/\1/p')
    for mode in "${modes[@]}"; do
        run=("$appimage")
        [ "$mode" = extract ] && run=("$appimage" --appimage-extract-and-run)
        echo "== $mode: ${run[*]}"

        out=$("${run[@]}" --version 2>&1) || fail "$mode --version: $out"
        echo "$out"
        grep -q "LocalForge ${version}" <<<"$out" || fail "$mode --version printed '$out', expected LocalForge $version"

        json=$("${run[@]}" --scan --json 2>"$work/scan.err")
        rc=$?
        [ "$rc" -eq 0 ] || fail "$mode --scan --json exited with $rc: $(cat "$work/scan.err")"
        python3 - "$json" <<'PY' || fail "$mode --scan --json: wrong servers"
import json, sys
servers = {s["url"]: s for s in json.loads(sys.argv[1])["servers"]}
o = servers.get("http://127.0.0.1:11434")
l = servers.get("http://127.0.0.1:1234")
assert o and o["kind"] == "ollama" and o["version"] == "0.12.6" and o["models"] == 2, o
assert l and l["kind"] == "lmstudio" and l["models"] == 3, l
print("scan: Ollama", o["version"], "and LM Studio found")
PY

        shot=$work/chat-$mode.png
        xvfb-run -a -s '-screen 0 1280x800x24' "${run[@]}" --screenshot "$shot" \
            --send "Qu'est-ce qu'un modèle quantifié ?" --lang fr >"$work/shot.log" 2>&1 ||
            fail "$mode --screenshot failed: $(cat "$work/shot.log")"
        if grep -qi "could not load the Qt platform plugin\|Cannot load library" "$work/shot.log"; then
            fail "$mode: a Qt plugin did not load: $(cat "$work/shot.log")"
        fi
        read -r width height colors < <(identify -format '%w %h %k\n' "$shot" 2>/dev/null) ||
            fail "$mode: $shot is not a readable image"
        bytes=$(stat -c %s "$shot")
        echo "screenshot: ${width}x${height}, $colors colours, $bytes bytes"
        [ "$width" -ge 800 ] && [ "$height" -ge 500 ] || fail "$mode: screenshot only ${width}x${height}"
        [ "$colors" -ge 64 ] && [ "$bytes" -ge 20000 ] ||
            fail "$mode: the screenshot looks empty ($colors colours, $bytes bytes)"
        cp "$shot" "${CHECK_APPIMAGE_KEEP:-$work}/" 2>/dev/null || true
    done

    # The FUSE mounts went away with the programs.
    if [ "$fuse_ok" = 1 ]; then
        for _ in $(seq 50); do
            grep -q ' fuse.appimage ' /proc/self/mounts || break
            sleep 0.1
        done
        ! grep ' fuse.appimage ' /proc/self/mounts || fail "a FUSE mount of the AppImage outlived its program"
    fi

    # Benchmark: first window, median of three, AppImage against the unpacked AppDir.
    bench() { xvfb-run -a -s '-screen 0 1280x800x24' "$self" --first-window 3 "$@"; }
    unpacked=$(bench "$work/squashfs-root/AppRun")
    fuse_ms=n/a
    [ "$fuse_ok" = 1 ] && fuse_ms=$(bench "$appimage")
    extract_ms=$(bench "$appimage" --appimage-extract-and-run)
    size=$(stat -c %s "$appimage")
    printf 'BENCH appimage: %s, %.1f MB (goal <= 45 MB); first window, median of 3: AppImage through FUSE %s ms, extract-and-run %s ms, unpacked AppDir %s ms\n' \
        "$(basename "$appimage")" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" "$fuse_ms" "$extract_ms" "$unpacked"
    echo PASS
    exit 0
fi

# ---- Outside: file checks, then the namespace ----------------------------------------------
if [ ! -e "$appimage" ]; then
    echo "SKIP: no AppImage at $appimage; make it with 'cmake --build <build> --target appimage' (scripts/dev.sh test does) or packaging/linux/make-appimage.sh"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if [ -n "${CI:-}" ] && sudo -n true 2>/dev/null; then
        exec sudo -n env CI="$CI" PATH="$PATH" "$self" "$@"
    fi
    echo "SKIP: hiding the system's Qt needs a private mount namespace (unshare -m), so root; run as root (or with CI=1 and passwordless sudo)"
    exit 0
fi
for tool in unshare xvfb-run xdotool identify python3 ldd objdump; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is missing (scripts/dev.sh test installs what this check needs)"
        exit 0
    }
done
if ! unshare -m true 2>/dev/null; then
    echo "SKIP: unshare -m is not permitted here (a container without CAP_SYS_ADMIN)"
    exit 0
fi

appimage=$(readlink -f "$appimage")
work=$(mktemp -d /tmp/check-appimage.XXXXXX)
fakes_pid=
cleanup() {
    [ -n "$fakes_pid" ] && kill "$fakes_pid" 2>/dev/null && wait "$fakes_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

size=$(stat -c %s "$appimage")
echo "$(basename "$appimage"): $size bytes"
[ "$size" -le $((45 * 1024 * 1024)) ] || fail "the AppImage is $((size / 1048576)) MB, above the 45 MB goal"
magic=$(head -c 11 "$appimage" | tail -c 3 | od -An -tx1 | tr -d ' \n')
[ "$magic" = 414902 ] || fail "no type-2 magic AI\\x02 at offset 8 (found $magic)"
offset=$("$appimage" --appimage-offset) || fail "--appimage-offset failed"
python3 - "$appimage" "$offset" <<'PY' || fail "--appimage-offset does not point at the squashfs image"
import struct, sys
path, offset = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    h = f.read(64)
    assert h[:4] == b"\x7fELF" and h[4] == 2 and h[5] == 1, "not a 64-bit little-endian ELF"
    shoff, = struct.unpack_from("<Q", h, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", h, 0x3A)
    end = shoff + shentsize * shnum
    f.seek(offset)
    sb = f.read(4)
assert offset == end, f"runtime says {offset}, the ELF ends at {end}"
assert sb == b"hsqs", f"no squashfs superblock at {offset}: {sb!r}"
print(f"squashfs image at offset {offset} (end of the ELF section headers)")
PY
"$appimage" --appimage-version || fail "--appimage-version failed"

(cd "$work" && "$appimage" --appimage-extract >/dev/null) || fail "--appimage-extract failed"
[ -x "$work/squashfs-root/AppRun" ] || fail "no AppRun in the image"
[ -e "$work/squashfs-root/usr/bin/qt.conf" ] || fail "no qt.conf next to the binary"
[ -e "$work/squashfs-root/usr/translations/qtbase_fr.qm" ] || fail "Qt's French translation is missing"
for plugin in platforms/libqxcb.so tls/libqopensslbackend.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
    [ -e "$work/squashfs-root/usr/plugins/$plugin" ] || fail "plugin $plugin is missing"
done

# Every ELF in the AppDir gets its Qt from the AppDir (system Qt still visible here).
elves=0
outside=
while IFS= read -r f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    elves=$((elves + 1))
    outside+=$(ldd "$f" 2>&1 | awk -v f="$f" -v root="$work/squashfs-root/" '
        $1 ~ /^lib(Qt6|qt6keychain)/ && (index($3, root) != 1) { print f ": " $1 " => " $3 }')
done < <(find "$work/squashfs-root" -type f)
echo "ldd: $elves ELF files checked"
glibc=$(find "$work/squashfs-root" -type f -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1)
echo "needs glibc ${glibc#GLIBC_} or newer on the user's machine (the newest symbol version used)"
[ -z "$outside" ] || fail "Qt libraries resolved outside the AppDir:
$outside"
echo "ldd: every Qt 6 / QtKeychain library resolves inside the AppDir"

# The fakes use the system's Qt, so they start before it is hidden.
"$fakes" --ollama 11434 --lmstudio 1234 --llama 0 --rate 200 >"$work/fakes.log" 2>&1 &
fakes_pid=$!
for _ in $(seq 100); do
    grep -q "LM Studio fake listening" "$work/fakes.log" && break
    kill -0 "$fakes_pid" 2>/dev/null || fail "the fakes did not start (default ports taken?): $(cat "$work/fakes.log")"
    sleep 0.1
done

CHECK_APPIMAGE_WORK=$work unshare -m "$self" --inside "$appimage" "$fakes"
