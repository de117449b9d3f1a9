#!/usr/bin/env bash
# Every .ts file is complete and current: lupdate over the sources (into a scratch copy) finds
# no string the file lacks, and no entry is unfinished or empty.
# Usage: check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src="${1:?}"
lupdate="${2:?}"
cd "$src"
status=0
for ts in resources/translations/*.ts; do
    scratch=$(mktemp --suffix=.ts)
    cp "$ts" "$scratch"
    "$lupdate" -silent -no-obsolete -locations none app ui -I app -I . -ts "$scratch"
    unfinished=$(grep -c 'type="unfinished"' "$scratch" || true)
    empty=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$scratch" || true)
    if [[ $unfinished -gt 0 || $empty -gt 0 ]]; then
        echo "$ts: $unfinished unfinished and $empty empty entries (run the update_translations"
        echo "target, then translate them):"
        grep -B2 'type="unfinished"' "$scratch" | grep '<source>' | head -20
        status=1
    else
        echo "$ts: $(grep -c '<message' "$scratch") messages, all translated"
    fi
    rm -f "$scratch"
done
exit $status
