#!/bin/sh
# Builds the Debian package and the tarball of Call Review into build-release/packages/.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DCALLREVIEW_BUILD_TESTS=OFF \
    -DCALLREVIEW_BUILD_BENCHMARKS=OFF
cmake --build build-release -j2
(cd build-release && cpack -B packages)
ls -l build-release/packages/*.deb build-release/packages/*.tar.gz
