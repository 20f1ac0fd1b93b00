#!/bin/sh
# Renders the window on the bundled demo call under a real X server (Xvfb) and saves PNG
# screenshots of the whole screen at 1280x800 and 800x600, light and dark, into docs/: the call
# aligned (bubble times, turn bands, barge-in and dead-air marks), one turn shown as the spoken
# one (CALLREVIEW_SHOW_TURN, since Xvfb has no audio to play) and, at 1280x800, the full-width
# timeline under the chat.
# Usage: scripts/screenshot.sh [path/to/callreview]   (default: build/app/callreview)
# Needs: xvfb xauth imagemagick (packaging/install-deps.sh installs them).
set -eu
cd "$(dirname "$0")/.."
app="${1:-build/app/callreview}"
[ -x "$app" ] || { echo "screenshot: build first: cmake --build build --target callreview" >&2; exit 1; }
mkdir -p docs
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"

shoot() { # WIDTH HEIGHT OUTPUT THEME FULLWIDTH [extra app arguments]
    w="$1"; h="$2"; out="$3"; theme="$4"; fullwidth="$5"; shift 5
    rm -rf "$scratch/home" && mkdir -p "$scratch/home/.config/CallReview"
    printf '[window]\ntheme=%s\ntimelineFullWidth=%s\n' "$theme" "$fullwidth" \
        > "$scratch/home/.config/CallReview/callreview.conf"
    # A fresh HOME: no saved geometry (the window then fills the screen), no keychain, no key.
    HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_RUNTIME_DIR="$scratch/runtime" \
    ANUNZI_API_KEY= QT_QPA_PLATFORM=xcb CALLREVIEW_SHOW_TURN="${SHOW_TURN:-6}" \
    xvfb-run -a -s "-screen 0 ${w}x${h}x24" sh -c '
        "$0" "$@" &
        pid=$!
        # Wait (at most 15 s) for the window to be mapped, then give it time to align and paint.
        i=0
        until xwininfo -root -tree 2>/dev/null | grep -q "Call Review"; do
            i=$((i + 1)); [ "$i" -le 150 ] || { echo "screenshot: no window" >&2; kill "$pid"; exit 1; }
            sleep 0.1
        done
        sleep "$WAIT"
        import -window root "$OUT"
        kill "$pid"
    ' "$app" "$@"
    echo "screenshot: wrote $out"
}

# Seconds to let the window settle; the demo's turns are aligned in the background (a few s).
export WAIT="${SCREENSHOT_WAIT:-6}"
export OUT
OUT=docs/screenshot-1280x800.png; shoot 1280 800 "$OUT" light true --demo
OUT=docs/screenshot-800x600.png; shoot 800 600 "$OUT" light false --demo
OUT=docs/screenshot-1280x800-dark.png; shoot 1280 800 "$OUT" dark true --demo
OUT=docs/screenshot-800x600-dark.png; shoot 800 600 "$OUT" dark false --demo
