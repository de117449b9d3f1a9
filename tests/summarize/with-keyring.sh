#!/usr/bin/env bash
# Runs a test in a D-Bus session of its own with a fresh, unlocked gnome-keyring (the Secret
# Service that QtKeychain talks to), so keyring tests never touch the user's own keyring.
# Usage: with-keyring.sh TEST [ARGS...]
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
dbus-run-session -- bash -c '
    export HOME="$1" XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config"
    echo -n paperboy-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    shift
    exec "$@"' _ "$home" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
