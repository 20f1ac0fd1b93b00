#!/bin/sh
# Refreshes resources/translations/callreview_es.ts (every message) and callreview_en.ts (the
# plural forms of the %n messages only) from the sources with lupdate: new strings
# appear as unfinished, strings gone from the code are dropped, translations already made stay
# (matched by context and source text). Then translate the new entries, e.g. with
# `linguist resources/translations/callreview_es.ts`, and commit the .ts. The build only runs
# lrelease; tst_Translations fails while any entry is left unfinished.
# Extra source directories may be given as arguments (they are read, never written).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -locations none -no-obsolete -source-language en -target-language es \
    "$root/app" "$root/ui" "$@" -ts "$root/resources/translations/callreview_es.ts"
# English needs only the plural forms of the %n messages ("%Ln turn" / "%Ln turns").
"$lupdate" -locations none -no-obsolete -pluralonly -source-language en -target-language en \
    "$root/app" "$root/ui" "$@" -ts "$root/resources/translations/callreview_en.ts"
for language in es en; do
    file="$root/resources/translations/callreview_$language.ts"
    unfinished=$(grep -c 'type="unfinished"' "$file" || true)
    echo "update-translations: $unfinished entries to translate in ${file#"$root"/}"
done
