#!/usr/bin/env bash
# Builds LocalForge in Release and installs it into an AppDir (AppDir/usr/...), with the
# desktop entry, icon and AppStream metadata at the places AppImage tools expect.
#   packaging/linux/make-appdir.sh [APPDIR]      (default: build-release/AppDir)
# Turning the AppDir into a single-file AppImage needs the AppImage runtime, which no Debian
# package ships (see shared platform notes); that step is not scripted yet.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build-release
appdir=${1:-$build/AppDir}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOCALFORGE_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" --parallel "$(nproc)"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"
cp resources/app.localforge.LocalForge.desktop "$appdir/"
cp resources/icons/localforge.svg "$appdir/app.localforge.LocalForge.svg"
ln -sf usr/bin/localforge "$appdir/AppRun"
echo "AppDir ready: $appdir"
