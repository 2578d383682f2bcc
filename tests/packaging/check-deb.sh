#!/usr/bin/env bash
# The .deb: `cpack -G DEB` from a build folder gives localforge_<version>_amd64.deb with
# dependencies from dpkg-shlibdeps; lintian finds no error; apt-get installs it into this
# machine; the installed localforge answers --version and finds the fake servers with --scan;
# then the package is removed again, leaving the machine as it was.
#   check-deb.sh BUILD_DIR LOCALFORGE_FAKES
# Installing needs root (with CI set and passwordless sudo it re-runs itself through sudo);
# otherwise it prints SKIP. Uses the default ports 11434 and 1234 (ctest serialises it).
set -uo pipefail
build=$(readlink -f "$1")
fakes=$(readlink -f "$2")
self=$(readlink -f "$0")
fail() {
    echo "FAIL: $*"
    exit 1
}
if [ "$(id -u)" -ne 0 ]; then
    if [ -n "${CI:-}" ] && sudo -n true 2>/dev/null; then
        exec sudo -n env CI="$CI" PATH="$PATH" "$self" "$@"
    fi
    echo "SKIP: installing a .deb with apt-get needs root (run as root, or with CI=1 and passwordless sudo)"
    exit 0
fi
for tool in cpack dpkg-shlibdeps apt-get lintian; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is missing (apt-get install cmake dpkg-dev apt lintian)"
        exit 0
    }
done
if dpkg-query -W -f='${Status}' localforge 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a localforge package is already installed on this machine; this check leaves it alone"
    exit 0
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

work=$(mktemp -d /tmp/check-deb.XXXXXX)
installed=0
fakes_pid=
cleanup() {
    [ -n "$fakes_pid" ] && kill "$fakes_pid" 2>/dev/null && wait "$fakes_pid" 2>/dev/null
    if [ "$installed" = 1 ]; then
        apt-get -o DPkg::Lock::Timeout=300 remove -y --purge localforge >"$work/remove.log" 2>&1 ||
            { echo "FAIL: could not remove the localforge package:"; cat "$work/remove.log"; }
    fi
    rm -rf "$work"
}
trap cleanup EXIT

start=$(date +%s)
(cd "$build" && cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$work/cpack.log")"
deb=$work/localforge_${version}_amd64.deb
[ -e "$deb" ] || fail "cpack did not write $(basename "$deb"): $(ls "$work")"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, built in $(($(date +%s) - start)) s"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6 libqt6keychain1 libsecret-1-0; do
    # Ubuntu 24.04 names its libraries after the 64-bit time_t move: libqt6core6t64.
    grep -qE "\b$dep(t64)?\b" <<<"$depends" || fail "Depends lacks $dep (dpkg-shlibdeps should have found it)"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/localforge ./usr/share/applications/app.localforge.LocalForge.desktop \
    ./usr/share/metainfo/app.localforge.LocalForge.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/app.localforge.LocalForge.svg \
    ./usr/share/icons/hicolor/256x256/apps/app.localforge.LocalForge.png \
    ./usr/share/doc/localforge/copyright ./usr/share/doc/localforge/changelog.gz; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
lintian_rc=$?
cat "$work/lintian.log"
[ "$lintian_rc" -eq 0 ] || fail "lintian reports errors"
echo "lintian: no errors ($(grep -c '^W:' "$work/lintian.log") warnings)"

apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
    fail "apt-get install: $(cat "$work/install.log")"
installed=1
[ "$(command -v localforge)" = /usr/bin/localforge ] || fail "localforge is not /usr/bin/localforge after install"

out=$(cd / && localforge --version 2>&1) || fail "localforge --version: $out"
echo "$out"
grep -q "LocalForge $version" <<<"$out" || fail "--version printed '$out'"

"$fakes" --ollama 11434 --lmstudio 1234 --llama 0 >"$work/fakes.log" 2>&1 &
fakes_pid=$!
for _ in $(seq 100); do
    grep -q "LM Studio fake listening" "$work/fakes.log" && break
    kill -0 "$fakes_pid" 2>/dev/null || fail "the fakes did not start (default ports taken?): $(cat "$work/fakes.log")"
    sleep 0.1
done
out=$(cd / && HOME=$work XDG_CONFIG_HOME=$work/config localforge --scan 2>&1) || fail "localforge --scan: $out"
echo "$out"
grep -q "Ollama 0.12.6" <<<"$out" || fail "--scan does not list Ollama 0.12.6"
grep -q "LM Studio" <<<"$out" || fail "--scan does not list LM Studio"

apt-get -o DPkg::Lock::Timeout=300 remove -y --purge localforge >"$work/remove.log" 2>&1 ||
    fail "apt-get remove: $(cat "$work/remove.log")"
installed=0
[ ! -e /usr/bin/localforge ] || fail "/usr/bin/localforge is still there after removing the package"
echo "installed, ran and removed again"
echo PASS
