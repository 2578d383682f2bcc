#!/usr/bin/env bash
# The C++ sources follow the root .clang-format.
set -euo pipefail
root=$1
cd "$root"
CLANG_FORMAT=${CLANG_FORMAT:-$(command -v clang-format || command -v clang-format-14 || true)}
if [ -z "$CLANG_FORMAT" ]; then
    echo "FAIL: clang-format is not installed"; exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests -name '*.cpp' -o -name '*.h')
"$CLANG_FORMAT" --dry-run --Werror "${files[@]}"
echo "PASS: ${#files[@]} files formatted"
