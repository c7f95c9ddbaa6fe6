#!/usr/bin/env bash
# Makes sure Debian's Chromium (and a CJK font, without which Chinese renders as boxes in
# screenshots) is installed for the end-to-end tests. Never downloads a browser of its own: on a
# machine without it, installs the distribution's package when it can (root + apt), else says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_font() { fc-list 2>/dev/null | grep -qi -e 'WenQuanYi' -e 'Noto Sans CJK' -e 'Source Han'; }

if [ -x "$CHROMIUM" ] && have_font; then
  "$CHROMIUM" --version 2>/dev/null || true
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM or a CJK font is missing, and this script can install them only as root on Debian/Ubuntu." >&2
  echo "  Install them yourself:  sudo apt-get install -y chromium fonts-wqy-microhei" >&2
  echo "  or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
  exit 1
fi

echo "ensure-chromium: installing chromium and fonts-wqy-microhei with apt-get"
# apt-get update fails now and then on a passing network fault: try three times.
for i in 1 2 3; do
  if apt-get update -qq; then break; fi
  [ "$i" = 3 ] && { echo "ensure-chromium: apt-get update failed 3 times" >&2; exit 1; }
  sleep $((i * 5))
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
"$CHROMIUM" --version
