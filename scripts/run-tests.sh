#!/bin/sh
# Installs what is missing, builds Call Review with its tests, and runs every test.
# Usage: scripts/run-tests.sh   (from anywhere; build output goes to build/ in the project)
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
# Debug compiles fastest; benchmarks are built separately in Release (see README).
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCALLREVIEW_BUILD_TESTS=ON \
    -DCALLREVIEW_BUILD_BENCHMARKS=OFF
cmake --build build -j2
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j2 --timeout 300
