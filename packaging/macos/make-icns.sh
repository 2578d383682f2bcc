#!/usr/bin/env bash
# Renders the SVG icon into the sizes macOS wants and packs them into an .icns (on a Mac).
#   make-icns.sh ICON.svg OUT.icns
set -euo pipefail
svg=$1
out=$2
set_dir=$(mktemp -d)/LocalForge.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w "$size" -h "$size" -o "$set_dir/icon_${size}x${size}.png" "$svg"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) -o "$set_dir/icon_${size}x${size}@2x.png" "$svg"
done
iconutil -c icns -o "$out" "$set_dir"
rm -rf "$(dirname "$set_dir")"
