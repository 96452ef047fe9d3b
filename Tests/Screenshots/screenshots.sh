#!/usr/bin/env bash
# Renders every notebook to HTML and photographs it with headless Chromium, at a desktop and a phone
# width, so a person can look at what readers will see: `Tests/Screenshots/screenshots.sh ATTRITION OUT`.
# Not part of make test (Chromium is not a test dependency). Exits 1 when a render or a shot fails.
set -euo pipefail
attrition=$1
out=$2
data=${ATTRITION_DATA:-../shared/datasets}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshots: no Chromium found (apt-get install chromium)" >&2
  exit 1
fi
mkdir -p "$out"
for notebook in Notebooks/*.md; do
  name=$(basename "$notebook" .md)
  html="$out/$name.html"
  "$attrition" notebook "$notebook" --to html -o "$html" --data-dir "$data" --allow-plugins
  # Tall windows, because headless Chromium photographs the window, not the whole page.
  for shot in desktop:1280,9000 phone:390,16000; do
    label=${shot%%:*}
    size=${shot#*:}
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
      --window-size="$size" --screenshot="$out/$name-$label.png" "file://$(realpath "$html")" 2>/dev/null
    echo "screenshots: $out/$name-$label.png"
  done
done
