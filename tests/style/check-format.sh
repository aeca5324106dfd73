#!/usr/bin/env bash
# Fails when a C++ source does not follow the checked-in .clang-format; prints what would change.
# Fix with: find app ui tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i
set -euo pipefail
cd "$1"
mapfile -t files < <(find app ui tests bench -name '*.cpp' -o -name '*.h' | sort)
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/clang-format-$$.log; then
    head -n 60 /tmp/clang-format-$$.log
    echo "Some sources are not formatted; run clang-format -i on them (see the header of $0)."
    rm -f /tmp/clang-format-$$.log
    exit 1
fi
rm -f /tmp/clang-format-$$.log
echo "${#files[@]} sources follow .clang-format"
