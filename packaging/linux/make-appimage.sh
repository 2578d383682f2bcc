#!/usr/bin/env bash
# Builds LocalForge-<version>-x86_64.AppImage: one file that runs on a Linux desktop with no Qt
# installed (glibc of the build machine or newer; see README).
#
#   packaging/linux/make-appimage.sh                  configure and build Release in build-release/,
#                                                     write build-release/LocalForge-<version>-x86_64.AppImage
#   packaging/linux/make-appimage.sh --build-dir DIR  package an existing build folder instead
#                                                     (it builds the two targets it needs there);
#                                                     LOCALFORGE_APPIMAGE_BUILD_DIR=DIR does the same
#   --no-build                                        with --build-dir: do not build, only package
#                                                     (what the CMake target `appimage` uses)
#   --output FILE                                     write the AppImage there
#
# Steps: install into an AppDir (binaries stripped), copy the Qt libraries, plugins and
# translations and every other library they need except those the AppImage project's
# excludelist says a system must provide (packaging/linux/excludelist), point them at each
# other with RUNPATH ($ORIGIN), pack the AppDir into a zstd squashfs image and append it to the
# runtime built from packaging/linux/runtime/.
set -euo pipefail
trap 'echo "make-appimage.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

build_dir=${LOCALFORGE_APPIMAGE_BUILD_DIR:-}
output=
build=1
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "make-appimage.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

for tool in mksquashfs patchelf objdump ldd strip; do
    command -v "$tool" >/dev/null || {
        echo "make-appimage.sh: $tool is missing (apt-get install squashfs-tools patchelf binutils)" >&2
        exit 1
    }
done

if [ -z "$build_dir" ]; then
    build_dir=$root/build-release
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOCALFORGE_BUILD_TESTS=OFF
fi
build_dir=$(cd "$build_dir" && pwd)
if [ "$build" = 1 ]; then
    cmake --build "$build_dir" --parallel "$(nproc)" --target localforge appimage-runtime localforge_icons localforge_deb_files
fi

runtime=$build_dir/bin/appimage-runtime
[ -x "$runtime" ] || {
    echo "make-appimage.sh: $runtime is missing: the build did not find the static squashfuse/fuse3 libraries (see CMake's output)" >&2
    exit 1
}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -n "$version" ] || version=$(sed -n 's/^LocalForge_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
output=${output:-$build_dir/LocalForge-$version-x86_64.AppImage}

# The Qt the build used: Debian's (qtpaths6) or the Qt project's binaries (qtpaths on PATH).
qtpaths=
for candidate in qtpaths6 /usr/lib/qt6/bin/qtpaths6 qtpaths; do
    if command -v "$candidate" >/dev/null && [ "$("$candidate" --query QT_VERSION 2>/dev/null | cut -d. -f1)" = 6 ]; then
        qtpaths=$(command -v "$candidate")
        break
    fi
done
[ -n "$qtpaths" ] || { echo "make-appimage.sh: no Qt 6 qtpaths found (qt6-base-dev-tools, or Qt's bin folder on PATH)" >&2; exit 1; }
qt_plugins=$("$qtpaths" --query QT_INSTALL_PLUGINS)
qt_translations=$("$qtpaths" --query QT_INSTALL_TRANSLATIONS)
# ldd finds a Qt outside the system's library folders (installed binaries lose the build RPATH).
qt_libs=$("$qtpaths" --query QT_INSTALL_LIBS)
export LD_LIBRARY_PATH=$qt_libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

appdir=$build_dir/AppDir
usr=$appdir/usr
rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build_dir" --prefix /usr --strip >/dev/null
mkdir -p "$usr/lib" "$usr/plugins" "$usr/translations"

declare -A excluded=()
while read -r name _; do
    [ -n "$name" ] && excluded[$name]=1
done < <(sed 's/#.*//' "$here/excludelist")

# Copies the libraries an ELF file needs (recursively), except the excluded ones and the ones
# of excluded libraries: those come from the system, with what they need.
bundle_deps() {
    local elf=$1 resolved need path
    resolved=$(ldd "$elf" 2>/dev/null || true)
    for need in $(objdump -p "$elf" | awk '$1 == "NEEDED" { print $2 }'); do
        [ -n "${excluded[$need]:-}" ] && continue
        [ -e "$usr/lib/$need" ] && continue
        path=$(awk -v n="$need" '$1 == n && $2 == "=>" { print $3 }' <<<"$resolved")
        if [ -z "$path" ] || [ ! -e "$path" ]; then
            echo "make-appimage.sh: cannot find $need (needed by $elf)" >&2
            exit 1
        fi
        install -m 644 "$path" "$usr/lib/$need"
        strip --strip-unneeded "$usr/lib/$need" 2>/dev/null || true
        bundle_deps "$usr/lib/$need"
    done
}

# Qt plugins: the X11 platform (and Wayland where installed), offscreen for machines with no
# display, OpenGL integration, SVG/ICO images and SVG icons, the OpenSSL TLS backend (https
# servers), input methods (compose keys, IBus).
plugins=(platforms/libqxcb.so platforms/libqoffscreen.so
    platforms/libqwayland-generic.so platforms/libqwayland-egl.so
    'wayland-shell-integration/*.so' 'wayland-decoration-client/*.so'
    'wayland-graphics-integration-client/*.so'
    'xcbglintegrations/*.so' imageformats/libqsvg.so imageformats/libqico.so
    iconengines/libqsvgicon.so tls/libqopensslbackend.so tls/libqcertonlybackend.so
    'platforminputcontexts/*.so' platformthemes/libqxdgdesktopportal.so)
for pattern in "${plugins[@]}"; do
    for file in $qt_plugins/$pattern; do
        [ -e "$file" ] || continue
        rel=${file#"$qt_plugins"/}
        mkdir -p "$usr/plugins/$(dirname "$rel")"
        install -m 644 "$file" "$usr/plugins/$rel"
    done
done
[ -e "$usr/plugins/platforms/libqxcb.so" ] || { echo "make-appimage.sh: no xcb platform plugin in $qt_plugins" >&2; exit 1; }

bundle_deps "$usr/bin/localforge"
for plugin in "$usr"/plugins/*/*.so; do
    bundle_deps "$plugin"
done

# Loaded at run time, not linked: libsecret (QtKeychain talks to the Secret Service through
# it) and OpenSSL (Qt's TLS backend; Qt 6.4 asks for libssl.so before libssl.so.3).
for lib in libsecret-1.so.0 libssl.so.3 libcrypto.so.3; do
    path=$(ldconfig -p | awk -v n="$lib" '$1 == n && /x86-64/ && !found { print $NF; found = 1 }')
    if [ -z "$path" ]; then
        echo "make-appimage.sh: $lib is not installed (libsecret-1-0, libssl3)" >&2
        exit 1
    fi
    [ -e "$usr/lib/$lib" ] || install -m 644 "$path" "$usr/lib/$lib"
    bundle_deps "$usr/lib/$lib"
done
ln -sf libssl.so.3 "$usr/lib/libssl.so"
ln -sf libcrypto.so.3 "$usr/lib/libcrypto.so"

# Everything finds its libraries next to itself, never through the host's Qt.
patchelf --set-rpath '$ORIGIN/../lib' "$usr/bin/localforge"
for lib in "$usr"/lib/*.so*; do
    [ -L "$lib" ] || patchelf --set-rpath '$ORIGIN' "$lib"
done
for plugin in "$usr"/plugins/*/*.so; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"
done

cat >"$usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
EOF
install -m 644 "$qt_translations/qtbase_fr.qm" "$usr/translations/"

# Desktop integration at the places AppImage tools look for it.
install -m 644 "$root/resources/app.localforge.LocalForge.desktop" "$appdir/"
install -m 644 "$root/resources/icons/localforge.svg" "$appdir/app.localforge.LocalForge.svg"
png=$usr/share/icons/hicolor/256x256/apps/app.localforge.LocalForge.png
if [ -e "$png" ]; then
    cp "$png" "$appdir/.DirIcon"
else
    ln -s app.localforge.LocalForge.svg "$appdir/.DirIcon"
fi
ln -s usr/bin/localforge "$appdir/AppRun"

image=$build_dir/LocalForge.squashfs
rm -f "$image"
mksquashfs "$appdir" "$image" -comp zstd -root-owned -noappend -quiet -no-progress >/dev/null
cat "$runtime" "$image" >"$output.part"
rm -f "$image"
chmod 755 "$output.part"
mv "$output.part" "$output"
size=$(stat -c %s "$output")
echo "AppImage ready: $output ($((size / 1024 / 1024)) MB, $(find "$appdir" -type f | wc -l) files)"
