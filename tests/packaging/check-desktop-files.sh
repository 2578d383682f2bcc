#!/usr/bin/env bash
# The shipped desktop entry and AppStream metainfo pass their validators, name each other
# and the icon consistently, and the 256 px PNG icon was rendered from the SVG.
#   check-desktop-files.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1
build=$2
fail() {
    echo "FAIL: $*"
    exit 1
}
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is missing (apt-get install desktop-file-utils appstream)"
        exit 0
    }
done
desktop=$src/resources/app.localforge.LocalForge.desktop
metainfo=$src/resources/app.localforge.LocalForge.metainfo.xml

out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -E "error|warning" <<<"$out"; then fail "desktop-file-validate complains"; fi
echo "desktop-file-validate: OK ${out:+($out)}"

out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
echo "$out"

# One id everywhere: the metainfo's id and launchable, the desktop file's name and Icon=.
id=app.localforge.LocalForge
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "metainfo does not launch $id.desktop"
grep -qx "Icon=$id" "$desktop" || fail "desktop entry's Icon= is not $id"
grep -qx "Exec=localforge" "$desktop" || fail "desktop entry does not run localforge"

png=$build/packaging/icons/$id.png
if [ -e "$png" ]; then
    info=$(file -b "$png")
    grep -q "PNG image data, 256 x 256" <<<"$info" || fail "$png: $info"
    echo "icon: $info"
else
    echo "note: no PNG icon in this build (rsvg-convert missing at configure time)"
fi
echo PASS
