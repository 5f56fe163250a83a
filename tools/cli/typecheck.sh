#!/bin/sh
# `astro check`, failing unless it really checked: when it cannot load @astrojs/check in CI it prints
# an error and exits 0 (seen with a broken @emnapi/runtime), so a broken install would pass silently.
set -u
# Through tools/cli/astro.ts, which turns Astro's telemetry off (README, "Security").
out=$(node tools/cli/astro.ts check 2>&1)
status=$?
printf '%s\n' "$out"
[ "$status" -eq 0 ] || exit "$status"
printf '%s\n' "$out" | grep -q 'Result (' || {
  echo "typecheck: astro check printed no result, so nothing was checked" >&2
  exit 1
}
# tools/ has its own tsconfig (never shipped, Node only), so astro check above does not see it.
tsc -p tools
