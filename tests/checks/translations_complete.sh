#!/usr/bin/env bash
# Every user-visible string has a French translation, and the .ts files are up to date with
# the sources (lupdate on a copy finds nothing new).
set -euo pipefail
root=$1
LUPDATE=/usr/lib/qt6/bin/lupdate
command -v lupdate6 >/dev/null && LUPDATE=$(command -v lupdate6)
[ -x "$LUPDATE" ] || LUPDATE=$(command -v lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/translations/localforge_fr.ts "$root"/translations/localforge_en.ts "$tmp"/
(cd "$root" && "$LUPDATE" -no-obsolete -locations none -source-language en app ui \
    -ts "$tmp"/localforge_en.ts "$tmp"/localforge_fr.ts >/dev/null)
status=0
for f in "$tmp"/localforge_fr.ts; do
    n=$(grep -c 'type="unfinished"' "$f" || true)
    if [ "$n" -gt 0 ]; then
        echo "FAIL: $n French strings are untranslated or missing (run scripts/update-translations.sh, then translate):"
        grep -B3 'type="unfinished"' "$f" | grep '<source>' | head -20
        status=1
    fi
done
if ! diff -q "$tmp"/localforge_fr.ts "$root"/translations/localforge_fr.ts >/dev/null; then
    echo "FAIL: translations/localforge_fr.ts is out of date with the sources (run scripts/update-translations.sh)"
    diff "$root"/translations/localforge_fr.ts "$tmp"/localforge_fr.ts | head -20
    status=1
fi
n=$(grep -c '<numerusform></numerusform>' "$tmp"/localforge_en.ts || true)
if [ "$n" -gt 0 ]; then
    echo "FAIL: $n English plural forms are empty in localforge_en.ts"
    status=1
fi
[ $status -eq 0 ] && echo "PASS: French translation complete"
exit $status
