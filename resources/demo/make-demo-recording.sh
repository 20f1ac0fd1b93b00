#!/bin/sh
# Regenerates demo-recording.opus, the recording of the bundled demo call, from the transcript in
# demo-call.json: every "bot:" line is spoken by one espeak-ng voice on the LEFT channel (the
# assistant), every "human:" line by another voice on the RIGHT channel (the caller), the way
# Twilio records each party of a dual-channel call on its own channel. Then it prints the length
# to put into the demo call's "duration".
#
# Needs: espeak-ng sox libsox-fmt-all opus-tools jq (packaging/install-deps.sh installs them).
# Usage: sh resources/demo/make-demo-recording.sh
set -eu
cd "$(dirname "$0")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

RATE=16000
ASSISTANT_VOICE="en-us+female3"
CALLER_VOICE="en-gb+male3"
PAUSE_SAME_SPEAKER=0.35 # seconds between lines of one turn
PAUSE_NEW_SPEAKER=0.8   # seconds before the other party answers

# A short silence opens the call.
sox -n -r "$RATE" -b 16 -c 2 "$work/seg-0000.wav" trim 0 0.5

n=0
previous=""
jq -r '.response.calls[0].transcript' demo-call.json >"$work/transcript.txt"
while IFS= read -r line; do
    case "$line" in
    bot:*) speaker=bot voice=$ASSISTANT_VOICE remix="1 0" text=${line#bot:} ;;
    human:*) speaker=human voice=$CALLER_VOICE remix="0 1" text=${line#human:} ;;
    *) continue ;;
    esac
    n=$((n + 1))
    pause=$PAUSE_NEW_SPEAKER
    [ "$speaker" = "$previous" ] && pause=$PAUSE_SAME_SPEAKER
    previous=$speaker
    espeak-ng -v "$voice" -s 160 -w "$work/raw.wav" -- "$text"
    # shellcheck disable=SC2086
    sox "$work/raw.wav" -r "$RATE" -b 16 -c 2 "$(printf '%s/seg-%04d.wav' "$work" "$n")" \
        remix $remix pad "$pause" 0
done <"$work/transcript.txt"

sox "$work"/seg-*.wav -b 16 "$work/call.wav" pad 0 0.5
opusenc --quiet --bitrate 24 --comment "TITLE=Call Review demo call" "$work/call.wav" \
    demo-recording.opus
seconds=$(soxi -D "$work/call.wav")
echo "demo-recording.opus: $(wc -c <demo-recording.opus) bytes, ${seconds} s" \
    "(set \"duration\" in demo-call.json to $(printf '%.0f' "$seconds"))"
