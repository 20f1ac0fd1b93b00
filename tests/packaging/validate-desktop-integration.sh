#!/bin/sh
# Validates the desktop file and the AppStream metainfo, and checks that the icon, the desktop
# file and the metainfo agree on one application ID.
set -eu
src="$1"
id="net.anunzi.CallReview"
desktop-file-validate "$src/packaging/$id.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/$id.metainfo.xml"
grep -qx "Icon=$id" "$src/packaging/$id.desktop"
grep -q "<id>$id</id>" "$src/packaging/$id.metainfo.xml"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$src/packaging/$id.metainfo.xml"
test -s "$src/resources/icons/$id.svg"
for size in 16 22 24 32 48 64 128 256; do
    png="$src/resources/icons/hicolor/${size}x${size}/apps/$id.png"
    file "$png" | grep -q "PNG image data, $size x $size" || { echo "bad icon: $png" >&2; exit 1; }
done
echo "desktop integration OK"
