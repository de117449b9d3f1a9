#!/usr/bin/env bash
# Fails when a tracked .cpp/.h file is not as clang-format (with the repo's .clang-format) writes
# it; skips (exit 77) only when clang-format is not installed (install-deps.sh --test installs it).
set -uo pipefail
root="${1:?usage: check-format.sh SOURCE_DIR}"
cd "$root" || exit 1
if ! command -v clang-format >/dev/null; then
    echo "SKIP: clang-format is not installed (packaging/install-deps.sh --test installs it)"
    exit 77
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h')
fi
# One clang-format run over every file; its diagnostics start with the file's path.
if ! report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    echo "not clang-formatted (run: clang-format -i FILE):"
    grep -oE '^[^:]+\.(cpp|h):' <<<"$report" | sort -u | sed 's/:$//; s/^/  /'
    exit 1
fi
echo "${#files[@]} files clang-formatted"
