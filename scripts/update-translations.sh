#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate). Translate what it marks unfinished
# in localforge_fr.ts, and the plural forms in localforge_en.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
"$LUPDATE" -no-obsolete -locations none -source-language en app ui \
    -ts translations/localforge_en.ts translations/localforge_fr.ts "$@"
