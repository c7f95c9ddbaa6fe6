#!/usr/bin/env bash
# Makes sure the browsers the end-to-end tests drive are installed: Debian's Chromium and Firefox ESR,
# and a CJK font (without one Chinese renders as boxes in screenshots). Never downloads a browser of
# its own: on a machine without them, installs the distribution's packages when it can (root + apt),
# else says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
have_font() { fc-list 2>/dev/null | grep -qi -e 'WenQuanYi' -e 'Noto Sans CJK' -e 'Source Han'; }

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x "$FIREFOX" ] || missing+=(firefox-esr)
have_font || missing+=(fonts-wqy-microhei)

if [ ${#missing[@]} = 0 ]; then
  "$CHROMIUM" --version 2>/dev/null || true
  "$FIREFOX" --version 2>/dev/null || true
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: missing ${missing[*]}, and this script can install them only as root on Debian/Ubuntu." >&2
  echo "  Install them yourself:  sudo apt-get install -y ${missing[*]}" >&2
  echo "  or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries." >&2
  exit 1
fi

echo "ensure-browsers: installing ${missing[*]} with apt-get"
# apt-get update fails now and then on a passing network fault: try three times.
for i in 1 2 3; do
  if apt-get update -qq; then break; fi
  [ "$i" = 3 ] && { echo "ensure-browsers: apt-get update failed 3 times" >&2; exit 1; }
  sleep $((i * 5))
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
"$CHROMIUM" --version
"$FIREFOX" --version
