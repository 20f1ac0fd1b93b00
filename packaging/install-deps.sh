#!/bin/sh
# Installs every Debian 12 package that Call Review needs to build, run and test.
# Idempotent and non-interactive. Runs as root, or calls sudo when started as a normal user.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git ccache
qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
qtkeychain-qt6-dev libphonenumber-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-wayland
qt6-translations-l10n
libqt6sql6-sqlite libqt6sql6-psql postgresql
gstreamer1.0-plugins-base gstreamer1.0-plugins-good
xvfb xauth x11-apps imagemagick poppler-utils fonts-dejavu-core
fonts-noto-core fonts-noto-cjk
desktop-file-utils appstream dpkg-dev file
espeak-ng sox libsox-fmt-all opus-tools jq python3 python3-numpy
clang libclang-rt-14-dev clang-tidy
libbenchmark-dev
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages already installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: missing packages:$missing" >&2
    echo "install-deps: run this script as root (no sudo found)" >&2
    exit 1
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
