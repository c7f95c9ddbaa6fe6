#!/usr/bin/env bash
# `npm test`: every test the project has, in the order a failure is cheapest to find.
# Type check → unit and property tests (Node) → both browser builds → the Firefox package through
# Mozilla's linter (the one addons.mozilla.org runs; fails on errors, lists warnings) → end-to-end in
# Debian's Chromium and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d .wxt ] || npx wxt prepare
echo "== type check"
npx tsc --noEmit
echo "== unit, property and component tests"
npx vitest run
echo "== build (Chrome MV3 and Firefox)"
npm run -s build
echo "== Firefox package lint (addons-linter)"
npx addons-linter .output/firefox-mv2
if [ -f vitest.e2e.config.ts ]; then
  echo "== end-to-end in Chromium and Firefox"
  bash scripts/ensure-browsers.sh
  npx vitest run -c vitest.e2e.config.ts
fi
