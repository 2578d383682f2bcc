#!/usr/bin/env bash
# One command for a fresh Debian 12 / Ubuntu 24.04 machine: installs what is missing,
# builds, then either launches LocalForge or runs the whole test suite.
#
#   scripts/dev.sh run [localforge options]   build and launch
#   scripts/dev.sh test                       build and run every test
#   scripts/dev.sh build                      build only
#   scripts/dev.sh test --sanitize            the same under ASan + UBSan, with the fuzzers
#                                             (clang, in build-sanitize)
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
# Packaging: the AppImage (runtime built from static squashfuse/libfuse3/compressors, squashfs,
# RUNPATHs, the 256 px icon, Qt's Wayland plugin to bundle) and its check under Xvfb, the .deb
# (cpack, dpkg-shlibdeps, lintian), the desktop/AppStream validators, workflow/script checks.
test_packages+=(squashfs-tools libsquashfuse-dev libfuse3-dev fuse3 patchelf binutils file
    zlib1g-dev liblzma-dev liblz4-dev liblzo2-dev libzstd-dev librsvg2-bin
    desktop-file-utils appstream dpkg-dev lintian python3-yaml shellcheck
    xvfb xauth xdotool imagemagick qt6-wayland)
# The workshop kit test parses its compose file, lints its shell script and, offline, asks
# Compose itself to validate the file.
test_packages+=(python3-yaml shellcheck docker-compose)

packages=("${build_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")
# The sanitizer build: clang with its sanitizer runtimes and libFuzzer.
sanitize_packages=(clang libclang-rt-14-dev libfuzzer-14-dev)
sanitize=0
if [ "$mode" = test ] && [ "${1:-}" = --sanitize ]; then
    sanitize=1
    shift
    packages+=("${sanitize_packages[@]}")
fi

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
sanitize_args=()
if [ "$sanitize" = 1 ]; then
    build_dir=${LOCALFORGE_BUILD_DIR:-build-sanitize}
    clangxx=$(command -v clang++-14 || command -v clang++)
    sanitize_args=(-DCMAKE_CXX_COMPILER="$clangxx" -DLOCALFORGE_SANITIZE=ON -DLOCALFORGE_FUZZ=ON)
    command -v ccache >/dev/null && sanitize_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Any report fails its test. Leaks inside system libraries are named in tests/sanitizers/.
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitizers/ubsan.supp
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${sanitize_args[@]}"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/bin/localforge" "$@"
    ;;
test)
    if [ "$sanitize" = 1 ]; then
        # The packages are made and checked from the release build, not from this one.
        ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 1200 \
            -E '^(appimage_check|deb_package)$' "$@"
    else
        # The AppImage of this build (stripped copies of its binaries), for appimage_check.
        cmake --build "$build_dir" --target appimage
        ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300 "$@"
    fi
    ;;
build)
    ;;
*)
    echo "usage: scripts/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
