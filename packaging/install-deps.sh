#!/usr/bin/env bash
# Installs the Debian 12 packages Paperboy needs to build and run (and, with --test, to run its
# test suite headless). Works as root or through sudo; safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite      # the SQLite driver is not pulled in by qt6-base-dev
    qt6-tools-dev qt6-l10n-tools        # both needed for LinguistTools (translations)
    qt6-svg-dev libmd4c-dev
    libsqlite3-dev                      # the full-text tokenizer talks to the same SQLite as Qt
    libzstd-dev                         # the cache's texts, compressed with a trained dictionary
    liblinear-dev                       # the For you ranking's linear classifiers
    fonts-noto-cjk                      # Korean renders as boxes without a CJK font
    qt6-translations-l10n               # Qt's own strings (dialog buttons, menus) in Korean
    qtkeychain-qt6-dev                  # the summaries' API key in the system keyring
    libpoppler-qt6-dev                  # a PDF's text for the summary prompt
    qt6-pdf-dev                         # the Read view renders kept PDFs in the window
    qt6-charts-dev                      # the Trends view's charts
    libqt6opengl6-dev                   # Qt Charts' CMake package needs Qt6OpenGL's
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth python3 x11-apps imagemagick clang-format
               lintian desktop-file-utils appstream # the packaging tests
               bibtool                              # reads our BibTeX export
               python3-feedparser libxml2-utils     # read and check the watches' Atom feeds
               syncthing                            # a real file-sync engine for library sync
               gnome-keyring dbus                   # a private keyring for the API key test
               clang-16 libclang-rt-16-dev llvm-16) # libFuzzer harnesses, readable stacks
    # Node.js runs the MCP TypeScript SDK client that drives `paperboy mcp` (tests/mcp); a
    # newer node already on the machine will do.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        packages+=(nodejs npm)
    fi
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

if [[ "${1:-}" == "--test" ]]; then
    # The SDK at the version pinned in tests/mcp/package-lock.json, into tests/mcp/node_modules
    # (gitignored), from the npm registry.
    npm ci --prefix "$(dirname "$0")/../tests/mcp" --no-audit --no-fund
fi
