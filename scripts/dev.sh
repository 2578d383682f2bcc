#!/usr/bin/env bash
# One command for a fresh Debian 12 / Ubuntu 24.04 machine: installs what is missing,
# builds, then either launches LocalForge or runs the whole test suite.
#
#   scripts/dev.sh run [localforge options]   build and launch
#   scripts/dev.sh test                       build and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
[ $# -gt 0 ] && shift

# What a build needs, and what the tests need on top (a real keychain, formatting check,
# JSON checks in the command-line test).
build_packages=(g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev)
test_packages=(dbus gnome-keyring clang-format python3 git)
# The workshop kit test parses its compose file, lints its shell script and, offline, asks
# Compose itself to validate the file.
test_packages+=(python3-yaml shellcheck docker-compose)

packages=("${build_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_dir=${LOCALFORGE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/bin/localforge" "$@"
    ;;
test)
    ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300 "$@"
    ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
