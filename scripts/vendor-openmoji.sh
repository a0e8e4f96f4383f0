#!/usr/bin/env bash
# Copies the easy-read pictures listed in src/Poet.Analysis/UsersCarers/UcPictures.cs out of the openmoji npm package:
# each colour SVG into src/Poet.Web/wwwroot/images/openmoji (for the pages) and a 240 px PNG into
# src/Poet.Data/Documents/Pictures (for the PDF; PDFsharp draws no SVG). Run it after changing the list, then commit both.
# Needs npm and rsvg-convert (apt-get install librsvg2-bin). OpenMoji: CC BY-SA 4.0, credited on every page and PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
version=17.0.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "openmoji@$version" >/dev/null 2>&1 && tar xzf "openmoji-$version.tgz")
svg=src/Poet.Web/wwwroot/images/openmoji
png=src/Poet.Data/Documents/Pictures
rm -rf "$svg" "$png"
mkdir -p "$svg" "$png"
cp "$work/package/LICENSE.txt" "$svg/LICENSE.txt"
grep -oE 'new\("[a-z0-9-]+", "[^"]+", "[0-9A-F-]+"\)' src/Poet.Analysis/UsersCarers/UcPictures.cs |
while IFS='"' read -r _ id _ _ _ hex _; do
    cp "$work/package/color/svg/$hex.svg" "$svg/$id.svg"
    rsvg-convert -w 240 -h 240 "$svg/$id.svg" -o "$png/$id.png"
done
echo "$(ls "$svg"/*.svg | wc -l) pictures from openmoji $version"
