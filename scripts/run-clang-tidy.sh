#!/bin/sh
# Runs clang-tidy (checks in .clang-tidy) on every C++ source of the project, using the
# compilation database of build/ (configured if missing). Exits non-zero on any finding.
# Usage: sh scripts/run-clang-tidy.sh [file-regex]   e.g. sh scripts/run-clang-tidy.sh HttpGet
set -eu
cd "$(dirname "$0")/.."

if [ ! -f build/compile_commands.json ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCALLREVIEW_BUILD_TESTS=ON
fi
# Tests include their generated .moc files: build so that every generated file exists.
cmake --build build -j2

# Our sources only: not build output (moc, rcc), not third-party code.
filter="${1:-.}"
files=$(git ls-files '*.cpp' | grep -E '^(app|ui|tests)/' | grep -E -- "$filter" || true)
[ -n "$files" ] || { echo "run-clang-tidy: no file matches '$filter'" >&2; exit 2; }

tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
# shellcheck disable=SC2086
exec "$tidy" -p build -j 2 -quiet $(printf '%s$ ' $files | sed 's/\([.+]\)/\\\1/g')
