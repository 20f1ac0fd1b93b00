#!/bin/sh
# Renders the PNG sizes of the app icon from the SVG (needs librsvg2-bin). Run after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" net.anunzi.CallReview.svg \
        -o "hicolor/${size}x${size}/apps/net.anunzi.CallReview.png"
done
