#!/bin/sh
# Installs what is missing, builds Call Review and opens it on the bundled demo call
# (no API key, no network needed).
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target callreview
exec build/app/callreview --demo "$@"
