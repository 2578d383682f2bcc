#!/usr/bin/env bash
# Builds LocalForge.app and LocalForge-<version>-macOS.dmg on a Mac (macOS 12 or newer, Xcode
# command line tools, Qt 6 and QtKeychain, librsvg for the icon, CMake and Ninja):
#
#   packaging/macos/make-dmg.sh
#
# Environment:
#   QT_PREFIX            Qt 6 installation (default: brew --prefix qt)
#   CMAKE_PREFIX_PATH    extra prefixes (e.g. QtKeychain's)
#   CODESIGN_IDENTITY    "Developer ID Application: Name (TEAMID)"; without it the app is
#                        signed ad hoc (runs here; Gatekeeper asks on other Macs)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                        notarize with notarytool and staple the ticket (needs the identity)
#
# Universal (arm64 + x86_64) when every Qt and QtKeychain binary it links is universal (the
# Qt online installer's are; Homebrew's are built for one architecture): otherwise it builds
# for this Mac's architecture and says so.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${LOCALFORGE_DMG_BUILD_DIR:-$root/build-macos}
qt_prefix=${QT_PREFIX:-$(brew --prefix qt 2>/dev/null || true)}
[ -d "$qt_prefix" ] || { echo "make-dmg.sh: set QT_PREFIX to a Qt 6 installation" >&2; exit 1; }

# Universal only if Qt and QtKeychain are.
archs="arm64;x86_64"
search=("$qt_prefix/lib")
IFS=';' read -r -a extra_prefixes <<<"${CMAKE_PREFIX_PATH:-}"
for prefix in "${extra_prefixes[@]}" "$(brew --prefix qtkeychain 2>/dev/null || true)"; do
    [ -n "$prefix" ] && search+=("$prefix/lib")
done
keychain=$(find "${search[@]}" -maxdepth 1 -name 'libqt6keychain*.dylib' 2>/dev/null | head -n 1 || true)
for binary in "$qt_prefix/lib/QtCore.framework/QtCore" ${keychain:+"$keychain"}; do
    have=$(lipo -archs "$binary" 2>/dev/null || echo unknown)
    case " $have " in
    *" arm64 "*" x86_64 "* | *" x86_64 "*" arm64 "*) ;;
    *)
        archs=$(uname -m)
        echo "make-dmg.sh: $binary is built for '$have' only: building for $archs (a universal build needs a universal Qt and QtKeychain)"
        break
        ;;
    esac
done

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOCALFORGE_BUILD_TESTS=OFF \
    -DCMAKE_PREFIX_PATH="$qt_prefix${CMAKE_PREFIX_PATH:+;$CMAKE_PREFIX_PATH}" \
    -DCMAKE_OSX_ARCHITECTURES="$archs" -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0
cmake --build "$build" --parallel
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app=$build/bin/LocalForge.app
[ -d "$app" ] || { echo "make-dmg.sh: $app was not built" >&2; exit 1; }

# Qt's frameworks, plugins (cocoa, svg, tls) and translations into the bundle.
"$qt_prefix/bin/macdeployqt" "$app" -verbose=1
# Qt's own French (dialog buttons, context menus), where installTranslations() looks in a
# bundle: Contents/Resources/translations. Homebrew keeps it under share/qt, not translations.
qt_translations=$("$qt_prefix/bin/qtpaths" --query QT_INSTALL_TRANSLATIONS 2>/dev/null || true)
for folder in "$qt_translations" "$qt_prefix/share/qt/translations" "$qt_prefix/translations"; do
    if [ -n "$folder" ] && [ -f "$folder/qtbase_fr.qm" ]; then
        mkdir -p "$app/Contents/Resources/translations"
        cp "$folder/qtbase_fr.qm" "$app/Contents/Resources/translations/"
        break
    fi
done
[ -f "$app/Contents/Resources/translations/qtbase_fr.qm" ] ||
    { echo "make-dmg.sh: Qt's qtbase_fr.qm was not found under $qt_prefix" >&2; exit 1; }

# The bundle asks for the macOS its Qt frameworks were built for: Homebrew builds Qt for the
# macOS it runs on (14 on the release's runner), whatever this app's own deployment target.
qtcore=$app/Contents/Frameworks/QtCore.framework/QtCore
qt_minos=$(otool -l "$qtcore" 2>/dev/null | awk '/LC_BUILD_VERSION/ {b=1} b && $1=="minos" {print $2; exit}')
if [ -n "$qt_minos" ]; then
    plist=$app/Contents/Info.plist
    app_minos=$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$plist")
    if [ "$(printf '%s\n%s\n' "$app_minos" "$qt_minos" | sort -V | tail -n 1)" != "$app_minos" ]; then
        echo "Qt's frameworks need macOS $qt_minos: LSMinimumSystemVersion $app_minos -> $qt_minos"
        /usr/libexec/PlistBuddy -c "Set :LSMinimumSystemVersion $qt_minos" "$plist"
    fi
fi

entitlements=$root/packaging/macos/LocalForge.entitlements
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # Inside out: every library and plugin, then the app with the hardened runtime.
    find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY"
    find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY"
    codesign --force --timestamp --options runtime --entitlements "$entitlements" \
        --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "SKIP Developer ID signing: CODESIGN_IDENTITY is not set; signing ad hoc (the app runs on this Mac; on others the first launch needs right-click > Open)"
    # Without the hardened runtime: it brings library validation, which refuses frameworks whose
    # signature has no Team ID, and an ad hoc one has none, so the app would die at launch. The
    # hardened runtime is needed for notarization only, which needs a Developer ID anyway.
    codesign --force --deep --sign - "$app"
fi

dmg=$build/LocalForge-$version-macOS.dmg
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "LocalForge $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] &&
    [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
else
    echo "SKIP notarization: it needs CODESIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD in the environment"
fi
echo "Disk image ready: $dmg ($archs)"
