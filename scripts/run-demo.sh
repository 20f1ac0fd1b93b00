#!/bin/sh
# Installs what is missing, builds Call Review and opens it on the bundled demo call
# (no API key, no network needed).
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
# Same configuration as scripts/run-tests.sh, so switching between the two rebuilds nothing.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCALLREVIEW_BUILD_TESTS=ON \
    -DCALLREVIEW_BUILD_BENCHMARKS=OFF
cmake --build build -j2 --target callreview
exec build/app/callreview --demo "$@"
