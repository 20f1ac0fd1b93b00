#!/bin/sh
# Builds the .deb and .tar.gz (scripts/build-packages.sh) and checks their contents and
# dependencies. Slow (a release build): run by hand or in CI when packaging changes.
set -eu
cd "$(dirname "$0")/../.."
sh scripts/build-packages.sh
deb=$(ls build-release/packages/callreview_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/callreview ./usr/share/applications/net.anunzi.CallReview.desktop \
    ./usr/share/metainfo/net.anunzi.CallReview.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/net.anunzi.CallReview.svg \
    ./usr/share/icons/hicolor/256x256/apps/net.anunzi.CallReview.png; do
    echo "$contents" | grep -q " $path\$" || { echo "missing in package: $path" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6network6 gstreamer1.0-plugins-good libqt6sql6-sqlite; do
    echo "$depends" | grep -q "$dep" || { echo "missing dependency: $dep" >&2; exit 1; }
done
tar -tzf build-release/packages/callreview-*.tar.gz | grep -q 'bin/callreview$'
echo "package OK: $deb"
echo "Depends: $depends"
