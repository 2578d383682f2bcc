#!/usr/bin/env bash
# Every packaging script parses (bash -n) and passes shellcheck.
#   lint-scripts.sh SOURCE_DIR
set -uo pipefail
src=$1
scripts=("$src"/packaging/linux/*.sh "$src"/packaging/macos/*.sh "$src"/tests/packaging/*.sh "$src"/.ci/run)
status=0
for script in "${scripts[@]}"; do
    [ -e "$script" ] || continue
    bash -n "$script" || { echo "FAIL: bash -n $script"; status=1; }
done
if ! command -v shellcheck >/dev/null; then
    echo "bash -n: ${#scripts[@]} scripts parse"
    echo "SKIP: shellcheck is missing (apt-get install shellcheck)"
    exit "$status"
fi
shellcheck -x -S warning "${scripts[@]}" || status=1
[ "$status" -eq 0 ] && echo "PASS: ${#scripts[@]} scripts (bash -n, shellcheck)"
exit "$status"
