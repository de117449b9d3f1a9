#!/usr/bin/env bash
# The desktop files as a user's system reads them: the .desktop entry and the AppStream
# metainfo pass their validators, and the man page has an entry for every command that
# `paperboy --help` lists. Usage: check-desktop-files.sh SOURCE_DIR PAPERBOY_BINARY
set -euo pipefail
src="${1:?}"
exe="${2:?}"
desktop="$src/resources/desktop"
desktop-file-validate "$desktop/io.github.paperboy.Paperboy.desktop"
appstreamcli validate --no-net --pedantic "$desktop/io.github.paperboy.Paperboy.metainfo.xml"

mapfile -t commands < <("$exe" --help | sed -n '/^Commands:/,$p' | awk 'NR > 1 && NF { print $1 }')
[[ ${#commands[@]} -ge 5 ]] || { echo "found only ${#commands[@]} commands in --help"; exit 1; }
missing=()
for command in "${commands[@]}"; do
    grep -qE "^\.B $command( |$)" "$src/packaging/paperboy.1" || missing+=("$command")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "packaging/paperboy.1 has no COMMANDS entry for: ${missing[*]}"
    exit 1
fi
echo "desktop entry, metainfo and man page (${#commands[@]} commands) are valid"
