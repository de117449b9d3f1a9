#!/usr/bin/env bash
# Builds the .deb, checks it with lintian, installs it with apt-get, runs the installed binary
# (version, a headless import of the sample digests) and removes it again. It needs root and
# leaves an existing installation alone: it skips (exit 77) in both cases.
# Usage: test-deb.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="${1:?}"
build="${2:?}"
if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installing a package needs root (CI runs as root)"
    exit 77
fi
if dpkg-query -W -f='${Status}' paperboy 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a paperboy package is installed already; not replacing it"
    exit 77
fi
work=$(mktemp -d)
cleanup() {
    if dpkg-query -W -f='${Status}' paperboy 2>/dev/null | grep -q "install ok"; then
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 remove -y -qq paperboy >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/paperboy_*.deb)
echo "built $(basename "$deb")"
lintian --fail-on error "$deb"

DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "$deb" >/dev/null
[[ -x /usr/bin/paperboy ]]
version=$(/usr/bin/paperboy --version)
echo "installed: $version"
[[ "$version" == "paperboy $(dpkg-deb -f "$deb" Version)" ]]
desktop-file-validate /usr/share/applications/io.github.paperboy.Paperboy.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.paperboy.Paperboy.metainfo.xml
[[ -f /usr/share/icons/hicolor/scalable/apps/io.github.paperboy.Paperboy.svg ]]
[[ -f /usr/share/icons/hicolor/48x48/apps/io.github.paperboy.Paperboy.png ]]
[[ -f /usr/share/man/man1/paperboy.1.gz ]]

# A headless import from the installed binary, no display.
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/paperboy --data-dir "$work/data" import "$src/resources/sample"
days=$(env -u DISPLAY /usr/bin/paperboy --data-dir "$work/data" days --json)
echo "$days" | grep -q '"2025-01-16"' || { echo "the import did not arrive: $days"; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 remove -y -qq paperboy >/dev/null
[[ ! -e /usr/bin/paperboy ]]
echo "installed, ran and removed $(basename "$deb")"
