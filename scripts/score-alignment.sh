#!/bin/sh
# Scores the alignment engine (issue 12) on synthetic calls with a known timeline.
#
#   scripts/score-alignment.sh ALIGN_CALL [WORKDIR]
#
# ALIGN_CALL is the built tests/bench/align_call (this script builds nothing), e.g.
# build-rel/tests/bench/align_call. For every layout (stereo, stereo-swapped, mono, noisy,
# mp3, opus) and language (en, es) it generates calls over several seeds with
# tests/tools/make_call.py (reusing calls already in WORKDIR), aligns each one and prints
# score_align.py's figures pooled per layout, plus the seconds spent per minute of audio.
# Environment: SEEDS (default "1 2 3 4"), TURNS (default 24), LAYOUTS (default all six), TOOLS (the make_call.py and
# score_align.py folder, default tests/tools), PYTHON (/usr/bin/python3), BASELINE=1 (also score
# tests/tools/baseline_align.py, the issue's simple energy-VAD + DP baseline, on the same WAV calls).
set -eu

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 ALIGN_CALL [WORKDIR]   (ALIGN_CALL: the built align_call)" >&2
    exit 2
fi
ALIGN=$(readlink -f "$1")
WORK=${2:-${TMPDIR:-/tmp}/callreview-alignment-scores}
HERE=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=${TOOLS:-$HERE/tests/tools}
PYTHON=${PYTHON:-/usr/bin/python3}
SEEDS=${SEEDS:-1 2 3 4}
TURNS=${TURNS:-24}
export QT_LOGGING_RULES="qt.multimedia*=false"
mkdir -p "$WORK"

generate() { # layout-name lang seed dir
    name=$1 lang=$2 seed=$3 dir=$4
    [ -f "$dir/truth.json" ] && return 0
    case $name in
    stereo) set -- --layout stereo ;;
    stereo-swapped) set -- --layout stereo-swapped ;;
    mono) set -- --layout mono ;;
    noisy) set -- --layout stereo --noise-db -30 --bleed-db -18 --barge 0.3 --backchannel 0.4 ;;
    mp3) set -- --layout stereo --format mp3 ;;
    opus) set -- --layout stereo --format opus ;; # make_call.py encodes with opusenc
    esac
    "$PYTHON" "$TOOLS/make_call.py" --seed "$seed" --lang "$lang" --turns "$TURNS" "$@" \
        --out "$dir" >/dev/null
}

for name in ${LAYOUTS:-stereo stereo-swapped mono noisy mp3 opus}; do
    pairs=""
    baseline=""
    seconds=0
    minutes=0
    for lang in en es; do
        for seed in $SEEDS; do
            dir="$WORK/$name-$lang-$seed"
            generate "$name" "$lang" "$seed" "$dir"
            audio=$(ls "$dir"/recording.* | head -n 1)
            if ! "$ALIGN" "$dir/call.json" "$audio" >"$dir/aligned.json" 2>"$dir/align.log"; then
                echo "$name $lang seed $seed: align_call failed: $(cat "$dir/align.log")" >&2
                continue
            fi
            # "align_call: S s for M min of audio (...)"
            set -- $(sed -n 's/^align_call: \([0-9.]*\) s for \([0-9.]*\) min.*/\1 \2/p' "$dir/align.log")
            seconds=$(awk "BEGIN { print $seconds + $1 }")
            minutes=$(awk "BEGIN { print $minutes + $2 }")
            pairs="$pairs $dir/truth.json $dir/aligned.json"
            if [ "${BASELINE:-0}" = 1 ] && [ -f "$dir/recording.wav" ] &&
                "$PYTHON" "$HERE/tests/tools/baseline_align.py" "$dir" "$dir/baseline.json" >/dev/null; then
                baseline="$baseline $dir/truth.json $dir/baseline.json"
            fi
        done
    done
    echo "== $name (en+es, seeds $SEEDS, $TURNS turns each)"
    # shellcheck disable=SC2086
    "$PYTHON" "$TOOLS/score_align.py" $pairs
    if [ -n "$baseline" ]; then
        echo "-- the same calls, tests/tools/baseline_align.py"
        # shellcheck disable=SC2086
        "$PYTHON" "$TOOLS/score_align.py" $baseline
    fi
    printf 'speed  %.4f s per audio minute (decode included, %.1f min of audio)\n' \
        "$(awk "BEGIN { print ($minutes > 0) ? $seconds / $minutes : 0 }")" "$minutes"
done
