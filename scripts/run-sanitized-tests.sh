#!/bin/sh
# Builds Call Review and its tests with AddressSanitizer + UndefinedBehaviorSanitizer (g++) in
# build-asan/ and runs the whole test suite under them. Any leak (outside the system libraries
# listed in tests/lsan.supp), memory error or undefined behaviour fails the run.
# Usage: sh scripts/run-sanitized-tests.sh   (same as: cmake --preset asan &&
#        cmake --build --preset asan && ctest --preset asan)
set -eu
cd "$(dirname "$0")/.."

# The runtime options also live in the asan test preset; exported here too so that anything
# the tests start (the callreview executable via QProcess) runs with the same rules.
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

cmake --preset asan
cmake --build --preset asan
QT_QPA_PLATFORM=offscreen ctest --preset asan
