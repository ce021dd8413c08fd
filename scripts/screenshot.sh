#!/usr/bin/env bash
# Look at a report the way a reader will: render REPORT.html in headless Chromium to OUT.png.
#   scripts/screenshot.sh reports/latest/<incident>/incident_brief.html /tmp/brief.png
# A manual check tool (apt-get install -y chromium); nothing in the tests or CI needs it.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html OUT.png" >&2
  exit 2
fi
report="$(realpath "$1")"
out="$(realpath -m "$2")"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "no chromium found: apt-get install -y chromium" >&2
  exit 1
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --screenshot="$out" --window-size=1280,"${HEIGHT:-2400}" "file://$report" \
  2>/dev/null
echo "$out"
