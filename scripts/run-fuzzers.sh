#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time.
# Usage: scripts/run-fuzzers.sh [SECONDS]   (default 60 s per target; e.g. 3600 to fuzz longer)
# Build output: build-fuzz/. Inputs the fuzzer finds interesting accumulate in
# build-fuzz/corpus/TARGET (reused by the next run); a crash is saved as
# build-fuzz/artifacts/TARGET-crash-* and fails the script. Reproduce one with:
#   build-fuzz/tests/fuzz/fuzz_TARGET build-fuzz/artifacts/TARGET-crash-...
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCALLREVIEW_BUILD_FUZZERS=ON -DCALLREVIEW_BUILD_TESTS=OFF -DCALLREVIEW_BUILD_BENCHMARKS=OFF
cmake --build build-fuzz -j2 --target fuzz_apiendpoint fuzz_calldecoder fuzz_jsonescapes \
    fuzz_transcriptparser

mkdir -p build-fuzz/artifacts
# detect_leaks stays on: our code must not leak on any input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
for target in apiendpoint calldecoder jsonescapes transcriptparser; do
    work="build-fuzz/corpus/$target"
    mkdir -p "$work"
    dict=""
    case "$target" in calldecoder | jsonescapes) dict="-dict=tests/fuzz/json.dict" ;; esac
    echo "== fuzz_$target for ${seconds}s"
    # shellcheck disable=SC2086 # $dict is empty or one argument
    "build-fuzz/tests/fuzz/fuzz_$target" $dict -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$target-" "$work" "tests/fuzz/corpus/$target"
done
echo "All fuzzers ran ${seconds}s each without a crash."
